"""`fengong ingest`: notices or extraction JSON files into the store (see pipeline.store)."""

from __future__ import annotations

import argparse
from pathlib import Path

from ..errors import EXIT_ERROR, EXIT_OK, report_error
from .options import add_units_file

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
        "Exit status: 0 all stored, 2 an input could not be read (the others are stored).",
    )
    parser.add_argument("inputs", nargs="+", metavar="INPUT", help="notices, extraction JSON files, or folders of them")
    parser.add_argument("--db", default=DEFAULT_DB, metavar="PATH", help=f"the store (default: {DEFAULT_DB}; created when missing)")
    parser.add_argument("--revision-of", metavar="REF", help="store the input as a revision of this notice (a 文号, title or stored path)")
    add_units_file(parser, "Here: used when extracting notices")
    parser.add_argument("-q", "--quiet", action="store_true", help="print only errors")


def expand(inputs: list[str]) -> list[Path]:
    """Files as given; a folder gives its notices and .json files, sorted by name."""
    from .extract import INPUT_SUFFIXES

    paths: list[Path] = []
    for given in inputs:
        path = Path(given)
        if path.is_dir():
            paths += sorted(p for p in path.iterdir() if p.is_file() and p.suffix.lower() in (*INPUT_SUFFIXES, ".json"))
        else:
            paths.append(path)
    return paths


def run(args: argparse.Namespace) -> int:
    from ..errors import FengongError
    from ..run.batch import _collector_paused
    from ..store.ingest import ingest
    from ..store.sqlite import open_store
    from .diff import load_side

    try:
        db = open_store(args.db)
    except FengongError as err:
        return report_error(err)
    failed = 0
    units_files = tuple(args.units_file)
    for path in expand(args.inputs):
        try:
            with _collector_paused():
                outcome = ingest(db, load_side(str(path), units_files), args.revision_of)
        except FengongError as err:
            report_error(err)
            failed += 1
            continue
        if not args.quiet:
            print(outcome.line())
    db.close()
    return EXIT_ERROR if failed else EXIT_OK
