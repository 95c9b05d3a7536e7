"""Restore drill: a dump of a site with content, restored into an empty database, is the same site.

load_demo -> pg_dump -Fc -> pg_restore into a fresh database -> the same row count in every
table and the same HTML of a guidance page, rendered by a separate process on each database.
The first database starts as a copy of the migrated test database (pg_dump | pg_restore is
much faster than migrating again); all databases of the drill are dropped afterwards.
"""

import json
import os
import re
import subprocess
import sys

import psycopg
import pytest
from django.conf import settings
from psycopg import sql

pytestmark = pytest.mark.postgres
RENDER = """
import django, json, sys
django.setup()
from django.test import Client
from cms.models import GuidancePage
page = GuidancePage.objects.live().order_by("path").first()
response = Client().get(page.url)
print(json.dumps({"url": page.url, "status": response.status_code,
                  "html": response.content.decode()}))
"""
# Per-request randomness that is no part of the content (a CSP nonce, a CSRF token).
VOLATILE = re.compile(r'(nonce|value)="[A-Za-z0-9+/=_-]{16,}"')


class Postgres:
    def __init__(self, settings_dict):
        self.host = settings_dict["HOST"] or "127.0.0.1"
        self.port = str(settings_dict["PORT"] or 5432)
        self.user = settings_dict["USER"] or "postgres"
        self.password = settings_dict["PASSWORD"] or ""
        self.env = {**os.environ, "PGPASSWORD": self.password}

    def url(self, name: str) -> str:
        return f"postgres://{self.user}:{self.password}@{self.host}:{self.port}/{name}"

    def connect(self, name: str):
        return psycopg.connect(self.url(name), autocommit=True)

    def tool(self, *args: str):
        base = ["-h", self.host, "-p", self.port, "-U", self.user]
        subprocess.run([args[0], *base, *args[1:]], check=True, env=self.env, timeout=120)

    def create(self, name: str):
        with self.connect("postgres") as conn:
            conn.execute(sql.SQL("DROP DATABASE IF EXISTS {}").format(sql.Identifier(name)))
            conn.execute(
                sql.SQL("CREATE DATABASE {} TEMPLATE template0").format(sql.Identifier(name))
            )

    def drop(self, name: str):
        with self.connect("postgres") as conn:
            conn.execute(
                sql.SQL("DROP DATABASE IF EXISTS {} WITH (FORCE)").format(sql.Identifier(name))
            )

    def row_counts(self, name: str) -> dict[str, int]:
        with self.connect(name) as conn:
            tables = [
                row[0]
                for row in conn.execute(
                    "SELECT tablename FROM pg_tables WHERE schemaname = 'public' ORDER BY 1"
                )
            ]
            count = "SELECT count(*) FROM {}"
            return {
                t: conn.execute(sql.SQL(count).format(sql.Identifier(t))).fetchone()[0]
                for t in tables
            }


def manage(pg: Postgres, name: str, *args: str, script: str | None = None) -> str:
    env = {**pg.env, "DATABASE_URL": pg.url(name), "DJANGO_SETTINGS_MODULE": "cms.settings.test"}
    command = [sys.executable, "-c", script] if script else [sys.executable, "manage.py", *args]
    done = subprocess.run(
        command, cwd=settings.BASE_DIR, env=env, capture_output=True, text=True, timeout=180
    )
    assert done.returncode == 0, done.stderr[-2000:]
    return done.stdout


def rendered(pg: Postgres, name: str) -> dict:
    page = json.loads(manage(pg, name, script=RENDER).strip().splitlines()[-1])
    page["html"] = VOLATILE.sub(r'\1="…"', page["html"])
    return page


def test_a_restored_dump_holds_the_same_rows_and_renders_the_same_pages(on_postgres, tmp_path):
    pg = Postgres(on_postgres.settings_dict)
    test_db = on_postgres.settings_dict["NAME"]
    source, restored = f"{test_db}_drill_source", f"{test_db}_drill_restored"
    schema, dump = tmp_path / "schema.dump", tmp_path / "site.dump"
    try:
        pg.create(source)
        pg.tool("pg_dump", "-Fc", "-f", str(schema), test_db)  # committed: schema + seed data
        pg.tool("pg_restore", "--no-owner", "-d", source, str(schema))
        manage(pg, source, "load_demo")

        pg.tool("pg_dump", "-Fc", "-f", str(dump), source)
        pg.create(restored)
        pg.tool("pg_restore", "--no-owner", "--exit-on-error", "-d", restored, str(dump))

        before, after = pg.row_counts(source), pg.row_counts(restored)
        assert before["cms_guidancepage"] > 0 and before["wagtailcore_revision"] > 0
        assert after == before
        original, copy = rendered(pg, source), rendered(pg, restored)
        assert original["status"] == copy["status"] == 200
        assert original["url"] == copy["url"]
        assert "<h1" in copy["html"] and copy["html"] == original["html"]
    finally:
        pg.drop(source)
        pg.drop(restored)
