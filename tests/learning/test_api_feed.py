"""Open data: the JSON API (filters, paging, OpenAPI) and the Atom feed."""

import datetime as dt
import xml.etree.ElementTree as ET

import pytest

from cms.models import Principle, Region, Theme
from learning.models import PilotPage
from tests.learning.factories import PilotPageFactory, ResearchSummaryPageFactory, publish

pytestmark = pytest.mark.django_db
ATOM = "{http://www.w3.org/2005/Atom}"


@pytest.fixture
def data(registry, research_index):
    g1, l1 = Principle.objects.get(code="G1"), Principle.objects.get(code="L1")
    theme = Theme.objects.order_by("slug").first()
    utrecht = Region.objects.get(slug="utrecht")
    a = PilotPageFactory(
        title="Alfa",
        level="lokaal",
        status="lopend",
        actual_start=dt.date(2024, 3, 1),
    )
    a.principles.set([g1])
    a.themes.set([theme])
    a.regions.set([utrecht])
    publish(a)
    b = PilotPageFactory(
        title="Bravo",
        level="regionaal",
        status="afgerond",
        actual_start=dt.date(2023, 3, 1),
        actual_end=dt.date(2023, 12, 1),
    )
    b.principles.set([l1])
    publish(b)
    PilotPageFactory(title="Concept", live=False)
    s = ResearchSummaryPageFactory(title="Studie A", publication_date=dt.date(2024, 5, 1))
    s.principles.set([g1])
    publish(s)
    return {"theme": theme}


def titles(response):
    assert response.status_code == 200, response.content
    return [item["title"] for item in response.json()["items"]]


def test_pilots_api_lists_live_pilots(client, data):
    body = client.get("/api/pilots").json()
    assert body["count"] == 2
    assert [i["title"] for i in body["items"]] == ["Alfa", "Bravo"]
    alfa = body["items"][0]
    assert alfa["registry_id"].startswith("TSK-") and alfa["version"] == "1.0"
    assert alfa["principles"] == ["G1"] and alfa["regions"] == ["utrecht"]


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ("principle=G1", ["Alfa"]),
        ("principle=L1", ["Bravo"]),
        ("level=regionaal", ["Bravo"]),
        ("status=afgerond", ["Bravo"]),
        ("region=utrecht", ["Alfa"]),
        ("year=2023", ["Bravo"]),
        ("principle=G1&status=afgerond", []),
    ],
)
def test_pilot_filters(client, data, query, expected):
    assert titles(client.get(f"/api/pilots?{query}")) == expected


def test_theme_and_region_grouping_filters(client, data):
    assert titles(client.get(f"/api/pilots?theme={data['theme'].slug}")) == ["Alfa"]
    grouping = Region.objects.filter(municipalities__slug="utrecht").first()
    if grouping:
        assert titles(client.get(f"/api/pilots?region={grouping.slug}")) == ["Alfa"]


def test_paging(client, registry):
    for n in range(23):
        publish(PilotPageFactory(title=f"P{n:02d}"))
    first = client.get("/api/pilots").json()
    second = client.get("/api/pilots?page=2").json()
    assert first["count"] == 23 and len(first["items"]) == 20 and len(second["items"]) == 3


def test_bad_filters_give_a_clear_400(client, data):
    response = client.get("/api/pilots?status=klaar")
    assert response.status_code == 400
    assert "status" in response.json()["detail"]
    assert client.get("/api/pilots?level=wereld").status_code == 400
    year = client.get("/api/pilots?year=twee")
    assert year.status_code == 400 and "year" in year.json()["detail"]


def test_research_api(client, data):
    body = client.get("/api/research?year=2024").json()
    assert [i["title"] for i in body["items"]] == ["Studie A"]
    assert body["items"][0]["doi"].startswith("10.5555/")
    assert titles(client.get("/api/research?principle=L1")) == []


def test_openapi_schema_lists_endpoints(client):
    paths = client.get("/api/openapi.json").json()["paths"]
    assert "/api/pilots" in paths and "/api/research" in paths


def test_atom_feed(client, data, registry):
    bravo = PilotPage.objects.get(title="Bravo")
    bravo.lessons = "Nieuwe les."
    bravo.change_reason, bravo.change_classification = "Lessen toegevoegd.", "klein"
    publish(bravo)
    response = client.get("/pilots/feed.atom")
    assert response["Content-Type"].startswith("application/atom+xml")
    root = ET.fromstring(response.content)  # noqa: S314 — our own feed
    entry_titles = [e.find(f"{ATOM}title").text for e in root.iter(f"{ATOM}entry")]
    assert "Nieuwe registratie: Alfa" in entry_titles
    assert "Wijziging 1.1: Bravo" in entry_titles
    assert any(t.startswith("Onderzoek: ") for t in entry_titles)
    assert not any("Concept" in t for t in entry_titles)
