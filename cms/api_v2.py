"""Wagtail's pages API (/api/v2/pages/) with its integer and search parameters bounded.

Wagtail parses `offset`, `child_of` and friends with a bare int(): a 20-digit value reaches
the database and overflows, and an unbalanced quote in `search` breaks SQLite's full-text
syntax. Both gave a 500; here they give Wagtail's own 400 shape, {"message": …}.
"""

import re

from django.urls import path
from wagtail.api.v2.utils import BadRequestError
from wagtail.api.v2.views import PagesAPIViewSet

import cms.converters  # noqa: F401 — registers the <id:…> path converter
from cms.validation import MAX_ID, MAX_OFFSET, InvalidParameter, bounded_int

INTEGER_PARAMETERS = {
    "offset": (0, MAX_OFFSET),
    "limit": (0, MAX_OFFSET),  # Wagtail itself refuses more than WAGTAILAPI_LIMIT_MAX
    "id": (1, MAX_ID),
    "child_of": (1, MAX_ID),
    "ancestor_of": (1, MAX_ID),
    "descendant_of": (1, MAX_ID),
    "translation_of": (1, MAX_ID),
}
MAX_SEARCH = 200
WORD = re.compile(r"\w+")


class CheckedPagesAPIViewSet(PagesAPIViewSet):
    def initial(self, request, *args, **kwargs):
        super().initial(request, *args, **kwargs)
        for name, (low, high) in INTEGER_PARAMETERS.items():
            if name in request.GET:
                try:
                    bounded_int(request.GET[name], name, low, high)
                except InvalidParameter as exc:
                    raise BadRequestError(exc.args[0]) from exc
        if "search" in request.GET:
            # Words only: Wagtail's query syntax (quotes, field:value) is not part of our API.
            query = request.GET.copy()
            query["search"] = " ".join(WORD.findall(query["search"][:MAX_SEARCH]))
            request._request.GET = query

    @classmethod
    def get_urlpatterns(cls):
        return [
            path("", cls.as_view({"get": "listing_view"}), name="listing"),
            path("<id:pk>/", cls.as_view({"get": "detail_view"}), name="detail"),
            path("find/", cls.as_view({"get": "find_view"}), name="find"),
        ]
