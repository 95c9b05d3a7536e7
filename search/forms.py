"""The search query (q, type, level, principle, theme, region, year, page) as a Django form.

A plain Form, not a django-filter FilterSet: a FilterSet filters a QuerySet, and a search
filters the index's bitmaps (search/bitmaps.py), so the form only validates and the backend
filters. Lenient for the search page (a bad value is dropped, a bad page is page 1); strict
for GET /api/search (a value nobody uses is a 400 naming the parameter).
"""

import re

from django import forms
from django.utils.translation import gettext as _

from cms.validation import InvalidParameter, check_vocabulary, optional_year

from . import analysis
from .models import DocType
from .service import FACETS, MAX_PAGE, Params

MAX_FILTER_VALUES = 20
VALUE = re.compile(r"^[\w-]{1,140}$")


def check_known(facet: str, value: str) -> None:
    """InvalidParameter when `value` is no value of `facet` that exists."""
    if facet == "type":
        if value not in DocType.values:
            reason = _("kent de waarde '%(value)s' niet") % {"value": value[:40]}
            raise InvalidParameter("type", reason)
    elif facet == "year":
        optional_year(value)
    else:
        check_vocabulary(facet, value)


class FacetField(forms.Field):
    """A filter that may be repeated (?theme=a&theme=b): the distinct well-formed values."""

    widget = forms.MultipleHiddenInput  # reads every value of the parameter, not the last

    def __init__(self, facet: str, *, strict: bool = False):
        self.facet, self.strict = facet, strict
        super().__init__(required=False)

    def clean(self, value) -> list[str]:
        values = [v for v in value or [] if isinstance(v, str)]
        if self.strict:  # every value, also those the page would drop
            for v in values:
                try:
                    check_known(self.facet, v)
                except InvalidParameter as exc:
                    raise forms.ValidationError(exc.reason) from exc
        stripped = (v.strip() for v in values[:MAX_FILTER_VALUES])
        return list(dict.fromkeys(v for v in stripped if VALUE.match(v)))


class PageField(forms.IntegerField):
    """Lenient: no number is page 1, beyond the last allowed page is that page. (The API
    declares its bounds to ninja, which answers a bad page with a 400 first.)"""

    def clean(self, value) -> int:
        try:
            page = super().clean(value)
        except forms.ValidationError:
            return 1
        return min(max(page or 1, 1), MAX_PAGE)


class SearchForm(forms.Form):
    q = forms.CharField(required=False, strip=False)
    page = PageField(required=False)

    def __init__(self, data, *, strict: bool = False):
        super().__init__(data)
        # The shared vocabulary first: the strict API names the first bad value in this order.
        for name in sorted(FACETS, key=lambda name: name in ("type", "year")):
            self.fields[name] = FacetField(name, strict=strict)

    def clean_q(self) -> str:
        return analysis.clean_query(self.cleaned_data["q"])

    def params(self) -> Params:
        """The search's parameters; InvalidParameter for the first bad filter (strict only)."""
        for name, errors in self.errors.items():
            raise InvalidParameter(name, errors[0])
        data = self.cleaned_data
        filters = {name: data[name] for name in FACETS if data[name]}
        return Params(q=data["q"], filters=filters, page=data["page"])
