"""Rate limits per client: the one place that decides who is counted, how often, and what a
client hears when it asks too often (429 with Retry-After).

The counting is django-ninja's own throttle (a sliding window over Django's cache, the
library our JSON API is built on), so API routes and plain Django views (the login steps)
share one implementation and one set of limits: ``settings.RATE_LIMITS``.
"""

import math
import time
from functools import wraps

from django.conf import settings
from django.shortcuts import render
from django.utils.translation import gettext as _
from ninja.errors import Throttled
from ninja.throttling import SimpleRateThrottle


def client_ip(request) -> str:
    """The client's address: REMOTE_ADDR, or the address the trusted proxies saw
    (``TRUSTED_PROXY_COUNT``). Also used by django-axes, so lockouts count the same client."""
    return ClientThrottle("login").get_ident(request) or ""


class ClientThrottle(SimpleRateThrottle):
    """Counts requests per client address within one scope of ``settings.RATE_LIMITS``.

    The rate is read at each request, so a changed setting (or a test's override) counts.
    """

    def timer(self) -> float:
        return time.time()  # looked up at each call (ninja binds time.time at import)

    def __init__(self, scope: str):
        self.scope = scope
        super().__init__(rate="1/s")  # replaced by the setting at each request

    def allow_request(self, request) -> bool:
        self.rate = settings.RATE_LIMITS[self.scope]
        self.num_requests, self.duration = self.parse_rate(self.rate)
        return super().allow_request(request)

    def get_cache_key(self, request) -> str:
        return f"ratelimit:{self.scope}:{self.get_ident(request)}"

    def retry_after(self) -> int:
        return max(1, math.ceil(self.wait() or self.duration))


def too_many_requests_message() -> str:
    return _("U heeft te veel verzoeken kort na elkaar gedaan. Wacht even en probeer het opnieuw.")


def api_throttled(request, exc: Throttled, api):
    """Exception handler for the JSON API: ninja adds Retry-After itself."""
    return api.create_response(request, {"detail": too_many_requests_message()}, status=429)


def limit_posts(scope: str):
    """Decorator for a Django view: POSTs above the scope's limit get a 429 page."""

    def decorator(view):
        @wraps(view)
        def wrapped(request, *args, **kwargs):
            if request.method == "POST":
                throttle = ClientThrottle(scope)
                if not throttle.allow_request(request):
                    seconds = throttle.retry_after()
                    response = render(
                        request,
                        "429.html",
                        {"message": too_many_requests_message(), "seconds": seconds},
                        status=429,
                    )
                    response["Retry-After"] = str(seconds)
                    return response
            return view(request, *args, **kwargs)

        return wrapped

    return decorator
