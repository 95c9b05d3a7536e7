"""Agreed actions: closing an open action from the team page, without a new reflection."""

from django.contrib import messages
from django.http import Http404
from django.shortcuts import redirect
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from .. import access
from ..models import AgreedAction
from .base import private


@private
@require_POST
def close_action(request, pk):
    """Any member of the team may close its actions, as in a reflection's form; others get
    404 (the action's existence is not revealed)."""
    action = AgreedAction.objects.select_related("session__team").filter(pk=pk).first()
    if action is None or not access.can_write(request.user, action.session.team):
        raise Http404
    team = action.session.team
    if action.status == AgreedAction.Status.DONE:
        messages.info(request, _("Deze afspraak was al afgerond."))
        return redirect("reflections:team", team.pk)
    action.close()
    messages.success(request, _("De afspraak is afgerond."))
    return redirect("reflections:team", team.pk)
