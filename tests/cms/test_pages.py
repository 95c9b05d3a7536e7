import pytest

from cms.models import GuidancePage
from tests.factories import (
    GlossaryTermFactory,
    GuidancePageFactory,
    InspirationPageFactory,
    PrincipleFactory,
)


@pytest.fixture
def kennisbank(site_tree):
    from cms.models import KnowledgeIndexPage

    return KnowledgeIndexPage.objects.get()


def test_home_page_shows_an_entry_for_each_user_group(client, site_tree):
    html = client.get("/").content.decode()
    for title in (
        "Richtlijnen vinden",
        "Een reflectie vastleggen",
        "Een pilot registreren",
        "Onderzoek publiceren",
    ):
        assert title in html
    assert 'lang="nl"' in html
    assert 'href="#inhoud"' in html  # skip link


def test_guidance_page_has_toc_and_anchored_sections(client, kennisbank):
    principle = PrincipleFactory(code="X1", title="Eén gezin, één plan")
    page = GuidancePageFactory(
        title="Werken aan veiligheid",
        sections__0__section__title="Directe veiligheid",
        sections__0__section__body="Nu **veilig**.",
        sections__0__section__principles=[principle],
        sections__1__section__title="Duurzaam herstel",
        sections__1__section__body="Later.",
    )
    response = client.get(page.url)
    html = response.content.decode()
    assert response.status_code == 200
    assert 'href="#directe-veiligheid"' in html and 'href="#duurzaam-herstel"' in html
    assert 'id="directe-veiligheid"' in html and 'id="duurzaam-herstel"' in html
    assert "<strong>veilig</strong>" in html
    assert "Eén gezin, één plan" in html


def test_duplicate_section_anchor_is_refused(kennisbank):
    page = GuidancePageFactory.build(
        title="Dubbel",
        slug="dubbel",
        sections__0="section",
        sections__1__section__title="Nog een",
        sections__1__section__anchor="directe-veiligheid",  # the same anchor as the first
    )
    with pytest.raises(Exception, match="maar één keer"):
        page.clean()


def test_inspiration_page_renders_story_in_order(client, kennisbank):
    page = InspirationPageFactory(result="Minder overdrachten.")
    html = client.get(page.url).content.decode()
    assert html.index("Situatie") < html.index("Aanpak") < html.index("Resultaat")
    assert "Lessen" not in html  # empty fields are not shown


def test_glossary_page_lists_terms_a_to_z_with_anchors(client, site_tree):
    GlossaryTermFactory(term="Veilig Thuis", slug="veilig-thuis", abbreviations="VT")
    GlossaryTermFactory(term="Ondertoezichtstelling", slug="ots", abbreviations="OTS")
    html = client.get("/begrippen/").content.decode()
    assert html.index('id="letter-O"') < html.index('id="letter-V"')
    assert 'id="veilig-thuis"' in html and "(VT)" in html


def test_knowledge_index_lists_guidance_and_examples(client, kennisbank):
    GuidancePageFactory(title="Leidraad A")
    InspirationPageFactory(title="Voorbeeld B")
    html = client.get(kennisbank.url).content.decode()
    assert "Leidraad A" in html and "Voorbeeld B" in html


def test_english_interface_on_request(client, site_tree):
    client.cookies["django_language"] = "en"
    html = client.get("/").content.decode()
    assert 'lang="en"' in html
    assert "Skip to content" in html


def test_unknown_page_is_a_friendly_404(client, site_tree):
    response = client.get("/bestaat-niet/")
    assert response.status_code == 404
    assert "Pagina niet gevonden" in response.content.decode()


def test_pages_are_readable_through_wagtail_api_v2(client, kennisbank):
    GuidancePageFactory(title="Via de API")
    data = client.get("/api/v2/pages/?type=cms.GuidancePage&fields=kind").json()
    assert [item["title"] for item in data["items"]] == ["Via de API"]
    assert GuidancePage.objects.count() == 1


def test_header_offers_login_and_logout(client, site_tree):
    assert "/account/login/?next=/" in client.get("/").content.decode()
    from tests.factories import UserFactory

    client.force_login(UserFactory(username="lezer"))
    html = client.get("/").content.decode()
    assert "Ingelogd als lezer" in html and 'action="/account/logout/"' in html
    assert client.post("/account/logout/").status_code == 302
