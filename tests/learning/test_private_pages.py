"""A pilot or research summary with a view restriction leaks nowhere: not in the lists,
the API, the CSVs, the feed, the evidence map, the guidance panels or the citation files."""

import pytest
from wagtail.models import PageViewRestriction

from cms.models import Principle, Theme
from learning.models import PilotGuidanceLink, ResearchGuidanceLink
from tests.factories import GuidancePageFactory, UserFactory
from tests.learning.factories import PilotPageFactory, ResearchSummaryPageFactory, publish

pytestmark = pytest.mark.django_db

OPEN_PILOT, HIDDEN_PILOT = "Pilot Openbaarheid", "Pilot Geheimhouding"
OPEN_STUDY, HIDDEN_STUDY = "Studie Openbaarheid", "Studie Geheimhouding"


def restrict(page, kind=PageViewRestriction.LOGIN):
    return PageViewRestriction.objects.create(
        page=page, restriction_type=kind, password="toegang-123" if kind == "password" else ""
    )


@pytest.fixture
def pages(registry, research_index):
    principle, theme = Principle.objects.get(code="G1"), Theme.objects.order_by("slug").first()
    made = {}
    for key, factory, parent, title in (
        ("open_pilot", PilotPageFactory, registry, OPEN_PILOT),
        ("hidden_pilot", PilotPageFactory, registry, HIDDEN_PILOT),
        ("open_study", ResearchSummaryPageFactory, research_index, OPEN_STUDY),
        ("hidden_study", ResearchSummaryPageFactory, research_index, HIDDEN_STUDY),
    ):
        page = (
            factory(parent=parent, title=title, plain_title=title)
            if "study" in key
            else factory(parent=parent, title=title)
        )
        page.principles.set([principle])
        page.themes.set([theme])
        made[key] = publish(page)
    restrict(made["hidden_pilot"])
    restrict(made["hidden_study"], PageViewRestriction.PASSWORD)
    return made


def _body(response) -> str:
    return (
        b"".join(response.streaming_content).decode()
        if response.streaming
        else response.content.decode()
    )


@pytest.mark.parametrize(
    ("url", "shown"),
    [
        ("/api/pilots", [OPEN_PILOT]),
        ("/api/research", [OPEN_STUDY]),
        ("/pilots/export.csv", [OPEN_PILOT]),
        ("/onderzoek/export.csv", [OPEN_STUDY]),
        ("/pilots/feed.atom", [OPEN_PILOT, OPEN_STUDY]),
        ("/pilots/", [OPEN_PILOT]),
        ("/onderzoek/", [OPEN_STUDY]),
        ("/onderzoek/evidence-map/lijst/?principle=G1", [OPEN_PILOT, OPEN_STUDY]),
    ],
)
def test_restricted_pages_are_left_out_of_every_public_list(client, pages, url, shown):
    response = client.get(url)
    assert response.status_code == 200
    body = _body(response)
    assert [title for title in (OPEN_PILOT, OPEN_STUDY) if title in body] == shown
    assert HIDDEN_PILOT not in body and HIDDEN_STUDY not in body


def test_evidence_map_counts_only_public_pages(client, pages):
    from learning.evidence_map import build_map

    columns, rows = build_map("thema", {})
    g1 = next(r for r in rows if r.principle.code == "G1")
    assert sum(c.pilots for c in g1.cells) == 1
    assert sum(c.studies for c in g1.cells) == 1


def test_pages_under_a_restricted_section_are_left_out(client, pages, registry):
    restrict(registry)
    assert client.get("/api/pilots").json()["count"] == 0
    assert OPEN_PILOT not in _body(client.get("/pilots/export.csv"))


def test_wagtail_pages_api_honours_restrictions(client, pages):
    titles = [p["title"] for p in client.get("/api/v2/pages/?limit=20").json()["items"]]
    assert OPEN_PILOT in titles and OPEN_STUDY in titles
    assert HIDDEN_PILOT not in titles and HIDDEN_STUDY not in titles
    hidden = pages["hidden_pilot"]
    assert client.get(f"/api/v2/pages/{hidden.pk}/").status_code == 404


def test_guidance_panels_show_only_public_pilots_and_research(client, pages):
    guide = GuidancePageFactory(title="Met panelen")
    for key in ("open_pilot", "hidden_pilot"):
        PilotGuidanceLink.objects.create(source=pages[key], page=guide)
    for key in ("open_study", "hidden_study"):
        ResearchGuidanceLink.objects.create(source=pages[key], page=guide)
    body = client.get(guide.url).content.decode()
    assert OPEN_PILOT in body and OPEN_STUDY in body
    assert HIDDEN_PILOT not in body and HIDDEN_STUDY not in body


@pytest.mark.parametrize("fmt", ["ris", "json", "bib"])
def test_citation_of_a_password_page_asks_for_the_password(client, pages, fmt):
    study = pages["hidden_study"]
    response = client.get(f"{study.url}cite.{fmt}")
    assert response.status_code == 200
    body = response.content.decode()
    assert HIDDEN_STUDY not in body and study.doi not in body
    assert 'name="password"' in body
    assert client.get(f"{pages['open_study'].url}cite.{fmt}").status_code == 200


@pytest.mark.parametrize("fmt", ["ris", "json", "bib"])
def test_citation_of_a_login_page_needs_a_login(client, pages, fmt):
    study = pages["hidden_study"]
    PageViewRestriction.objects.filter(page=study).update(restriction_type="login")
    response = client.get(f"{study.url}cite.{fmt}")
    assert response.status_code == 302 and "login" in response["Location"]
    client.force_login(UserFactory(username="lezer"))
    response = client.get(f"{study.url}cite.{fmt}")
    assert response.status_code == 200 and study.doi in response.content.decode()


def test_research_page_links_only_public_pilots(client, pages):
    study = pages["open_study"]
    study.pilots.set([pages["open_pilot"], pages["hidden_pilot"]])
    publish(study)
    body = client.get(study.url).content.decode()
    assert OPEN_PILOT in body and HIDDEN_PILOT not in body
