"""The FilterSets of the pilot register and the research overview (learning/filters.py): the
same answers on the pages, the CSV exports and the API, lenient on pages, strict in the API."""

import datetime as dt

import pytest
from django.utils import translation

from cms.models import Principle, Region
from cms.validation import InvalidParameter
from learning import queries
from tests.learning.factories import PilotPageFactory, ResearchSummaryPageFactory, publish

pytestmark = pytest.mark.django_db


@pytest.fixture
def regions(db):
    grouping = Region.objects.create(
        kind=Region.Kind.YOUTH_REGION, name="Testregio", slug="testregio", code="JR99"
    )
    town = Region.objects.create(
        kind=Region.Kind.MUNICIPALITY, name="Testdorp", slug="testdorp", code="GM9999"
    )
    other = Region.objects.create(
        kind=Region.Kind.MUNICIPALITY, name="Elders", slug="elders", code="GM9998"
    )
    grouping.municipalities.add(town)
    return {"grouping": grouping, "town": town, "other": other}


@pytest.fixture
def pilots(registry, regions):
    g1, l1 = Principle.objects.get(code="G1"), Principle.objects.get(code="L1")
    made = {}
    for title, region, principle, start in (
        ("In het dorp", regions["town"], g1, dt.date(2024, 2, 1)),
        ("In de regio", regions["grouping"], l1, dt.date(2023, 2, 1)),
        ("Elders", regions["other"], g1, None),
    ):
        page = PilotPageFactory(title=title, actual_start=start, planned_start=dt.date(2022, 1, 1))
        page.regions.set([region])
        page.principles.set([principle])
        made[title] = publish(page)
    return made


def titles(qs) -> list[str]:
    return [page.title for page in qs]


@pytest.mark.parametrize(
    ("region", "expected"),
    [
        ("testregio", ["In de regio", "In het dorp"]),  # the grouping and its member
        ("JR99", ["In de regio", "In het dorp"]),  # by CBS code
        ("testdorp", ["In de regio", "In het dorp"]),  # and a grouping the town is in
        ("GM9998", ["Elders"]),
        ("nergens", []),
    ],
)
def test_region_keeps_its_grouping_semantics(pilots, region, expected):
    assert titles(queries.pilots({"region": region})) == expected


def test_a_pilot_in_two_matching_regions_is_listed_once(pilots, regions):
    pilots["In het dorp"].regions.add(regions["grouping"])
    assert titles(queries.pilots({"region": "testregio"})) == ["In de regio", "In het dorp"]


def test_year_is_the_actual_start_or_else_the_planned_one(pilots):
    assert titles(queries.pilots({"year": "2024"})) == ["In het dorp"]
    assert titles(queries.pilots({"year": " 2022 "})) == ["Elders"]
    assert titles(queries.pilots({"year": ""})) == ["Elders", "In de regio", "In het dorp"]


@pytest.mark.parametrize(
    ("year", "reason"),
    [("1899", "tussen 1900 en 2100"), ("twee", "geheel getal"), ("٢٠٢٤", "geheel getal")],
)
def test_a_bad_year_is_the_form_error_in_dutch(pilots, year, reason):
    # Outside a request the active language is whatever the thread last had: ask for Dutch.
    with translation.override("nl"), pytest.raises(InvalidParameter) as exc:
        queries.research({"year": year})
    assert exc.value.name == "year" and reason in exc.value.reason
    assert str(exc.value).startswith("Parameter 'year' moet")


@pytest.mark.parametrize("url", ["/pilots/", "/onderzoek/", "/pilots/export.csv"])
def test_a_bad_year_on_a_list_is_a_400_with_the_reason(client, pilots, url):
    response = client.get(url, {"year": "1899"})
    assert response.status_code == 400
    if not url.endswith(".csv"):
        assert "Parameter &#x27;year&#x27; moet tussen 1900 en 2100 liggen." in (
            response.content.decode()
        )


@pytest.mark.parametrize(
    "params",
    [{"principle": "ZZ9"}, {"theme": "bestaat-niet"}, {"status": "klaar"}, {"level": "wereld"}],
)
def test_an_unknown_value_on_a_page_finds_nothing(client, pilots, params):
    assert titles(queries.pilots(params)) == []
    response = client.get("/pilots/", params)
    assert response.status_code == 200
    assert "Geen pilots gevonden met deze filters." in response.content.decode()
    csv = client.get("/pilots/export.csv", params)
    assert csv.status_code == 200 and "Elders" not in csv.content.decode()


@pytest.mark.parametrize(
    ("params", "word"),
    [
        ({"principle": "ZZ9"}, "onbekend basisprincipe: 'ZZ9'"),
        ({"region": "nergens"}, "onbekend regio: 'nergens'"),
        ({"status": "klaar"}, "onbekende status: 'klaar' (kies uit "),
    ],
)
def test_strict_refuses_an_unknown_value(pilots, client, params, word):
    with pytest.raises(InvalidParameter) as exc:
        queries.pilots(params, strict=True)
    assert word in str(exc.value)
    response = client.get("/api/pilots", params)
    assert response.status_code == 400 and word in response.json()["detail"]


def test_a_repeated_parameter_uses_its_last_value_everywhere(client, pilots):
    query = "principle=L1&principle=G1"
    page = client.get(f"/pilots/?{query}").content.decode()
    assert "In het dorp" in page and "In de regio" not in page
    api = client.get(f"/api/pilots?{query}").json()
    assert [item["title"] for item in api["items"]] == ["Elders", "In het dorp"]
    csv = client.get(f"/pilots/export.csv?{query}").content.decode()
    assert "In het dorp" in csv and "In de regio" not in csv


def test_research_filters_on_its_publication_year(research_index):
    for title, year in (("Oud", 2019), ("Nieuw", 2024)):
        publish(ResearchSummaryPageFactory(title=title, publication_date=dt.date(year, 5, 1)))
    assert titles(queries.research({"year": 2024})) == ["Nieuw"]
    assert titles(queries.research()) == ["Nieuw", "Oud"]
    # a study has no status: the parameter is not one of its filters
    assert titles(queries.research({"status": "klaar"}, strict=True)) == ["Nieuw", "Oud"]


def test_the_form_shows_the_chosen_values(client, pilots):
    html = client.get("/pilots/", {"region": " testregio ", "status": "lopend"}).content.decode()
    assert '<option value="testregio" selected>' in html
    assert '<option value="lopend" selected>' in html


def test_the_api_names_the_first_bad_value_as_before(client, pilots):
    response = client.get("/api/pilots", {"theme": "nee", "principle": "ZZ9", "level": "wereld"})
    assert response.status_code == 400 and "'level'" in response.json()["detail"]
