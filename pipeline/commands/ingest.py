"""`fengong ingest`: notices or extraction JSON files into the store (see pipeline.store)."""

from __future__ import annotations

import argparse
from pathlib import Path

from ..errors import EXIT_ERROR, EXIT_OK, report_error
from .options import add_inputs, add_units_file, expand_inputs

DEFAULT_DB = "fengong.db"


def add_parser(commands) -> None:
    parser = commands.add_parser(
        "ingest",
        help="load notices or extraction JSON files into the SQLite store (revisions linked)",
        description="Load each INPUT (a notice, an extraction JSON file from `fengong extract`, or a folder of "
        "either) into the store: notices, revisions, sections, tasks, assignments, targets, deadlines, units, "
        "diagnostics and a full-text index. A file already stored (same source SHA-256) changes nothing. A file "
        "with the 文号 or the title of a stored notice is its next revision: each task is linked to its "
        "predecessor (kept, reworded, renumbered, moved, added, removed) and keeps its 进展/状态. "
        "Files are committed in batches (every 100 files or 2 seconds, and at the end); a file's line is printed "
        "once its batch is committed. Exit status: 0 all stored, 2 an input could not be read (the others are stored).",
    )
    add_inputs(parser, "notices or extraction JSON files")
    parser.add_argument("--db", default=DEFAULT_DB, metavar="PATH", help=f"the store (default: {DEFAULT_DB}; created when missing)")
    parser.add_argument("--revision-of", metavar="REF", help="store the input as a revision of this notice (a 文号, title or stored path)")
    add_units_file(parser, "Here: used when extracting notices")
    parser.add_argument("-q", "--quiet", action="store_true", help="print only errors")


def expand(given: list[str], from_lists: list[str] | None = None) -> list[Path]:
    """Files as given; a folder gives its notices and .json files, sorted by name; globs; --from-list."""
    from .extract import INPUT_SUFFIXES

    return expand_inputs(given, from_lists or [], (*INPUT_SUFFIXES, ".json"))


def _stored(db, path: Path) -> int | None:
    """The revision of a notice file already stored (by its SHA-256), found without extracting it;
    ``None`` for JSON (its source's hash is inside) or a file not stored or unreadable."""
    import hashlib

    from ..read import is_regular_file

    if path.suffix.lower() == ".json" or not is_regular_file(path):
        return None
    try:
        digest = hashlib.sha256(path.read_bytes()).hexdigest()
    except OSError:
        return None  # extracting it names the problem
    row = db.execute("SELECT revision_id FROM revisions WHERE sha256 = ?", (digest,)).fetchone()
    return row[0] if row else None


def run(args: argparse.Namespace) -> int:
    from ..errors import FengongError
    from ..run.notice import collector_paused
    from ..store.ingest import Batch
    from ..store.sqlite import open_store
    from .diff import load_side

    try:
        paths = expand(args.inputs, args.from_list)
        db = open_store(args.db)
    except FengongError as err:
        return report_error(err)
    failed = 0
    units_files = tuple(args.units_file)
    batch = Batch(db, expected=len(paths))
    lines: list[str] = []  # printed once their batch is committed: a line says the file is stored

    def commit() -> None:
        batch.commit()
        if lines and not args.quiet:
            print("\n".join(lines))
        lines.clear()

    for path in paths:
        stored = _stored(db, path)
        if stored:
            lines.append(f"{path}: unchanged (revision {stored})")
            continue
        try:
            with collector_paused():
                extraction = load_side(str(path), units_files)
                given = None if path.suffix.lower() == ".json" else str(path)  # JSON: the source it was extracted from
                lines.append(batch.ingest(extraction, args.revision_of, given).line())
        except FengongError as err:
            report_error(err)
            failed += 1
            continue
        if batch.due():
            commit()
    commit()
    batch.finish()
    db.close()
    return EXIT_ERROR if failed else EXIT_OK
