"""JSON search API: GET /api/search and GET /api/search/autocomplete."""

import datetime as dt

from ninja import Query, Router, Schema

from cms.api import ErrorOut
from cms.ratelimit import ClientThrottle

from . import service
from .forms import SearchForm

router = Router(tags=["search"])
SEARCH_LIMIT = ClientThrottle("search")  # one counter for search and autocomplete


class ResultOut(Schema):
    title: str
    url: str
    type: str
    snippet: str
    date: dt.date | None = None


class SearchOut(Schema):
    count: int
    page: int
    pages: int
    results: list[ResultOut]
    facets: dict[str, dict[str, int]]
    suggestion: str | None = None


class SuggestionOut(Schema):
    title: str
    url: str
    type: str


@router.get(
    "/search",
    response={200: SearchOut, 400: ErrorOut, 429: ErrorOut},
    throttle=SEARCH_LIMIT,
    summary="Zoeken in alle openbare inhoud",
    description=(
        "Zoekt in richtlijnsecties, praktijkvoorbeelden, begrippen, onderzoek en pilots. "
        "Filters (type, level, principle, theme, region, year) mogen vaker voorkomen. "
        "Snippets zijn HTML met <mark> om de gevonden woorden."
    ),
)
def search(
    request,
    q: str = "",
    # Query(...) explicitly: ninja reads a bare list[str] parameter from a JSON body.
    type: list[str] | None = Query(None),  # noqa: A002 — the public parameter name
    level: list[str] | None = Query(None),
    principle: list[str] | None = Query(None),
    theme: list[str] | None = Query(None),
    region: list[str] | None = Query(None),
    year: list[str] | None = Query(None),
    page: int = Query(1, ge=1, le=service.MAX_PAGE),
):
    # ninja checks the page; the strict form makes an unknown filter value a 400 (the HTML
    # page is lenient). It reads request.GET, as the declared lists are for the schema only.
    params = SearchForm(request.GET, strict=True).params()
    results = service.search(params)
    return {
        "count": results.count,
        "page": params.page,
        "pages": results.pages,
        "results": [
            {
                "title": h.title,
                "url": h.url,
                "type": h.type,
                "snippet": str(h.snippet),
                "date": h.date,
            }
            for h in results.hits
        ],
        "facets": {name: results.facets.get(name, {}) for name in service.FACETS},
        "suggestion": results.suggestion or None,
    }


@router.get(
    "/search/autocomplete",
    response={200: list[SuggestionOut], 400: ErrorOut, 429: ErrorOut},
    throttle=SEARCH_LIMIT,
    summary="Titels en begrippen die beginnen met de getypte letters",
)
def autocomplete(request, q: str = ""):
    return service.autocomplete(q)
