"""Downloads that Wagtail's page routing cannot serve (file names with a dot)."""

from django.http import Http404
from django.urls import path, re_path
from wagtail.models import Site

from cms.visibility import serve_as_page

from . import exports, my_work, queries
from .feeds import LearningFeed
from .models import ResearchSummaryPage

app_name = "learning"


def _research_page(request, page_path: str) -> ResearchSummaryPage:
    site = Site.find_for_request(request)
    root = site.root_page.url_path if site else "/"
    page = ResearchSummaryPage.objects.live().filter(url_path=f"{root}{page_path}/").first()
    if page is None:
        raise Http404
    return page


def cite(request, page_path, fmt):
    # A citation shows the page's content: it asks for the same login or password as the page.
    page = _research_page(request, page_path)
    return serve_as_page(
        page, request, lambda page, request: exports.citation_response(page, fmt, request)
    )


def pilots_csv(request):
    return exports.pilots_csv(queries.pilots(request.GET))


def research_csv(request):
    return exports.research_csv(queries.research(request.GET))


urlpatterns = [
    path("pilots/export.csv", pilots_csv, name="pilots_csv"),
    path("pilots/feed.atom", LearningFeed(), name="feed"),
    path("onderzoek/export.csv", research_csv, name="research_csv"),
    path("mijn-pilots/", my_work.my_pilots, name="my_pilots"),
    path("mijn-onderzoek/", my_work.my_research, name="my_research"),
    re_path(r"^(?P<page_path>[\w\-/]+)/cite\.(?P<fmt>ris|bib|json)$", cite, name="cite"),
]
