"""Glossary hints: the first use of a glossary term in a text gets its plain explanation.

Without JavaScript the hint is a link to the glossary entry plus a short explanation tied
to it with aria-describedby: screen readers announce it, sighted users see it on hover or
keyboard focus (CSS). cms/static/cms/glossary.js turns the link into a button that opens the
explanation in place on tap as well, and shows the explanation's own (hidden until then) link
to the glossary.

The matcher is built once per process and content token (cms.content_version): an edit of
the glossary in one web worker shows in every worker's next page.
"""

import itertools
import re
from dataclasses import dataclass
from functools import lru_cache

from django.utils.html import escape
from django.utils.text import Truncator
from django.utils.translation import gettext

from cms.content_version import PerVersion

# Inside these elements a hint would be wrong (nested links, code, headings, existing abbr).
SKIP_INSIDE = {"a", "abbr", "code", "pre", "h3", "h4", "h5", "h6"}
TAG = re.compile(r"(<[^>]+>)")
TAG_NAME = re.compile(r"</?([a-zA-Z0-9]+)")
_ids = itertools.count(1)


@dataclass(frozen=True)
class Hint:
    slug: str
    term: str
    explanation: str


def _build_glossary_url() -> str:
    from cms.models import GlossaryPage

    page = GlossaryPage.objects.live().first()
    return (page.url if page else None) or "/begrippen/"


def _build_matcher() -> tuple[re.Pattern | None, dict[str, Hint]]:
    from cms.models import GlossaryTerm

    by_word: dict[str, Hint] = {}
    for term in GlossaryTerm.objects.all():
        hint = Hint(term.slug, term.term, Truncator(term.explanation).words(30))
        # Abbreviations match case-sensitively (VT, not "vt"); full terms in any case.
        for word in term.abbreviation_list:
            by_word.setdefault(word, hint)
        for word in [term.term, *term.variant_list]:
            by_word.setdefault(word.lower(), hint)
    if not by_word:
        return None, {}
    words = sorted(by_word, key=len, reverse=True)
    pattern = re.compile(
        r"(?<![\w-])(" + "|".join(re.escape(w) for w in words) + r")(?![\w-])", re.IGNORECASE
    )
    return pattern, by_word


_glossary_url = PerVersion(_build_glossary_url)
_matcher = PerVersion(_build_matcher)


def _lookup(by_word, found: str) -> Hint | None:
    return by_word.get(found) or by_word.get(found.lower())


def find_terms(text: str) -> list[tuple[str, Hint]]:
    """Glossary terms used in plain text: (the words as written, the term), first use only."""
    pattern, by_word = _matcher()
    if pattern is None:
        return []
    found: dict[str, tuple[str, Hint]] = {}
    for match in pattern.finditer(text):
        hint = _lookup(by_word, match.group(0))
        if hint and hint.slug not in found:
            found[hint.slug] = (match.group(0), hint)
    return list(found.values())


def add_glossary_hints(html: str, seen: set[str]) -> str:
    """Explain the first use of each glossary term not yet in `seen` (slugs; updated)."""
    pattern, by_word = _matcher()
    if pattern is None:
        return html
    url_prefix = _glossary_url()
    out = []
    for before, found in _segments(html, pattern):
        out.append(before)
        if found:
            out.append(_hint(found, by_word, seen, url_prefix))
    return "".join(out)


@lru_cache(maxsize=4096)
def _segments(html: str, pattern: re.Pattern) -> tuple[tuple[str, str], ...]:
    """The HTML as (text before a term, the term as written) pairs, the last with no term:
    where the terms stand depends only on the HTML and the matcher, so a worker keeps it for
    the texts it renders most; which of them get a hint depends on the page (`seen`)."""
    segments, pending, open_skips = [], [], 0
    for part in TAG.split(html):
        if part.startswith("<"):
            name = TAG_NAME.match(part)
            if name and name.group(1).lower() in SKIP_INSIDE:
                open_skips += -1 if part.startswith("</") else 1
            pending.append(part)
        elif open_skips or not part:
            pending.append(part)
        else:
            pos = 0
            for start, end in _term_spans(part, pattern):
                pending.append(part[pos:start])
                segments.append(("".join(pending), part[start:end]))
                pending, pos = [], end
            pending.append(part[pos:])
    segments.append(("".join(pending), ""))
    return tuple(segments)


def _term_spans(text: str, pattern: re.Pattern) -> list[tuple[int, int]]:
    spans, pos = [], 0
    while match := pattern.search(text, pos):
        # Prefer the longest term that starts inside this match: "de Raad voor de
        # Kinderbescherming" is the full term, not the variant "de Raad".
        for start in range(match.start() + 1, match.end()):
            longer = pattern.match(text, start)
            if longer and longer.end() > match.end():
                match = longer
        spans.append((match.start(), match.end()))
        pos = match.end()
    return spans


def _hint(found: str, by_word, seen: set[str], url_prefix: str) -> str:
    hint = _lookup(by_word, found)
    if hint is None or hint.slug in seen:
        return found
    seen.add(hint.slug)
    tip_id = f"uitleg-{hint.slug}-{next(_ids)}"
    href = f"{url_prefix}#{escape(hint.slug)}"
    more = escape(gettext("Meer in de begrippenlijst"))
    return (
        f'<span class="begrip"><a class="begrip__link utrecht-link" '
        f'href="{href}" aria-describedby="{tip_id}">{found}</a>'
        f'<span class="begrip__uitleg" role="tooltip" id="{tip_id}">'
        f"{escape(hint.term)}: {escape(hint.explanation)}"
        f' <a class="begrip__meer utrecht-link" href="{href}" hidden>{more}</a></span></span>'
    )
