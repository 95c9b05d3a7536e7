"""What the pilot register and the research overview list: filters, choices with their counts
(one grouped query per vocabulary, cms.filters.option_counts) and one page of results (the
pages' get_context asks for it)."""

from django.core.paginator import Paginator

from cms.filters import option_counts
from cms.models import Level, Principle, Region, Theme

from . import queries
from .models import PilotPage

PER_PAGE = 25


def filter_choices() -> dict:
    """The choices of the filter forms (register, overview, evidence map)."""
    return {
        "principle_choices": Principle.objects.all(),
        "theme_choices": Theme.objects.all(),
        "level_choices": Level.choices,
        "region_choices": Region.objects.exclude(kind=Region.Kind.MUNICIPALITY),
    }


def pilot_index_context(request, registry) -> dict:
    filters = queries.pilot_filter(request.GET)
    pages = Paginator(filters.checked_qs(), PER_PAGE).get_page(request.GET.get("page"))
    return {
        "filters": filters.values,
        "counts": option_counts([filters]),
        "pilots": pages,
        "status_choices": PilotPage.Status.choices,
        **filter_choices(),
    }


def research_index_context(request, index) -> dict:
    filters = queries.research_filter(request.GET)
    pages = Paginator(filters.checked_qs(), PER_PAGE).get_page(request.GET.get("page"))
    return {
        "filters": filters.values,
        "counts": option_counts([filters]),
        "summaries": pages,
        **filter_choices(),
    }
