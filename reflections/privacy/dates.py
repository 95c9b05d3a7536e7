"""Detector for dates of birth: a date counts by what it means, not by its shape.

A full calendar date is a date of birth when
1. a birth cue stands near it (``geboren``, ``geb.``, ``geboortedatum``, ``jarig``, ``°``), or
2. an age stands near it (``8 jaar``, ``(16)``), or it is in brackets right after a word
   (``Daan (12-03-2015)``), or
3. it lies far enough in the past (``PAST_YEARS`` or more before this year) to be a child's
   birth date, a person word (kind, zoon, dochter, moeder ...) stands in the same sentence
   and no event word (zitting, overleg, melding, plaatsing, deadline ...) is near it.
Hearing, meeting, placement and deadline dates are therefore not flagged: they are recent
or future, or carry an event word. A day + month without a year counts only after a birth
cue (``geboren op 3 mei``).
"""

from __future__ import annotations

import datetime
import re
from collections.abc import Iterator

from .findings import Finding
from .name_cues import ROLES

#: A date at least this many years before the current year may be a child's birth date.
PAST_YEARS = 3

_MONTHS = (
    r"(?:januari|februari|maart|april|mei|juni|juli|augustus|september|oktober|november"
    r"|december|jan|feb|febr|mrt|apr|jun|jul|aug|sep|sept|okt|nov|dec)"
)
_DAY = r"(?:0?[1-9]|[12]\d|3[01])"
_MONTH_NUM = r"(?:0?[1-9]|1[0-2])"
_YEAR = r"(?:19|20)\d{2}"

_NUMERIC = re.compile(
    rf"(?<![\w./-]){_DAY}(?P<s>[-/.]){_MONTH_NUM}(?P=s)(?P<y>{_YEAR}|\d{{2}})(?![\w/-]|[.]\d)"
)
_ISO = re.compile(rf"(?<![\w./-])(?P<y>{_YEAR})-{_MONTH_NUM}-{_DAY}(?![\w/-]|[.]\d)")


def is_date(value: str) -> bool:
    """The whole value is a calendar date ("12-09-2024", "2024-09-12"): no reference number."""
    return bool(_NUMERIC.fullmatch(value) or _ISO.fullmatch(value))


_WRITTEN = re.compile(
    rf"(?<![\w.-]){_DAY}(?:e|ste|de)?\s+{_MONTHS}\.?,?\s+(?P<y>{_YEAR}|'\d{{2}})(?!\d)",
    re.IGNORECASE,
)
# "geboren op 12 maart", "geb. 3 mei", "geboortedatum: 12 maart" (year optional here).
_BIRTH_DAY_MONTH = re.compile(
    rf"\b(?:geboren\s+(?:op\s+)?|geb\.\s*|geboortedatum:?\s*|geboortedag:?\s*)"
    rf"(?P<d>{_DAY}(?:e|ste|de)?\s+{_MONTHS}\b\.?)(?!\s*,?\s*(?:{_YEAR}|'\d{{2}}|\d))",
    re.IGNORECASE,
)
_BIRTH_CUE = re.compile(
    r"(?:\bgeboren\b|\bgeb\.|\bgeboorte\w*|\bjarig\b|\bverjaardag\b|°|\bDOB\b|\bbirth)",
    re.IGNORECASE,
)
_AGE = re.compile(r"\b\d{1,2}\s*(?:jaar|jr\.?|maanden|mnd)\b|\(\s*\d{1,2}\s*\)", re.IGNORECASE)
_EVENT = re.compile(
    r"\b(?:zitting\w*|hoorzitting|rechtszaak|uitspraak|beschikking|verlenging|verlengd"
    r"|overleg\w*|vergader\w*|gesprek\w*|afspraak|bijeenkomst|huisbezoek|evaluatie|intake"
    r"|melding|gemeld|aangifte|plaatsing|geplaatst|uithuisplaatsing|opname|verhuisd?"
    r"|deadline|uiterlijk|termijn|loopt|liep|eindigt|einddatum|ingang|ingegaan|start\w*"
    r"|begint|begon|vanaf|per|tot|voor|na|datum\s+van|gepland|training|cursus|sessie"
    r"|OTS|MDA\+*|casusoverleg|rapport\w*|brief|mail|verslag|besluit|ondertoezichtstelling"
    r"|overleden|overlijden|ingeschreven|uitgeschreven|toezicht|gescheiden|scheiding"
    r"|getrouwd|opgenomen|aangemeld|gesloten|afgesloten|verhuizing|vertrokken|aangekomen"
    r"|maandag|dinsdag|woensdag|donderdag|vrijdag|zaterdag|zondag|ma|di|wo|do|vr|za|zo"
    r"|\w*bericht\w*|screenshot|whatsapp\w*|sms|chat\w*|app)\b",
    re.IGNORECASE,
)
_WINDOW = 40  # characters either side in which a cue counts
# A sentence ends at . ! ? ; and a space, but not after an abbreviation: "geb. 3-4-2012".
_SENTENCE_END = re.compile(r"(?<!\bgeb)(?<!\bca)(?<!\bnr)(?<!\bd\.d)[.!?;]\s")
_WORD = re.compile(r"[a-zë]+")


def _year(raw: str) -> int:
    raw = raw.lstrip("'")
    if len(raw) == 4:
        return int(raw)
    yy = int(raw)
    this = datetime.date.today().year % 100
    return 2000 + yy if yy <= this else 1900 + yy


# "artikel 7.3.10", "art. 1.2.3 lid 2", "hoofdstuk 3.4.12": numbered law or text parts.
_ARTICLE_BEFORE = re.compile(
    r"(?:\bart(?:ikel|ikelen)?\.?|\blid|\bhoofdstuk|\bparagraaf|§|\bversie|\bv)\s*$",
    re.IGNORECASE,
)


def _reason(text: str, start: int, end: int, year: int) -> str | None:
    """Why the date at text[start:end] is a birth date, or None when it is not one."""
    if _ARTICLE_BEFORE.search(text[max(0, start - 12) : start]):
        return None
    before = text[max(0, start - _WINDOW) : start]
    after = text[end : end + _WINDOW]
    before_sentence = _SENTENCE_END.split(before)[-1]
    after_sentence = _SENTENCE_END.split(after)[0]
    if year > datetime.date.today().year:
        return None  # no one is born in the future: "de OTS loopt tot 1 mei 2027"
    if _own_cue(before_sentence) or _BIRTH_CUE.search(after_sentence):
        return "date_birth_cue"
    if re.search(r"\b[A-ZÀ-Þ][\w'’-]*\s*\($", before) and after.startswith(")"):
        return "date_after_name"
    if _listed_under_birth_heading(text, start, before, after):
        return "date_birth_cue"  # "Geboortedata:\nZahra Stanikzai – 2019-07-30"
    if _AGE.search(before_sentence[-20:]) or _AGE.search(after_sentence[:20]):
        return "date_near_age"
    far_past = year <= datetime.date.today().year - PAST_YEARS
    event = _EVENT.search(before_sentence[-25:]) or _EVENT.search(after_sentence[:25])
    words = _WORD.findall((before_sentence + " " + after_sentence).lower())
    person = any(w in ROLES for w in words)  # an old date alone is a file's history
    if far_past and person and not event:
        return "date_far_past"
    return None


#: A line of a list: a name, a dash or colon, then the date closing the line.
_LISTED_AFTER_NAME = re.compile(
    r"(?:^|\n)[ \t•*-]*[A-ZÀ-Þ][\w'’-]*(?:[ \t]+[\w'’-]+){0,4}[ \t]*[–—:-][ \t]*$"
)
_LINE_END = re.compile(r"[ \t]*(?:\n|$)")
_HEADING_REACH = 300


def _listed_under_birth_heading(text: str, start: int, before: str, after: str) -> bool:
    """A name, a dash and the date on a line of its own, with a birth cue on an earlier line
    ("Geboortedatum-controle:"); not an event's line ("Zitting – 04/11/2025")."""
    listed = _LISTED_AFTER_NAME.search(before)
    if not listed or _EVENT.search(listed.group()) or not _LINE_END.match(after):
        return False
    above = text[max(0, start - _HEADING_REACH) : start]
    head = above[: above.rfind("\n")] if "\n" in above else ""
    return bool(_BIRTH_CUE.search(head))


def _own_cue(before: str) -> bool:
    """A birth cue before the date that is not taken by a date in between: in "geboren
    17-08-2009, tot 14 maart 2026" the cue belongs to the first date only; in a list
    ("geboren op 3-4-2012 en 5-6-2014") to both."""
    cues = list(_BIRTH_CUE.finditer(before))
    if not cues:
        return False
    tail = before[cues[-1].end() :]
    ends = [m.end() for rx in _DATES for m in rx.finditer(tail)]
    return not ends or bool(_LIST_GAP.fullmatch(tail[max(ends) :]))


#: What stands between dates of one list: "3-4-2012 en 5-6-2014", "(2012), 2014".
_LIST_GAP = re.compile(r"[\s,;/)]*(?:en|of|resp\.?|respectievelijk|&)?[\s(]*")
_DATES = (_NUMERIC, _ISO, _WRITTEN)


def find_dates(text: str) -> Iterator[Finding]:
    for rx in _DATES:
        for m in rx.finditer(text):
            reason = _reason(text, m.start(), m.end(), _year(m.group("y")))
            if reason:
                yield Finding("date_of_birth", m.start(), m.end(), m.group(), reason)
    for m in _BIRTH_DAY_MONTH.finditer(text):
        yield Finding("date_of_birth", m.start("d"), m.end("d"), m.group("d"), "date_birth_cue")
