"""The response headers that neither Django nor django-csp sets.

Django's SecurityMiddleware sets HSTS, nosniff, Referrer-Policy and Cross-Origin-Opener-Policy,
XFrameOptionsMiddleware sets X-Frame-Options and django-csp the Content-Security-Policy; only
Permissions-Policy is left, so this is written here (no maintained package does only that).
"""

from django.conf import settings


class SecurityHeadersMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response
        self.permissions_policy = settings.PERMISSIONS_POLICY

    def __call__(self, request):
        response = self.get_response(request)
        if self.permissions_policy:
            response.headers.setdefault("Permissions-Policy", self.permissions_policy)
        return response
