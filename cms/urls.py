"""The hall's URL map: every room mounts its pages and API routers here."""

from django.urls import include, path, re_path
from django.views.decorators.csrf import csrf_exempt
from django.views.i18n import set_language
from wagtail import urls as wagtail_urls
from wagtail.admin import urls as wagtailadmin_urls
from wagtail.api.v2.router import WagtailAPIRouter
from wagtail.documents import urls as wagtaildocs_urls
from wagtail.views import serve as wagtail_serve

from cms.api import build_api
from cms.api_v2 import CheckedPagesAPIViewSet
from cms.favicon import favicon
from cms.health import healthz

api = build_api()
pages_api = WagtailAPIRouter("wagtailapi")
pages_api.register_endpoint("pages", CheckedPagesAPIViewSet)
handler400 = "cms.errors.bad_request"

urlpatterns = [
    path("healthz", healthz, name="healthz"),
    path("favicon.ico", favicon, name="favicon"),
    path("", include("accounts.urls")),  # before Wagtail's: its /admin/login/ goes to ours
    path("admin/", include(wagtailadmin_urls)),
    path("documents/", include(wagtaildocs_urls)),
    path("api/v2/", pages_api.urls),
    path("api/", api.urls),
    # Without a CSRF token: the language form is on every public page, and a page holding a
    # token is never cached (cms.page_cache). Another site could at most switch the language.
    path("taal/", csrf_exempt(set_language), name="set_language"),
    path("", include("learning.urls")),
    path("", include("reflections.urls")),
    path("", include("search.urls")),
    path("", include("cms.changes_urls")),  # changes (issue 14 items 2, 6): /wijzigingen/, /volgen/
    # A guidance version's own URL (<page>/versies/1.1/, cms.guidance_history): Wagtail's
    # page pattern allows no dot, so this one hands the same path to Wagtail's own view,
    # which routes it to the page with every check of a normal page request.
    re_path(r"^((?:[\w\-]+/)+versies/[0-9]+\.[0-9]+/)$", wagtail_serve, name="guidance_version"),
    path("", include(wagtail_urls)),
]
