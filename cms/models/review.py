"""Review and withdrawal of a guidance page (issue 14, item 3; docs/guidance-review.md).

`review_by` (the page's existing "next review" date) and the last review change only when an
editor confirms a whole-page review (cms/review_views.py), never by saving or publishing: the
fields are not in the page form, and `with_content_json` keeps the live values whenever a
revision becomes the page (publish, a schedule, a workflow, revert, the importer).

Withdrawal is ordinary page content, published like any change: the page stays reachable with
a banner and the reason, leaves search and lists (cms/withdrawal.py), and its URL sends readers
to the successor when one is named.
"""

from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

# Kept from the live page when a revision is applied: only a confirmed review changes them.
REVIEW_FIELDS = ("review_by", "last_reviewed", "last_reviewed_by_id")


class ReviewedPage(models.Model):
    """Mixed into GuidancePage, which has `review_by`, the next review date."""

    last_reviewed = models.DateField(_("laatst beoordeeld"), null=True, editable=False)
    last_reviewed_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        null=True,
        editable=False,
        on_delete=models.SET_NULL,
        related_name="+",
        verbose_name=_("beoordeeld door"),
    )
    withdrawn = models.BooleanField(
        _("ingetrokken"),
        default=False,
        help_text=_(
            "De pagina blijft bereikbaar met een melding, maar staat niet meer in zoeken en "
            "lijsten."
        ),
    )
    withdrawn_on = models.DateField(_("ingetrokken op"), null=True, editable=False)
    withdrawal_reason = models.TextField(
        _("reden van intrekken"),
        max_length=600,
        blank=True,
        help_text=_("Lezers zien dit bovenaan de pagina."),
    )
    successor = models.ForeignKey(
        "cms.GuidancePage",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        verbose_name=_("opvolger"),
        help_text=_("De pagina die nu geldt. Wie de oude pagina opent, komt daar terecht."),
    )

    class Meta:
        abstract = True

    def with_content_json(self, content):
        page = super().with_content_json(content)
        for name in REVIEW_FIELDS:
            setattr(page, name, getattr(self, name))
        return page

    def clean(self):
        super().clean()
        errors = {}
        if self.withdrawn:
            self.withdrawn_on = self.withdrawn_on or timezone.localdate()
            if not self.withdrawal_reason.strip():
                errors["withdrawal_reason"] = _(
                    "Schrijf waarom de pagina is ingetrokken. Lezers zien dit bovenaan de pagina."
                )
        else:
            self.withdrawn_on = None
            if self.successor_id:
                errors["successor"] = _("Kies alleen een opvolger als de pagina is ingetrokken.")
        successor = self.successor if self.successor_id else None
        if successor is not None:
            if successor.pk == self.pk:
                errors["successor"] = _("Een pagina kan niet haar eigen opvolger zijn.")
            elif successor.withdrawn or not successor.live:
                errors["successor"] = _(
                    "Kies een gepubliceerde pagina die niet is ingetrokken: de pagina die nu geldt."
                )
        if errors:
            raise ValidationError(errors)

    @property
    def review_overdue(self) -> bool:
        return self.review_by is not None and self.review_by < timezone.localdate()
