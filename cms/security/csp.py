"""Content-Security-Policy through django-csp, with one policy for the Wagtail admin.

The public site and the admin share `CONTENT_SECURITY_POLICY`; `/admin/` replaces only the
directives listed in `CSP_ADMIN_REPLACE` (see settings for why). Scripts never get
'unsafe-inline': every inline script must carry this request's nonce.

Wagtail 7.4 still writes a few inline `<script>` elements (date/time widgets, InlinePanel,
choosers; wagtail/wagtail#12940). Widgets are rendered without the request, so the nonce is
also kept in a context variable for the duration of the request; `{% csp_nonce_attr %}` and
the chooser patch in `wagtail_nonces` read it from there.
"""

from contextvars import ContextVar

from csp.middleware import CSPMiddleware, PolicyParts
from django.conf import settings

_current_nonce: ContextVar = ContextVar("csp_nonce", default=None)


def current_nonce() -> str:
    """This request's nonce (created on first use, which also puts it into the header)."""
    nonce = _current_nonce.get()
    return str(nonce) if nonce is not None else ""


class PlatformCSPMiddleware(CSPMiddleware):
    """django-csp's middleware plus the admin policy and the nonce in a context variable."""

    def process_request(self, request):
        super().process_request(request)
        request._csp_nonce_token = _current_nonce.set(request.csp_nonce)

    def process_response(self, request, response):
        response = super().process_response(request, response)
        token = getattr(request, "_csp_nonce_token", None)
        if token is not None:
            _current_nonce.reset(token)
        return response

    def get_policy_parts(self, request, response, report_only=False) -> PolicyParts:
        parts = super().get_policy_parts(request, response, report_only)
        if not report_only and is_admin_path(request.path_info):
            parts.replace = {**settings.CSP_ADMIN_REPLACE, **(parts.replace or {})}
        return parts


def is_admin_path(path: str) -> bool:
    return path.startswith(settings.CSP_ADMIN_PREFIX)
