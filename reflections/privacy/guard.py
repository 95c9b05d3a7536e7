"""Combine all detectors into one non-overlapping list of findings."""

from __future__ import annotations

from collections.abc import Iterable

from .dates import find_dates
from .findings import Finding
from .name_tokens import allowed_spans
from .names import find_names
from .numeric import find_bsn, find_email, find_iban, find_phone, find_plate, find_postcode
from .places import find_addresses, find_schools
from .references import find_case_numbers

_DETECTORS = (
    find_email,
    find_iban,
    find_phone,
    find_case_numbers,
    find_bsn,
    find_dates,
    find_postcode,
    find_plate,
    find_addresses,
    find_schools,
)
# Kinds an allowed term can clear; numbers are identifying whatever words surround them.
_WORD_KINDS = frozenset({"name", "school", "address"})
# Tie-break for equally long overlapping findings: earlier is more specific.
_PRIORITY = {
    kind: rank
    for rank, kind in enumerate(
        (
            "email",
            "iban",
            "licence_plate",
            "case_number",
            "bsn",
            "phone",
            "date_of_birth",
            "postcode",
            "address",
            "school",
            "name",
        )
    )
}


def find_identifiers(text: str, allowed: Iterable[str] = ()) -> list[Finding]:
    """All identifying spans in ``text``, sorted by start and non-overlapping.

    ``allowed``: extra terms (theorists, organisations ...) that are never a name, on top of
    the shipped ``allowed_terms.txt``; Django callers pass ``reflections.allowlist.
    allowed_terms()``. Where findings overlap, the longest wins; on equal length the most
    specific kind.
    """
    if not text:
        return []
    allowed = tuple(allowed)
    candidates = [f for detect in _DETECTORS for f in detect(text) if f.end > f.start]
    candidates += find_names(text, allowed)
    if allowed:
        spans = allowed_spans(text, allowed)
        candidates = [
            f
            for f in candidates
            if f.kind not in _WORD_KINDS or not any(s <= f.start and f.end <= e for s, e in spans)
        ]
    candidates.sort(key=lambda f: (-(f.end - f.start), _PRIORITY[f.kind], f.start))
    chosen: list[Finding] = []
    taken: list[tuple[int, int]] = []
    for f in candidates:
        if all(f.end <= s or f.start >= e for s, e in taken):
            chosen.append(f)
            taken.append((f.start, f.end))
    return sorted(chosen, key=lambda f: f.start)
