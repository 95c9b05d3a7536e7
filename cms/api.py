"""The JSON API at /api/: one error shape, {"detail": "<Dutch reason>"} with status 400
(429 when a client asks too often, cms/ratelimit.py).

Rooms add routers (settings.API_ROUTERS); they declare `response={200: …, 400: ErrorOut}` so
the OpenAPI schema lists every status code an operation can answer.
"""

from django.conf import settings
from django.utils.module_loading import import_string
from django.utils.translation import gettext as _
from ninja import Field, NinjaAPI, Schema
from ninja.errors import Throttled, ValidationError
from ninja.pagination import PageNumberPagination

from cms.ratelimit import api_throttled
from cms.validation import MAX_PAGE, InvalidParameter


class ErrorOut(Schema):
    detail: str


class BoundedPageNumberPagination(PageNumberPagination):
    """ninja's page numbers, bounded: a 20-digit page would overflow the database's OFFSET."""

    class Input(Schema):
        page: int = Field(1, ge=1, le=MAX_PAGE)
        page_size: int | None = Field(None, ge=1, le=100)


def _reason(error: dict) -> str:
    kind, ctx = error.get("type", ""), error.get("ctx") or {}
    if kind == "missing":
        return _("ontbreekt")
    if kind in ("greater_than_equal", "greater_than"):
        return _("moet minstens %(limit)s zijn") % {"limit": ctx.get("ge", ctx.get("gt"))}
    if kind in ("less_than_equal", "less_than"):
        return _("mag hoogstens %(limit)s zijn") % {"limit": ctx.get("le", ctx.get("lt"))}
    if kind.startswith("int_"):
        return _("moet een geheel getal zijn")
    if kind.startswith("string_too_long"):
        return _("is te lang")
    return _("heeft een ongeldige waarde")


def validation_error(request, exc: ValidationError, api: NinjaAPI):
    """ninja answers 422 with pydantic's English; we answer 400 in Dutch, naming the field."""
    reasons = []
    for error in exc.errors:
        name = str(error.get("loc", ["?"])[-1])
        reasons.append(InvalidParameter(name, _reason(error)).args[0])
    return api.create_response(request, {"detail": " ".join(reasons)}, status=400)


def build_api() -> NinjaAPI:
    api = NinjaAPI(
        title="Leerplatform Kind en Gezin API",
        version="1",
        description="Open API van het Leerplatform Kind en Gezin.",
        urls_namespace="api",
    )
    api.add_exception_handler(ValidationError, lambda r, e: validation_error(r, e, api))
    api.add_exception_handler(
        InvalidParameter,
        lambda r, e: api.create_response(r, {"detail": e.args[0]}, status=400),
    )
    api.add_exception_handler(Throttled, lambda r, e: api_throttled(r, e, api))
    for dotted_path in settings.API_ROUTERS:
        api.add_router("", import_string(dotted_path))
    return api
