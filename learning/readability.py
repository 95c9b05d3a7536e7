"""Plain-language aid: Flesch-Douma score, longest sentences and jargon from the glossary."""

import re
from dataclasses import dataclass, field

import textstat

from cms.glossary import find_terms

SENTENCE_END = re.compile(r"(?<=[.!?])\s+|\n{2,}")
MARKUP = re.compile(r"[#*_`>\[\]()]")


@dataclass
class Readability:
    score: float | None
    verdict: str
    sentences: int
    longest: list[tuple[int, str]] = field(default_factory=list)
    jargon: list[tuple[str, str, str]] = field(default_factory=list)  # found, term, explanation


def join_parts(parts) -> str:
    """The measured text: the non-empty fields, one paragraph each."""
    return "\n\n".join(part for part in parts if part)


def readable_text(page) -> str:
    return join_parts(getattr(page, name) for name in page.READABLE_FIELDS)


def _plain(text: str) -> str:
    return MARKUP.sub(" ", text)


def sentences(text: str) -> list[str]:
    return [s.strip() for s in SENTENCE_END.split(_plain(text)) if s and s.strip()]


def verdict(score: float) -> str:
    # Flesch-Douma bands as commonly used for Dutch texts.
    if score >= 80:
        return "zeer makkelijk"
    if score >= 60:
        return "makkelijk (B1 of eenvoudiger)"
    if score >= 50:
        return "redelijk makkelijk"
    if score >= 30:
        return "moeilijk"
    return "zeer moeilijk"


def jargon(text: str) -> list[tuple[str, str, str]]:
    """(word as written, glossary term, plain explanation) for each term used."""
    return [(word, hint.term, hint.explanation) for word, hint in find_terms(text)]


def analyse(text: str, *, longest: int = 3) -> Readability:
    parts = sentences(text)
    if not parts:
        return Readability(score=None, verdict="", sentences=0)
    textstat.set_lang("nl")
    score = round(textstat.flesch_reading_ease(" ".join(parts)), 1)
    ranked = sorted(((len(s.split()), s) for s in parts), key=lambda x: -x[0])[:longest]
    return Readability(
        score=score,
        verdict=verdict(score),
        sentences=len(parts),
        longest=ranked,
        jargon=jargon(text),
    )
