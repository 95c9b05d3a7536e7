"""The public pages cost a fixed number of SQL queries, whatever the amount of content.

Each case builds its page with 10 items (the things the page lists or shows), counts the
queries of one anonymous request, grows the content to 100 items and counts again: the two
counts must be equal and at most MAX_QUERIES. Before counting, one warm-up request fills the
per-process caches a running worker keeps (ContentType, the glossary matcher); then the
shared cache is emptied so that the page is rendered rather than fetched from a cache, and
Wagtail's site root paths (kept in that cache by any earlier request) are read again.
"""

import datetime as dt

import pytest
from django.core.cache import caches
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import timezone
from wagtail.models import Site

from cms.models import HomePage, KnowledgeIndexPage, Region
from learning.models import PilotGuidanceLink, ResearchGuidanceLink
from reflections.models import GuidanceLink, Lesson
from search.indexer import rebuild
from search.service import forget_caches
from tests.factories import (
    GlossaryTermFactory,
    GuidancePageFactory,
    InspirationPageFactory,
    PrincipleFactory,
    ThemeFactory,
    section,
)
from tests.learning.factories import PilotPageFactory, ResearchSummaryPageFactory
from tests.reflections.factories import LessonFactory, SessionFactory, TeamFactory

# The filtered lists pay for their counts per option: one grouped query per vocabulary
# (principle, theme, level), so the knowledge base is 12 (2 lists, 3 counts, 2 choice lists)
# and the pilot register and research overview 13 (10 before the counts).
MAX_QUERIES = 15
SMALL, LARGE = 10, 100


def count_queries(client, url: str, shows: str = "") -> int:
    response = client.get(url)  # warm-up: per-process caches, as in a running worker
    assert response.status_code == 200, url
    for cache in caches.all():  # no stored page answers (the "pages" cache): it is rendered
        cache.clear()
    Site.get_site_root_paths()  # what any earlier request left in the cache
    with CaptureQueriesContext(connection) as queries:
        response = client.get(url)
    assert response.status_code == 200, url
    assert shows in response.content.decode(), f"{url} does not show {shows!r}"
    return len(queries)


def _child(parent, factory, **fields):
    """A live page, added the quick way (no revision, no publish signal)."""
    page = factory.build(**fields)
    parent.add_child(instance=page)
    return page


def _vocabulary(start, stop):
    principles = [PrincipleFactory(code=f"Q{i}", title=f"Principe {i}") for i in range(start, stop)]
    themes = [ThemeFactory(name=f"Thema {i}", slug=f"thema-{i}") for i in range(start, stop)]
    return principles, themes


def _tagged(page, principles, themes, regions=()):
    page.principles.set(principles)
    page.themes.set(themes)
    page.regions.set(regions)
    page.save()
    return page


# --- the cases: each grows its content from `start` to `stop` items and returns the URL ---


def grow_home(ctx, start, stop):
    home = HomePage.objects.get()
    home.entries = [
        ("entry", {"audience": f"Groep {i}", "title": f"Ingang {i}", "text": "Uitleg.",
                   "link": f"/ingang-{i}/"})
        for i in range(stop)
    ]  # fmt: skip
    home.save()
    return "/"


def grow_knowledge_index(ctx, start, stop):
    index = KnowledgeIndexPage.objects.get()
    principles, themes = _vocabulary(start, stop)
    for i in range(start, stop):
        factory = GuidancePageFactory if i % 2 else InspirationPageFactory
        page = _child(index, factory, title=f"Kennis {i}", slug=f"kennis-{i}")
        _tagged(page, principles[i - start : i - start + 1], themes[i - start : i - start + 1])
    return "/kennisbank/"


def grow_knowledge_index_filtered(ctx, start, stop):
    grow_knowledge_index(ctx, start, stop)
    ctx["shows"] = "Kennis 1<"  # the page tagged Q1 and thema-1, with its counts
    return "/kennisbank/?principle=Q1&theme=thema-1&level="


def grow_guidance(ctx, start, stop):
    """Sections with their own chips, pilots and research per section and for the whole page,
    approved lessons and reflections that name the sections."""
    index = KnowledgeIndexPage.objects.get()
    principles, themes = _vocabulary(start, stop)
    ctx.setdefault("principles", []).extend(principles)
    ctx.setdefault("themes", []).extend(themes)
    page = ctx.get("guidance") or _child(index, GuidancePageFactory, title="Richtlijn", slug="r")
    ctx["guidance"] = page
    page.sections = [
        ("section", section(title=f"Sectie {i}", anchor=f"sectie-{i}", body=f"Over begrip {i}.",
                            principles=[ctx["principles"][i]], themes=[ctx["themes"][i]]))
        for i in range(stop)
    ]  # fmt: skip
    page = _tagged(page, ctx["principles"][:stop], ctx["themes"][:stop], Region.objects.all()[:3])
    registry, research = ctx["site"]["registry"], ctx["site"]["research"]
    team = ctx.setdefault("team", TeamFactory())
    for i in range(start, stop):
        GlossaryTermFactory(term=f"Begrip {i}", slug=f"begrip-{i}")
        anchor = f"sectie-{i}" if i % 2 else ""  # half to a section, half to the whole page
        pilot = _child(registry, PilotPageFactory, title=f"Pilot {i}", slug=f"pilot-{i}")
        PilotGuidanceLink.objects.create(source=pilot, page=page, anchor=anchor)
        study = _child(research, ResearchSummaryPageFactory, slug=f"studie-{i}")
        ResearchGuidanceLink.objects.create(source=study, page=page, anchor=f"sectie-{i}")
        LessonFactory(team=team, page=page, anchor=f"sectie-{i}",
                      status=Lesson.Status.APPROVED, decided=timezone.now())  # fmt: skip
        session = SessionFactory(team=team, date=dt.date.today())
        GuidanceLink.objects.create(session=session, page=page, anchor=f"sectie-{i}")
    return page.url


def grow_inspiration(ctx, start, stop):
    index = KnowledgeIndexPage.objects.get()
    principles, themes = _vocabulary(start, stop)
    ctx.setdefault("principles", []).extend(principles)
    ctx.setdefault("themes", []).extend(themes)
    page = ctx.get("example") or _child(index, InspirationPageFactory, title="Voorbeeld")
    ctx["example"] = page
    regions = Region.objects.order_by("pk")[:stop]
    page = _tagged(page, ctx["principles"], ctx["themes"], regions)
    return page.url


def _grow_tagged_children(ctx, section, factory, slug, start, stop):
    """Children of a list page, each with one principle and one theme of its own."""
    principles, themes = _vocabulary(start, stop)
    for i in range(start, stop):
        page = _child(ctx["site"][section], factory, slug=f"{slug}-{i}")
        _tagged(page, principles[i - start : i - start + 1], themes[i - start : i - start + 1])


def grow_pilots(ctx, start, stop):
    _grow_tagged_children(ctx, "registry", PilotPageFactory, "pilot", start, stop)
    return "/pilots/"


def grow_research(ctx, start, stop):
    _grow_tagged_children(ctx, "research", ResearchSummaryPageFactory, "studie", start, stop)
    return "/onderzoek/"


def grow_evidence_map(ctx, start, stop):
    grow_pilots(ctx, start, stop)
    grow_research(ctx, start, stop)
    return "/onderzoek/evidence-map/"


def grow_glossary(ctx, start, stop):
    terms = [
        GlossaryTermFactory(term=f"Begrip {i}", slug=f"begrip-{i}") for i in range(start, stop)
    ]
    previous = ctx.get("term")
    for term in terms:
        if previous is not None:
            term.related.add(previous)
        previous = term
    ctx["term"] = previous
    return "/begrippen/"


def grow_search(ctx, start, stop):
    index = KnowledgeIndexPage.objects.get()
    for i in range(start, stop):
        _child(index, GuidancePageFactory, title=f"Veiligheidsplan {i}", slug=f"plan-{i}")
        _child(ctx["site"]["registry"], PilotPageFactory, title=f"Plan {i}", slug=f"pilot-{i}",
               summary="Een veiligheidsplan met het netwerk.")  # fmt: skip
    # The index as publishing each page would leave it, written once instead of per page.
    rebuild()
    forget_caches()
    ctx["shows"] = "Veiligheidsplan "  # the grown pages are found (titles "Veiligheidsplan N")
    return "/zoeken/?q=veiligheidsplan"


def grow_empty_search(ctx, start, stop):
    """The ways in: pillars with their principles, themes, the last changed pages."""
    _vocabulary(start, stop)
    index = KnowledgeIndexPage.objects.get()
    for i in range(start, stop):
        page = _child(index, GuidancePageFactory, title=f"Nieuw {i}", slug=f"nieuw-{i}")
        page.first_published_at = page.last_published_at = timezone.now()
        page.save(update_fields=["first_published_at", "last_published_at"])
    ctx["shows"] = f"Nieuw {stop - 1}<"
    return "/zoeken/"


def grow_api_search(ctx, start, stop):
    grow_search(ctx, start, stop)
    return "/api/search?q=veiligheidsplan"


def grow_api_pilots(ctx, start, stop):
    grow_pilots(ctx, start, stop)
    return "/api/pilots"


CASES = {
    "home": grow_home,
    "knowledge-index": grow_knowledge_index,
    "knowledge-index-filtered": grow_knowledge_index_filtered,
    "guidance": grow_guidance,
    "inspiration": grow_inspiration,
    "pilot-registry": grow_pilots,
    "research-list": grow_research,
    "evidence-map": grow_evidence_map,
    "glossary": grow_glossary,
    "search": grow_search,
    "empty-search": grow_empty_search,
    "api-search": grow_api_search,
    "api-pilots": grow_api_pilots,
}


@pytest.fixture(autouse=True)
def _no_admin_search_index(settings):
    """Wagtail's own search index serves only the admin, and no page here reads it; on
    PostgreSQL keeping it up to date for a hundred new pages took about a minute per case."""
    backend = settings.WAGTAILSEARCH_BACKENDS["default"]
    settings.WAGTAILSEARCH_BACKENDS = {"default": {**backend, "AUTO_UPDATE": False}}


@pytest.fixture
def learning_site(site_tree):
    from learning.setup import ensure_learning_site

    registry, research = ensure_learning_site(site_tree)
    return {"home": site_tree, "registry": registry, "research": research}


@pytest.mark.parametrize("name", CASES)
def test_query_count_is_fixed_and_small(name, client, learning_site):
    grow = CASES[name]
    ctx = {"site": learning_site}
    url = grow(ctx, 0, SMALL)
    small = count_queries(client, url, ctx.get("shows", ""))
    url = grow(ctx, SMALL, LARGE)
    large = count_queries(client, url, ctx.get("shows", ""))
    assert (small, large) == (small, small), f"{url}: {small} queries, then {large}"
    assert small <= MAX_QUERIES, f"{url}: {small} queries"
