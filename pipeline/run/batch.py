"""Many notices at once: skip unchanged inputs, extract the rest (in a process pool when asked),
each written where it is extracted, report them in input order, show progress on a terminal and
end with a summary.

Everything heavy (pydantic, spaCy, jieba) is imported inside the functions that need it, so the
command's parser and its ``--help`` stay instant.
"""

from __future__ import annotations

import hashlib
import json
import os
from .. import rx as re
import sys
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable, TextIO

from ..errors import report_error
from ..safe_text import path_text
from .notice import Outcome, failed, process


@dataclass
class Summary:
    written: int = 0
    failed: int = 0
    tasks: int = 0
    assignments: int = 0
    seconds: float = 0.0
    skipped_paths: list[Path] = field(default_factory=list)
    # Files of a folder input that were not given to a reader (not a notice format), with why.
    not_read: list[tuple[Path, str]] = field(default_factory=list)

    @property
    def skipped(self) -> int:
        return len(self.skipped_paths)

    @property
    def files(self) -> int:
        return self.written + self.skipped + self.failed

    def line(self) -> str:
        not_read = f", {len(self.not_read)} not read" if self.not_read else ""
        return (
            f"fengong: {self.files} files: {self.written} written, {self.skipped} skipped (unchanged), "
            f"{self.failed} failed{not_read}; {self.tasks} tasks, {self.assignments} assignments; {self.seconds:.2f} s"
        )


# --- re-ingest -------------------------------------------------------------------------------

# The fields of the ``source`` block as fengong writes them (indent 2, one field per line).
SOURCE_FIELD = re.compile(r'^    "(sha256|extractor_version|options)": ("[^"\\]*"),?$', re.M)
SOURCE_HEAD_BYTES = 4096


def is_current(path: Path, output: Path, units_files: tuple[str, ...] = ()) -> bool:
    """True when ``output`` was extracted from exactly these bytes by this extractor version with
    these options (pipeline/output_check.py), and is whole: its recorded checksum matches.

    Costs a hash of the input and a streamed hash of the output; the pipeline does not run."""
    from .. import __version__
    from ..output_check import checksum_matches, options_digest

    try:
        with output.open("rb") as handle:
            head = handle.read(SOURCE_HEAD_BYTES).decode("utf-8", errors="replace")
        found = dict(SOURCE_FIELD.findall(head.split('\n  "notice"', 1)[0]))
        if json.loads(found["extractor_version"]) != __version__:
            return False
        if json.loads(found.get("options", '""')) != options_digest(units_files):
            return False
        if json.loads(found["sha256"]) != hashlib.sha256(path.read_bytes()).hexdigest():
            return False
        return checksum_matches(output)
    except (OSError, ValueError, KeyError, TypeError, AttributeError):
        return False  # no output, unreadable, not ours: extract again


# --- extraction of one file (in this process or in a worker) -----------------------------------


def warm_up(units_files: tuple[str, ...], parent: int | None = None) -> None:
    """Load spaCy, the unit dictionary and its matcher once (a pool worker's initializer); the worker
    ends when ``parent`` does (pipeline/workers.py)."""
    from ..units.dictionary import load_dictionary
    from ..workers import die_with_parent

    die_with_parent(parent)
    from ..units.recognise import unit_matcher

    load_dictionary(())  # the shipped names, as the header reader asks for them
    unit_matcher(units_files)  # also loads load_dictionary(units_files)


def extract_one(path: Path, outdir: str, units_files: tuple[str, ...], output: Path | None = None, fmt: str = "json") -> Outcome:
    """One input, in this process or a worker: :func:`pipeline.run.notice.process`, its JSON written
    to ``output`` (default OUTDIR/<stem>.json) or, ``fmt`` "parquet", its rows sent back."""
    from ..export import output_path

    return process(path, (output or output_path(path, outdir)) if fmt == "json" else None, units_files, fmt)




# --- progress ------------------------------------------------------------------------------


class Progress:
    """A one-line bar on a terminal: files done/total, rate, ETA. Silent when disabled."""

    WIDTH = 24

    def __init__(self, total: int, stream: TextIO, enabled: bool):
        self.total = total
        self.stream = stream
        self.enabled = enabled and total > 0
        self.done = 0
        self.start = time.monotonic()
        self.shown = 0  # characters of the current bar on screen

    def draw(self) -> None:
        if not self.enabled:
            return
        elapsed = time.monotonic() - self.start
        rate = self.done / elapsed if elapsed > 0 and self.done else 0.0
        eta = (self.total - self.done) / rate if rate else None
        filled = int(self.WIDTH * self.done / self.total)
        text = (
            f"[{'#' * filled}{'.' * (self.WIDTH - filled)}] {self.done}/{self.total} files"
            f"  {rate:.1f} files/s  ETA {_clock(eta) if eta is not None else '--:--'}"
        )
        self.stream.write("\r" + text.ljust(self.shown))
        self.stream.flush()
        self.shown = len(text)

    def clear(self) -> None:
        if self.enabled and self.shown:
            self.stream.write("\r" + " " * self.shown + "\r")
            self.stream.flush()
            self.shown = 0


def _clock(seconds: float) -> str:
    seconds = int(round(seconds))
    hours, rest = divmod(seconds, 3600)
    return f"{hours}:{rest // 60:02d}:{rest % 60:02d}" if hours else f"{rest // 60}:{rest % 60:02d}"


# --- the batch ---------------------------------------------------------------------------------


def run_batch(
    paths: list[Path],
    outdir: str,
    units_files: tuple[str, ...] = (),
    jobs: int = 1,
    force: bool = False,
    quiet: bool = False,
    progress: bool | None = None,
    out: TextIO | None = None,
    err: TextIO | None = None,
    not_read: list[tuple[Path, str]] | None = None,
    fmt: str = "json",
    sink=None,
    engine=None,
) -> Summary:
    """Extract ``paths`` into ``outdir``; results are reported in input order. Outputs are named by
    :func:`~pipeline.export.output_paths` before any extraction starts (x.html, x.docx → x.json,
    x.docx.json); an input left without a name of its own fails then, with a message. A file named
    twice is extracted once. ``not_read`` (files of folder inputs that are no notice format) are
    named on ``err`` first and counted in the summary.

    ``progress`` None means: a bar on ``err`` when it is a terminal and not ``quiet``. ``fmt``
    "parquet": nothing is skipped, and each notice's rows go to ``sink.add`` (in input order).
    ``engine``: called as ``engine(todo, outputs, units_files, fmt, report, bar)`` to extract
    instead of this process or its pool (:mod:`pipeline.run.dask_runner`)."""
    from ..export import output_paths

    out = out or sys.stdout
    err = err or sys.stderr
    started = time.monotonic()
    summary = Summary()
    if progress is None:
        progress = not quiet and _isatty(err)

    for path, why in not_read or ():
        summary.not_read.append((path, why))
        print(f"fengong: not read: {path}: {why}", file=err)
    todo: list[Path] = []
    clashes: list[Outcome] = []  # inputs left without an output name of their own
    paths = _distinct_files(paths)
    outputs = output_paths(paths, outdir)
    for path in paths:
        target = outputs.get(path)
        if target is None:
            other = next(p for p, t in outputs.items() if t == Path(outdir) / (path.name + ".json"))
            clashes.append(failed(path, f"its output {Path(outdir) / (path.name + '.json')} is also that of {other}; rename one of them"))
            continue
        if fmt == "json" and not force and is_current(path, target, units_files):
            summary.skipped_paths.append(path)
            if not quiet:
                print(f"{path_text(path)} -> {path_text(target)} (unchanged, skipped)", file=out)
        else:
            todo.append(path)

    bar = Progress(len(todo), err, progress)

    def report(outcome: Outcome) -> None:
        bar.clear()
        if sink is not None and outcome.rows is not None:
            sink.add(outcome.rows)
            outcome.output = Path(f"{outdir} (parquet)")
        _finish(outcome, summary, quiet, out, err)
        bar.draw()

    for clash in clashes:
        _finish(clash, summary, quiet, out, err)
    bar.draw()
    workers = min(jobs, len(todo))
    if engine is not None:
        engine(todo, {p: outputs[p] for p in todo}, units_files, fmt, report, bar)
    elif workers <= 1:
        for done, path in enumerate(todo, 1):
            outcome = extract_one(path, outdir, units_files, outputs[path], fmt)
            bar.done = done
            report(outcome)
    else:
        _parallel(todo, outputs, outdir, units_files, fmt, workers, report, bar)
    bar.clear()
    summary.seconds = time.monotonic() - started
    if not quiet:
        print(summary.line(), file=out)
    return summary


def _parallel(todo: list[Path], outputs: dict[Path, Path], outdir: str, units_files, fmt: str, workers: int,
              report: Callable[[Outcome], None], bar: Progress) -> None:
    """A process pool, models loaded once per worker; results reported in input order as soon as
    every earlier one is in, while the bar counts completions as they happen. Files caught in a pool
    broken by a dead worker are extracted again one at a time (pipeline/workers.py): only the file
    whose worker died fails."""
    ready: dict[int, Outcome] = {}
    state = {"next": 0, "completed": 0}

    def settle(index: int, outcome: Outcome) -> None:
        ready[index] = outcome
        state["completed"] += 1
        bar.done = state["completed"]
        while state["next"] in ready:
            report(ready.pop(state["next"]))
            state["next"] += 1
        bar.draw()  # also counts completions waiting behind a slower earlier file

    job = (outputs, outdir, units_files, fmt)
    broken = _pool_round(list(enumerate(todo)), job, workers, settle)
    for index, path in broken:  # one at a time: a death now is this file's own
        if _pool_round([(index, path)], job, 1, settle):
            settle(index, failed(path, "internal error: the worker process died while extracting it"))


def _pool_round(items: list[tuple[int, Path]], job: tuple, workers: int, settle) -> list[tuple[int, Path]]:
    """Extract ``items`` in a pool; returns those lost to a broken pool (not settled)."""
    from concurrent.futures import FIRST_COMPLETED, ProcessPoolExecutor, wait
    from concurrent.futures.process import BrokenProcessPool

    outputs, outdir, units_files, fmt = job
    lost: list[tuple[int, Path]] = []
    with ProcessPoolExecutor(max_workers=workers, initializer=warm_up, initargs=(units_files, os.getpid())) as pool:
        pending = {pool.submit(extract_one, path, outdir, units_files, outputs[path], fmt): (i, path) for i, path in items}
        while pending:
            done, _ = wait(pending, return_when=FIRST_COMPLETED)
            for future in sorted(done, key=lambda f: pending[f][0]):
                index, path = pending.pop(future)
                try:
                    settle(index, future.result())
                except BrokenProcessPool:
                    lost.append((index, path))
                except Exception as exc:  # noqa: BLE001 - e.g. a result that cannot be pickled
                    settle(index, failed(path, f"internal error: {type(exc).__name__}: {exc}"))
    return sorted(lost)


def _distinct_files(paths: list[Path]) -> list[Path]:
    """``paths`` with a file named twice (a/x.txt, a/../a/x.txt) kept once, at its first place."""
    seen: set[Path] = set()
    kept = []
    for path in paths:
        key = path.resolve()
        if key not in seen:
            seen.add(key)
            kept.append(path)
    return kept


def _finish(outcome: Outcome, summary: Summary, quiet: bool, out: TextIO, err: TextIO) -> None:
    target = outcome.output
    if outcome.error is not None:
        summary.failed += 1
        report_error(outcome.error, err)
        err.flush()
        return
    summary.written += 1
    summary.tasks += outcome.tasks
    summary.assignments += outcome.assignments
    if not quiet:
        counts = f"{outcome.tasks} tasks, {outcome.assignments} assignments, {outcome.targets} targets"
        print(f"{path_text(outcome.path)} -> {path_text(target)} ({counts})", file=out)


def _isatty(stream: TextIO) -> bool:
    try:
        return stream.isatty()
    except (AttributeError, ValueError):
        return False


def default_jobs(jobs: int) -> int:
    """``--jobs 0`` means one worker per CPU."""
    return jobs if jobs > 0 else (os.cpu_count() or 1)
