"""`fengong review`: one self-contained HTML page to check an extraction against its notice."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from ..errors import EXIT_OK, report_error
from .options import add_output_file, add_units_file


def add_parser(commands) -> None:
    parser = commands.add_parser(
        "review",
        help="write an HTML page that shows the extraction beside the notice (or two revisions side by side)",
        description="With one INPUT (a notice, or an extracted JSON file whose notice is beside it or in the "
        "working directory): the notice text with every task, unit (by role), target, deadline and heading "
        "highlighted at its span, beside the task list, the units and the diagnostics. With OLD and NEW: the two "
        "texts side by side with the diff's changes marked in both, and the change list. With --db and --unit: "
        "one unit's tasks across the notices of a store, each with its source passage. The page is one file "
        "(CSS, JavaScript and data inlined; nothing is fetched). Exit status: 0 written, 2 error.",
    )
    parser.add_argument("inputs", nargs="*", metavar="INPUT", help="a notice or extraction; or OLD and NEW")
    add_output_file(parser)
    parser.add_argument("--db", metavar="DB", help="a fengong store (SQLite) to read with --unit")
    parser.add_argument("--unit", metavar="NAME", help="with --db: the unit (canonical name or as written) whose tasks to show")
    add_units_file(parser, "Used when an input is a notice")


def _side(path: str, units_files: tuple[str, ...]):
    from ..review.source import notice_text
    from .diff import load_side

    extraction = load_side(path, units_files)
    text = notice_text(extraction, path)
    return extraction, text


def _page(args: argparse.Namespace) -> str:
    from ..errors import InputError

    units_files = tuple(args.units_file)
    if args.db or args.unit:
        if not (args.db and args.unit) or args.inputs:
            raise InputError(args.db or "review", "--db and --unit go together, without INPUT")
        from ..review.unit_page import render_unit_page

        return render_unit_page(args.db, args.unit)
    if len(args.inputs) == 1:
        from ..review.page import render_page

        extraction, text = _side(args.inputs[0], units_files)
        return render_page(extraction, text, Path(args.inputs[0]).name)
    if len(args.inputs) == 2:
        from ..review.compare import render_compare

        old, new = (_side(path, units_files) for path in args.inputs)
        return render_compare(old, new, [Path(p).name for p in args.inputs])
    raise InputError("review", "give INPUT, or OLD and NEW, or --db DB --unit NAME")


def run(args: argparse.Namespace) -> int:
    from ..errors import FengongError
    from ..export import write_atomic

    try:
        page = _page(args)
    except FengongError as err:
        return report_error(err)
    if args.output and args.output != "-":
        try:
            write_atomic(Path(args.output), page)
        except OSError as err:
            return report_error(f"{args.output}: cannot write the page: {err.strerror or err}")
    else:
        sys.stdout.write(page)
        sys.stdout.flush()
    return EXIT_OK
