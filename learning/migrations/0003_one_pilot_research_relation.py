"""Pilot <-> research: one relation instead of two in opposite directions.

Before: `ResearchSummaryPage.pilots` and `PilotPage.research` were separate tables, and the
study page read only the first, so a pilot that cited a study did not appear on it. After:
`ResearchSummaryPage.pilots` is the one relation; a pilot reads it back as `pilot.research`.

Forward copies every pilot -> study link (the live table and each pilot's latest revision,
so that links in an unpublished draft are not lost) into the study side, and adds every
live link to the study's latest revision too, so that publishing that draft keeps them.
Backward copies the links into the pilot side as well (both directions hold every link).
"""

import modelcluster.fields
from django.db import migrations


def _latest_revisions(apps, model):
    ContentType = apps.get_model("contenttypes", "ContentType")
    Revision = apps.get_model("wagtailcore", "Revision")
    ct = ContentType.objects.filter(app_label="learning", model=model).first()
    if ct is None:
        return {}
    latest = {}
    for revision in Revision.objects.filter(content_type=ct).order_by("created_at", "pk"):
        latest[int(revision.object_id)] = revision
    return latest


def merge_into_study_side(apps, schema_editor):
    Study = apps.get_model("learning", "ResearchSummaryPage")
    Pilot = apps.get_model("learning", "PilotPage")
    study_side = Study.pilots.through  # (researchsummarypage, pilotpage)
    pilot_side = Pilot.research.through  # (pilotpage, researchsummarypage)
    links = set(study_side.objects.values_list("researchsummarypage_id", "pilotpage_id"))
    cited = set(pilot_side.objects.values_list("researchsummarypage_id", "pilotpage_id"))
    study_ids = set(Study.objects.values_list("pk", flat=True))
    for pilot_id, revision in _latest_revisions(apps, "pilotpage").items():
        for study_id in revision.content.get("research") or []:
            if study_id in study_ids:
                cited.add((study_id, pilot_id))
    pilot_ids = set(Pilot.objects.values_list("pk", flat=True))
    new = {(s, p) for s, p in cited - links if p in pilot_ids}
    study_side.objects.bulk_create(
        study_side(researchsummarypage_id=s, pilotpage_id=p) for s, p in sorted(new)
    )
    by_study: dict[int, set[int]] = {}
    for study_id, pilot_id in links | new:
        by_study.setdefault(study_id, set()).add(pilot_id)
    revisions = _latest_revisions(apps, "researchsummarypage")
    for study_id, pilots in by_study.items():
        revision = revisions.get(study_id)
        current = list(revision.content.get("pilots") or []) if revision else []
        if revision is None or not pilots - set(current):
            continue
        revision.content["pilots"] = current + sorted(pilots - set(current))
        revision.save(update_fields=["content"])


def copy_to_pilot_side(apps, schema_editor):
    Study = apps.get_model("learning", "ResearchSummaryPage")
    Pilot = apps.get_model("learning", "PilotPage")
    study_side = Study.pilots.through
    pilot_side = Pilot.research.through
    have = set(pilot_side.objects.values_list("pilotpage_id", "researchsummarypage_id"))
    pilot_side.objects.bulk_create(
        pilot_side(pilotpage_id=p, researchsummarypage_id=s)
        for s, p in study_side.objects.values_list("researchsummarypage_id", "pilotpage_id")
        if (p, s) not in have
    )


class Migration(migrations.Migration):
    dependencies = [
        ("learning", "0002_research_authors_list"),
        ("wagtailcore", "0097_baselogentry_uuid_action_timestamp_indexes"),
    ]

    operations = [
        migrations.RunPython(merge_into_study_side, copy_to_pilot_side),
        migrations.RemoveField(model_name="pilotpage", name="research"),
        migrations.AlterField(
            model_name="researchsummarypage",
            name="pilots",
            field=modelcluster.fields.ParentalManyToManyField(
                blank=True,
                help_text="Pilots die deze studie onderzoekt of waarop de pilot zich baseert.",
                related_name="research",
                to="learning.pilotpage",
                verbose_name="gekoppelde pilots",
            ),
        ),
    ]
