"""Adversarial runs (issue 17): each stage fed long runs of its own separators and markers at 1× and
10×; the ratio of times is ~10 when the stage is linear (100 when quadratic). Also the output size
per input character (bounded: pipeline/limits.py MAX_OUTPUT_RATIO) and `diff` at 1× and 10× tasks.

    python bench/adversarial.py [--base N]      # also a section of `make bench`
"""

from __future__ import annotations

import argparse
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

HEAD = "关于印发工作分工方案的通知\n一、总体要求\n"
# name → a notice holding n repetitions of the marker (each an example of what a user may feed)
CASES = {
    "unit line of 、": lambda n: HEAD + "1.推进工作。\n牵头单位：市财政局" + "、" * n + "市公安局\n",
    "units in one line": lambda n: HEAD + "1.推进工作。\n牵头单位：" + "、".join(["市财政局", "市公安局"] * (n // 2)) + "\n",
    "专栏 title then 。": lambda n: HEAD + "专栏1 重点项目" + "。" * n + "\n1.推进工作。\n牵头单位：市财政局\n",
    "parenthesis of 会同": lambda n: HEAD + "1.推进工作（市财政局牵头，" + "会同" * n + "）。\n",
    "等 after units": lambda n: HEAD + "1.推进工作。\n牵头单位：" + "市财政局等" * n + "\n",
    "open brackets": lambda n: HEAD + "1.推进工作" + "（" * n + "。\n牵头单位：市财政局\n",
    "digits": lambda n: HEAD + "1.森林覆盖率达到" + "1" * n + "%。\n牵头单位：市财政局\n",
    "values under one indicator": lambda n: HEAD + "1.森林覆盖率达到" + "、".join(f"{i % 90}%" for i in range(n // 4)) + "。\n牵头单位：市财政局\n",
    "headings": lambda n: HEAD + "".join(f"（{i}）推进工作。\n" for i in range(n // 8)) + "牵头单位：市财政局\n",
}


def _extract_seconds(text: str) -> tuple[float, int]:
    from pipeline import extract
    from pipeline.export import to_json

    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder, "notice.txt")
        path.write_text(text, encoding="utf-8")
        start = time.perf_counter()
        try:
            size = len(to_json(extract(path)))
        except Exception as err:  # noqa: BLE001 - a refusal is an outcome too
            size = -len(type(err).__name__)
        return time.perf_counter() - start, size


def _diff_seconds(tasks: int) -> float:
    from pipeline.diff.changes import diff_extractions
    from pipeline import extract

    with tempfile.TemporaryDirectory() as folder:
        old, new = Path(folder, "old.txt"), Path(folder, "new.txt")
        body = "".join(f"{i}.推进第{i}项重点工作，完善{i % 37}类机制。\n牵头单位：市财政局\n" for i in range(1, tasks + 1))
        old.write_text(HEAD + body, encoding="utf-8")
        new.write_text(HEAD + body.replace("完善", "健全"), encoding="utf-8")  # every task reworded
        a, b = extract(old), extract(new)
        start = time.perf_counter()
        diff_extractions(a, b)
        return time.perf_counter() - start


def rows(base: int, diff_base: int) -> list[tuple[str, str, str, str, str]]:
    _extract_seconds(HEAD + "1.推进。\n牵头单位：市财政局\n")  # warm-up: models loaded
    out = []
    for name, make in CASES.items():
        small, big = make(base), make(base * 10)
        t1, s1 = _extract_seconds(small)
        t10, s10 = _extract_seconds(big)
        out.append((name, f"{t1:.2f}", f"{t10:.2f}", f"{t10 / max(t1, 1e-3):.1f}", f"{max(s10, 0) / len(big):.1f}"))
    d1, d10 = _diff_seconds(diff_base), _diff_seconds(diff_base * 10)
    out.append((f"diff, {diff_base} tasks all reworded", f"{d1:.2f}", f"{d10:.2f}", f"{d10 / max(d1, 1e-3):.1f}", "-"))
    return out


def report(base: int = 10_000, diff_base: int = 100) -> str:
    lines = [f"Adversarial runs (1× = {base:,} markers): seconds at 1× and 10×, ratio (10 linear, 100 quadratic), output bytes per input character at 10×",
             "| case | 1× s | 10× s | ratio | out/in |", "|---|---|---|---|---|"]
    lines += ["| " + " | ".join(row) + " |" for row in rows(base, diff_base)]
    return "\n".join(lines) + "\n"


if __name__ == "__main__":
    parser = argparse.ArgumentParser()
    parser.add_argument("--base", type=int, default=10_000)
    parser.add_argument("--diff-base", type=int, default=100)
    args = parser.parse_args()
    print(report(args.base, args.diff_base))
