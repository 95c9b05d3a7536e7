"""Browsing the knowledge base: filters by principle, theme and level with a count per option,
and the chips on its pages are links to a filtered list that holds the page itself."""

import re

import pytest

from cms.filters import KnowledgeFilter, option_counts
from cms.models import GuidancePage, InspirationPage, KnowledgeIndexPage, Principle, Theme
from tests.factories import GuidancePageFactory, InspirationPageFactory, section
from tests.learning.factories import publish, tagged


@pytest.fixture
def kennisbank(site_tree):
    return KnowledgeIndexPage.objects.get()


@pytest.fixture
def pages(kennisbank):
    return {
        "a": tagged(GuidancePageFactory(title="Leidraad A"), ["G4"], ["veiligheid"], "landelijk"),
        "b": tagged(GuidancePageFactory(title="Leidraad B"), ["G4", "L1"], ["netwerk"], "lokaal"),
        "c": tagged(GuidancePageFactory(title="Leidraad C"), ["R1"], ["veiligheid"]),
        "x": tagged(InspirationPageFactory(title="Voorbeeld X"), ["G4"], ["veiligheid"], "lokaal"),
    }


def listed(html: str) -> list[str]:
    return re.findall(
        r'class="utrecht-heading-3"><a class="utrecht-link" href="[^"]*">([^<]*)<', html
    )


def option(html: str, name: str, value: str) -> str:
    """The text of one option of the filter `name`."""
    select = re.search(rf'<select[^>]*name="{name}">(.*?)</select>', html, re.S).group(1)
    return re.search(rf'<option value="{value}"[^>]*>([^<]*)</option>', select).group(1)


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ("", ["Leidraad A", "Leidraad B", "Leidraad C", "Voorbeeld X"]),
        ("?principle=G4", ["Leidraad A", "Leidraad B", "Voorbeeld X"]),
        ("?theme=veiligheid", ["Leidraad A", "Leidraad C", "Voorbeeld X"]),
        ("?level=lokaal", ["Leidraad B", "Voorbeeld X"]),
        ("?principle=G4&theme=veiligheid&level=landelijk", ["Leidraad A"]),
        ("?principle=G4&theme=", ["Leidraad A", "Leidraad B", "Voorbeeld X"]),  # empty = all
        ("?principle=E5", []),
    ],
)
def test_the_knowledge_base_lists_only_matching_pages(client, pages, query, expected):
    response = client.get(f"/kennisbank/{query}")
    assert response.status_code == 200
    assert listed(response.content.decode()) == expected


def test_each_option_shows_how_many_pages_it_gives(client, pages):
    html = client.get("/kennisbank/").content.decode()
    assert option(html, "principle", "G4").endswith("(3)")  # two guidance pages, one example
    assert option(html, "principle", "L1").endswith("(1)")
    assert option(html, "principle", "E5").endswith("(0)")
    assert option(html, "theme", "veiligheid").endswith("(3)")
    assert option(html, "level", "lokaal") == "Lokaal (2)"
    # The counts keep the other chosen filters: with theme=veiligheid, G4 gives two pages.
    html = client.get("/kennisbank/?theme=veiligheid&principle=R1").content.decode()
    assert option(html, "principle", "G4").endswith("(2)")
    assert option(html, "theme", "netwerk").endswith("(0)")  # R1 has no netwerk page
    assert 'value="R1" selected' in html and 'value="veiligheid" selected' in html
    assert listed(html) == ["Leidraad C"]
    assert "Alle filters wissen" in html


def test_option_counts_take_one_query_per_filter(pages, kennisbank, django_assert_num_queries):
    filters = [
        KnowledgeFilter({"level": "lokaal"}, model.objects.child_of(kennisbank).live())
        for model in (GuidancePage, InspirationPage)
    ]
    with django_assert_num_queries(3):
        counts = option_counts(filters)
    assert counts["principle"] == {"G4": 2, "L1": 1}
    assert counts["level"] == {"landelijk": 1, "lokaal": 2}
    assert counts["theme"] == {"netwerk": 1, "veiligheid": 1}


def test_unpublished_pages_are_neither_listed_nor_counted(client, pages):
    pages["a"].unpublish()
    html = client.get("/kennisbank/?principle=G4").content.decode()
    assert listed(html) == ["Leidraad B", "Voorbeeld X"]
    assert option(html, "principle", "G4").endswith("(2)")


@pytest.mark.parametrize(
    "query",
    [
        "?principle=ZZ",
        "?theme=bestaat-niet",
        "?level=" + "x" * 3000,
        "?principle=%3Cscript%3E",
        "?principle=G4&principle=Q%00",
        "?page=abc&theme[]=veiligheid",
    ],
)
def test_a_bad_filter_value_finds_nothing_and_is_no_error(client, pages, query):
    response = client.get(f"/kennisbank/{query}")
    assert response.status_code in (200, 400)
    html = response.content.decode()
    if response.status_code == 400:
        assert "Parameter" in html
    else:
        assert "<script>" not in html


def test_the_filter_form_works_without_javascript(client, pages):
    html = client.get("/kennisbank/").content.decode()
    form = re.search(r'<form class="filters" method="get"[^>]*>(.*?)</form>', html, re.S).group(1)
    assert 'type="submit"' in form
    assert {"principle", "theme", "level"} <= set(re.findall(r'name="(\w+)"', form))


def chip_links(html: str) -> list[str]:
    tags = re.findall(r'<ul class="tags"[^>]*>(.*?)</ul>', html, re.S)
    return [
        href.replace("&amp;", "&") for part in tags for href in re.findall(r'href="([^"]+)"', part)
    ]


@pytest.mark.parametrize("kind", ["a", "x"])
def test_every_chip_links_to_a_list_that_holds_the_page(client, pages, kind):
    page = pages[kind]
    links = chip_links(client.get(page.url).content.decode())
    principles = [link for link in links if "principle=" in link]
    themes = [link for link in links if "theme=" in link]
    assert principles == ["/kennisbank/?principle=G4"] and themes == [
        "/kennisbank/?theme=veiligheid"
    ]
    for link in links:
        assert page.title in listed(client.get(link).content.decode()), link


def test_a_section_chip_links_to_search_which_finds_the_section(client, kennisbank):
    page = GuidancePageFactory.build(
        title="Leidraad met secties",
        sections=[
            ("section", section(title="Het netwerk", anchor="netwerk", body="Familie helpt.",
                                principles=[Principle.objects.get(code="L2")],
                                themes=[Theme.objects.get(slug="participatie")])),
        ],
    )  # fmt: skip
    kennisbank.add_child(instance=page)
    publish(page)
    links = chip_links(client.get(page.url).content.decode())
    assert links == ["/zoeken/?principle=L2", "/zoeken/?theme=participatie"]
    for link in links:
        html = client.get(link).content.decode()
        assert f'href="{page.url}#netwerk"' in html, link
