"""Each labelled notice extracted once per run, on every core, and shared by the scorers that read it.

`make eval` runs the assignment and the target scorers in one process over the same ~280 notices; each used to
extract every notice itself, one after another. `prefetch` extracts the notices not yet done in worker processes
(forked, so they start with the parent's loaded pipeline); `contract` gives one notice's output contract as plain
JSON data, extracting it here if it was not prefetched. The output is the same either way: the extraction is
deterministic and the scorers read its JSON.
"""

import json
import multiprocessing
import os
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path


class ExtractionFailed(Exception):
    """The extractor refused or crashed on a notice; the message is the original error's type and message."""


# path -> (the contract as JSON bytes, or None; the error line when it failed)
_DONE: dict[str, tuple[bytes | None, str]] = {}


def _extract(path: str) -> tuple[bytes | None, str]:
    from pipeline import extract
    from pipeline.export import to_json

    try:
        return to_json(extract(path)), ""
    except Exception as exc:  # a scorer reports a failing extraction, it does not stop on it
        return None, f"{type(exc).__name__}: {exc}"


def _workers(count: int) -> int:
    """How many worker processes pay off: one per core, never more than the notices, none without fork."""
    if "fork" not in multiprocessing.get_all_start_methods():
        return 0
    cores = len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else os.cpu_count() or 1
    return min(cores, count) if cores > 1 and count > 1 else 0


def prefetch(paths) -> None:
    """Extract every notice of `paths` not yet extracted, in parallel where there is more than one core."""
    todo = sorted({str(path) for path in paths} - _DONE.keys())
    if not todo:
        return
    # the first in this process, so that the workers are forked with the pipeline and its dictionaries loaded
    _DONE[todo[0]] = _extract(todo[0])
    rest = todo[1:]
    workers = _workers(len(rest))
    if not workers:
        return  # each is extracted when it is asked for
    with ProcessPoolExecutor(workers, mp_context=multiprocessing.get_context("fork")) as pool:
        for path, result in zip(rest, pool.map(_extract, rest, chunksize=2)):
            _DONE[path] = result


def forget() -> None:
    """Drop every extraction held: the next `contract` of a notice extracts it again (a caller that changed the pipeline
    in-process, as tools/train_holder_model.py does, must not read or leave extractions of the other pipeline)."""
    _DONE.clear()


def contract(path: Path | str) -> dict:
    """The output contract of one notice as plain JSON data; ExtractionFailed when the extractor refused it."""
    key = str(path)
    if key not in _DONE:
        _DONE[key] = _extract(key)
    data, error = _DONE[key]
    if data is None:
        raise ExtractionFailed(error)
    return json.loads(data)
