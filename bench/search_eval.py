"""Search quality: nDCG@10 and recall@10 of plain Wagtail search and of ours, on SQLite and
PostgreSQL, over the same pages.

    .venv/bin/python bench/search_eval.py [--fixtures DIR] [--verbose] [--only sqlite|postgresql]

DIR holds content/ (Markdown files in the import_content format) and queries.json:
[{"q": "...", "filters": {"level": ["lokaal"]}, "kind": "...", "relevant": {KEY: grade}}]
with KEY "slug#anchor" for a guidance section, "slug" for another page, "begrip:slug" for a
glossary term, and grade 1–3. The platform's glossary (demo/term) is loaded first: it is the
source of synonyms. Each database runs in its own child process (Django is set up once per
process); PostgreSQL uses DATABASE_URL_EVAL or postgres://postgres@127.0.0.1:5432/helper_search_eval.
"""

import argparse
import json
import math
import os
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DEFAULT_FIXTURES = ROOT / "tests" / "fixtures" / "search_eval"
PG_URL = os.environ.get(
    "DATABASE_URL_EVAL", "postgres://postgres@127.0.0.1:5432/helper_search_eval"
)
K = 10


# --- metrics -------------------------------------------------------------------------------


def dcg(gains):
    return sum((2**g - 1) / math.log2(i + 2) for i, g in enumerate(gains[:K]))


def ndcg(gains, judged: dict) -> float:
    ideal = dcg(sorted((g for g in judged.values() if g > 0), reverse=True))
    return dcg(gains) / ideal if ideal else 0.0


def score_ours(keys: list[str], judged: dict) -> tuple[float, float]:
    seen, gains = set(), []
    for key in keys[:K]:
        gains.append(0 if key in seen else judged.get(key, 0))
        seen.add(key)
    relevant = {k for k, g in judged.items() if g > 0}
    return ndcg(gains, judged), len(relevant & seen) / len(relevant) if relevant else 0.0


def score_pages(slugs: list[str], judged: dict) -> tuple[float, float]:
    """Plain search returns pages: a page earns its best judged section once, and counts as
    having found every judged section on it (generous to plain search)."""
    gains, found = [], set()
    for slug in slugs[:K]:
        mine = {k: g for k, g in judged.items() if k == slug or k.startswith(f"{slug}#")}
        gains.append(max(mine.values(), default=0))
        found |= {k for k, g in mine.items() if g > 0}
    relevant = {k for k, g in judged.items() if g > 0}
    return ndcg(gains, judged), len(found & relevant) / len(relevant) if relevant else 0.0


# --- child: one database -------------------------------------------------------------------


def fresh_database(url: str):
    if url.startswith("postgres"):
        import psycopg

        name = url.rsplit("/", 1)[1]
        admin = url.rsplit("/", 1)[0] + "/postgres"
        with psycopg.connect(admin, autocommit=True) as conn:
            conn.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
            conn.execute(f'CREATE DATABASE "{name}"')


def key_of(url: str) -> str:
    path, _, anchor = url.partition("#")
    slug = path.rstrip("/").rsplit("/", 1)[-1]
    if path.rstrip("/").endswith("/begrippen"):
        return f"begrip:{anchor}"
    return f"{slug}#{anchor}" if anchor else slug


def child(fixtures: Path, verbose: bool) -> dict:
    import django

    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "cms.settings.test")
    sys.path.insert(0, str(ROOT))
    django.setup()
    from django.conf import settings
    from django.core.management import call_command
    from django.db import connection

    settings.WAGTAILSEARCH_BACKENDS = {
        "default": {"BACKEND": "wagtail.search.backends.database", "SEARCH_CONFIG": "dutch"}
    }
    call_command("migrate", verbosity=0)
    from wagtail.models import Page

    from cms.content_io import import_path
    from cms.setup import ensure_site_tree
    from search.service import Params, search

    ensure_site_tree()
    errors = []
    for path in (ROOT / "demo" / "term", fixtures / "content"):
        errors += [str(o.path.name) + ": " + str(o.error) for o in import_path(path) if o.error]
    if errors:
        print("\n".join(errors), file=sys.stderr)
    queries = json.loads((fixtures / "queries.json").read_text(encoding="utf-8"))
    rows = []
    for item in queries:
        filters = item.get("filters", {})
        judged = item["relevant"]
        ours = search(Params(q=item["q"], filters=filters), per_page=K, facets=False)
        our_keys = [key_of(h.url) for h in ours.hits]
        plain_slugs = plain_search(Page, item["q"], filters)
        n_ours, r_ours = score_ours(our_keys, judged)
        n_plain, r_plain = score_pages(plain_slugs, judged)
        rows.append(
            {
                "q": item["q"],
                "kind": item.get("kind", ""),
                "ours": [n_ours, r_ours],
                "plain": [n_plain, r_plain],
                "our_keys": our_keys,
                "plain_keys": plain_slugs[:K],
            }
        )
    return {"vendor": connection.vendor, "rows": rows, "documents": doc_count()}


def doc_count() -> int:
    from search.models import SearchDocument

    return SearchDocument.objects.exclude(type="begrip").count()


def plain_search(Page, q: str, filters: dict) -> list[str]:
    """Wagtail's database search backend over live pages, filters applied afterwards."""
    try:
        pages = [p.specific for p in Page.objects.live().search(q)[:200]]
    except Exception:  # noqa: BLE001 — e.g. Wagtail issue 13227 on a quote
        return []
    kept = []
    for page in pages:
        if not hasattr(page, "level"):
            continue
        if filters.get("level") and page.level not in filters["level"]:
            continue
        if filters.get("region") and not set(filters["region"]) & set(
            page.regions.values_list("slug", flat=True)
        ):
            continue
        if filters.get("type"):
            kind = "richtlijn" if page._meta.model_name == "guidancepage" else "praktijkvoorbeeld"
            if kind not in filters["type"]:
                continue
        kept.append(page.slug)
    return kept


# --- parent: run both, print one table -------------------------------------------------------


def run_child(vendor: str, fixtures: Path, verbose: bool) -> dict | None:
    env = dict(os.environ, SEARCH_EVAL_CHILD="1")
    if vendor == "sqlite":
        tmp = tempfile.mkdtemp(prefix="search-eval-")
        env["DATABASE_URL"] = f"sqlite:///{tmp}/eval.sqlite3"
    else:
        env["DATABASE_URL"] = PG_URL
        try:
            fresh_database(PG_URL)
        except Exception as exc:  # noqa: BLE001
            print(f"PostgreSQL niet bereikbaar ({exc}); overgeslagen", file=sys.stderr)
            return None
    args = [sys.executable, __file__, "--fixtures", str(fixtures)]
    out = subprocess.run(args, env=env, capture_output=True, text=True, check=False)  # noqa: S603
    if out.returncode:
        print(out.stderr[-3000:], file=sys.stderr)
        raise SystemExit(f"{vendor}: evaluation failed")
    if out.stderr.strip():
        print(out.stderr[-2000:], file=sys.stderr)
    return json.loads(out.stdout.strip().splitlines()[-1])


def mean(values):
    return sum(values) / len(values) if values else 0.0


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--fixtures", type=Path, default=DEFAULT_FIXTURES)
    parser.add_argument("--verbose", action="store_true")
    parser.add_argument("--only", choices=["sqlite", "postgresql"])
    args = parser.parse_args()
    if os.environ.get("SEARCH_EVAL_CHILD"):
        print(json.dumps(child(args.fixtures, args.verbose)))
        return
    vendors = [args.only] if args.only else ["sqlite", "postgresql"]
    print(f"fixtures: {args.fixtures}")
    print(
        f"{'engine':<11} {'docs':>5} {'queries':>7}  {'plain nDCG@10':>13} {'recall@10':>9}"
        f"  {'ours nDCG@10':>12} {'recall@10':>9}"
    )
    for vendor in vendors:
        result = run_child(vendor, args.fixtures, args.verbose)
        if result is None:
            continue
        rows = result["rows"]
        po, pr = mean([r["plain"][0] for r in rows]), mean([r["plain"][1] for r in rows])
        oo, orr = mean([r["ours"][0] for r in rows]), mean([r["ours"][1] for r in rows])
        print(
            f"{result['vendor']:<11} {result['documents']:>5} {len(rows):>7}  {po:>13.3f}"
            f" {pr:>9.3f}  {oo:>12.3f} {orr:>9.3f}"
        )
        if args.verbose:
            kinds = sorted({r["kind"] for r in rows})
            for kind in kinds:
                sub = [r for r in rows if r["kind"] == kind]
                print(
                    f"    {kind:<14} plain {mean([r['plain'][0] for r in sub]):.3f}"
                    f"  ours {mean([r['ours'][0] for r in sub]):.3f}  ({len(sub)})"
                )
            for r in rows:
                if r["ours"][0] < 0.8:
                    print(f"    ! {r['q']!r}: ours {r['ours'][0]:.2f} {r['our_keys'][:5]}")


if __name__ == "__main__":
    main()
