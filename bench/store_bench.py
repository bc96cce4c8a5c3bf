"""The store's figures (issue 13), a section of `make bench`: ingest vs extract, search, and one
unit's ledger over a store of N notices. Run alone: `python bench/store_bench.py [--notices N] [--ratio-notices M] [--rounds R]`.

What is measured (wall-clock and CPU seconds, since the machine is shared and its load moves wall
time by more than the store costs):
- extract vs ingest, as the goal reads: M varied notices (default 200; their own 文号, title and
  numbers) through `fengong extract --jobs 1` (JSON written) and `fengong ingest` (extract + store;
  one process too: both sides use one CPU), each a whole process (imports and models included),
  CPU = the child's user + system time.
- the same in one process, the stricter ratio: R rounds (default 3; medians) of extracting the M
  files (`pipeline.stages.extract`, nothing written) and of extracting and ingesting them into a
  fresh store file (`pipeline.store.ingest.Batch`, as `fengong ingest` does), after one warm-up.
  The varied notices share most of their wording, so the index's words (jieba) are mostly cut once;
  what segmenting a notice never seen costs is measured apart (cold caches), and stated.
- the store for search and the ledger: those M notices, then N - M more made by storing copies of
  the reference notice's extraction under their own 文号, title and SHA-256, each copy's task texts
  ending in its number so that no two notices' tasks read alike (the ledger's shared strings cannot
  fold them); the fill's CPU per notice is the store's writing at that size.
- the honest corpus: the 65 real notices of eval/docs (varied wording, lengths and layouts; 18 tasks
  a notice against the reference notice's 220), each extracted once in-process (CPU per notice), its
  index words cut with every cache cleared (a notice of novel wording), then a store of N of them,
  cycled with their digits shifted and their own 文号, title and SHA-256 (the store's work only, CPU
  per notice), and search over it. Both sides of every ratio run in one process on one CPU.
- search: 4 queries, median of 5 each; the ledger of 市教育局 (unit names + rows + xlsx bytes), median
  of 3, wall and CPU; and `fengong search` / `fengong ledger` as whole processes.
The earlier version ran `fengong extract` and `fengong ingest` over N = 2,000 files as processes
(27 minutes); the ratio it gave (1.13x) is the same quantity measured on more files."""

from __future__ import annotations

import argparse
import json
import os
import resource
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
runs = []
for _ in range(3):
    t, c = time.perf_counter(), time.process_time()
    rows = ledger_rows(db, unit_names(db, "市教育局"))
    t1, c1 = time.perf_counter(), time.process_time()
    content = write_xlsx([("台账", rows)])
    runs.append((time.perf_counter() - t, time.process_time() - c, t1 - t, c1 - c))
ledger, cpu, rows_s, rows_cpu = (statistics.median(r[i] for r in runs) for i in range(4))
print(json.dumps({"search": times, "ledger": ledger, "ledger_cpu": cpu, "rows": rows_s, "rows_cpu": rows_cpu,
                  "ledger_rows": len(rows), "ledger_bytes": len(content)}))
"""


def vary(data: str, i: int) -> str:
    """The reference notice as notice ``i``: its own 文号 and title (so it is a notice of its own, not
    a revision) and its numbers of the first target shifted, so the texts are not all alike."""
    return (data.replace("营政发〔2016〕45号", f"营政发〔2016〕{1000 + i}号")
                .replace("主要目标和任务工作分工的通知", f"主要目标和任务工作分工的通知(第{i}号)")
                .replace("受教育年限达到11.2年", f"受教育年限达到{11 + i % 10 / 10:.1f}年")
                .replace("城镇棚户区住房改造11615套", f"城镇棚户区住房改造{10000 + i}套"))


RATIO = r"""
import json, os, statistics, sys, time
from dataclasses import replace
from hashlib import sha256
from pathlib import Path
from pipeline.stages import extract
from pipeline.store import open_store
from pipeline.store.ingest import Batch, index_words
from pipeline.store import segment
folder, db_path, total, rounds = Path(sys.argv[1]), sys.argv[2], int(sys.argv[3]), int(sys.argv[4])
files = sorted(folder.iterdir())
def clock():
    return time.perf_counter(), time.process_time()
def since(start):
    return time.perf_counter() - start[0], time.process_time() - start[1]
def cold_words(extraction):                            # the index's words of a notice never seen: jieba cuts it all
    for name in ("words", "index_terms", "_run_words", "_piece_words", "_names_string", "_run_string"):
        getattr(getattr(segment, name, None), "cache_clear", lambda: None)()  # the caches of the index words, those this tree has
    targets = {g.id: g for g in extraction.targets}
    start = clock()
    for task in extraction.tasks:
        index_words(task, targets)
    return since(start)
warm = open_store(":memory:")
Batch(warm).ingest(extract(files[0]))                  # warm-up: imports, spaCy, jieba's dictionaries (once per process)
warm.close()
extract_runs, ingest_runs = [], []
for round in range(rounds):
    start = clock()
    for f in files:
        extract(f)
    extract_runs.append(since(start))
    path = Path(db_path).with_name(f"round{round}.db")
    db = open_store(path)
    batch = Batch(db, expected=len(files))
    start = clock()
    for f in files:
        batch.ingest(extract(f))
        if batch.due():
            batch.commit()
    batch.finish()
    db.close()
    ingest_runs.append(since(start))
    for leftover in path.parent.glob(path.name + "*"):
        leftover.unlink()
cold = cold_words(extract(files[0]))
db = open_store(db_path)                               # holds the same files, ingested by `fengong ingest`
batch = Batch(db, expected=total - len(files))
seed = extract(files[0])
fill = [0.0, 0.0]
for i in range(len(files), total):
    copy = replace(seed, tasks=[replace(t, text=f"{t.text}（{i}）") for t in seed.tasks],
                   source=replace(seed.source, sha256=sha256(f"copy {i}".encode()).hexdigest()),
                   notice=replace(seed.notice, doc_number=f"营政发〔2016〕{1000 + i}号", title=f"{seed.notice.title}(第{i}号)"))
    start = clock()                                    # the store's work only, not making the copy
    batch.ingest(copy)
    if batch.due():
        batch.commit()
    if i == total - 1:
        batch.finish()                                 # the indexes a bulk ingest builds at the end
    fill = [a + b for a, b in zip(fill, since(start))]
db.close()
median = lambda runs, i: statistics.median(r[i] for r in runs)
print(json.dumps({"extract": median(extract_runs, 0), "extract_cpu": median(extract_runs, 1), "ingest": median(ingest_runs, 0),
                  "ingest_cpu": median(ingest_runs, 1), "fill": fill[0], "fill_cpu": fill[1], "cold_words": cold[0], "cold_words_cpu": cold[1],
                  "ratios": [i[0] / e[0] for e, i in zip(extract_runs, ingest_runs)]}))
"""


REAL = r"""
import json, re, sys, time
from dataclasses import replace
from hashlib import sha256
from pathlib import Path
from pipeline.errors import FengongError
from pipeline.stages import extract
from pipeline.store import open_store, segment
from pipeline.store.ingest import Batch, index_words
db_path, total = sys.argv[1], int(sys.argv[2])
files = sorted(p for p in Path("eval/docs").rglob("*") if p.suffix in (".txt", ".html"))
Batch(open_store(":memory:")).ingest(extract(Path("raw_docs/yingkou_2016_45_shisanwu_fengong.txt")))  # warm-up
def cold_words(extraction):                            # every run of the notice cut by jieba anew
    for name in ("words", "index_terms", "_run_words", "_piece_words", "_names_string", "_run_string"):
        getattr(getattr(segment, name, None), "cache_clear", lambda: None)()  # the caches of the index words, those this tree has
    targets = {g.id: g for g in extraction.targets}
    start = time.process_time()
    for task in extraction.tasks:
        index_words(task, targets)
    return time.process_time() - start
seeds, extract_cpu, cold = [], 0.0, 0.0
for f in files:
    start = time.process_time()
    try:
        seed = extract(f)
    except FengongError:
        continue
    extract_cpu += time.process_time() - start
    cold += cold_words(seed)
    seeds.append(seed)
def digits(text, i):                                   # the notice's numbers varied: each digit shifted by i
    return re.sub(r"[0-9]", lambda m: str((int(m.group()) + i) % 10), text)
def copy(i):
    seed = seeds[i % len(seeds)]
    return replace(seed, tasks=[replace(t, text=digits(t.text, i)) for t in seed.tasks],
                   source=replace(seed.source, sha256=sha256(f"real {i}".encode()).hexdigest()),
                   notice=replace(seed.notice, doc_number=f"测试〔{2000 + i // len(seeds)}〕{i}号", title=f"{seed.notice.title}(第{i}号)"))
db = open_store(db_path)
batch = Batch(db, expected=total)
fill, tasks = 0.0, 0
for i in range(total):
    extraction = copy(i)
    tasks += len(extraction.tasks)
    start = time.process_time()                        # the store's work only
    batch.ingest(extraction)
    if batch.due():
        batch.commit()
    if i == total - 1:
        batch.finish()
    fill += time.process_time() - start
db.close()
n = len(seeds)
print(json.dumps({"notices": n, "tasks": sum(len(s.tasks) for s in seeds), "extract_cpu": extract_cpu / n, "cold_words_cpu": cold / n,
                  "fill_cpu": fill / total, "fill_tasks": tasks / total}))
"""


def cpu_timed(cmd: list[str], env) -> tuple[float, float]:
    """Wall-clock and CPU seconds (user + system of the process and its children) of a command."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    wall = timed(cmd, env)
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    return wall, (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)


def _load() -> str:
    return "load average " + " ".join(f"{x:.1f}" for x in os.getloadavg())


def bench_store(tmp: Path, notices: int, env, ratio_notices: int = 200, rounds: int = 3) -> tuple[list, list]:
    text = NOTICE.read_text(encoding="utf-8")
    folder = tmp / "store_notices"
    folder.mkdir()
    ratio_notices = min(ratio_notices, notices)
    for i in range(ratio_notices):
        (folder / f"n{i:04d}.txt").write_text(vary(text, i), encoding="utf-8")
    db = tmp / "fengong.db"
    load_before = _load()
    extract_cmd, extract_cpu = cpu_timed([*FENGONG, "extract", str(folder), "-o", str(tmp / "store_out"), "-q", "--jobs", "1"], env)
    ingest_cmd, ingest_cpu = cpu_timed([*FENGONG, "ingest", str(folder), "--db", str(db), "-q"], env)
    b = json.loads(subprocess.run([PY, "-c", RATIO, str(folder), str(db), str(notices), str(rounds)], check=True, cwd=ROOT, env=env,
                                  capture_output=True, text=True).stdout)
    real_db = tmp / "real.db"
    r = json.loads(subprocess.run([PY, "-c", REAL, str(real_db), str(notices)], check=True, cwd=ROOT, env=env,
                                  capture_output=True, text=True).stdout)
    real_warm = json.loads(subprocess.run([PY, "-c", STORE_WARM, str(real_db)], check=True, cwd=ROOT, env=env, capture_output=True, text=True).stdout)
    real_db.unlink()
    reingest_s = timed([*FENGONG, "ingest", str(folder), "--db", str(db), "-q"], env)
    search_cold = median([*FENGONG, "search", "--db", str(db), "扶贫", "--limit", "20"], n=3, env=env)
    ledger_cold = median([*FENGONG, "ledger", "--db", str(db), "--unit", "市教育局", "-o", str(tmp / "edu.xlsx")], n=3, env=env)
    warm = json.loads(subprocess.run([PY, "-c", STORE_WARM, str(db)], check=True, cwd=ROOT, env=env, capture_output=True, text=True).stdout)
    size_mb = db.stat().st_size / 1e6
    m, filled = ratio_notices, max(notices - ratio_notices, 1)
    per = lambda seconds: f"{seconds / m * 1000:.0f} ms per notice"  # noqa: E731
    fill_cpu = b["fill_cpu"] / filled  # the store's writing per notice as it grows from M to N notices
    at_scale = (b["extract_cpu"] / m + fill_cpu) / (b["extract_cpu"] / m)
    novel = at_scale + b["cold_words_cpu"] / (b["extract_cpu"] / m)  # and jieba cutting every word anew
    rows = [
        (f"{m} varied notices: `fengong extract --jobs 1` (JSON written)", f"{extract_cmd:.1f} s", f"CPU {extract_cpu:.1f} s; {per(extract_cmd)}"),
        (f"{m} varied notices: `fengong ingest` (extract + store, one process)", f"{ingest_cmd:.1f} s",
         f"**{ingest_cmd / extract_cmd:.2f}x** wall, CPU {ingest_cpu:.1f} s = **{ingest_cpu / extract_cpu:.2f}x**"),
        (f"{m} varied notices: extract, in-process (median of {rounds})", f"{b['extract']:.1f} s", f"CPU {b['extract_cpu']:.1f} s; {per(b['extract_cpu'])} CPU"),
        (f"{m} varied notices: extract + ingest, in-process (median of {rounds})", f"{b['ingest']:.1f} s",
         f"**{b['ingest'] / b['extract']:.2f}x** wall (rounds {', '.join(f'{r:.2f}' for r in b['ratios'])}), "
         f"CPU {b['ingest_cpu']:.1f} s = **{b['ingest_cpu'] / b['extract_cpu']:.2f}x**"),
        (f"store filled from {m} to {notices} notices (copies, task texts all different: the store's work only)", f"{b['fill']:.1f} s",
         f"{b['fill'] / filled * 1000:.0f} ms, CPU {fill_cpu * 1000:.0f} ms per notice; store {size_mb:.0f} MB"),
        (f"extract + the store's work at {m}-{notices} notices, over extract (CPU per notice)", f"{at_scale:.2f}x",
         "words of each task joined anew (runs cut once: cached); a notice never seen adds the row below"),
        ("index words of a notice never seen (jieba cuts all 220 tasks, caches cold)", f"{b['cold_words'] * 1000:.0f} ms",
         f"CPU {b['cold_words_cpu'] * 1000:.0f} ms: {b['cold_words_cpu'] / (b['extract_cpu'] / m):.2f}x its extraction; the varied notices share their words"),
        (f"the same at {m}-{notices} notices for notices of novel wording (the row before last + this one)", f"{novel:.2f}x",
         "every word cut by jieba anew: the honest measure for a corpus of unrelated notices"),
        (f"`fengong ingest` of the {m} again (unchanged)", f"{reingest_s:.1f} s", "whole process"),
    ]
    real_scale = (r["extract_cpu"] + r["fill_cpu"]) / r["extract_cpu"]
    real_novel = real_scale + r["cold_words_cpu"] / r["extract_cpu"]
    ms = lambda seconds: f"{seconds * 1000:.1f} ms"  # noqa: E731
    rows += [
        (f"eval/docs: {r['notices']} real notices ({r['tasks'] / r['notices']:.0f} tasks each), extract in-process, CPU per notice",
         ms(r["extract_cpu"]), "the honest corpus: varied wording, lengths and layouts"),
        (f"store filled with {notices} of them (each cycled with its digits shifted, its own 文号, title, SHA-256), CPU per notice",
         ms(r["fill_cpu"]), f"the store's work only; {r['fill_tasks']:.0f} tasks a notice"),
        (f"extract + the store's work at 0-{notices} real notices, over extract (CPU; each notice's words cut once)", f"{real_scale:.2f}x", ""),
        ("index words of each real notice never seen (caches cold), CPU per notice", ms(r["cold_words_cpu"]),
         f"{r['cold_words_cpu'] / r['extract_cpu']:.2f}x its extraction"),
        (f"the same at 0-{notices} real notices, each of novel wording", f"{real_novel:.2f}x", "every word cut by jieba anew"),
        (f"search in-process over {notices} real notices, slowest of 4 queries (median of 5)",
         f"{max(t for t, _ in real_warm['search'].values()) * 1000:.1f} ms", ", ".join(f"{q}: {n}" for q, (_, n) in real_warm["search"].items())),
    ]
    for query, (seconds, found) in warm["search"].items():
        rows.append((f"search 「{query}」 in-process over {notices} notices (median of 5)", f"{seconds * 1000:.1f} ms", f"{found} results (limit 50)"))
    rows += [
        ("`fengong search 扶贫` whole process (median of 3)", f"{search_cold:.2f} s", "imports and jieba's start included"),
        ("ledger of 市教育局 in-process (names + rows + xlsx; median of 3)", f"{warm['ledger']:.2f} s",
         f"CPU {warm['ledger_cpu']:.2f} s (rows {warm['rows']:.2f} s, CPU {warm['rows_cpu']:.2f} s); {warm['ledger_rows']} rows, {warm['ledger_bytes'] / 1e6:.1f} MB"),
        ("`fengong ledger --unit 市教育局` whole process (median of 3)", f"{ledger_cold:.2f} s", ""),
        ("machine load", load_before, f"at the start; {_load()} at the end ({os.cpu_count()} CPUs)"),
    ]
    worst = max(seconds for seconds, _ in warm["search"].values())
    goals = [
        ("`fengong ingest` <= 1.2 x `fengong extract` (wall)", ingest_cmd <= 1.2 * extract_cmd),
        ("ingest <= 1.2 x extracting, in-process (no JSON written, stricter; wall, median)", b["ingest"] <= 1.2 * b["extract"]),
        (f"ingest <= 1.2 x extracting at {notices} notices (CPU per notice; words cut once)", at_scale <= 1.2),
        (f"ingest <= 1.2 x extracting at {notices} notices, novel wording (CPU per notice)", novel <= 1.2),
        (f"ingest <= 1.2 x extracting at {notices} real notices (eval/docs varied; CPU; words cut once)", real_scale <= 1.2),
        (f"ingest <= 1.2 x extracting at {notices} real notices, novel wording (CPU)", real_novel <= 1.2),
        ("search < 100 ms (in-process, every query)", worst < 0.1),
        ("one unit's ledger < 2 s (in-process, wall, median)", warm["ledger"] < 2),
    ]
    return rows, goals


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--notices", type=int, default=2000, help="notices in the store searched (default 2000)")
    parser.add_argument("--ratio-notices", type=int, default=200, help="varied notices extracted and ingested for the ratio (default 200)")
    parser.add_argument("--rounds", type=int, default=3, help="in-process rounds of the ratio, medians taken (default 3)")
    args = parser.parse_args()
    env = dict(os.environ, PYTHONDONTWRITEBYTECODE="0")
    started = time.perf_counter()
    tmp = Path(tempfile.mkdtemp(prefix="fengong-store-bench-"))
    try:
        rows, goals = bench_store(tmp, args.notices, env, args.ratio_notices, args.rounds)
    finally:
        shutil.rmtree(tmp, ignore_errors=True)
    print_table(rows, goals)
    print(f"(took {time.perf_counter() - started:.0f} s)")
    return 0


def print_table(rows: list[tuple[str, str, str]], goals: list[tuple[str, bool]]) -> None:
    """The bench's Markdown table: one row per measure, then one per goal (met / not met)."""
    width = max(len(r[0]) for r in rows + [(g[0],) for g in goals])
    print(f"| {'measure'.ljust(width)} | value | vs / ratio |")
    print(f"|{'-' * (width + 2)}|-------|------------|")
    for name, value, note in rows:
        print(f"| {name.ljust(width)} | {value} | {note} |")
    for name, met in goals:
        print(f"| {('goal: ' + name).ljust(width)} | {'met' if met else 'not met'} | |")


if __name__ == "__main__":
    sys.exit(main())
