"""The public pilots and studies, filtered by a list's query (learning/filters.py): one place
for the public lists, the API, the CSV exports and the evidence map."""

from django.db.models import Prefetch, QuerySet

from cms.visibility import public_pages

from .filters import PilotFilter, ResearchFilter
from .models import PilotPage, ResearchSummaryPage


def pilot_filter(data=None, *, strict: bool = False) -> PilotFilter:
    """The filter of the public pilots, by title; `strict` (the API) refuses unknown values."""
    qs = public_pages(PilotPage.objects.all()).select_related("registration_record")
    return PilotFilter(data, qs.order_by("title"), strict=strict)


def research_filter(data=None, *, strict: bool = False) -> ResearchFilter:
    """The filter of the public studies, newest first."""
    qs = public_pages(ResearchSummaryPage.objects.all())
    return ResearchFilter(data, qs.order_by("-publication_date", "title"), strict=strict)


def pilots(data=None, *, strict: bool = False) -> QuerySet:
    """Public pilots matching `data` (a query dict); InvalidParameter (a 400) for a bad value."""
    return pilot_filter(data, strict=strict).checked_qs()


def research(data=None, *, strict: bool = False) -> QuerySet:
    """Public studies matching `data`; InvalidParameter (a 400) for a bad value."""
    return research_filter(data, strict=strict).checked_qs()


def linked_research() -> Prefetch:
    """For a list of pilots: their public studies as `pilot.public_research` (one query)."""
    studies = public_pages(ResearchSummaryPage.objects.all()).order_by("-publication_date", "title")
    return Prefetch("research", queryset=studies, to_attr="public_research")


def linked_pilots() -> Prefetch:
    """For a list of studies: their public pilots as `study.public_pilots` (one query)."""
    pilots = public_pages(PilotPage.objects.all()).order_by("title")
    return Prefetch("pilots", queryset=pilots, to_attr="public_pilots")
