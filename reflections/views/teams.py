"""A member's teams: the list, a new team, the team page, leaving it, its read log and export."""

from django.contrib import messages
from django.db import transaction
from django.db.models import Count, Q
from django.http import HttpResponse
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext as _
from django.views.decorators.http import require_http_methods

from .. import access, exports
from ..audit import record_reads
from ..forms import TeamForm
from ..models import AgreedAction, Lesson, Membership, ReadRecord
from .base import confirm_page, confirmed, field_rows, private


@private
def my_teams(request):
    memberships = (
        Membership.objects.filter(user=request.user)
        .select_related("team")
        .annotate(
            open_lessons=Count("team__lessons", filter=Q(team__lessons__status="voorgesteld"))
        )
    )
    return render(request, "reflections/my_teams.html", {"memberships": memberships})


@private
def team_create(request):
    form = TeamForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        with transaction.atomic():
            team = form.save()
            Membership.objects.create(
                user=request.user, team=team, role=Membership.Role.COORDINATOR
            )
        messages.success(request, _("Het team is aangemaakt. U bent coördinator."))
        return redirect("reflections:team", team.pk)
    return render(
        request,
        "reflections/team_form.html",
        {
            "form": form,
            "findings": getattr(form, "findings", []),
            "rows": field_rows(form, ["name", "organisation", "level", "region"]),
        },
    )


@private
def team_detail(request, team_id):
    team, me = access.get_team_or_404(request.user, team_id)
    sessions = team.sessions.all()
    open_actions = AgreedAction.objects.filter(
        session__team=team, status=AgreedAction.Status.OPEN
    ).select_related("owner", "session")
    members = team.memberships.select_related("user").order_by("user__username")
    return render(
        request,
        "reflections/team.html",
        {
            "team": team,
            "me": me,
            "sessions": sessions,
            "open_actions": open_actions,
            "members": members,
            "proposed_lessons": team.lessons.filter(status=Lesson.Status.PROPOSED).count(),
        },
    )


@private
@require_http_methods(["GET", "POST"])
def leave_team(request, team_id):
    """GET (or a POST without ``confirm``) asks first; only the confirmation leaves."""
    team, me = access.get_team_or_404(request.user, team_id)
    refusal = None
    if me.is_coordinator and team.memberships.filter(role=Membership.Role.COORDINATOR).count() == 1:
        refusal = _("U bent de enige coördinator. Maak eerst een ander lid coördinator.")
    if confirmed(request):
        if refusal:
            messages.error(request, refusal)
            return redirect("reflections:team", team.pk)
        me.delete()
        messages.success(request, _("U heeft het team verlaten."))
        return redirect("reflections:home")
    return confirm_page(
        request,
        title=_("Team verlaten"),
        intro=_("U verlaat het team %(team)s.") % {"team": team.name},
        consequences=[
            _("U bent dan geen lid meer van dit team."),
            _("U kunt de reflecties en afspraken van dit team daarna niet meer lezen."),
            _("Wat u schreef, blijft voor het team bewaard."),
            _("Wilt u later terug? Dan heeft u een nieuwe uitnodiging van een coördinator nodig."),
        ],
        action_url=reverse("reflections:leave", args=[team.pk]),
        fields={},
        button=_("Ja, team verlaten"),
        cancel_url=reverse("reflections:team", args=[team.pk]),
        refusal=refusal,
    )


@private
def audit(request, team_id):
    team, me = access.get_team_or_404(request.user, team_id, manage=True)
    records = team.read_records.select_related("user")[:500]
    return render(request, "reflections/audit.html", {"team": team, "records": records})


@private
def export(request, team_id, fmt):
    team, me = access.get_team_or_404(request.user, team_id, manage=True)
    sessions = list(
        access.readable_sessions(request.user)
        .filter(team=team)
        .prefetch_related("principles", "themes", "actions__owner", "guidance_links__page")
        .order_by("date", "pk")
    )
    if fmt == "md":
        body, content_type, action = (
            exports.to_markdown(team, sessions),
            "text/markdown",
            ReadRecord.Action.EXPORT_MD,
        )
    else:
        body, content_type, action = (
            exports.to_csv(sessions),
            "text/csv",
            ReadRecord.Action.EXPORT_CSV,
        )
    record_reads(request.user, sessions, action)
    response = HttpResponse(body, content_type=f"{content_type}; charset=utf-8")
    filename = f"reflecties-team-{team.pk}-{timezone.localdate():%Y-%m-%d}.{fmt}"
    response["Content-Disposition"] = f'attachment; filename="{filename}"'
    return response
