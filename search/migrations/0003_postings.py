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
    from search.postings import weights

    SearchDocument = apps.get_model("search", "SearchDocument")
    SearchPosting = apps.get_model("search", "SearchPosting")
    batch = []
    for doc in SearchDocument.objects.values("id", "title_analysed", "analysed", "parts"):
        found = weights(doc["title_analysed"], doc["analysed"], doc["parts"])
        batch += [SearchPosting(document_id=doc["id"], stem=s, weight=w) for s, w in found.items()]
        if len(batch) > 5_000:
            SearchPosting.objects.bulk_create(batch)
            batch = []
    SearchPosting.objects.bulk_create(batch)


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
