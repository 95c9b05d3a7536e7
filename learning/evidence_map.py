"""The evidence and gap map: pilots and studies per basic principle and theme (or level),
and the list behind one cell. ResearchIndexPage's routes render them."""

from collections import defaultdict
from dataclasses import dataclass, field

from django.http import Http404
from django.utils.http import urlencode
from django.utils.translation import gettext_lazy as _

from cms.models import Level, Principle, Theme

from . import queries
from .listing import filter_choices
from .models import EvidenceLevel


@dataclass
class Cell:
    pilots: int = 0
    studies: int = 0
    strongest: int | None = None
    query: str = ""

    @property
    def total(self) -> int:
        return self.pilots + self.studies

    @property
    def strongest_label(self) -> str:
        return EvidenceLevel(self.strongest).label if self.strongest else ""

    @property
    def size(self) -> int:
        """Bubble size step 0-5 for the optional bubble view."""
        return min(5, self.total)


@dataclass
class Row:
    principle: Principle
    cells: list = field(default_factory=list)


def _map_filters(request) -> dict:
    """The map filters on region and level; the whole query is checked (a bad year is a 400)."""
    values = queries.pilot_filter(request.GET).values
    return {"region": values["region"], "level": values["level"]}


def _columns(by: str):
    if by == "niveau":
        return [(value, label) for value, label in Level.choices]
    return [(t.slug, t.label) for t in Theme.objects.all()]


def build_map(by: str, filters: dict) -> tuple[list, list[Row]]:
    """filters: region and level (a query dict, as the filter forms send it)."""
    columns = _columns(by)
    column_of = (
        (lambda page: [page.level] if page.level else [])
        if by == "niveau"
        else (lambda page: [t.slug for t in page.themes.all()])
    )
    counts: dict[tuple[str, str], Cell] = defaultdict(Cell)
    for kind, qs in (("pilots", queries.pilots(filters)), ("studies", queries.research(filters))):
        for page in qs.prefetch_related("principles", "themes"):
            for principle in page.principles.all():
                for column in column_of(page):
                    cell = counts[(principle.code, column)]
                    setattr(cell, kind, getattr(cell, kind) + 1)
                    level = getattr(page, "evidence_level", None)
                    if level and (cell.strongest is None or level > cell.strongest):
                        cell.strongest = level
    rows = []
    base = {"region": filters.get("region", ""), "level": filters.get("level", "")}
    for principle in Principle.objects.select_related("pillar"):
        row = Row(principle)
        for value, _label in columns:
            cell = counts.get((principle.code, value), Cell())
            params = {
                **base,
                "principle": principle.code,
                ("level" if by == "niveau" else "theme"): value,
            }
            cell.query = urlencode({k: v for k, v in params.items() if v})
            row.cells.append(cell)
        rows.append(row)
    return columns, rows


def evidence_map_context(request) -> dict:
    by = "niveau" if request.GET.get("kolommen") == "niveau" else "thema"
    filters = _map_filters(request)
    if by == "niveau":
        filters["level"] = ""  # the columns are the levels
    columns, rows = build_map(by, filters)
    return {
        "by": by,
        "view": "bellen" if request.GET.get("weergave") == "bellen" else "tabel",
        "columns": columns,
        "rows": rows,
        "filters": filters,
        "evidence_levels": EvidenceLevel.choices,
        **filter_choices(),
    }


def evidence_cell_context(request) -> dict:
    """The pilots and studies of one cell; Http404 without a known basic principle."""
    pilots = queries.pilot_filter(request.GET)
    filters = pilots.values
    if not filters["principle"]:
        raise Http404(_("Kies een basisprincipe."))
    principle = Principle.objects.filter(code=filters["principle"]).first()
    if principle is None:
        raise Http404(_("Onbekend basisprincipe."))
    return {
        "principle": principle,
        "theme": Theme.objects.filter(slug=filters["theme"]).first(),
        "level_label": dict(Level.choices).get(filters["level"], ""),
        "filters": filters,
        "pilots": pilots.checked_qs(),
        "summaries": queries.research(request.GET),
    }
