"""Citations (RIS, BibTeX, CSL-JSON), schema.org JSON-LD and CSV downloads."""

import json
import re
from dataclasses import dataclass

import bibtexparser
import rispy
from django.http import HttpResponse
from django.utils.text import slugify
from pylatexenc.latexencode import (
    RULE_DICT,
    UnicodeToLatexConversionRule,
    UnicodeToLatexEncoder,
    get_builtin_uni2latex_dict,
)

from cms.csv_download import csv_response
from cms.site_url import page_url
from cms.visibility import public_pages

from .models import PilotPage, PublicationLanguage, ResearchSummaryPage
from .queries import linked_pilots, linked_research


@dataclass(frozen=True)
class CitationType:
    """One kind of item, named as each format names it."""

    ris: str
    bibtex: str
    csl: str
    schema_org: str
    bibtex_organisation: str  # the BibTeX field the organisation goes in


JOURNAL_ARTICLE = CitationType(
    "JOUR", "article", "article-journal", "ScholarlyArticle", "publisher"
)
REPORT = CitationType("RPRT", "techreport", "report", "Report", "institution")

#: biblatex and babel name a language in words, the other formats by its BCP 47 code.
BIBTEX_LANGUAGES = {"nl": "dutch", "en": "english", "de": "german", "fr": "french"}


def citation_type(page: ResearchSummaryPage) -> CitationType:
    """The one place that decides what a study is cited as; RIS, BibTeX, CSL-JSON and the
    JSON-LD all ask it. A study with a DOI was published as an article (a page has no
    journal field: the DOI is what says it appeared in a journal), one without is a
    report (the usual form of Dutch practice research)."""
    return JOURNAL_ARTICLE if page.doi else REPORT


def publication_language(page: ResearchSummaryPage) -> str:
    """The language of the publication (`ResearchSummaryPage.language`), not of the page."""
    return page.language or PublicationLanguage.DUTCH


def _absolute(page: ResearchSummaryPage, request=None) -> str:
    return page_url(page)


def _split_name(author: str) -> dict:
    if "," in author:
        family, given = (part.strip() for part in author.split(",", 1))
        return {"family": family, "given": given}
    return {"literal": author}


class _RisWriter(rispy.RisWriter):
    """RIS as the specification has it: CRLF line ends, no reference-number line before TY."""

    NEWLINE = "\r\n"

    def set_header(self, count: int) -> str:
        return ""


def ris(page: ResearchSummaryPage, request=None) -> str:
    entry = {
        "type_of_reference": citation_type(page).ris,
        "title": page.title,
        "authors": page.author_list,
    }
    if page.publication_date:
        entry["year"] = str(page.publication_date.year)
        entry["date"] = page.publication_date.strftime("%Y/%m/%d")
    if page.organisation:
        entry["publisher"] = page.organisation
    if page.doi:
        entry["doi"] = page.doi
    url = page.link or _absolute(page, request)
    if url:
        entry["urls"] = [url]
    if page.summary:
        entry["abstract"] = page.summary
    entry["keywords"] = [t.name for t in page.themes.all()]
    entry["language"] = publication_language(page)
    # One line per tag: a line break inside a value would start a line without a tag.
    entry = {
        k: [_one_line(v) for v in value] if isinstance(value, list) else _one_line(value)
        for k, value in entry.items()
    }
    return rispy.dumps([entry], implementation=_RisWriter)


def _one_line(text: str) -> str:
    return re.sub(r"\s+", " ", text).strip()


# LaTeX's special characters as pylatexenc writes them, braces included (a title with { }
# round-trips); everything else stays UTF-8, as the file's charset says. A straight quote
# stays as it is: pylatexenc would make it '' (a closing curly quote).
_LATEX = UnicodeToLatexEncoder(
    conversion_rules=[
        UnicodeToLatexConversionRule(
            RULE_DICT,
            {code: latex for code, latex in get_builtin_uni2latex_dict().items()
             if code < 128 and chr(code) != '"'},
        )
    ],
    unknown_char_policy="keep",
    unknown_char_warning=False,  # "keep" is the policy, not a surprise worth a log line
)  # fmt: skip
_BIBTEX_FORMAT = bibtexparser.BibtexFormat()
_BIBTEX_FORMAT.indent = "  "


def _latex(text: str) -> str:
    return _LATEX.unicode_to_latex(_one_line(text))


def _verbatim_url(url: str) -> str:
    """BibTeX and biblatex read url (and doi) verbatim: an escape would become part of the
    link. Only braces and backslashes, which end or escape the field, are percent-encoded."""
    return url.replace("\\", "%5C").replace("{", "%7B").replace("}", "%7D")


def bibtex_key(page: ResearchSummaryPage) -> str:
    first = page.author_list[0].split(",")[0] if page.author_list else page.organisation or "tsk"
    year = page.publication_date.year if page.publication_date else "nd"
    return f"{slugify(first).replace('-', '')}{year}{page.pk}"


def bibtex(page: ResearchSummaryPage, request=None) -> str:
    kind = citation_type(page)
    fields = [("title", _latex(page.title))]
    if page.author_list:
        fields.append(("author", " and ".join(_latex(a) for a in page.author_list)))
    if page.publication_date:
        fields.append(("year", str(page.publication_date.year)))
    if page.organisation:
        fields.append((kind.bibtex_organisation, _latex(page.organisation)))
    if page.doi:
        fields.append(("doi", page.doi))  # verbatim, like url
    url = page.link or _absolute(page, request)
    if url:
        fields.append(("url", _verbatim_url(url)))
    if page.summary:
        fields.append(("abstract", _latex(page.summary)))
    language = publication_language(page)
    fields.append(("language", BIBTEX_LANGUAGES.get(language, language)))
    entry = bibtexparser.model.Entry(
        kind.bibtex, bibtex_key(page), [bibtexparser.model.Field(k, v) for k, v in fields]
    )
    library = bibtexparser.Library([entry])
    return bibtexparser.write_string(library, bibtex_format=_BIBTEX_FORMAT)


def csl_json(page: ResearchSummaryPage, request=None) -> list[dict]:
    item = {
        "id": bibtex_key(page),
        "type": citation_type(page).csl,
        "title": page.title,
        "author": [_split_name(a) for a in page.author_list],
        "language": publication_language(page),
    }
    if page.publication_date:
        d = page.publication_date
        item["issued"] = {"date-parts": [[d.year, d.month, d.day]]}
    if page.organisation:
        item["publisher"] = page.organisation
    if page.doi:
        item["DOI"] = page.doi
    url = page.link or _absolute(page, request)
    if url:
        item["URL"] = url
    if page.summary:
        item["abstract"] = page.summary
    return [item]


def citation_response(page: ResearchSummaryPage, fmt: str, request=None) -> HttpResponse:
    filename = f"{page.slug}.{fmt}"
    if fmt == "ris":
        response = HttpResponse(
            ris(page, request), content_type="application/x-research-info-systems; charset=utf-8"
        )
    elif fmt == "bib":
        response = HttpResponse(
            bibtex(page, request), content_type="application/x-bibtex; charset=utf-8"
        )
    else:
        response = HttpResponse(
            json.dumps(csl_json(page, request), ensure_ascii=False, indent=2),
            content_type="application/vnd.citationstyles.csl+json; charset=utf-8",
        )
    response["Content-Disposition"] = f'attachment; filename="{filename}"'
    return response


def scholarly_article(page: ResearchSummaryPage, request=None) -> dict:
    data = {
        "@context": "https://schema.org",
        "@type": citation_type(page).schema_org,
        "headline": page.title,
        "name": page.title,
        "inLanguage": publication_language(page),
        "author": [{"@type": "Person", "name": a} for a in page.author_list],
        "keywords": [t.name for t in page.themes.all()],
    }
    if page.plain_title:
        data["alternativeHeadline"] = page.plain_title
    if page.summary:
        data["abstract"] = page.summary
    if page.publication_date:
        data["datePublished"] = page.publication_date.isoformat()
    if page.organisation:
        data["publisher"] = {"@type": "Organization", "name": page.organisation}
    if page.doi:
        data["identifier"] = {"@type": "PropertyValue", "propertyID": "DOI", "value": page.doi}
        data["sameAs"] = page.doi_url
    url = _absolute(page, request)
    if url:
        data["url"] = url
    return data


# --- CSV -----------------------------------------------------------------------------------

PILOT_COLUMNS = [
    "registry_id", "title", "kind", "status", "level", "principles", "themes", "regions",
    "lead_organisation", "contact_email", "planned_start", "planned_end", "actual_start",
    "actual_end", "version", "url", "research",
]  # fmt: skip
RESEARCH_COLUMNS = [
    "title", "plain_title", "authors", "organisation", "publication_date", "doi", "language",
    "study_design", "evidence_level", "level", "principles", "themes", "regions", "url", "pilots",
]  # fmt: skip


def _tags(page) -> dict:
    return {
        "principles": " ".join(p.code for p in page.principles.all()),
        "themes": " ".join(t.slug for t in page.themes.all()),
        "regions": " ".join(r.slug for r in page.regions.all()),
    }


def pilot_row(page: PilotPage) -> dict:
    version = page.current_version
    return {
        "registry_id": page.registry_id,
        "title": page.title,
        "kind": page.kind,
        "status": page.status,
        "level": page.level,
        **_tags(page),
        "lead_organisation": page.lead_organisation,
        "contact_email": page.contact_email,
        "planned_start": page.planned_start or "",
        "planned_end": page.planned_end or "",
        "actual_start": page.actual_start or "",
        "actual_end": page.actual_end or "",
        "version": version.version if version else "",
        "url": page_url(page),
        # Linked studies by their `url` in onderzoek.csv, so the two files join.
        "research": " ".join(page_url(r) for r in _linked(page, "public_research", "research")),
    }


def research_row(page: ResearchSummaryPage) -> dict:
    return {
        "title": page.title,
        "plain_title": page.plain_title,
        "authors": "; ".join(page.author_list),
        "organisation": page.organisation,
        "publication_date": page.publication_date or "",
        "doi": page.doi,
        "language": publication_language(page),
        "study_design": page.study_design,
        "evidence_level": page.get_evidence_level_display() if page.evidence_level else "",
        "level": page.level,
        **_tags(page),
        "url": page_url(page),
        "pilots": " ".join(page_url(p) for p in _linked(page, "public_pilots", "pilots")),
    }


def _linked(page, prefetched: str, relation: str):
    """Public linked pages: prefetched by the CSV views, else queried (one page at a time)."""
    if hasattr(page, prefetched):
        return getattr(page, prefetched)
    return public_pages(getattr(page, relation).all())


def pilots_csv(queryset) -> HttpResponse:
    pages = queryset.prefetch_related("principles", "themes", "regions", linked_research())
    return csv_response("pilots.csv", PILOT_COLUMNS, (pilot_row(p) for p in pages))


def research_csv(queryset) -> HttpResponse:
    pages = queryset.prefetch_related("principles", "themes", "regions", linked_pilots())
    return csv_response("onderzoek.csv", RESEARCH_COLUMNS, (research_row(p) for p in pages))
