"""Checks of a whole `fengong extract` run made before any work, each failing with one line.

- OUTDIR exists but is not a directory: reported once, not once per input after all the work.
- A ``--units-file`` that cannot be loaded: reported once, before worker processes start (a worker
  whose initializer fails would otherwise break the pool and fail every file of the batch).
- An output path that is one of the inputs (``fengong extract notice.json -o .``), or an existing
  file there that fengong did not write: refused, never overwritten.
- ``--jobs`` above the number of cores: capped unless forced (pipeline/limits.py).
- Temporary files of earlier runs that were killed: removed (see :func:`clean_stale_temporaries`).
"""

from __future__ import annotations

import os
from . import rx as re
import time
from pathlib import Path

from .errors import FengongError
from .limits import worker_cap

# How fengong's JSON begins: only a file that starts like this is replaced by a later run.
OWN_OUTPUT_START = b'{\n  "schema_version": '
# Temporary files: `.fengong-PID-XXXX.tmp` (pipeline/export.py), older `.NAME.json.XXXX.tmp`.
_TEMPORARY = re.compile(r"^\.fengong-(\d+)-[^/]*\.tmp$")
_OLD_TEMPORARY = re.compile(r"^\..+\.json\.[^.]+\.tmp$")
OLD_TEMPORARY_AGE = 3600  # seconds: a writer without a recorded pid is surely dead after an hour


def check_run(inputs: list[Path], outdir: str | Path, units_files: tuple[str, ...]) -> None:
    """Raise :class:`FengongError` for the first problem that stops the whole run."""
    from .export import output_paths

    out = Path(outdir)
    if out.exists() and not out.is_dir():
        raise FengongError(out, "OUTDIR exists and is not a directory")
    if units_files:
        from .units.dictionary import load_dictionary

        load_dictionary(units_files)  # FengongError naming the units file
    input_ids = {_identity(path) for path in inputs} - {None}
    for path, target in output_paths(inputs, out).items():
        if _identity(target) in input_ids:
            raise FengongError(path, f"its output {target} is an input of this run; choose another OUTDIR")
        if not _fengong_wrote(target):
            raise FengongError(target, "exists and was not written by fengong; move it or choose another OUTDIR")


def _identity(path: Path) -> tuple[int, int] | None:
    try:
        status = path.stat()
    except OSError:
        return None
    return status.st_dev, status.st_ino


def _fengong_wrote(target: Path) -> bool:
    """True when there is no file at ``target`` or it begins as fengong's JSON does."""
    try:
        with target.open("rb") as handle:
            return handle.read(len(OWN_OUTPUT_START)) == OWN_OUTPUT_START
    except FileNotFoundError:
        return True
    except OSError:  # a directory, unreadable: not ours to replace
        return False


def capped_jobs(jobs: int, force: bool) -> int:
    """``jobs`` (0 = one per core), at most one per core unless ``force``."""
    cap = worker_cap()
    if jobs <= 0:
        return cap
    return jobs if force else min(jobs, cap)


def clean_stale_temporaries(outdir: str | Path) -> list[Path]:
    """Remove temporary files in ``outdir`` left by a killed run: those whose writer process is gone
    (its pid is in the name), and old-style ones older than an hour. A live writer's file is kept, so
    two runs into one folder never remove each other's work."""
    removed = []
    try:
        names = os.listdir(outdir)
    except OSError:
        return removed
    now = time.time()
    for name in names:
        path = Path(outdir, name)
        if (found := _TEMPORARY.match(name)) and not _alive(int(found.group(1))):
            pass
        elif _OLD_TEMPORARY.match(name) and _age(path, now) > OLD_TEMPORARY_AGE:
            pass
        else:
            continue
        try:
            path.unlink()
            removed.append(path)
        except OSError:
            pass
    return removed


def _alive(pid: int) -> bool:
    if pid == os.getpid():
        return True
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except (PermissionError, OverflowError, ValueError):
        return True
    try:  # a zombie (dead, not yet reaped: a container's init may never reap it) writes nothing
        return Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0] != "Z"
    except (OSError, IndexError):
        return True


def _age(path: Path, now: float) -> float:
    try:
        return now - path.stat().st_mtime
    except OSError:
        return 0.0
