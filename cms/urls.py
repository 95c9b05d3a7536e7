"""The hall's URL map: every room mounts its pages and API routers here."""

from django.conf import settings
from django.urls import include, path
from django.utils.module_loading import import_string
from django.views.i18n import set_language
from ninja import NinjaAPI
from ninja.errors import Throttled
from wagtail import urls as wagtail_urls
from wagtail.admin import urls as wagtailadmin_urls
from wagtail.api.v2.router import WagtailAPIRouter
from wagtail.api.v2.views import PagesAPIViewSet
from wagtail.documents import urls as wagtaildocs_urls

from cms.ratelimit import api_throttled

api = NinjaAPI(
    title="Leerplatform Kind en Gezin API",
    version="1",
    description="Open API van het Leerplatform Kind en Gezin.",
    urls_namespace="api",
)
api.add_exception_handler(Throttled, lambda request, exc: api_throttled(request, exc, api))
for dotted_path in settings.API_ROUTERS:
    api.add_router("", import_string(dotted_path))

pages_api = WagtailAPIRouter("wagtailapi")
pages_api.register_endpoint("pages", PagesAPIViewSet)

urlpatterns = [
    path("", include("accounts.urls")),  # before Wagtail's: its /admin/login/ goes to ours
    path("admin/", include(wagtailadmin_urls)),
    path("documents/", include(wagtaildocs_urls)),
    path("api/v2/", pages_api.urls),
    path("api/", api.urls),
    path("taal/", set_language, name="set_language"),
    path("", include("learning.urls")),
    path("", include("reflections.urls")),
    path("", include("search.urls")),
    path("", include(wagtail_urls)),
]
