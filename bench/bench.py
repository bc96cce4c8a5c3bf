"""fengong benchmark: one table, measured in one run (`make bench`; about 2 minutes on 2 cores).

Cold runs are fresh processes (median of 5); warm runs are in one process after a warm-up. The
baselines run on the same bytes: the regex floor (read + find unit lines and headings with `re`) and
`jieba.lcut` of the whole text. Goals are those of issue 6; a goal is reported, never asserted.

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
    args = parser.parse_args()
    env = dict(os.environ, PYTHONDONTWRITEBYTECODE="0")
    started, load = time.perf_counter(), os.getloadavg()[0]
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
    rows += review_rows
    goals += review_goals
    width = max(len(r[0]) for r in rows + [(g[0],) for g in goals])
    print(f"fengong benchmark — {platform.node() and 'this machine'}: {os.cpu_count()} CPUs, Python {platform.python_version()}, "
          f"load average {load:.2f} at the start, {os.getloadavg()[0]:.2f} at the end")
    print(f"| {'measure'.ljust(width)} | value | vs / ratio |")
    print(f"|{'-' * (width + 2)}|-------|------------|")
    for name, value, note in rows:
        print(f"| {name.ljust(width)} | {value} | {note} |")
    for name, met in goals:
        print(f"| {('goal: ' + name).ljust(width)} | {'met' if met else 'not met'} | |")
    # Issue 17: each stage fed long runs of its own separators and markers, at 1× and 10× (a child process).
    print()
    subprocess.run([PY, str(ROOT / "bench" / "adversarial.py")], check=False)
    print(f"(benchmark took {time.perf_counter() - started:.0f} s)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
