"""Settings shared by every environment; what differs per machine comes from the environment."""

import os
from datetime import timedelta
from pathlib import Path

import dj_database_url
from csp.constants import NONCE, NONE, SELF
from django.contrib.messages import constants as message_constants
from django.utils.translation import gettext_lazy as _

BASE_DIR = Path(__file__).resolve().parent.parent.parent

SECRET_KEY = os.environ.get("SECRET_KEY", "")
DEBUG = False
ALLOWED_HOSTS = [h.strip() for h in os.environ.get("ALLOWED_HOSTS", "").split(",") if h.strip()]

INSTALLED_APPS = [
    "cms",
    "learning",
    "reflections",
    "search",
    "django_guid",
    "ninja",  # serves Swagger UI for /api/docs from its own static files (no CDN)
    "accounts",
    "wagtail.contrib.forms",
    "wagtail.contrib.redirects",
    "wagtail.contrib.settings",
    "wagtail.sites",
    "accounts.users_app.WagtailUsersConfig",  # wagtail.users with our user editor
    "wagtail.snippets",
    "wagtail.documents",
    "wagtail.images",
    "wagtail.search",
    "wagtail.admin",
    "wagtail.api.v2",
    "wagtail",
    "modelcluster",
    "taggit",
    "rest_framework",
    "django_filters",
    "django.contrib.admin",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "django.contrib.staticfiles",
    "django.contrib.humanize",
    "django_otp",
    "django_otp.plugins.otp_totp",
    "django_otp.plugins.otp_static",
    "axes",
]

MIDDLEWARE = [
    "django_guid.middleware.guid_middleware",
    "django.middleware.security.SecurityMiddleware",
    "cms.security.csp.PlatformCSPMiddleware",
    "cms.security.headers.SecurityHeadersMiddleware",
    "cms.page_cache.PageCacheMiddleware",  # inside CSP (fresh nonce per hit), outside the rest
    "cms.security.private.PrivateTeamDataMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "cms.middleware.StripControlCharactersMiddleware",
    "cms.middleware.ChosenLanguageMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "django_otp.middleware.OTPMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "accounts.sessions.SessionTimeoutMiddleware",
    "accounts.middleware.SecondFactorMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    "wagtail.contrib.redirects.middleware.RedirectMiddleware",
    "cms.middleware.PublishGuardMiddleware",
    "axes.middleware.AxesMiddleware",  # last: turns a locked-out login into our lockout page
]

# Message levels as the modifiers of NL Design System's alert (utrecht-alert--ok, --info, ...);
# info, warning and error keep Django's names. Wagtail's admin reads Django's own tags.
MESSAGE_TAGS = {message_constants.DEBUG: "info", message_constants.SUCCESS: "ok"}

ROOT_URLCONF = "cms.urls"
WSGI_APPLICATION = "cms.wsgi.application"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [BASE_DIR / "templates"],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.debug",
                "django.template.context_processors.request",
                "django.template.context_processors.i18n",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
                "wagtail.contrib.settings.context_processors.settings",
            ],
        },
    },
]

# SQLite by default so that `make run` needs nothing else; DATABASE_URL selects PostgreSQL.
DATABASES = {
    "default": dj_database_url.parse(
        os.environ.get("DATABASE_URL", f"sqlite:///{BASE_DIR / 'db.sqlite3'}"),
        conn_max_age=int(os.environ.get("DB_CONN_MAX_AGE", "0")),
    )
}
DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"

AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"},
    {"NAME": "django.contrib.auth.password_validation.MinimumLengthValidator"},
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
    {"NAME": "django.contrib.auth.password_validation.NumericPasswordValidator"},
]
LOGIN_URL = "login"
LOGIN_REDIRECT_URL = "/"
LOGOUT_REDIRECT_URL = "/"
# Wagtail's own login page is replaced by ours (password, then the second factor).
WAGTAILADMIN_LOGIN_URL = "/account/login/"
# axes first: it refuses a locked-out account or address before the password is checked.
AUTHENTICATION_BACKENDS = [
    "axes.backends.AxesStandaloneBackend",
    "django.contrib.auth.backends.ModelBackend",
]

# Login lockout (django-axes): after LOGIN_FAILURE_LIMIT failures for one account, or from one
# address, that account or address is locked for LOGIN_LOCKOUT_MINUTES. `manage.py axes_reset`
# lifts every lockout (`axes_reset_username NAME` one account). See docs/security.md.
AXES_VERBOSE = False  # no usernames or IP addresses in the log (see LOGGING)
AXES_FAILURE_LIMIT = int(os.environ.get("LOGIN_FAILURE_LIMIT", "5"))
AXES_COOLOFF_TIME = timedelta(minutes=int(os.environ.get("LOGIN_LOCKOUT_MINUTES", "15")))
AXES_LOCKOUT_PARAMETERS = ["username", "ip_address"]  # each on its own: per account, per IP
AXES_LOCKOUT_CALLABLE = "accounts.lockout.lockout_response"
AXES_RESET_ON_SUCCESS = False  # reset only after the second factor (accounts.views)
AXES_ENABLE_ACCESS_FAILURE_LOG = True
AXES_SENSITIVE_PARAMETERS = ["password", "otp_token"]

# Second factor (django-otp): the name shown in the authenticator app.
OTP_TOTP_ISSUER = "Leerplatform Kind en Gezin"
OTP_STATIC_RECOVERY_CODES = 10

# Sessions: logged out after SESSION_IDLE_MINUTES without a request and SESSION_MAX_HOURS
# after login, whatever happens (accounts.sessions); the cookie never outlives the session.
SESSION_IDLE_TIMEOUT = timedelta(minutes=int(os.environ.get("SESSION_IDLE_MINUTES", "30")))
SESSION_ABSOLUTE_TIMEOUT = timedelta(hours=int(os.environ.get("SESSION_MAX_HOURS", "12")))
SESSION_COOKIE_AGE = int(SESSION_ABSOLUTE_TIMEOUT.total_seconds())
SESSION_EXPIRE_AT_BROWSER_CLOSE = True
SESSION_COOKIE_HTTPONLY = True
SESSION_COOKIE_SAMESITE = "Lax"

# Rate limits per client address ("number/period", period s, m, h or d), over Django's cache
# (cms.ratelimit, django-ninja's throttles). Above the limit: 429 with Retry-After.
RATE_LIMITS = {
    "login": os.environ.get("RATE_LIMIT_LOGIN", "20/m"),  # POSTs to the login and code steps
    "privacy_check": os.environ.get("RATE_LIMIT_PRIVACY_CHECK", "60/m"),
    "search": os.environ.get("RATE_LIMIT_SEARCH", "120/m"),  # /api/search and autocomplete
}
# Proxies in front of the site that add X-Forwarded-For; 0 means the client is REMOTE_ADDR.
NINJA_NUM_PROXIES = int(os.environ.get("TRUSTED_PROXY_COUNT", "0"))
AXES_CLIENT_IP_CALLABLE = "cms.ratelimit.client_ip"  # the same address for lockout and limits
# Counters must be shared by every web worker: set REDIS_URL in production (CACHES below).

# The interface speaks Dutch; English is a translation a visitor can choose.
LANGUAGE_CODE = "nl"
LANGUAGES = [("nl", _("Nederlands")), ("en", _("Engels"))]
# The language cookie is read by the server only; production adds LANGUAGE_COOKIE_SECURE.
LANGUAGE_COOKIE_HTTPONLY = True
LANGUAGE_COOKIE_SAMESITE = "Lax"
LOCALE_PATHS = [BASE_DIR / "locale"]
TIME_ZONE = "Europe/Amsterdam"
USE_I18N = True
# Dates are typed as dd-mm-jjjj (cms/formats); the admin's date picker shows them that way.
FORMAT_MODULE_PATH = ["cms.formats"]
WAGTAIL_DATE_FORMAT = "%d-%m-%Y"
WAGTAIL_DATETIME_FORMAT = "%d-%m-%Y %H:%M"
USE_TZ = True

STATIC_URL = "/static/"
STATIC_ROOT = BASE_DIR / "static"
# NL Design System CSS comes from npm (`make install`) and is served as it is, never copied.
NODE_MODULES = BASE_DIR / "node_modules"
STATICFILES_DIRS = [
    ("nlds/components", NODE_MODULES / "@utrecht" / "component-library-css" / "dist"),
    # The NL Design System example theme (EUPL-1.2); Utrecht's own tokens are proprietary.
    (
        "nlds/tokens",
        NODE_MODULES / "@nl-design-system-unstable" / "voorbeeld-design-tokens" / "dist",
    ),
    # The theme's fonts (SIL Open Font License 1.1), declared in cms/static/cms/fonts.css.
    ("fonts/noto-sans", NODE_MODULES / "@fontsource-variable" / "noto-sans" / "files"),
    ("fonts/noto-serif", NODE_MODULES / "@fontsource-variable" / "noto-serif" / "files"),
]
MEDIA_URL = "/media/"
MEDIA_ROOT = BASE_DIR / "media"
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "staticfiles": {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"},
}
DATA_UPLOAD_MAX_NUMBER_FIELDS = 10_000

WAGTAIL_SITE_NAME = "Leerplatform Kind en Gezin"
# The admin loads nothing from other hosts: no Gravatar images, no update check.
WAGTAIL_GRAVATAR_PROVIDER_URL = None
WAGTAIL_ENABLE_UPDATE_CHECK = False
WAGTAIL_I18N_ENABLED = False
# The admin speaks the site's languages: Dutch unless the user chose English (in the admin's
# account settings, or the site's language cookie: cms.middleware.ChosenLanguageMiddleware).
WAGTAILADMIN_PERMITTED_LANGUAGES = LANGUAGES
WAGTAILDOCS_EXTENSIONS = ["csv", "docx", "odt", "pdf", "pptx", "txt", "xlsx"]
# Wagtail's own search serves the admin only; the public search lives in the `search` app.
WAGTAILSEARCH_BACKENDS = {
    "default": {
        "BACKEND": "wagtail.search.backends.database",
        "SEARCH_CONFIG": "dutch",
    }
}

# The public search (`search` app): "sqlite", "postgresql" or "elasticsearch"; empty means
# the database's own engine. Elasticsearch is for running past one machine.
SEARCH_BACKEND = os.environ.get("SEARCH_BACKEND", "")
ELASTICSEARCH_URL = os.environ.get("ELASTICSEARCH_URL", "")

# Routers mounted on the JSON API at /api/ (each room adds its own; cms stays unaware of them).
API_ROUTERS = ["search.api.router", "reflections.api.router", "learning.api.router"]

# Reflections older than this are deleted by `manage.py purge_reflections` (run it daily).
REFLECTION_RETENTION_MONTHS = int(os.environ.get("REFLECTION_RETENTION_MONTHS", "24"))

# --- Content-Security-Policy (django-csp 4) and other response headers; docs/security.md ---
# Scripts only from our own host or with this request's nonce, never 'unsafe-inline'.
# Styles only from files too: our templates have no style attributes or <style> blocks, and
# neither Swagger UI nor the Wagtail admin needs them (they set styles through the DOM).
CONTENT_SECURITY_POLICY = {
    "DIRECTIVES": {
        "default-src": [SELF],
        "script-src": [SELF, NONCE],
        "style-src": [SELF],
        "img-src": [SELF, "data:"],  # data: for the SVG icons inside the NL Design System CSS
        "font-src": [SELF],
        "connect-src": [SELF],
        "object-src": [NONE],
        "base-uri": [NONE],  # ASVS 5.0 3.4.3; no page uses <base>
        "form-action": [SELF],
        "frame-ancestors": [NONE],
    }
}
# The Wagtail admin (7.4) gets the same policy with three changes, none of them allows an
# inline script (measured in Chromium on every admin page type, tests/browser/test_security.py):
# - the preview panel shows the page preview in a frame of the admin itself;
# - image previews before an upload are blob: URLs;
# - the focal-point cropper (Jcrop) probes for touch support by setting the handler
#   ontouchstart="return;": exactly that handler text is allowed by its hash, nothing else.
# Wagtail's own inline <script> elements get the nonce (cms/security/wagtail_nonces.py and
# the template overrides in cms/templates/wagtailadmin/).
CSP_ADMIN_PREFIX = "/admin/"
CSP_ADMIN_REPLACE = {
    "frame-ancestors": [SELF],
    "img-src": [SELF, "data:", "blob:"],
    "script-src-attr": ["'unsafe-hashes'", "'sha256-i+qr4lq34KgNHiW62lWi9aInEBwiEOrfCzaNPCvkqD8='"],
}
# Headers Django does not set itself (cms.security.headers): no browser features we never use.
PERMISSIONS_POLICY = "camera=(), microphone=(), geolocation=(), payment=(), usb=()"
SECURE_CROSS_ORIGIN_OPENER_POLICY = "same-origin"
SECURE_REFERRER_POLICY = "same-origin"
SECURE_CONTENT_TYPE_NOSNIFF = True
X_FRAME_OPTIONS = "DENY"

# Responses that show reflection text or team data are never stored by a browser or proxy
# (cms.security.private): every URL in these namespaces, except the listed public ones.
PRIVATE_URL_NAMESPACES = {"reflections": {"lessons"}, "search": {"search"}}

# --- Logs (cms.security.logs): one JSON object per line in production, plain text otherwise;
# every record carries the request id; query strings are cut from every logged path.
LOG_FORMAT = os.environ.get("LOG_FORMAT", "text")
LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "filters": {
        "request_id": {
            "()": "django_guid.log_filters.CorrelationId",
            "correlation_id_field": "request_id",
        }
    },
    "formatters": {
        "json": {"()": "cms.security.logs.JsonFormatter"},
        "text": {
            "()": "cms.security.logs.TextFormatter",
            "format": "%(asctime)s %(levelname)s %(name)s [%(request_id)s] %(message)s",
        },
    },
    "handlers": {
        "console": {
            "class": "logging.StreamHandler",
            "filters": ["request_id"],
            "formatter": LOG_FORMAT if LOG_FORMAT in ("json", "text") else "text",
        }
    },
    "root": {"handlers": ["console"], "level": os.environ.get("LOG_LEVEL", "WARNING")},
    # django-guid warns with the rejected incoming header value: a value the client chose.
    "loggers": {
        "django_guid": {"level": "ERROR"},
        # django-axes names the username and IP address in every line: the lockout report in
        # the admin shows what is needed, the log gets nothing of it.
        "axes": {"level": "CRITICAL", "propagate": False},
    },
}
# A request id per request (django-guid): a sane incoming X-Request-ID (a UUID) is kept,
# anything else is replaced; it is sent back in the response and added to every log record.
DJANGO_GUID = {
    "GUID_HEADER_NAME": "X-Request-ID",
    "VALIDATE_GUID": True,
    "RETURN_HEADER": True,
    "EXPOSE_HEADER": False,
}

# --- Running for real: site address, cache, background worker (docs/operations.md) ---------
# Every absolute URL (API, CSV, feed, e-mail) comes from SITE_URL (cms/site_url.py), and
# `setup_site` gives the Wagtail Site record the same address.
SITE_URL = os.environ.get("SITE_URL", "http://127.0.0.1:8000").rstrip("/")
WAGTAILADMIN_BASE_URL = os.environ.get("WAGTAILADMIN_BASE_URL", SITE_URL)
# Redis is the cache shared by all web workers when REDIS_URL is set; otherwise each process
# keeps its own local-memory cache (enough for `make run`).
REDIS_URL = os.environ.get("REDIS_URL", "")


def _cache(prefix: str, local_entries: int = 300) -> dict:
    if REDIS_URL:
        return {
            "BACKEND": "django.core.cache.backends.redis.RedisCache",
            "LOCATION": REDIS_URL,
            "KEY_PREFIX": prefix,
            # A Redis that stops answering fails a request after 2 s instead of hanging it.
            "OPTIONS": {"socket_connect_timeout": 2, "socket_timeout": 2},
        }
    return {
        "BACKEND": "django.core.cache.backends.locmem.LocMemCache",
        "LOCATION": prefix,
        "OPTIONS": {"MAX_ENTRIES": local_entries},
    }


# The page cache (cms.page_cache) has its own alias. Its entries carry the content token
# (cms.content_version, a database row), so even one local cache per process never serves a
# page older than the last edit: see docs/operations.md, "Caching".
CACHES = {"default": _cache(""), "pages": _cache("page", local_entries=500)}
PAGE_CACHE_ALIAS = "pages"
# Seconds an anonymous page stays cached at most (edits invalidate it sooner); 0 switches off.
PAGE_CACHE_SECONDS = int(os.environ.get("PAGE_CACHE_SECONDS", "600"))
# X-Cache: hit/miss on cached pages, for tests and benchmarks only: on the public site it would
# tell anyone whether someone else recently searched for a word (/zoeken/?q=...).
PAGE_CACHE_HEADER = os.environ.get("PAGE_CACHE_HEADER", "0") == "1"
# Never served from the cache, whatever the response says (defence in depth).
PAGE_CACHE_SKIP_PREFIXES = ["/admin/", "/account/", "/api/", "/taal/", "/healthz", "/documents/"]
# Models whose changes never show on public pages (cms.signals): written by visits, logins,
# editing sessions and background work; every other model's save or delete bumps the token.
# Users and groups show only to themselves and in the admin, neither ever cached; the search
# index bumps the token itself (search.indexer.bump) once per write, not once per row.
CONTENT_VERSION_IGNORES = {
    "sessions", "admin", "contenttypes", "auth", "axes", "otp_totp", "otp_static",
    "django_tasks_database", "search", "wagtailsearch",
    "wagtailadmin.editingsession", "wagtailadmin.formstate", "wagtailcore.referenceindex",
    "wagtailcore.modellogentry", "wagtailcore.pagelogentry", "wagtailcore.pagesubscription",
    "wagtailimages.rendition", "wagtailforms.formsubmission", "wagtailusers.userprofile",
    "reflections.readrecord", "cms.contentversion",
    "cms.follow",  # changes (issue 14 item 6): who follows what is never on a public page
}  # fmt: skip
# TASK_BACKEND=database queues background work (Wagtail's index updates, the daily retention
# purge) for `manage.py db_worker`; the default runs each task at once, in the request.
INSTALLED_APPS += ["django_tasks", "django_tasks_db"]
TASKS = {
    "default": {
        "BACKEND": (
            "django_tasks_db.DatabaseBackend"
            if os.environ.get("TASK_BACKEND", "") == "database"
            else "django_tasks.backends.immediate.ImmediateBackend"
        )
    }
}
