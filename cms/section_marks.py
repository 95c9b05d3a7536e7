"""Per-section marks ("nieuw in 2.0", "gewijzigd in 3.0") and the list of recent changes.

Computed from the recorded versions (cms.models.GuidanceVersion): each major version is
compared with the version before it, section by section by anchor (cms.word_diff), and a
section keeps the last major version in which it was added or changed. Minor versions are
compared too, so that their wording changes count as the version before, but they mark
nothing: a reader is told about changes to the advice, the history lists the rest.
"""

from dataclasses import dataclass
from datetime import datetime

from django.db.models import Q

from cms.models import GuidanceVersion
from cms.word_diff import section_changes


@dataclass(frozen=True)
class Mark:
    kind: str  # "new" or "changed"
    number: str
    date: datetime


def _ordered_versions(page) -> list[GuidanceVersion]:
    return list(
        GuidanceVersion.objects.filter(page_id=page.pk)
        .select_related("revision")
        .order_by("major", "minor")
    )


def previous_version(version: GuidanceVersion) -> GuidanceVersion | None:
    """The version just before `version` of the same page, by number."""
    return (
        GuidanceVersion.objects.filter(page_id=version.page_id)
        .filter(Q(major__lt=version.major) | Q(major=version.major, minor__lt=version.minor))
        .select_related("revision")
        .order_by("-major", "-minor")
        .first()
    )


def changed_anchors(older: GuidanceVersion, newer: GuidanceVersion) -> dict[str, str]:
    """{anchor: "new" | "changed"} of the sections that differ from `older` to `newer`."""
    old_page, new_page = older.as_page(), newer.as_page()
    if old_page is None or new_page is None:
        return {}
    return {
        c.anchor: c.status
        for c in section_changes(old_page, new_page)
        if c.status in ("new", "changed")
    }


def changed_sections(version: GuidanceVersion) -> list[tuple[str, str, str]]:
    """(title, anchor, "new" | "changed") of the sections `version` added or changed, in
    the order of the page; nothing for a first version."""
    previous = previous_version(version)
    page = version.as_page()
    if previous is None or page is None:
        return []
    status = changed_anchors(previous, version)
    values = [block.value for block in page.sections]
    return [(v["title"], v["anchor"], status[v["anchor"]]) for v in values if v["anchor"] in status]


def compute_marks(page) -> dict[str, Mark]:
    marks: dict[str, Mark] = {}
    versions = _ordered_versions(page)
    for older, newer in zip(versions, versions[1:], strict=False):
        if newer.classification != GuidanceVersion.Classification.MAJOR:
            continue
        for anchor, status in changed_anchors(older, newer).items():
            marks[anchor] = Mark(status, newer.number, newer.published_at)
    live = {block.value["anchor"] for block in page.sections}
    return {anchor: mark for anchor, mark in marks.items() if anchor in live}


def section_marks(page) -> dict[str, Mark]:
    """The marks of a page's sections, by anchor. Not cached here: an anonymous reader gets
    the page from the page cache, and a page has a handful of versions to compare."""
    return compute_marks(page)
