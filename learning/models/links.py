"""The link from a pilot or a study to a guidance page, or to one section of it."""

from django.core.exceptions import ValidationError
from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel
from wagtail.models import Orderable


class GuidanceLink(Orderable):
    """A link to a guidance page, optionally to one section of it (by anchor)."""

    guidance = models.ForeignKey(
        "cms.GuidancePage", on_delete=models.CASCADE, related_name="+", verbose_name=_("richtlijn")
    )
    anchor = models.SlugField(
        _("anker van de sectie"),
        max_length=80,
        blank=True,
        help_text=_("Leeg laten om naar de hele richtlijn te verwijzen."),
    )

    panels = [FieldPanel("guidance"), FieldPanel("anchor")]

    class Meta(Orderable.Meta):
        abstract = True

    def clean(self):
        super().clean()
        guidance = self.guidance if self.guidance_id else None
        if guidance and self.anchor and guidance.section_by_anchor(self.anchor) is None:
            anchors = ", ".join(b.value["anchor"] for b in guidance.sections)
            raise ValidationError(
                {
                    "anchor": _("Deze richtlijn heeft geen sectie '%(anchor)s' (wel: %(known)s).")
                    % {"anchor": self.anchor, "known": anchors}
                }
            )

    @property
    def url(self) -> str:
        base = self.guidance.url or ""
        return f"{base}#{self.anchor}" if self.anchor else base

    @property
    def label(self) -> str:
        if self.anchor:
            section = self.guidance.section_by_anchor(self.anchor)
            if section:
                return f"{self.guidance.title}: {section['title']}"
        return self.guidance.title
