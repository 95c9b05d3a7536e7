"""Citations, JSON-LD and CSV downloads parse back into what the page says."""

import csv
import io
import json
import re

import bibtexparser
import pytest
import rispy
from bibtexparser.middlewares import LatexDecodingMiddleware

from learning.exports import PILOT_COLUMNS, RESEARCH_COLUMNS
from learning.models import PilotPage, ResearchAuthor, ResearchSummaryPage
from tests.cms.test_csv_download import FORMULA_CELLS
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
    assert entry.entry_type == "article"  # it has a DOI: learning.exports.citation_type
    assert entry["doi"] == "10.5555/tsk-demo-042"
    assert entry["author"] == "Jansen, A. and de Vries, B."
    assert entry["year"] == "2025"
    assert "\\&" in entry["title"] and "\\%" in entry["title"]


TRICKY_TITLE = 'Thuis {én} op school: "veilig" & 50% – de {Jeugd}zorg_wet #2 \\ $5 ~ <b>'
TRICKY_AUTHORS = ["Çelik, Ö.", "d’Ancona & Zoon, B.", "van der Berg-{Smit}, J."]


@pytest.fixture
def tricky(research_index):
    return publish(
        ResearchSummaryPageFactory(
            parent=research_index,
            title=TRICKY_TITLE,
            authors=[ResearchAuthor(name=name) for name in TRICKY_AUTHORS],
            organisation="Bureau <Kind> & Gezin",
            summary='Regel één.\n\nRegel "twee" met {accolades} & 100%.',
            doi="10.5555/tsk_demo-042",
            link="https://example.org/studie_1?a=1&b=50%25#deel{2}",
        )
    )


def test_ris_round_trips_braces_accents_ampersands_and_quotes(client, tricky):
    text = client.get(f"{tricky.url}cite.ris").content.decode()
    assert text.startswith("TY  - JOUR\r\n") and text.endswith("ER  - \r\n")
    (entry,) = rispy.loads(text)
    assert entry["title"] == TRICKY_TITLE
    assert entry["authors"] == TRICKY_AUTHORS
    assert entry["publisher"] == "Bureau <Kind> & Gezin"
    assert entry["abstract"] == 'Regel één. Regel "twee" met {accolades} & 100%.'  # one line
    assert entry["doi"] == "10.5555/tsk_demo-042"
    assert entry["urls"] == ["https://example.org/studie_1?a=1&b=50%25#deel{2}"]
    assert entry["date"] == "2025/03/01"


def test_bibtex_round_trips_braces_accents_ampersands_and_quotes(client, tricky):
    text = client.get(f"{tricky.url}cite.bib").content.decode()
    decoded = bibtexparser.parse_string(text, append_middleware=[LatexDecodingMiddleware()])
    assert not decoded.failed_blocks
    (entry,) = decoded.entries
    assert entry["title"] == TRICKY_TITLE
    assert entry["author"] == " and ".join(TRICKY_AUTHORS)
    assert entry["publisher"] == "Bureau <Kind> & Gezin"  # an article has no institution
    assert entry["abstract"] == 'Regel één. Regel "twee" met {accolades} & 100%.'
    # doi and url are read verbatim by BibTeX and biblatex: no LaTeX escapes in them.
    (raw,) = bibtexparser.parse_string(text).entries
    assert raw["doi"] == "10.5555/tsk_demo-042"
    assert raw["url"] == "https://example.org/studie_1?a=1&b=50%25#deel%7B2%7D"
    assert r"\{én\}" in raw["title"] and "én" in raw["title"]  # UTF-8 as the charset says


def test_csl_json(client, study):
    (item,) = json.loads(client.get(f"{study.url}cite.json").content)
    assert item["type"] == "article-journal"
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
    """As Dutch Excel reads the download: UTF-8 with a byte-order mark, `;` between cells."""
    assert response.content.startswith(b"\xef\xbb\xbf")
    text = io.TextIOWrapper(io.BytesIO(response.content), "utf-8-sig", newline="")
    return list(csv.DictReader(text, delimiter=";"))


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


def test_no_cell_of_the_pilot_or_research_csv_starts_a_formula(client, registry, study):
    pilot = publish(PilotPageFactory(parent=registry))
    for value in FORMULA_CELLS:
        # Straight into the database, past any clean-up on save: the writer guards alone.
        PilotPage.objects.filter(pk=pilot.pk).update(title=value, lead_organisation=value)
        ResearchSummaryPage.objects.filter(pk=study.pk).update(title=value, organisation=value)
        (pilot_row,) = read_csv(client.get("/pilots/export.csv"))
        (research_row,) = read_csv(client.get("/onderzoek/export.csv"))
        assert (pilot_row["title"], pilot_row["lead_organisation"]) == ("'" + value,) * 2
        assert (research_row["title"], research_row["organisation"]) == ("'" + value,) * 2
