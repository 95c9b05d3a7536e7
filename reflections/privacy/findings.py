"""The Finding record and the wording shown to users per kind (Dutch, translatable)."""

from __future__ import annotations

from dataclasses import dataclass, field


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

#: Why a span was flagged, per reason code (Dutch, translatable; ``%(word)s`` is filled in
#: from ``Finding.params``). A finding without a specific code gets its kind's default.
REASONS: dict[str, str] = {
    "name_title": gettext_noop("lijkt een naam: staat na '%(word)s'"),
    "name_role": gettext_noop("lijkt een naam: staat na '%(word)s'"),
    "name_verb": gettext_noop("lijkt een naam: staat voor '%(word)s'"),
    "name_age": gettext_noop("lijkt een naam: er staat een leeftijd bij"),
    "name_possessive": gettext_noop("lijkt een naam: bezitsvorm '%(word)s'"),
    "name_known": gettext_noop("lijkt een naam: bekende voor- of achternaam"),
    "name_lowercase": gettext_noop("lijkt een naam in kleine letters: bekende voornaam"),
    "name_shape": gettext_noop("lijkt een naam: vorm van een achternaam"),
    "name_particle": gettext_noop("lijkt een achternaam met tussenvoegsel"),
    "name_nickname": gettext_noop("lijkt een naam: er staat een roepnaam bij"),
    "name_proper": gettext_noop("lijkt een naam: hoofdletter midden in de zin, geen bekend woord"),
    "name_coordinated": gettext_noop("lijkt een naam: staat naast een andere naam"),
    "name_repeated": gettext_noop("lijkt een naam: staat elders in de tekst als naam"),
    "name_speaker": gettext_noop("lijkt een naam: schrijver van een chatbericht"),
    "name_greeting": gettext_noop("lijkt een naam: staat na de groet '%(word)s'"),
    "name_initial": gettext_noop("lijkt een naam: staat na de voorletter '%(word)s'"),
    "date_birth_cue": gettext_noop(
        "lijkt een geboortedatum: staat bij 'geboren' of 'geboortedatum'"
    ),
    "date_after_name": gettext_noop("lijkt een geboortedatum: staat tussen haakjes na een naam"),
    "date_near_age": gettext_noop("lijkt een geboortedatum: er staat een leeftijd bij"),
    "date_far_past": gettext_noop("lijkt een geboortedatum: datum van jaren geleden"),
    "bsn_checksum": gettext_noop("lijkt een BSN: 9 cijfers die de elfproef halen"),
    "bsn_cue": gettext_noop(
        "staat na '%(word)s': ook een verkeerd getypt nummer wijst naar een kind"
    ),
    "iban": gettext_noop("rekeningnummer met geldige controlecijfers"),
    "phone": gettext_noop("lijkt een telefoonnummer"),
    "email": gettext_noop("lijkt een e-mailadres"),
    "postcode": gettext_noop("lijkt een postcode"),
    "address": gettext_noop("lijkt een adres: straatnaam met huisnummer"),
    "school": gettext_noop("lijkt de naam van een school"),
    "licence_plate": gettext_noop("lijkt een kenteken"),
    "case_cue": gettext_noop("lijkt een dossiernummer: staat na '%(word)s'"),
    "case_shape": gettext_noop("lijkt een dossier- of zaaknummer (vorm van het nummer)"),
}
_DEFAULT_REASON = {
    "name": "name_known",
    "bsn": "bsn_checksum",
    "date_of_birth": "date_birth_cue",
    "case_number": "case_shape",
}


@dataclass(frozen=True)
class Finding:
    """One identifying span in a text: ``text == source[start:end]``."""

    kind: str
    start: int
    end: int
    text: str
    #: Reason code (a key of ``REASONS``) and its parameters; not part of equality.
    code: str = field(default="", compare=False)
    params: tuple[tuple[str, str], ...] = field(default=(), compare=False)

    @property
    def label(self) -> str:
        return label_for(self.kind)

    @property
    def reason(self) -> str:
        """Why this was flagged, in the active language (Dutch outside Django)."""
        return reason_for(self.code or _DEFAULT_REASON.get(self.kind, self.kind), self.params)

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


def reason_for(code: str, params: tuple[tuple[str, str], ...] | dict[str, str] = ()) -> str:
    template = REASONS.get(code)
    if template is None:
        return label_for(code)
    return _shown(template) % dict(params) if params else _shown(template)
