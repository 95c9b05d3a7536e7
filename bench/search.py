"""Search latency on synthetic corpora: our API beside the raw full-text query, per engine.

    .venv/bin/python bench/search.py [--sizes 10000 50000] [--only sqlite|postgresql]

For each engine (SQLite file in a temp dir; PostgreSQL at DATABASE_URL_BENCH or
postgres://postgres@127.0.0.1:5432/helper_search_bench) and each size, a fresh database gets
the platform glossary and N synthetic documents written in bulk (index build time), then
every query runs through GET /api/search (Django test client: routing, analysis, ranking,
facets, snippets, JSON) and as the bare full-text match+rank+limit query. Prints p50/p95 in ms,
and the median time of re-indexing one document (what publishing a page costs the index).

The app matches with its packed posting lists and keeps no full-text index. The baseline is the
engine's own full-text search over the same analysed columns, built here on the bench
database only (not timed as index build): SQLite an FTS5 table ranked by bm25 with column
weights 4 / 1 / 0.3, PostgreSQL a stored tsvector (title A, text B, parts D) with a GIN
index ranked by ts_rank_cd. Its match expression is the same query plan (OR over words, OR
over alternatives, AND or phrase within an alternative).
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
        yield (
            f"bench:{i}",
            DocData(
                key=f"bench:{i}",
                type=rng.choice(types),
                title=f"{title} {i}",
                url=f"/bench/{i}/",
                body=" ".join(words) + ".",
                date=date,
                year=date.year,
                level=rng.choice(levels),
                principles=rng.sample(principles, 2),
                themes=rng.sample(themes, rng.randint(1, 2)),
                regions=[rng.choice(regions)],
            ),
        )


# Weights: FTS5 title, text, compound parts; ts_rank_cd D (parts), C, B (text), A (title).
RAW_SQL = {
    "sqlite": (
        "SELECT rowid, bm25(search_fts, 4.0, 1.0, 0.3) AS score FROM search_fts "
        "WHERE search_fts MATCH %s ORDER BY score LIMIT 10"
    ),
    "postgresql": (
        "SELECT d.id, ts_rank_cd('{0.05, 0.1, 0.25, 1.0}', d.vector, q, 1) AS score "
        "FROM search_searchdocument d, to_tsquery('simple', %s) q "
        "WHERE d.vector @@ q ORDER BY score DESC LIMIT 10"
    ),
}
FULLTEXT_SQL = {
    "sqlite": [
        "CREATE VIRTUAL TABLE search_fts USING fts5(title_analysed, analysed, parts, "
        "content='search_searchdocument', content_rowid='id', "
        "tokenize='unicode61 remove_diacritics 2', detail='full')",
        "INSERT INTO search_fts(search_fts) VALUES ('rebuild')",
    ],
    "postgresql": [
        "ALTER TABLE search_searchdocument ADD COLUMN vector tsvector GENERATED ALWAYS AS ("
        "setweight(to_tsvector('simple', title_analysed), 'A') "
        "|| setweight(to_tsvector('simple', analysed), 'B') "
        "|| setweight(to_tsvector('simple', parts), 'D')) STORED",
        "CREATE INDEX search_document_vector_gin ON search_searchdocument USING GIN (vector)",
    ],
}


def match_expression(vendor: str, plan) -> str:
    """The plan as an FTS5 / tsquery expression (stems are [a-z0-9]+ only)."""
    groups = []
    for group in plan.groups:
        alts = []
        for alt in group.alts:
            if vendor == "postgresql":
                alts.append("(" + (" <-> " if alt.phrase else " & ").join(alt.terms) + ")")
            elif alt.phrase or len(alt.terms) == 1:
                alts.append('"' + " ".join(alt.terms) + '"')
            else:
                alts.append("(" + " AND ".join(f'"{t}"' for t in alt.terms) + ")")
        groups.append("(" + (" | " if vendor == "postgresql" else " OR ").join(alts) + ")")
    return (" | " if vendor == "postgresql" else " OR ").join(groups)


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
    from cms.setup import ensure_site_tree
    from search import service
    from search.indexer import bulk_write

    ensure_site_tree()
    import_path(ROOT / "demo" / "term")
    docs = list(synthetic(size))
    started = time.perf_counter()
    bulk_write(docs)
    build = time.perf_counter() - started
    vendor = connection.vendor
    with connection.cursor() as cursor:
        for sql in FULLTEXT_SQL[vendor]:  # the baseline's full-text index, bench only
            cursor.execute(sql)
        # What autovacuum does after a bulk load (visibility map: index-only scans).
        cursor.execute("VACUUM ANALYZE" if vendor == "postgresql" else "ANALYZE")

    client = Client()
    api, raw = [], []
    for params in QUERIES:
        client.get("/api/search", params)  # warm caches
    for _ in range(REPEAT):
        for params in QUERIES:
            t = time.perf_counter()
            response = client.get("/api/search", params)
            api.append((time.perf_counter() - t) * 1000)
            assert response.status_code == 200
            match = match_expression(vendor, service.plan(params["q"]))
            t = time.perf_counter()
            with connection.cursor() as cursor:
                cursor.execute(RAW_SQL[vendor], [match])
                cursor.fetchall()
            raw.append((time.perf_counter() - t) * 1000)
    # Re-indexing one document (what publishing a page does): rewrites its stems' lists.
    from dataclasses import replace

    from search.indexer import write_source

    updates = []
    for source, doc in random.Random(11).sample(docs, 5):
        t = time.perf_counter()
        write_source(source, [replace(doc, body=doc.body + " herzien")])
        updates.append((time.perf_counter() - t) * 1000)
    return {
        "vendor": vendor,
        "size": size,
        "build_s": build,
        "update_ms": statistics.median(updates),
        "api_p50": statistics.median(api),
        "api_p95": pct(api, 95),
        "raw_p50": statistics.median(raw),
        "raw_p95": pct(raw, 95),
    }


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
    print(
        f"{'engine':<11} {'docs':>6} {'build s':>8}  {'API p50':>8} {'API p95':>8}"
        f"  {'raw p50':>8} {'raw p95':>8}  {'update':>8}  (ms)"
    )
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
                env=env,
                capture_output=True,
                text=True,
                check=False,
            )
            if out.returncode:
                print(out.stderr[-3000:])
                raise SystemExit(f"{vendor} {size}: failed")
            r = json.loads(out.stdout.strip().splitlines()[-1])
            print(
                f"{r['vendor']:<11} {size:>6} {r['build_s']:>8.1f}  {r['api_p50']:>8.1f}"
                f" {r['api_p95']:>8.1f}  {r['raw_p50']:>8.1f} {r['raw_p95']:>8.1f}"
                f"  {r['update_ms']:>8.1f}"
            )


if __name__ == "__main__":
    main()
