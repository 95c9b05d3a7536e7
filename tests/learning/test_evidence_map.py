"""The evidence and gap map counts pilots and studies per principle and theme or level."""

import re

import pytest

from cms.models import Principle, Region, Theme
from learning.models import EvidenceLevel
from tests.learning.factories import PilotPageFactory, ResearchSummaryPageFactory, publish

pytestmark = pytest.mark.django_db


def tagged(factory, parent, principles, themes, level="", regions=(), **kw):
    page = factory(parent=parent, level=level, **kw)
    page.principles.set(Principle.objects.filter(code__in=principles))
    page.themes.set(Theme.objects.filter(slug__in=themes))
    page.regions.set(Region.objects.filter(slug__in=regions))
    return publish(page)


@pytest.fixture
def theme(db):
    return Theme.objects.order_by("slug").first()


@pytest.fixture
def mapped(registry, research_index, theme):
    tagged(PilotPageFactory, registry, ["G1"], [theme.slug], "lokaal", ["utrecht"])
    tagged(PilotPageFactory, registry, ["G1", "L1"], [theme.slug], "regionaal")
    tagged(
        ResearchSummaryPageFactory,
        research_index,
        ["G1"],
        [theme.slug],
        "lokaal",
        evidence_level=EvidenceLevel.FIRST_INDICATIONS,
    )
    tagged(
        ResearchSummaryPageFactory,
        research_index,
        ["G1"],
        [theme.slug],
        "landelijk",
        evidence_level=EvidenceLevel.THEORY,
    )
    PilotPageFactory(live=False)  # drafts never count


def cell(html, principle_code, column_index):
    row = re.search(
        rf'<tr class="utrecht-table__row">\s*<th[^>]*scope="row">'
        rf"<abbr[^>]*>{principle_code}</abbr>.*?</tr>",
        html,
        re.S,
    )
    cells = re.findall(
        r'data-pilots="(\d+)" data-studies="(\d+)" data-strongest="(\d*)"', row.group(0)
    )
    return tuple(int(x or 0) for x in cells[column_index])


def column(theme):
    return list(Theme.objects.all()).index(theme)


def test_counts_and_strongest_level(client, mapped, theme):
    response = client.get("/onderzoek/evidence-map/")
    assert response.status_code == 200
    html = response.content.decode()
    assert cell(html, "G1", column(theme)) == (2, 2, EvidenceLevel.FIRST_INDICATIONS)
    assert cell(html, "L1", column(theme)) == (1, 0, 0)
    assert "Effectief – eerste aanwijzingen" in html
    assert '<th class="utrecht-table__header-cell" scope="col">' in html


def test_switch_to_levels(client, mapped):
    html = client.get("/onderzoek/evidence-map/?kolommen=niveau").content.decode()
    # columns: landelijk, regionaal, lokaal
    assert cell(html, "G1", 0) == (0, 1, EvidenceLevel.THEORY)
    assert cell(html, "G1", 1) == (1, 0, 0)
    assert cell(html, "G1", 2) == (1, 1, EvidenceLevel.FIRST_INDICATIONS)


def test_filters(client, mapped, theme):
    html = client.get("/onderzoek/evidence-map/?region=utrecht").content.decode()
    assert cell(html, "G1", column(theme)) == (1, 0, 0)
    html = client.get("/onderzoek/evidence-map/?level=landelijk").content.decode()
    assert cell(html, "G1", column(theme)) == (0, 1, EvidenceLevel.THEORY)


def test_cell_links_to_its_list(client, mapped, theme):
    html = client.get("/onderzoek/evidence-map/").content.decode()
    assert f'href="lijst/?principle=G1&amp;theme={theme.slug}"' in html
    listing = client.get(f"/onderzoek/evidence-map/lijst/?principle=G1&theme={theme.slug}")
    assert listing.status_code == 200
    assert listing.content.decode().count('class="utrecht-link" href="/') >= 4
    assert client.get("/onderzoek/evidence-map/lijst/").status_code == 404
    assert client.get("/onderzoek/evidence-map/lijst/?principle=X9").status_code == 404


def test_bubble_view(client, mapped):
    html = client.get("/onderzoek/evidence-map/?weergave=bellen").content.decode()
    assert "bubble bubble--4" in html


def test_cell_links_encode_the_filter_values(theme):
    from learning.evidence_map import build_map

    _columns, rows = build_map("thema", {"region": "Utrecht & Zuid/1?"})
    (g1,) = [row for row in rows if row.principle.code == "G1"]
    assert g1.cells[column(theme)].query == (
        f"region=Utrecht+%26+Zuid%2F1%3F&principle=G1&theme={theme.slug}"
    )
