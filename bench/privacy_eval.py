"""Evaluate and benchmark the reflection privacy guard (no Django needed).

Run: ``.venv/bin/python bench/privacy_eval.py [-v] [SET ...]``. For each evaluation set it
prints recall and precision per kind, name recall per community group, the share of
identifying texts that would be blocked, the false-alarm rate on clean texts; then the warm
scan time for 1,000 words (median) and the RSS the guard adds.

Sets: ``old`` (tests/fixtures/privacy_eval/eval.jsonl), ``v2-dev`` and ``v2-heldout``
(tests/fixtures/privacy_eval/v2/), ``v3-dev`` and ``v3-heldout`` (.../v3/), ``v4-dev`` and
``v4-heldout`` (.../v4/, generated from a pool of hand-written fragments), ``v5-dev`` and
``v5-heldout`` (.../v5/, the same way, by another hand, after the v4 round), ``v6-dev`` and
``v6-heldout`` (.../v6/, a third of it whole hand-written texts, after the v5 round),
``v7-dev`` and ``v7-heldout`` (.../v7/, weighted to reference numbers, addresses and schools,
after the v6 round), ``v8-dev`` and ``v8-heldout`` (.../v8/, weighted to clean writing full of
traps), ``v9-dev`` and ``v9-heldout`` (.../v9/, a month of ordinary writing, two thirds of it
hand-written, after the lexicon round), ``v10-dev`` and ``v10-heldout`` (.../v10/, all
hand-written by a new hand, after the v9 round), ``v11-dev`` and ``v11-heldout`` (.../v11/, by
another new hand, after the context round), ``v12-dev`` and ``v12-heldout`` (.../v12/, by a
further hand, set in the south and west, after the v11 round), ``v13-dev`` and ``v13-heldout``
(.../v13/, by a further hand, set in the north and east, after the vocabulary round), each
pair written blind by someone who did not see the guard. v7-heldout to v9-heldout were
retired to tuning data in the context round.
Tune only on the dev halves: ``-v`` lists misses and false alarms for ``old`` and the dev
sets but never for a held-out set, whose texts are only ever seen through these aggregate
figures. ``dev`` and ``heldout`` select all halves of that name.

``--code DIR`` imports the guard from another source tree (to measure an older version).
"""

from __future__ import annotations

import json
import re
import statistics
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
FIXTURES = ROOT / "tests" / "fixtures" / "privacy_eval"
EVAL_FILE = FIXTURES / "eval.jsonl"


def _halves(version: str, half: str) -> tuple[Path, Path]:
    folder = FIXTURES / version
    return (folder / f"{half}_identifying.jsonl", folder / f"{half}_clean.jsonl")


SETS = {
    "old": (EVAL_FILE,),
    "v2-dev": _halves("v2", "dev"),
    "v2-heldout": _halves("v2", "heldout"),
    "v3-dev": _halves("v3", "dev"),
    "v3-heldout": _halves("v3", "heldout"),
    "v4-dev": _halves("v4", "dev"),
    "v4-heldout": _halves("v4", "heldout"),
    "v5-dev": _halves("v5", "dev"),
    "v5-heldout": _halves("v5", "heldout"),
    "v6-dev": _halves("v6", "dev"),
    "v6-heldout": _halves("v6", "heldout"),
    "v7-dev": _halves("v7", "dev"),
    "v7-heldout": _halves("v7", "heldout"),
    "v8-dev": _halves("v8", "dev"),
    "v8-heldout": _halves("v8", "heldout"),
    "v9-dev": _halves("v9", "dev"),
    "v9-heldout": _halves("v9", "heldout"),
    "v10-dev": _halves("v10", "dev"),
    "v10-heldout": _halves("v10", "heldout"),
    "v11-dev": _halves("v11", "dev"),
    "v11-heldout": _halves("v11", "heldout"),
    "v12-dev": _halves("v12", "dev"),
    "v12-heldout": _halves("v12", "heldout"),
    "v13-dev": _halves("v13", "dev"),
    "v13-heldout": _halves("v13", "heldout"),
}
ALIASES = {
    "dev": (
        "v2-dev",
        "v3-dev",
        "v4-dev",
        "v5-dev",
        "v6-dev",
        "v7-dev",
        "v8-dev",
        "v9-dev",
        "v10-dev",
        "v11-dev",
        "v12-dev",
        "v13-dev",
    ),
    "heldout": (
        "v2-heldout",
        "v3-heldout",
        "v4-heldout",
        "v5-heldout",
        "v6-heldout",
        "v7-heldout",
        "v8-heldout",
        "v9-heldout",
        "v10-heldout",
        "v11-heldout",
        "v12-heldout",
        "v13-heldout",
    ),
}
#: Held-out halves whose texts are never listed. v7-heldout to v9-heldout were retired to
#: tuning data in the context round (2 December 2026), after they had been reported on, when
#: v10 took over as the unseen set; see docs/privacy.md.
RETIRED_HELDOUT = frozenset({"v7-heldout", "v8-heldout", "v9-heldout"})
PRIVATE_SETS = frozenset(ALIASES["heldout"]) - RETIRED_HELDOUT
TARGETS = {
    "bsn": 0.98,
    "phone": 0.98,
    "email": 0.98,
    "postcode": 0.98,
    "iban": 0.98,
    "date_of_birth": 0.98,
    "case_number": 0.98,
    "name": 0.95,
    "address": 0.90,
}
MIN_GROUP_RECALL = 0.90
MIN_BLOCKED = 1.0
MAX_FALSE_ALARMS = 0.03
MAX_MS_PER_1000_WORDS = 50.0
MAX_RSS_MB = 200.0

_MARK = re.compile(r"\[\[(?P<kind>[a-z_]+)(?:@(?P<group>[\w-]+))?:(?P<text>.+?)\]\]")


def rss_mb() -> float:
    """Current resident set size in MB (Linux /proc, else resource's peak)."""
    try:
        for line in Path("/proc/self/status").read_text().splitlines():
            if line.startswith("VmRSS:"):
                return int(line.split()[1]) / 1024
    except OSError:
        pass
    import resource

    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def parse_marked(marked: str) -> tuple[str, list[dict]]:
    """``[[kind:text]]`` / ``[[name@group:text]]`` markup -> plain text and exact spans."""
    out, spans, pos, length = [], [], 0, 0
    for m in _MARK.finditer(marked):
        plain = marked[pos : m.start()]
        out.append(plain)
        length += len(plain)
        span = {"kind": m.group("kind"), "start": length, "end": length + len(m.group("text"))}
        if m.group("group"):
            span["group"] = m.group("group")
        spans.append(span)
        out.append(m.group("text"))
        length += len(m.group("text"))
        pos = m.end()
    out.append(marked[pos:])
    return "".join(out), spans


def load(path: Path = EVAL_FILE) -> list[dict]:
    """Rows ``{"id", "text", "spans"}``; marked-up rows (``"marked"``) are parsed."""
    rows = []
    with open(path, encoding="utf-8") as fh:
        for line in fh:
            if not line.strip():
                continue
            row = json.loads(line)
            if "marked" in row:
                text, spans = parse_marked(row["marked"])
                row = {"id": row["id"], "text": text, "spans": spans, "tags": row.get("tags", [])}
            rows.append(row)
    return rows


def load_set(name: str) -> list[dict] | None:
    paths = SETS[name]
    if not all(p.exists() for p in paths):
        return None
    return [row for p in paths for row in load(p)]


def evaluate(rows: list[dict], find) -> dict:
    """Per-kind recall/precision (overlap with same kind), per-group name recall, the share
    of identifying texts with any finding (blocked) and the clean false-alarm rate."""
    gold_n: dict[str, int] = {}
    gold_hit: dict[str, int] = {}
    pred_n: dict[str, int] = {}
    pred_ok: dict[str, int] = {}
    group_n: dict[str, int] = {}
    group_hit: dict[str, int] = {}
    clean_total = clean_flagged = ident_total = ident_blocked = 0
    alarm_kinds: dict[str, int] = {}  # clean texts flagged, by the kind of finding
    misses, false_pos = [], []

    def overlaps(a, b) -> bool:
        return a["start"] < b.end and b.start < a["end"]

    for row in rows:
        text, spans = row["text"], row["spans"]
        found = find(text)
        for f in found:
            assert text[f.start : f.end] == f.text, (row["id"], f.kind, f.start, f.end)
        for s in spans:
            kind = s["kind"]
            gold_n[kind] = gold_n.get(kind, 0) + 1
            hit = any(f.kind == kind and overlaps(s, f) for f in found)
            gold_hit[kind] = gold_hit.get(kind, 0) + hit
            if "group" in s:
                group_n[s["group"]] = group_n.get(s["group"], 0) + 1
                group_hit[s["group"]] = group_hit.get(s["group"], 0) + hit
            if not hit:
                misses.append((row["id"], kind, s.get("group", ""), text[s["start"] : s["end"]]))
        for f in found:
            pred_n[f.kind] = pred_n.get(f.kind, 0) + 1
            if any(f.kind == s["kind"] and overlaps(s, f) for s in spans):
                pred_ok[f.kind] = pred_ok.get(f.kind, 0) + 1
            else:
                false_pos.append((row["id"], f.kind, f.text))
        if spans:
            ident_total += 1
            ident_blocked += bool(found)
        else:
            clean_total += 1
            clean_flagged += bool(found)
            for kind in {f.kind for f in found}:
                alarm_kinds[kind] = alarm_kinds.get(kind, 0) + 1
    kinds = sorted(set(gold_n) | set(pred_n))
    per_kind = {
        k: {
            "gold": gold_n.get(k, 0),
            "found": pred_n.get(k, 0),
            "recall": gold_hit.get(k, 0) / gold_n[k] if gold_n.get(k) else None,
            "precision": pred_ok.get(k, 0) / pred_n[k] if pred_n.get(k) else None,
        }
        for k in kinds
    }
    per_group = {
        g: {"gold": n, "recall": group_hit.get(g, 0) / n} for g, n in sorted(group_n.items())
    }
    return {
        "per_kind": per_kind,
        "per_group": per_group,
        "identifying_texts": ident_total,
        "blocked_rate": ident_blocked / ident_total if ident_total else None,
        "clean_texts": clean_total,
        "false_alarm_rate": clean_flagged / clean_total if clean_total else 0.0,
        "false_alarm_kinds": dict(sorted(alarm_kinds.items(), key=lambda kv: -kv[1])),
        "misses": misses,
        "false_positives": false_pos,
    }


def words_1000(rows: list[dict]) -> str:
    words: list[str] = []
    texts = [r["text"] for r in rows]
    i = 0
    while len(words) < 1000:
        words.extend(texts[i % len(texts)].split())
        i += 1
    return " ".join(words[:1000])


def timing_ms(find, text: str, runs: int = 30) -> tuple[float, float]:
    """Median wall-clock and CPU milliseconds of ``runs`` warm calls.

    On a shared machine the wall clock also counts time spent waiting for a core; the CPU
    time (``time.process_time``) is what the guard itself costs, and is judged."""
    for _ in range(3):
        find(text)
    wall, cpu = [], []
    for _ in range(runs):
        t0, c0 = time.perf_counter(), time.process_time()
        find(text)
        wall.append((time.perf_counter() - t0) * 1000)
        cpu.append((time.process_time() - c0) * 1000)
    return statistics.median(wall), statistics.median(cpu)


def _fmt(x: float | None) -> str:
    return "  -  " if x is None else f"{x:.3f}"


def report(name: str, rows: list[dict], find, verbose: bool) -> bool:
    """Print the figures of one set; True when all its quality targets are met."""
    result = evaluate(rows, find)
    ok = True
    print(
        f"\n== {name}: {len(rows)} teksten ({result['identifying_texts']} met, "
        f"{result['clean_texts']} zonder identificatoren)"
    )
    print(f"{'kind':<15}{'gold':>6}{'found':>7}{'recall':>9}{'precision':>11}{'target':>8}")
    for kind, m in result["per_kind"].items():
        target = TARGETS.get(kind)
        flag = ""
        if target is not None and m["recall"] is not None and m["recall"] < target:
            flag, ok = "  <-- below target", False
        print(
            f"{kind:<15}{m['gold']:>6}{m['found']:>7}{_fmt(m['recall']):>9}"
            f"{_fmt(m['precision']):>11}{_fmt(target)[:4]:>8}{flag}"
        )
    if result["per_group"]:
        print(f"{'name group':<22}{'gold':>6}{'recall':>9}")
        for group, m in result["per_group"].items():
            flag = ""
            if m["recall"] < MIN_GROUP_RECALL:
                flag, ok = "  <-- below 0.90", False
            print(f"{group:<22}{m['gold']:>6}{_fmt(m['recall']):>9}{flag}")
    blocked = result["blocked_rate"]
    if blocked is not None:
        ok &= blocked >= MIN_BLOCKED
        print(f"identifying texts blocked: {blocked:.3f} (target {MIN_BLOCKED:.2f})")
    far = result["false_alarm_rate"]
    ok &= far <= MAX_FALSE_ALARMS
    print(f"false alarms on clean texts: {far:.3f} (target <= {MAX_FALSE_ALARMS})")
    if result["false_alarm_kinds"]:  # a count per kind: no text, also for a held-out set
        kinds = ", ".join(f"{k} {n}" for k, n in result["false_alarm_kinds"].items())
        print(f"clean texts flagged, by kind: {kinds}")
    if verbose and name not in PRIVATE_SETS:
        for miss in result["misses"]:
            print("MISS", *miss)
        for fp in result["false_positives"]:
            print("FALSE", *fp)
    return ok


def main(argv: list[str]) -> int:
    code = ROOT
    if "--code" in argv:
        code = Path(argv[argv.index("--code") + 1]).resolve()
    wanted = [s for a in argv for s in ALIASES.get(a, (a,)) if s in SETS] or list(SETS)
    wanted = list(dict.fromkeys(wanted))
    sys.path.insert(0, str(code))
    before = rss_mb()
    t0 = time.perf_counter()
    from reflections.privacy import find_identifiers

    find_identifiers("Sanne de Vries woont op de Kerkstraat 12.")
    load_s = time.perf_counter() - t0
    added = rss_mb() - before
    print(f"guard from {code}")

    ok = True
    for name in wanted:
        rows = load_set(name)
        if rows is None:
            print(f"\n== {name}: not present")
            continue
        ok &= report(name, rows, find_identifiers, "-v" in argv)
    wall, cpu = timing_ms(find_identifiers, words_1000(load(EVAL_FILE)))
    ok &= cpu <= MAX_MS_PER_1000_WORDS
    print(
        f"\nscan 1,000 words (median warm): {cpu:.1f} ms CPU, {wall:.1f} ms wall clock "
        f"(target <= {MAX_MS_PER_1000_WORDS:.0f})"
    )
    ok &= added <= MAX_RSS_MB
    print(
        f"RSS added by import + first call: {added:.1f} MB (target <= {MAX_RSS_MB:.0f}); "
        f"import + first call took {load_s:.2f} s"
    )
    print("ALL TARGETS MET" if ok else "SOME TARGETS MISSED")
    return 0 if ok else 1


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
