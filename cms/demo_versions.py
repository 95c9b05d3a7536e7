"""Demo: the handelingskader has four versions (1.0, 1.1, 2.0 and 2.1) with their notes.

The demo file holds the newest text (2.0). The older versions are that text with the
changes taken back, imported one by one before the demo import on the first `load_demo`,
so the history is made the way an editor's would be: by the importer, with its checks.
"""

import datetime as dt

from django.conf import settings
from django.utils import timezone

from cms.content_handlers import GuidanceHandler
from cms.content_io import Batch, ContentFile, join_sections, read_file, split_sections
from cms.models import GuidancePage, GuidanceVersion

SLUG = "handelingskader-lokaal-team-en-veiligheidsteam"

# Newest first: how to get the text of each older version from the one after it.
OLDER = [
    {  # item 7: 2.1 gave every section its kern
        "version": "2.0",
        "change_type": "major",
        "change_note": "Nieuwe sectie 'Leren van de samenwerking'. Het veiligheidsteam doet een "
        "stap terug zodra de veiligheid stabiel is, in plaats van betrokken te blijven tot het "
        "einde van de hulp.",
        "replace": [],
        "drop": None,
        "no_kern": True,
    },
    {
        "version": "1.1",
        "change_type": "minor",
        "change_note": "Eenvoudiger woorden in 'Samen instappen' en 'Rechtsbescherming in elke "
        "stap'. Het advies is niet veranderd.",
        "replace": [
            (
                "Het veiligheidsteam blijft zo lang als nodig, maar niet langer. Als de veiligheid "
                "stabiel is, doet het een stap terug. Het lokaal team blijft.",
                "Het veiligheidsteam blijft betrokken tot het einde van de hulp.",
            ),
        ],
        "drop": "leren-van-de-samenwerking",
    },
    {
        "version": "1.0",
        "change_type": "",
        "change_note": "",
        "replace": [
            ("Een kort consult is vaak al genoeg", "Een kort consult is veelal voldoende"),
            ("Geef informatie ook op papier.", "Verstrek informatie ook schriftelijk."),
        ],
        "drop": None,
    },
]
DATES = {
    "1.0": dt.date(2025, 1, 6),
    "1.1": dt.date(2025, 6, 2),
    "2.0": dt.date(2026, 3, 2),
    "2.1": dt.date(2026, 11, 16),
}


def _older(doc: ContentFile, step: dict) -> ContentFile:
    body = doc.body
    for new, old in step["replace"]:
        if new not in body:
            raise ValueError(f"demo: '{new[:40]}…' staat niet (meer) in {doc.path}")
        body = body.replace(new, old)
    meta = {**doc.meta, **{k: step[k] for k in ("version", "change_type", "change_note")}}
    if step.get("no_kern"):
        meta["sections"] = [{k: v for k, v in s.items() if k != "kern"} for s in meta["sections"]]
    if step["drop"]:
        keep = [i for i, s in enumerate(meta["sections"]) if s["anchor"] != step["drop"]]
        meta["sections"] = [meta["sections"][i] for i in keep]
        body = join_sections([split_sections(body)[i] for i in keep])
    return ContentFile(doc.path, meta, body)


def import_older_versions() -> None:
    """Before the demo import, once: the versions before the demo file's."""
    if GuidancePage.objects.filter(slug=SLUG).exists():
        return
    doc = read_file(settings.BASE_DIR / "demo" / "guidance" / f"{SLUG}.md")
    older = []
    for step in OLDER:
        doc = _older(doc, step)
        older.append(doc)
    handler = GuidanceHandler()
    for version in reversed(older):
        handler.save(handler.validate(version, Batch()))


def date_versions() -> None:
    """After the demo import: the versions on the dates of the demo story."""
    for number, day in DATES.items():
        moment = timezone.make_aware(dt.datetime.combine(day, dt.time(9)))
        GuidanceVersion.objects.filter(page__slug=SLUG, number=number).update(published_at=moment)
