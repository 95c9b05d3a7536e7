"""One kind of item, one type in every citation format; the language is the publication's."""

import json
import re

import bibtexparser
import pytest
import rispy

from cms.content_io import import_path
from learning.exports import citation_type
from learning.models import ResearchSummaryPage
from tests.learning.factories import ResearchSummaryPageFactory, publish
from tests.learning.test_exports import read_csv
from tests.learning.test_validation import write

pytestmark = pytest.mark.django_db

#: (RIS, BibTeX, CSL, schema.org) per kind of study.
ARTICLE = ("JOUR", "article", "article-journal", "ScholarlyArticle")
REPORT = ("RPRT", "techreport", "report", "Report")


def _citations(client, page) -> dict:
    (ris,) = rispy.loads(client.get(f"{page.url}cite.ris").content.decode())
    library = bibtexparser.parse_string(client.get(f"{page.url}cite.bib").content.decode())
    assert not library.failed_blocks
    (bib,) = library.entries
    (csl,) = json.loads(client.get(f"{page.url}cite.json").content)
    html = client.get(page.url).content.decode()
    (raw,) = re.findall(r'<script type="application/ld\+json">(.*?)</script>', html, re.S)
    return {"ris": ris, "bib": bib, "csl": csl, "ld": json.loads(raw)}


@pytest.mark.parametrize(("doi", "types"), [("10.5555/tsk-demo-042", ARTICLE), ("", REPORT)])
def test_every_format_gives_the_same_type(client, research_index, doi, types):
    page = publish(ResearchSummaryPageFactory(doi=doi, organisation="Verwey-Jonker Instituut"))
    c = _citations(client, page)
    got = (c["ris"]["type_of_reference"], c["bib"].entry_type, c["csl"]["type"], c["ld"]["@type"])
    assert got == types
    kind = citation_type(page)
    assert (kind.ris, kind.bibtex, kind.csl, kind.schema_org) == types
    assert c["ris"]["publisher"] == c["csl"]["publisher"] == "Verwey-Jonker Instituut"
    assert c["bib"][kind.bibtex_organisation] == "Verwey-Jonker Instituut"


@pytest.mark.parametrize(("language", "bibtex"), [("en", "english"), ("nl", "dutch")])
def test_the_language_is_the_publications(client, research_index, language, bibtex):
    page = publish(
        ResearchSummaryPageFactory(
            title="Family group conferencing and out-of-home placement",
            plain_title="Familieberaad en uithuisplaatsing",
            language=language,
        )
    )
    c = _citations(client, page)
    assert c["ris"]["language"] == c["csl"]["language"] == c["ld"]["inLanguage"] == language
    assert c["bib"]["language"] == bibtex
    (row,) = read_csv(client.get("/onderzoek/export.csv"))
    assert row["language"] == language
    html = client.get(page.url).content.decode()
    assert f'<cite lang="{language}">Family group conferencing' in html


def test_a_new_study_is_dutch_unless_the_editor_says_otherwise(research_index):
    assert publish(ResearchSummaryPageFactory()).language == "nl"


def test_the_content_format_carries_the_language(research_index, tmp_path):
    english = write(tmp_path, "en.md", "---\ntype: research\ntitle: A study\nlanguage: en\n---\n")
    unknown = write(tmp_path, "xx.md", "---\ntype: research\ntitle: Studie\nlanguage: xx\n---\n")
    (ok,) = import_path(english)
    assert ok.error is None and ResearchSummaryPage.objects.get().language == "en"
    (bad,) = import_path(unknown)
    assert bad.error.field == "language" and "xx" in bad.error.message
