"""Anonymous visitors get public pages from a shared cache; everyone else gets them fresh.

One middleware, placed after the CSP middleware and before the session middleware. Why not
Django's cache_page / UpdateCacheMiddleware: they replay the stored response as it was, with
the old CSP nonce in its header and in its <script> tags, and their key cannot carry the
content token (cms.content_version) that invalidates every page in every process at once.

Stored: GET, status 200, text/html, without cookies set, without the CSRF token used, for a
visitor without a session or messages cookie, when the response does not forbid it
(`Cache-Control: private`, `no-store`, `no-cache`: the team pages, cms.security.private) and
varies on nothing but cookies. Served: GET and HEAD for a visitor without a session,
messages or Authorization, never under the prefixes of PAGE_CACHE_SKIP_PREFIXES. The key is
scheme, host, language and the full path with its query string; the entry keeps the token it
was built under and counts only while that is the current token.

CSP: the body is stored with the request's nonce replaced by a placeholder; each hit gets a
fresh nonce, in the body and (through django-csp, which builds the header per response) in
the header.
"""

import hashlib
import logging

from django.conf import settings
from django.core.cache import caches
from django.http import HttpResponse
from django.utils.cache import cc_delim_re, get_max_age
from redis.exceptions import RedisError

from cms import content_version
from cms.middleware import chosen_language

PLACEHOLDER = b"\x00csp-nonce\x00"  # NUL never reaches a page: it is stripped from all input
NOT_STORED_HEADERS = {"content-length", "set-cookie"}
FORBIDDING = ("private", "no-store", "no-cache")
MESSAGES_COOKIE = "messages"  # django.contrib.messages CookieStorage
log = logging.getLogger(__name__)


def pages():
    return caches[settings.PAGE_CACHE_ALIAS]


def _cached(key: str):
    try:
        return pages().get(key)
    except (RedisError, OSError):  # a page without the cache beats an error page
        log.warning("page cache unreachable, serving without it")
        return None


def _store(key: str, entry: tuple) -> None:
    try:
        pages().set(key, entry, settings.PAGE_CACHE_SECONDS)
    except (RedisError, OSError):
        log.warning("page cache unreachable, page not stored")


class PageCacheMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        with content_version.request_scope():
            if not may_serve_from_cache(request):
                return self.get_response(request)
            key = cache_key(request)
            token = content_version.current()  # before the page reads any content
            entry = _cached(key)
            if entry is not None and entry[0] == token:
                return _mark(replay(request, entry), "hit")
            response = self.get_response(request)
            if request.method == "GET" and may_store(request, response):
                _store(key, stored_entry(token, request, response))
            return _mark(response, "miss")


def may_serve_from_cache(request) -> bool:
    cookies = request.COOKIES
    return (
        settings.PAGE_CACHE_SECONDS > 0
        and request.method in ("GET", "HEAD")
        and settings.SESSION_COOKIE_NAME not in cookies
        and MESSAGES_COOKIE not in cookies
        and "HTTP_AUTHORIZATION" not in request.META
        and not request.path.startswith(tuple(settings.PAGE_CACHE_SKIP_PREFIXES))
    )


def may_store(request, response) -> bool:
    user = getattr(request, "user", None)
    return (
        response.status_code == 200
        and not response.streaming
        and response.get("Content-Type", "").startswith("text/html")
        and not response.cookies
        and not request.META.get("CSRF_COOKIE_NEEDS_UPDATE")  # the page holds a CSRF token
        and not (user is not None and user.is_authenticated)
        and not _forbids_storing(response)
    )


def _forbids_storing(response) -> bool:
    control = response.get("Cache-Control", "").lower()
    if any(word in control for word in FORBIDDING) or get_max_age(response) == 0:
        return True
    varies = {v.strip().lower() for v in cc_delim_re.split(response.get("Vary", "")) if v.strip()}
    return bool(varies - {"cookie"})  # the key holds the one cookie that changes a page


def cache_key(request) -> str:
    parts = "\n".join(
        [request.scheme, request.get_host(), chosen_language(request), request.get_full_path()]
    )
    return "page:" + hashlib.sha256(parts.encode()).hexdigest()


def stored_entry(token: str, request, response) -> tuple:
    body = response.content
    nonce = getattr(request, "_csp_nonce", None)  # set by django-csp once the page used it
    uses_nonce = isinstance(nonce, str) and nonce.encode() in body
    if uses_nonce:
        body = body.replace(nonce.encode(), PLACEHOLDER)
    headers = [(k, v) for k, v in response.items() if k.lower() not in NOT_STORED_HEADERS]
    return (token, headers, body, uses_nonce)


def replay(request, entry: tuple) -> HttpResponse:
    _token, headers, body, uses_nonce = entry
    if uses_nonce:
        # Reading request.csp_nonce makes django-csp put this fresh nonce into the header.
        body = body.replace(PLACEHOLDER, str(request.csp_nonce).encode())
    response = HttpResponse(body)
    for name, value in headers:
        response[name] = value
    response["Content-Length"] = str(len(body))
    return response


def _mark(response, state: str):
    if settings.PAGE_CACHE_HEADER:
        response["X-Cache"] = state
    return response
