"""Detector for case, file and reference numbers (dossier, zaak, kenmerk ...)."""

from __future__ import annotations

import re
from collections.abc import Iterator

from .dates import is_date
from .findings import Finding
from .numeric import SERVICE_PREFIXES

_KEYWORD = (
    r"(?:[a-zë]{2,15}dossier|dossier|zaak|kenmerk|referentie|registratie|cli[eë]nt|klant|parket"
    r"|melding|verzoek|rol|beschikking|rekest|aanvraag|casus|relatie)"
    r"(?:s?nummer|nr\.?|n[or]\.?|-?id\b)?"
    r"|(?:wijkteam|cjg|gemeente)-?id\b"
    # an issuer's abbreviation before a colon: "GI: 2024/1187", "VT: 2025-0456"
    r"|(?-i:GI|VT|RvdK|WSS|JBRR|OM)(?=\s*:)"
    r"|ons\s+kenmerk|uw\s+kenmerk|(?:ons|uw)\s+ref\.?|ref\.|dossier-?nr\.?|d-?nr\.?"
)
# Letter groups may lead ("CJG-RDAM-93999") and one may close ("2025-928824-WMO").
_ID = r"(?:[A-Za-z]{1,6}[-/.]?){0,3}\d[\w/.-]*\d(?:-[A-Za-z]{1,5}(?![\w-]))?|\d"
# An organisation's abbreviation may stand between keyword and number: "zaaknummer RvdK 2024/…".
_ISSUER = (
    r"(?:(?:van\s+(?:de\s+|het\s+)?)?(?-i:[A-Z][A-Za-z]{0,5})\s+"
    # or who keeps the number, before a colon or 'is': "Klantnummer gemeente: 5529107",
    # "Kenmerk bij Jeugdbescherming Noord: JB...", "klantnummer bij de gemeente is 88-1203"
    r"|(?:(?:van|bij)\s+(?:de\s+|het\s+)?)?[a-zë]{3,20}(?:\s+[a-zë]{3,20})?(?=\s*:|\s+is\s)\s*"
    # or names the keeper straight before the number: "registratienummer politie PL0500-…",
    # "cliëntnummer bij de instelling 0071834"
    r"|(?:(?:van|bij)\s+(?:de\s+|het\s+)?)?(?:gemeente|politie|schuldhulp\w*|instelling|wijkteam"
    r"|leerplicht|ggz|zorgaanbieder|jeugdbescherming|raad|rechtbank)\s+)?"
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
# Letters that start no case number: numbers, amounts, standards, subsidies and documents.
_NOT_ISSUER = (
    r"(?!(?:BSN|IBAN|BIC|KVK|TEL|FAX|SDQ|ISBN|EUR|USD|GBP|ISO|NEN|AGB|BTW|SUB|DOC|RFC|FIN|DBC)\b)"
)
_ISSUER_CODE = (
    _NOT_ISSUER
    # nor a word of a heading in capitals: "ZITTING VAN 24/12"
    + r"(?!(?:VAN|DE|HET|EN|OP|TOT|IN|VOOR|PER|OM|NA|MET)\b)"
    r"(?:[A-Z]{2,6}(?:[-/ .](?:[A-Z]{1,5}|[A-Z]'[a-z]{2,4}))?[-/ .]?"  # VT-A'dam 25-6610
    r"|[A-Z][a-z]{1,3}[A-Z][A-Za-z]{0,3}(?:[-/][A-Z]{2,5}[-/ ]|[-/])"
    r"|[A-Z]{2,4}[a-z] )"  # a region in lower case: "JBw 25-16805"
)
_CODE = re.compile(
    r"(?<![\w/-])(?:(?i:[a-z]/\d{2}/\d{4,8}(?:\s*/\s*[a-z]{2}\s+[a-z]{2}\s+\d{2}-\d{2,6})?)"
    rf"|{_NOT_ISSUER}(?:{_ISSUER_CODE}|[A-Z][A-Za-z]{{0,5}}[-/]?)\d{{2,4}}[-/.]\d{{2,8}}"
    r"(?:[-/.]\d{1,6})?(?:/[A-Z]{1,4})?"  # a team code may close: JZ/24/4143/AV
    rf"|{_ISSUER_CODE}(?:(?:19|20)\d{{2}}|\d{{2}}) \d{{4,8}}"  # with spaces: WSS 2025 08812
    # an issuer with a region or team code, then the number: VT-DR-236097, CJG-RDAM-93999
    # (not a format code closed by a year: FIN-NTO-2025)
    r"|[A-Z]{2,6}(?:-[A-Z]{1,5})+[- ](?!(?:19|20)\d{2}(?!\d))\d{4,10}"
    # an issuer's letters glued to a long number: WT76973, ZK25075167, PL0500-2025494070
    # (not a standard, a tax or product code, nor an IT ticket: INC…, RITM…, CHG…)
    r"|(?!(?:ISO|NEN|AGB|BTW|EAN|EUR|KVK|ISBN|INC|RITM|REQ|CHG|PRB|TASK)\d)[A-Z]{2,5}\d{5,10}"
    r"|[A-Z]{2,4}\d{2,6}-\d{6,10}"
    # in lower case, with a year: vt-utr-2025-0456
    r"|[a-z]{2,6}(?:-[a-z]{2,5})?-(?:19|20)\d{2}-\d{3,8}"
    # ... or a two-digit or four-digit year: lp-24-0327, rbl/2024/1408, shv25/4045
    r"|[a-z]{2,4}(?:[-/](?:(?:19|20)?\d{2})[-/]|\d{2}/)\d{3,8}"
    r"|(?:19|20)\d{2}[-/]0\d{3,7}"  # a number with its leading zero: 2025-0456
    r"|(?i:(?:JE|JR|JU|FA|KG)\s?RK\s?\d{2}[-/]\d{2,6})"
    r"|\d{2}/\d{6}-\d{2}"  # OM parketnummer 13/245871-25
    r"|(?:19|20)\d{2}\.\d{5,8}"  # Raad: RvdK Haarlem 2025.318842
    rf"|{_NOT_ISSUER}[A-Z]{{2,4}}-(?!(?:19|20)\d{{2}}(?!\d))\d{{4,6}}"  # client codes: CL-20931
    r"|\d{3}[. ]\d{3}[. ]\d{3}/\d{2}"  # gerechtshof 200.345.678/01, 200 491 211/01
    r"|(?:19|20)\d{2}[-/]\d{5,8})(?![\w/-])"
)
# The Raad's number after its name and location, in any shape: "RvdK Alkmaar 284201-2025".
# Also "de Raad Amsterdam 2024 597436", "RvdK team Rotterdam-Noord 24.586667", "de Raad,
# locatie Zwolle 25.812850", "RvdK Den Bosch 2025 041236".
_RAAD = re.compile(
    r"\b(?:RvdK|Raad\s+voor\s+de\s+Kinderbescherming|(?<=[Dd]e\s)Raad)"
    r"(?:,?\s+(?:locatie\s+|team\s+|regio\s+)?(?:Den\s+|De\s+)?[A-Z][\w-]+)?"
    r"[\s,:]+(?:nr\.?\s*)?(?P<id>\d(?:[\d./-]|(?<=\d) (?=\d{5}))*\d)(?![\w/-])"
)
_YEAR = re.compile(r"(?:19|20)\d{2}")
#: Two or three letters and a day and month: "HB 27/11", "MDA 3/4".
_DAY_MONTH = re.compile(r"[A-Z]{2,3}[ -](?:0?[1-9]|[12]\d|3[01])/(?:0?[1-9]|1[0-2])")
_NOT_A_CASE_ID = re.compile(r"(?i:sub|doc|fac|inv|ord)(?![a-z])|.*-(?i:inv|fac|sub)-")
# A court's number is one whatever the sentence says: "de regeling uit C/19/133302 / JE RK …".
_COURT = re.compile(r"(?i:[a-z]/\d{2}/\d|(?:JE|JR|JU|FA|KG)\s?RK)")
# Reference numbers of things that are no family: subsidies, projects, invoices, contracts,
# companies, publications and laws.
# Words (and heads of compounds: "onderhoudscontract", "reiskostendeclaratie") that such
# references follow; the first group takes any ending ("subsidienummer"), the second none.
_NOT_A_CASE = re.compile(
    r"\b(?:(?:\w*subsidie|\w*fonds|\w*project|\w*factuur|factur|offerte|inkoop|\w*order|bestel"
    r"|kostenplaats|begroting|\w*product|\w*declaratie|tarie[fv]|\w*contract|\w*overeenkomst"
    r"|invoice|betaal|betaling|financi[eë]|accountant|cursus|opleiding|accreditatie|webinar"
    r"|leerplatform|deelname|bijeenkomst|zaalhuur|vervoer|taxi"
    # the IT helpdesk and the facilities: "ticket INC2025-…", "melding #94285 bij facilitair"
    r"|ticket|servicedesk|helpdesk|storing|topdesk|facilitair)\w*"
    r"|bijdrage|toekenning|regeling|aanbesteding|budget(?:nummer|code|post)?|betaald|KvK"
    r"|kamer\s+van\s+koophandel|ISBN|DOI|ZonMw|Staatsblad|Stb|Kamerstuk\w*|artikel|art\."
    r"|versie|training|SKJ|DBC|rit(?:nummer|ten)?|jira|zendesk|servicenow)\b",
    re.IGNORECASE,
)
#: A helpdesk's or a facilities desk's message: its "melding" numbers are tickets, however far
#: down the message ("Van: Facilitair Servicedesk ... Je melding 25-11873 is afgehandeld").
_DESK_MESSAGE = re.compile(
    r"\b(?:\w*servicedesk|helpdesk|facilitair\w*|topdesk|applicatiebeheer|functioneel\s+beheer)\b",
    re.IGNORECASE,
)
#: Numbers of organisations' service lines ("088-4413000", "0800-2000") are no case numbers;
#: which prefixes those are is the phone detector's decision (numeric.SERVICE_PREFIXES).
_SERVICE_NUMBER = re.compile(rf"0{SERVICE_PREFIXES}[- ]?\d{{3,7}}")


# A sentence ends at . ! ? or a line break, but not at the dot of "nr." or "art.".
_SENTENCE_END = re.compile(r"(?<!nr)(?<!\bno)(?<!\bart)(?<!\bref)[.!?]\s|\n")
_HELPDESK_AFTER = re.compile(
    r"^\)?\s+(?:bij|van|aan)\s+(?:de\s+)?(?:(?:service|help)desk|facilitair\w*|ict\b)"
    # or what is done with an invoice: "F2025-94062 kan pas worden betaald"
    r"|^[^.!?\n]{0,40}\b(?:betaald|betalen|gefactureerd|gedeclareerd|uitbetaald)\b",
    re.IGNORECASE,
)


# A document's or an attachment's own code right before it: "document DOC-0647", "in de
# bijlage zit F2024-99391"; further away the sentence may name a family's number after all.
_DOCUMENT_BEFORE = re.compile(
    r"\b(?:document|bijlage)\w*\s*(?:zit\s+|nr\.?\s*|:\s*)?\(?$", re.IGNORECASE
)


def _not_a_case(text: str, start: int, end: int) -> bool:
    """A document's code (right before `start`), a cue for a subsidy, order, project, law or
    helpdesk reference earlier in the same sentence, or a helpdesk right after the number (at
    `end`)."""
    if _DOCUMENT_BEFORE.search(text[max(0, start - 25) : start]):
        return True
    if _SERVICE_NUMBER.fullmatch(text[start:end]) or _DESK_MESSAGE.search(
        text, max(0, start - 1500), start
    ):
        return True
    sentence = _SENTENCE_END.split(text[max(0, start - 60) : start])[-1]
    return bool(_NOT_A_CASE.search(sentence) or _HELPDESK_AFTER.match(text[end : end + 60]))


def find_case_numbers(text: str) -> Iterator[Finding]:
    for m in _KEYED.finditer(text):
        ident = m.group("id")
        digits = sum(c.isdigit() for c in ident)
        keyword = m.group("kw").lower()
        numbered = any(k in keyword for k in ("nummer", "nr", "kenmerk", "ref"))
        if _YEAR.fullmatch(ident) or _NOT_A_CASE_ID.match(ident) or is_date(ident):
            continue  # "beschikking SUB/2024/412": a subsidy's decision; "Beschikking: 12-09-2024"
        if _not_a_case(text, m.start(), m.end("id")):
            continue
        if digits >= 4 or (numbered and digits >= 2):
            params = (("word", m.group("kw")),)
            yield Finding("case_number", m.start("id"), m.end("id"), ident, "case_cue", params)
    for m in _CODE.finditer(text):
        if not _COURT.match(m.group()) and _not_a_case(text, m.start(), m.end()):
            continue
        if _DAY_MONTH.fullmatch(m.group()):
            continue  # "HB 27/11": a home visit on a day, not a number
        yield Finding("case_number", m.start(), m.end(), m.group(), "case_shape")
    for m in _RAAD.finditer(text):
        if not _YEAR.fullmatch(m.group("id")) and not _SERVICE_NUMBER.fullmatch(m.group("id")):
            issuer = (("word", text[m.start() : m.start("id")].strip(" ,:")),)
            yield Finding(
                "case_number", m.start("id"), m.end("id"), m.group("id"), "case_cue", issuer
            )
