"""Filters shared by the public lists, the API, the CSV exports and the evidence map."""

from dataclasses import dataclass

from django.db.models import Prefetch, Q, QuerySet

from cms.models import Region
from cms.validation import optional_year
from cms.visibility import public_pages

from .models import PilotPage, ResearchSummaryPage


@dataclass
class Filters:
    principle: str = ""
    theme: str = ""
    level: str = ""
    region: str = ""
    status: str = ""
    year: int | None = None

    @classmethod
    def from_request(cls, request) -> "Filters":
        get = request.GET
        return cls(
            principle=get.get("principle", "").strip(),
            theme=get.get("theme", "").strip(),
            level=get.get("level", "").strip(),
            region=get.get("region", "").strip(),
            status=get.get("status", "").strip(),
            year=optional_year(get.get("year")),  # out of range: a 400 with the reason
        )


def region_q(value: str) -> Q:
    """A region by slug or CBS code; a grouping also matches pages tagged with its members."""
    regions = Region.objects.filter(Q(slug=value) | Q(code=value))
    ids = set(regions.values_list("pk", flat=True))
    ids |= set(Region.objects.filter(groupings__in=regions).values_list("pk", flat=True))
    ids |= set(Region.objects.filter(municipalities__in=regions).values_list("pk", flat=True))
    return Q(regions__in=ids)


def apply(qs: QuerySet, f: Filters) -> QuerySet:
    if f.principle:
        qs = qs.filter(principles__code=f.principle)
    if f.theme:
        qs = qs.filter(themes__slug=f.theme)
    if f.level:
        qs = qs.filter(level=f.level)
    if f.region:
        qs = qs.filter(region_q(f.region))
    if f.status and qs.model is PilotPage:
        qs = qs.filter(status=f.status)
    if f.year:
        if qs.model is PilotPage:
            qs = qs.filter(
                Q(actual_start__year=f.year)
                | Q(actual_start__isnull=True, planned_start__year=f.year)
            )
        else:
            qs = qs.filter(publication_date__year=f.year)
    return qs.distinct()


def pilots(f: Filters | None = None) -> QuerySet:
    qs = public_pages(PilotPage.objects.all()).select_related("registration_record")
    return apply(qs, f or Filters()).order_by("title")


def research(f: Filters | None = None) -> QuerySet:
    qs = public_pages(ResearchSummaryPage.objects.all())
    return apply(qs, f or Filters()).order_by("-publication_date", "title")


def linked_research() -> Prefetch:
    """For a list of pilots: their public studies as `pilot.public_research` (one query)."""
    studies = public_pages(ResearchSummaryPage.objects.all()).order_by("-publication_date", "title")
    return Prefetch("research", queryset=studies, to_attr="public_research")


def linked_pilots() -> Prefetch:
    """For a list of studies: their public pilots as `study.public_pilots` (one query)."""
    pilots = public_pages(PilotPage.objects.all()).order_by("title")
    return Prefetch("pilots", queryset=pilots, to_attr="public_pilots")
