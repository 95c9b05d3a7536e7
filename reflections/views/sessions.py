"""Reflection sessions: choosing a method, writing and editing a reflection, reading it."""

from django.contrib import messages
from django.db import transaction
from django.http import Http404
from django.shortcuts import redirect, render
from django.utils.translation import gettext as _
from django.views.decorators.debug import sensitive_variables

from .. import access, methods
from ..audit import record_reads
from ..forms import ActionFormSet, ReflectionSessionForm
from ..models import AgreedAction, GuidanceLink, ReadRecord, ReflectionSession
from ..screening import PrivacyError
from .base import field_rows, private


@private
def session_choose_method(request, team_id):
    team, me = access.get_team_or_404(request.user, team_id)
    return render(
        request, "reflections/choose_method.html", {"team": team, "methods": methods.METHODS}
    )


@private
def session_create(request, team_id, method):
    team, me = access.get_team_or_404(request.user, team_id)
    method_obj = methods.get_method(method)
    if method_obj is None:
        raise Http404
    return _session_form(request, team, method_obj, ReflectionSession(team=team, method=method))


@private
def session_edit(request, pk):
    session = access.get_readable_session_or_404(request.user, pk)
    if request.method == "GET":
        record_reads(request.user, [session], ReadRecord.Action.EDIT)
    return _session_form(request, session.team, session.method_obj, session)


@sensitive_variables()
def _session_form(request, team, method, instance):
    data = request.POST if request.method == "POST" else None
    form = ReflectionSessionForm(data, instance=instance, team=team, method=method)
    form_ok = data is not None and form.is_valid()
    # An action is not due before the reflection's date: the one on the form once it was sent.
    earliest_due = form.cleaned_data.get("date") if data is not None else instance.date
    actions = ActionFormSet(data, team=team, prefix="actie", earliest_due=earliest_due)
    if data is not None:
        actions_ok = actions.is_valid()
        if form_ok and actions_ok:
            try:
                session = _save_session(request, form, actions, instance)
            except PrivacyError:  # defence in depth: the forms already checked
                form.add_error(
                    None,
                    _("Er is niets opgeslagen: de tekst bevat mogelijk gegevens van een gezin."),
                )
            else:
                messages.success(request, _("De reflectie is opgeslagen."))
                return redirect("reflections:session", session.pk)
    findings = list(getattr(form, "findings", [])) + (actions.findings if data is not None else [])
    steps = field_rows(form, form.step_fields)
    for row, prompt in zip(steps, method.prompts, strict=True):
        row["title"] = prompt.title
    return render(
        request,
        "reflections/session_form.html",
        {
            "team": team,
            "method": method,
            "form": form,
            "instance": instance,
            "findings": findings,
            "meta_rows": field_rows(form, ["date", "phase"]),
            "roles_row": field_rows(form, ["participant_roles"])[0],
            "steps": steps,
            "steps_filled": sum(row["filled"] for row in steps),
            "text_rows": field_rows(form, form.other_text_fields),
            "tag_rows": field_rows(form, ["principles", "themes", "sections"]),
            "close_row": field_rows(form, ["close_actions"])[0],
            "actions": actions,
            "action_rows": [_action_row(f) for f in actions.forms],
        },
        status=200,
    )


def _action_row(form):
    """A new action is a closed step until it has a value or an error."""
    rows = field_rows(form, ["description", "owner", "due"])
    touched = any(r["filled"] or r["field"].errors for r in rows) or form.non_field_errors()
    return {"form": form, "rows": rows, "open": bool(touched)}


def _save_session(request, form, actions, instance):
    with transaction.atomic():
        session = form.save(commit=False)
        session.answers = form.answers()
        session.participant_roles = form.cleaned_data["participant_roles"]
        if session.created_by_id is None:
            session.created_by = request.user
        session.save()
        form.save_m2m()
        session.guidance_links.all().delete()
        GuidanceLink.objects.bulk_create(
            [
                GuidanceLink(session=session, page=ref.page, anchor=ref.anchor)
                for ref in form.cleaned_data["sections"]
            ]
        )
        for action in form.cleaned_data["close_actions"]:
            action.close()
        for f in actions.forms:
            if f.cleaned_data.get("description"):
                AgreedAction.objects.create(
                    session=session,
                    description=f.cleaned_data["description"],
                    owner=f.cleaned_data.get("owner"),
                    due=f.cleaned_data.get("due"),
                )
    return session


@private
def session_detail(request, pk):
    session = access.get_readable_session_or_404(request.user, pk)
    record_reads(request.user, [session])
    return render(
        request,
        "reflections/session_detail.html",
        {
            "session": session,
            "team": session.team,
            "links": session.guidance_links.select_related("page"),
            "actions": session.actions.select_related("owner"),
        },
    )
