"""The Finding record and the wording shown to users per kind (Dutch, translatable)."""

from __future__ import annotations

from dataclasses import dataclass


def gettext_noop(text: str) -> str:
    """Marks a string for `makemessages`; translated when shown (see `_shown`)."""
    return text


#: Dutch human label per kind.
LABELS: dict[str, str] = {
    "name": gettext_noop("naam"),
    "bsn": gettext_noop("BSN"),
    "date_of_birth": gettext_noop("geboortedatum"),
    "postcode": gettext_noop("postcode"),
    "address": gettext_noop("adres"),
    "phone": gettext_noop("telefoonnummer"),
    "email": gettext_noop("e-mailadres"),
    "iban": gettext_noop("rekeningnummer (IBAN)"),
    "case_number": gettext_noop("dossiernummer"),
    "licence_plate": gettext_noop("kenteken"),
    "school": gettext_noop("school"),
}

#: Neutral replacement suggestion per kind.
SUGGESTIONS: dict[str, str] = {
    "name": gettext_noop("[naam]"),
    "bsn": gettext_noop("[BSN]"),
    "date_of_birth": gettext_noop("[geboortedatum]"),
    "postcode": gettext_noop("[postcode]"),
    "address": gettext_noop("[adres]"),
    "phone": gettext_noop("[telefoonnummer]"),
    "email": gettext_noop("[e-mailadres]"),
    "iban": gettext_noop("[rekeningnummer]"),
    "case_number": gettext_noop("[dossiernummer]"),
    "licence_plate": gettext_noop("[kenteken]"),
    "school": gettext_noop("[school]"),
}

KINDS: tuple[str, ...] = tuple(LABELS)


@dataclass(frozen=True)
class Finding:
    """One identifying span in a text: ``text == source[start:end]``."""

    kind: str
    start: int
    end: int
    text: str

    @property
    def label(self) -> str:
        return label_for(self.kind)

    @property
    def suggestion(self) -> str:
        return suggestion_for(self.kind)


def _shown(text: str) -> str:
    """In the active language when running inside Django; the guard itself needs no Django."""
    try:
        from django.conf import settings
    except ImportError:
        return text
    if not settings.configured:
        return text
    from django.utils.translation import gettext

    return gettext(text)


def label_for(kind: str) -> str:
    return _shown(LABELS.get(kind, kind))


def suggestion_for(kind: str) -> str:
    return _shown(SUGGESTIONS.get(kind, gettext_noop("[verwijderd]")))
