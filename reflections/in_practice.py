"""'In de praktijk' under each guidance section (the guidance_section_panels hook of
cms/hooks.py, registered in wagtail_hooks.py)."""

from django.db.models import F, Window
from django.db.models.functions import RowNumber
from django.template.loader import get_template

from .aggregates import sections_usage
from .models import Lesson

LESSONS_PER_SECTION = 5


def in_practice(request, page, sections) -> dict[str, str]:
    """For every section: how often teams named it, and its latest approved lessons.
    Two queries for the whole page, however many sections it has."""
    anchors = [s.get("anchor") for s in sections if hasattr(s, "get") and s.get("anchor")]
    if not anchors or not getattr(page, "pk", None):
        return {}
    usage = sections_usage(page, anchors)
    lessons = _latest_lessons(page, anchors)
    # A plain context with the request in it: the template needs no context processors,
    # and running them for every section is a large part of the cost of a long page.
    template = get_template("reflections/section_panel.html")
    return {
        anchor: template.render(
            {
                "request": request,
                "usage": usage.get(anchor),
                "lessons": lessons.get(anchor, []),
                "anchor": anchor,
            }
        )
        for anchor in anchors
    }


def _latest_lessons(page, anchors) -> dict[str, list]:
    """The newest approved lessons per anchor, at most LESSONS_PER_SECTION each, in one query
    (a row number per anchor, so a section with many lessons sends no more than it shows)."""
    ranked = (
        Lesson.objects.filter(status=Lesson.Status.APPROVED, page=page, anchor__in=anchors)
        .annotate(
            rank=Window(
                RowNumber(),
                partition_by=F("anchor"),
                order_by=[F("decided").desc(), F("pk").desc()],
            )
        )
        .filter(rank__lte=LESSONS_PER_SECTION)
        .order_by("anchor", "rank")
    )
    by_anchor: dict[str, list] = {}
    for lesson in ranked:
        by_anchor.setdefault(lesson.anchor, []).append(lesson)
    return by_anchor
