"""Every live guidance page with a version label gets that label as its first version, from
its live revision, so its history starts where readers already are."""

import re

from django.db import migrations

NUMBER = re.compile(r"^(0|[1-9]\d{0,3})\.(0|[1-9]\d{0,3})$")  # as cms.models.parse_number


def forwards(apps, schema_editor):
    GuidancePage = apps.get_model("cms", "GuidancePage")
    GuidanceVersion = apps.get_model("cms", "GuidanceVersion")
    for page in GuidancePage.objects.filter(live=True).exclude(version_label=""):
        match = NUMBER.match(page.version_label.strip())
        if match is None or GuidanceVersion.objects.filter(page=page).exists():
            continue  # an odd label stays as it is; the editor's next version starts the history
        GuidanceVersion.objects.create(
            page=page,
            number=page.version_label.strip(),
            major=int(match[1]),
            minor=int(match[2]),
            classification="initial",
            published_at=page.last_published_at or page.first_published_at,
            revision_id=page.live_revision_id,
        )


class Migration(migrations.Migration):
    dependencies = [("cms", "0007_guidance_versions")]

    operations = [migrations.RunPython(forwards, migrations.RunPython.noop)]
