"""The store's figures (issue 13), a section of `make bench`: ingest vs extract, search, and one
unit's ledger over a store of N notices. Run alone: `python bench/store_bench.py [--notices N] [--ratio-notices M]`.

What is measured:
- extract vs ingest: M varied notices (default 200; their own 文号, title and numbers) through
  `fengong extract --jobs 1` (JSON written) and `fengong ingest` (extract + store), as the goal
  reads; then, in one process, extracted (`pipeline.stages.extract`, no JSON written) and extracted
  and ingested (`extract` + `pipeline.store.ingest.ingest` into a store in memory) — the stricter
  ratio, with no writing on the extract side. Either ratio is the store's overhead
  per notice, which does not depend on how many notices there are (each file is one transaction of
  inserts by key and index entries). Both come after one warm-up extraction and ingest into a
  store in memory: the imports and jieba's dictionary (~1 s, once per process) are in neither.
- the store for search and the ledger: those M notices (from `fengong ingest`), then N - M more made by storing copies of
  the reference notice's extraction under their own 文号, title and SHA-256 (the store's writing only:
  what a notice costs to extract is the ratio's business), so it holds N notices and N × 220 tasks.
- search: 4 queries, median of 5 each; the ledger of 市教育局 (unit names + rows + xlsx bytes); and
  `fengong search` / `fengong ledger` as whole processes (imports and jieba's start included).
The earlier version ran `fengong extract` and `fengong ingest` over N = 2,000 files as processes
(27 minutes); the ratio it gave (1.13x) is the same quantity measured on more files."""

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
t, c = time.perf_counter(), time.process_time()
rows = ledger_rows(db, unit_names(db, "市教育局"))
content = write_xlsx([("台账", rows)])
ledger, cpu = time.perf_counter() - t, time.process_time() - c
print(json.dumps({"search": times, "ledger": ledger, "ledger_cpu": cpu, "ledger_rows": len(rows), "ledger_bytes": len(content)}))
"""


def vary(data: str, i: int) -> str:
    """The reference notice as notice ``i``: its own 文号 and title (so it is a notice of its own, not
    a revision) and its numbers of the first target shifted, so the texts are not all alike."""
    return (data.replace("营政发〔2016〕45号", f"营政发〔2016〕{1000 + i}号")
                .replace("主要目标和任务工作分工的通知", f"主要目标和任务工作分工的通知(第{i}号)")
                .replace("受教育年限达到11.2年", f"受教育年限达到{11 + i % 10 / 10:.1f}年")
                .replace("城镇棚户区住房改造11615套", f"城镇棚户区住房改造{10000 + i}套"))


RATIO = r"""
import json, sys, time
from dataclasses import replace
from hashlib import sha256
from pathlib import Path
from pipeline.stages import extract
from pipeline.store import open_store
from pipeline.store.ingest import ingest
folder, db_path, total = Path(sys.argv[1]), sys.argv[2], int(sys.argv[3])
files = sorted(folder.iterdir())
warm = open_store(":memory:")
ingest(warm, extract(files[0]))                        # warm-up: imports, spaCy, jieba's dictionaries (once per process)
warm.close()
t = time.perf_counter()
for f in files:
    extract(f)
extract_s = time.perf_counter() - t
mem = open_store(":memory:")
t = time.perf_counter()
for f in files:
    ingest(mem, extract(f))
ingest_s = time.perf_counter() - t
mem.close()
db = open_store(db_path)                               # holds the same files, ingested by `fengong ingest`
seed = extract(files[0])
t = time.perf_counter()
for i in range(len(files), total):
    ingest(db, replace(seed, source=replace(seed.source, sha256=sha256(f"copy {i}".encode()).hexdigest()),
                       notice=replace(seed.notice, doc_number=f"营政发〔2016〕{1000 + i}号", title=f"{seed.notice.title}(第{i}号)")))
fill_s = time.perf_counter() - t
db.close()
print(json.dumps({"extract": extract_s, "ingest": ingest_s, "fill": fill_s}))
"""


def bench_store(tmp: Path, notices: int, env, ratio_notices: int = 200) -> tuple[list, list]:
    text = NOTICE.read_text(encoding="utf-8")
    folder = tmp / "store_notices"
    folder.mkdir()
    ratio_notices = min(ratio_notices, notices)
    for i in range(ratio_notices):
        (folder / f"n{i:04d}.txt").write_text(vary(text, i), encoding="utf-8")
    db = tmp / "fengong.db"
    extract_cmd = timed([*FENGONG, "extract", str(folder), "-o", str(tmp / "store_out"), "-q", "--jobs", "1"], env)
    ingest_cmd = timed([*FENGONG, "ingest", str(folder), "--db", str(db), "-q"], env)
    built = json.loads(subprocess.run([PY, "-c", RATIO, str(folder), str(db), str(notices)], check=True, cwd=ROOT, env=env,
                                      capture_output=True, text=True).stdout)
    extract_s, ingest_s = built["extract"], built["ingest"]
    reingest_s = timed([*FENGONG, "ingest", str(folder), "--db", str(db), "-q"], env)
    search_cold = median([*FENGONG, "search", "--db", str(db), "扶贫", "--limit", "20"], n=3, env=env)
    ledger_cold = median([*FENGONG, "ledger", "--db", str(db), "--unit", "市教育局", "-o", str(tmp / "edu.xlsx")], n=3, env=env)
    warm = json.loads(subprocess.run([PY, "-c", STORE_WARM, str(db)], check=True, cwd=ROOT, env=env, capture_output=True, text=True).stdout)
    size_mb = db.stat().st_size / 1e6
    rows = [
        (f"{ratio_notices} varied notices: `fengong extract --jobs 1`", f"{extract_cmd:.1f} s", f"{extract_cmd / ratio_notices * 1000:.0f} ms per notice (JSON written)"),
        (f"{ratio_notices} varied notices: `fengong ingest` (extract + store)", f"{ingest_cmd:.1f} s", f"{ingest_cmd / extract_cmd:.2f}x extract"),
        (f"{ratio_notices} varied notices: extract, in-process", f"{extract_s:.1f} s", f"{extract_s / ratio_notices * 1000:.0f} ms per notice"),
        (f"{ratio_notices} varied notices: extract + ingest, in-process", f"{ingest_s:.1f} s", f"{ingest_s / extract_s:.2f}x extract"),
        (f"store filled to {notices} notices (copies, store writes only)", f"{built['fill']:.1f} s",
         f"{built['fill'] / max(notices - ratio_notices, 1) * 1000:.0f} ms per notice; store {size_mb:.0f} MB"),
        (f"`fengong ingest` of the {ratio_notices} again (unchanged)", f"{reingest_s:.1f} s", "whole process"),
    ]
    for query, (seconds, found) in warm["search"].items():
        rows.append((f"search 「{query}」 in-process over {notices} notices (median of 5)", f"{seconds * 1000:.1f} ms", f"{found} results (limit 50)"))
    rows += [
        ("`fengong search 扶贫` whole process (median of 3)", f"{search_cold:.2f} s", "imports and jieba's start included"),
        ("ledger of 市教育局 in-process (names + rows + xlsx)", f"{warm['ledger']:.2f} s",
         f"{warm['ledger_rows']} rows, {warm['ledger_bytes'] / 1e6:.1f} MB; CPU {warm['ledger_cpu']:.2f} s"),
        ("`fengong ledger --unit 市教育局` whole process (median of 3)", f"{ledger_cold:.2f} s", ""),
    ]
    worst = max(seconds for seconds, _ in warm["search"].values())
    goals = [
        ("`fengong ingest` <= 1.2 x `fengong extract`", ingest_cmd <= 1.2 * extract_cmd),
        ("ingest <= 1.2 x extracting, in-process (no JSON written, stricter)", ingest_s <= 1.2 * extract_s),
        ("search < 100 ms (in-process, every query)", worst < 0.1),
        ("one unit's ledger < 2 s (in-process)", warm["ledger"] < 2),
    ]
    return rows, goals


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--notices", type=int, default=2000, help="notices in the store searched (default 2000)")
    parser.add_argument("--ratio-notices", type=int, default=200, help="varied notices extracted and ingested for the ratio (default 200)")
    args = parser.parse_args()
    env = dict(os.environ, PYTHONDONTWRITEBYTECODE="0")
    started = time.perf_counter()
    tmp = Path(tempfile.mkdtemp(prefix="fengong-store-bench-"))
    try:
        rows, goals = bench_store(tmp, args.notices, env, args.ratio_notices)
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
