"""An edit in one process shows in another process's next page: the page and the glossary hint.

Each reader is a separate Python process (as a gunicorn worker is) with Django's test client,
on the same PostgreSQL test database; the test itself edits and commits. PostgreSQL only: the
SQLite test database lives in this process's memory, no second process can open it.
"""

import json
import os
import socket
import subprocess
import sys

import pytest
from django.conf import settings

from tests.factories import GlossaryTermFactory, GuidancePageFactory, section

pytestmark = pytest.mark.django_db(transaction=True, serialized_rollback=True)

READER = """
import json, sys, django
django.setup()
from django.core.cache import caches
from django.test import Client
client = Client()
print("ready", flush=True)
for line in sys.stdin:
    response = client.get(line.strip())
    print(json.dumps({"status": response.status_code, "cache": response.get("X-Cache"),
                      "html": response.content.decode()}), flush=True)
"""
REDIS_URL = os.environ.get("TEST_REDIS_URL", "redis://127.0.0.1:6379/5")


def database_url(connection) -> str:
    s = connection.settings_dict
    password = f":{s['PASSWORD']}" if s["PASSWORD"] else ""
    return f"postgres://{s['USER']}{password}@{s['HOST']}:{s['PORT'] or 5432}/{s['NAME']}"


class Reader:
    """A second process that visits pages on request."""

    def __init__(self, connection, **env):
        environment = {**os.environ, "DJANGO_SETTINGS_MODULE": "cms.settings.test",
                       "DATABASE_URL": database_url(connection), **env}  # fmt: skip
        if "REDIS_URL" not in env:
            environment.pop("REDIS_URL", None)
        self.process = subprocess.Popen(  # noqa: S603 — our own script
            [sys.executable, "-c", READER],
            cwd=settings.BASE_DIR,
            env=environment,
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            text=True,
        )
        assert self.process.stdout.readline().strip() == "ready"

    def get(self, path: str) -> dict:
        self.process.stdin.write(path + "\n")
        self.process.stdin.flush()
        return json.loads(self.process.stdout.readline())

    def close(self):
        self.process.stdin.close()
        self.process.wait(timeout=30)


@pytest.fixture
def readers(on_postgres):
    started = []

    def start(**env):
        started.append(Reader(on_postgres, **env))
        return started[-1]

    yield start
    for reader in started:
        reader.close()


@pytest.fixture
def guidance(site_tree):
    from cms.models import KnowledgeIndexPage

    GlossaryTermFactory(term="Veiligheidsplan", explanation="Afspraken over veiligheid.")
    return GuidancePageFactory(
        parent=KnowledgeIndexPage.objects.get(),
        title="Werken aan veiligheid",
        sections=[("section", section(body="Maak een veiligheidsplan."))],
    )


def redis_or_skip():
    try:
        socket.create_connection(("127.0.0.1", 6379), timeout=1).close()
    except OSError:
        pytest.skip("no Redis on 127.0.0.1:6379")


def test_a_published_edit_shows_in_the_other_process(readers, guidance):
    reader = readers()
    assert reader.get(guidance.url)["cache"] == "miss"
    assert reader.get(guidance.url)["cache"] == "hit"
    guidance.title = "Werken aan duurzame veiligheid"
    guidance.save_revision().publish()
    seen = reader.get(guidance.url)
    assert seen["cache"] == "miss" and "Werken aan duurzame veiligheid" in seen["html"]
    guidance.unpublish()
    assert reader.get(guidance.url)["status"] == 404


def test_a_glossary_edit_shows_in_the_other_process_hints(readers, guidance):
    from cms.models import GlossaryTerm

    reader = readers(PAGE_CACHE_SECONDS="0")  # only the glossary matcher is kept in memory
    assert "Afspraken over veiligheid." in reader.get(guidance.url)["html"]
    term = GlossaryTerm.objects.get(slug="veiligheidsplan")
    term.explanation = "Wat het gezin en het netwerk afspreken."
    term.save()
    html = reader.get(guidance.url)["html"]
    assert "Wat het gezin en het netwerk afspreken." in html
    assert "Afspraken over veiligheid." not in html


def test_two_processes_share_the_redis_page_cache_and_both_see_an_edit(readers, guidance):
    redis_or_skip()
    first, second = readers(REDIS_URL=REDIS_URL), readers(REDIS_URL=REDIS_URL)
    from django.core.cache.backends.redis import RedisCache

    RedisCache(REDIS_URL, {"KEY_PREFIX": "page"}).clear()
    assert first.get(guidance.url)["cache"] == "miss"
    assert second.get(guidance.url)["cache"] == "hit"  # stored by the first process
    guidance.title = "Werken aan duurzame veiligheid"
    guidance.save_revision().publish()
    for reader in (second, first):
        seen = reader.get(guidance.url)
        assert "Werken aan duurzame veiligheid" in seen["html"]
    assert seen["cache"] == "hit"  # the second process stored the new page, the first got it
