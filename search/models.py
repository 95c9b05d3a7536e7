"""The search index: one row per public hit, the posting list of every stem, its facet values
and the index vocabulary. Matching and scoring read only posting lists (see backends/sql.py);
facet counts and filters come from in-process bitmaps over SearchFacet (see bitmaps.py).
"""

from django.db import connection, models
from django.utils.translation import gettext_lazy as _


class DocType(models.TextChoices):
    GUIDANCE = "richtlijn", _("Richtlijn")
    INSPIRATION = "praktijkvoorbeeld", _("Praktijkvoorbeeld")
    TERM = "begrip", _("Begrip")
    RESEARCH = "onderzoek", _("Onderzoek")
    PILOT = "pilot", _("Pilot")


class SearchDocument(models.Model):
    key = models.CharField(max_length=200, unique=True)  # "<app.model>:<pk>[#anchor]"
    source = models.CharField(max_length=100, db_index=True)  # "<app.model>:<pk>"
    type = models.CharField(max_length=40)
    title = models.CharField(max_length=500)
    url = models.CharField(max_length=500)
    body = models.TextField(blank=True)  # plain text, for snippets
    title_analysed = models.TextField(blank=True)  # stems, space separated
    analysed = models.TextField(blank=True)
    parts = models.TextField(blank=True)  # stems of compound parts, weighted low
    date = models.DateField(null=True, blank=True)
    year = models.PositiveSmallIntegerField(null=True, blank=True)
    level = models.CharField(max_length=20, blank=True)
    principles = models.CharField(max_length=200, blank=True)  # codes, space separated
    pillars = models.CharField(max_length=40, blank=True)
    themes = models.TextField(blank=True)  # slugs, space separated
    regions = models.TextField(blank=True)
    updated_at = models.DateTimeField(auto_now=True)

    class Meta:
        verbose_name = _("zoekdocument")
        verbose_name_plural = _("zoekdocumenten")

    def __str__(self):
        return self.title


class SearchFacet(models.Model):
    """One facet value of a document; facet counts are one GROUP BY over this table."""

    document = models.ForeignKey(SearchDocument, on_delete=models.CASCADE, related_name="facets")
    name = models.CharField(max_length=20)
    value = models.CharField(max_length=140)

    class Meta:
        indexes = [models.Index(fields=["name", "value", "document"])]
        constraints = [
            models.UniqueConstraint(
                fields=["document", "name", "value"], name="search_facet_unique"
            )
        ]

    def __str__(self):
        return f"{self.name}={self.value}"


class SearchPostingList(models.Model):
    """The inverted index: per stem its posting list, packed (search/postings.py). `documents`
    holds the ids of the documents with the stem (little-endian int32, ascending), `weights`
    the stem's BM25 term weight in each of them (float32, same order). A search reads one row
    per query stem, by primary key."""

    stem = models.CharField(max_length=100, primary_key=True)
    documents = models.BinaryField()
    weights = models.BinaryField()

    def __str__(self):
        return self.stem


class SearchTerm(models.Model):
    """Index vocabulary: stems with their document frequency and a readable word."""

    stem = models.CharField(max_length=100, unique=True)
    word = models.CharField(max_length=100)
    doc_count = models.IntegerField(default=0)

    def __str__(self):
        return self.stem


_ROWS_SQL = "SELECT id, {} FROM search_searchdocument WHERE id IN ({})"


def document_rows(columns: tuple[str, ...], ids) -> dict[int, tuple]:
    """These columns (field names of SearchDocument) of the documents with these ids, by id.
    Plain SQL: a search reads them on every request, and building the ORM query cost more
    than running it (docs/performance.md). Values are as the database gives them (a date is
    a string on SQLite)."""
    ids = list(ids)
    if not ids:
        return {}
    with connection.cursor() as cursor:
        cursor.execute(_ROWS_SQL.format(", ".join(columns), ", ".join(["%s"] * len(ids))), ids)
        return {row[0]: row[1:] for row in cursor.fetchall()}
