"""`manage.py sync_municipalities`: the reference table follows cms/data/gemeenten.csv."""

import csv
import io

import pytest
from django.core.management import CommandError, call_command

from cms.models import Region
from cms.municipalities import COLUMNS, DATA_FILE, read_rows, sync_municipalities
from tests.factories import InspirationPageFactory

MUNICIPALITY = Region.Kind.MUNICIPALITY


def write(path, rows):
    with path.open("w", encoding="utf-8", newline="") as handle:
        writer = csv.DictWriter(handle, fieldnames=COLUMNS)
        writer.writeheader()
        writer.writerows(rows)
    return path


def run(*args) -> str:
    out = io.StringIO()
    call_command("sync_municipalities", *args, stdout=out)
    return out.getvalue()


@pytest.fixture
def merger_file(tmp_path):
    """Stadskanaal and Veendam (VR01) merge into the invented 'Veenkanaal' (GM9001)."""
    rows = [r for r in read_rows() if r["gemeentecode"] not in ("GM0037", "GM0047")]
    rows.append({"gemeentecode": "GM9001", "gemeentenaam": "Veenkanaal",
                 "veiligheidsregio_code": "VR01", "veiligheidsregio_naam": "Groningen",
                 "provincie": "Groningen"})  # fmt: skip
    return write(tmp_path / "gemeenten.csv", rows)


@pytest.mark.django_db
def test_the_shipped_file_matches_the_migrated_table_and_a_second_run_changes_nothing():
    assert run() == "Geen wijzigingen: de gemeenten en veiligheidsregio's zijn bij.\n"
    assert run() == "Geen wijzigingen: de gemeenten en veiligheidsregio's zijn bij.\n"
    assert Region.objects.filter(kind=MUNICIPALITY, active=True).count() == 342


@pytest.mark.django_db
def test_a_merger_keeps_the_old_rows_inactive_with_their_references(site_tree, merger_file):
    stadskanaal = Region.objects.get(code="GM0037")
    youth_region = Region.objects.create(kind=Region.Kind.YOUTH_REGION, name="Jeugdregio Oost")
    youth_region.municipalities.add(stadskanaal)
    page = InspirationPageFactory(title="Voorbeeld")
    page.regions.set([stadskanaal])
    page.save()

    report = sync_municipalities(merger_file)

    assert report.added == ["GM9001 Veenkanaal (gemeente)"]
    assert report.deactivated == ["GM0037 Stadskanaal (gemeente)", "GM0047 Veendam (gemeente)"]
    assert (report.renamed, report.moved, report.reactivated) == ([], [], [])
    stadskanaal.refresh_from_db()
    assert (stadskanaal.name, stadskanaal.active, stadskanaal.slug) == (
        "Stadskanaal",
        False,
        "stadskanaal",
    )
    assert list(page.__class__.objects.get(pk=page.pk).regions.all()) == [stadskanaal]
    assert list(youth_region.municipalities.all()) == [stadskanaal]
    veenkanaal = Region.objects.get(code="GM9001")
    assert (veenkanaal.kind, veenkanaal.slug, veenkanaal.province, veenkanaal.active) == (
        MUNICIPALITY,
        "veenkanaal",
        "Groningen",
        True,
    )
    assert [r.code for r in veenkanaal.groupings.all()] == ["VR01"]
    assert Region.objects.filter(kind=MUNICIPALITY, active=True).count() == 341
    assert Region.objects.filter(kind=MUNICIPALITY).count() == 343
    assert not sync_municipalities(merger_file).changed  # idempotent after the merger too


@pytest.mark.django_db
def test_a_rename_and_a_move_are_reported_and_the_slug_stays(tmp_path):
    rows = read_rows()
    for row in rows:
        if row["gemeentecode"] == "GM0014":
            row["gemeentenaam"] = "Groningen (stad)"
        if row["gemeentecode"] == "GM0034":
            row["veiligheidsregio_code"], row["veiligheidsregio_naam"] = "VR01", "Groningen"
    path = write(tmp_path / "gemeenten.csv", rows)
    report = sync_municipalities(path)
    assert report.renamed == ["GM0014 Groningen (stad): name: 'Groningen' → 'Groningen (stad)'"]
    assert report.moved == ["GM0034 Almere: VR25 → VR01"]
    assert Region.objects.get(code="GM0014").slug == "groningen"
    assert [r.code for r in Region.objects.get(code="GM0034").groupings.all()] == ["VR01"]


@pytest.mark.django_db
def test_a_municipality_back_in_the_file_is_active_again(merger_file):
    sync_municipalities(merger_file)
    report = sync_municipalities(DATA_FILE)
    assert report.reactivated == ["GM0037 Stadskanaal (gemeente)", "GM0047 Veendam (gemeente)"]
    assert report.deactivated == ["GM9001 Veenkanaal (gemeente)"]


@pytest.mark.django_db
def test_dry_run_saves_nothing(merger_file):
    out = run("--dry-run", "--file", str(merger_file))
    assert out.splitlines()[:3] == [
        "Proefdraai, er is niets opgeslagen. Dit zou veranderen:",
        "Toegevoegd (1):",
        "  GM9001 Veenkanaal (gemeente)",
    ]
    assert not Region.objects.filter(code="GM9001").exists()
    assert Region.objects.get(code="GM0037").active is True


@pytest.mark.django_db
@pytest.mark.parametrize(
    ("content", "message"),
    [
        ("gemeentecode,gemeentenaam\nGM0014,Groningen\n",
         "gemeenten.csv: kolom ontbreekt: veiligheidsregio_code, veiligheidsregio_naam, provincie"),
        (",".join(COLUMNS) + "\nG14,Groningen,VR01,Groningen,Groningen\n",
         "gemeenten.csv, regel 2: 'G14' is geen gemeentecode"),
        (",".join(COLUMNS) + "\nGM0014,Groningen,VR01,Groningen,Groningen\n" * 2,
         "gemeenten.csv, regel 3: GM0014 staat er twee keer in"),
    ],
    ids=["missing-columns", "bad-code", "duplicate-code"],
)  # fmt: skip
def test_a_broken_file_is_a_dutch_error_and_changes_nothing(tmp_path, content, message):
    path = tmp_path / "gemeenten.csv"
    path.write_text(content, "utf-8")
    with pytest.raises(CommandError) as caught:
        run("--file", str(path))
    assert str(caught.value) == message
    assert Region.objects.filter(kind=MUNICIPALITY, active=True).count() == 342
