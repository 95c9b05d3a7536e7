"""The learning pages in English mode: the evidence map's principles and themes, the fixed
titles of the register and the research overview."""

import pytest

pytestmark = pytest.mark.django_db


@pytest.fixture
def english(client):
    client.post("/taal/", {"language": "en", "next": "/"})
    return client


def test_evidence_map_rows_and_columns_are_english(english, research_index):
    html = english.get("/onderzoek/evidence-map/").content.decode()
    assert (
        '<abbr title="The whole family and household come first">G1</abbr> '
        "The whole family and household come first</th>"
    ) in html
    assert 'scope="col">Domestic violence</th>' in html
    assert "Het hele gezin" not in html


def test_evidence_cell_title_is_english(english, research_index):
    html = english.get(
        "/onderzoek/evidence-map/lijst/", {"principle": "E2", "theme": "veiligheid"}
    ).content.decode()
    assert "E2 One family, one plan · Safety" in html


def test_fixed_list_titles_are_english(english, registry, research_index):
    html = english.get("/pilots/").content.decode()
    assert "<title>Pilots and living labs · " in html
    assert '<h1 class="utrecht-heading-1">Pilots and living labs</h1>' in html
    html = english.get("/onderzoek/").content.decode()
    assert "<title>Research · " in html
    assert "Summaries of research, in plain language." in html
