"""Search in English mode: facet labels in English, Dutch hits marked lang="nl"."""

import pytest

pytestmark = pytest.mark.django_db


def test_facets_are_english_and_hits_marked_dutch(client, corpus):
    client.post("/taal/", {"language": "en", "next": "/"})
    html = client.get("/zoeken/", {"q": "ondertoezichtstelling"}).content.decode()
    assert "G1 The whole family and household come first" in html
    assert "Safety <span" in html  # the theme facet "veiligheid", with its count
    assert (
        '<h3 class="utrecht-heading-3 search-result__title" lang="nl">'
        '<a class="utrecht-link" href="/kennisbank/leidraad-ondertoezichtstelling/' in html
    )
    assert '<p class="utrecht-paragraph search-result__snippet" lang="nl">' in html


def test_dutch_mode_has_dutch_facets_and_no_marks(client, corpus):
    html = client.get("/zoeken/", {"q": "ondertoezichtstelling"}).content.decode()
    assert "G1 Het hele gezin en huishouden staat centraal" in html
    assert 'lang="nl"' not in html.split("<body", 1)[1]


def test_browse_shows_pillars_principles_and_themes_in_english(client, site_tree):
    client.post("/taal/", {"language": "en", "next": "/"})
    html = client.get("/zoeken/").content.decode()
    assert ">Family-centred 0-100</h3>" in html
    assert '<abbr title="One family, one plan">E2</abbr> One family, one plan' in html
    assert ">Domestic violence</a>" in html
