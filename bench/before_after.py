"""Issue 12's before and after, a section of `make bench`: the tree before issue 12 (commit a3e454e,
exported with `git archive`) against this one, measured in the same run with the same interpreter and
libraries. Run alone: `python bench/before_after.py [--runs N] [--before REV]`.

CPU seconds (user + system of the child process, from ``os.wait4``) rather than wall-clock: the
machine is shared, and other work moves wall time by more than the difference measured. The trees
are run in turn (before, now, before, now, …) so that load hits both alike; minimum and median:
- cold `python -m pipeline extract NOTICE` (a fresh process: imports, dictionaries, one notice, JSON
  written) and its peak RSS; cold `python -m pipeline --help`;
- warm CPU per notice in one process (`pipeline.extract`, after two warm-up runs; 5 runs a child,
  3 children a tree), and the throughput it gives.
The before tree keeps its jieba dictionary as an SQLite file in the cache folder; it runs with
XDG_CACHE_HOME in the bench's temporary folder, where its first (warm-up) run builds that file, as
an installed copy would have had it. The tree now extracts more of the notice (deadlines, targets in
every paragraph, local conventions: 173 targets against 154), so the warm figure is not the same work.
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from bench import NOTICE, PY, ROOT  # noqa: E402

BEFORE = "a3e454e"  # the tree before issue 12's work

WARM_CPU = r"""
import json, statistics, sys, time
from pipeline import extract
path = sys.argv[1]
extract(path); extract(path)
runs = []
for _ in range(5):
    t = time.process_time(); extract(path); runs.append(time.process_time() - t)
print(json.dumps(runs))
"""


def export_tree(rev: str, into: Path) -> Path | None:
    """The tree at ``rev`` as files under ``into`` (`git archive`); None where there is no git history."""
    into.mkdir(parents=True)
    try:
        archive = subprocess.run(["git", "-C", str(ROOT), "archive", rev], check=True, capture_output=True).stdout
        subprocess.run(["tar", "-x", "-C", str(into)], input=archive, check=True, capture_output=True)
    except (OSError, subprocess.CalledProcessError):
        return None
    return into


def child_cpu(cmd: list[str], env: dict) -> tuple[float, float]:
    """CPU seconds (user + system) and peak RSS in MB of a fresh process running ``cmd``."""
    child = subprocess.Popen(cmd, cwd=env["BENCH_CWD"], env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    _, status, usage = os.wait4(child.pid, 0)
    if status != 0:
        raise SystemExit(f"bench: {' '.join(cmd)} failed")
    return usage.ru_utime + usage.ru_stime, usage.ru_maxrss / 1024


def measure(trees: dict[str, Path], tmp: Path, runs: int) -> dict[str, dict[str, list[float]]]:
    envs = {
        name: dict(os.environ, PYTHONPATH=str(tree), XDG_CACHE_HOME=str(tmp / "cache"), BENCH_CWD=str(tmp), PYTHONDONTWRITEBYTECODE="0")
        for name, tree in trees.items()
    }
    extract = [PY, "-m", "pipeline", "extract", str(NOTICE), "-o", str(tmp / "out"), "--force"]
    found: dict[str, dict[str, list[float]]] = {name: {"cold": [], "rss": [], "help": [], "warm": []} for name in trees}
    for name in trees:
        child_cpu(extract, envs[name])  # .pyc files, the before tree's cache file
    for i in range(runs):
        for name in trees:
            cpu, rss = child_cpu(extract, envs[name])
            found[name]["cold"].append(cpu)
            found[name]["rss"].append(rss)
            found[name]["help"].append(child_cpu([PY, "-m", "pipeline", "--help"], envs[name])[0])
            if i < 3:
                out = subprocess.run([PY, "-c", WARM_CPU, str(NOTICE)], check=True, cwd=tmp, env=envs[name], capture_output=True, text=True)
                found[name]["warm"] += json.loads(out.stdout)
    return found


def rows_and_goals(found: dict[str, dict[str, list[float]]], before: str) -> tuple[list[tuple[str, str, str, str]], list[tuple[str, bool]]]:
    b, n = found["before"], found["now"]
    mb = NOTICE.stat().st_size / 1e6
    med = statistics.median

    def pair(runs: list[float], scale: float, unit: str, digits: int) -> str:
        return f"{min(runs) * scale:.{digits}f} / {med(runs) * scale:.{digits}f} {unit}"

    def ratio(key: str) -> str:
        return f"**{med(n[key]) / med(b[key]):.2f}×** (min {min(n[key]) / min(b[key]):.2f}×)"

    rows = [
        (f"cold `python -m pipeline extract` of the notice, CPU ({len(b['cold'])} runs; min / median)", pair(b["cold"], 1, "s", 2),
         pair(n["cold"], 1, "s", 2), ratio("cold")),
        ("cold `python -m pipeline --help`, CPU", pair(b["help"], 1000, "ms", 0), pair(n["help"], 1000, "ms", 0), ratio("help")),
        (f"warm CPU per notice, in-process ({len(b['warm'])} runs)", pair(b["warm"], 1000, "ms", 0), pair(n["warm"], 1000, "ms", 0), ratio("warm")),
        ("warm throughput (median)", f"{mb / med(b['warm']):.2f} MB/s", f"{mb / med(n['warm']):.2f} MB/s",
         f"{med(b['warm']) / med(n['warm']):.2f}× the before tree's"),
        ("peak RSS of the cold extraction (median)", f"{med(b['rss']):.0f} MB", f"{med(n['rss']):.0f} MB", f"{med(n['rss']) / med(b['rss']):.2f}×"),
    ]
    goals = [
        (f"cold extraction no slower than the tree at {before} (CPU, median; issue 12)", med(n["cold"]) <= med(b["cold"])),
        (f"warm extraction no slower than the tree at {before} (CPU, median; issue 12)", med(n["warm"]) <= med(b["warm"])),
    ]
    return rows, goals


def print_table(rows: list[tuple[str, str, str, str]], goals: list[tuple[str, bool]], before: str) -> None:
    width = max(len(r[0]) for r in rows + [("goal: " + g[0],) for g in goals])
    print(f"| {'measure'.ljust(width)} | before ({before}) | now | now / before |")
    print(f"|{'-' * (width + 2)}|---|---|---|")
    for name, then, now, note in rows:
        print(f"| {name.ljust(width)} | {then} | {now} | {note} |")
    for name, met in goals:
        print(f"| {('goal: ' + name).ljust(width)} | | {'met' if met else 'not met'} | |")


def section(runs: int = 7, before: str = BEFORE) -> int:
    """Measure and print the section; 0, or 1 when the before tree cannot be exported (no git)."""
    tmp = Path(tempfile.mkdtemp(prefix="fengong-bench-before-"))
    try:
        tree = export_tree(before, tmp / "tree")
        if tree is None:
            print(f"\nbefore/after: skipped (no git history to export {before} from)")
            return 1
        load = os.getloadavg()[0]
        found = measure({"before": tree, "now": ROOT}, tmp, runs)
    finally:
        shutil.rmtree(tmp, ignore_errors=True)
    rows, goals = rows_and_goals(found, before)
    which = " (before issue 12)" if before == BEFORE else ""
    print(f"\nbefore/after: the tree at {before}{which} and this one, run in turn (CPU time of each process); "
          f"load average {load:.2f} at the start, {os.getloadavg()[0]:.2f} at the end")
    print_table(rows, goals, before)
    return 0


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=7, help="cold runs per tree (default 7; warm: 3 children of 5 runs)")
    parser.add_argument("--before", default=BEFORE, help=f"the commit to compare with (default {BEFORE})")
    args = parser.parse_args()
    return section(args.runs, args.before)


if __name__ == "__main__":
    sys.exit(main())
