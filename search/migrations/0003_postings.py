"""Postings replace the full-text structures of 0002: one match path on every SQL engine.

Creates search_searchposting (filled from the documents already indexed) and drops the
FTS5 table with its triggers (SQLite) and the tsvector column with its GIN index
(PostgreSQL). The benchmark builds those structures on its own database for the raw
full-text baseline (bench/search.py).
"""

import importlib

import django.db.models.deletion
from django.db import migrations, models

fulltext = importlib.import_module("search.migrations.0002_fulltext")

SQLITE_REBUILD = [*fulltext.SQLITE, "INSERT INTO search_fts(search_fts) VALUES ('rebuild')"]


def fill_postings(apps, schema_editor):
    from search import postings

    SearchDocument = apps.get_model("search", "SearchDocument")
    rows = []
    for doc in SearchDocument.objects.values("id", "title_analysed", "analysed", "parts"):
        rows += postings.rows_for(doc["id"], doc)
        if len(rows) > 50_000:
            postings.insert(rows)
            rows = []
    postings.insert(rows)


class Migration(migrations.Migration):
    dependencies = [("search", "0002_fulltext")]

    operations = [
        migrations.CreateModel(
            name="SearchPosting",
            fields=[
                (
                    "pk",
                    models.CompositePrimaryKey(
                        "document",
                        "stem",
                        blank=True,
                        editable=False,
                        primary_key=True,
                        serialize=False,
                    ),
                ),
                ("stem", models.CharField(max_length=100)),
                ("weight", models.FloatField()),
                (
                    "document",
                    models.ForeignKey(
                        db_index=False,
                        on_delete=django.db.models.deletion.CASCADE,
                        related_name="postings",
                        to="search.searchdocument",
                    ),
                ),
            ],
            options={
                "indexes": [
                    models.Index(
                        fields=["stem", "document", "weight"], name="search_posting_stem_idx"
                    )
                ],
            },
        ),
        migrations.RunPython(fill_postings, migrations.RunPython.noop),
        fulltext.VendorRunSQL("sqlite", fulltext.SQLITE_REVERSE, SQLITE_REBUILD),
        fulltext.VendorRunSQL("postgresql", fulltext.POSTGRES_REVERSE, fulltext.POSTGRES),
    ]
