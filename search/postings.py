"""The inverted index: per stem one row with its posting list, packed.

A posting is (document id, weight): the BM25 term part of the stem in that document, computed
once at index time from the stored analysed columns — field-boosted term frequency (title ×4,
text ×1, compound parts ×0.3), saturated (k1) and normalised by the document's length against
a fixed average (b), so a write never changes other documents' weights. At query time a
document's score is the sum of idf(stem) × weight over the query's stems (backends/sql.py).

A stem's postings are stored as two little-endian arrays in one row (ids int32 ascending,
weights float32), as full-text engines store theirs: a search reads one row per query stem
by primary key and scores with numpy, instead of reading and aggregating one database row per
posting (which cost 0.4–0.6 µs per posting, tens of milliseconds for common words at 50,000
documents). Writes rewrite the lists of the stems they touch, one writer at a time.
"""

from array import array
from collections import Counter
from collections.abc import Iterable

import numpy as np
from django.db import connection

TITLE_BOOST = 4.0
TEXT_BOOST = 1.0
PARTS_BOOST = 0.3
K1 = 1.2
B = 0.75
AVERAGE_LENGTH = 120  # stems; fixed so that a write never changes other documents' weights
MAX_STEM = 100
IDS = np.dtype("<i4")
WEIGHTS = np.dtype("<f4")
CHUNK = 500  # stems per IN (...): well below every engine's parameter limit
LOCK_KEY = 7_301_955  # PostgreSQL advisory lock: one index writer at a time
READ_SQL = "SELECT stem, documents, weights FROM search_searchpostinglist WHERE stem IN ({})"
EMPTY = (np.empty(0, IDS), np.empty(0, WEIGHTS))

Lists = dict[str, tuple[np.ndarray, np.ndarray]]


def weights(title_analysed: str, analysed: str, parts: str) -> dict[str, float]:
    """Stem -> BM25 term weight for one document (analysed columns, stems space separated)."""
    title, text, part = title_analysed.split(), analysed.split(), parts.split()
    tf: Counter = Counter()
    for stems, boost in ((title, TITLE_BOOST), (text, TEXT_BOOST), (part, PARTS_BOOST)):
        for s in stems:
            tf[s[:MAX_STEM]] += boost
    norm = K1 * (1 - B + B * (len(title) + len(text)) / AVERAGE_LENGTH)
    return {s: round(f * (K1 + 1) / (f + norm), 5) for s, f in tf.items()}


class Additions:
    """Postings to add, gathered per stem (document ids in any order)."""

    def __init__(self):
        self.by_stem: dict[str, tuple[array, array]] = {}

    def add(self, document_id: int, title_analysed: str, analysed: str, parts: str):
        for stem, w in weights(title_analysed, analysed, parts).items():
            ids, ws = self.by_stem.setdefault(stem, (array("i"), array("f")))
            ids.append(document_id)
            ws.append(w)


def read(stems: Iterable[str]) -> Lists:
    """Posting lists of these stems (missing stems are left out). One query per 500 stems;
    on PostgreSQL in binary format (bytea as text is hex: twice the bytes, then decoded)."""
    stems = list(dict.fromkeys(stems))
    found: Lists = {}
    if connection.vendor == "postgresql":
        import psycopg  # Django's own cursors bind on the client side: text results only

        connection.ensure_connection()
        cursor = psycopg.Cursor(connection.connection)
        cursor.format = psycopg.pq.Format.BINARY
    else:
        cursor = connection.cursor()
    with cursor:
        for start in range(0, len(stems), CHUNK):
            chunk = stems[start : start + CHUNK]
            cursor.execute(READ_SQL.format(", ".join(["%s"] * len(chunk))), chunk)
            for stem, ids, ws in cursor.fetchall():
                found[stem] = (np.frombuffer(ids, IDS), np.frombuffer(ws, WEIGHTS))
    return found


def lock():
    """Serialise index writers (call inside the writing transaction). SQLite needs nothing:
    a transaction that has written holds the database's only write lock."""
    if connection.vendor == "postgresql":
        with connection.cursor() as cursor:
            cursor.execute("SELECT pg_advisory_xact_lock(%s)", [LOCK_KEY])


def update(removed: Iterable[int], touched: Iterable[str], additions: Additions):
    """Take the `removed` documents out of the lists of the `touched` stems, then add the
    new postings. Call inside a transaction, after lock()."""
    from .models import SearchPostingList

    stems = sorted(set(touched) | set(additions.by_stem))
    if not stems:
        return
    current = read(stems)
    gone = np.unique(np.fromiter(removed, IDS))
    rows = []
    for stem in stems:
        ids, ws = current.get(stem, EMPTY)
        if gone.size and ids.size:
            keep = ~np.isin(ids, gone)
            ids, ws = ids[keep], ws[keep]
        if stem in additions.by_stem:
            new_ids, new_ws = additions.by_stem[stem]
            ids = np.concatenate([ids, np.frombuffer(new_ids, np.intc).astype(IDS)])
            ws = np.concatenate([ws, np.frombuffer(new_ws, np.single).astype(WEIGHTS)])
            order = np.argsort(ids, kind="stable")
            ids, ws = ids[order], ws[order]
        if ids.size:
            rows.append(SearchPostingList(stem=stem, documents=ids.tobytes(), weights=ws.tobytes()))
    for start in range(0, len(stems), CHUNK):
        SearchPostingList.objects.filter(stem__in=stems[start : start + CHUNK]).delete()
    SearchPostingList.objects.bulk_create(rows, batch_size=CHUNK)
