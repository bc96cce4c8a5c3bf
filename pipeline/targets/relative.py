"""Relative targets: 「外贸出口额、外商直接投资高于全省平均水平」 — one target per name, no value, and
the benchmark it is compared with."""

from __future__ import annotations

from .found import FoundTarget, strip_fillers
from .patterns import BENCHMARK, BENCHMARK_COMPARATOR


def benchmarks(text: str, clause: str, clause_start: int, year: int | None) -> list[FoundTarget]:
    """The relative targets of one (folded) clause of ``text``."""
    m = BENCHMARK.search(clause)
    if not m:
        return []
    offset, names = strip_fillers(clause[: m.start()])
    targets = []
    position = offset
    benchmark = text[clause_start + m.start("benchmark") : clause_start + m.end("benchmark")]
    for name in names.split("、"):
        if name:
            absolute = clause_start + position
            targets.append(
                FoundTarget(
                    indicator=text[absolute : absolute + len(name)],
                    value=None,
                    value_text="",
                    unit="",
                    comparator=BENCHMARK_COMPARATOR[m["comparator"]],
                    kind="goal",
                    pending=False,
                    annual=False,
                    year=year,
                    scaled_value=None,
                    range=None,
                    baseline=None,
                    baseline_year=None,
                    benchmark=benchmark,
                    start=absolute,
                    end=clause_start + m.end(),
                    rule="benchmark",
                )
            )
        position += len(name) + 1
    return targets
