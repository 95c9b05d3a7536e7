"""The posting table: one row per (document, distinct stem) with a term weight.

The weight is the BM25 term part, computed once at index time from the stored analysed
columns: field-boosted term frequency (title ×4, text ×1, compound parts ×0.3), saturated
(k1) and normalised by the document's length against a fixed average (b). At query time a
document's score is the sum of idf(stem) × weight over the query's stems (see
backends/sql.py), so the query reads only the postings of those stems (an index-only range
scan of (stem, document, weight)) and never a document's text.
"""

from collections import Counter

from django.db import connection, transaction

TITLE_BOOST = 4.0
TEXT_BOOST = 1.0
PARTS_BOOST = 0.3
K1 = 1.2
B = 0.75
AVERAGE_LENGTH = 120  # stems; fixed so that a write never changes other documents' weights
MAX_STEM = 100
TABLE = "search_searchposting"
COPY_SQL = f"COPY {TABLE} (document_id, stem, weight) FROM STDIN"
INSERT_SQL = f"INSERT INTO {TABLE} (document_id, stem, weight) VALUES (%s, %s, %s)"  # noqa: S608


def weights(title_analysed: str, analysed: str, parts: str) -> dict[str, float]:
    """Stem -> BM25 term weight for one document (analysed columns, stems space separated)."""
    title, text, part = title_analysed.split(), analysed.split(), parts.split()
    tf: Counter = Counter()
    for stems, boost in ((title, TITLE_BOOST), (text, TEXT_BOOST), (part, PARTS_BOOST)):
        for s in stems:
            tf[s[:MAX_STEM]] += boost
    norm = K1 * (1 - B + B * (len(title) + len(text)) / AVERAGE_LENGTH)
    return {s: round(f * (K1 + 1) / (f + norm), 5) for s, f in tf.items()}


def rows_for(document_id: int, fields: dict) -> list[tuple[int, str, float]]:
    w = weights(fields["title_analysed"], fields["analysed"], fields["parts"])
    return [(document_id, s, v) for s, v in w.items()]


def insert(rows: list[tuple[int, str, float]]):
    """Bulk insert (document_id, stem, weight): COPY on PostgreSQL, executemany elsewhere."""
    if not rows:
        return
    with transaction.atomic(), connection.cursor() as cursor:
        if connection.vendor == "postgresql":
            with cursor.cursor.copy(COPY_SQL) as copy:
                for row in rows:
                    copy.write_row(row)
        else:
            cursor.executemany(INSERT_SQL, rows)


def delete_for(document_ids: list[int]):
    from .models import SearchPosting

    if document_ids:
        SearchPosting.objects.filter(document_id__in=document_ids).delete()
