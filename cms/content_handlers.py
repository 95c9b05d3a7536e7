"""Content types of the knowledge base: guidance, inspiration and glossary terms."""

from django.db import transaction
from django.utils.text import slugify

from cms.content_io import (
    Batch,
    ContentError,
    ContentFile,
    ContentHandler,
    join_sections,
    read_date,
    read_level,
    read_principles,
    read_regions,
    read_themes,
    split_sections,
)
from cms.kern import kern_error
from cms.models import (
    Change,
    GlossaryTerm,
    GuidancePage,
    GuidanceVersion,
    InspirationPage,
    KnowledgeIndexPage,
    parse_number,
    version_errors,
)

TAG_FIELDS = ("principles", "themes", "regions")


class PageHandler(ContentHandler):
    """Pages live under one parent page of `parent_model`; a slug identifies a page there."""

    model = None
    parent_model = None

    def parent(self):
        parent = self.parent_model.objects.first()
        if parent is None:
            raise ContentError(
                "type",
                f"er is nog geen {self.parent_model._meta.verbose_name}-pagina om onder te "
                "plaatsen (voer eerst `manage.py setup_site` uit)",
            )
        return parent

    def common(self, doc: ContentFile) -> dict:
        """Fields every tagged page has; raises ContentError naming the field."""
        title = str(doc.required("title")).strip()
        return {
            "slug": doc.slug,
            "fields": {
                "title": title,
                "summary": doc.text("summary"),
                "level": read_level(doc),
            },
            "m2m": {
                "principles": read_principles(doc),
                "themes": read_themes(doc),
                "regions": read_regions(doc),
            },
        }

    def common_meta(self, page) -> dict:
        return {
            "title": page.title,
            "slug": page.slug,
            "summary": page.summary,
            "level": page.level,
            "principles": sorted(p.code for p in page.principles.all()),
            "themes": sorted(t.slug for t in page.themes.all()),
            "regions": sorted(r.slug for r in page.regions.all()),
        }

    def save(self, data: dict) -> str:
        parent = self.parent()
        page = self.model.objects.child_of(parent).filter(slug=data["slug"]).first()
        if page is None and parent.get_children().filter(slug=data["slug"]).exists():
            raise ContentError(
                "slug", f"'{data['slug']}' is al in gebruik voor een ander soort pagina"
            )
        created = page is None
        if created:
            page = self.model(slug=data["slug"])
        elif not self._differs(page, data):
            return "ongewijzigd"
        else:
            self.check_update(page, data)
        for name, value in data["fields"].items():
            setattr(page, name, value)
        for name, values in data["m2m"].items():
            getattr(page, name).set(values)
        with transaction.atomic():
            if created:
                parent.add_child(instance=page)
            page.save_revision().publish()
        return "nieuw" if created else "bijgewerkt"

    def check_update(self, page, data: dict) -> None:
        """Raise ContentError when this change of an existing page may not be saved."""

    def _differs(self, page, data, only=None) -> bool:
        for name, value in data["fields"].items():
            if only is not None and name not in only:
                continue
            current = getattr(page, name)
            if name == "sections":
                current = _section_summary(current)
                value = [
                    (
                        v["title"],
                        v["anchor"],
                        v["kern"],
                        v["body"],
                        sorted(v["principles"]),
                        sorted(v["themes"]),
                    )
                    for v in (block["value"] for block in value)
                ]
            if current != value:
                return True
        if only is not None:
            return False
        for name, values in data["m2m"].items():
            if {o.pk for o in getattr(page, name).all()} != {o.pk for o in values}:
                return True
        return False

    def pages(self):
        parent = self.parent_model.objects.first()
        if parent is None:  # nothing to export yet
            return self.model.objects.none()
        return self.model.objects.child_of(parent).order_by("slug")


def _section_summary(stream_value) -> list[tuple]:
    """What an import can change in the sections, comparable between page and file."""
    return [
        (
            v["title"],
            v["anchor"],
            v.get("kern") or "",  # item 7: a changed kern changes what readers read
            v["body"],
            sorted(p.pk for p in v["principles"] if p),
            sorted(t.pk for t in v["themes"] if t),
        )
        for v in (block.value for block in stream_value)
    ]


# What readers read: a change here needs a new version (tags, dates and owner do not).
VERSIONED_FIELDS = ("title", "summary", "sections")
# The front matter key for what cms.models.version_errors finds wrong.
VERSION_KEYS = {"version": "version", "change_type": "change_type", "change_note": "change_note"}


class GuidanceHandler(PageHandler):
    type_name = "guidance"
    model = GuidancePage
    parent_model = KnowledgeIndexPage

    def validate(self, doc: ContentFile, batch: Batch) -> dict:
        data = self.common(doc)
        kind = doc.text("kind")
        if kind not in GuidancePage.Kind.values:
            raise ContentError(
                "kind", f"'{kind}' is onbekend (kies uit {', '.join(GuidancePage.Kind.values)})"
            )
        data["fields"].update(
            kind=kind,
            version_label=self._version(doc),
            change_type=self._change_type(doc),
            change_note=doc.text("change_note"),
            valid_from=read_date(doc, "valid_from"),
            review_by=read_date(doc, "review_by"),
            owner_organisation=doc.text("owner"),
            sections=self._sections(doc),
        )
        return data

    def _version(self, doc: ContentFile) -> str:
        if isinstance(doc.meta.get("version"), float):
            # YAML reads 1.10 as the number 1.1: only a quoted version is what was written.
            raise ContentError("version", 'zet het nummer tussen aanhalingstekens, zoals "1.1"')
        number = doc.text("version")
        if number and parse_number(number) is None:
            raise ContentError(
                "version", f"'{number}' is geen versienummer (gebruik bijvoorbeeld 1.1)"
            )
        return number

    def _change_type(self, doc: ContentFile) -> str:
        change = doc.text("change_type")
        if change and change not in Change.values:
            raise ContentError(
                "change_type", f"'{change}' is onbekend (kies uit {', '.join(Change.values)})"
            )
        return change

    def save(self, data: dict) -> str:
        # item 3 review: `review_by` in a file dates the first review of a new page; after that
        # only a confirmed review moves it (cms/review.py), so an update keeps the page's date.
        page = self.model.objects.child_of(self.parent()).filter(slug=data["slug"]).first()
        if page is not None:
            data["fields"]["review_by"] = page.review_by
        return super().save(data)

    def check_update(self, page, data: dict) -> None:
        """A changed text of a page with versions needs a higher version, its kind and a
        note; the same checks as the page form (cms.guidance_form)."""
        fields = data["fields"]
        number = fields["version_label"]
        previous = GuidanceVersion.objects.filter(page=page).order_by("-major", "-minor").first()
        if previous is None and not number:
            return  # a page without versions
        if previous is not None and number == previous.number:
            if self._differs(page, data, only=VERSIONED_FIELDS):
                raise ContentError(
                    "version",
                    f"de tekst is veranderd, maar de versie is nog {number}; geef een hoger "
                    "versienummer, een change_type (minor of major) en een change_note",
                )
            return
        errors = version_errors(previous, number, fields["change_type"], fields["change_note"])
        if errors:
            what, message = next(iter(errors.items()))
            raise ContentError(VERSION_KEYS[what], message)

    def _sections(self, doc: ContentFile) -> list:
        parts = split_sections(doc.body)
        if not parts:
            raise ContentError("body", "een richtlijn heeft minstens één sectie met een kop '## '")
        meta = doc.meta.get("sections") or [{} for _ in parts]
        if not isinstance(meta, list) or len(meta) != len(parts):
            raise ContentError(
                "sections",
                f"{len(meta) if isinstance(meta, list) else 'geen lijst'} sectie(s) in de front "
                f"matter, maar {len(parts)} kop(pen) '## ' in de tekst",
            )
        blocks = []
        for number, ((title, text), extra) in enumerate(zip(parts, meta, strict=True), 1):
            if not isinstance(extra, dict):
                raise ContentError(
                    f"sections[{number}]", "moet velden hebben (anchor, kern, principles, themes)"
                )
            section = ContentFile(doc.path, extra, "")
            anchor = section.text("anchor") or slugify(title)
            if anchor != slugify(anchor):
                raise ContentError(f"sections[{number}].anchor", f"'{anchor}' is geen geldig anker")
            kern = section.text("kern")  # item 7
            if message := kern_error(kern):
                raise ContentError(f"sections[{number}].kern", f"sectie '{title}': {message}")
            blocks.append(
                {
                    "type": "section",
                    "value": {
                        "title": title,
                        "anchor": anchor,
                        "kern": kern,
                        "body": text,
                        "principles": [p.pk for p in read_principles(section)],
                        "themes": [t.pk for t in read_themes(section)],
                    },
                }
            )
        return blocks

    def export(self):
        items = []
        for page in self.pages():
            meta = {
                **self.common_meta(page),
                "kind": page.kind,
                "version": page.version_label,
                "change_type": page.change_type,
                "change_note": page.change_note,
                "valid_from": page.valid_from,
                "review_by": page.review_by,
                "owner": page.owner_organisation,
                "sections": [
                    {
                        "anchor": b.value["anchor"],
                        **({"kern": b.value["kern"]} if b.value.get("kern") else {}),  # item 7
                        "principles": sorted(p.code for p in b.value["principles"] if p),
                        "themes": sorted(t.slug for t in b.value["themes"] if t),
                    }
                    for b in page.sections
                ],
            }
            body = join_sections([(b.value["title"], b.value["body"]) for b in page.sections])
            items.append((page.slug, meta, body))
        return items


class InspirationHandler(PageHandler):
    type_name = "inspiration"
    model = InspirationPage
    parent_model = KnowledgeIndexPage
    headings = {str(label): name for name, label in InspirationPage.STORY_FIELDS}

    def validate(self, doc: ContentFile, batch: Batch) -> dict:
        data = self.common(doc)
        data["fields"]["contact_organisation"] = doc.text("contact")
        story = {name: "" for name in self.headings.values()}
        for title, text in split_sections(doc.body):
            if title not in self.headings:
                raise ContentError(
                    "body", f"kop '## {title}' is onbekend (gebruik {', '.join(self.headings)})"
                )
            story[self.headings[title]] = text
        data["fields"].update(story)
        return data

    def export(self):
        items = []
        for page in self.pages():
            meta = {**self.common_meta(page), "contact": page.contact_organisation}
            body = join_sections([(str(label), text) for label, text in page.story() if text])
            items.append((page.slug, meta, body))
        return items


class GlossaryTermHandler(ContentHandler):
    type_name = "term"
    order = 10

    def validate(self, doc: ContentFile, batch: Batch) -> dict:
        term = str(doc.required("title")).strip()
        explanation = doc.body.strip()
        if not explanation:
            raise ContentError("body", "de uitleg van het begrip ontbreekt")
        related = doc.words("related")
        known = batch.slugs("term") | set(GlossaryTerm.objects.values_list("slug", flat=True))
        unknown = [r for r in related if r not in known]
        if unknown:
            raise ContentError("related", f"onbekend begrip: {', '.join(unknown)}")
        return {
            "slug": doc.slug,
            "term": term,
            "abbreviations": ", ".join(doc.words("abbreviations")),
            "variants": ", ".join(doc.words("variants")),
            "explanation": explanation,
            "related": related,
        }

    def save(self, data: dict) -> str:
        term, created = GlossaryTerm.objects.get_or_create(
            slug=data["slug"], defaults={"term": data["term"], "explanation": data["explanation"]}
        )
        fields = ("term", "abbreviations", "variants", "explanation")
        changed = created or any(getattr(term, f) != data[f] for f in fields)
        for f in fields:
            setattr(term, f, data[f])
        term.full_clean(exclude=["related"])
        term.save()
        known = set(term.related.values_list("slug", flat=True))
        changed = changed or not set(data["related"]) <= known
        return "nieuw" if created else ("bijgewerkt" if changed else "ongewijzigd")

    def after_import(self, saved: list[dict]) -> None:
        # Links are made once every term of the run exists; they are symmetrical, so a link
        # is only ever added here (an editor removes one in the admin).
        by_slug = GlossaryTerm.objects.in_bulk([d["slug"] for d in saved], field_name="slug")
        for data in saved:
            related = GlossaryTerm.objects.filter(slug__in=data["related"])
            by_slug[data["slug"]].related.add(*related)

    def export(self):
        return [
            (
                t.slug,
                {
                    "title": t.term,
                    "slug": t.slug,
                    "abbreviations": t.abbreviation_list,
                    "variants": t.variant_list,
                    "related": sorted(r.slug for r in t.related.all()),
                },
                t.explanation,
            )
            for t in GlossaryTerm.objects.order_by("slug").prefetch_related("related")
        ]
