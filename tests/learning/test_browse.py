"""The pilot register and the research overview: a count per filter option, and the chips on
a pilot or a study link to its own list filtered by that chip, which holds the page."""

import re

import pytest

from tests.cms.test_browse import chip_links, option
from tests.learning.factories import PilotPageFactory, ResearchSummaryPageFactory, tagged

pytestmark = pytest.mark.django_db


@pytest.fixture
def pilots(registry):
    return [
        tagged(PilotPageFactory(title="Pilot buurtteam"), ["G4"], ["netwerk"], "regionaal"),
        tagged(PilotPageFactory(title="Pilot gezinscoach"), ["G4", "E1"], ["veiligheid"], "lokaal"),
        tagged(PilotPageFactory(title="Pilot netwerkoverleg"), ["E1"], ["netwerk"], "lokaal"),
    ]


@pytest.fixture
def studies(research_index):
    return [
        tagged(
            ResearchSummaryPageFactory(plain_title="Studie over scholen"), ["L3"], ["jeugdhulp"]
        ),
        tagged(
            ResearchSummaryPageFactory(plain_title="Studie over wachtlijsten"), ["L3", "G1"], []
        ),
    ]


def titles(html: str) -> list[str]:
    return re.findall(
        r'<h3 class="utrecht-heading-3"><a class="utrecht-link" href="[^"]*">([^<]*)<', html
    )


def test_the_pilot_register_counts_each_option(client, pilots):
    html = client.get("/pilots/").content.decode()
    assert option(html, "principle", "G4").endswith("(2)")
    assert option(html, "principle", "E1").endswith("(2)")
    assert option(html, "theme", "netwerk").endswith("(2)")
    assert option(html, "level", "lokaal") == "Lokaal (2)"
    html = client.get("/pilots/?theme=netwerk").content.decode()
    assert titles(html) == ["Pilot buurtteam", "Pilot netwerkoverleg"]
    assert option(html, "principle", "G4").endswith("(1)")  # with the theme kept
    assert option(html, "theme", "veiligheid").endswith("(1)")  # the theme itself left out


def test_the_research_overview_counts_each_option(client, studies):
    html = client.get("/onderzoek/?principle=G1").content.decode()
    assert titles(html) == ["Studie over wachtlijsten"]
    assert option(html, "principle", "L3").endswith("(2)")
    assert option(html, "theme", "jeugdhulp").endswith("(0)")  # no G1 study has it


def test_a_pilot_chip_links_to_the_register_filtered_by_it(client, pilots):
    page = pilots[1]
    links = chip_links(client.get(page.url).content.decode())
    assert links == ["/pilots/?principle=G4", "/pilots/?principle=E1", "/pilots/?theme=veiligheid"]
    for link in links:
        assert page.title in titles(client.get(link).content.decode()), link


def test_a_study_chip_links_to_the_overview_filtered_by_it(client, studies):
    page = studies[0]
    links = chip_links(client.get(page.url).content.decode())
    assert links == ["/onderzoek/?principle=L3", "/onderzoek/?theme=jeugdhulp"]
    for link in links:
        assert page.plain_title in titles(client.get(link).content.decode()), link


@pytest.mark.parametrize("query", ["?principle=ZZ", "?theme=%3Cb%3E", "?level=" + "y" * 2000])
def test_a_bad_value_gives_an_empty_list_with_counts(client, pilots, query):
    response = client.get(f"/pilots/{query}")
    assert response.status_code == 200
    assert titles(response.content.decode()) == []


def test_a_bad_year_is_still_a_400_with_the_reason(client, pilots):
    response = client.get("/pilots/?year=twee")
    assert response.status_code == 400
    assert "geheel getal" in response.content.decode()
