"""The environment picks the shared cache, the task queue and the site address."""

import json
import os
import socket
import subprocess
import sys

import pytest
from django.conf import settings

SCRIPT = """
import django, json
django.setup()
from django.conf import settings
from django.core.cache import cache
from django_tasks import task_backends
cache.set("ops-settings-test", "waarde", 10)
print(json.dumps({
    "cache": settings.CACHES["default"]["BACKEND"],
    "stored": cache.get("ops-settings-test"),
    "tasks": type(task_backends["default"]).__name__,
    "site": settings.SITE_URL,
    "admin": settings.WAGTAILADMIN_BASE_URL,
}))
"""


def settings_under(**env) -> dict:
    environment = {**os.environ, "DJANGO_SETTINGS_MODULE": "cms.settings.test", **env}
    for name in ("REDIS_URL", "TASK_BACKEND", "SITE_URL", "WAGTAILADMIN_BASE_URL"):
        if name not in env:
            environment.pop(name, None)
    return _settings_printed_by(SCRIPT, environment)


def _settings_printed_by(script: str, environment: dict) -> dict:
    """Run `script` in a fresh interpreter (settings are read once per process)."""
    done = subprocess.run(
        [sys.executable, "-c", script],
        cwd=settings.BASE_DIR,
        env=environment,
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert done.returncode == 0, done.stderr[-2000:]
    return json.loads(done.stdout.strip().splitlines()[-1])


def test_without_environment_a_local_cache_tasks_at_once_and_the_loopback_address():
    found = settings_under()
    assert found["cache"].endswith("LocMemCache") and found["stored"] == "waarde"
    assert found["tasks"] == "ImmediateBackend"
    assert found["site"] == found["admin"] == "http://127.0.0.1:8000"


def test_redis_url_task_backend_and_site_url_from_the_environment():
    try:
        socket.create_connection(("127.0.0.1", 6379), timeout=1).close()
    except OSError:
        pytest.skip("no Redis on 127.0.0.1:6379")
    found = settings_under(
        REDIS_URL="redis://127.0.0.1:6379/6",
        TASK_BACKEND="database",
        SITE_URL="https://leerplatform.example.nl/",
    )
    assert found["cache"] == "django.core.cache.backends.redis.RedisCache"
    assert found["stored"] == "waarde"  # written to and read back from the real Redis
    assert found["tasks"] == "DatabaseBackend"
    assert found["site"] == found["admin"] == "https://leerplatform.example.nl"


MAIL_SCRIPT = """
import django, json
django.setup()
from django.conf import settings
print(json.dumps({
    "backend": settings.EMAIL_BACKEND,
    "host": settings.EMAIL_HOST, "port": settings.EMAIL_PORT, "tls": settings.EMAIL_USE_TLS,
    "sender": settings.DEFAULT_FROM_EMAIL, "server": settings.SERVER_EMAIL,
}))
"""


def production_mail_settings(**env) -> dict:
    environment = {
        **{k: v for k, v in os.environ.items() if not k.startswith(("EMAIL_", "DEFAULT_FROM"))},
        "DJANGO_SETTINGS_MODULE": "cms.settings.production",
        "SECRET_KEY": "x" * 40,
        "ALLOWED_HOSTS": "leerplatform.example.nl,www.leerplatform.example.nl",
        **env,
    }
    return _settings_printed_by(MAIL_SCRIPT, environment)


def test_production_sends_mail_through_the_relay_from_the_platforms_own_address():
    found = production_mail_settings()
    assert found["backend"] == "django.core.mail.backends.smtp.EmailBackend"
    assert found["sender"] == found["server"] == "noreply@leerplatform.example.nl"
    found = production_mail_settings(
        EMAIL_HOST="smtp.example.nl",
        EMAIL_PORT="587",
        EMAIL_USE_TLS="1",
        DEFAULT_FROM_EMAIL="leerplatform@example.nl",
    )
    assert (found["host"], found["port"], found["tls"]) == ("smtp.example.nl", 587, True)
    assert found["sender"] == "leerplatform@example.nl"
