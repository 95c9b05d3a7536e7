"""What the learning room shows on guidance pages and sections (the guidance panel hooks of
cms/hooks.py, registered in wagtail_hooks.py)."""

from django.template.loader import get_template

from cms.content_version import PerVersion
from cms.models import GuidancePage
from cms.visibility import public_pages

from .models import PilotGuidanceLink, PilotPage, ResearchGuidanceLink, ResearchSummaryPage

WHOLE_PAGE = ""  # the anchor of a link to the whole guidance page


def _read_links() -> dict[int, dict[str, tuple[list, list]]]:
    """Public pilots (by title) and research (newest first) that link to a guidance page, by
    guidance page and anchor: two queries for the whole site, once per process and content
    token. A link changes only with a publish of its pilot or research page, which bumps the
    token, so a guidance page shows its panels without a query of its own."""
    links: dict[int, dict[str, tuple[list, list]]] = {}
    pilots = PilotGuidanceLink.objects.filter(source__in=public_pages(PilotPage.objects.all()))
    research = ResearchGuidanceLink.objects.filter(
        source__in=public_pages(ResearchSummaryPage.objects.all())
    )
    kinds = (
        (pilots.order_by("source__title", "source_id"), ("status",)),
        (
            research.order_by("-source__publication_date", "source_id"),
            ("plain_title", "evidence_level"),
        ),
    )
    for slot, (kind_links, shown) in enumerate(kinds):
        # Only the columns the panel shows: a page row is wide, and these stay in memory.
        columns = ("title", "url_path", *shown)
        rows = kind_links.select_related("source").only(
            "page", "anchor", "source", *(f"source__{c}" for c in columns)
        )
        for link in rows:
            pages = links.setdefault(link.page_id, {}).setdefault(link.anchor, ([], []))[slot]
            if link.source not in pages:  # a page linked twice to one anchor shows once
                pages.append(link.source)
    return links


_links = PerVersion(_read_links)


def linked(page) -> dict[str, tuple[list, list]]:
    """(pilots, research) by anchor for one guidance page."""
    return _links().get(page.pk, {})


def _panel(request, pilots, research, anchor, whole) -> str:
    # A plain context with the request (for pageurl): the template needs no context
    # processors, and running them for every section adds up on a long page.
    return get_template("learning/includes/guidance_panel.html").render(
        {
            "request": request,
            "pilots": pilots,
            "research": research,
            "anchor": anchor,
            "whole": whole,
        }
    )


def section_learning(request, page, sections) -> dict[str, str]:
    if not isinstance(page, GuidancePage) or not page.pk:
        return {}
    by_anchor = linked(page)
    html = {}
    for section in sections:
        anchor = section.get("anchor", "")
        if anchor and anchor in by_anchor:
            html[anchor] = _panel(request, *by_anchor[anchor], anchor=anchor, whole=False)
    return html


def page_learning(request, page) -> str:
    if not isinstance(page, GuidancePage) or not page.pk:
        return ""
    by_anchor = linked(page)
    if WHOLE_PAGE not in by_anchor:
        return ""
    return _panel(request, *by_anchor[WHOLE_PAGE], anchor="", whole=True)
