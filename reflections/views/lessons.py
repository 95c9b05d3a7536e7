"""Lessons: proposed from a reflection, reviewed by the coordinator, the public learning pool."""

from django.contrib import messages
from django.db import transaction
from django.shortcuts import get_object_or_404, redirect, render
from django.utils import timezone
from django.utils.translation import gettext as _

from cms.models import GuidancePage, Level, Principle, Theme
from cms.validation import parse_id
from cms.visibility import public_pages

from .. import access
from ..filters import LessonFilter
from ..forms import LessonForm
from ..models import Lesson
from ..screening import findings_for
from .base import field_rows, private


@private
def lesson_propose(request, pk):
    session = access.get_readable_session_or_404(request.user, pk)
    form = LessonForm(
        request.POST or None,
        session=session,
        initial={"principles": session.principles.all(), "themes": session.themes.all()},
    )
    if request.method == "POST" and form.is_valid():
        lesson = form.save(commit=False)
        lesson.team = session.team
        lesson.session = session
        lesson.proposed_by = request.user
        if ref := form.cleaned_data["section"]:
            lesson.page, lesson.anchor = ref.page, ref.anchor
        with transaction.atomic():
            lesson.save()
            form.save_m2m()
        messages.success(request, _("De les is voorgesteld. De coördinator beoordeelt hem."))
        return redirect("reflections:session", session.pk)
    return render(
        request,
        "reflections/lesson_form.html",
        {
            "session": session,
            "team": session.team,
            "form": form,
            "findings": getattr(form, "findings", []),
            "rows": field_rows(form, ["text", "section", "level", "principles", "themes"]),
        },
    )


@private
def lesson_review(request, team_id):
    team, me = access.get_team_or_404(request.user, team_id, manage=True)
    if request.method == "POST":
        lesson = get_object_or_404(
            Lesson,
            pk=parse_id(request.POST.get("lesson", "")),
            team=team,
            status=Lesson.Status.PROPOSED,
        )
        decision = request.POST.get("decision")
        if decision == "approve":
            if findings_for("text", _("les"), lesson.text):
                messages.error(
                    request,
                    _("Deze les bevat mogelijk gegevens van een gezin. Hij wordt niet openbaar."),
                )
                return redirect("reflections:lesson_review", team.pk)
            lesson.status = Lesson.Status.APPROVED
        elif decision == "reject":
            lesson.status = Lesson.Status.REJECTED
        else:
            messages.error(request, _("Kies goedkeuren of afwijzen."))
            return redirect("reflections:lesson_review", team.pk)
        lesson.decided_by = request.user
        lesson.decided = timezone.now()
        lesson.save()
        messages.success(request, _("Uw besluit is opgeslagen."))
        return redirect("reflections:lesson_review", team.pk)
    lessons = team.lessons.prefetch_related("principles", "themes").order_by("-proposed")
    return render(request, "reflections/lesson_review.html", {"team": team, "lessons": lessons})


def lessons_public(request):
    """The public learning pool: approved lessons only, never a team or a session."""
    lessons = (
        Lesson.objects.filter(status=Lesson.Status.APPROVED)
        .prefetch_related("principles", "themes")
        .select_related("page")
        .order_by("-decided")
    )
    filters = LessonFilter(request.GET, lessons)
    lessons = list(filters.qs)  # lenient: a bad value never answers 400 here
    # A lesson links to its guidance page only while that page is public.
    public_ids = set(
        public_pages(GuidancePage.objects.filter(pk__in=[x.page_id for x in lessons])).values_list(
            "pk", flat=True
        )
    )
    for lesson in lessons:
        lesson.public_ref = lesson.ref if lesson.page_id in public_ids else None
    return render(
        request,
        "reflections/lessons_public.html",
        {
            "lessons": lessons,
            "principles": Principle.objects.all(),
            "themes": Theme.objects.all(),
            "levels": Level.choices,
            "selected": filters.form.cleaned_data,
        },
    )
