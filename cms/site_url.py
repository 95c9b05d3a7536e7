"""Absolute URLs for links that leave the site (API, CSV, feeds, e-mails): one setting, SITE_URL.

A request's Host header is not trusted for this (behind a proxy it is the proxy's name, and in
a task or a management command there is no request at all); the Wagtail Site record is set from
the same setting by ``manage.py setup_site``.
"""

from urllib.parse import urlsplit

from django.conf import settings


def absolute_url(url: str) -> str:
    """``/pilots/x/`` -> ``https://leerplatform.example.nl/pilots/x/``; absolute URLs stay."""
    if not url or urlsplit(url).scheme:
        return url or ""
    return settings.SITE_URL.rstrip("/") + "/" + url.lstrip("/")


def page_url(page) -> str:
    """A page's absolute URL; with one Site, Wagtail's own URL is relative and gets SITE_URL."""
    return absolute_url(page.get_url() or "")


def site_host_and_port() -> tuple[str, int]:
    """Hostname and port for the Wagtail Site record (Wagtail derives its root_url from them)."""
    parts = urlsplit(settings.SITE_URL)
    return parts.hostname or "localhost", parts.port or (443 if parts.scheme == "https" else 80)
