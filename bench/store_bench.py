"""The store's figures (issue 13), a section of `make bench`: ingest vs extract on N varied notices,
search, and one unit's ledger. Run alone: `python bench/store_bench.py [--notices N]`."""

from __future__ import annotations

import argparse
import json
import os
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from bench import FENGONG, NOTICE, PY, ROOT, median, timed  # noqa: E402

STORE_WARM = r"""
import json, statistics, sys, time
from pipeline.store import open_store
from pipeline.store.ledger import ledger_rows, write_xlsx
from pipeline.store.read import unit_names
from pipeline.store.search import search
db = open_store(sys.argv[1], create=False)
search(db, "扶贫")                                      # warm-up: the private jieba tokenizer
times = {}
for query in ("扶贫", "养老", "养老 保险", "市教育局"):
    runs = []
    for _ in range(5):
        t = time.perf_counter(); found = search(db, query); runs.append(time.perf_counter() - t)
    times[query] = (statistics.median(runs), len(found))
t = time.perf_counter()
rows = ledger_rows(db, unit_names(db, "市教育局"))
content = write_xlsx([("台账", rows)])
ledger = time.perf_counter() - t
print(json.dumps({"search": times, "ledger": ledger, "ledger_rows": len(rows), "ledger_bytes": len(content)}))
"""


def vary(data: str, i: int) -> str:
    """The reference notice as notice ``i``: its own 文号 and title (so it is a notice of its own, not
    a revision) and its numbers of the first target shifted, so the texts are not all alike."""
    return (data.replace("营政发〔2016〕45号", f"营政发〔2016〕{1000 + i}号")
                .replace("主要目标和任务工作分工的通知", f"主要目标和任务工作分工的通知(第{i}号)")
                .replace("受教育年限达到11.2年", f"受教育年限达到{11 + i % 10 / 10:.1f}年")
                .replace("城镇棚户区住房改造11615套", f"城镇棚户区住房改造{10000 + i}套"))


def bench_store(tmp: Path, notices: int, env) -> tuple[list, list]:
    text = NOTICE.read_text(encoding="utf-8")
    folder = tmp / "store_notices"
    folder.mkdir()
    for i in range(notices):
        (folder / f"n{i:04d}.txt").write_text(vary(text, i), encoding="utf-8")
    db = tmp / "fengong.db"
    extract_s = timed([*FENGONG, "extract", str(folder), "-o", str(tmp / "store_out"), "-q", "--jobs", "1"], env)
    ingest_s = timed([*FENGONG, "ingest", str(folder), "--db", str(db), "-q"], env)
    reingest_s = timed([*FENGONG, "ingest", str(folder), "--db", str(db), "-q"], env)
    search_cold = median([*FENGONG, "search", "--db", str(db), "扶贫", "--limit", "20"], n=3, env=env)
    ledger_cold = median([*FENGONG, "ledger", "--db", str(db), "--unit", "市教育局", "-o", str(tmp / "edu.xlsx")], n=3, env=env)
    warm = json.loads(subprocess.run([PY, "-c", STORE_WARM, str(db)], check=True, cwd=ROOT, env=env, capture_output=True, text=True).stdout)
    size_mb = db.stat().st_size / 1e6
    rows = [
        (f"{notices} notices: `fengong extract --jobs 1`", f"{extract_s:.1f} s", f"{extract_s / notices * 1000:.0f} ms per notice"),
        (f"{notices} notices: `fengong ingest` (extract + store)", f"{ingest_s:.1f} s", f"{ingest_s / extract_s:.2f}x extract; store {size_mb:.0f} MB"),
        (f"{notices} notices: `fengong ingest` again (unchanged)", f"{reingest_s:.1f} s", ""),
    ]
    for query, (seconds, found) in warm["search"].items():
        rows.append((f"search 「{query}」 in-process (median of 5)", f"{seconds * 1000:.1f} ms", f"{found} results (limit 50)"))
    rows += [
        ("`fengong search 扶贫` whole process (median of 3)", f"{search_cold:.2f} s", "imports and jieba's start included"),
        ("ledger of 市教育局 in-process (rows + xlsx)", f"{warm['ledger']:.2f} s", f"{warm['ledger_rows']} rows, {warm['ledger_bytes'] / 1e6:.1f} MB"),
        ("`fengong ledger --unit 市教育局` whole process (median of 3)", f"{ledger_cold:.2f} s", ""),
    ]
    worst = max(seconds for seconds, _ in warm["search"].values())
    goals = [
        (f"ingest {notices} notices <= 1.2 x extracting them", ingest_s <= 1.2 * extract_s),
        ("search < 100 ms (in-process, every query)", worst < 0.1),
        ("one unit's ledger < 2 s (in-process)", warm["ledger"] < 2),
    ]
    return rows, goals


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--notices", type=int, default=2000, help="varied notices (default 2000)")
    args = parser.parse_args()
    env = dict(os.environ, PYTHONDONTWRITEBYTECODE="0")
    started = time.perf_counter()
    tmp = Path(tempfile.mkdtemp(prefix="fengong-store-bench-"))
    try:
        rows, goals = bench_store(tmp, args.notices, env)
    finally:
        shutil.rmtree(tmp, ignore_errors=True)
    width = max(len(r[0]) for r in rows + [(g[0],) for g in goals])
    print(f"| {'measure'.ljust(width)} | value | vs / ratio |")
    print(f"|{'-' * (width + 2)}|-------|------------|")
    for name, value, note in rows:
        print(f"| {name.ljust(width)} | {value} | {note} |")
    for name, met in goals:
        print(f"| {('goal: ' + name).ljust(width)} | {'met' if met else 'not met'} | |")
    print(f"(took {time.perf_counter() - started:.0f} s)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
