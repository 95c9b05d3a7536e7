"""'In de praktijk' under each guidance section (registered in cms.panels by AppConfig.ready)."""

from django.template.loader import render_to_string

from .aggregates import section_usage
from .models import Lesson


def in_practice(request, page, section) -> str:
    anchor = section.get("anchor") if hasattr(section, "get") else None
    if not anchor or not getattr(page, "pk", None):
        return ""
    lessons = (
        Lesson.objects.filter(status=Lesson.Status.APPROVED, guidance_page=page, anchor=anchor)
        .prefetch_related("principles", "themes")
        .order_by("-decided")[:5]
    )
    return render_to_string(
        "reflections/section_panel.html",
        {"usage": section_usage(page, anchor), "lessons": lessons, "anchor": anchor},
        request=request,
    )
