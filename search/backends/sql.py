"""Database backends. Query words are only ever [a-z0-9]+ stems (see analysis), and every
match expression is passed as a parameter, so no user text reaches the SQL or the FTS syntax.
The SQL text itself is built only from fixed fragments and placeholders.

Ranking: documents matching any query word are found with the full-text index; they are
ordered by how much of the query they cover (each word weighted by its rarity), then by
bm25 / ts_rank_cd, then by date. Glossary entries rank below content that matches as well.
"""
# ruff: noqa: S608 — see above: placeholders only, no user text in the SQL string

import math

from django.db import connection

from . import Backend, BackendResult

FACET_TABLE = "search_searchfacet"
TERM_FACTOR = 0.3  # glossary entries: a definition, rarely the answer to a question


def filter_sql(filters: dict[str, list[str]], column: str) -> tuple[str, list]:
    parts, params = [], []
    for name, values in sorted(filters.items()):
        if not values:
            continue
        marks = ", ".join(["%s"] * len(values))
        parts.append(
            f" AND {column} IN (SELECT document_id FROM {FACET_TABLE} "
            f"WHERE name = %s AND value IN ({marks}))"
        )
        params += [name, *values]
    return "".join(parts), params


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
    total = max((n for n, _w in vocab.terms.values()), default=1) * 2 if vocab else 1
    weights = []
    for group in plan.groups:
        df = max((min(vocab.df(t) for t in a.terms) for a in group.alts), default=0) if vocab else 0
        weights.append(max(1, round(10 * math.log((total + 1) / (df + 1)))))
    return weights


class SQLBackend(Backend):
    ID_COLUMN = TOP_SQL = RAW_SQL = ""

    def group_expression(self, group) -> str:
        raise NotImplementedError

    def match_expression(self, plan, mode: str = "or") -> str:
        joiner = " AND " if mode == "and" else " OR "
        return joiner.join(self.group_expression(g) for g in plan.groups)

    def search(self, plan, filters, offset, limit, facets=True) -> BackendResult:
        if plan is None or plan.empty:
            return self._browse(filters, offset, limit, facets)
        match = self.match_expression(plan)
        where, params = filter_sql(filters, self.ID_COLUMN)
        top = self.TOP_SQL.replace("{where}", where)
        window = offset + limit <= RERANK_WINDOW
        with connection.cursor() as cursor:
            # One indexed query: matches, score, total count (window function) and paging.
            if window:
                cursor.execute(top, [match, *params, RERANK_WINDOW, 0])
            else:  # past the rerank window: engine order
                cursor.execute(top, [match, *params, limit, offset])
            rows = cursor.fetchall()
            if rows:
                count = rows[0][2]
            elif offset:
                cursor.execute(*self.count_sql(match, where, params))
                count = cursor.fetchone()[0]
            else:
                count = 0
            if not count:
                return BackendResult(count=0, ids=[])
            if window:
                ids = rerank(plan, [(r[0], r[1]) for r in rows])[offset : offset + limit]
            else:
                ids = [r[0] for r in rows]
            facet_counts = self._facets(cursor, match, filters) if facets else {}
        return BackendResult(count=count, ids=ids, facets=facet_counts)

    def _facets(self, cursor, match, filters) -> dict:
        fwhere, fparams = filter_sql(filters, "f.document_id")
        sql, sql_params = self.facets_sql(match, fwhere)
        cursor.execute(sql, [*sql_params, *fparams])
        counts: dict = {}
        for name, value, n in cursor.fetchall():
            counts.setdefault(name, {})[value] = n
        return counts

    def _browse(self, filters, offset, limit, facets) -> BackendResult:
        """No words, only filters: newest first."""
        where, params = filter_sql(filters, "d.id")
        with connection.cursor() as cursor:
            cursor.execute(self.browse_sql(where), [*params, limit, offset])
            rows = cursor.fetchall()
            if rows:
                count = rows[0][1]
            else:
                cursor.execute(*self.count_sql(None, where, params))
                count = cursor.fetchone()[0]
            facet_counts = self._facets(cursor, None, filters) if facets and count else {}
        return BackendResult(count=count, ids=[r[0] for r in rows], facets=facet_counts)

    def raw_query(self, match: str, limit: int = 10) -> list[int]:
        """The bare indexed query (match + rank + limit), for benchmarks."""
        with connection.cursor() as cursor:
            cursor.execute(self.RAW_SQL, [match, limit])
            return [r[0] for r in cursor.fetchall()]


class SQLiteBackend(SQLBackend):
    name = "sqlite"
    WEIGHTS = "4.0, 1.0, 0.3"  # title, text, compound parts
    RAW_SQL = (
        f"SELECT rowid, bm25(search_fts, {WEIGHTS}) AS score FROM search_fts "
        "WHERE search_fts MATCH %s ORDER BY score LIMIT %s"
    )
    # Filters apply to a materialised match set: a rowid constraint pushed into the FTS5
    # scan would make SQLite run the full-text query once per filtered row.
    ID_COLUMN = "m.id"
    TOP_SQL = (
        "WITH m AS MATERIALIZED (SELECT rowid AS id, "
        f"bm25(search_fts, {WEIGHTS}) AS score FROM search_fts WHERE search_fts MATCH %s) "
        "SELECT m.id, m.score, count(*) OVER () FROM m WHERE 1=1{where} "
        "ORDER BY m.score LIMIT %s OFFSET %s"
    )

    def group_expression(self, group) -> str:
        alts = []
        for alt in group.alts:
            if alt.phrase or len(alt.terms) == 1:
                alts.append('"' + " ".join(alt.terms) + '"')
            else:
                alts.append("(" + " AND ".join(f'"{t}"' for t in alt.terms) + ")")
        return "(" + " OR ".join(alts) + ")"

    def browse_sql(self, where):
        return (
            "SELECT d.id, count(*) OVER () FROM search_searchdocument d WHERE 1=1"
            f"{where} ORDER BY d.date IS NULL, d.date DESC, d.id LIMIT %s OFFSET %s"
        )

    def count_sql(self, match, where, params):
        if match is None:
            return f"SELECT count(*) FROM search_searchdocument d WHERE 1=1{where}", params
        return (
            "WITH m AS MATERIALIZED (SELECT rowid AS id FROM search_fts "
            f"WHERE search_fts MATCH %s) SELECT count(*) FROM m WHERE 1=1{where}",
            [match, *params],
        )

    def facets_sql(self, match, fwhere):
        if match is None:
            return (
                f"SELECT f.name, f.value, count(*) FROM {FACET_TABLE} f WHERE 1=1{fwhere} "
                "GROUP BY f.name, f.value",
                [],
            )
        return (
            "WITH m AS MATERIALIZED (SELECT rowid AS id FROM search_fts "
            "WHERE search_fts MATCH %s) SELECT f.name, f.value, count(*) FROM m "
            f"JOIN {FACET_TABLE} f ON f.document_id = m.id WHERE 1=1{fwhere} "
            "GROUP BY f.name, f.value",
            [match],
        )


class PostgresBackend(SQLBackend):
    name = "postgresql"
    # ts_rank_cd weights for D (compound parts), C, B (text), A (title); 1 = log length.
    WEIGHTS = "{0.05, 0.1, 0.25, 1.0}"
    RAW_SQL = (
        f"SELECT d.id, ts_rank_cd('{WEIGHTS}', d.vector, q, 1) AS score "
        "FROM search_searchdocument d, to_tsquery('simple', %s) q "
        "WHERE d.vector @@ q ORDER BY score DESC LIMIT %s"
    )
    ID_COLUMN = "d.id"
    TOP_SQL = (
        f"SELECT d.id, ts_rank_cd('{WEIGHTS}', d.vector, q, 1) AS score, count(*) OVER () "
        "FROM search_searchdocument d, to_tsquery('simple', %s) q "
        "WHERE d.vector @@ q{where} ORDER BY score DESC, d.id LIMIT %s OFFSET %s"
    )

    def group_expression(self, group) -> str:
        alts = []
        for alt in group.alts:
            joiner = " <-> " if alt.phrase else " & "
            alts.append("(" + joiner.join(alt.terms) + ")")
        return "(" + " | ".join(alts) + ")"

    def match_expression(self, plan, mode: str = "or") -> str:
        joiner = " & " if mode == "and" else " | "
        return joiner.join(self.group_expression(g) for g in plan.groups)

    def browse_sql(self, where):
        return (
            "SELECT d.id, count(*) OVER () FROM search_searchdocument d WHERE true"
            f"{where} ORDER BY d.date DESC NULLS LAST, d.id LIMIT %s OFFSET %s"
        )

    def count_sql(self, match, where, params):
        if match is None:
            return f"SELECT count(*) FROM search_searchdocument d WHERE true{where}", params
        return (
            "SELECT count(*) FROM search_searchdocument d "
            f"WHERE d.vector @@ to_tsquery('simple', %s){where}",
            [match, *params],
        )

    def facets_sql(self, match, fwhere):
        if match is None:
            return (
                f"SELECT f.name, f.value, count(*) FROM {FACET_TABLE} f WHERE true{fwhere} "
                "GROUP BY f.name, f.value",
                [],
            )
        return (
            f"SELECT f.name, f.value, count(*) FROM {FACET_TABLE} f WHERE f.document_id IN "
            "(SELECT id FROM search_searchdocument WHERE vector @@ to_tsquery('simple', %s))"
            f"{fwhere} GROUP BY f.name, f.value",
            [match],
        )
