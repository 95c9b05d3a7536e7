"""/healthz says whether database, cache, search and worker work — and nothing more."""

import json
import os
import socket
import subprocess
import sys
from datetime import timedelta

import pytest
from django.conf import settings
from django.core.management import call_command
from django.test import override_settings
from django.utils import timezone

pytestmark = pytest.mark.django_db
PARTS = {"database", "cache", "search", "worker"}
DB_TASKS = {"default": {"BACKEND": "django_tasks_db.DatabaseBackend"}}


def closed_port() -> int:
    """A loopback port nobody listens on (bound once, then released)."""
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def failing_parts(response) -> set[str]:
    return {name for name, state in response.json()["checks"].items() if state != "ok"}


def test_healthz_is_200_when_every_part_works(client):
    response = client.get("/healthz")
    assert response.status_code == 200
    assert response.json() == {"status": "ok", "checks": dict.fromkeys(PARTS, "ok")}
    assert "no-cache" in response["Cache-Control"]


def test_healthz_with_the_real_redis_cache_is_200(client):
    url = os.environ.get("REDIS_URL", "redis://127.0.0.1:6379/6")
    try:
        socket.create_connection(("127.0.0.1", 6379), timeout=1).close()
    except OSError:
        pytest.skip("no Redis on 127.0.0.1:6379")
    cache = {"BACKEND": "django.core.cache.backends.redis.RedisCache", "LOCATION": url}
    with override_settings(CACHES={"default": cache}):
        assert client.get("/healthz").status_code == 200


def test_healthz_with_the_cache_on_a_closed_port_is_503_and_tells_no_details(client):
    location = f"redis://127.0.0.1:{closed_port()}/0"
    cache = {"BACKEND": "django.core.cache.backends.redis.RedisCache", "LOCATION": location}
    with override_settings(CACHES={"default": cache}):
        response = client.get("/healthz")
    assert response.status_code == 503
    assert failing_parts(response) == {"cache"}
    body = response.content.decode()
    assert "127.0.0.1" not in body and "Connection" not in body and "redis" not in body.lower()


def test_healthz_with_elasticsearch_on_a_closed_port_is_503(client, monkeypatch):
    monkeypatch.setattr("search.backends._cache", {})
    url = f"http://127.0.0.1:{closed_port()}"
    with override_settings(SEARCH_BACKEND="elasticsearch", ELASTICSEARCH_URL=url):
        response = client.get("/healthz")
    assert response.status_code == 503
    assert failing_parts(response) == {"search"}


def test_healthz_with_the_database_on_a_closed_port_is_503(tmp_path):
    """In a separate process, because this test's own database connection must stay up."""
    script = (
        "import django, json; django.setup(); from django.test import Client; "
        "r = Client().get('/healthz'); print(json.dumps([r.status_code, r.json()]))"
    )
    env = {
        **os.environ,
        "DJANGO_SETTINGS_MODULE": "cms.settings.test",
        "DATABASE_URL": f"postgres://postgres@127.0.0.1:{closed_port()}/none",
    }
    done = subprocess.run(
        [sys.executable, "-c", script],
        cwd=settings.BASE_DIR,
        env=env,
        capture_output=True,
        text=True,
        timeout=60,
    )
    status, body = json.loads(done.stdout.strip().splitlines()[-1])
    assert status == 503
    assert {"database", "search"} <= {name for name, s in body["checks"].items() if s != "ok"}


def test_healthz_reports_a_silent_worker_and_a_working_one(client, run_worker):
    from django_tasks_db.models import DBTaskResult

    with override_settings(TASKS=DB_TASKS):
        response = client.get("/healthz")
        assert response.status_code == 503
        assert failing_parts(response) == {"worker"}
        call_command("schedule_periodic_tasks", stdout=open(os.devnull, "w"))  # noqa: SIM115
        run_worker()
        assert client.get("/healthz").status_code == 200
        # A worker that stopped long ago is reported as well.
        DBTaskResult.objects.update(finished_at=timezone.now() - timedelta(hours=1))
        assert failing_parts(client.get("/healthz")) == {"worker"}
