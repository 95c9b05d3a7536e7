"""The database backend (SQLite and PostgreSQL alike): postings for matching and scoring,
in-process bitmaps for filters and facet counts.

One SQL query per search reads the postings of the query's stems (an index-only range scan
of (stem, document, weight)) and returns per document its score — the sum of idf × weight —
and a bitmask of the query stems it contains. Only parameters reach the SQL: the text is
built from fixed fragments and placeholders, the stems are values. In Python a document
matches when some alternative of some query word has all its stems (OR over words, OR over
alternatives, AND within an alternative: a document with only "veilig" of the synonym
"veilig thuis" does not match). Filters and facet counts are intersections and popcounts of
bitmaps (search/bitmaps.py).

Ranking: the best RERANK_WINDOW matches by score are reordered by how much of the query they
cover (each word weighted by its rarity; phrases must be adjacent here), then by score
(glossary entries damped), then by date. Beyond the window, pages follow the score order.
"""
# ruff: noqa: S608 — see above: placeholders only, no user text in the SQL string

import heapq
import math
from operator import itemgetter

from django.db import connection

from .. import bitmaps
from . import Backend, BackendResult

POSTING_TABLE = "search_searchposting"
TERM_FACTOR = 0.3  # glossary entries: a definition, rarely the answer to a question
MASK_BITS = 30  # query stems per mask column: the SUM stays an integer on every engine


RERANK_WINDOW = 100


def rerank(plan, top: list[tuple[int, float]]) -> list[int]:
    """Order the engine's best matches by query coverage (rare words weigh most), then by the
    engine's score (glossary entries damped), then by date. One query for the candidates."""
    from ..models import SearchDocument
    from ..vocab import caches

    scores = dict(top)
    rows = SearchDocument.objects.filter(pk__in=list(scores)).values_list(
        "pk", "type", "date", "title_analysed", "analysed", "parts"
    )
    weights = group_weights(plan, caches()[0])
    ranked = []
    for pk, type_, date, title, text, parts in rows:
        joined = f" {title} {text} "
        present = set(joined.split())
        present.update(parts.split())
        cover = sum(
            w for g, w in zip(plan.groups, weights, strict=True)
            if any(_alt_matches(a, present, joined) for a in g.alts)
        )  # fmt: skip
        score = abs(scores[pk]) * (TERM_FACTOR if type_ == "begrip" else 1.0)
        ranked.append((-cover, -score, -(date.toordinal() if date else 0), pk))
    ranked.sort()
    return [r[-1] for r in ranked]


def _alt_matches(alt, present: set[str], joined: str) -> bool:
    if len(alt.terms) == 1:
        return alt.terms[0] in present
    if alt.phrase:
        return f" {' '.join(alt.terms)} " in joined
    return all(t in present for t in alt.terms)


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

    def search(self, plan, filters, offset, limit, facets=True) -> BackendResult:
        maps = bitmaps.current()
        filter_mask = maps.filter_mask(filters)
        if plan is None or plan.empty:
            return self._browse(maps, filter_mask, offset, limit, facets)
        rows = self.matches(plan, maps.total)
        if filter_mask is not None:
            keep, base, size = maps.flags(filter_mask), maps.base, maps.size
            rows = [r for r in rows if 0 <= r[0] - base < size and keep[r[0] - base]]
        if not rows:
            return BackendResult(count=0, ids=[])
        facet_counts = maps.counts(maps.mask_of(r[0] for r in rows)) if facets else {}
        if offset + limit <= RERANK_WINDOW:
            ids = rerank(plan, best(rows, RERANK_WINDOW))[offset : offset + limit]
        else:  # past the rerank window: score order
            ids = [r[0] for r in best(rows, offset + limit)[offset:]]
        return BackendResult(count=len(rows), ids=ids, facets=facet_counts)

    def matches(self, plan, total: int) -> list[tuple[int, float]]:
        """(document id, score) of every document matching the plan: one query."""
        from ..vocab import caches

        vocab = caches()[0]
        stems = list(dict.fromkeys(t for g in plan.groups for a in g.alts for t in a.terms))
        bit = {s: 1 << i for i, s in enumerate(stems)}
        score_cases, params = [], []
        for s in stems:
            df = vocab.df(s) if vocab else 0
            idf = math.log(1 + (max(total, df) - df + 0.5) / (df + 0.5))
            score_cases.append("WHEN %s THEN CAST(%s AS DOUBLE PRECISION)")  # not numeric
            params += [s, idf]
        select = [f"SUM(weight * CASE stem {' '.join(score_cases)} ELSE 0 END)"]
        for start in range(0, len(stems), MASK_BITS):
            chunk = stems[start : start + MASK_BITS]
            select.append(f"SUM(CASE stem {' '.join(['WHEN %s THEN %s'] * len(chunk))} ELSE 0 END)")
            for s in chunk:
                params += [s, bit[s] >> start]
        marks = ", ".join(["%s"] * len(stems))
        sql = (
            f"SELECT document_id, {', '.join(select)} FROM {POSTING_TABLE} "
            f"WHERE stem IN ({marks}) GROUP BY document_id"
        )
        with connection.cursor() as cursor:
            cursor.execute(sql, [*params, *stems])
            found = cursor.fetchall()
        alts = {
            sum(bit[t] for t in set(a.terms)) for g in plan.groups for a in g.alts
        }  # fmt: skip
        single = 0
        for mask in alts:
            if mask & (mask - 1) == 0:
                single |= mask
        multi = [m for m in alts if m & (m - 1) and m & single != m]
        if not multi:  # every stem is a whole alternative: every row matches
            return [(r[0], r[1]) for r in found]
        if len(select) > 2:  # more than one mask column: one mask per row
            found = [
                (r[0], r[1], sum(v << (MASK_BITS * i) for i, v in enumerate(r[2:])))
                for r in found
            ]  # fmt: skip
        # Rows share few distinct masks: decide each mask once.
        ok = {
            m for m in {r[2] for r in found} if m & single or any(m & a == a for a in multi)
        }  # fmt: skip
        return [(r[0], r[1]) for r in found if r[2] in ok]

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


def best(rows: list[tuple[int, float]], n: int) -> list[tuple[int, float]]:
    """The n best rows by score, ties by id (stable whatever order the engine returned)."""
    if len(rows) > n:
        top = heapq.nlargest(n, rows, key=itemgetter(1))
        cut = top[-1][1]
        rows = [r for r in rows if r[1] >= cut]
    return sorted(rows, key=lambda r: (-r[1], r[0]))[:n]
