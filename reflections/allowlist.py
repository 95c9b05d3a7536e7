"""Editors' additions to the privacy guard's allow-list (theorists, organisations, methods).

The shipped list is ``reflections/privacy/allowed_terms.txt``; terms that editors add in the
Wagtail admin (snippet "Toegestane term") are passed to the pure guard as
``find_identifiers(text, allowed=allowed_terms())``. A one-word term ("Rogers") is still a
name after a title or role word ("mevrouw Rogers"); numbers are never cleared.
"""

from __future__ import annotations

from django.core.cache import cache
from django.core.exceptions import ValidationError
from django.db import models, transaction
from django.db.models.signals import post_delete, post_save
from django.dispatch import receiver
from django.utils.translation import gettext_lazy as _

VERSION_KEY = "reflections:privacy-allowed-terms:version"
_memo: dict[str, object] = {"version": None, "terms": ()}


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


def allowed_terms() -> tuple[str, ...]:
    """The editors' terms, read again only when the version token in the cache changed.

    With a shared cache (Redis) every worker sees a change at its next call; with the
    default per-process cache a change reaches other processes when they restart."""
    version = cache.get(VERSION_KEY)
    if version is None:
        version = 1
        cache.add(VERSION_KEY, version, timeout=None)
        version = cache.get(VERSION_KEY, version)
    if _memo["version"] != version:
        _memo["terms"] = tuple(PrivacyAllowedTerm.objects.values_list("term", flat=True))
        _memo["version"] = version
    return _memo["terms"]


def _bump_version() -> None:
    try:
        cache.incr(VERSION_KEY)
    except ValueError:  # no token yet
        cache.set(VERSION_KEY, 2, timeout=None)


@receiver(post_save, sender=PrivacyAllowedTerm)
@receiver(post_delete, sender=PrivacyAllowedTerm)
def _terms_changed(sender, **kwargs):
    # After the commit: a rolled-back change must not make workers read a list without it.
    transaction.on_commit(_bump_version)
