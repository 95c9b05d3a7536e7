"""Keep the municipalities and veiligheidsregio's in step with cms/data/gemeenten.csv.

The file lists the municipalities in force, by CBS code (GM####), each with its
veiligheidsregio (VR##) and provincie. A sync adds what is new, updates names, provinces and
safety-region membership, and marks what is no longer in the file inactive: a merged or
ended municipality keeps its row, so the pages, teams and regions that refer to it stay
intact. Running it again with the same file changes nothing.

Jeugdregio's, Veilig Thuis-regio's and proeftuinregio's are not in the file; their
membership is the editors' and a sync leaves it alone (docs/operations.md).
"""

import csv
from dataclasses import dataclass, field
from pathlib import Path

from django.db import transaction
from django.utils.text import slugify

from cms.models import Region

DATA_FILE = Path(__file__).resolve().parent / "data" / "gemeenten.csv"
COLUMNS = (
    "gemeentecode",
    "gemeentenaam",
    "veiligheidsregio_code",
    "veiligheidsregio_naam",
    "provincie",
)
MUNICIPALITY, SAFETY_REGION = Region.Kind.MUNICIPALITY, Region.Kind.SAFETY_REGION


class DataFileError(ValueError):
    """The data file cannot be used; the message says where and why, in Dutch."""


@dataclass
class SyncReport:
    """What a sync changed, one readable line per change."""

    added: list[str] = field(default_factory=list)
    renamed: list[str] = field(default_factory=list)
    moved: list[str] = field(default_factory=list)
    deactivated: list[str] = field(default_factory=list)
    reactivated: list[str] = field(default_factory=list)

    SECTIONS = (
        ("added", "Toegevoegd"),
        ("renamed", "Gewijzigd"),
        ("moved", "Andere veiligheidsregio"),
        ("deactivated", "Niet meer actief (blijft bewaard)"),
        ("reactivated", "Weer actief"),
    )

    @property
    def changed(self) -> bool:
        return any(getattr(self, name) for name, _label in self.SECTIONS)

    def lines(self) -> list[str]:
        if not self.changed:
            return ["Geen wijzigingen: de gemeenten en veiligheidsregio's zijn bij."]
        out = []
        for name, label in self.SECTIONS:
            items = getattr(self, name)
            if items:
                out.append(f"{label} ({len(items)}):")
                out.extend(f"  {item}" for item in items)
        return out


def read_rows(path: Path = DATA_FILE) -> list[dict[str, str]]:
    try:
        with path.open(encoding="utf-8", newline="") as handle:
            reader = csv.DictReader(handle)
            missing = [c for c in COLUMNS if c not in (reader.fieldnames or [])]
            if missing:
                raise DataFileError(f"{path.name}: kolom ontbreekt: {', '.join(missing)}")
            rows = [{c: (row[c] or "").strip() for c in COLUMNS} for row in reader]
    except OSError as error:
        raise DataFileError(f"{path}: kan het bestand niet lezen ({error.strerror})") from error
    seen = set()
    for number, row in enumerate(rows, 2):  # line 1 is the header
        code = row["gemeentecode"]
        if not (code.startswith("GM") and len(code) == 6 and code[2:].isdigit()):
            raise DataFileError(f"{path.name}, regel {number}: '{code}' is geen gemeentecode")
        if code in seen:
            raise DataFileError(f"{path.name}, regel {number}: {code} staat er twee keer in")
        if not row["gemeentenaam"] or not row["veiligheidsregio_code"]:
            raise DataFileError(f"{path.name}, regel {number}: naam of veiligheidsregio ontbreekt")
        seen.add(code)
    return rows


def _free_slug(name: str, code: str, kind_prefix: str = "") -> str:
    """The usual slug, or one with the code when an older row (say a merged namesake) has it."""
    slug = slugify(f"{kind_prefix}{name}")
    if Region.objects.filter(slug=slug).exists():
        slug = slugify(f"{kind_prefix}{name}-{code}")
    return slug


def _sync_kind(kind: str, wanted: dict[str, dict], report: SyncReport, prefix: str = ""):
    """Rows of one kind, by code: wanted maps code -> {name, province}. Returns code -> row."""
    existing = {r.code: r for r in Region.objects.filter(kind=kind).exclude(code="")}
    label = Region.Kind(kind).label.lower()
    for code, values in wanted.items():
        row = existing.get(code)
        if row is None:
            row = Region.objects.create(
                kind=kind, code=code, slug=_free_slug(values["name"], code, prefix), **values
            )
            existing[code] = row
            report.added.append(f"{code} {row.name} ({label})")
            continue
        changes = [
            f"{k}: {getattr(row, k)!r} → {v!r}" for k, v in values.items() if getattr(row, k) != v
        ]
        if changes:
            for key, value in values.items():
                setattr(row, key, value)
            row.save(update_fields=list(values))
            report.renamed.append(f"{code} {row.name}: {', '.join(changes)}")
        if not row.active:
            row.active = True
            row.save(update_fields=["active"])
            report.reactivated.append(f"{code} {row.name} ({label})")
    for code, row in sorted(existing.items()):
        if code not in wanted and row.active:
            row.active = False
            row.save(update_fields=["active"])
            report.deactivated.append(f"{code} {row.name} ({label})")
    return existing


def _sync_membership(rows, municipalities, safety_regions, report: SyncReport) -> None:
    """Each current municipality in exactly the veiligheidsregio the file gives it."""
    through = Region.municipalities.through
    current = {}
    for link in through.objects.filter(
        from_region__kind=SAFETY_REGION, to_region__kind=MUNICIPALITY
    ).values_list("from_region__code", "to_region__code", "pk"):
        current.setdefault(link[1], []).append((link[0], link[2]))
    for row in rows:
        code, region_code = row["gemeentecode"], row["veiligheidsregio_code"]
        links = current.get(code, [])
        if [c for c, _pk in links] == [region_code]:
            continue
        through.objects.filter(pk__in=[pk for _c, pk in links]).delete()
        through.objects.create(
            from_region=safety_regions[region_code], to_region=municipalities[code]
        )
        if links:  # a new municipality is reported as added, not as moved
            before = ", ".join(c for c, _pk in links)
            report.moved.append(f"{code} {row['gemeentenaam']}: {before} → {region_code}")


@transaction.atomic
def sync_municipalities(path: Path = DATA_FILE, dry_run: bool = False) -> SyncReport:
    rows = read_rows(path)
    report = SyncReport()
    regions = {
        r["veiligheidsregio_code"]: {"name": r["veiligheidsregio_naam"], "province": ""}
        for r in rows
    }
    safety_regions = _sync_kind(SAFETY_REGION, regions, report, prefix="veiligheidsregio-")
    wanted = {
        r["gemeentecode"]: {"name": r["gemeentenaam"], "province": r["provincie"]} for r in rows
    }
    municipalities = _sync_kind(MUNICIPALITY, wanted, report)
    _sync_membership(rows, municipalities, safety_regions, report)
    if dry_run:
        transaction.set_rollback(True)
    return report
