"""The one place that decides who may read a reflection and who manages a team.

Only members read and write their team's reflections. Coordinators are members who also
manage the team. Editors, staff and superusers get nothing here by their rank alone.
"""

from django.http import Http404

from .models import Membership, ReflectionSession, Team


def _authenticated(user) -> bool:
    return bool(user and user.is_authenticated and user.is_active)


def membership(user, team) -> Membership | None:
    if not _authenticated(user):
        return None
    return Membership.objects.filter(user=user, team=team).first()


def teams_of(user):
    if not _authenticated(user):
        return Team.objects.none()
    return Team.objects.filter(memberships__user=user).distinct()


def readable_sessions(user):
    """Every reflection this user may read: those of the teams they are a member of."""
    if not _authenticated(user):
        return ReflectionSession.objects.none()
    return ReflectionSession.objects.filter(team__memberships__user=user).distinct()


def can_read(user, session) -> bool:
    return membership(user, session.team_id) is not None


def can_write(user, team) -> bool:
    return membership(user, team) is not None


def can_manage(user, team) -> bool:
    m = membership(user, team)
    return m is not None and m.is_coordinator


def get_readable_session_or_404(user, pk) -> ReflectionSession:
    """The session, or 404 — never 403, so that a URL does not reveal that it exists."""
    session = readable_sessions(user).filter(pk=pk).select_related("team").first()
    if session is None:
        raise Http404
    return session


def get_team_or_404(user, pk, manage=False) -> tuple[Team, Membership]:
    m = (
        Membership.objects.filter(user=user, team_id=pk).select_related("team").first()
        if _authenticated(user)
        else None
    )
    if m is None or (manage and not m.is_coordinator):
        raise Http404
    return m.team, m
