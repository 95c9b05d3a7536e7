"""Team data never lands in a browser cache or a shared proxy.

Keyed on URL namespaces (settings.PRIVATE_URL_NAMESPACES) rather than on a decorator per view,
so that a view added to `reflections` later is private without anyone remembering it; only
the URL names listed as public are left alone.
"""

from django.conf import settings
from django.utils.cache import add_never_cache_headers, patch_cache_control


def is_private(resolver_match) -> bool:
    if resolver_match is None:
        return False
    public = settings.PRIVATE_URL_NAMESPACES
    return any(
        namespace in public and resolver_match.url_name not in public[namespace]
        for namespace in resolver_match.namespaces
    )


class PrivateTeamDataMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        response = self.get_response(request)
        if is_private(getattr(request, "resolver_match", None)):
            add_never_cache_headers(response)
            patch_cache_control(response, private=True, no_store=True)
        return response
