"""Feedback from practice on one section of a guidance page (issue 14, item 4).

Guarded like a reflection: a text with any finding of the privacy guard is refused and never
stored (``assert_clean`` in ``save``, the form shows the findings first). Public only once the
editors have handled it, and then without who gave it: the giver is kept only so that she can
see the state of her own items ("Mijn feedback"), and is cleared when her account goes.
"""

from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _

from cms.models import GuidanceSectionRef

from .limits import FEEDBACK_MAX_LENGTH, FEEDBACK_REASON_MAX_LENGTH, bounded_text
from .screening import assert_clean


class Feedback(GuidanceSectionRef):
    class State(models.TextChoices):
        RECEIVED = "ontvangen", _("Ontvangen")
        CONSIDERING = "in_behandeling", _("In behandeling")
        USED = "verwerkt", _("Verwerkt")
        NOT_USED = "niet_verwerkt", _("Niet verwerkt")

    HANDLED = (State.USED, State.NOT_USED)  # shown publicly, with the reason

    page = models.ForeignKey(
        "cms.GuidancePage",
        on_delete=models.CASCADE,
        related_name="feedback",
        verbose_name=_("richtlijn"),
    )
    text = bounded_text(_("feedback"), FEEDBACK_MAX_LENGTH)
    # Never shown to editors or the public; SET_NULL: the item stays, anonymous, when the
    # account is deleted (docs/privacy.md).
    giver = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        editable=False,
    )
    state = models.CharField(
        _("status"), max_length=16, choices=State.choices, default=State.RECEIVED
    )
    used_in = models.ForeignKey(
        "cms.GuidanceVersion",
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="+",
        verbose_name=_("verwerkt in versie"),
    )
    reason = models.CharField(
        _("toelichting voor lezers"),
        max_length=FEEDBACK_REASON_MAX_LENGTH,
        blank=True,
        help_text=_(
            "Kort en openbaar: wat de redactie met deze feedback deed, of waarom niet. "
            "Noem geen personen of gezinnen."
        ),
    )
    created = models.DateTimeField(_("ontvangen op"), default=timezone.now, editable=False)
    decided = models.DateTimeField(_("afgehandeld op"), null=True, blank=True, editable=False)

    class Meta:
        ordering = ["-created", "-pk"]
        indexes = [models.Index(fields=["page", "anchor", "state"])]
        verbose_name = _("feedback op een richtlijn")
        verbose_name_plural = _("feedback op richtlijnen")

    def __str__(self):
        return f"{self.ref.label if self.page_id else '-'}: {self.state_label}"

    def _state_label(self) -> str:
        """What a reader sees: "Verwerkt in versie 1.2" rather than only "Verwerkt"."""
        if self.state == self.State.USED and self.used_in_id:
            return gettext("Verwerkt in versie %(number)s") % {"number": self.used_in.number}
        return self.get_state_display()

    _state_label.short_description = _("Status")  # type: ignore[attr-defined]  # admin column
    state_label = property(_state_label)

    def _section_label(self) -> str:
        return self.label

    _section_label.short_description = _("Sectie")  # type: ignore[attr-defined]
    section_label = property(_section_label)

    @property
    def is_handled(self) -> bool:
        return self.state in self.HANDLED

    def clean(self):
        super().clean()
        errors = {}
        if self.state == self.State.USED:
            if not self.used_in_id:
                errors["used_in"] = _("Kies de versie waarin deze feedback is verwerkt.")
            elif self.used_in.page_id != self.page_id:
                errors["used_in"] = _("Kies een versie van deze richtlijn.")
        elif self.used_in_id:
            errors["used_in"] = _("Alleen bij 'Verwerkt' hoort een versie.")
        if self.state == self.State.NOT_USED and not self.reason.strip():
            errors["reason"] = _("Leg in een zin uit waarom deze feedback niet is verwerkt.")
        if errors:
            raise ValidationError(errors)

    def save(self, *args, **kwargs):
        # The last line of defence: the form already refused and explained the findings.
        assert_clean([("text", self.text), ("reason", self.reason)])
        if self.is_handled and self.decided is None:
            self.decided = timezone.now()
        elif not self.is_handled:
            self.decided = None
        super().save(*args, **kwargs)
