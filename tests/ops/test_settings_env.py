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
    done = subprocess.run(
        [sys.executable, "-c", SCRIPT],
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
