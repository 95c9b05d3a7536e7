"""The link from a pilot or a study to a guidance page, or to one section of it."""

from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel
from wagtail.models import Orderable

from cms.models import GuidanceSectionRef


class GuidanceLink(Orderable, GuidanceSectionRef):
    """A section reference (cms.GuidanceSectionRef) that may also point at the whole page.

    The pilot or study that links is ``source`` (the ParentalKey of the concrete models).
    """

    anchor = models.SlugField(
        _("anker van de sectie"),
        max_length=80,
        blank=True,
        help_text=_("Leeg laten om naar de hele richtlijn te verwijzen."),
    )

    panels = [FieldPanel("page"), FieldPanel("anchor")]

    class Meta(Orderable.Meta):
        abstract = True
