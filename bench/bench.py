"""fengong benchmark: one table, measured in one run (`make bench`; about 2 minutes on 2 cores).

Cold runs are fresh processes (median of 5); warm runs are in one process after a warm-up. The
baselines run on the same bytes: the regex floor (read + find unit lines and headings with `re`) and
`jieba.lcut` of the whole text. Goals are those of issue 6; a goal is reported, never asserted.

    python bench/bench.py                 # as fengong runs
    python bench/bench.py --jieba-default # jieba's full dictionary load instead of pipeline.units.segmenter
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
NOTICE = ROOT / "raw_docs" / "yingkou_2016_45_shisanwu_fengong.txt"
PY = sys.executable
FENGONG = [PY, "-m", "pipeline"]

# The regex floor's patterns: unit lines and headings. Both scripts below start by defining them.
FLOOR_PATTERNS = (
    "UNIT_LINE = " + repr(r"^\s*(?:牵头单位|配合单位|责任单位)[:：].*$") + "\n"
    "HEADING = " + repr(r"^\s*(?:[一二三四五六七八九十]+、|[（(][一二三四五六七八九十]+[)）]|\d+[.、．]|[（(]\d+[)）]).*$") + "\n"
)

REGEX_FLOOR = FLOOR_PATTERNS + r"""
import re, sys
text = open(sys.argv[1], encoding="utf-8").read()
units = re.findall(UNIT_LINE, text, re.M)
heads = re.findall(HEADING, text, re.M)
print(len(units), len(heads))
"""

# What `fengong extract` imports, the way it imports it (spaCy without its CLI, jieba without pkg_resources).
IMPORTS = (
    "from pipeline.units.spacy_import import import_spacy; import_spacy(); "
    "from pipeline.units.segmenter import configure_jieba; configure_jieba(); import pipeline.stages, pipeline.run.batch"
)

# Runs in a child: warm timings of extract-and-write, throughput on 1x/10x/100x, the jieba baseline.
WARM = FLOOR_PATTERNS + r"""
import json, os, re, sys, time
T = time.perf_counter
if os.environ.get("FENGONG_JIEBA_DEFAULT") != "1":
    from pipeline.units.segmenter import configure_jieba
    configure_jieba()
from pathlib import Path
from pipeline.run.batch import extract_one                 # what `fengong extract` runs per file: extract, write
out, paths = sys.argv[1], sys.argv[2:]
def once(p):
    t = T(); outcome = extract_one(Path(p), out, ()); assert outcome.error is None, outcome.error; return T() - t
once(paths[0]); once(paths[0])                         # warm-up
warm = sorted(once(paths[0]) for _ in range(5))[2]
through = {}
for p in paths:
    through[p] = os.path.getsize(p) / once(p) / 1e6
text = open(paths[0], encoding="utf-8").read()

def regex_floor(p):
    t = T()
    s = open(p, encoding="utf-8").read()
    re.findall(UNIT_LINE, s, re.M)
    re.findall(HEADING, s, re.M)
    return T() - t
regex = sorted(regex_floor(paths[0]) for _ in range(5))[2]
import jieba
jieba.lcut(text)                                      # warm-up: every dictionary shard the text needs
t = T(); jieba.lcut(text); jl = T() - t
print(json.dumps({"warm": warm, "through": through, "regex_warm": regex, "jieba_lcut": jl}))
"""

def timed(cmd: list[str], env=None) -> float:
    start = time.perf_counter()
    subprocess.run(cmd, check=True, cwd=ROOT, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    return time.perf_counter() - start


def _versus(ours: float, theirs: float) -> str:
    """Our throughput against a baseline's, as 「3.1x slower」 or 「1.4x faster」."""
    return f"{theirs / ours:.1f}x slower" if ours < theirs else f"{ours / theirs:.1f}x faster"


def peak_rss_mb(cmd: list[str], env=None) -> float:
    """Peak resident memory of a fresh process running ``cmd``, as the user's run would have it."""
    child = subprocess.Popen(cmd, cwd=ROOT, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    _, status, usage = os.wait4(child.pid, 0)
    if status != 0:
        raise SystemExit(f"bench: {' '.join(cmd)} failed")
    return usage.ru_maxrss / 1024  # KB on Linux


def median(cmd, n=5, env=None, before=None) -> float:
    times = []
    for _ in range(n):
        if before:
            before()
        times.append(timed(cmd, env))
    return statistics.median(times)


# --- the store (issue 13): ingest vs extract on N varied notices, search, one unit's ledger ---------

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
    parser.add_argument("--jieba-default", action="store_true", help="measure with jieba's full default dictionary load")
    parser.add_argument("--copies", type=int, default=200, help="notices for the --jobs comparison (default 200)")
    parser.add_argument("--store-notices", type=int, default=2000, help="varied notices for the store's figures (default 2000)")
    parser.add_argument("--only-store", action="store_true", help="measure only the store (issue 13)")
    args = parser.parse_args()
    env = dict(os.environ, PYTHONDONTWRITEBYTECODE="0")
    if args.jieba_default:
        env["FENGONG_JIEBA_DEFAULT"] = "1"
    started = time.perf_counter()
    tmp = Path(tempfile.mkdtemp(prefix="fengong-bench-"))
    if args.only_store:
        try:
            rows, goals = bench_store(tmp, args.store_notices, env)
        finally:
            shutil.rmtree(tmp, ignore_errors=True)
        _table(rows, goals, args)
        print(f"(benchmark took {time.perf_counter() - started:.0f} s)")
        return 0
    try:
        data = NOTICE.read_bytes()
        files = []
        for n in (1, 10, 100):
            path = tmp / f"notice_x{n}.txt"
            path.write_bytes(data if n == 1 else (data.rstrip(b"\n") + b"\n\n") * n)
            files.append(path)
        out = tmp / "out"
        clean = lambda: shutil.rmtree(out, ignore_errors=True)  # noqa: E731 - no skipping in cold runs
        extract_notice = [*FENGONG, "extract", str(files[0]), "-o", str(out), "-q"]
        timed(extract_notice, env)  # caches, .pyc
        cold = median(extract_notice, env=env, before=clean)
        imports = median([PY, "-c", IMPORTS], env=env)
        spacy_import = median([PY, "-c", "import spacy"], env=env)
        regex_cold = median([PY, "-c", REGEX_FLOOR, str(files[0])], env=env)
        warm = json.loads(subprocess.run([PY, "-c", WARM, str(tmp / "warm"), *map(str, files)], check=True, cwd=ROOT, env=env,
                                         capture_output=True, text=True).stdout)
        rss_mb = peak_rss_mb([*FENGONG, "extract", str(files[2]), "-o", str(tmp / "rss"), "-q"], env)
        copies = tmp / "copies"
        copies.mkdir()
        for i in range(args.copies):
            (copies / f"n{i:03d}.txt").write_bytes(data)
        jobs = {}
        for n in (1, 2):
            jobs[n] = median([*FENGONG, "extract", str(copies), "-o", str(tmp / f"jobs{n}"), "-q", "--force", "--jobs", str(n)], n=3, env=env)
        store_rows, store_goals = bench_store(tmp, args.store_notices, env)
    finally:
        shutil.rmtree(tmp, ignore_errors=True)

    mb = len(data) / 1e6
    through = list(warm["through"].values())
    warm_mbs = mb / warm["warm"]
    regex_mbs = mb / warm["regex_warm"]
    jieba_mbs = mb / warm["jieba_lcut"]
    rows = [
        ("cold `fengong extract` (notice, median of 5)", f"{cold:.2f} s", ""),
        ("  of which imports (pipeline, spacy, jieba)", f"{imports:.2f} s", f"{imports / cold:.0%} of cold"),
        ("`python -c \"import spacy\"` (median of 5)", f"{spacy_import:.2f} s", f"cold = {cold / spacy_import:.2f}x"),
        ("regex floor, whole process (median of 5)", f"{regex_cold * 1000:.0f} ms", f"cold = {cold / regex_cold:.0f}x"),
        ("warm time per notice (in-process, JSON written)", f"{warm['warm'] * 1000:.0f} ms", f"{warm_mbs:.2f} MB/s"),
        ("regex floor, in-process", f"{warm['regex_warm'] * 1000:.1f} ms", f"{regex_mbs:.0f} MB/s; fengong {_versus(warm_mbs, regex_mbs)}"),
        ("jieba.lcut of the whole text", f"{warm['jieba_lcut'] * 1000:.0f} ms", f"{jieba_mbs:.2f} MB/s; fengong {_versus(warm_mbs, jieba_mbs)}"),
        (f"throughput 1x ({mb:.2f} MB)", f"{through[0]:.2f} MB/s", ""),
        (f"throughput 10x ({10 * mb:.1f} MB)", f"{through[1]:.2f} MB/s", ""),
        (f"throughput 100x ({100 * mb:.1f} MB)", f"{through[2]:.2f} MB/s", f"{through[2] / through[1]:.0%} of 10x"),
        ("peak RSS, `fengong extract` of the 100x file", f"{rss_mb:.0f} MB", ""),
        (f"{args.copies} notices, --jobs 1 (median of 3)", f"{jobs[1]:.1f} s", ""),
        (f"{args.copies} notices, --jobs 2 (median of 3)", f"{jobs[2]:.1f} s", f"speedup {jobs[1] / jobs[2]:.2f}x"),
    ]
    rows += store_rows
    goals = [
        (f"cold <= 1.3 x import spacy ({1.3 * spacy_import:.2f} s)", cold <= 1.3 * spacy_import),
        ("warm throughput >= 1 MB/s per core", warm_mbs >= 1.0),
        ("100x throughput >= 90% of 10x", through[2] >= 0.9 * through[1]),
        ("peak RSS <= 300 MB on 100x", rss_mb <= 300),
        ("--jobs 2 >= 1.8x faster than --jobs 1", jobs[1] / jobs[2] >= 1.8),
        *store_goals,
    ]
    _table(rows, goals, args)
    print(f"(benchmark took {time.perf_counter() - started:.0f} s)")
    return 0


def _table(rows, goals, args) -> None:
    width = max(len(r[0]) for r in rows + [(g[0],) for g in goals])
    print(f"fengong benchmark — {platform.node() and 'this machine'}: {os.cpu_count()} CPUs, Python {platform.python_version()}, "
          f"jieba dictionary: {'default full load' if args.jieba_default else 'pipeline.units.segmenter (lazy shards)'}")
    print(f"| {'measure'.ljust(width)} | value | vs / ratio |")
    print(f"|{'-' * (width + 2)}|-------|------------|")
    for name, value, note in rows:
        print(f"| {name.ljust(width)} | {value} | {note} |")
    for name, met in goals:
        print(f"| {('goal: ' + name).ljust(width)} | {'met' if met else 'not met'} | |")


if __name__ == "__main__":
    sys.exit(main())
