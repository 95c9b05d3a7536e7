"""Citations (RIS, BibTeX, CSL-JSON), schema.org JSON-LD and CSV downloads."""

import csv
import json
import re

from django.http import HttpResponse
from django.utils.text import slugify

from cms.site_url import page_url

from .models import PilotPage, ResearchSummaryPage


def _absolute(page: ResearchSummaryPage, request=None) -> str:
    return page_url(page)


def _split_name(author: str) -> dict:
    if "," in author:
        family, given = (part.strip() for part in author.split(",", 1))
        return {"family": family, "given": given}
    return {"literal": author}


def ris(page: ResearchSummaryPage, request=None) -> str:
    lines = [("TY", "RPRT" if not page.doi else "JOUR"), ("TI", page.title)]
    lines += [("AU", a) for a in page.author_list]
    if page.publication_date:
        lines += [
            ("PY", str(page.publication_date.year)),
            ("DA", page.publication_date.strftime("%Y/%m/%d")),
        ]
    if page.organisation:
        lines.append(("PB", page.organisation))
    if page.doi:
        lines.append(("DO", page.doi))
    url = page.link or _absolute(page, request)
    if url:
        lines.append(("UR", url))
    if page.summary:
        lines.append(("AB", _one_line(page.summary)))
    lines += [("KW", t.name) for t in page.themes.all()]
    lines.append(("LA", "nl"))
    lines.append(("ER", ""))
    return (
        "\r\n".join(
            f"{tag}  - {value}".rstrip() if tag == "ER" else f"{tag}  - {value}"
            for tag, value in lines
        )
        + "\r\n"
    )


def _one_line(text: str) -> str:
    return re.sub(r"\s+", " ", text).strip()


def _bibtex_escape(text: str) -> str:
    text = _one_line(text)
    for char in "\\{}":
        text = text.replace(char, "")
    for char in "&%$#_":
        text = text.replace(char, "\\" + char)
    return text


def bibtex_key(page: ResearchSummaryPage) -> str:
    first = page.author_list[0].split(",")[0] if page.author_list else page.organisation or "tsk"
    year = page.publication_date.year if page.publication_date else "nd"
    return f"{slugify(first).replace('-', '')}{year}{page.pk}"


def bibtex(page: ResearchSummaryPage, request=None) -> str:
    fields = [("title", page.title)]
    if page.author_list:
        fields.append(("author", " and ".join(page.author_list)))
    if page.publication_date:
        fields.append(("year", str(page.publication_date.year)))
    if page.organisation:
        fields.append(("institution", page.organisation))
    if page.doi:
        fields.append(("doi", page.doi))
    url = page.link or _absolute(page, request)
    if url:
        fields.append(("url", url))
    if page.summary:
        fields.append(("abstract", page.summary))
    fields.append(("language", "dutch"))
    body = ",\n".join(f"  {name} = {{{_bibtex_escape(value)}}}" for name, value in fields)
    return f"@techreport{{{bibtex_key(page)},\n{body}\n}}\n"


def csl_json(page: ResearchSummaryPage, request=None) -> list[dict]:
    item = {
        "id": bibtex_key(page),
        "type": "report",
        "title": page.title,
        "author": [_split_name(a) for a in page.author_list],
        "language": "nl",
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
        "@type": "ScholarlyArticle",
        "headline": page.title,
        "name": page.title,
        "inLanguage": "nl",
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
    "actual_end", "version", "url",
]  # fmt: skip
RESEARCH_COLUMNS = [
    "title", "plain_title", "authors", "organisation", "publication_date", "doi",
    "study_design", "evidence_level", "level", "principles", "themes", "regions", "url",
]  # fmt: skip


def _tags(page) -> dict:
    return {
        "principles": " ".join(p.code for p in page.principles.all()),
        "themes": " ".join(t.slug for t in page.themes.all()),
        "regions": " ".join(r.slug for r in page.regions.all()),
    }


def _safe(value) -> str:
    """Neutralise spreadsheet formulas (CSV injection)."""
    text = "" if value is None else str(value)
    return "'" + text if text[:1] in ("=", "+", "-", "@", "\t", "\r") else text


def _csv_response(filename: str, columns: list[str], rows) -> HttpResponse:
    response = HttpResponse(content_type="text/csv; charset=utf-8")
    response["Content-Disposition"] = f'attachment; filename="{filename}"'
    response.write("\ufeff")  # so that spreadsheet programs read UTF-8
    writer = csv.DictWriter(response, fieldnames=columns)
    writer.writeheader()
    for row in rows:
        writer.writerow({k: _safe(v) for k, v in row.items()})
    return response


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
    }


def research_row(page: ResearchSummaryPage) -> dict:
    return {
        "title": page.title,
        "plain_title": page.plain_title,
        "authors": "; ".join(page.author_list),
        "organisation": page.organisation,
        "publication_date": page.publication_date or "",
        "doi": page.doi,
        "study_design": page.study_design,
        "evidence_level": page.get_evidence_level_display() if page.evidence_level else "",
        "level": page.level,
        **_tags(page),
        "url": page_url(page),
    }


def pilots_csv(queryset) -> HttpResponse:
    pages = queryset.prefetch_related("principles", "themes", "regions")
    return _csv_response("pilots.csv", PILOT_COLUMNS, (pilot_row(p) for p in pages))


def research_csv(queryset) -> HttpResponse:
    pages = queryset.prefetch_related("principles", "themes", "regions")
    return _csv_response("onderzoek.csv", RESEARCH_COLUMNS, (research_row(p) for p in pages))
