"""One notice: bytes in, records out. The one function every runner calls — the serial loop,
``--jobs`` (a process pool) and ``--engine dask`` (a cluster) — so they cannot disagree.

:func:`extract_notice` is pure: it reads no file and writes none, and keeps nothing between calls
(the unit dictionary and spaCy's pipeline are loaded once per process and never changed after).
What a runner does around it — read the input, write JSON or hand rows to a Parquet sink, turn a
failure into one line — is :func:`process`, which is also what is shipped to a worker.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from ..errors import FengongError
from .collector import collector_paused

if TYPE_CHECKING:
    from ..records import Extraction

def extract_notice(name: str, data: bytes, units_files: tuple[str, ...] = ()) -> Extraction:
    """The records of the notice whose bytes are ``data``; ``name`` is what ``source.path`` says
    and what an error names. Raises :class:`~pipeline.errors.FengongError` for unusable input."""
    from ..stages import extract

    with collector_paused():
        return extract(name, units_files, data)


@dataclass
class Outcome:
    """What became of one input: the counts of what was written, or ``error``, the one-line problem.
    With ``--format parquet`` it carries the notice's table rows (``rows``) back to the one writer."""

    path: Path
    output: Path | None = None  # where its JSON went (export.output_paths)
    tasks: int = 0
    assignments: int = 0
    targets: int = 0
    error: str | None = None
    rows: dict[str, list[tuple]] | None = None


def process(path: Path, output: Path | None, units_files: tuple[str, ...], fmt: str = "json", cwd: str | None = None) -> Outcome:
    """Read ``path``, extract it, and either write its JSON to ``output`` (atomically, where it is
    extracted: a worker sends back counts, not the JSON) or, ``fmt`` "parquet", return its rows;
    every failure becomes ``Outcome.error``.

    ``cwd``: the folder a relative ``path`` or ``output`` is in, when it is not this process's (a
    worker started elsewhere); the records and messages still name them as given."""
    try:
        data = _read(Path(path), cwd)
        extraction = extract_notice(str(path), data, units_files)
        outcome = Outcome(
            path,
            output,
            tasks=len(extraction.tasks),
            assignments=sum(len(t.assignments) for t in extraction.tasks),
            targets=len(extraction.targets),
        )
        if fmt == "parquet":
            from ..store.tables import extraction_rows

            outcome.rows = extraction_rows(extraction, 0)  # revision ids are the writer's to give
            return outcome
        from ..export import write_json
        from ..limits import output_budget

        try:
            write_json(Path(cwd or "", output), extraction, max_bytes=output_budget(len(data)))
        except OSError as exc:
            return failed(path, f"cannot write output: {exc.strerror or exc}")
        return outcome
    except FengongError as err:
        return Outcome(path, error=str(err))
    except Exception as err:  # noqa: BLE001 - one bad file must not stop the others
        return failed(path, f"internal error: {type(err).__name__}: {err}")


def _read(path: Path, cwd: str | None) -> bytes:
    from ..read import read_input

    if cwd is None:
        return read_input(path)
    try:
        return read_input(Path(cwd, path))
    except FengongError as err:
        raise FengongError(path, err.problem) from None


def failed(path: Path, problem: str) -> Outcome:
    """An outcome whose error is the one line a :class:`FengongError` would give: ``path: problem``."""
    return Outcome(path, error=str(FengongError(path, problem)))
