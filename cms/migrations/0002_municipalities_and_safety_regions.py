"""Load the 342 municipalities and the 25 veiligheidsregio's from cms/data/gemeenten-2023.csv.

The table and its sources are described in cms/data/gemeenten-SOURCES.md. Jeugdregio's are
not in that table and are left for editors rather than guessed.
"""

import csv
from pathlib import Path

from django.db import migrations
from django.utils.text import slugify

# A frozen copy: replaying this migration must load the same 342 rows for ever. Later
# changes go into gemeenten.csv and reach the database through `manage.py sync_municipalities`.
DATA = Path(__file__).resolve().parent.parent / "data" / "gemeenten-2023.csv"


def load(apps, schema_editor):
    Region = apps.get_model("cms", "Region")
    with DATA.open(encoding="utf-8", newline="") as handle:
        rows = list(csv.DictReader(handle))
    safety_regions = {}
    for row in rows:
        code = row["veiligheidsregio_code"]
        if code not in safety_regions:
            safety_regions[code] = Region.objects.create(
                kind="veiligheidsregio",
                name=row["veiligheidsregio_naam"],
                slug=slugify(f"veiligheidsregio-{row['veiligheidsregio_naam']}"),
                code=code,
            )
    municipalities = Region.objects.bulk_create(
        Region(
            kind="gemeente",
            name=row["gemeentenaam"],
            slug=slugify(row["gemeentenaam"]),
            code=row["gemeentecode"],
            province=row["provincie"],
        )
        for row in rows
    )
    by_code = {m.code: m for m in Region.objects.filter(kind="gemeente")}
    Through = Region.municipalities.through
    Through.objects.bulk_create(
        Through(
            from_region=safety_regions[row["veiligheidsregio_code"]],
            to_region=by_code[row["gemeentecode"]],
        )
        for row in rows
    )
    assert len(municipalities) == 342, len(municipalities)


def unload(apps, schema_editor):
    Region = apps.get_model("cms", "Region")
    Region.objects.filter(kind__in=["gemeente", "veiligheidsregio"]).exclude(code="").delete()


class Migration(migrations.Migration):
    dependencies = [("cms", "0001_initial")]
    operations = [migrations.RunPython(load, unload)]
