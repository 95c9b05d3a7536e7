"""The published versions of a guidance page: number, kind of change, note and revision."""

import re

from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

NUMBER = re.compile(r"^(0|[1-9]\d{0,3})\.(0|[1-9]\d{0,3})$")


def parse_number(number: str) -> tuple[int, int] | None:
    """(major, minor) of "1.10", or None when it is no major.minor number."""
    match = NUMBER.match(number or "")
    return (int(match[1]), int(match[2])) if match else None


class Change(models.TextChoices):
    MINOR = "minor", _("Kleine wijziging: tekst, links")
    MAJOR = "major", _("Inhoudelijke wijziging: het advies")


class GuidanceVersion(models.Model):
    """Recorded when a guidance page is published with a version label it did not have yet
    (cms.guidance_history.record_version); the revision is what readers read in it."""

    class Classification(models.TextChoices):
        INITIAL = "initial", _("Eerste versie")
        MINOR = Change.MINOR.value, Change.MINOR.label
        MAJOR = Change.MAJOR.value, Change.MAJOR.label

    page = models.ForeignKey("cms.GuidancePage", on_delete=models.CASCADE, related_name="versions")
    number = models.CharField(_("versie"), max_length=20)
    major = models.PositiveIntegerField()
    minor = models.PositiveIntegerField()
    classification = models.CharField(
        _("soort wijziging"), max_length=10, choices=Classification.choices
    )
    change_note = models.TextField(_("wat is er veranderd"), blank=True)
    published_at = models.DateTimeField(_("datum"), default=timezone.now)
    revision = models.ForeignKey(
        "wagtailcore.Revision", null=True, on_delete=models.SET_NULL, related_name="+"
    )

    class Meta:
        ordering = ["page", "major", "minor"]
        constraints = [
            models.UniqueConstraint(
                fields=["page", "major", "minor"], name="unique_guidance_version"
            )
        ]
        verbose_name = _("versie van een richtlijn")
        verbose_name_plural = _("versies van richtlijnen")

    def __str__(self):
        return self.number

    def save(self, *args, **kwargs):
        self.major, self.minor = parse_number(self.number) or (0, 0)
        super().save(*args, **kwargs)

    def as_page(self):
        """The page as it was published in this version (None if the revision is gone)."""
        return self.revision.as_object() if self.revision else None


def version_errors(previous, number: str, change: str, note: str) -> dict[str, str]:
    """Why `number` cannot be published after `previous` (a GuidanceVersion or None), by
    what is wrong: "version", "change_type" or "change_note". Shared by the page form and the
    importer, which name the field the way the editor or the file does."""
    parsed = parse_number(number)
    if parsed is None:
        return {"version": str(_("Gebruik een versienummer als 1.0 of 2.3 (hoofd.sub)."))}
    if previous is None:
        return {}  # the first version: nothing to compare with, nothing to explain
    errors = {}
    before = (previous.major, previous.minor)
    if parsed <= before:
        errors["version"] = str(
            _("Het nummer moet hoger zijn dan de vorige versie (%s).") % previous.number
        )
    # The kind, not the number, says whether the advice changed: a programme may number a
    # content change 1.1 (issue 14: "publishes version 1.1 ... the section marked gewijzigd").
    if change not in Change.values:
        errors["change_type"] = str(_("Kies of dit een kleine of een inhoudelijke wijziging is."))
    if not note.strip():
        errors["change_note"] = str(
            _("Schrijf in een paar woorden op wat er in deze versie veranderd is.")
        )
    elif note.strip() == previous.change_note.strip():
        errors["change_note"] = str(
            _("Dit is de notitie van de vorige versie. Schrijf op wat er nu veranderd is.")
        )
    return errors
