"""The anonymous page cache: every edit shows on the next visit, nothing private is kept."""

import pytest
from django.urls import get_resolver

from cms import content_version
from tests.factories import (
    GlossaryTermFactory,
    GuidancePageFactory,
    PrincipleFactory,
    UserFactory,
    section,
)


@pytest.fixture
def kennisbank(site_tree):
    from cms.models import KnowledgeIndexPage

    return KnowledgeIndexPage.objects.get()


@pytest.fixture
def guidance(kennisbank):
    return GuidancePageFactory(parent=kennisbank, title="Veilig opgroeien thuis", slug="veilig")


def visit(client, url, **extra):
    response = client.get(url, **extra)
    return response, response.content.decode()


def test_the_second_anonymous_visit_is_served_from_the_cache(client, guidance):
    first, first_html = visit(client, guidance.url)
    second, second_html = visit(client, guidance.url)
    assert (first.status_code, first["X-Cache"]) == (200, "miss")
    assert (second.status_code, second["X-Cache"]) == (200, "hit")
    assert second_html == first_html and "Veilig opgroeien thuis" in second_html
    assert second["Content-Type"] == first["Content-Type"] == "text/html; charset=utf-8"
    assert second["Content-Language"] == "nl"
    assert int(second["Content-Length"]) == len(second.content)
    assert second["Content-Security-Policy"] == first["Content-Security-Policy"]


def test_publishing_a_new_revision_shows_on_the_next_visit(client, kennisbank, guidance):
    visit(client, kennisbank.url)
    visit(client, guidance.url)
    guidance.title = "Werken aan duurzame veiligheid"
    guidance.save_revision().publish()
    for url in (guidance.url, kennisbank.url):
        response, html = visit(client, url)
        assert response["X-Cache"] == "miss"
        assert "Werken aan duurzame veiligheid" in html


def test_an_unpublished_page_is_gone_on_the_next_visit(client, kennisbank, guidance):
    assert "Veilig opgroeien thuis" in visit(client, kennisbank.url)[1]
    visit(client, guidance.url)
    guidance.unpublish()
    assert client.get(guidance.url).status_code == 404
    assert "Veilig opgroeien thuis" not in visit(client, kennisbank.url)[1]


def test_a_moved_page_answers_at_its_new_address_only(client, site_tree, kennisbank, guidance):
    from cms.models import KnowledgeIndexPage

    other = KnowledgeIndexPage(title="Archief", slug="archief")
    site_tree.add_child(instance=other)
    old_url = guidance.url
    assert visit(client, old_url)[0].status_code == 200
    assert "Veilig opgroeien thuis" in visit(client, kennisbank.url)[1]
    guidance.move(other, pos="last-child")
    moved = client.get(old_url)  # Wagtail leaves a redirect behind
    assert (moved.status_code, moved["Location"]) == (301, "/archief/veilig/")
    assert "Veilig opgroeien thuis" not in visit(client, kennisbank.url)[1]
    assert client.get("/archief/veilig/").status_code == 200


def test_a_deleted_page_is_gone_on_the_next_visit(client, kennisbank, guidance):
    visit(client, guidance.url)
    visit(client, kennisbank.url)
    guidance.delete()
    assert client.get("/kennisbank/veilig/").status_code == 404
    assert "Veilig opgroeien thuis" not in visit(client, kennisbank.url)[1]


def test_an_edited_glossary_term_shows_in_the_hints_and_the_glossary(client, kennisbank):
    term = GlossaryTermFactory(term="Veiligheidsplan", explanation="Afspraken over veiligheid.")
    page = GuidancePageFactory(
        parent=kennisbank, sections=[("section", section(body="Maak een veiligheidsplan."))]
    )
    assert "Afspraken over veiligheid." in visit(client, page.url)[1]
    assert "Afspraken over veiligheid." in visit(client, "/begrippen/")[1]
    term.explanation = "Wat het gezin en het netwerk afspreken."
    term.save()
    for url in (page.url, "/begrippen/"):
        response, html = visit(client, url)
        assert response["X-Cache"] == "miss"
        assert "Wat het gezin en het netwerk afspreken." in html
        assert "Afspraken over veiligheid." not in html


def test_an_edited_principle_shows_on_the_pages_tagged_with_it(client, kennisbank):
    principle = PrincipleFactory(code="X1", title="Eén gezin, één plan")
    page = GuidancePageFactory(
        parent=kennisbank, sections=[("section", section(principles=[principle]))]
    )
    assert "Eén gezin, één plan" in visit(client, page.url)[1]
    principle.title = "Eén gezin, één plan, één regisseur"
    principle.save()
    assert "Eén gezin, één plan, één regisseur" in visit(client, page.url)[1]


def test_logged_in_users_neither_get_nor_fill_the_anonymous_cache(client, guidance):
    anonymous, anonymous_html = visit(client, guidance.url)
    client.force_login(UserFactory(username="lezer"))
    for _ in range(2):
        response, html = visit(client, guidance.url)
        assert response.status_code == 200 and "X-Cache" not in response
    client.logout()
    client.cookies.clear()
    assert visit(client, guidance.url)[0]["X-Cache"] == "hit"  # still the anonymous entry
    assert "lezer" not in visit(client, guidance.url)[1]


def test_a_visit_by_a_logged_in_user_leaves_no_entry_behind(client, guidance):
    client.force_login(UserFactory(username="lezer"))
    visit(client, guidance.url)
    client.logout()
    client.cookies.clear()
    assert visit(client, guidance.url)[0]["X-Cache"] == "miss"


def test_nl_and_en_are_cached_apart(client, guidance):
    visit(client, guidance.url)
    assert 'lang="nl"' in visit(client, guidance.url)[1]
    client.cookies["django_language"] = "en"
    english, html = visit(client, guidance.url)
    assert english["X-Cache"] == "miss" and 'lang="en"' in html
    assert visit(client, guidance.url)[0]["X-Cache"] == "hit"
    del client.cookies["django_language"]
    dutch, html = visit(client, guidance.url)
    assert dutch["X-Cache"] == "hit" and 'lang="nl"' in html


def test_the_query_string_is_part_of_the_key(client, site_tree):
    GlossaryTermFactory(term="Veiligheidsplan", explanation="Afspraken over veiligheid.")
    GlossaryTermFactory(term="Meldcode", explanation="Stappen bij een vermoeden.")
    visit(client, "/zoeken/?q=veiligheidsplan")
    other, html = visit(client, "/zoeken/?q=meldcode")
    assert other["X-Cache"] == "miss" and "Meldcode" in html
    again, html = visit(client, "/zoeken/?q=veiligheidsplan")
    assert again["X-Cache"] == "hit" and "Veiligheidsplan" in html and "Meldcode" not in html


def test_head_is_answered_from_a_cached_get_without_filling_it(client, guidance):
    head = client.head(guidance.url)
    assert head["X-Cache"] == "miss"
    assert visit(client, guidance.url)[0]["X-Cache"] == "miss"  # the HEAD stored nothing
    head = client.head(guidance.url)
    assert (head.status_code, head["X-Cache"], head.content) == (200, "hit", b"")


def test_not_found_and_post_are_never_cached(client, site_tree):
    for _ in range(2):
        response = client.get("/bestaat-niet/")
        assert (response.status_code, response["X-Cache"]) == (404, "miss")
    assert "X-Cache" not in client.post("/", {})


def test_a_visitor_with_a_messages_cookie_gets_a_fresh_page(client, guidance):
    visit(client, guidance.url)
    client.cookies["messages"] = "iets"
    assert "X-Cache" not in client.get(guidance.url)


@pytest.mark.parametrize("url", ["/account/login/", "/admin/login/", "/healthz", "/api/search"])
def test_login_admin_and_api_are_never_cached(client, site_tree, url):
    for _ in range(2):
        assert "X-Cache" not in client.get(url)


def test_the_login_page_holds_a_csrf_token_and_is_never_stored(client, site_tree, settings):
    settings.PAGE_CACHE_SKIP_PREFIXES = []  # without the defence in depth, by its own rules
    for _ in range(2):
        response = client.get("/account/login/")
        assert (response.status_code, response["X-Cache"]) == (200, "miss")


def test_a_password_protected_page_is_never_cached(client, guidance, settings):
    from wagtail.models import PageViewRestriction

    PageViewRestriction.objects.create(
        page=guidance, restriction_type=PageViewRestriction.PASSWORD, password="geheim"
    )
    for _ in range(2):
        response, html = visit(client, guidance.url)
        assert response["X-Cache"] == "miss" and "Korte samenvatting." not in html


def test_a_login_protected_page_is_never_cached(client, guidance):
    from wagtail.models import PageViewRestriction

    PageViewRestriction.objects.create(page=guidance, restriction_type=PageViewRestriction.LOGIN)
    for _ in range(2):
        response = client.get(guidance.url)
        assert (response.status_code, response["X-Cache"]) == (302, "miss")


def routes_under_reflecties() -> list[tuple[str, str]]:
    """(route, namespace) of every URL pattern of the site that lies under /reflecties/."""
    found = []

    def walk(patterns, prefix, namespace):
        for p in patterns:
            route = prefix + str(p.pattern)
            if hasattr(p, "url_patterns"):
                walk(p.url_patterns, route, p.namespace or namespace)
            elif route.startswith("reflecties/"):
                found.append((route, namespace, p.name))

    walk(get_resolver().url_patterns, "", None)
    return found


def test_everything_under_reflecties_but_the_lessons_is_private_by_its_namespace(settings):
    routes = routes_under_reflecties()
    assert len(routes) > 10
    public = settings.PRIVATE_URL_NAMESPACES["reflections"]
    assert {name for _route, _ns, name in routes if name in public} == {"lessons"}
    assert {ns for _route, ns, _name in routes} == {"reflections"}


def test_public_lessons_are_cached_and_team_pages_not(client, site_tree):
    from tests.reflections.factories import SessionFactory, TeamFactory

    team = TeamFactory(name="Wijkteam Oost")
    session = SessionFactory(team=team)
    for _ in range(2):
        for url in (f"/reflecties/team/{team.pk}/", f"/reflecties/{session.pk}/", "/reflecties/"):
            response = client.get(url)
            assert response["X-Cache"] == "miss" and "no-store" in response["Cache-Control"]
    visit(client, "/reflecties/lessen/")
    assert visit(client, "/reflecties/lessen/")[0]["X-Cache"] == "hit"


def test_without_a_content_row_the_first_edit_creates_one(db):
    from cms.models import ContentVersion

    ContentVersion.objects.all().delete()
    assert content_version.current() == ""
    token = content_version.bump()
    assert content_version.current() == token and len(token) == 32


def test_page_cache_seconds_zero_switches_the_cache_off(client, guidance, settings):
    settings.PAGE_CACHE_SECONDS = 0
    for _ in range(2):
        assert "X-Cache" not in client.get(guidance.url)


def test_every_model_of_the_rooms_counts_as_content_and_visit_records_do_not():
    from django.apps import apps

    from cms.signals import counts_as_content

    for label in ("cms.glossaryterm", "cms.principle", "cms.region", "wagtailcore.page",
                  "wagtailcore.pageviewrestriction", "wagtailcore.site", "wagtailimages.image",
                  "wagtailredirects.redirect", "taggit.tag", "learning.pilotregistration",
                  "reflections.lesson", "reflections.privacyallowedterm"):  # fmt: skip
        assert counts_as_content(apps.get_model(label)), label
    for label in ("sessions.session", "auth.user", "axes.accessattempt", "reflections.readrecord",
                  "wagtailimages.rendition", "wagtailadmin.editingsession"):  # fmt: skip
        assert not counts_as_content(apps.get_model(label)), label


def test_a_login_leaves_the_cached_pages_valid(client, guidance):
    visit(client, guidance.url)
    token = content_version.current()
    client.force_login(UserFactory(username="lezer"))  # saves last_login
    assert content_version.current() == token


def test_public_pages_carry_no_csrf_token_and_the_language_form_works_without(site_tree):
    from django.test import Client

    client = Client(enforce_csrf_checks=True)
    home = client.get("/")
    assert "csrfmiddlewaretoken" not in home.content.decode() and not home.cookies
    chosen = client.post("/taal/", {"language": "en", "next": "/"})
    assert (chosen.status_code, chosen["Location"]) == (302, "/")
    english = client.get("/")
    assert english["X-Cache"] == "miss" and 'lang="en"' in english.content.decode()
