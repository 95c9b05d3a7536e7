"""Evaluate and benchmark the reflection privacy guard (no Django needed).

Run: ``.venv/bin/python bench/privacy_eval.py``. Prints recall and precision per kind on
tests/fixtures/privacy_eval/eval.jsonl, the false-alarm rate on clean texts, the warm
scan time for 1,000 words (median) and the RSS the guard adds.
"""

from __future__ import annotations

import json
import statistics
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
EVAL_FILE = ROOT / "tests" / "fixtures" / "privacy_eval" / "eval.jsonl"
TARGETS = {
    "bsn": 0.98,
    "phone": 0.98,
    "email": 0.98,
    "postcode": 0.98,
    "iban": 0.98,
    "date_of_birth": 0.98,
    "case_number": 0.98,
    "name": 0.90,
    "address": 0.90,
}
MAX_FALSE_ALARMS = 0.05
MAX_MS_PER_1000_WORDS = 50.0
MAX_RSS_MB = 200.0


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


def load(path: Path = EVAL_FILE) -> list[dict]:
    with open(path, encoding="utf-8") as fh:
        return [json.loads(line) for line in fh if line.strip()]


def evaluate(rows: list[dict], find) -> dict:
    """Per-kind recall/precision (overlap with same kind) and the clean false-alarm rate."""
    gold_n: dict[str, int] = {}
    gold_hit: dict[str, int] = {}
    pred_n: dict[str, int] = {}
    pred_ok: dict[str, int] = {}
    clean_total = clean_flagged = 0
    misses, false_pos = [], []

    def overlaps(a, b) -> bool:
        return a["start"] < b.end and b.start < a["end"]

    for row in rows:
        text, spans = row["text"], row["spans"]
        found = find(text)
        for f in found:
            assert text[f.start : f.end] == f.text, (row["id"], f)
        for s in spans:
            kind = s["kind"]
            gold_n[kind] = gold_n.get(kind, 0) + 1
            if any(f.kind == kind and overlaps(s, f) for f in found):
                gold_hit[kind] = gold_hit.get(kind, 0) + 1
            else:
                misses.append((row["id"], kind, text[s["start"] : s["end"]]))
        for f in found:
            pred_n[f.kind] = pred_n.get(f.kind, 0) + 1
            if any(f.kind == s["kind"] and overlaps(s, f) for s in spans):
                pred_ok[f.kind] = pred_ok.get(f.kind, 0) + 1
            else:
                false_pos.append((row["id"], f.kind, f.text))
        if not spans:
            clean_total += 1
            clean_flagged += bool(found)
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
    return {
        "per_kind": per_kind,
        "clean_texts": clean_total,
        "false_alarm_rate": clean_flagged / clean_total if clean_total else 0.0,
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


def timing_ms(find, text: str, runs: int = 30) -> float:
    for _ in range(3):
        find(text)
    times = []
    for _ in range(runs):
        t0 = time.perf_counter()
        find(text)
        times.append((time.perf_counter() - t0) * 1000)
    return statistics.median(times)


def _fmt(x: float | None) -> str:
    return "  -  " if x is None else f"{x:.3f}"


def main() -> int:
    rows = load()
    sys.path.insert(0, str(ROOT))
    before = rss_mb()
    t0 = time.perf_counter()
    from reflections.privacy import find_identifiers

    find_identifiers("Sanne de Vries woont op de Kerkstraat 12.")
    load_s = time.perf_counter() - t0
    added = rss_mb() - before

    result = evaluate(rows, find_identifiers)
    ok = True
    print(f"Evaluatieset: {len(rows)} teksten ({result['clean_texts']} zonder identificatoren)")
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
    far = result["false_alarm_rate"]
    ok &= far <= MAX_FALSE_ALARMS
    print(f"false alarms on clean texts: {far:.3f} (target <= {MAX_FALSE_ALARMS})")
    ms = timing_ms(find_identifiers, words_1000(rows))
    ok &= ms <= MAX_MS_PER_1000_WORDS
    print(f"scan 1,000 words (median warm): {ms:.1f} ms (target <= {MAX_MS_PER_1000_WORDS:.0f})")
    ok &= added <= MAX_RSS_MB
    print(
        f"RSS added by import + first call: {added:.1f} MB (target <= {MAX_RSS_MB:.0f}); "
        f"import + first call took {load_s:.2f} s"
    )
    if "-v" in sys.argv:
        for miss in result["misses"]:
            print("MISS", *miss)
        for fp in result["false_positives"]:
            print("FALSE", *fp)
    print("ALL TARGETS MET" if ok else "SOME TARGETS MISSED")
    return 0 if ok else 1


if __name__ == "__main__":
    raise SystemExit(main())
