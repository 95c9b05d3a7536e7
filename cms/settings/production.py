import os

from django.core.exceptions import ImproperlyConfigured

from .base import *  # noqa: F403

_KNOWN_PLACEHOLDERS = {"", "changeme", "dev-only-not-secret", "test-only-not-secret"}
if SECRET_KEY in _KNOWN_PLACEHOLDERS or len(SECRET_KEY) < 32:  # noqa: F405
    raise ImproperlyConfigured(
        "SECRET_KEY is missing or too weak: set the environment variable SECRET_KEY "
        "to a random value of at least 32 characters."
    )
if not ALLOWED_HOSTS:  # noqa: F405
    raise ImproperlyConfigured(
        "ALLOWED_HOSTS is missing: set the environment variable ALLOWED_HOSTS "
        "to a comma-separated list of host names."
    )

DEBUG = False
MIDDLEWARE.insert(1, "whitenoise.middleware.WhiteNoiseMiddleware")  # noqa: F405
STORAGES["staticfiles"] = {  # noqa: F405
    "BACKEND": "whitenoise.storage.CompressedManifestStaticFilesStorage"
}
SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https")
SECURE_SSL_REDIRECT = os.environ.get("SECURE_SSL_REDIRECT", "1") == "1"
# Every cookie only over HTTPS; the session and language cookies are never read by scripts.
# The CSRF cookie stays readable (CSRF_COOKIE_HTTPONLY = False, Django's default) because
# Swagger UI and Wagtail's admin scripts send it back in a header.
# The __Host- prefix (ASVS 5.0 3.3.1, 3.3.3): the browser accepts these cookies only over
# HTTPS, from this host, for path / and for no other host. No script reads them by name:
# Wagtail and Swagger UI take the CSRF token from the page.
SESSION_COOKIE_NAME = "__Host-sessionid"
CSRF_COOKIE_NAME = "__Host-csrftoken"
LANGUAGE_COOKIE_NAME = "__Host-django_language"
SESSION_COOKIE_SECURE = True
SESSION_COOKIE_HTTPONLY = True
SESSION_COOKIE_SAMESITE = "Lax"
CSRF_COOKIE_SECURE = True
CSRF_COOKIE_SAMESITE = "Lax"
LANGUAGE_COOKIE_SECURE = True

# HSTS, decided for a public body that runs the platform on its own subdomain
# (e.g. leerplatform.<organisation>.nl), see docs/security.md:
# - one year; includeSubDomains covers only names *below* the platform's own host, all ours
#   and all HTTPS, so it costs nothing and closes cookie injection over a subdomain;
# - no preload by default: the preload list takes registrable domains only, so preloading is
#   a decision of the owner of the organisation's domain, for all its hosts, not of this
#   platform. Set SECURE_HSTS_PRELOAD=1 once that owner has decided for preload.
SECURE_HSTS_SECONDS = 31536000
SECURE_HSTS_INCLUDE_SUBDOMAINS = True
SECURE_HSTS_PRELOAD = os.environ.get("SECURE_HSTS_PRELOAD", "0") == "1"
if not SECURE_HSTS_PRELOAD:
    # security.W021 only says the site cannot be preloaded: decided above, not forgotten.
    SILENCED_SYSTEM_CHECKS = ["security.W021"]

# E-mail: invitations, password resets, Wagtail's workflow notices and the follow e-mails
# (cms/follow.py), through the organisation's SMTP relay.
EMAIL_HOST = os.environ.get("EMAIL_HOST", "localhost")
EMAIL_PORT = int(os.environ.get("EMAIL_PORT", "25"))
EMAIL_HOST_USER = os.environ.get("EMAIL_HOST_USER", "")
EMAIL_HOST_PASSWORD = os.environ.get("EMAIL_HOST_PASSWORD", "")
EMAIL_USE_TLS = os.environ.get("EMAIL_USE_TLS", "0") == "1"
# Django's default sender "webmaster@localhost" would be refused or land in spam.
DEFAULT_FROM_EMAIL = os.environ.get("DEFAULT_FROM_EMAIL") or f"noreply@{ALLOWED_HOSTS[0]}"  # noqa: F405
SERVER_EMAIL = DEFAULT_FROM_EMAIL

# One JSON object per log line (cms.security.logs); LOG_FORMAT=text for a person reading.
LOGGING["handlers"]["console"]["formatter"] = (  # noqa: F405
    "text" if os.environ.get("LOG_FORMAT") == "text" else "json"
)
