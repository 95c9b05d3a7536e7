"""GET /favicon.ico: browsers ask for it by themselves, whatever the page's <link rel="icon">
says (feed readers, bookmarks, older browsers). It answers with the site's SVG icon, read from
the package so it works before and after collectstatic."""

from functools import cache
from pathlib import Path

from django.http import HttpResponse
from django.views.decorators.cache import cache_control
from django.views.decorators.http import require_safe

ICON = Path(__file__).parent / "static" / "cms" / "favicon.svg"


@cache
def _icon() -> bytes:
    return ICON.read_bytes()


@require_safe
@cache_control(public=True, max_age=24 * 60 * 60)
def favicon(request):
    return HttpResponse(_icon(), content_type="image/svg+xml")
