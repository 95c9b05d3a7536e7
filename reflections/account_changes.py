"""What admins did to the accounts of a team's members, for the team's coordinator.

An admin can no longer set a member's password, but can still edit, deactivate, wipe the
second factor or send a reset link: each is in Wagtail's audit log, and the coordinator sees
it here, so that nothing happens to a member's account unseen by the team.
"""

from django.contrib.auth import get_user_model
from django.contrib.contenttypes.models import ContentType
from django.shortcuts import render
from wagtail.models import ModelLogEntry

from . import access
from .views.base import private

LIMIT = 200


def admin_actions_on_members(team):
    member_ids = [str(pk) for pk in team.memberships.values_list("user_id", flat=True)]
    entries = (
        ModelLogEntry.objects.filter(
            content_type=ContentType.objects.get_for_model(get_user_model()),
            object_id__in=member_ids,
        )
        .select_related("user")
        .order_by("-timestamp")[:LIMIT]
    )
    # What someone did to their own account (changing their own name) is no admin action.
    return [e for e in entries if str(e.user_id) != e.object_id]


@private
def account_changes(request, team_id):
    team, _me = access.get_team_or_404(request.user, team_id, manage=True)
    entries = admin_actions_on_members(team)
    return render(request, "reflections/account_changes.html", {"team": team, "entries": entries})
