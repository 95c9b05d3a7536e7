"""Import/export of pilots (`type: pilot`) and research summaries (`type: research`)."""

import re

from cms.content_handlers import PageHandler
from cms.content_io import (
    Batch,
    ContentError,
    ContentFile,
    join_sections,
    read_date,
    split_sections,
)
from cms.models import GuidancePage, SectionRef

from .models import (
    DOI_PATTERN,
    EvidenceLevel,
    PilotGuidanceLink,
    PilotPage,
    PilotRegistryPage,
    PublicationLanguage,
    ResearchAuthor,
    ResearchGuidanceLink,
    ResearchIndexPage,
    ResearchSummaryPage,
)

EVIDENCE_KEYS = {
    "goed-beschreven": EvidenceLevel.DESCRIBED,
    "goed-onderbouwd": EvidenceLevel.THEORY,
    "eerste-aanwijzingen": EvidenceLevel.FIRST_INDICATIONS,
    "goede-aanwijzingen": EvidenceLevel.GOOD_INDICATIONS,
    "sterke-aanwijzingen": EvidenceLevel.STRONG_INDICATIONS,
}
EVIDENCE_BY_VALUE = {v: k for k, v in EVIDENCE_KEYS.items()}
IMPORT_REASON = "Bijgewerkt via import"


def _choice(doc: ContentFile, key: str, choices, default: str = "") -> str:
    value = doc.text(key) or default
    if value and value not in choices:
        raise ContentError(key, f"'{value}' is onbekend (kies uit {', '.join(choices)})")
    return value


def _body_fields(doc: ContentFile, headings: dict[str, str]) -> dict[str, str]:
    values = {name: "" for name in headings.values()}
    for title, text in split_sections(doc.body):
        if title not in headings:
            raise ContentError(
                "body", f"kop '## {title}' is onbekend (gebruik {', '.join(headings)})"
            )
        values[headings[title]] = text
    return values


class LinkedPageHandler(PageHandler):
    """Adds guidance links (`guidance: [{page: slug, anchor: ...}]`) to PageHandler."""

    link_model = None

    def guidance_links(self, doc: ContentFile) -> list[tuple[int, str]]:
        value = doc.meta.get("guidance") or []
        if not isinstance(value, list):
            raise ContentError("guidance", "moet een lijst zijn van {page, anchor}")
        links = []
        for number, item in enumerate(value, 1):
            if isinstance(item, str):
                item = {"page": item}
            if not isinstance(item, dict) or not item.get("page"):
                raise ContentError(
                    f"guidance[{number}]", "heeft een 'page' (slug van een richtlijn) nodig"
                )
            page = GuidancePage.objects.filter(slug=str(item["page"])).first()
            if page is None:
                raise ContentError(
                    f"guidance[{number}].page", f"onbekende richtlijn: {item['page']}"
                )
            anchor = str(item.get("anchor") or "")
            if anchor and SectionRef(page, anchor).section is None:
                raise ContentError(
                    f"guidance[{number}].anchor",
                    f"richtlijn '{page.slug}' heeft geen sectie '{anchor}'",
                )
            links.append((page.pk, anchor))
        return links

    def _current_links(self, page) -> list[tuple[int, str]]:
        return [(link.page_id, link.anchor) for link in page.guidance_links.all()]

    def _differs(self, page, data) -> bool:
        fields = {k: v for k, v in data["fields"].items() if k != "guidance_links"}
        return super()._differs(page, {**data, "fields": fields}) or (
            self._current_links(page) != data["links"]
        )

    def save(self, data: dict) -> str:
        links = [
            self.link_model(page_id=pk, anchor=anchor, sort_order=i)
            for i, (pk, anchor) in enumerate(data["links"])
        ]
        return super().save({**data, "fields": {**data["fields"], "guidance_links": links}})

    def export_links(self, page) -> list[dict]:
        return [
            {"page": link.page.slug, **({"anchor": link.anchor} if link.anchor else {})}
            for link in page.guidance_links.all()
        ]


class PilotHandler(LinkedPageHandler):
    type_name = "pilot"
    order = 60
    model = PilotPage
    parent_model = PilotRegistryPage
    link_model = PilotGuidanceLink
    headings = {
        "Probleem": "problem",
        "Doel": "aim",
        "Onderzoeksvraag": "research_question",
        "Wat we uitproberen": "intervention",
        "Evaluatie": "evaluation_design",
        "Uitkomstmaten": "outcome_measures",
        "Ethiek en privacy": "ethics_review",
        "Resultaten": "results_summary",
        "Lessen": "lessons",
    }
    dates = ("planned_start", "planned_end", "actual_start", "actual_end")

    def validate(self, doc: ContentFile, batch: Batch) -> dict:
        data = self.common(doc)
        fields = data["fields"]
        fields.update(
            kind=_choice(doc, "kind", PilotPage.Kind.values, PilotPage.Kind.PILOT),
            status=_choice(doc, "status", PilotPage.Status.values, PilotPage.Status.PREPARING),
            stop_reason=doc.text("stop_reason"),
            lead_organisation=doc.text("lead"),
            partners="\n".join(doc.words("partners")),
            contact_email=doc.text("contact"),
            funding=doc.text("funding"),
            expected_size=doc.text("expected_size"),
            **{name: read_date(doc, name) for name in self.dates},
            **_body_fields(doc, self.headings),
        )
        page = PilotPage(**fields)
        page.clean()  # date order and stop reason, reported with the field name
        data["links"] = self.guidance_links(doc)
        return data

    def save(self, data: dict) -> str:
        parent = self.parent()
        existing = self.model.objects.child_of(parent).filter(slug=data["slug"]).first()
        if existing is not None and self._differs(existing, data):
            data["fields"] = {
                **data["fields"],
                "change_reason": IMPORT_REASON,
                "change_classification": PilotPage.Change.MINOR,
            }
        return super().save(data)

    def export(self):
        items = []
        for page in self.pages():
            meta = {
                **self.common_meta(page),
                "kind": page.kind,
                "status": page.status,
                "stop_reason": page.stop_reason,
                "lead": page.lead_organisation,
                "partners": page.partner_list(),
                "contact": page.contact_email,
                "funding": page.funding,
                "expected_size": page.expected_size,
                **{name: getattr(page, name) for name in self.dates},
                "guidance": self.export_links(page),
            }
            body = join_sections(
                [(h, getattr(page, n)) for h, n in self.headings.items() if getattr(page, n)]
            )
            items.append((page.slug, meta, body))
        return items


class ResearchHandler(LinkedPageHandler):
    type_name = "research"
    order = 70
    model = ResearchSummaryPage
    parent_model = ResearchIndexPage
    link_model = ResearchGuidanceLink
    headings = {
        "In gewone taal": "plain_summary",
        "Belangrijkste bevindingen": "key_findings",
        "Wat betekent dit voor de praktijk": "practice_implications",
        "Beperkingen": "limitations",
    }

    def validate(self, doc: ContentFile, batch: Batch) -> dict:
        data = self.common(doc)
        doi = doc.text("doi")
        if doi and not re.match(DOI_PATTERN, doi):
            raise ContentError("doi", f"'{doi}' is geen geldige DOI (zoals 10.5555/tsk-demo-001)")
        evidence = doc.text("evidence")
        if evidence and evidence not in EVIDENCE_KEYS:
            raise ContentError(
                "evidence", f"'{evidence}' is onbekend (kies uit {', '.join(EVIDENCE_KEYS)})"
            )
        pilot_slugs = doc.words("pilots")
        pilots = {p.slug: p for p in PilotPage.objects.filter(slug__in=pilot_slugs)}
        missing = [s for s in pilot_slugs if s not in pilots]
        if missing:
            raise ContentError("pilots", f"onbekende pilot: {', '.join(missing)}")
        data["fields"].update(
            plain_title=doc.text("plain_title"),
            organisation=doc.text("organisation"),
            publication_date=read_date(doc, "date"),
            doi=doi,
            link=doc.text("link"),
            language=_choice(
                doc, "language", PublicationLanguage.values, PublicationLanguage.DUTCH
            ),
            study_design=doc.text("design"),
            sample=doc.text("sample"),
            evidence_level=EVIDENCE_KEYS[evidence] if evidence else None,
            **_body_fields(doc, self.headings),
        )
        data["m2m"]["pilots"] = [pilots[s] for s in pilot_slugs]
        data["links"] = self.guidance_links(doc)
        data["authors"] = [name for name in doc.words("authors") if name]
        return data

    def _differs(self, page, data) -> bool:
        fields = {k: v for k, v in data["fields"].items() if k != "authors"}
        return super()._differs(page, {**data, "fields": fields}) or (
            page.author_list != data["authors"]
        )

    def save(self, data: dict) -> str:
        authors = [ResearchAuthor(name=n, sort_order=i) for i, n in enumerate(data["authors"])]
        return super().save({**data, "fields": {**data["fields"], "authors": authors}})

    def export(self):
        items = []
        for page in self.pages():
            meta = {
                **self.common_meta(page),
                "plain_title": page.plain_title,
                "authors": page.author_list,
                "organisation": page.organisation,
                "date": page.publication_date,
                "doi": page.doi,
                "link": page.link,
                "language": page.language,
                "design": page.study_design,
                "sample": page.sample,
                "evidence": EVIDENCE_BY_VALUE.get(page.evidence_level, ""),
                "pilots": sorted(p.slug for p in page.pilots.all()),
                "guidance": self.export_links(page),
            }
            body = join_sections(
                [(h, getattr(page, n)) for h, n in self.headings.items() if getattr(page, n)]
            )
            items.append((page.slug, meta, body))
        return items
