"""Adapters turn the rooms' public records into search documents.

search reads the rooms; the rooms never call search. An adapter is registered per model;
any page subclassing cms TaggedPage without its own adapter gets the generic one, so pages
of other rooms (pilots, research summaries) are searchable as soon as they exist.
"""

import datetime as dt
import html
from dataclasses import dataclass, field

from django.utils.html import strip_tags
from wagtail.models import Page

from cms.markdown import render_markdown
from cms.models import GlossaryPage, GlossaryTerm, GuidancePage, InspirationPage
from cms.models.pages import TaggedPage
from cms.stream_text import stream_texts
from cms.visibility import is_public, public_pages
from cms.withdrawal import listed

from .models import DocType


@dataclass
class DocData:
    key: str
    type: str
    title: str
    url: str
    body: str
    date: dt.date | None = None
    year: int | None = None
    level: str = ""
    principles: list[str] = field(default_factory=list)
    pillars: list[str] = field(default_factory=list)
    themes: list[str] = field(default_factory=list)
    regions: list[str] = field(default_factory=list)
    extra_title: str = ""  # indexed with the title weight but not shown


def source_key(instance) -> str:
    return f"{instance._meta.label_lower}:{instance.pk}"


def markdown_text(text: str) -> str:
    """Markdown -> plain text for snippets (rendered through the one Markdown path)."""
    if not text:
        return ""
    rendered = render_markdown(text, glossary_hints=False)
    return " ".join(html.unescape(strip_tags(rendered)).split())


class Adapter:
    model = None

    def is_public(self, instance) -> bool:
        return True

    def documents(self, instance) -> list[DocData]:
        raise NotImplementedError

    def queryset(self):
        return self.model.objects.all()


class PageAdapter(Adapter):
    type = ""

    def is_public(self, page) -> bool:
        return is_public(page)

    def queryset(self):
        return public_pages(self.model.objects.all())

    def url(self, page) -> str:
        return page.get_url() or page.url_path

    def tags(self, page) -> dict:
        principles = list(page.principles.select_related("pillar"))
        date = _page_date(page)
        return {
            "level": page.level,
            "principles": [p.code for p in principles],
            "pillars": sorted({p.pillar.code for p in principles}),
            "themes": [t.slug for t in page.themes.all()],
            "regions": [r.slug for r in page.regions.all()],
            "date": date,
            "year": getattr(page, "year", None) or (date.year if date else None),
        }


def _page_date(page) -> dt.date | None:
    for name in ("published_on", "publication_date", "start_date", "valid_from", "date"):
        value = getattr(page, name, None)
        if isinstance(value, dt.datetime):
            return value.date()
        if isinstance(value, dt.date):
            return value
    stamp = page.last_published_at or page.first_published_at
    return stamp.date() if stamp else None


class GuidanceAdapter(PageAdapter):
    """One document per section: a hit lands on the section's anchor."""

    model = GuidancePage

    # A withdrawn page is public but no longer advice: it leaves the index (issue 14, item 3).
    def is_public(self, page) -> bool:
        return super().is_public(page) and not page.withdrawn

    def queryset(self):
        return listed(super().queryset())

    def documents(self, page) -> list[DocData]:
        tags = self.tags(page)
        url = self.url(page)
        docs = []
        for block in page.sections:
            value = block.value
            principles = [p for p in value["principles"] if p]
            themes = [t for t in value["themes"] if t]
            doc = DocData(
                key=f"{source_key(page)}#{value['anchor']}",
                type=DocType.GUIDANCE,
                title=f"{page.title} — {value['title']}",
                url=f"{url}#{value['anchor']}",
                # Item 7: the kern first, so a hit's snippet is the kern unless the query's
                # words are elsewhere (the snippet is the first passage with the most of them).
                body=" ".join(
                    filter(
                        None,
                        [
                            markdown_text(value.get("kern") or ""),
                            markdown_text(value["body"]),
                            page.summary,
                        ],
                    )
                ),
                **{**tags, "principles": list(tags["principles"]), "themes": list(tags["themes"])},
            )
            doc.principles += [p.code for p in principles if p.code not in doc.principles]
            doc.pillars = sorted(set(doc.pillars) | {p.pillar.code for p in principles})
            doc.themes += [t.slug for t in themes if t.slug not in doc.themes]
            docs.append(doc)
        return docs


class TaggedPageAdapter(PageAdapter):
    """Any TaggedPage: title, summary and every text field Wagtail indexes."""

    TYPES = {
        "inspirationpage": DocType.INSPIRATION,
        "pilotpage": DocType.PILOT,
        "researchsummarypage": DocType.RESEARCH,
    }
    SKIP = {"title", "summary", "slug", "seo_title", "search_description"}

    def __init__(self, model):
        self.model = model

    def documents(self, page) -> list[DocData]:
        texts = [page.summary]
        for search_field in page.get_search_fields():
            name = getattr(search_field, "field_name", "")
            if name in self.SKIP or not hasattr(search_field, "boost"):
                continue
            texts.append(_text_of(getattr(page, name, "")))
        # The title the room's own list shows (a study: its plain Dutch title, TaggedPage
        # .list_title); an original title next to it is still found, with the title weight.
        title = page.list_title
        return [
            DocData(
                key=source_key(page),
                type=self.TYPES.get(page._meta.model_name, page._meta.model_name),
                title=title,
                url=self.url(page),
                body=" ".join(filter(None, (markdown_text(t) for t in texts if t))),
                extra_title=page.title if page.title != title else "",
                **self.tags(page),
            )
        ]


def _text_of(value) -> str:
    """Text of a field value: strings as they are, StreamField data flattened."""
    if value is None:
        return ""
    if isinstance(value, str):
        return value
    if hasattr(value, "raw_data"):  # a StreamValue
        return " ".join(text for _path, text in stream_texts(value))
    if hasattr(value, "all"):  # a related manager
        return " ".join(str(v) for v in value.all())
    return str(value)


class GlossaryAdapter(Adapter):
    model = GlossaryTerm

    def documents(self, term) -> list[DocData]:
        index = GlossaryPage.objects.live().first()
        base = (index.get_url() if index else None) or "/begrippen/"
        abbreviations = term.abbreviation_list
        title = f"{term.term} ({', '.join(abbreviations)})" if abbreviations else term.term
        return [
            DocData(
                key=source_key(term),
                type=DocType.TERM,
                title=title,
                url=f"{base}#{term.slug}",
                body=markdown_text(term.explanation),
                extra_title=" ".join(term.variant_list),
            )
        ]


# --- registry -------------------------------------------------------------------------------

ADAPTERS: dict[type, Adapter] = {}


def register(adapter: Adapter) -> Adapter:
    ADAPTERS[adapter.model] = adapter
    return adapter


register(GuidanceAdapter())
register(TaggedPageAdapter(InspirationPage))
register(GlossaryAdapter())


def adapter_for(instance) -> Adapter | None:
    model = type(instance)
    if model in ADAPTERS:
        return ADAPTERS[model]
    if isinstance(instance, Page) and not isinstance(instance, TaggedPage):
        instance = instance.specific_deferred if model is Page else instance
        model = type(instance)
        if model in ADAPTERS:
            return ADAPTERS[model]
    if isinstance(instance, TaggedPage) and not model._meta.abstract:
        return register(TaggedPageAdapter(model))
    return None


def all_adapters() -> list[Adapter]:
    """Registered adapters plus the generic one for every concrete TaggedPage model."""
    from django.apps import apps

    for model in apps.get_models():
        if issubclass(model, TaggedPage) and model not in ADAPTERS:
            register(TaggedPageAdapter(model))
    return list(ADAPTERS.values())
