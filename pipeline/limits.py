"""The documented limits on what fengong accepts, in one place (README § Limits repeats them).

Every limit turns hostile or broken input into one clear error line (exit status 2, nothing written)
instead of a crash, a hang or unbounded memory. Real notices are far inside each of them: a notice is
~100 KB of text, its tables a few hundred cells, its outline four levels deep.
"""

from __future__ import annotations

import os
from . import rx as re

# Bytes read from one input file. Only this many (+1) are ever read: a device or a file that grows
# while it is read cannot exhaust memory, whatever its st_size says (/dev/zero reports 0).
MAX_INPUT_BYTES = 32 * 1024 * 1024
# A colspan/rowspan/gridSpan larger than this is clamped (it is malformed, not a table).
MAX_SPAN = 1000
# Cells of one table after its merges are expanded (rows × columns). 500 rows of colspan 1000 would
# be 750 million; the largest real table seen has ~3,000.
MAX_TABLE_CELLS = 200_000
# Nesting of JSON read back (diff of an extraction) and of an extraction's section tree.
MAX_NESTING_DEPTH = 64
# JSON bytes written per byte of input: output grows linearly with the notice, never with its square
# (a run of values under one indicator no longer repeats the run in every target). Checked as the JSON
# is written (export.write_json): past the budget the write stops, nothing is left and the input is
# refused. The reference notice writes ~6 bytes per input byte (17 per character); `make bench`
# (bench/adversarial.py) reports out/in for every adversarial run (the worst: 70 per character). A
# small input gets the budget of OUTPUT_FLOOR bytes, so short notices are never refused for it.
MAX_OUTPUT_RATIO = 100
OUTPUT_FLOOR = 64 * 1024
# Worker processes: never more than the machine's cores unless --force-jobs.
MAX_WORKERS_PER_CORE = 1

_COUNT = re.compile(r"\s*\+?([0-9]+)")


class LimitExceeded(ValueError):
    """A documented limit was passed; the reader turns it into an error naming the file."""


def span_count(value: str | None, default: int = 1) -> int:
    """A colspan/rowspan/gridSpan value: its leading ASCII digits, clamped to 0..MAX_SPAN, else
    ``default``. Never ``int()`` of the whole run: 5,000 digits pass Python's conversion limit, and
    「²」 is a digit to ``str.isdigit`` but not to ``int``."""
    found = _COUNT.match(value or "")
    if not found:
        return default
    digits = found.group(1).lstrip("0") or "0"
    return MAX_SPAN if len(digits) > 6 else min(int(digits), MAX_SPAN)


def check_table_cells(rows: int, columns: int) -> None:
    if rows * columns > MAX_TABLE_CELLS:
        raise LimitExceeded(
            f"a table of {rows} rows × {columns} columns after its merges (the limit is {MAX_TABLE_CELLS:,} cells)"
        )


def output_budget(input_bytes: int) -> int:
    """The most JSON bytes an extraction of ``input_bytes`` of input may write."""
    return MAX_OUTPUT_RATIO * max(input_bytes, OUTPUT_FLOOR)


def worker_cap() -> int:
    """The most worker processes started without --force-jobs: one per core."""
    return max(1, (os.cpu_count() or 1) * MAX_WORKERS_PER_CORE)
