"""Detector for case, file and reference numbers (dossier, zaak, kenmerk ...)."""

from __future__ import annotations

import re
from collections.abc import Iterator

from .findings import Finding

_KEYWORD = (
    r"(?:dossier|zaak|kenmerk|referentie|registratie|cli[eë]nt|melding|verzoek|rol"
    r"|beschikking|rekest|aanvraag|casus|ticket)"
    r"(?:nummer|nr\.?|n[or]\.?)?"
    r"|ons\s+kenmerk|uw\s+kenmerk|(?:ons|uw)\s+ref\.?|ref\.|dossier-?nr\.?|d-?nr\.?"
)
_ID = r"[A-Za-z]{0,6}[-/]?\d[\w/.-]*\d|\d"
# An organisation's abbreviation may stand between keyword and number: "zaaknummer RvdK 2024/…".
_ISSUER = r"(?:(?:van\s+(?:de\s+|het\s+)?)?(?-i:[A-Z][A-Za-z]{0,5})\s+)?"
_KEYED = re.compile(
    rf"\b(?P<kw>{_KEYWORD})\s*{_ISSUER}(?:is\s+|:\s*|#\s*|nr\.?\s*|nummer\s*)?"
    rf"(?P<id>(?:{_ID}))(?![\w-])",
    re.IGNORECASE,
)
# Prefixed codes such as VT-2025-0456, GI-2024-123, JB/2023/00123, C/16/123456.
_CODE = re.compile(
    r"(?<![\w/-])(?:[A-Z][A-Za-z]{0,5}[-/]?\d{2,4}[-/]\d{2,8}(?:[-/]\d{1,6})?"
    r"|[A-Z]/\d{2}/\d{4,8}(?:\s*/\s*[A-Z]{2}\s+[A-Z]{2}\s+\d{2}-\d{2,6})?"
    r"|(?:19|20)\d{2}[-/]\d{5,8})(?![\w/-])"
)
_YEAR = re.compile(r"(?:19|20)\d{2}")


def find_case_numbers(text: str) -> Iterator[Finding]:
    for m in _KEYED.finditer(text):
        ident = m.group("id")
        digits = sum(c.isdigit() for c in ident)
        keyword = m.group("kw").lower()
        numbered = any(k in keyword for k in ("nummer", "nr", "kenmerk", "ref"))
        if _YEAR.fullmatch(ident):
            continue
        if digits >= 4 or (numbered and digits >= 2):
            yield Finding("case_number", m.start("id"), m.end("id"), ident)
    for m in _CODE.finditer(text):
        yield Finding("case_number", m.start(), m.end(), m.group())
