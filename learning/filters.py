"""The filters of the pilot register and the research overview: one FilterSet per list, used
by the pages, the CSV exports, the evidence map and the JSON API (strict there)."""

import django_filters
from django.db.models import Q, QuerySet
from django.utils.translation import gettext as _

from cms.filters import FilterForm, VocabularyFilterSet, YearFilter
from cms.models import Region

from .models import PilotPage


class TaggedPageFilter(VocabularyFilterSet):
    region = django_filters.CharFilter(method="filter_region")
    year = YearFilter(method="filter_year")  # what a year means differs: see the subclasses

    def filter_region(self, qs: QuerySet, name: str, value: str) -> QuerySet:
        """A region by slug or CBS code; a grouping also matches pages tagged with its members
        (and a municipality pages tagged with a grouping it belongs to)."""
        regions = Region.objects.filter(Q(slug=value) | Q(code=value))
        ids = set(regions.values_list("pk", flat=True))
        ids |= set(Region.objects.filter(groupings__in=regions).values_list("pk", flat=True))
        ids |= set(Region.objects.filter(municipalities__in=regions).values_list("pk", flat=True))
        return qs.filter(regions__in=ids)


class PilotFilterForm(FilterForm):
    def unknown(self, name: str, value) -> str:
        if name == "status" and value not in PilotPage.Status.values:
            return _("noemt een onbekende status: '%(value)s' (kies uit %(choices)s)") % {
                "value": value[:40],
                "choices": ", ".join(PilotPage.Status.values),
            }
        return super().unknown(name, value)


class PilotFilter(TaggedPageFilter):
    status = django_filters.CharFilter(field_name="status")

    class Meta(VocabularyFilterSet.Meta):
        form = PilotFilterForm

    def filter_year(self, qs: QuerySet, name: str, value: int) -> QuerySet:
        """The year a pilot started; the planned start while it has not."""
        return qs.filter(
            Q(actual_start__year=value) | Q(actual_start__isnull=True, planned_start__year=value)
        )


class ResearchFilter(TaggedPageFilter):
    def filter_year(self, qs: QuerySet, name: str, value: int) -> QuerySet:
        return qs.filter(publication_date__year=value)
