"""Rendering cost of the public pages: time and SQL queries of one uncached request.

    .venv/bin/python bench/render.py [--repeat 30] [--keep DIR]

A fresh database gets `migrate` and `load_demo` (a SQLite file in a temp dir; PostgreSQL when
DATABASE_URL is set: that database is migrated and filled, so give it one of its own). Then,
in this process, Django's test client asks each page as an anonymous visitor: one warm-up
request (per-process caches such as ContentType, Site and the glossary matcher fill up, as
they do in a running worker), then --repeat requests with the cache emptied before each one,
so no stored page or fragment answers. Prints median and p90 in ms and the number of SQL
queries per page. Figures, not a test: nothing fails on a target (docs/performance.md).
"""

import argparse
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SETTINGS = "cms.settings.test"
PAGES = [
    ("home", "/"),
    ("kennisbank", "/kennisbank/"),
    ("richtlijn", "/kennisbank/gefaseerd-samenwerken-aan-veiligheid/"),
    ("praktijkvoorbeeld", "/kennisbank/utrecht-samen-beslissen/"),
    ("pilots", "/pilots/"),
    ("onderzoek", "/onderzoek/"),
    ("evidence map", "/onderzoek/evidence-map/"),
    ("begrippen", "/begrippen/"),
    ("zoeken", "/zoeken/?q=veiligheidsplan"),
    ("api search", "/api/search?q=veiligheidsplan"),
    ("api pilots", "/api/pilots"),
]


def prepare(database_url: str):
    env = {**os.environ, "DATABASE_URL": database_url, "DJANGO_SETTINGS_MODULE": SETTINGS}
    for command in (["migrate", "--no-input", "-v", "0"], ["load_demo"]):
        subprocess.run(  # noqa: S603 — our own manage.py
            [sys.executable, "manage.py", *command],
            cwd=ROOT,
            env=env,
            check=True,
            stdout=subprocess.DEVNULL,
        )


def measure(client, path: str, repeat: int):
    from django.core.cache import caches
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    response = client.get(path)  # warm-up: per-process caches, as in a running worker
    if response.status_code != 200:
        raise SystemExit(f"{path}: status {response.status_code}")
    times, queries = [], set()
    for _ in range(repeat):
        for cache in caches.all():  # no stored page (the "pages" cache), fragment or counter
            cache.clear()
        with CaptureQueriesContext(connection) as captured:
            start = time.perf_counter()
            client.get(path)
            times.append((time.perf_counter() - start) * 1000)
        queries.add(len(captured))
    times.sort()
    p90 = times[min(len(times) - 1, int(len(times) * 0.9))]
    return statistics.median(times), p90, sorted(queries)


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeat", type=int, default=30)
    parser.add_argument(
        "--keep", help="keep the SQLite file in this directory and reuse it on the next run"
    )
    args = parser.parse_args()

    database_url = os.environ.get("DATABASE_URL")
    tmp = None
    if not database_url:
        directory = Path(args.keep or (tmp := tempfile.mkdtemp(prefix="render-bench-")))
        directory.mkdir(parents=True, exist_ok=True)
        database_url = f"sqlite:///{directory / 'bench.sqlite3'}"
        if not (directory / "bench.sqlite3").exists():
            prepare(database_url)
    else:
        prepare(database_url)

    os.environ["DATABASE_URL"] = database_url
    os.environ["DJANGO_SETTINGS_MODULE"] = SETTINGS
    sys.path.insert(0, str(ROOT))
    import django

    django.setup()
    from django.db import connection
    from django.test import Client

    client = Client()
    print(f"database: {connection.vendor}; {args.repeat} requests per page, cache emptied")
    print(f"{'page':<20} {'median ms':>10} {'p90 ms':>8} {'queries':>8}")
    for name, path in PAGES:
        median, p90, queries = measure(client, path, args.repeat)
        counts = "/".join(str(q) for q in queries)
        print(f"{name:<20} {median:>10.1f} {p90:>8.1f} {counts:>8}")
    if tmp:
        shutil.rmtree(tmp)


if __name__ == "__main__":
    main()
