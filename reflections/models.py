"""Teams, their private reflection sessions, agreed actions, reads and shared lessons.

Reflections are team-private: who may read them is decided in one place, reflections.access.
Every free-text field passes the privacy guard before it is saved (see ``assert_clean``).
"""

import secrets
from datetime import timedelta

from django.conf import settings
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from cms.models import GuidanceSectionRef, Level

from . import methods
from .allowlist import PrivacyAllowedTerm  # noqa: F401  (the guard's editable allow-list)
from .feedback_models import Feedback  # noqa: F401  (issue 14 item 4: feedback per section)
from .limits import (
    ACTION_MAX_LENGTH,
    LESSON_MAX_LENGTH,
    REFLECTION_TEXT_MAX_LENGTH,
    bounded_text,
)
from .screening import assert_clean

INVITATION_DAYS = 14


class Team(models.Model):
    name = models.CharField(_("naam"), max_length=120)
    organisation = models.CharField(_("organisatie"), max_length=160, blank=True)
    level = models.CharField(_("niveau"), max_length=10, choices=Level.choices, blank=True)
    region = models.ForeignKey(
        "cms.Region",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        verbose_name=_("regio"),
    )
    created = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["name"]
        verbose_name = _("team")
        verbose_name_plural = _("teams")

    def __str__(self):
        return self.name

    def save(self, *args, **kwargs):
        # The name and organisation are shown to every member and in exports.
        assert_clean([("name", self.name), ("organisation", self.organisation)])
        super().save(*args, **kwargs)


class Membership(models.Model):
    class Role(models.TextChoices):
        MEMBER = "lid", _("Teamlid")
        COORDINATOR = "coordinator", _("Coördinator")

    user = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="team_memberships"
    )
    team = models.ForeignKey(Team, on_delete=models.CASCADE, related_name="memberships")
    role = models.CharField(_("rol"), max_length=12, choices=Role.choices, default=Role.MEMBER)
    joined = models.DateTimeField(_("lid sinds"), default=timezone.now)

    class Meta:
        ordering = ["team", "user__username"]
        constraints = [
            models.UniqueConstraint(fields=["user", "team"], name="reflections_one_membership")
        ]

    def __str__(self):
        return f"{self.user} in {self.team} ({self.get_role_display()})"

    @property
    def is_coordinator(self):
        return self.role == self.Role.COORDINATOR


def _new_token():
    return secrets.token_urlsafe(32)


def _expiry():
    return timezone.now() + timedelta(days=INVITATION_DAYS)


class Invitation(models.Model):
    team = models.ForeignKey(Team, on_delete=models.CASCADE, related_name="invitations")
    email = models.EmailField(_("e-mailadres"))
    token = models.CharField(max_length=64, unique=True, default=_new_token, editable=False)
    invited_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, on_delete=models.SET_NULL, related_name="+"
    )
    created = models.DateTimeField(default=timezone.now)
    expires = models.DateTimeField(default=_expiry)
    accepted = models.DateTimeField(null=True, blank=True)
    accepted_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )

    class Meta:
        ordering = ["-created"]

    def __str__(self):
        return f"{self.email} → {self.team}"

    @property
    def is_expired(self):
        return timezone.now() >= self.expires

    @property
    def is_open(self):
        return self.accepted is None and not self.is_expired

    def is_for(self, user) -> bool:
        """An invitation is personal: only the account with the invited address may use it."""
        return bool(user.email) and user.email.strip().casefold() == self.email.casefold()


class Phase(models.TextChoices):
    DIRECT = "directe-veiligheid", _("Directe veiligheid")
    STABLE = "stabiele-veiligheid", _("Stabiele veiligheid")
    RECOVERY = "duurzaam-herstel", _("Duurzaam herstel")
    NONE = "nvt", _("Niet van toepassing")


class ParticipantRole(models.TextChoices):
    GEZINSVOOGD = "gezinsvoogd", _("Gezinsvoogd")
    JEUGDBESCHERMER = "jeugdbeschermer", _("Jeugdbeschermer")
    GEDRAGSWETENSCHAPPER = "gedragswetenschapper", _("Gedragswetenschapper")
    VEILIG_THUIS = "vt-medewerker", _("Medewerker Veilig Thuis")
    WIJKTEAM = "wijkteammedewerker", _("Wijkteammedewerker")
    RAAD = "raadsonderzoeker", _("Raadsonderzoeker (Raad voor de Kinderbescherming)")
    TEAMLEIDER = "teamleider", _("Teamleider")
    VGGZ = "ggz-medewerker", _("Medewerker (V)GGZ")
    ONDERWIJS = "onderwijs", _("Medewerker onderwijs")
    ANDERS = "anders", _("Andere rol")


class ReflectionSession(models.Model):
    """One team reflection. Never a page, never public; participants by role only."""

    # Free-text fields checked by the privacy guard, in form order.
    TEXT_FIELDS = ("what_happened", "what_expected", "dilemma", "analysis", "lessons")

    team = models.ForeignKey(Team, on_delete=models.CASCADE, related_name="sessions")
    date = models.DateField(_("datum"), default=timezone.localdate)
    method = models.CharField(_("methode"), max_length=20, choices=methods.CHOICES)
    phase = models.CharField(
        _("fase van werken aan veiligheid"),
        max_length=20,
        choices=Phase.choices,
        default=Phase.NONE,
    )
    principles = models.ManyToManyField(
        "cms.Principle", blank=True, related_name="+", verbose_name=_("basisprincipes")
    )
    themes = models.ManyToManyField(
        "cms.Theme", blank=True, related_name="+", verbose_name=_("thema's")
    )
    participant_roles = models.JSONField(_("deelnemers (rollen)"), default=list, blank=True)
    what_happened = bounded_text(_("Wat gebeurde er?"), REFLECTION_TEXT_MAX_LENGTH)
    what_expected = bounded_text(
        _("Wat hadden we verwacht?"), REFLECTION_TEXT_MAX_LENGTH, blank=True
    )
    dilemma = bounded_text(_("Het dilemma"), REFLECTION_TEXT_MAX_LENGTH, blank=True)
    analysis = bounded_text(_("Analyse"), REFLECTION_TEXT_MAX_LENGTH, blank=True)
    lessons = bounded_text(_("Lessen"), REFLECTION_TEXT_MAX_LENGTH, blank=True)
    answers = models.JSONField(_("antwoorden per stap"), default=dict, blank=True)
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, on_delete=models.SET_NULL, related_name="+"
    )
    created = models.DateTimeField(auto_now_add=True)
    updated = models.DateTimeField(auto_now=True)

    class Meta:
        ordering = ["-date", "-created"]
        verbose_name = _("reflectie")
        verbose_name_plural = _("reflecties")

    def __str__(self):
        return f"{self.get_method_display()} · {self.date:%d-%m-%Y}"

    @property
    def method_obj(self):
        return methods.get_method(self.method)

    def participant_role_labels(self):
        labels = dict(ParticipantRole.choices)
        roles = self.participant_roles if isinstance(self.participant_roles, list) else []
        return [str(labels.get(r, r)) for r in roles]

    def answer_items(self):
        """(prompt, answer) for the method's prompts that have an answer, in method order; a
        step asked by one of the session's own fields answers with that field's text."""
        method = self.method_obj
        if method is None:
            return []
        answers = self.answers if isinstance(self.answers, dict) else {}
        items = [
            (p, getattr(self, p.field) if p.field else answers.get(p.key)) for p in method.prompts
        ]
        return [(p, a) for p, a in items if a not in (None, "")]

    def other_texts(self):
        """(label, text) of the text fields that no step of the method asks, with text."""
        asked = self.method_obj.asked_fields if self.method_obj else ()
        return [
            (self._meta.get_field(name).verbose_name, getattr(self, name))
            for name in self.TEXT_FIELDS
            if name not in asked and getattr(self, name)
        ]

    def texts(self):
        """Every free text of this session: (field name, text)."""
        items = [(f, getattr(self, f)) for f in self.TEXT_FIELDS]
        items += [
            (f"answers.{k}", v) for k, v in (self.answers or {}).items() if isinstance(v, str)
        ]
        return items

    def save(self, *args, **kwargs):
        assert_clean(self.texts())
        super().save(*args, **kwargs)


class GuidanceLink(GuidanceSectionRef):
    """A guidance section involved in a reflection (always a section, never a whole page)."""

    session = models.ForeignKey(
        ReflectionSession, on_delete=models.CASCADE, related_name="guidance_links"
    )

    class Meta:
        constraints = [
            models.UniqueConstraint(
                fields=["session", "page", "anchor"], name="reflections_one_link_per_section"
            )
        ]
        indexes = [models.Index(fields=["page", "anchor"])]

    def __str__(self):
        return self.label


class AgreedAction(models.Model):
    class Status(models.TextChoices):
        OPEN = "open", _("Open")
        DONE = "klaar", _("Klaar")

    session = models.ForeignKey(ReflectionSession, on_delete=models.CASCADE, related_name="actions")
    description = bounded_text(_("afspraak"), ACTION_MAX_LENGTH)
    owner = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        verbose_name=_("wie"),
    )
    due = models.DateField(_("uiterlijk"), null=True, blank=True)
    status = models.CharField(max_length=5, choices=Status.choices, default=Status.OPEN)
    closed = models.DateTimeField(null=True, blank=True)

    class Meta:
        ordering = ["due", "pk"]

    def __str__(self):
        return self.description[:60]

    def save(self, *args, **kwargs):
        assert_clean([("description", self.description)])
        super().save(*args, **kwargs)

    def close(self) -> None:
        """Mark the action done now (from a reflection's form or the team page)."""
        self.status = self.Status.DONE
        self.closed = timezone.now()
        self.save(update_fields=["status", "closed"])


class ReadRecord(models.Model):
    """The audit of every read of a reflection (detail view, edit form, export), and of
    every new member (who may read all of the team's reflections from then on)."""

    class Action(models.TextChoices):
        VIEW = "bekeken", _("Bekeken")
        EDIT = "bewerken", _("Geopend om te bewerken")
        EXPORT_MD = "export-md", _("Geëxporteerd (Markdown)")
        EXPORT_CSV = "export-csv", _("Geëxporteerd (CSV)")
        JOINED = "lid-geworden", _("Lid geworden via uitnodiging")

    user = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, on_delete=models.SET_NULL, related_name="+"
    )
    team = models.ForeignKey(Team, on_delete=models.CASCADE, related_name="read_records")
    session = models.ForeignKey(
        ReflectionSession, null=True, on_delete=models.SET_NULL, related_name="read_records"
    )
    session_label = models.CharField(max_length=120)
    action = models.CharField(max_length=12, choices=Action.choices, default=Action.VIEW)
    at = models.DateTimeField(default=timezone.now, db_index=True)

    class Meta:
        ordering = ["-at", "-pk"]

    def __str__(self):
        return f"{self.user} {self.action} {self.session_label}"


class Lesson(GuidanceSectionRef):
    """A shared lesson: anonymous, guarded twice, approved by a coordinator before it is public."""

    class Status(models.TextChoices):
        PROPOSED = "voorgesteld", _("Voorgesteld")
        APPROVED = "goedgekeurd", _("Goedgekeurd")
        REJECTED = "afgewezen", _("Afgewezen")

    team = models.ForeignKey(Team, on_delete=models.CASCADE, related_name="lessons")
    # Kept private: never shown publicly, cleared when the session is purged.
    session = models.ForeignKey(
        ReflectionSession, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    text = bounded_text(_("les"), LESSON_MAX_LENGTH)
    principles = models.ManyToManyField(
        "cms.Principle", blank=True, related_name="+", verbose_name=_("basisprincipes")
    )
    themes = models.ManyToManyField(
        "cms.Theme", blank=True, related_name="+", verbose_name=_("thema's")
    )
    level = models.CharField(_("niveau"), max_length=10, choices=Level.choices, blank=True)
    # The section the lesson is about, if any; the lesson stays when the page is deleted.
    page = models.ForeignKey(
        "cms.GuidancePage",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        verbose_name=_("richtlijn"),
    )
    anchor = models.CharField(_("anker van de sectie"), max_length=80, blank=True)
    status = models.CharField(max_length=12, choices=Status.choices, default=Status.PROPOSED)
    proposed_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, on_delete=models.SET_NULL, related_name="+"
    )
    proposed = models.DateTimeField(default=timezone.now)
    decided_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    decided = models.DateTimeField(null=True, blank=True)

    class Meta:
        ordering = ["-decided", "-proposed"]
        verbose_name = _("gedeelde les")
        verbose_name_plural = _("gedeelde lessen")

    def __str__(self):
        return self.text[:60]

    def save(self, *args, **kwargs):
        assert_clean([("text", self.text)])
        super().save(*args, **kwargs)


class ConfirmedFinding(models.Model):
    """A possible name on a page that a publisher confirmed as harmless (an author, a theorist).

    Only a keyed hash of field, kind and finding text is kept (see publish_guard), never the
    text, so that the same finding in the same field of the same page does not ask again.
    """

    page = models.ForeignKey(
        "wagtailcore.Page", on_delete=models.CASCADE, related_name="+", verbose_name=_("pagina")
    )
    digest = models.CharField(max_length=64)
    confirmed_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, on_delete=models.SET_NULL, related_name="+"
    )
    confirmed_at = models.DateTimeField(default=timezone.now)

    class Meta:
        constraints = [
            models.UniqueConstraint(fields=["page", "digest"], name="unique_confirmed_finding")
        ]
        verbose_name = _("bevestigde bevinding")
        verbose_name_plural = _("bevestigde bevindingen")

    def __str__(self):
        return f"{self.page_id}:{self.digest[:8]}"
