from django.contrib.auth.decorators import login_required
from django.shortcuts import render

from . import browse, service
from .forms import SearchForm
from .scopes import team_search


def search_page(request):
    params = SearchForm(request.GET).params()
    results = service.search(params, per_page=service.PER_PAGE)
    facet_lists = results.facet_lists()
    return render(
        request,
        "search/search.html",
        {
            "results": results,
            "params": params,
            "facet_lists": facet_lists,
            "chosen_filters": sum(v.selected for _, _, values in facet_lists for v in values),
            "browse": None if results.searched else browse.entry_points(request),
        },
    )


@login_required
def team_search_page(request):
    params = SearchForm(request.GET).params()
    scope = team_search(request.user, params.q)
    return render(request, "search/team.html", {"params": params, "scope": scope})
