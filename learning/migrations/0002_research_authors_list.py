"""Authors of a research summary: one text with a name per line -> a list of names.

Forward splits the text into ResearchAuthor rows (blank lines dropped); backward joins them
with newlines again. Stored revisions are converted too, so that drafts and history still
open (their `authors` becomes the child-object list modelcluster expects, and back).
"""

import django.db.models.deletion
import modelcluster.fields
from django.db import migrations, models


def _revisions(apps):
    ContentType = apps.get_model("contenttypes", "ContentType")
    Revision = apps.get_model("wagtailcore", "Revision")
    ct = ContentType.objects.filter(app_label="learning", model="researchsummarypage").first()
    return Revision.objects.filter(content_type=ct) if ct else Revision.objects.none()


def split_authors(apps, schema_editor):
    Page = apps.get_model("learning", "ResearchSummaryPage")
    Author = apps.get_model("learning", "ResearchAuthor")
    for page in Page.objects.all():
        names = [line.strip() for line in page.authors_text.splitlines() if line.strip()]
        Author.objects.bulk_create(
            Author(page=page, name=name[:200], sort_order=i) for i, name in enumerate(names)
        )
    for revision in _revisions(apps):
        text = revision.content.get("authors")
        if isinstance(text, str):
            names = [line.strip() for line in text.splitlines() if line.strip()]
            revision.content["authors"] = [
                {"pk": None, "page": revision.content.get("pk"), "sort_order": i, "name": n}
                for i, n in enumerate(names)
            ]
            revision.save(update_fields=["content"])


def join_authors(apps, schema_editor):
    Page = apps.get_model("learning", "ResearchSummaryPage")
    Author = apps.get_model("learning", "ResearchAuthor")
    for page in Page.objects.all():
        names = (
            Author.objects.filter(page=page).order_by("sort_order").values_list("name", flat=True)
        )
        page.authors_text = "\n".join(names)
        page.save(update_fields=["authors_text"])
    for revision in _revisions(apps):
        rows = revision.content.get("authors")
        if isinstance(rows, list):
            rows = sorted(rows, key=lambda r: r.get("sort_order") or 0)
            revision.content["authors"] = "\n".join(r.get("name", "") for r in rows)
            revision.save(update_fields=["content"])


class Migration(migrations.Migration):
    dependencies = [
        ("learning", "0001_initial"),
    ]

    operations = [
        migrations.RenameField("researchsummarypage", "authors", "authors_text"),
        migrations.CreateModel(
            name="ResearchAuthor",
            fields=[
                (
                    "id",
                    models.BigAutoField(
                        auto_created=True, primary_key=True, serialize=False, verbose_name="ID"
                    ),
                ),
                ("sort_order", models.IntegerField(blank=True, editable=False, null=True)),
                (
                    "name",
                    models.CharField(
                        help_text="Achternaam en voorletters, zoals 'Jansen, A.'.",
                        max_length=200,
                        verbose_name="naam",
                    ),
                ),
                (
                    "page",
                    modelcluster.fields.ParentalKey(
                        on_delete=django.db.models.deletion.CASCADE,
                        related_name="authors",
                        to="learning.researchsummarypage",
                    ),
                ),
            ],
            options={
                "verbose_name": "auteur",
                "verbose_name_plural": "auteurs",
                "ordering": ["sort_order"],
                "abstract": False,
            },
        ),
        migrations.RunPython(split_authors, join_authors),
        migrations.RemoveField("researchsummarypage", "authors_text"),
    ]
