"""Detector for dates of birth and other full calendar dates."""

from __future__ import annotations

import re
from collections.abc import Iterator

from .findings import Finding

_MONTHS = (
    r"(?:januari|februari|maart|april|mei|juni|juli|augustus|september|oktober|november"
    r"|december|jan|feb|febr|mrt|apr|jun|jul|aug|sep|sept|okt|nov|dec)"
)
_DAY = r"(?:0?[1-9]|[12]\d|3[01])"
_MONTH_NUM = r"(?:0?[1-9]|1[0-2])"
_YEAR = r"(?:19|20)\d{2}"

_NUMERIC = re.compile(
    rf"(?<![\w./-]){_DAY}(?P<s>[-/.]){_MONTH_NUM}(?P=s)(?:{_YEAR}|\d{{2}})(?![\w/-]|[.]\d)"
)
_ISO = re.compile(rf"(?<![\w./-]){_YEAR}-{_MONTH_NUM}-{_DAY}(?![\w/-]|[.]\d)")
_WRITTEN = re.compile(
    rf"(?<![\w.-]){_DAY}(?:e|ste|de)?\s+{_MONTHS}\.?,?\s+(?:{_YEAR}|'\d{{2}})(?!\d)",
    re.IGNORECASE,
)
# "geboren op 12 maart", "geb. 3 mei", "geboortedatum: 12 maart" (year optional here).
_BIRTH_CONTEXT = re.compile(
    rf"\b(?:geboren\s+(?:op\s+)?|geb\.\s*|geboortedatum:?\s*|geboortedag:?\s*)"
    rf"(?P<d>{_DAY}(?:e|ste|de)?\s+{_MONTHS}\b\.?(?:\s+(?:{_YEAR}|'\d{{2}}))?)",
    re.IGNORECASE,
)


def find_dates(text: str) -> Iterator[Finding]:
    for rx in (_NUMERIC, _ISO, _WRITTEN):
        for m in rx.finditer(text):
            yield Finding("date_of_birth", m.start(), m.end(), m.group())
    for m in _BIRTH_CONTEXT.finditer(text):
        yield Finding("date_of_birth", m.start("d"), m.end("d"), m.group("d"))
