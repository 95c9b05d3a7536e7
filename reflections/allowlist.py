"""Editors' additions to the privacy guard's allow-list (theorists, organisations, methods).

The shipped list is ``reflections/privacy/allowed_terms.txt``; terms that editors add in the
Wagtail admin (snippet "Toegestane term") are passed to the pure guard as
``find_identifiers(text, allowed=allowed_terms())``. A one-word term ("Rogers") is still a
name after a title or role word ("mevrouw Rogers"); numbers are never cleared.
"""

from __future__ import annotations

from django.core.exceptions import ValidationError
from django.db import models
from django.utils.translation import gettext_lazy as _

from cms.content_version import PerVersion


class PrivacyAllowedTerm(models.Model):
    term = models.CharField(
        _("term"),
        max_length=120,
        unique=True,
        help_text=_(
            "Een naam die geen persoon uit een gezin is, zoals een theoreticus (Bowlby), "
            "een methode of een organisatie (Prinses Máxima Centrum)."
        ),
    )
    note = models.CharField(_("toelichting"), max_length=200, blank=True)
    created = models.DateTimeField(_("aangemaakt"), auto_now_add=True)

    class Meta:
        ordering = ["term"]
        verbose_name = _("toegestane term")
        verbose_name_plural = _("toegestane termen")

    def __str__(self):
        return self.term

    def clean(self):
        self.term = " ".join(self.term.split())
        if len(self.term) < 2:
            raise ValidationError({"term": _("Een term heeft minstens 2 tekens.")})
        if any(c.isdigit() for c in self.term):
            raise ValidationError({"term": _("Een term bevat geen cijfers.")})


def _read_terms() -> tuple[str, ...]:
    return tuple(PrivacyAllowedTerm.objects.values_list("term", flat=True))


_terms = PerVersion(_read_terms)


def allowed_terms() -> tuple[str, ...]:
    """The editors' terms, read once per process and content token (cms.content_version).

    Saving or deleting a term changes the token, so every web worker sees the change at its
    next request, with or without a shared cache."""
    return _terms()
