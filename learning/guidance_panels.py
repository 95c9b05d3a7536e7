"""What the learning room shows on guidance pages and sections (registered in cms.panels)."""

from django.template.loader import render_to_string

from cms.models import GuidancePage
from cms.panels import register_page_panel, register_section_panel
from cms.visibility import public_pages

from .models import PilotGuidanceLink, PilotPage, ResearchGuidanceLink, ResearchSummaryPage


def linked(page, anchor: str | None):
    """Public pilots and research that link to this guidance page (and anchor, if given)."""
    pilot_links = PilotGuidanceLink.objects.filter(guidance_id=page.pk)
    research_links = ResearchGuidanceLink.objects.filter(guidance_id=page.pk)
    if anchor is not None:
        pilot_links = pilot_links.filter(anchor=anchor)
        research_links = research_links.filter(anchor=anchor)
    pilots = public_pages(PilotPage.objects.filter(pk__in=pilot_links.values("page_id")))
    pilots = pilots.order_by("title")
    research = public_pages(
        ResearchSummaryPage.objects.filter(pk__in=research_links.values("page_id"))
    ).order_by("-publication_date")
    return list(pilots), list(research)


@register_section_panel
def section_learning(request, page, section) -> str:
    pilots, research = linked(page, section.get("anchor", ""))
    if not pilots and not research:
        return ""
    return render_to_string(
        "learning/includes/guidance_panel.html",
        {
            "pilots": pilots,
            "research": research,
            "anchor": section.get("anchor", ""),
            "whole": False,
        },
        request=request,
    )


@register_page_panel
def page_learning(request, page) -> str:
    if not isinstance(page, GuidancePage):
        return ""
    pilots, research = linked(page, "")
    if not pilots and not research:
        return ""
    return render_to_string(
        "learning/includes/guidance_panel.html",
        {"pilots": pilots, "research": research, "anchor": "", "whole": True},
        request=request,
    )
