"""Guidance links follow the cms section reference (cms.GuidanceSectionRef): the guidance page
is `page`, so the pilot or study that links (the ParentalKey, `page` until now) becomes
`source`. Columns are renamed, so every link is kept.

Stored revisions hold the links with their field names, and the reference index holds the
path of the guidance field; both are renamed too, so drafts, history and "usage" still open.
"""

import uuid

from django.db import migrations

MODELS = ("pilotguidancelink", "researchguidancelink")
PAGE_TYPES = ("pilotpage", "researchsummarypage")
FORWARD = {"page": "source", "guidance": "page"}
BACKWARD = {"source": "page", "page": "guidance"}
# Wagtail's namespace for ReferenceIndex.content_path_hash (ReferenceIndex._get_content_path_hash).
PATH_NAMESPACE = uuid.UUID("bdc70d8b-e7a2-4c2a-bf43-2a3e3fcbbe86")


def _content_types(apps):
    ContentType = apps.get_model("contenttypes", "ContentType")
    ids = ContentType.objects.filter(app_label="learning", model__in=PAGE_TYPES)
    return list(ids.values_list("pk", flat=True))


def _rename(apps, names, marker, old_field, new_field):
    """Rename the keys of stored links (``names``; a link with ``marker`` is still to do) and
    the guidance field in the reference index (``old_field`` to ``new_field``)."""
    Revision = apps.get_model("wagtailcore", "Revision")
    for revision in Revision.objects.filter(content_type_id__in=_content_types(apps)).iterator():
        rows = revision.content.get("guidance_links")
        if not isinstance(rows, list) or not any(marker in row for row in rows):
            continue  # already converted (or no links)
        revision.content["guidance_links"] = [
            {names.get(key, key): value for key, value in row.items()} for row in rows
        ]
        revision.save(update_fields=["content"])
    ReferenceIndex = apps.get_model("wagtailcore", "ReferenceIndex")
    stale = ReferenceIndex.objects.filter(
        content_type_id__in=_content_types(apps), model_path=f"guidance_links.item.{old_field}"
    )
    for ref in stale:
        ref.model_path = f"guidance_links.item.{new_field}"
        ref.content_path = f"{ref.content_path.rpartition('.')[0]}.{new_field}"
        ref.content_path_hash = uuid.uuid5(PATH_NAMESPACE, ref.content_path)
        ref.save(update_fields=["model_path", "content_path", "content_path_hash"])


def forward(apps, schema_editor):
    _rename(apps, FORWARD, "guidance", "guidance", "page")


def backward(apps, schema_editor):
    _rename(apps, BACKWARD, "source", "page", "guidance")


class Migration(migrations.Migration):
    dependencies = [
        ("learning", "0003_one_pilot_research_relation"),
    ]

    operations = [
        *(migrations.RenameField(model, "page", "source") for model in MODELS),
        *(migrations.RenameField(model, "guidance", "page") for model in MODELS),
        migrations.RunPython(forward, backward),
    ]
