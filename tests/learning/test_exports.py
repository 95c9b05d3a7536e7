"""Citations, JSON-LD and CSV downloads parse back into what the page says."""

import csv
import io
import json
import re

import bibtexparser
import pytest
import rispy

from learning.exports import PILOT_COLUMNS, RESEARCH_COLUMNS
from tests.learning.factories import PilotPageFactory, ResearchSummaryPageFactory, publish

pytestmark = pytest.mark.django_db


@pytest.fixture
def study(research_index):
    return publish(
        ResearchSummaryPageFactory(
            title="Vast gezicht & minder overdrachten: een 50% studie",
            doi="10.5555/tsk-demo-042",
        )
    )


def test_ris(client, study):
    response = client.get(f"{study.url}cite.ris")
    assert response.status_code == 200
    assert "attachment" in response["Content-Disposition"]
    (entry,) = rispy.loads(response.content.decode())
    assert entry["title"] == study.title
    assert entry["authors"] == ["Jansen, A.", "de Vries, B."]
    assert entry["doi"] == "10.5555/tsk-demo-042"
    assert entry["year"] == "2025"


def test_bibtex(client, study):
    response = client.get(f"{study.url}cite.bib")
    library = bibtexparser.parse_string(response.content.decode())
    assert not library.failed_blocks
    (entry,) = library.entries
    assert entry.entry_type == "techreport"
    assert entry["doi"] == "10.5555/tsk-demo-042"
    assert entry["author"] == "Jansen, A. and de Vries, B."
    assert entry["year"] == "2025"
    assert "\\&" in entry["title"] and "\\%" in entry["title"]


def test_csl_json(client, study):
    (item,) = json.loads(client.get(f"{study.url}cite.json").content)
    assert item["type"] == "report"
    assert item["DOI"] == "10.5555/tsk-demo-042"
    assert item["author"][0] == {"family": "Jansen", "given": "A."}
    assert item["issued"] == {"date-parts": [[2025, 3, 1]]}


def test_citation_of_unknown_or_draft_page_is_404(client, research_index):
    draft = ResearchSummaryPageFactory(live=False)
    assert client.get(f"/onderzoek/{draft.slug}/cite.ris").status_code == 404
    assert client.get("/onderzoek/bestaat-niet/cite.bib").status_code == 404


def test_json_ld_in_head(client, study):
    html = client.get(study.url).content.decode()
    head = html.split("</head>")[0]
    (raw,) = re.findall(r'<script type="application/ld\+json">(.*?)</script>', head, re.S)
    data = json.loads(raw)
    assert data["@type"] == "ScholarlyArticle"
    assert data["headline"] == study.title
    assert data["identifier"]["value"] == "10.5555/tsk-demo-042"
    assert [a["name"] for a in data["author"]] == ["Jansen, A.", "de Vries, B."]


def read_csv(response):
    text = response.content.decode("utf-8-sig")
    return list(csv.DictReader(io.StringIO(text)))


def test_pilots_csv(client, registry):
    page = publish(PilotPageFactory(title='=HYPERLINK("x")'))
    response = client.get("/pilots/export.csv")
    assert response["Content-Type"].startswith("text/csv")
    rows = read_csv(response)
    assert list(rows[0]) == PILOT_COLUMNS
    assert rows[0]["registry_id"] == page.registry_id
    assert rows[0]["version"] == "1.0"
    assert rows[0]["title"].startswith("'=")  # no spreadsheet formulas


def test_research_csv(client, study):
    rows = read_csv(client.get("/onderzoek/export.csv"))
    assert list(rows[0]) == RESEARCH_COLUMNS
    assert rows[0]["doi"] == "10.5555/tsk-demo-042"
