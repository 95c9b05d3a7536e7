"""One search: parameters in, hits with snippets, facet counts and a suggestion out."""

import math
import re
from dataclasses import dataclass, field
from functools import lru_cache
from itertools import accumulate

from django.utils.html import format_html, format_html_join
from django.utils.safestring import SafeString
from django.utils.translation import gettext_lazy as _

from . import analysis, bitmaps, vocab
from .backends import get_backend
from .models import DocType, SearchDocument, document_rows

PER_PAGE = 10
MAX_PAGE = 500
FACETS = ("type", "level", "principle", "theme", "region", "year")
FACET_LABELS = {
    "type": _("Soort"),
    "level": _("Niveau"),
    "principle": _("Basisprincipe"),
    "theme": _("Thema"),
    "region": _("Regio"),
    "year": _("Jaar"),
}


def forget_caches():
    vocab.forget()
    bitmaps.forget()


def plan(text: str) -> analysis.QueryPlan:
    words, synonyms = vocab.caches()
    return analysis.plan_query(text, words, synonyms)


# --- parameters (parsed from a query by search/forms.py) ----------------------------------


@dataclass
class Params:
    q: str = ""
    filters: dict[str, list[str]] = field(default_factory=dict)
    page: int = 1


# --- results -------------------------------------------------------------------------------


@dataclass
class Hit:
    title: str
    url: str
    type: str
    type_label: str
    snippet: SafeString
    date: object


@dataclass
class FacetValue:
    value: str
    label: str
    count: int
    selected: bool


@dataclass
class Results:
    params: Params
    count: int = 0
    hits: list[Hit] = field(default_factory=list)
    facets: dict[str, dict[str, int]] = field(default_factory=dict)
    suggestion: str = ""
    per_page: int = PER_PAGE

    @property
    def pages(self) -> int:
        return max(1, math.ceil(self.count / self.per_page))

    @property
    def start_index(self) -> int:
        """The number of the page's first hit (the list on page 2 of 10 starts at 11)."""
        return (self.params.page - 1) * self.per_page + 1

    @property
    def previous_page(self) -> int | None:
        return self.params.page - 1 if self.params.page > 1 else None

    @property
    def next_page(self) -> int | None:
        return self.params.page + 1 if self.params.page < self.pages else None

    @property
    def searched(self) -> bool:
        return bool(self.params.q or self.params.filters)

    def facet_lists(self) -> list[tuple[str, str, list[FacetValue]]]:
        """(name, label, values) for the page, labels looked up in one query per facet."""
        out = []
        for name in FACETS:
            counts = dict(self.facets.get(name, {}))
            for value in self.params.filters.get(name, []):
                counts.setdefault(value, 0)
            if not counts:
                continue
            labels = facet_value_labels(name, list(counts))
            values = [
                FacetValue(v, labels.get(v, v), n, v in self.params.filters.get(name, []))
                for v, n in counts.items()
            ]
            if name == "year":
                values.sort(key=lambda f: f.value, reverse=True)
            else:
                values.sort(key=lambda f: (-f.count, str(f.label)))
            out.append((name, FACET_LABELS[name], values))
        return out


def facet_value_labels(name: str, values: list[str]) -> dict[str, str]:
    from cms.models import Level, Principle, Region, Theme

    if name == "type":
        return {v: str(DocType(v).label) for v in values if v in DocType.values}
    if name == "level":
        return {v: str(Level(v).label) for v in values if v in Level.values}
    if name == "principle":
        return {p.code: str(p) for p in Principle.objects.filter(code__in=values)}
    if name == "theme":
        return {t.slug: t.label for t in Theme.objects.filter(slug__in=values)}
    if name == "region":
        return {r.slug: str(r) for r in Region.objects.filter(slug__in=values)}
    return {}


def search(params: Params, *, per_page: int = PER_PAGE, facets: bool = True) -> Results:
    results = Results(params=params, per_page=per_page)
    if not (params.q or params.filters):
        return results
    query_plan = plan(params.q) if params.q else None
    if params.q and (query_plan is None or query_plan.empty) and not params.filters:
        return results
    offset = (params.page - 1) * per_page
    found = get_backend().search(query_plan, params.filters, offset, per_page, facets=facets)
    docs = document_rows(("title", "url", "type", "body", "date"), found.ids)
    marks = query_plan.highlight_stems() if query_plan else set()
    results.count = found.count
    results.facets = found.facets
    results.suggestion = query_plan.suggestion if query_plan else ""
    for doc_id in found.ids:
        if doc_id not in docs:
            continue
        title, url, doc_type, body, date = docs[doc_id]
        results.hits.append(
            Hit(
                title=title,
                url=url,
                type=doc_type,
                type_label=str(DocType(doc_type).label) if doc_type in DocType.values else doc_type,
                snippet=snippet(body, marks),
                date=_DATE.to_python(date),
            )
        )
    return results


_DATE = SearchDocument._meta.get_field("date")


# --- snippets ------------------------------------------------------------------------------

WORD = re.compile(r"\w+|\W+")
SNIPPET_WORDS = 32


def snippet(text: str, marks: set[str], size: int = SNIPPET_WORDS) -> SafeString:
    """The passage of `text` with the most query words, those words in <mark>."""
    pieces = WORD.findall(text or "")
    # \w+ and \W+ alternate, so the words are every other piece.
    first_word = 0 if pieces and (pieces[0][0].isalnum() or pieces[0][0] == "_") else 1
    words = pieces[first_word::2]
    if not words:
        return SafeString("")
    marked = {w for w in set(words) if _word_stem(w) in marks} if marks else set()
    hit = [w in marked for w in words]
    sums = [0, *accumulate(hit)]
    windows = [end - start for start, end in zip(sums, sums[size:], strict=False)] or [0]
    best_start = windows.index(max(windows))  # the first window with the most query words
    last_word = min(best_start + size, len(words)) - 1
    pairs: list[tuple[str, str]] = []  # (the plain text before a query word, that word)
    run: list[str] = []
    for n in range(best_start, last_word + 1):
        if hit[n]:
            pairs.append(("".join(run), words[n]))
            run = []
        else:
            run.append(words[n])
        if n < last_word:
            run.append(pieces[first_word + 2 * n + 1])
    lead = "… " if best_start else ""
    tail = "".join(run) + (" …" if last_word < len(words) - 1 else "")
    # format_html escapes every piece of the document's text; only <mark> is ours.
    return format_html("{}{}{}", lead, format_html_join("", "{}<mark>{}</mark>", pairs), tail)


@lru_cache(maxsize=65536)
def _word_stem(word: str) -> str:
    folded = analysis.fold(word)
    return "" if folded in analysis.STOP_WORDS else analysis.stem(folded)


def autocomplete(prefix: str, limit: int = 8) -> list[dict]:
    """Titles and glossary terms that start with the typed letters (or have a word that does)."""
    prefix = analysis.clean_query(prefix)[:100]
    if len(prefix) < 2:
        return []
    from django.db.models import Q

    query = SearchDocument.objects.filter(
        Q(title__istartswith=prefix) | Q(title__icontains=f" {prefix}")
    ).order_by("type", "title")
    hits = []
    for doc in query.only("title", "url", "type")[: limit * 3]:
        starts = doc.title.lower().startswith(prefix.lower())
        hits.append((0 if doc.type == DocType.TERM else 1, 0 if starts else 1, doc))
    hits.sort(key=lambda h: (h[0], h[1], h[2].title))
    return [{"title": d.title, "url": d.url, "type": d.type} for _a, _b, d in hits[:limit]]
