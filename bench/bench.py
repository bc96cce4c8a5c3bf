"""fengong benchmark: two tables, measured in one run (`make bench`; about 2 minutes on 2 cores, and 5–7 more for the corpus of 2,000 notices).

Cold runs are fresh processes (median of 5); warm runs are in one process after a warm-up. The
baselines run on the same bytes: the regex floor (read + find unit lines and headings with `re`) and
`jieba.lcut` of the whole text. Goals are those of issue 6; a goal is reported, never asserted.
Then the store's figures (bench/store_bench.py), and the tree before issue 12 against this one in CPU
time, run in turn: cold start, warm throughput, peak RSS (bench/before_after.py; `--before ''` skips it),
and what that RSS is made of (bench/memory.py).

    python bench/bench.py                 # as fengong runs
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

# What `fengong extract` imports.
IMPORTS = "import spacy.matcher, spacy.lang.zh, pipeline.stages, pipeline.run.batch"

# Runs in a child: warm timings of extract-and-write, throughput on 1x/10x/100x, the jieba baseline.
WARM = FLOOR_PATTERNS + r"""
import json, os, re, sys, time
T = time.perf_counter
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
tokenizer = jieba.Tokenizer()
tokenizer.lcut(text)                                  # warm-up: the dictionary load
t = T(); tokenizer.lcut(text); jl = T() - t
print(json.dumps({"warm": warm, "through": through, "regex_warm": regex, "jieba_lcut": jl}))
"""

# Runs in a child: the reference notice laid out on 30 A4 pages as a PDF and as an OFD (the test
# builders in tests/docbuild.py), then warm extract-and-write of each against the text file (median of 5).
PAGED = r"""
import json, sys, time
from pathlib import Path
sys.path.insert(0, sys.argv[1])
import docbuild
from docbuild import lay_out, ofd_bytes, pdf_bytes
from pipeline.run.batch import extract_one
notice, tmp = Path(sys.argv[2]), Path(sys.argv[3])
font = docbuild.embed_truetype()  # published PDFs embed their fonts (pdfium reads them faster than a substitute)
pages = lay_out(notice.read_text(encoding="utf-8").splitlines(), leading=15, header="营口市人民政府文件")  # 30 pages
(tmp / "notice.pdf").write_bytes(pdf_bytes(pages))
(tmp / "notice.ofd").write_bytes(ofd_bytes(pages))
def once(p):
    t = time.perf_counter(); outcome = extract_one(p, str(tmp / "out"), ()); assert outcome.error is None, outcome.error
    return time.perf_counter() - t
times = {}
for p in (notice, tmp / "notice.pdf", tmp / "notice.ofd"):
    once(p)
    times[p.suffix] = sorted(once(p) for _ in range(5))[2]
print(json.dumps({"pages": len(pages), "times": times, "font": Path(font).name if font else "STSong-Light, not embedded"}))
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


def cold_pair(commands: list[list[str]], env=None, n: int = 5) -> list[float]:
    """Medians of fresh runs of each command, taken in turn so that load on the machine hits all alike."""
    times: list[list[float]] = [[] for _ in commands]
    for _ in range(n):
        for spent, cmd in zip(times, commands):
            spent.append(timed(cmd, env))
    return [statistics.median(spent) for spent in times]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--copies", type=int, default=200, help="notices for the --jobs comparison (default 200)")
    parser.add_argument("--corpus", type=int, default=2000, help="notices for the corpus section: serial, --jobs 2, Dask (default 2000; 0 skips it)")
    parser.add_argument("--only-corpus", action="store_true", help="run only the corpus section")
    parser.add_argument("--store-notices", type=int, default=2000, help="varied notices for the store's figures (default 2000; 0 skips them)")
    parser.add_argument("--before", default="a3e454e", help="the commit the before/after section compares with (default a3e454e, "
                        "the tree before issue 12; '' skips the section)")
    args = parser.parse_args()
    env = dict(os.environ, PYTHONDONTWRITEBYTECODE="0")
    started, load = time.perf_counter(), os.getloadavg()[0]
    if args.only_corpus:
        return corpus_section(args.corpus, env, started)
    tmp = Path(tempfile.mkdtemp(prefix="fengong-bench-"))
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
        paged = json.loads(subprocess.run([PY, "-c", PAGED, str(ROOT / "tests"), str(NOTICE), str(tmp)], check=True, cwd=ROOT,
                                          env=env, capture_output=True, text=True).stdout)
        cold_txt, cold_pdf = cold_pair([[*FENGONG, "extract", str(p), "-o", str(tmp / "cold_paged"), "-q", "--force"]
                                        for p in (files[0], tmp / "notice.pdf")], env)
        review = json.loads(subprocess.run([PY, str(ROOT / "bench" / "review_bench.py"), "--json", str(files[0]), str(files[1])],
                                           check=True, cwd=ROOT, env=env, capture_output=True, text=True).stdout)
        jobs = {}
        for n in (1, 2):
            jobs[n] = median([*FENGONG, "extract", str(copies), "-o", str(tmp / f"jobs{n}"), "-q", "--force", "--jobs", str(n)], n=3, env=env)
        from store_bench import bench_store, print_table  # bench/store_bench.py: the store (issue 13)

        store_rows, store_goals = bench_store(tmp, args.store_notices, env) if args.store_notices else ([], [])
    finally:
        shutil.rmtree(tmp, ignore_errors=True)

    mb = len(data) / 1e6
    through = list(warm["through"].values())
    warm_mbs = mb / warm["warm"]
    regex_mbs = mb / warm["regex_warm"]
    jieba_mbs = mb / warm["jieba_lcut"]
    rows = [
        ("cold `fengong extract` (notice, median of 5)", f"{cold:.2f} s", ""),
        ("  of which imports (pipeline, spacy)", f"{imports:.2f} s", f"{imports / cold:.0%} of cold"),
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
        ("warm, the notice as text (median of 5)", f"{paged['times']['.txt'] * 1000:.0f} ms", ""),
        (f"warm, the notice as a {paged['pages']}-page PDF ({paged['font']})", f"{paged['times']['.pdf'] * 1000:.0f} ms",
         f"{paged['times']['.pdf'] / paged['times']['.txt']:.2f}x the text"),
        (f"warm, the notice as a {paged['pages']}-page OFD", f"{paged['times']['.ofd'] * 1000:.0f} ms",
         f"{paged['times']['.ofd'] / paged['times']['.txt']:.2f}x the text"),
        ("cold `fengong extract`, text then PDF in turn (median of 5)", f"{cold_txt:.2f} s, {cold_pdf:.2f} s",
         f"PDF {cold_pdf / cold_txt:.2f}x the text"),
    ]
    goals = [
        (f"cold <= 1.3 x import spacy ({1.3 * spacy_import:.2f} s)", cold <= 1.3 * spacy_import),
        ("warm throughput >= 1 MB/s per core", warm_mbs >= 1.0),
        ("100x throughput >= 90% of 10x", through[2] >= 0.9 * through[1]),
        ("peak RSS <= 300 MB on 100x", rss_mb <= 300),
        ("--jobs 2 >= 1.8x faster than --jobs 1", jobs[1] / jobs[2] >= 1.8),
        (f"{paged['pages']}-page PDF <= 2x the text (cold, as a user runs it)", cold_pdf <= 2 * cold_txt),
        (f"{paged['pages']}-page PDF <= 2x the text (warm, in-process)", paged["times"][".pdf"] <= 2 * paged["times"][".txt"]),
    ]
    from review_bench import rows_and_goals as review_rows_and_goals  # bench/review_bench.py: the review page (issue 14)

    review_rows, review_goals = review_rows_and_goals(review)
    rows += review_rows + store_rows
    goals += review_goals + store_goals
    print(f"fengong benchmark — {platform.node() and 'this machine'}: {os.cpu_count()} CPUs, Python {platform.python_version()}, "
          f"load average {load:.2f} at the start, {os.getloadavg()[0]:.2f} at the end")
    print_table(rows, goals)
    # Issue 17: each stage fed long runs of its own separators and markers, at 1× and 10× (a child process).
    print()
    subprocess.run([PY, str(ROOT / "bench" / "adversarial.py")], check=False)
    if args.before:  # bench/before_after.py: cold start, warm throughput and RSS against the tree before issue 12
        from before_after import section as before_after

        before_after(before=args.before)
        from memory import section as memory  # what that RSS is made of

        memory()
    print(f"(benchmark took {time.perf_counter() - started:.0f} s)")
    return corpus_section(args.corpus, env, started) if args.corpus else 0


# --- corpus: 2,000 notices serial, --jobs 2, Dask; Parquet against JSON (issue 16) ----------------

# The notices of the corpus run, cycled to the size asked: the reference notice and the evaluation's
# eleven (HTML pages of gov.cn and seven cities, two written forms): 1.8 KB to 108 KB each.
CORPUS_SOURCES = ("raw_docs/*.txt", "eval/docs/*/*.html", "eval/docs/*/*.txt")

# Runs in a child: extract each distinct notice once, then write the cycled corpus's records as
# JSON files and as the Parquet dataset, timing the writing alone, and measure both outputs' size
# for the distinct notices (copies would flatter Parquet: its dictionary encoding stores a repeated
# text once).
WRITE = r"""
import json, os, sys, time
from pathlib import Path
from pipeline.export import output_path, write_json
from pipeline.run.notice import extract_notice
from pipeline.run.parquet import ParquetSink
from pipeline.store.tables import extraction_rows
tmp, count, paths = Path(sys.argv[1]), int(sys.argv[2]), sys.argv[3:]
records = [extract_notice(p, Path(p).read_bytes()) for p in paths]
def size(folder):
    return sum(f.stat().st_size for f in folder.rglob("*") if f.is_file())
def write(n, name):
    T = time.perf_counter
    t = T()
    for i in range(n):
        write_json(output_path(f"{i:05d}.txt", tmp / (name + "json")), records[i % len(records)])
    json_s = T() - t
    t = T()
    sink = ParquetSink(tmp / (name + "parquet"))
    for i in range(n):
        sink.add(extraction_rows(records[i % len(records)], 0))
    sink.close()
    return json_s, T() - t, size(tmp / (name + "json")), size(tmp / (name + "parquet"))
distinct = write(len(records), "distinct-")
cycled = write(count, "cycled-")
print(json.dumps({"distinct": distinct, "cycled": cycled, "input": sum(os.path.getsize(p) for p in paths)}))
"""


def wall_and_cpu(cmd: list[str], env=None) -> tuple[float, float]:
    """Wall seconds of a fresh process running ``cmd``, and the CPU seconds (user + system) of it and
    every process it waited for (pool workers, Dask's nanny and workers): on a machine shared with
    other work the CPU time is the figure that does not depend on the others."""
    start = time.perf_counter()
    child = subprocess.Popen(cmd, cwd=ROOT, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    _, status, usage = os.wait4(child.pid, 0)
    wall = time.perf_counter() - start
    if status != 0:
        raise SystemExit(f"bench: {' '.join(cmd)} failed")
    return wall, usage.ru_utime + usage.ru_stime


def corpus_section(count: int, env: dict, started: float) -> int:
    """``count`` notices extracted serially, with --jobs 2 and on a local Dask cluster of 2 workers
    (each a fresh `fengong extract` process: start-up, cluster start and model loading included),
    then the writing of JSON against Parquet; one table, and the figures the README's capacity note uses."""
    sources = sorted({p for pattern in CORPUS_SOURCES for p in ROOT.glob(pattern)})
    load = os.getloadavg()[0]
    tmp = Path(tempfile.mkdtemp(prefix="fengong-bench-corpus-"))
    try:
        corpus = tmp / "corpus"
        corpus.mkdir()
        for i in range(count):
            source = sources[i % len(sources)]
            (corpus / f"{i:05d}_{source.name}").write_bytes(source.read_bytes())
        runs = {}
        for name, options in (("serial", ["--jobs", "1"]), ("--jobs 2", ["--jobs", "2"]), ("Dask, local, 2 workers", ["--engine", "dask"])):
            out = tmp / name.split(",")[0].strip("- ").replace(" ", "")
            runs[name] = wall_and_cpu([*FENGONG, "extract", str(corpus), "-o", str(out), "-q", "--force", *options], env)
        written = json.loads(subprocess.run([PY, "-c", WRITE, str(tmp), str(count), *map(str, sources)], check=True, cwd=ROOT,
                                            env=env, capture_output=True, text=True).stdout)
    finally:
        shutil.rmtree(tmp, ignore_errors=True)
    serial = runs["serial"][0]
    rows = [(f"{count} notices, {name} (one run, wall; CPU)", f"{s:.1f} s; {cpu:.1f} s",
             f"{s / count * 1000:.1f} ms/notice; speedup {serial / s:.2f}x; CPU {cpu / count * 1000:.1f} ms/notice")
            for name, (s, cpu) in runs.items()]
    json_s, parquet_s, json_b, parquet_b = written["cycled"]
    rows += [
        (f"write {count} notices' records: JSON files", f"{json_s:.1f} s", f"{json_s / count * 1000:.2f} ms/notice"),
        (f"write {count} notices' records: Parquet dataset", f"{parquet_s:.1f} s", f"{parquet_s / count * 1000:.2f} ms/notice"),
    ]
    d_json_s, d_parquet_s, d_json_b, d_parquet_b = written["distinct"]
    n, inp = len(sources), written["input"]
    rows += [
        (f"output of the {n} distinct notices ({inp / 1e6:.2f} MB in): JSON", f"{d_json_b / 1e6:.2f} MB",
         f"{d_json_b / inp:.1f}x the input; {d_json_b / n / 1e3:.0f} KB/notice"),
        (f"output of the {n} distinct notices: Parquet", f"{d_parquet_b / 1e6:.2f} MB",
         f"{d_parquet_b / inp:.1f}x the input; {d_parquet_b / n / 1e3:.0f} KB/notice; {d_json_b / d_parquet_b:.1f}x smaller than JSON"),
        (f"output of the {count} cycled notices: JSON / Parquet", f"{json_b / 1e6:.1f} / {parquet_b / 1e6:.1f} MB",
         "copies: Parquet stores a repeated text once"),
    ]
    width = max(len(r[0]) for r in rows)
    print(f"\ncorpus: {count} notices cycling {n} sources ({', '.join(CORPUS_SOURCES)}); {os.cpu_count()} CPUs, "
          f"load average {load:.2f} at the start, {os.getloadavg()[0]:.2f} at the end")
    print(f"| {'measure'.ljust(width)} | value | ratio |")
    print(f"|{'-' * (width + 2)}|-------|-------|")
    for name, value, note in rows:
        print(f"| {name.ljust(width)} | {value} | {note} |")
    print(f"(benchmark took {time.perf_counter() - started:.0f} s)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
