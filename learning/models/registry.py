"""The pilot registry's records: registry numbers and the published versions of a pilot."""

from django.db import IntegrityError, models, transaction
from django.db.models import Max
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from .pilots import PilotPage


class PilotRegistration(models.Model):
    """A registry ID, given once on first approval. Kept when the page goes: never reused."""

    page = models.OneToOneField(
        PilotPage,
        null=True,
        on_delete=models.SET_NULL,
        related_name="registration_record",
        verbose_name=_("pilot"),
    )
    registry_id = models.CharField(_("registratienummer"), max_length=16, unique=True)
    year = models.PositiveSmallIntegerField()
    number = models.PositiveIntegerField()
    registered_at = models.DateTimeField(_("geregistreerd op"), default=timezone.now)

    class Meta:
        constraints = [
            models.UniqueConstraint(fields=["year", "number"], name="unique_registry_number")
        ]
        verbose_name = _("registratie")
        verbose_name_plural = _("registraties")

    def __str__(self):
        return self.registry_id

    @classmethod
    def assign(cls, page: PilotPage) -> "PilotRegistration":
        year = timezone.localdate().year
        for _attempt in range(5):
            number = (cls.objects.filter(year=year).aggregate(m=Max("number"))["m"] or 0) + 1
            try:
                with transaction.atomic():
                    return cls.objects.create(
                        page=page, year=year, number=number, registry_id=f"TSK-{year}-{number:04d}"
                    )
            except IntegrityError:
                if cls.objects.filter(page=page).exists():
                    return cls.objects.get(page=page)
        raise IntegrityError("could not assign a registry number")  # pragma: no cover


class PilotVersion(models.Model):
    """One published version of a pilot registration: what was public, when and why."""

    page = models.ForeignKey(PilotPage, on_delete=models.CASCADE, related_name="versions")
    major = models.PositiveSmallIntegerField()
    minor = models.PositiveSmallIntegerField()
    published_at = models.DateTimeField(_("datum"), default=timezone.now)
    reason = models.TextField(_("reden"), blank=True)
    classification = models.CharField(
        _("soort wijziging"), max_length=10, choices=PilotPage.Change.choices, blank=True
    )
    snapshot = models.JSONField(_("openbare velden"), default=dict)
    revision = models.ForeignKey(
        "wagtailcore.Revision", null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )

    class Meta:
        ordering = ["page", "major", "minor"]
        constraints = [
            models.UniqueConstraint(fields=["page", "major", "minor"], name="unique_pilot_version")
        ]
        verbose_name = _("versie")
        verbose_name_plural = _("versies")

    def __str__(self):
        return self.version

    @property
    def version(self) -> str:
        return f"{self.major}.{self.minor}"
