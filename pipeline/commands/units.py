"""`fengong units`: per-unit views over extractions (counts by role, or one unit's tasks)."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from ..errors import EXIT_OK, report_error
from .options import add_units_file

FORMATS = ("table", "csv", "json", "md")


def add_parser(commands) -> None:
    parser = commands.add_parser(
        "units",
        help="per-unit views: assignments by role per canonical unit, or one unit's tasks",
        description="Read extraction JSON files (from `fengong extract`) and print, per canonical unit, "
        "its assignments by role (lead / cooperate / responsible / total), sorted by total; or, with "
        "--unit, that unit's tasks (file, role, task id, path, first 30 characters of the text). "
        "Exit status: 0 printed, 2 a file could not be read or the unit is unknown.",
    )
    parser.add_argument("inputs", nargs="+", metavar="EXTRACTED.json", help="extraction files written by `fengong extract`")
    parser.add_argument("--unit", metavar="NAME", help="list the tasks of this unit (canonical name, any alias or written form)")
    parser.add_argument("--format", choices=FORMATS, default="table", help="output format (default: table; csv is UTF-8 with BOM for Excel)")
    parser.add_argument("-o", "--output", metavar="FILE", help="write to FILE (atomically) instead of standard output")
    add_units_file(parser, "Here: used to resolve --unit")


def run(args: argparse.Namespace) -> int:
    from pydantic import ValidationError

    from ..errors import FengongError
    from ..export import write_atomic
    from ..records import Extraction, validate_json
    from ..unit_views import COUNT_COLUMNS, TASK_COLUMNS, Loaded, canonical_names, render, unit_counts, unit_tasks
    from ..units.dictionary import load_dictionary

    loaded = []
    for given in args.inputs:
        try:
            text = Path(given).read_text(encoding="utf-8-sig")
        except FileNotFoundError:
            return _error(f"{given}: no such file")
        except (OSError, UnicodeDecodeError) as err:
            return _error(f"{given}: cannot read: {getattr(err, 'strerror', None) or err}")
        try:
            loaded.append(Loaded(given, validate_json(Extraction, text)))
        except ValidationError as err:
            first = err.errors()[0]
            where = ".".join(str(p) for p in first["loc"])
            return _error(f"{given}: not a fengong extraction: {where + ': ' if where else ''}{first['msg']}")

    if args.unit:
        try:
            dictionary = load_dictionary(tuple(args.units_file))
        except FengongError as err:
            return _error(str(err))
        canonicals = canonical_names(args.unit, loaded, dictionary)
        if not canonicals:
            return _error(f"unknown unit 「{args.unit}」: not in the unit dictionary and not assigned in the given files")
        content = render(unit_tasks(canonicals, loaded), TASK_COLUMNS, args.format)
    else:
        content = render(unit_counts(loaded), COUNT_COLUMNS, args.format)

    if args.output:
        try:
            write_atomic(Path(args.output), content)
        except OSError as err:
            return _error(f"{args.output}: cannot write output: {err.strerror or err}")
    else:
        sys.stdout.flush()
        sys.stdout.buffer.write(content.encode("utf-8"))
        sys.stdout.buffer.flush()
    return EXIT_OK


def _error(message: str) -> int:
    return report_error(message)
