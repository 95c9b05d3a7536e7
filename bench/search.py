"""Search latency on synthetic corpora: our API beside the raw full-text query, per engine.

    .venv/bin/python bench/search.py [--sizes 10000 50000] [--only sqlite|postgresql]

For each engine (SQLite file in a temp dir; PostgreSQL at DATABASE_URL_BENCH or
postgres://postgres@127.0.0.1:5432/helper_search_bench) and each size, a fresh database gets
the platform glossary and N synthetic documents written in bulk (index build time), then
every query runs through GET /api/search (Django test client: routing, analysis, ranking,
facets, snippets, JSON) and as the bare indexed match+rank+limit query. Prints p50/p95 in ms.
"""

import argparse
import json
import os
import random
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PG_URL = os.environ.get(
    "DATABASE_URL_BENCH", "postgres://postgres@127.0.0.1:5432/helper_search_bench"
)
QUERIES = [
    ({"q": "OTS beëindigen"}),
    ({"q": "netwerkoverleggen"}),
    ({"q": "VT advies"}),
    ({"q": "veiligheidsplan"}),
    ({"q": "wat als een kind niet terug naar huis wil"}),
    ({"q": "jeugdbeschremer"}),
    ({"q": "huiselijk geweld", "level": "lokaal"}),
    ({"q": "schulden gezin", "theme": "bestaanszekerheid"}),
    ({"q": "raad voor de kinderbescherming onderzoek"}),
    ({"q": "uithuisplaatsing terugplaatsing pleegouders"}),
]
REPEAT = 15

FIELD = [
    "kind",
    "ouders",
    "gezin",
    "netwerk",
    "familie",
    "veiligheid",
    "veiligheidsplan",
    "jeugdbeschermer",
    "ondertoezichtstelling",
    "maatregel",
    "kinderrechter",
    "gecertificeerde",
    "instelling",
    "wijkteam",
    "lokaal",
    "team",
    "Veilig",
    "Thuis",
    "advies",
    "melding",
    "signalen",
    "huiselijk",
    "geweld",
    "kindermishandeling",
    "uithuisplaatsing",
    "terugplaatsing",
    "pleegouders",
    "school",
    "leerkracht",
    "schulden",
    "bestaanszekerheid",
    "overleg",
    "netwerkoverleg",
    "afspraken",
    "plan",
    "evaluatie",
    "risicotaxatie",
    "regiehouder",
    "rechtsbescherming",
    "klacht",
    "rapport",
    "raad",
    "onderzoek",
    "jongere",
    "jeugdreclassering",
    "scheiding",
    "ervaringsdeskundige",
    "intervisie",
    "reflectie",
    "herstel",
    "directe",
    "stabiele",
]
FILLER = [
    "de",
    "het",
    "een",
    "en",
    "van",
    "in",
    "op",
    "met",
    "voor",
    "aan",
    "als",
    "dat",
    "die",
    "dit",
    "ook",
    "maar",
    "wordt",
    "worden",
    "heeft",
    "samen",
    "goed",
    "tijd",
    "eerst",
    "daarna",
    "week",
    "maand",
    "dag",
    "vaak",
    "soms",
    "altijd",
    "nooit",
    "weer",
    "nieuw",
    "oud",
    "groot",
    "klein",
    "praten",
    "helpen",
    "werken",
    "kijken",
    "maken",
    "vragen",
    "zeggen",
    "komen",
    "gaan",
    "blijven",
    "zorgen",
    "denken",
]


def vocabulary(rng, size: int = 20_000) -> tuple[list[str], list[float]]:
    """Words with Zipf frequencies, as in real text: a few very common words (the filler),
    the field's words in the middle ranks, and a long tail of rare words."""
    syllables = ["ka", "ver", "lo", "ge", "mi", "ter", "an", "sto", "ri", "bel", "do", "ne"]
    tail = {"".join(rng.choice(syllables) for _ in range(rng.randint(2, 4))) for _ in range(size)}
    words = list(FILLER)
    field = list(FIELD)
    rng.shuffle(field)
    for word in sorted(tail):
        words.append(word)
        if field and len(words) % 7 == 0:
            words.append(field.pop())
    weights = [1 / (rank + 1) for rank in range(len(words))]
    return words, weights


def synthetic(n: int, seed: int = 7):
    from search.adapters import DocData

    rng = random.Random(seed)
    words_, weights = vocabulary(rng)
    types = ["richtlijn", "praktijkvoorbeeld", "onderzoek", "pilot"]
    levels = ["landelijk", "regionaal", "lokaal"]
    themes = ["veiligheid", "netwerk", "huiselijk-geweld", "bestaanszekerheid", "scheiding"]
    regions = ["utrecht", "rotterdam", "amsterdam", "groningen", "zwolle", "breda"]
    principles = ["G1", "G2", "G3", "R1", "R2", "E1", "L1", "L2"]
    import datetime as dt

    for i in range(n):
        words = rng.choices(words_, weights, k=rng.randint(60, 160))
        title = " ".join(rng.choice(FIELD) for _ in range(rng.randint(2, 5))).capitalize()
        date = dt.date(2018, 1, 1) + dt.timedelta(days=rng.randint(0, 2900))
        yield f"bench:{i}", DocData(
            key=f"bench:{i}", type=rng.choice(types), title=f"{title} {i}",
            url=f"/bench/{i}/", body=" ".join(words) + ".", date=date, year=date.year,
            level=rng.choice(levels), principles=rng.sample(principles, 2),
            themes=rng.sample(themes, rng.randint(1, 2)), regions=[rng.choice(regions)],
        )  # fmt: skip


def pct(values, p):
    values = sorted(values)
    return values[min(len(values) - 1, int(round(p / 100 * (len(values) - 1))))]


def child(size: int) -> dict:
    import django

    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "cms.settings.test")
    sys.path.insert(0, str(ROOT))
    django.setup()
    from django.core.management import call_command
    from django.db import connection
    from django.test import Client

    call_command("migrate", verbosity=0)
    from cms.content_io import import_path
    from cms.management.commands.load_demo import ensure_site_tree
    from search import service
    from search.backends import get_backend
    from search.indexer import bulk_write

    ensure_site_tree()
    import_path(ROOT / "demo" / "term")
    docs = list(synthetic(size))
    started = time.perf_counter()
    bulk_write(docs)
    if connection.vendor == "postgresql":
        with connection.cursor() as cursor:
            cursor.execute("ANALYZE")
    build = time.perf_counter() - started

    client = Client()
    backend = get_backend()
    api, raw = [], []
    for params in QUERIES:
        client.get("/api/search", params)  # warm caches
    for _ in range(REPEAT):
        for params in QUERIES:
            t = time.perf_counter()
            response = client.get("/api/search", params)
            api.append((time.perf_counter() - t) * 1000)
            assert response.status_code == 200
            match = backend.match_expression(service.plan(params["q"]))
            t = time.perf_counter()
            backend.raw_query(match)
            raw.append((time.perf_counter() - t) * 1000)
    return {
        "vendor": connection.vendor, "size": size, "build_s": build,
        "api_p50": statistics.median(api), "api_p95": pct(api, 95),
        "raw_p50": statistics.median(raw), "raw_p95": pct(raw, 95),
    }  # fmt: skip


def fresh_pg(url):
    import psycopg

    name = url.rsplit("/", 1)[1]
    with psycopg.connect(url.rsplit("/", 1)[0] + "/postgres", autocommit=True) as conn:
        conn.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
        conn.execute(f'CREATE DATABASE "{name}"')


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[10_000, 50_000])
    parser.add_argument("--only", choices=["sqlite", "postgresql"])
    parser.add_argument("--child-size", type=int, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child_size:
        print(json.dumps(child(args.child_size)))
        return
    print(f"{'engine':<11} {'docs':>6} {'build s':>8}  {'API p50':>8} {'API p95':>8}"
          f"  {'raw p50':>8} {'raw p95':>8}  (ms)")  # fmt: skip
    for vendor in [args.only] if args.only else ["sqlite", "postgresql"]:
        for size in args.sizes:
            env = dict(os.environ)
            if vendor == "sqlite":
                env["DATABASE_URL"] = f"sqlite:///{tempfile.mkdtemp(prefix='search-bench-')}/b.db"
            else:
                try:
                    fresh_pg(PG_URL)
                except Exception as exc:  # noqa: BLE001
                    print(f"PostgreSQL niet bereikbaar ({exc}); overgeslagen")
                    break
                env["DATABASE_URL"] = PG_URL
            out = subprocess.run(  # noqa: S603
                [sys.executable, __file__, "--child-size", str(size)],
                env=env, capture_output=True, text=True, check=False,
            )  # fmt: skip
            if out.returncode:
                print(out.stderr[-3000:])
                raise SystemExit(f"{vendor} {size}: failed")
            r = json.loads(out.stdout.strip().splitlines()[-1])
            print(f"{r['vendor']:<11} {size:>6} {r['build_s']:>8.1f}  {r['api_p50']:>8.1f}"
                  f" {r['api_p95']:>8.1f}  {r['raw_p50']:>8.1f} {r['raw_p95']:>8.1f}")  # fmt: skip


if __name__ == "__main__":
    main()
