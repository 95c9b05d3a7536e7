from django.contrib.auth.decorators import login_required
from django.shortcuts import render

from . import service
from .scopes import team_search


def search_page(request):
    params = service.Params.from_querydict(request.GET)
    results = service.search(params)
    return render(
        request,
        "search/search.html",
        {
            "results": results,
            "params": params,
            "facet_lists": [
                (name, label, [(v, _toggle(request, name, v.value)) for v in values])
                for name, label, values in results.facet_lists()
            ],
            "page_links": _page_links(request, results),
            "suggestion_url": _url(request, q=results.suggestion, page=None)
            if results.suggestion
            else "",
        },
    )


@login_required
def team_search_page(request):
    params = service.Params.from_querydict(request.GET)
    scope = team_search(request.user, params.q)
    return render(request, "search/team.html", {"params": params, "scope": scope})


def _url(request, **changes) -> str:
    data = request.GET.copy()
    for key, value in changes.items():
        if value is None:
            data.pop(key, None)
        else:
            data[key] = value
    return "?" + data.urlencode()


def _toggle(request, name, value) -> str:
    data = request.GET.copy()
    values = data.getlist(name)
    data.setlist(name, [v for v in values if v != value] if value in values else [*values, value])
    data.pop("page", None)
    return "?" + data.urlencode()


def _page_links(request, results) -> dict:
    page, pages = results.params.page, results.pages
    return {
        "previous": _url(request, page=str(page - 1)) if page > 1 else "",
        "next": _url(request, page=str(page + 1)) if page < pages else "",
    }
