"""What reflections tells the authors of a guidance page (issue 14, item 5; the
``guidance_author_facts`` hook of cms/hooks.py, registered in wagtail_hooks.py).

Per section: how many reflections linked it in the last 12 months and from how many teams,
through the one suppression rule (aggregates.sections_reach); the approved lessons; the
feedback with its state. Never the text of a reflection, nor who gave feedback.
"""

from django.template.loader import get_template
from django.urls import reverse

from .aggregates import MIN_SESSIONS, MIN_TEAMS, sections_reach
from .feedback import feedback_for_section
from .models import Lesson


def author_facts(request, page, anchors) -> dict[str, str]:
    anchors = [a for a in anchors if a]  # reflections link sections, not the whole page
    if not anchors:
        return {}
    reach = sections_reach(page, anchors)
    lessons: dict[str, list] = {}
    for lesson in Lesson.objects.filter(
        status=Lesson.Status.APPROVED, page=page, anchor__in=anchors
    ).order_by("-decided", "-pk"):
        lessons.setdefault(lesson.anchor, []).append(lesson)
    template = get_template("reflections/authors/facts.html")
    return {
        anchor: template.render(
            {
                "request": request,
                "reach": reach.get(anchor),
                "min_sessions": MIN_SESSIONS,
                "min_teams": MIN_TEAMS,
                "lessons": lessons.get(anchor, []),
                "feedback": feedback_for_section(page, anchor),
                "lessons_url": reverse("reflections:lessons"),
                "can_triage": request.user.has_perm("reflections.change_feedback"),
            }
        )
        for anchor in anchors
    }
