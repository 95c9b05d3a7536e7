"""A guidance page opened as a *dialoogversie*: a period in which the field is invited to
give feedback per section (issue 14, item 4).

A row of its own, not a page field: opening or closing a consultation changes no advice, so
it needs no new revision, no version and no publish step. The feedback itself lives in the
reflections room (reflections/feedback_models.py), next to the privacy guard it must pass.
"""

from django.core.exceptions import ValidationError
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _


class Consultation(models.Model):
    page = models.ForeignKey(
        "cms.GuidancePage",
        on_delete=models.CASCADE,
        related_name="consultations",
        verbose_name=_("richtlijn"),
    )
    starts = models.DateField(_("open vanaf"))
    ends = models.DateField(_("open tot en met"))

    class Meta:
        ordering = ["-starts"]
        verbose_name = _("dialoogversie")
        verbose_name_plural = _("dialoogversies")

    def __str__(self):
        return f"{self.page.title}: {self.starts:%d-%m-%Y} – {self.ends:%d-%m-%Y}"

    def clean(self):
        super().clean()
        if self.starts and self.ends and self.ends < self.starts:
            raise ValidationError({"ends": _("De einddatum ligt vóór de begindatum.")})

    def is_open(self, today=None) -> bool:
        today = today or timezone.localdate()
        return self.starts <= today <= self.ends


def open_consultation(page, today=None) -> Consultation | None:
    """The consultation of this page that is open today (the latest to start), or None."""
    if not getattr(page, "pk", None):
        return None
    today = today or timezone.localdate()
    return (
        Consultation.objects.filter(page_id=page.pk, starts__lte=today, ends__gte=today)
        .order_by("-starts")
        .first()
    )
