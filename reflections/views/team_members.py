"""Members of a team: invitations, roles, removal (asked first), and accepting an invitation."""

from django.contrib import messages
from django.db import transaction
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext as _
from django.views.decorators.http import require_GET

from cms.site_url import absolute_url
from cms.validation import parse_id

from .. import access
from ..audit import record_join
from ..forms import InvitationForm, RoleForm
from ..models import Invitation, Membership
from .base import confirm_page, confirmed, private


@private
def members(request, team_id):
    team, me = access.get_team_or_404(request.user, team_id, manage=True)
    invite_form = InvitationForm()
    new_invitation = None
    if request.method == "POST":
        action = request.POST.get("action")
        if action == "invite":
            invite_form = InvitationForm(request.POST)
            if invite_form.is_valid():
                new_invitation = invite_form.save(commit=False)
                new_invitation.team = team
                new_invitation.invited_by = request.user
                new_invitation.save()
                invite_form = InvitationForm()
        elif action in ("role", "remove"):
            target = get_object_or_404(
                Membership, pk=parse_id(request.POST.get("membership", "")), team=team
            )
            if action == "remove" and not confirmed(request):
                return redirect("reflections:remove_member", team.pk, target.pk)
            error = _change_member(target, action, request.POST)
            if error:
                messages.error(request, error)
            else:
                messages.success(request, _("De wijziging is opgeslagen."))
            return redirect("reflections:members", team.pk)
        elif action == "revoke":
            invitation = get_object_or_404(
                Invitation,
                pk=parse_id(request.POST.get("invitation", "")) or 0,
                team=team,
                accepted__isnull=True,
            )
            if not confirmed(request):
                return redirect("reflections:revoke_invitation", team.pk, invitation.pk)
            invitation.delete()
            messages.success(request, _("De uitnodiging is ingetrokken."))
            return redirect("reflections:members", team.pk)
    invitations = [i for i in team.invitations.filter(accepted__isnull=True) if i.is_open]
    invite_url = (
        absolute_url(reverse("reflections:accept", args=[new_invitation.token]))
        if new_invitation
        else None
    )
    return render(
        request,
        "reflections/members.html",
        {
            "team": team,
            "me": me,
            "members": team.memberships.select_related("user").order_by("user__username"),
            "roles": Membership.Role.choices,
            "invite_form": invite_form,
            "invite_url": invite_url,
            "invitations": invitations,
        },
    )


@private
@require_GET
def remove_member(request, team_id, membership_id):
    """Asks before a member is removed; the confirmation posts to ``members``."""
    team, me = access.get_team_or_404(request.user, team_id, manage=True)
    target = get_object_or_404(
        Membership.objects.select_related("user"), pk=membership_id, team=team
    )
    name = target.user.get_full_name() or target.user.username
    last = target.is_coordinator and team.memberships.filter(role=target.role).count() == 1
    return confirm_page(
        request,
        title=_("Lid uit het team halen"),
        intro=_("U haalt %(name)s uit het team %(team)s.") % {"name": name, "team": team.name},
        consequences=[
            _("%(name)s is dan geen lid meer van dit team.") % {"name": name},
            _("%(name)s kan de reflecties en afspraken van dit team daarna niet meer lezen.")
            % {"name": name},
            _("Wat %(name)s schreef, blijft voor het team bewaard.") % {"name": name},
        ],
        action_url=reverse("reflections:members", args=[team.pk]),
        fields={"action": "remove", "membership": target.pk},
        button=_("Ja, uit het team halen"),
        cancel_url=reverse("reflections:members", args=[team.pk]),
        refusal=_("Een team heeft minstens één coördinator nodig.") if last else None,
    )


@private
@require_GET
def revoke_invitation(request, team_id, invitation_id):
    """Asks before an open invitation is revoked; the confirmation posts to ``members``."""
    team, me = access.get_team_or_404(request.user, team_id, manage=True)
    invitation = get_object_or_404(Invitation, pk=invitation_id, team=team, accepted__isnull=True)
    return confirm_page(
        request,
        title=_("Uitnodiging intrekken"),
        intro=_("U trekt de uitnodiging voor %(email)s in.") % {"email": invitation.email},
        consequences=[
            _("De link in deze uitnodiging werkt dan niet meer."),
            _("U kunt later een nieuwe uitnodiging maken."),
        ],
        action_url=reverse("reflections:members", args=[team.pk]),
        fields={"action": "revoke", "invitation": invitation.pk},
        button=_("Ja, uitnodiging intrekken"),
        cancel_url=reverse("reflections:members", args=[team.pk]),
    )


def _change_member(target, action, data):
    """Change a role or remove a member; a team always keeps one coordinator."""
    coordinators = target.team.memberships.filter(role=Membership.Role.COORDINATOR)
    last_coordinator = target.is_coordinator and coordinators.count() == 1
    if action == "remove":
        if last_coordinator:
            return _("Een team heeft minstens één coördinator nodig.")
        target.delete()
        return None
    form = RoleForm(data, instance=target)
    if not form.is_valid():
        return _("Kies een geldige rol.")
    if last_coordinator and form.cleaned_data["role"] != Membership.Role.COORDINATOR:
        return _("Een team heeft minstens één coördinator nodig.")
    form.save()
    return None


@private
def accept_invitation(request, token):
    invitation = Invitation.objects.select_related("team").filter(token=token).first()
    if invitation is None or not invitation.is_open:
        return render(request, "reflections/invitation_invalid.html", status=404)
    if not invitation.is_for(request.user):
        # The link alone is not enough; the invited address is not shown to this account.
        return render(request, "reflections/invitation_other_account.html", status=403)
    if request.method == "POST":
        with transaction.atomic():
            _membership, joined = Membership.objects.get_or_create(
                user=request.user, team=invitation.team
            )
            if joined:
                record_join(request.user, invitation.team)
            invitation.accepted = timezone.now()
            invitation.accepted_by = request.user
            invitation.save(update_fields=["accepted", "accepted_by"])
        messages.success(request, _("Welkom in het team."))
        return redirect("reflections:team", invitation.team_id)
    return render(request, "reflections/invitation_accept.html", {"invitation": invitation})
