"""The hall's URL map: every room mounts its pages and API routers here."""

from django.conf import settings
from django.contrib.auth import views as auth_views
from django.urls import include, path
from django.utils.module_loading import import_string
from django.views.i18n import set_language
from ninja import NinjaAPI
from wagtail import urls as wagtail_urls
from wagtail.admin import urls as wagtailadmin_urls
from wagtail.api.v2.router import WagtailAPIRouter
from wagtail.api.v2.views import PagesAPIViewSet
from wagtail.documents import urls as wagtaildocs_urls

from cms.health import healthz

api = NinjaAPI(
    title="Leerplatform Kind en Gezin API",
    version="1",
    description="Open API van het Leerplatform Kind en Gezin.",
    urls_namespace="api",
)
for dotted_path in settings.API_ROUTERS:
    api.add_router("", import_string(dotted_path))

pages_api = WagtailAPIRouter("wagtailapi")
pages_api.register_endpoint("pages", PagesAPIViewSet)

urlpatterns = [
    path("healthz", healthz, name="healthz"),
    path("admin/", include(wagtailadmin_urls)),
    path("documents/", include(wagtaildocs_urls)),
    path("api/v2/", pages_api.urls),
    path("api/", api.urls),
    path("taal/", set_language, name="set_language"),
    path("account/login/", auth_views.LoginView.as_view(), name="login"),
    path("account/logout/", auth_views.LogoutView.as_view(), name="logout"),
    path("", include("learning.urls")),
    path("", include("reflections.urls")),
    path("", include("search.urls")),
    path("", include(wagtail_urls)),
]
