"""Detectors for numeric identifiers: BSN, phone, IBAN, postcode, e-mail, licence plate."""

from __future__ import annotations

import re
from collections.abc import Iterator

from .checksums import IBAN_LENGTHS, is_bsn, is_iban
from .findings import Finding

# Separators: space (also no-break and thin space), dot, dash; any grouping (3-3-3, 4-2-3).
_S = "[ \u00a0\u202f.-]"
_BSN = re.compile(rf"(?<![\w.,/-])\d(?:{_S}?\d){{8}}(?![\w/-]|[.,]\d)")
# After the word BSN (within 24 characters: "BSN van moeder: ...") any 8-9 digit number
# points at a child, whatever its checksum: a mistyped BSN identifies as well as a correct one.
_BSN_CUE = re.compile(
    rf"(?P<cue>\b(?:BSN|bsn|Bsn|burgerservicenummer|sofinummer|sofi-nummer)(?:-?nummer|-?nr\.?)?)"
    rf"[^\d\n]{{0,24}}?(?P<n>(?<!\d)\d(?:{_S}?\d){{7,8}})(?![\w/-]|[.,]\d)",
    re.IGNORECASE,
)
# Helplines and organisations' numbers identify no family: 0800/090x (free and paid
# service numbers), 088 (company-wide numbers such as Veilig Thuis regions) and 14 0xx.
SERVICE_PREFIXES = r"(?:800|90[0-9]|88)"
_SERVICE = re.compile(rf"^(?:\+31\s?\(?0?\)?\s?|0031\s?|0){SERVICE_PREFIXES}(?!\d{{8}})")

_SEP = r"(?:\s?[-.]\s?|\s|\)\s?)?"
# A date with its year, as a chat export writes it before the time: no phone number.
_DATE_START = re.compile(r"\(?[0-3]?\d[-/.][01]?\d[-/.](?:19|20)\d{2}\b")
_PHONE_NL = re.compile(
    r"(?<![\w+])(?<![A-Z]{4} )(?:(?:\+|00)\s?31\s?(?:\(0\)\s?)?[-.]?\s?|\(?0)"
    r"[1-9](?:" + _SEP + r"\d){8}(?![\d-])"
)
_PHONE_INTL = re.compile(
    r"(?<![\w+])(?:\+|00)(?!31)[1-9]\d{0,2}(?:\s?\(0\))?(?:[\s.-]?\d){6,12}(?!\d)"
)

_IBAN = re.compile(r"\b[A-Za-z]{2}[ \u00a0-]{0,2}\d{2}(?:[ \u00a0.-]{0,2}[A-Za-z0-9]){11,30}")

# Two capital letters must not be SA, SD or SS; lower case only when written without space.
_POSTCODE = re.compile(r"\b[1-9]\d{3}(?:\s?(?!SA|SD|SS)[A-Z]{2}|(?!sa|sd|ss)[a-z]{2})\b")
# Lower case with a space only where it is clearly a postcode: after a house number
# ("Korte Kade 220-II (7519 tw)") or before a town ("2400 ht Hoorn").
_POSTCODE_LOWER = re.compile(r"\b[1-9]\d{3} (?!sa|sd|ss)[a-z]{2}\b")
_HOUSE_NUMBER_BEFORE = re.compile(
    r"\d(?:[-\s]?(?:[a-zA-Z]{1,2}|hs|bis|hoog|I{1,3}|i{1,3}|\d{1,4}))?,?\s*\(?$"
)
# Two-letter words and units that follow a number or a year: "2021 in Nederland", "1200 km".
NOT_POSTCODE_LETTERS = frozenset(
    re.findall(
        r"\w+",
        "in om op en te de is al nu ik je we ze er na of zo ja uw mn ca km kg cm mm ml mg gr nr wk",
    )
)
_TOWN_AFTER = re.compile(r"^\)?,?\s+[A-Z][a-zà-ÿ]+")
_JARGON_PAIRS = frozenset({"VT", "GI", "OT", "JB", "SO", "BO", "KC", "CJ", "IN", "EN"})

_EMAIL = re.compile(r"(?<![\w.+-])[\w.+-]+@[\w-]+(?:\.[\w-]+)*\.[A-Za-z]{2,24}\b")

# Dutch sidecodes 1-14 (L = letter, D = digit), always written with dashes.
_L, _D = "[A-Z]", r"\d"
_SIDECODES = [
    (2, 2, 2, "LDD"),
    (2, 2, 2, "DDL"),
    (2, 2, 2, "DLD"),
    (2, 2, 2, "LDL"),
    (2, 2, 2, "LLD"),
    (2, 2, 2, "DLL"),
    (2, 3, 1, "DLD"),
    (1, 3, 2, "DLD"),
    (2, 3, 1, "LDL"),
    (1, 3, 2, "LDL"),
    (3, 2, 1, "LDL"),
    (1, 2, 3, "LDL"),
    (1, 2, 3, "DLD"),
    (3, 2, 1, "DLD"),
]


def _plate_regex() -> re.Pattern[str]:
    alts = set()
    for sizes, kinds in ((s[:3], s[3]) for s in _SIDECODES):
        parts = [f"{_L if k == 'L' else _D}{{{n}}}" for n, k in zip(sizes, kinds, strict=True)]
        alts.add("-".join(parts))
    return re.compile(r"(?<![\w-])(?:" + "|".join(sorted(alts)) + r")(?![\w-])")


_PLATE = _plate_regex()
# "projectcode PJ-25-62", "kostenplaats AB-12-34": a code of the books, no car.
_CODE_BEFORE = re.compile(
    r"\b(?:\w*code|project\w*|budget\w*|kostenplaats\w*|\w*order\w*|factuur\w*|artikel\w*)\W{0,3}$",
    re.IGNORECASE,
)


def _mk(kind: str, text: str, start: int, end: int, code: str = "", word: str = "") -> Finding:
    params = (("word", word),) if word else ()
    return Finding(kind, start, end, text[start:end], code or kind, params)


def find_bsn(text: str) -> Iterator[Finding]:
    for m in _BSN.finditer(text):
        if is_bsn(m.group()):
            yield _mk("bsn", text, m.start(), m.end(), "bsn_checksum")
    for m in _BSN_CUE.finditer(text):
        yield _mk("bsn", text, m.start("n"), m.end("n"), "bsn_cue", m.group("cue"))


def find_phone(text: str) -> Iterator[Finding]:
    for rx in (_PHONE_NL, _PHONE_INTL):
        for m in rx.finditer(text):
            if rx is _PHONE_NL and _SERVICE.match(m.group().lstrip("(")):
                continue
            if _DATE_START.match(m.group()):
                continue  # "[01-03-2024 13:03]": a message's date and time
            yield _mk("phone", text, m.start(), m.end())


def find_iban(text: str) -> Iterator[Finding]:
    pos = 0
    while m := _IBAN.search(text, pos):
        cand, pos = m.group(), m.start() + 1
        if cand[:2].upper() not in IBAN_LENGTHS:
            continue  # a known country fixes the length: no trimming until mod-97 holds by luck
        # Trim trailing characters (e.g. a following word) until the checksum holds; search
        # on right after it, so a second IBAN the match ran into is found too ("... en DE89").
        while len(cand) >= 15:
            if is_iban(cand):
                pos = m.start() + len(cand.rstrip())
                yield _mk("iban", text, m.start(), pos)
                break
            cand = cand[:-1].rstrip(" .-")


def find_postcode(text: str) -> Iterator[Finding]:
    for m in _POSTCODE.finditer(text):
        code = m.group()
        letters, year = code[-2:], code[:2] in ("19", "20")
        if letters in _JARGON_PAIRS and year and not re.match(r"\s+[A-Z][a-z]", text[m.end() :]):
            continue
        yield _mk("postcode", text, m.start(), m.end())
    for m in _POSTCODE_LOWER.finditer(text):
        if m.group()[-2:] in NOT_POSTCODE_LETTERS:
            continue
        before = text[max(0, m.start() - 12) : m.start()]
        if _HOUSE_NUMBER_BEFORE.search(before) or _TOWN_AFTER.match(text[m.end() :]):
            yield _mk("postcode", text, m.start(), m.end())


def find_email(text: str) -> Iterator[Finding]:
    for m in _EMAIL.finditer(text):
        yield _mk("email", text, m.start(), m.end())


def find_plate(text: str) -> Iterator[Finding]:
    for m in _PLATE.finditer(text):
        if not _CODE_BEFORE.search(text[max(0, m.start() - 30) : m.start()]):
            yield _mk("licence_plate", text, m.start(), m.end())
