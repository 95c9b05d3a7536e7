"""Registry IDs and versions: what was public at each publish, and what changed."""

import datetime as dt
import difflib
from dataclasses import dataclass

from django.db import transaction
from django.utils.translation import gettext as _

from .models import PilotPage, PilotRegistration, PilotVersion

M2M_FIELDS = {"principles": "code", "themes": "slug", "regions": "slug"}


def _display(page: PilotPage, name: str) -> str:
    if name in M2M_FIELDS:
        return ", ".join(sorted(str(o) for o in getattr(page, name).all()))
    value = getattr(page, name)
    if value in (None, ""):
        return ""
    if isinstance(value, dt.date):
        return value.isoformat()
    display = getattr(page, f"get_{name}_display", None)
    return str(display()) if display else str(value)


def snapshot(page: PilotPage) -> dict:
    return {name: _display(page, name) for name in PilotPage.PUBLIC_FIELDS}


def record_publish(page: PilotPage, revision=None) -> PilotVersion | None:
    """Called on every publish: assign the ID on first approval and store the version."""
    with transaction.atomic():
        # Serialise concurrent publishes of the same pilot.
        PilotPage.objects.select_for_update().filter(pk=page.pk).first()
        data = snapshot(page)
        last = page.versions.order_by("-major", "-minor").first()
        if last is None:
            if not PilotRegistration.objects.filter(page=page).exists():
                PilotRegistration.assign(page)
            major, minor = 1, 0
            reason, classification = _("Eerste registratie"), ""
        else:
            if last.snapshot == data:
                return None  # nothing public changed
            classification = page.change_classification or PilotPage.Change.MINOR
            if classification == PilotPage.Change.MAJOR:
                major, minor = last.major + 1, 0
            else:
                major, minor = last.major, last.minor + 1
            reason = page.change_reason.strip()
        return PilotVersion.objects.create(
            page=page,
            major=major,
            minor=minor,
            reason=reason,
            classification=classification,
            snapshot=data,
            revision=revision,
        )


@dataclass
class FieldChange:
    name: str
    label: str
    removed: list[str]
    added: list[str]


def field_label(name: str) -> str:
    return str(PilotPage._meta.get_field(name).verbose_name).capitalize()


def diff(old: dict, new: dict) -> list[FieldChange]:
    """Readable changes per field: lines taken away and lines added (difflib)."""
    changes = []
    for name in PilotPage.PUBLIC_FIELDS:
        before, after = old.get(name, ""), new.get(name, "")
        if before == after:
            continue
        removed, added = [], []
        for line in difflib.ndiff(before.splitlines(), after.splitlines()):
            if line.startswith("- "):
                removed.append(line[2:])
            elif line.startswith("+ "):
                added.append(line[2:])
        changes.append(FieldChange(name, field_label(name), removed, added))
    return changes


def history(page: PilotPage) -> list[tuple[PilotVersion, list[FieldChange]]]:
    """Newest first, each version with what changed against the one before."""
    rows, previous = [], None
    for version in page.versions.order_by("major", "minor"):
        rows.append((version, diff(previous.snapshot, version.snapshot) if previous else []))
        previous = version
    return list(reversed(rows))
