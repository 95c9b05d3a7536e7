"""Every page type of the site, with a URL found in the demo content and the account it needs.

The URLs are looked up when a test runs (the ORM, `reverse`, routable-page subpaths), never
written down with ids: the table stays right when the demo content changes. docs/screenshots.md
lists the same page types with their screenshot file names.
"""

from collections.abc import Callable
from dataclasses import dataclass

from django.db.models import Count
from django.urls import reverse

from cms.models import GlossaryPage, GuidancePage, HomePage, InspirationPage, KnowledgeIndexPage
from learning.models import PilotPage, PilotRegistryPage, ResearchIndexPage, ResearchSummaryPage
from reflections.models import Membership, ReflectionSession

WIDTHS = {390: {"width": 390, "height": 844}, 1280: {"width": 1280, "height": 900}}


@dataclass(frozen=True)
class PageType:
    name: str  # the test id and the screenshot's file name start with it
    url: Callable[[], str]
    account: str | None = None  # a demo account's user name; None is an anonymous visitor
    status: int = 200
    ours: bool = True  # False: Wagtail's admin, Swagger UI: overflow and screenshots only


def _first(model, **filters):
    """The first live page of a kind in tree order: the demo content, before test pages."""
    return model.objects.live().filter(**filters).order_by("path").first()


def guidance() -> GuidancePage:
    return _first(GuidancePage, principles__isnull=False, themes__isnull=False)


def inspiration() -> InspirationPage:
    return _first(InspirationPage, principles__isnull=False, themes__isnull=False)


def pilot() -> PilotPage:
    return _first(PilotPage, principles__isnull=False, themes__isnull=False)


def research() -> ResearchSummaryPage:
    return _first(ResearchSummaryPage, principles__isnull=False, themes__isnull=False)


def _research_index() -> ResearchIndexPage:
    return _first(ResearchIndexPage)


def _evidence_map() -> str:
    index = _research_index()
    return index.url + index.reverse_subpage("evidence_map")


def _evidence_cell() -> str:
    """The list behind one cell of the map: a study's first principle and theme."""
    study = research()
    index = _research_index()
    principle, theme = study.principles.order_by("code").first(), study.themes.first()
    return (
        index.url
        + index.reverse_subpage("evidence_cell")
        + f"?principle={principle.code}&theme={theme.slug}"
    )


def search_word() -> str:
    """A word from the first guidance page's title: it finds at least that page."""
    return max(guidance().title.split(), key=len)


def demo_team_id(username: str = "teamlid") -> int:
    return Membership.objects.filter(user__username=username).order_by("team_id").first().team_id


def demo_session() -> ReflectionSession:
    return ReflectionSession.objects.filter(team_id=demo_team_id()).order_by("pk").first()


def _versioned() -> GuidancePage:
    """The demo guidance page with the most versions (the handelingskader: 1.0, 1.1, 2.0)."""
    pages = GuidancePage.objects.live().annotate(n=Count("versions")).filter(n__gte=2)
    return pages.order_by("-n", "path").first()


def _versions_url(suffix: str = "") -> Callable[[], str]:
    def url() -> str:
        page = _versioned()
        numbers = list(page.versions.order_by("major", "minor").values_list("number", flat=True))
        fill = {"first": numbers[0], "last": numbers[-1]}
        return page.url + "versies/" + suffix.format(**fill)

    return url


def _team(name: str, account: str = "teamlid") -> Callable[[], str]:
    return lambda: reverse(f"reflections:{name}", args=[demo_team_id(account)])


PAGE_TYPES = [
    PageType("home", lambda: _first(HomePage).url),
    PageType("knowledge-base", lambda: _first(KnowledgeIndexPage).url),
    PageType("guidance", lambda: guidance().url),
    PageType("guidance-versions", _versions_url()),
    PageType("guidance-diff", _versions_url("vergelijk/?van={first}&naar={last}")),
    PageType("guidance-old-version", _versions_url("{first}/")),
    PageType("inspiration", lambda: inspiration().url),
    PageType("glossary", lambda: _first(GlossaryPage).url),
    PageType("search-empty", lambda: reverse("search:search")),
    PageType("search-query", lambda: reverse("search:search") + f"?q={search_word()}"),
    PageType("team-search", lambda: reverse("search:team") + f"?q={search_word()}", "teamlid"),
    PageType("pilots", lambda: _first(PilotRegistryPage).url),
    PageType("pilot", lambda: pilot().url),
    PageType("pilot-history", lambda: pilot().url + pilot().reverse_subpage("history")),
    PageType("research", lambda: _research_index().url),
    PageType("research-summary", lambda: research().url),
    PageType("evidence-map-table", _evidence_map),
    PageType("evidence-map-bubbles", lambda: _evidence_map() + "?weergave=bellen"),
    PageType("evidence-cell", _evidence_cell),
    PageType("api-docs", lambda: reverse("api:openapi-view"), ours=False),
    PageType("login", lambda: reverse("login")),
    PageType("account", lambda: reverse("accounts:account"), "teamlid"),
    PageType("my-teams", lambda: reverse("reflections:home"), "teamlid"),
    PageType("new-team", lambda: reverse("reflections:team_create"), "teamlid"),
    PageType("team", _team("team"), "teamlid"),
    PageType("choose-method", _team("choose_method"), "teamlid"),
    PageType(
        "new-reflection",
        lambda: reverse("reflections:session_create", args=[demo_team_id(), "gibbs"]),
        "teamlid",
    ),
    PageType(
        "reflection", lambda: reverse("reflections:session", args=[demo_session().pk]), "teamlid"
    ),
    PageType(
        "lesson-form",
        lambda: reverse("reflections:lesson_propose", args=[demo_session().pk]),
        "teamlid",
    ),
    PageType("members", _team("members", "coordinator"), "coordinator"),
    PageType("audit", _team("audit", "coordinator"), "coordinator"),
    PageType("lesson-review", _team("lesson_review", "coordinator"), "coordinator"),
    PageType("public-lessons", lambda: reverse("reflections:lessons")),
    PageType("not-found", lambda: "/deze-pagina-bestaat-niet/", status=404),
    PageType("admin-dashboard", lambda: reverse("wagtailadmin_home"), "redacteur", ours=False),
    PageType(
        "admin-edit",
        lambda: reverse("wagtailadmin_pages:edit", args=[guidance().pk]),
        "redacteur",
        ours=False,
    ),
]
