"""What every room's list filters share: django-filter FilterSets over the shared vocabulary.

A list's query string goes through a FilterSet; its form decides what a value may be and
gives the Dutch reason when it may not (`QueryFilterSet.values` turns the first form error
into an InvalidParameter: a 400 on a page, {"detail": …} in the JSON API).

Lenient by default: a value of a known kind that no item has (`?principle=ZZ`) simply
matches nothing, so a page says "nothing found". Strict (the JSON API): such a value is a
400, because an empty result would hide a typo.
"""

from collections.abc import Sequence

import django_filters
from django import forms
from django.db.models import Count, QuerySet

from cms.validation import InvalidParameter, check_vocabulary, optional_year

VOCABULARY = ("level", "principle", "theme", "region")  # what check_vocabulary knows


class YearField(forms.Field):
    """A plausible year or None, with the reasons of cms.validation (the same on every list)."""

    def to_python(self, value):
        try:
            return optional_year(value)
        except InvalidParameter as exc:
            raise forms.ValidationError(exc.reason) from exc


class YearFilter(django_filters.Filter):
    field_class = YearField


class FilterForm(forms.Form):
    """The form behind a QueryFilterSet; `strict` also refuses values nobody uses."""

    strict = False

    def clean(self):
        cleaned = super().clean()
        if self.strict:
            for name, value in list(cleaned.items()):  # add_error drops the name
                reason = self.unknown(name, value) if value not in ("", None) else ""
                if reason:
                    self.add_error(name, reason)
        return cleaned

    def unknown(self, name: str, value) -> str:
        """Why `value` is no known value of `name`; "" when it is known or not checked."""
        if name not in VOCABULARY:
            return ""
        try:
            check_vocabulary(name, value)
        except InvalidParameter as exc:
            return exc.reason
        return ""


class QueryFilterSet(django_filters.FilterSet):
    """A FilterSet that is always bound (no query is an empty one) and can be strict."""

    def __init__(self, data=None, queryset=None, *, strict: bool = False, **kwargs):
        self.strict = strict
        super().__init__({} if data is None else data, queryset, **kwargs)

    def get_form_class(self):
        form = super().get_form_class()  # a new class per call: setting an attribute is safe
        form.strict = self.strict
        return form

    def filter_queryset(self, queryset: QuerySet) -> QuerySet:
        # Tags are many-to-many: a page with two matching tags would be listed twice.
        return super().filter_queryset(queryset).distinct()

    @property
    def values(self) -> dict:
        """The chosen values; InvalidParameter with the Dutch reason of the first bad one."""
        for name, errors in self.form.errors.items():
            raise InvalidParameter(name, errors[0])
        return self.form.cleaned_data

    def checked_qs(self) -> QuerySet:
        """The filtered queryset, or InvalidParameter (a 400) for a bad value."""
        self.values  # noqa: B018 — validates, raises on the first error
        return self.qs


class VocabularyFilterSet(QueryFilterSet):
    """principle, theme and level: the filters of every list of tagged items."""

    #: The filters whose options show a count (name -> the field path that is grouped on).
    counted = {"principle": "principles__code", "theme": "themes__slug", "level": "level"}

    # In this order the strict API names the first bad value, as it always did.
    level = django_filters.CharFilter(field_name="level")
    principle = django_filters.CharFilter(field_name="principles__code")
    theme = django_filters.CharFilter(field_name="themes__slug")

    class Meta:
        form = FilterForm
        fields: list[str] = []

    def without(self, name: str) -> "VocabularyFilterSet":
        """The same filter with one parameter left out."""
        data = self.data.copy()
        data.pop(name, None)
        return type(self)(data, self.queryset, strict=self.strict)


class KnowledgeFilter(VocabularyFilterSet):
    """The knowledge base (guidance and practice examples): the shared vocabulary only."""


def option_counts(filtersets: Sequence[VocabularyFilterSet]) -> dict[str, dict[str, int]]:
    """For each counted filter: value -> how many items the list shows when that value is
    chosen and the other chosen filters are kept (so the count is what a click gives).

    One grouped query per filter, however many options it has; a list of several page types
    (one FilterSet each) asks them in one UNION. Call it after the values were validated.
    """
    counts: dict[str, dict[str, int]] = {}
    for name, path in filtersets[0].counted.items():
        parts = [
            fs.without(name).qs.order_by().values(path).annotate(n=Count("pk", distinct=True))
            for fs in filtersets
        ]
        rows = parts[0].union(*parts[1:], all=True) if len(parts) > 1 else parts[0]
        totals: dict[str, int] = {}
        for row in rows:
            if row[path]:  # a page without a principle, theme or level
                totals[row[path]] = totals.get(row[path], 0) + row["n"]
        counts[name] = totals
    return counts
