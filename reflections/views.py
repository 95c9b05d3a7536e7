"""The team workspace at /reflecties/. Private views never cache and never echo text into
logs, error reports, messages or the session."""

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.db import transaction
from django.db.models import Count, Q
from django.http import Http404, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext as _
from django.views.decorators.cache import never_cache
from django.views.decorators.debug import sensitive_post_parameters, sensitive_variables
from django.views.decorators.http import require_POST

from cms.models import GuidancePage, Level, Principle, Theme
from cms.site_url import absolute_url
from cms.validation import parse_id
from cms.visibility import public_pages

from . import access, exports, methods
from .audit import record_join, record_reads
from .forms import (
    ActionFormSet,
    InvitationForm,
    LessonForm,
    ReflectionSessionForm,
    RoleForm,
    TeamForm,
    parse_section,
)
from .models import (
    AgreedAction,
    GuidanceLink,
    Invitation,
    Lesson,
    Membership,
    ReadRecord,
    ReflectionSession,
)
from .screening import PrivacyError, findings_for


def private(view):
    """Login required, never cached, POST bodies hidden from error reports."""
    return login_required(never_cache(sensitive_post_parameters()(view)))


WIDGET_CLASSES = {
    "textarea": "utrecht-textarea utrecht-textarea--html-textarea",
    "select": "utrecht-select utrecht-select--html-select",
    "checkbox": "utrecht-checkbox utrecht-checkbox--html-input",
    "radio": "utrecht-radio-button utrecht-radio-button--html-input",
}


def _decorate(bound):
    """NL Design System classes and the ARIA links from a field to its help and error."""
    widget = bound.field.widget
    kind = getattr(widget, "input_type", None) or (
        "textarea" if widget.__class__.__name__ == "Textarea" else "select"
    )
    widget.attrs["class"] = WIDGET_CLASSES.get(kind, "utrecht-textbox utrecht-textbox--html-input")
    if kind in ("checkbox", "radio"):
        return  # described on the fieldset
    described = []
    if bound.help_text:
        described.append(f"{bound.auto_id}-hulp")
    if bound.errors:
        described.append(f"{bound.auto_id}-fout")
        widget.attrs["aria-invalid"] = "true"
    if described:
        widget.attrs["aria-describedby"] = " ".join(described)


def field_rows(form, names):
    by_field = form.findings_by_field() if hasattr(form, "findings_by_field") else {}
    for name in names:
        _decorate(form[name])
    return [
        {"field": form[name], "findings": by_field.get(form.add_prefix(name), [])} for name in names
    ]


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
    actions = ActionFormSet(data, team=team, prefix="actie")
    if data is not None:
        form_ok = form.is_valid()
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
    main_fields = ["what_happened", "what_expected", "dilemma", "analysis", "lessons"]
    return render(
        request,
        "reflections/session_form.html",
        {
            "team": team,
            "method": method,
            "form": form,
            "instance": instance,
            "findings": findings,
            "meta_rows": field_rows(form, ["date", "phase", "participant_roles"]),
            "prompt_rows": field_rows(form, form.prompt_fields),
            "text_rows": field_rows(form, main_fields),
            "tag_rows": field_rows(form, ["principles", "themes", "sections"]),
            "close_row": field_rows(form, ["close_actions"])[0],
            "actions": actions,
            "action_rows": [
                {"form": f, "rows": field_rows(f, ["description", "owner", "due"])}
                for f in actions.forms
            ],
        },
        status=200,
    )


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
                GuidanceLink(session=session, page_id=page_id, anchor=anchor)
                for page_id, anchor in form.selected_sections()
            ]
        )
        for action in form.cleaned_data["close_actions"]:
            action.status = AgreedAction.Status.DONE
            action.closed = timezone.now()
            action.save(update_fields=["status", "closed"])
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
        if form.cleaned_data.get("section"):
            lesson.guidance_page_id, lesson.anchor = parse_section(form.cleaned_data["section"])
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
        .select_related("guidance_page")
        .order_by("-decided")
    )
    principle = request.GET.get("principle", "")
    theme = request.GET.get("theme", "")
    level = request.GET.get("level", "")
    if principle:
        lessons = lessons.filter(principles__code=principle)
    if theme:
        lessons = lessons.filter(themes__slug=theme)
    if level in Level.values:
        lessons = lessons.filter(level=level)
    lessons = list(lessons.distinct())
    # A lesson links to its guidance page only while that page is public.
    public_ids = set(
        public_pages(
            GuidancePage.objects.filter(pk__in=[x.guidance_page_id for x in lessons])
        ).values_list("pk", flat=True)
    )
    for lesson in lessons:
        lesson.public_guidance = (
            lesson.guidance_page if lesson.guidance_page_id in public_ids else None
        )
    return render(
        request,
        "reflections/lessons_public.html",
        {
            "lessons": lessons,
            "principles": Principle.objects.all(),
            "themes": Theme.objects.all(),
            "levels": Level.choices,
            "selected": {"principle": principle, "theme": theme, "level": level},
        },
    )


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
            error = _change_member(target, action, request.POST)
            if error:
                messages.error(request, error)
            else:
                messages.success(request, _("De wijziging is opgeslagen."))
            return redirect("reflections:members", team.pk)
        elif action == "revoke":
            Invitation.objects.filter(
                pk=parse_id(request.POST.get("invitation", "")) or 0,
                team=team,
                accepted__isnull=True,
            ).delete()
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


@private
@require_POST
def leave_team(request, team_id):
    team, me = access.get_team_or_404(request.user, team_id)
    if me.is_coordinator and team.memberships.filter(role=Membership.Role.COORDINATOR).count() == 1:
        messages.error(
            request,
            _("U bent de enige coördinator. Maak eerst een ander lid coördinator."),
        )
        return redirect("reflections:team", team.pk)
    me.delete()
    messages.success(request, _("U heeft het team verlaten."))
    return redirect("reflections:home")


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
