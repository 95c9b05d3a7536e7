"""The Finding record and the Dutch wording shown to users per kind."""

from __future__ import annotations

from dataclasses import dataclass

#: Dutch human label per kind.
LABELS: dict[str, str] = {
    "name": "naam",
    "bsn": "BSN",
    "date_of_birth": "geboortedatum",
    "postcode": "postcode",
    "address": "adres",
    "phone": "telefoonnummer",
    "email": "e-mailadres",
    "iban": "rekeningnummer (IBAN)",
    "case_number": "dossiernummer",
    "licence_plate": "kenteken",
    "school": "school",
}

#: Neutral replacement suggestion per kind.
SUGGESTIONS: dict[str, str] = {
    "name": "[naam]",
    "bsn": "[BSN]",
    "date_of_birth": "[geboortedatum]",
    "postcode": "[postcode]",
    "address": "[adres]",
    "phone": "[telefoonnummer]",
    "email": "[e-mailadres]",
    "iban": "[rekeningnummer]",
    "case_number": "[dossiernummer]",
    "licence_plate": "[kenteken]",
    "school": "[school]",
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


def label_for(kind: str) -> str:
    return LABELS.get(kind, kind)


def suggestion_for(kind: str) -> str:
    return SUGGESTIONS.get(kind, "[verwijderd]")
