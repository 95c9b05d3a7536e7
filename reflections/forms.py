"""Forms of the reflection workspace. Every free text passes the privacy guard in clean();
a form with findings is invalid, so nothing is saved, and the findings are shown in place."""

from django import forms
from django.contrib.auth import get_user_model
from django.utils.formats import date_format
from django.utils.translation import gettext_lazy as _
from django.views.decorators.debug import sensitive_variables

from cms.forms import GuidanceSectionField, GuidanceSectionsField
from cms.models import Level, Principle, Theme, public_sections

from . import limits
from .models import (
    AgreedAction,
    Invitation,
    Lesson,
    Membership,
    ParticipantRole,
    Phase,
    ReflectionSession,
    Team,
)
from .screening import findings_for

PRIVACY_ERROR = _(
    "Deze tekst bevat mogelijk gegevens die een gezin herkenbaar maken. "
    "Pas de tekst aan; er is niets opgeslagen."
)


def _bounded_text_errors(form):
    """Every text field with a limit names it in Dutch when a text is too long."""
    for field in form.fields.values():
        if getattr(field, "max_length", None):
            field.error_messages.setdefault("max_length", limits.TOO_LONG)


def _date_bounds(widget, earliest, latest=None):
    """``min`` and ``max`` on a date input: a hint to the browser; clean_* decides."""
    if earliest:
        widget.attrs["min"] = earliest.isoformat()
    if latest:
        widget.attrs["max"] = latest.isoformat()


class GuardedFormMixin:
    """Runs the privacy guard on ``guarded_fields``; findings end up in ``self.findings``."""

    guarded_fields: tuple = ()

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        _bounded_text_errors(self)

    @sensitive_variables()
    def guard(self):
        self.findings = []
        for name in self.guarded_fields:
            value = self.cleaned_data.get(name)
            if not isinstance(value, str) or not value:
                continue
            found = findings_for(self.add_prefix(name), self.fields[name].label, value)
            if found:
                self.findings.extend(found)
                self.add_error(name, PRIVACY_ERROR)
        return self.findings

    def findings_by_field(self):
        by_field = {}
        for f in getattr(self, "findings", []):
            by_field.setdefault(f.field, []).append(f)
        return by_field


class ReflectionSessionForm(GuardedFormMixin, forms.ModelForm):
    sections = GuidanceSectionsField(
        label=_("Betrokken onderdelen van richtlijnen"),
        required=False,
        widget=forms.CheckboxSelectMultiple,
    )
    participant_roles = forms.MultipleChoiceField(
        label=_("Wie deden mee? (alleen rollen, geen namen)"),
        choices=ParticipantRole.choices,
        required=False,
        widget=forms.CheckboxSelectMultiple,
    )
    close_actions = forms.ModelMultipleChoiceField(
        label=_("Open afspraken die nu klaar zijn"),
        queryset=AgreedAction.objects.none(),
        required=False,
        widget=forms.CheckboxSelectMultiple,
    )

    class Meta:
        model = ReflectionSession
        fields = [
            "date",
            "phase",
            "participant_roles",
            "principles",
            "themes",
            "what_happened",
            "what_expected",
            "dilemma",
            "analysis",
            "lessons",
        ]
        widgets = {
            "date": forms.DateInput(attrs={"type": "date"}, format="%Y-%m-%d"),
            "phase": forms.RadioSelect,
            "principles": forms.CheckboxSelectMultiple,
            "themes": forms.CheckboxSelectMultiple,
        }

    def __init__(self, *args, team, method, **kwargs):
        super().__init__(*args, **kwargs)
        self.team = team
        self.method = method
        _date_bounds(
            self.fields["date"].widget,
            limits.EARLIEST_REFLECTION_DATE,
            limits.latest_reflection_date(),
        )
        self.fields["phase"].choices = Phase.choices
        self.fields["principles"].queryset = Principle.objects.all()
        self.fields["themes"].queryset = Theme.objects.all()
        self.fields["sections"].refs = public_sections()
        self.fields["close_actions"].queryset = AgreedAction.objects.filter(
            session__team=team, status=AgreedAction.Status.OPEN
        ).exclude(session=self.instance if self.instance.pk else None)
        # The method's steps in order: a step that asks what a field of the session asks is
        # that field (asked once); the others are ``prompt_<key>`` fields, saved in answers.
        self.step_fields = []
        self.prompt_fields = []
        answers = self.instance.answers or {}
        for prompt in method.prompts:
            if prompt.field:
                self.fields[prompt.field].label = prompt.label
                self.fields[prompt.field].help_text = prompt.help
                self.fields[prompt.field].widget.attrs["rows"] = 6
                self.step_fields.append(prompt.field)
                continue
            name = f"prompt_{prompt.key}"
            if prompt.scale:
                field = forms.IntegerField(
                    label=prompt.label,
                    help_text=prompt.help,
                    min_value=0,
                    max_value=10,
                    required=False,
                )
            else:
                field = forms.CharField(
                    label=prompt.label,
                    help_text=prompt.help,
                    required=False,
                    max_length=limits.ANSWER_MAX_LENGTH,
                    error_messages={"max_length": limits.TOO_LONG},
                    widget=forms.Textarea(attrs={"rows": 4}),
                )
            field.initial = answers.get(prompt.key)
            self.fields[name] = field
            self.step_fields.append(name)
            self.prompt_fields.append(name)
        self.other_text_fields = [
            f for f in ReflectionSession.TEXT_FIELDS if f not in method.asked_fields
        ]
        if self.instance.pk:
            self.initial.setdefault("sections", list(self.instance.guidance_links.all()))
        self.guarded_fields = ReflectionSession.TEXT_FIELDS + tuple(
            n for n in self.prompt_fields if not method.prompt(n.removeprefix("prompt_")).scale
        )

    def clean_date(self):
        day = self.cleaned_data["date"]
        if day > limits.latest_reflection_date():
            raise forms.ValidationError(
                _("Deze datum ligt in de toekomst. Kies vandaag of een eerdere dag."),
                code="future",
            )
        if day < limits.EARLIEST_REFLECTION_DATE:
            raise forms.ValidationError(
                _("Kies een datum vanaf %(date)s."),
                code="too_old",
                params={"date": date_format(limits.EARLIEST_REFLECTION_DATE, "j F Y")},
            )
        return day

    def clean(self):
        cleaned = super().clean()
        self.guard()
        return cleaned

    def answers(self):
        out = {}
        for name in self.prompt_fields:
            value = self.cleaned_data.get(name)
            if value not in (None, ""):
                out[name.removeprefix("prompt_")] = value
        return out


class ActionForm(GuardedFormMixin, forms.Form):
    description = forms.CharField(
        label=_("Afspraak"),
        required=False,
        max_length=limits.ACTION_MAX_LENGTH,
        error_messages={"max_length": limits.ACTION_TOO_LONG},
        widget=forms.TextInput(attrs={"size": 50}),
    )
    owner = forms.ModelChoiceField(label=_("Wie"), queryset=None, required=False)
    due = forms.DateField(
        label=_("Uiterlijk"),
        required=False,
        widget=forms.DateInput(attrs={"type": "date"}, format="%Y-%m-%d"),
    )
    guarded_fields = ("description",)

    def __init__(self, *args, team, earliest_due=None, **kwargs):
        """``earliest_due``: the reflection's date; an action is not due before it."""
        super().__init__(*args, **kwargs)
        self.earliest_due = earliest_due
        _date_bounds(self.fields["due"].widget, earliest_due)
        self.fields["owner"].queryset = (
            get_user_model().objects.filter(team_memberships__team=team).order_by("username")
        )
        self.fields["owner"].label_from_instance = lambda u: u.get_full_name() or u.username

    def clean_due(self):
        due = self.cleaned_data["due"]
        if due and self.earliest_due and due < self.earliest_due:
            raise forms.ValidationError(
                _("Deze datum is eerder dan de reflectie (%(date)s). Kies die dag of later."),
                code="before_reflection",
                params={"date": date_format(self.earliest_due, "j F Y")},
            )
        return due

    def clean(self):
        cleaned = super().clean()
        if (cleaned.get("owner") or cleaned.get("due")) and not cleaned.get("description"):
            self.add_error("description", _("Beschrijf de afspraak."))
        self.guard()
        return cleaned


class BaseActionFormSet(forms.BaseFormSet):
    def __init__(self, *args, team, earliest_due=None, **kwargs):
        self.team = team
        self.earliest_due = earliest_due
        super().__init__(*args, **kwargs)

    def get_form_kwargs(self, index):
        return {"team": self.team, "earliest_due": self.earliest_due}

    @property
    def findings(self):
        return [f for form in self.forms for f in getattr(form, "findings", [])]


ActionFormSet = forms.formset_factory(ActionForm, formset=BaseActionFormSet, extra=3, max_num=10)


class TeamForm(GuardedFormMixin, forms.ModelForm):
    guarded_fields = ("name", "organisation")

    class Meta:
        model = Team
        fields = ["name", "organisation", "level", "region"]

    def clean(self):
        cleaned = super().clean()
        self.guard()
        return cleaned


class InvitationForm(forms.ModelForm):
    class Meta:
        model = Invitation
        fields = ["email"]


class RoleForm(forms.ModelForm):
    class Meta:
        model = Membership
        fields = ["role"]


class LessonForm(GuardedFormMixin, forms.ModelForm):
    section = GuidanceSectionField(
        label=_("Bij welk onderdeel van een richtlijn?"), empty_label=_("Geen"), required=False
    )
    guarded_fields = ("text",)

    class Meta:
        model = Lesson
        fields = ["text", "level", "principles", "themes"]
        labels = {"text": _("De les, in algemene woorden")}
        help_texts = {
            "text": _("Schrijf de les zo dat niemand de casus of het gezin kan herkennen."),
        }
        widgets = {
            "principles": forms.CheckboxSelectMultiple,
            "themes": forms.CheckboxSelectMultiple,
        }

    def __init__(self, *args, session, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["level"].choices = [("", "—"), *Level.choices]
        links = session.guidance_links.select_related("page")
        self.fields["section"].refs = [lk.ref for lk in links]

    def clean(self):
        cleaned = super().clean()
        self.guard()
        return cleaned
