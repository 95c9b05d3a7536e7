"""Posting lists replace the posting rows of 0003: one row per stem with its postings packed
(search/postings.py), filled from the documents already indexed. Reversible: going back
refills the rows of 0003 from the documents."""

import importlib

from django.db import migrations, models

rows_migration = importlib.import_module("search.migrations.0003_postings")


def fill_lists(apps, schema_editor):
    from search import postings

    SearchDocument = apps.get_model("search", "SearchDocument")
    additions = postings.Additions()
    for doc in SearchDocument.objects.values("id", "title_analysed", "analysed", "parts"):
        additions.add(doc["id"], doc["title_analysed"], doc["analysed"], doc["parts"])
    postings.update([], [], additions)


class Migration(migrations.Migration):
    dependencies = [("search", "0003_postings")]

    operations = [
        migrations.CreateModel(
            name="SearchPostingList",
            fields=[
                ("stem", models.CharField(max_length=100, primary_key=True, serialize=False)),
                ("documents", models.BinaryField()),
                ("weights", models.BinaryField()),
            ],
        ),
        # Backwards, the rows table is back before its rows are refilled from the documents.
        migrations.RunPython(fill_lists, rows_migration.fill_postings),
        migrations.DeleteModel(name="SearchPosting"),
    ]
