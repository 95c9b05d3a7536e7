"""Exact-span test cases for the privacy guard: one ``pytest.param`` per case.

Every case states the complete list of findings, ``[(kind, start, end)]``, so a rule that
finds too little, too much or a partial span fails.
"""

from __future__ import annotations

import pytest

from reflections.privacy import find_identifiers


def spans(text: str, allowed: tuple[str, ...] = ()) -> list[tuple[str, int, int]]:
    return [(f.kind, f.start, f.end) for f in find_identifiers(text, allowed=allowed)]


def span_of(text: str, part: str, kind: str) -> tuple[str, int, int]:
    start = text.index(part)
    return (kind, start, start + len(part))


def case(text: str, *expected: tuple[str, str], id: str, marks=()):
    """A test case: ``expected`` as (kind, exact substring) pairs, in text order."""
    return pytest.param(
        text, [span_of(text, part, kind) for kind, part in expected], id=id, marks=marks
    )


def detector_bug(reason: str):
    """A case whose expected spans follow CONVENTIONS.md and the detector does not (yet)."""
    return pytest.mark.xfail(strict=True, reason=reason)
