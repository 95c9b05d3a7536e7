"""The database backend (SQLite and PostgreSQL alike): posting lists for matching and scoring,
in-process bitmaps for filters and facet counts.

A search reads the posting list of each query stem (one query, one row per stem by primary
key; search/postings.py) and scores in numpy: per document the sum of idf × weight, and per
stem a boolean array of the documents that have it. A document matches when some alternative
of some query word has all its stems (OR over words, OR over alternatives, AND within an
alternative: a document with only "veilig" of the synonym "veilig thuis" does not match).
Filters and facet counts are intersections and popcounts of bitmaps (search/bitmaps.py).

Ranking: the best RERANK_WINDOW matches by score are reordered by how much of the query they
cover (each word weighted by its rarity; phrases must be adjacent here), then by score
(glossary entries damped), then by date. Beyond the window, pages follow the score order.
"""

import math

import numpy as np
from django.db import connection

from .. import bitmaps, postings
from ..models import document_rows
from ..vocab import caches
from . import Backend, BackendResult

TERM_FACTOR = 0.3  # glossary entries: a definition, rarely the answer to a question
RERANK_WINDOW = 100


def rerank(plan, top, present: dict[str, np.ndarray], maps, vocab) -> list[int]:
    """Order the best matches by query coverage (rare words weigh most), then by score
    (glossary entries damped), then newest first. Which query stems a document has comes from
    the posting lists already read (`present`); only phrases need the documents' text (one
    query, for the candidates that have all of a phrase's words)."""
    at = np.array([pk for pk, _score in top], np.int64) - maps.base
    cover = np.zeros(at.size)
    phrases = []  # (group index, phrase, candidates that have all its words)
    weights = group_weights(plan, vocab)
    for index, (group, weight) in enumerate(zip(plan.groups, weights, strict=True)):
        hit = np.zeros(at.size, np.bool_)
        group_phrases = []
        for alt in group.alts:
            has_all = np.logical_and.reduce([present[t][at] for t in alt.terms])
            if alt.phrase and len(alt.terms) > 1:
                group_phrases.append((f" {' '.join(alt.terms)} ", has_all))
            else:
                hit |= has_all
        cover += weight * hit
        phrases += [(index, text, has & ~hit) for text, has in group_phrases]
    if phrases:
        cover += _phrase_cover(phrases, weights, top, at.size)
    score = np.array([s for _pk, s in top])
    score[maps.to_array(maps.values.get("type", {}).get("begrip", 0))[at]] *= TERM_FACTOR
    order = np.lexsort((maps.recency[at], -score, -cover))
    return [top[i][0] for i in order]


def _phrase_cover(phrases, weights, top, n: int) -> np.ndarray:
    """Coverage from phrases: the words must be adjacent in the title or the text."""
    wanted = list({top[i][0] for _g, _text, has in phrases for i in np.flatnonzero(has)})
    rows = document_rows(("title_analysed", "analysed"), wanted)
    texts = {pk: f" {title} {text} " for pk, (title, text) in rows.items()}
    covered: dict[int, set[int]] = {}  # group index -> candidate positions
    for group, phrase, has in phrases:
        for i in np.flatnonzero(has):
            if phrase in texts.get(top[i][0], ""):
                covered.setdefault(group, set()).add(int(i))
    extra = np.zeros(n)
    for group, positions in covered.items():
        extra[list(positions)] += weights[group]
    return extra


def group_weights(plan, vocab) -> list[int]:
    """Rarity of each query word (integer idf), so that rare words count most."""
    total = vocab.max_df * 2 if vocab else 1
    weights = []
    for group in plan.groups:
        df = max((min(vocab.df(t) for t in a.terms) for a in group.alts), default=0) if vocab else 0
        weights.append(max(1, round(10 * math.log((total + 1) / (df + 1)))))
    return weights


class SQLBackend(Backend):
    """One path for SQLite and PostgreSQL."""

    def __init__(self, name: str = ""):
        self.name = name or connection.vendor

    def healthy(self) -> bool:
        from search.models import SearchPostingList

        SearchPostingList.objects.only("pk").first()  # the index table answers
        return True

    def search(self, plan, filters, offset, limit, facets=True) -> BackendResult:
        maps = bitmaps.current()
        filter_mask = maps.filter_mask(filters)
        if plan is None or plan.empty:
            return self._browse(maps, filter_mask, offset, limit, facets)
        vocab = caches()[0]
        matched, scores, present = self.matches(plan, maps, vocab)
        if filter_mask is not None:
            matched &= maps.to_array(filter_mask)
        count = int(np.count_nonzero(matched))
        if not count:
            return BackendResult(count=0, ids=[])
        facet_counts = maps.counts(maps.from_array(matched)) if facets else {}
        if offset + limit <= RERANK_WINDOW:
            top = best(matched, scores, RERANK_WINDOW, maps.base)
            ids = rerank(plan, top, present, maps, vocab)[offset : offset + limit]
        else:  # past the rerank window: score order
            ids = [i for i, _score in best(matched, scores, offset + limit, maps.base)[offset:]]
        return BackendResult(count=count, ids=ids, facets=facet_counts)

    def matches(self, plan, maps, vocab) -> tuple[np.ndarray, np.ndarray, dict[str, np.ndarray]]:
        """Which documents match the plan, their scores and which query stems each has:
        arrays indexed by document id − maps.base. One query for the posting lists."""
        stems = list(dict.fromkeys(t for g in plan.groups for a in g.alts for t in a.terms))
        lists = postings.read(stems)
        scores = np.zeros(maps.size)
        present: dict[str, np.ndarray] = {}
        for stem in stems:
            ids, weights = lists.get(stem, postings.EMPTY)
            at = ids.astype(np.int64) - maps.base
            inside = (at >= 0) & (at < maps.size)  # a document newer than the bitmaps
            if not inside.all():
                at, weights = at[inside], weights[inside]
            df = vocab.df(stem) if vocab else 0
            total = max(maps.total, df)
            scores[at] += math.log(1 + (total - df + 0.5) / (df + 0.5)) * weights
            present[stem] = np.zeros(maps.size, np.bool_)
            present[stem][at] = True
        matched = np.zeros(maps.size, np.bool_)
        for terms in {frozenset(a.terms) for g in plan.groups for a in g.alts}:
            matched |= np.logical_and.reduce([present[t] for t in terms])
        matched &= maps.alive
        return matched, scores, present

    def _browse(self, maps, filter_mask, offset, limit, facets) -> BackendResult:
        """No words, only filters: newest first."""
        mask = maps.all if filter_mask is None else filter_mask
        count = mask.bit_count()
        if not count:
            return BackendResult(count=0, ids=[])
        return BackendResult(
            count=count,
            ids=maps.newest(mask, offset, limit),
            facets=maps.counts(mask) if facets else {},
        )


def best(matched: np.ndarray, scores: np.ndarray, n: int, base: int) -> list[tuple[int, float]]:
    """The n best matches as (document id, score), ties by id."""
    at = np.flatnonzero(matched)
    found = scores[at]
    if at.size > n:
        cut = np.partition(found, at.size - n)[at.size - n]  # the n-th highest score
        keep = found >= cut
        at, found = at[keep], found[keep]
    order = np.lexsort((at, -found))[:n]
    return [(int(i) + base, float(v)) for i, v in zip(at[order], found[order], strict=True)]
