"""Options shared by several commands, defined once."""

from __future__ import annotations

import argparse

UNITS_FILE_HELP = (
    "extra unit dictionary (YAML, same format as pipeline/data/units.yaml) whose entries add to or override "
    "the shipped ones, wherever names are resolved (assignments, prose, addressees); may be given several times"
)


def add_units_file(parser: argparse.ArgumentParser, also: str = "") -> None:
    """``--units-file FILE`` (repeatable) → ``args.units_file``, a list of paths."""
    parser.add_argument(
        "--units-file", action="append", default=[], metavar="FILE", help=UNITS_FILE_HELP + (f". {also}" if also else "")
    )


def add_output_file(parser: argparse.ArgumentParser) -> None:
    """``-o FILE``: write (atomically) to FILE instead of standard output."""
    parser.add_argument("-o", "--output", metavar="FILE", help="write to FILE (atomically) instead of standard output")
