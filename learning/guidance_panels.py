"""What the learning room shows on guidance pages and sections (registered in cms.panels)."""

from django.template.loader import get_template

from cms.models import GuidancePage
from cms.panels import register_page_panel, register_section_panel
from cms.visibility import public_pages

from .models import PilotGuidanceLink, PilotPage, ResearchGuidanceLink, ResearchSummaryPage

WHOLE_PAGE = ""  # the anchor of a link to the whole guidance page


def linked(request, page) -> dict[str, tuple[list, list]]:
    """Public pilots (by title) and research (newest first) that link to this guidance page,
    by anchor: one query per kind for the whole page, shared by the section panels and the
    page panel of one request."""
    memo = request.__dict__.setdefault("_learning_linked", {}) if request is not None else {}
    if page.pk not in memo:
        pilots = _by_anchor(
            PilotGuidanceLink.objects.filter(
                guidance_id=page.pk, page__in=public_pages(PilotPage.objects.all())
            ).order_by("page__title", "page_id"),
            "status",
        )
        research = _by_anchor(
            ResearchGuidanceLink.objects.filter(
                guidance_id=page.pk, page__in=public_pages(ResearchSummaryPage.objects.all())
            ).order_by("-page__publication_date", "page_id"),
            "plain_title",
            "evidence_level",
        )
        memo[page.pk] = {
            anchor: (pilots.get(anchor, []), research.get(anchor, []))
            for anchor in {*pilots, *research}
        }
    return memo[page.pk]


def _by_anchor(links, *shown: str) -> dict[str, list]:
    """Pages by anchor, with only the columns the panel shows (a page row is wide)."""
    columns = ("title", "url_path", *shown)
    grouped: dict[str, dict] = {}
    links = links.select_related("page").only("anchor", "page", *(f"page__{c}" for c in columns))
    for link in links:
        grouped.setdefault(link.anchor, {}).setdefault(link.page_id, link.page)
    return {anchor: list(pages.values()) for anchor, pages in grouped.items()}


def _panel(request, pilots, research, anchor, whole) -> str:
    # A plain context with the request (for pageurl): the template needs no context
    # processors, and running them for every section adds up on a long page.
    return get_template("learning/includes/guidance_panel.html").render(
        {"request": request, "pilots": pilots, "research": research, "anchor": anchor,
         "whole": whole}
    )  # fmt: skip


@register_section_panel
def section_learning(request, page, sections) -> dict[str, str]:
    if not isinstance(page, GuidancePage) or not page.pk:
        return {}
    by_anchor = linked(request, page)
    html = {}
    for section in sections:
        anchor = section.get("anchor", "")
        if anchor and anchor in by_anchor:
            html[anchor] = _panel(request, *by_anchor[anchor], anchor=anchor, whole=False)
    return html


@register_page_panel
def page_learning(request, page) -> str:
    if not isinstance(page, GuidancePage) or not page.pk:
        return ""
    if WHOLE_PAGE not in linked(request, page):
        return ""
    return _panel(request, *linked(request, page)[WHOLE_PAGE], anchor="", whole=True)
