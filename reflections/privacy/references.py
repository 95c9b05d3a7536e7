"""Detector for case, file and reference numbers (dossier, zaak, kenmerk ...)."""

from __future__ import annotations

import re
from collections.abc import Iterator

from .findings import Finding

_KEYWORD = (
    r"(?:dossier|zaak|kenmerk|referentie|registratie|cli[eë]nt|klant|parket|melding|verzoek|rol"
    r"|beschikking|rekest|aanvraag|casus|ticket)"
    r"(?:s?nummer|nr\.?|n[or]\.?)?"
    # an issuer's abbreviation before a colon: "GI: 2024/1187", "VT: 2025-0456"
    r"|(?-i:GI|VT|RvdK|WSS|JBRR|OM)(?=\s*:)"
    r"|ons\s+kenmerk|uw\s+kenmerk|(?:ons|uw)\s+ref\.?|ref\.|dossier-?nr\.?|d-?nr\.?"
)
_ID = r"[A-Za-z]{0,6}[-/.]?\d[\w/.-]*\d|\d"
# An organisation's abbreviation may stand between keyword and number: "zaaknummer RvdK 2024/…".
_ISSUER = (
    r"(?:(?:van\s+(?:de\s+|het\s+)?)?(?-i:[A-Z][A-Za-z]{0,5})\s+"
    # or who keeps the number, before a colon or 'is': "Klantnummer gemeente: 5529107",
    # "Kenmerk bij Jeugdbescherming Noord: JB...", "klantnummer bij de gemeente is 88-1203"
    r"|(?:(?:van|bij)\s+(?:de\s+|het\s+)?)?[a-zë]{3,20}(?:\s+[a-zë]{3,20})?(?=\s*:|\s+is\s)\s*)?"
)
_KEYED = re.compile(
    rf"\b(?P<kw>{_KEYWORD})\s*{_ISSUER}(?:is\s+|:\s*|#\s*|nr\.?\s*|nummer\s*)?"
    rf"(?P<id>(?:{_ID}))(?![\w-])",
    re.IGNORECASE,
)
# Codes by the issuers' shapes: an issuer (VT, GI, RvdK, WSS, JBRR ...), optionally a region
# or location code (VT-UTR, RvdK-AMS, VTHM), then year and number: VT-2025-0456,
# VT-UTR-2025-0456, RvdK AMS 2024/00123, GI-2024-123, JB/2023/00123. Courts: C/13/712345,
# C/13/712345 / JE RK 24-1234, JE RK 24-1234 (juvenile cases; also FA RK, JU RK).
# An all-caps issuer may stand before the number with a space (VTU 2024/5567); a mixed-case
# one only with a dash or slash: in "RvdK Haarlem 2025.318842" the issuer words stay outside.
_ISSUER_CODE = (
    r"(?!(?:BSN|IBAN|BIC|KVK|TEL|FAX|SDQ|ISBN)\b)"
    r"(?:[A-Z]{2,6}(?:[-/ .][A-Z]{2,5})?[-/ .]?"
    r"|[A-Z][a-z]{1,3}[A-Z][A-Za-z]{0,3}(?:[-/][A-Z]{2,5})?[-/])"
)
_CODE = re.compile(
    r"(?<![\w/-])(?:(?i:[a-z]/\d{2}/\d{4,8}(?:\s*/\s*[a-z]{2}\s+[a-z]{2}\s+\d{2}-\d{2,6})?)"
    rf"|(?:{_ISSUER_CODE}|[A-Z][A-Za-z]{{0,5}}[-/]?)\d{{2,4}}[-/.]\d{{2,8}}"
    r"(?:[-/.]\d{1,6})?"
    rf"|{_ISSUER_CODE}(?:19|20)\d{{2}} \d{{4,8}}"  # with spaces: WSS 2025 08812
    # in lower case, with a year: vt-utr-2025-0456
    r"|[a-z]{2,6}(?:-[a-z]{2,5})?-(?:19|20)\d{2}-\d{3,8}"
    r"|(?:19|20)\d{2}[-/]0\d{3,7}"  # a number with its leading zero: 2025-0456
    r"|(?i:(?:JE|JR|JU|FA|KG)\s?RK\s?\d{2}[-/]\d{2,6})"
    r"|\d{2}/\d{6}-\d{2}"  # OM parketnummer 13/245871-25
    r"|(?:19|20)\d{2}\.\d{5,8}"  # Raad: RvdK Haarlem 2025.318842
    r"|[A-Z]{2,4}-(?!(?:19|20)\d{2}(?!\d))\d{4,6}"  # client codes: CL-20931
    r"|\d{3}\.\d{3}\.\d{3}/\d{2}"  # gerechtshof 200.345.678/01
    r"|(?:19|20)\d{2}[-/]\d{5,8})(?![\w/-])"
)
# The Raad's number after its name and location, in any shape: "RvdK Alkmaar 284201-2025".
_RAAD = re.compile(
    r"\b(?:RvdK|Raad\s+voor\s+de\s+Kinderbescherming)(?:\s+(?:locatie\s+)?[A-Z][\w-]+)?"
    r"[\s,:]+(?:nr\.?\s*)?(?P<id>\d[\d./-]{4,}\d)(?![\w/-])"
)
_YEAR = re.compile(r"(?:19|20)\d{2}")
# Reference numbers of things that are no family: subsidies, projects, invoices, contracts,
# companies, publications and laws.
_NOT_A_CASE = re.compile(
    r"\b(?:subsidie\w*|\w*fonds\w*|bijdrage|toekenning|project\w*|regeling|factuur\w*|offerte|aanbesteding|inkoop"
    r"|contract\w*|overeenkomst|KvK|kamer\s+van\s+koophandel|ISBN|DOI|ZonMw|Staatsblad|Stb"
    r"|Kamerstuk\w*|artikel|art\.|versie|cursus\w*|training|opleiding\w*|accreditatie\w*)\b",
    re.IGNORECASE,
)


def _not_a_case(text: str, start: int) -> bool:
    """A cue for a subsidy, project or law reference earlier in the same sentence."""
    sentence = re.split(r"[.!?\n]\s", text[max(0, start - 60) : start])[-1]
    return bool(_NOT_A_CASE.search(sentence))


def find_case_numbers(text: str) -> Iterator[Finding]:
    for m in _KEYED.finditer(text):
        ident = m.group("id")
        digits = sum(c.isdigit() for c in ident)
        keyword = m.group("kw").lower()
        numbered = any(k in keyword for k in ("nummer", "nr", "kenmerk", "ref"))
        if _YEAR.fullmatch(ident) or _not_a_case(text, m.start()):
            continue
        if digits >= 4 or (numbered and digits >= 2):
            params = (("word", m.group("kw")),)
            yield Finding("case_number", m.start("id"), m.end("id"), ident, "case_cue", params)
    for m in _CODE.finditer(text):
        if _not_a_case(text, m.start()):
            continue
        yield Finding("case_number", m.start(), m.end(), m.group(), "case_shape")
    for m in _RAAD.finditer(text):
        if not _YEAR.fullmatch(m.group("id")):
            yield Finding("case_number", m.start("id"), m.end("id"), m.group("id"), "case_cue")
