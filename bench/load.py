"""Load on the public pages: gunicorn (2 workers, production settings) driven by wrk.

    .venv/bin/python bench/load.py [--duration 10] [--connections 50] [--database-url URL]
                                   [--redis-url URL] [--search-only]

Needs `wrk` (Debian: apt-get install -y wrk) and PostgreSQL. The database (default
postgres://postgres@127.0.0.1:5432/ops_load, created when missing) is migrated and gets the
demo content (`load_demo`, idempotent); static files are collected with the production
storage. gunicorn listens on a free loopback port with a generated SECRET_KEY,
ALLOWED_HOSTS=127.0.0.1 and SECURE_SSL_REDIRECT=0; each URL gets a short warm-up and then
`--duration` seconds of wrk with `--connections` connections. Prints req/s, p50/p99 latency and
errors per URL, beside the targets, and the p50 of one connection alone (the time a request
takes without queueing: with sync workers, capacity is about workers / that time). Everything
it starts is stopped at the end (also on Ctrl+C); nothing listens beyond 127.0.0.1.
"""

import argparse
import json
import os
import re
import secrets
import shutil
import signal
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.request
from pathlib import Path
from urllib.parse import quote, urlsplit

ROOT = Path(__file__).resolve().parent.parent
DEFAULT_DB = "postgres://postgres@127.0.0.1:5432/ops_load"
LUA = ROOT / "bench" / "wrk_report.lua"
PAGE_TARGET, SEARCH_TARGET, P99_TARGET = 300, 150, 250  # req/s, req/s, ms
PAGES = [
    "/",
    "/kennisbank/",
    "GUIDANCE",  # replaced by the first live guidance page
    "/zoeken/?q=veiligheidsplan",
    "/pilots/",
    "/onderzoek/",
    "/onderzoek/evidence-map/",
    "/begrippen/",
]
SEARCH_QUERIES = [
    "veiligheidsplan", "huiselijk geweld", "kindermishandeling", "MDA++", "netwerk",
    "Veilig Thuis", "ouders", "school", "bestaanszekerheid", "jeugdbescherming", "signalen",
    "meldcode", "risicotaxatie", "gezinsgericht", "rechtsbescherming", "V-GGZ", "schulden",
    "wijkteam", "crisis", "samenwerken", "pilot", "onderzoek", "OTS", "huisbezoek",
    "wat als een kind niet terug naar huis wil",
]  # fmt: skip


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def ensure_database(url: str):
    import psycopg

    parts = urlsplit(url)
    name = parts.path.lstrip("/")
    admin = parts._replace(path="/postgres").geturl()
    with psycopg.connect(admin, autocommit=True) as conn:
        if not conn.execute("SELECT 1 FROM pg_database WHERE datname = %s", [name]).fetchone():
            conn.execute(f'CREATE DATABASE "{name}"')  # noqa: S608 — our own option


def manage(env: dict, *args: str) -> str:
    done = subprocess.run(  # noqa: S603 — our own manage.py
        [sys.executable, "manage.py", *args],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=900,
    )
    if done.returncode:
        sys.exit(f"manage.py {' '.join(args)} failed:\n{done.stderr[-3000:]}")
    return done.stdout


def get(url: str) -> tuple[int, str]:
    try:
        with urllib.request.urlopen(url, timeout=10) as response:  # noqa: S310 — loopback
            return response.status, response.read().decode()
    except urllib.error.HTTPError as error:
        return error.code, ""


def cache_state(url: str) -> str:
    """X-Cache of the second visit: "hit" once a worker stored the page (2 workers: 3 tries)."""
    states = []
    for _ in range(3):
        with urllib.request.urlopen(url, timeout=10) as response:  # noqa: S310 — loopback
            states.append(response.headers.get("X-Cache", "-"))
    return "hit" if "hit" in states[1:] else states[-1]


def wait_until_up(base: str, server: subprocess.Popen, seconds: float = 60):
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        if server.poll() is not None:
            sys.exit("gunicorn stopped during start-up")
        try:
            if get(base + "/healthz")[0] == 200:
                return
        except OSError:
            pass
        time.sleep(0.5)
    sys.exit("gunicorn did not answer /healthz in time")


def drain(base: str) -> None:
    """Wait until requests left queued by the last run are served (sync workers serve them
    all, even for a client that left), so that one run's backlog does not slow the next."""
    with urllib.request.urlopen(base + "/healthz", timeout=300):  # noqa: S310 — loopback
        pass


def measure(base: str, path: str, duration: int, connections: int, paths=None) -> dict:
    """A short warm-up (workers, connections, in-process caches), then the run itself."""
    drain(base)
    wrk(base + path, 2, connections, paths)
    drain(base)
    result = wrk(base + path, duration, connections, paths)
    drain(base)
    alone = wrk(base + path, 3, 1, paths)  # one connection: the time a request takes unqueued
    result["alone_p50_ms"] = alone["p50_ms"]
    return result


def wrk(url: str, duration: int, connections: int, paths: list[str] | None = None) -> dict:
    command = ["wrk", f"-t{min(2, connections)}", f"-c{connections}", f"-d{duration}s"]
    command += ["--timeout", "10s"]
    command += ["-s", str(LUA), url]
    if paths:
        command += ["--", *paths]
    done = subprocess.run(  # noqa: S603 — wrk with our own arguments
        command, capture_output=True, text=True, timeout=duration + 60
    )
    line = next(ln for ln in done.stdout.splitlines() if ln.startswith("WRK_JSON "))
    result = json.loads(line.removeprefix("WRK_JSON "))
    result["rps"] = result["requests"] / result["seconds"] if result["seconds"] else 0.0
    result["errors"] = sum(result[k] for k in ("connect", "read", "write", "status", "timeout"))
    return result


def answered(result: dict) -> bool:
    """wrk counts no error for a request still queued when the run ends: say so instead."""
    return result["requests"] > 0


def verdict(result: dict, target: int) -> str:
    ok = result["rps"] >= target and result["p99_ms"] <= P99_TARGET and not result["errors"]
    return "ok" if ok else "below target" if answered(result) else "no answer within the run"


def row(name: str, result: dict, target: int | None) -> str:
    aim = f"≥ {target} req/s, p99 ≤ {P99_TARGET} ms" if target else "(ceiling)"
    mark = verdict(result, target) if target else ""
    return (
        f"{name:<50} {result['rps']:>6.0f} {result['p50_ms']:>7.0f} {result['p99_ms']:>7.0f} "
        f"{result['errors']:>6} {result['alone_p50_ms']:>7.1f}   {aim:<28} {mark}"
    )


def prepare(env: dict) -> None:
    print("== database: migrate, load_demo; static files: collectstatic", flush=True)
    manage(env, "migrate", "--noinput", "-v0")
    # load_demo refuses production settings (public demo passwords): the demo content is
    # loaded with the dev settings, into the same database.
    manage({**env, "DJANGO_SETTINGS_MODULE": "cms.settings.dev"}, "load_demo", "-v0")
    manage(env, "collectstatic", "--noinput", "-v0")


def guidance_path(env: dict) -> str:
    script = (
        "from cms.models import GuidancePage; "
        "print(GuidancePage.objects.live().order_by('path').first().url)"
    )
    return manage(env, "shell", "-c", script).strip().splitlines()[-1]


def run(args) -> None:
    import psycopg

    try:
        ensure_database(args.database_url)
    except psycopg.OperationalError:
        print("bench/load.py skipped: no PostgreSQL at --database-url")
        return
    port = free_port()
    base = f"http://127.0.0.1:{port}"
    env = {
        **os.environ,
        "DJANGO_SETTINGS_MODULE": "cms.settings.production",
        "DATABASE_URL": args.database_url,
        "SECRET_KEY": secrets.token_urlsafe(50),
        "ALLOWED_HOSTS": "127.0.0.1",
        "SECURE_SSL_REDIRECT": "0",
        "SITE_URL": base,
        "DB_CONN_MAX_AGE": "60",
        "LOG_LEVEL": "ERROR",
        # wrk sends every request as another client (X-Forwarded-For, bench/wrk_report.lua),
        # as a proxy in front of the site would: the search API's limit is the production one
        # and is counted, in the shared cache, per client.
        "TRUSTED_PROXY_COUNT": "1",
    }
    env.pop("REDIS_URL", None)
    if args.redis_url:  # else each worker keeps its own page cache (correct too: cms.page_cache)
        env["REDIS_URL"] = args.redis_url
    env["PAGE_CACHE_HEADER"] = "1"  # X-Cache, to show which pages came from the cache
    prepare(env)
    pages = [guidance_path(env) if p == "GUIDANCE" else p for p in PAGES]
    gunicorn = [
        sys.executable,
        "-m",
        "gunicorn",
        "cms.wsgi:application",
        "--bind",
        f"127.0.0.1:{port}",
        "--workers",
        "2",
        "--log-level",
        "warning",
    ]
    server = subprocess.Popen(gunicorn, cwd=ROOT, env=env, start_new_session=True)  # noqa: S603
    try:
        wait_until_up(base, server)
        status, home = get(base + "/")
        match = re.search(r'href="(/static/[^"]+\.css)"', home)
        if status != 200 or not match:
            sys.exit(f"home page answered {status} without a stylesheet link")
        static = match[1]
        search = [f"/api/search?q={quote(q)}" for q in SEARCH_QUERIES]
        where = args.redis_url or "one local cache per worker"
        print(f"== page cache ({where}), second anonymous visit: " + ", ".join(
            f"{path} {cache_state(base + path)}" for path in pages))  # fmt: skip
        print(f"== wrk: {args.connections} connections, {args.duration} s per URL, {base}")
        print(f"   load average before: {os.getloadavg()[0]:.1f} on {os.cpu_count()} cores")
        print(f"{'':<50} {'':>6} {'p50':>7} {'p99':>7} {'':>6} {'alone':>7}")
        print(f"{'URL':<50} {'req/s':>6} {'ms':>7} {'ms':>7} {'errors':>6} {'p50 ms':>7}   target")
        for path in [] if args.search_only else pages:
            result = measure(base, path, args.duration, args.connections)
            print(row(path, result, PAGE_TARGET), flush=True)
        result = measure(base, search[0], args.duration, args.connections, search)
        print(row(f"/api/search ({len(search)} queries in turn)", result, SEARCH_TARGET))
        print(row(static, measure(base, static, args.duration, args.connections), None))
    finally:
        stop(server)


def stop(server: subprocess.Popen) -> None:
    if server.poll() is None:
        os.killpg(server.pid, signal.SIGTERM)
        try:
            server.wait(timeout=20)
        except subprocess.TimeoutExpired:
            os.killpg(server.pid, signal.SIGKILL)
            server.wait()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--duration", type=int, default=10, help="seconds of wrk per URL")
    parser.add_argument("--connections", type=int, default=50)
    parser.add_argument("--database-url", default=os.environ.get("DATABASE_URL_LOAD", DEFAULT_DB))
    parser.add_argument(
        "--search-only", action="store_true", help="only the search API and the static file"
    )
    parser.add_argument(
        "--redis-url",
        default=os.environ.get("REDIS_URL_LOAD", ""),
        help="shared cache as in production (e.g. redis://127.0.0.1:6379/0); empty: per worker",
    )
    args = parser.parse_args()
    if not shutil.which("wrk"):
        print("bench/load.py skipped: wrk is not installed (Debian: apt-get install -y wrk)")
        return
    if not args.database_url.startswith("postgres"):
        sys.exit("bench/load.py needs a PostgreSQL --database-url")
    run(args)


if __name__ == "__main__":
    main()
