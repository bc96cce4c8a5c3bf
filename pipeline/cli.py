"""The `fengong` command: a thin layer over the Python API that turns errors into one line."""

from __future__ import annotations

import argparse
import gc
import importlib
import sys

from . import __version__
from .errors import EXIT_INTERRUPTED


def _command(name: str):
    return importlib.import_module(f"pipeline.commands.{name}")


def build_parser() -> argparse.ArgumentParser:
    from .commands import COMMANDS

    parser = argparse.ArgumentParser(
        prog="fengong",
        description="Extract tasks, assignments (lead / cooperate / responsible units) and targets "
        "from Chinese task-division notices (分工通知) into grounded JSON records.",
    )
    parser.add_argument("--version", action="version", version=f"fengong {__version__}")
    commands = parser.add_subparsers(dest="command", metavar="COMMAND")
    commands.required = True
    for name in COMMANDS:
        _command(name).add_parser(commands)
    return parser


def main(argv: list[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    return _command(args.command).run(args)


def run() -> None:
    """The console script. What the process holds when the command ends (spaCy's, pydantic's and jieba's
    modules, the unit matcher, the tagger's dictionary) is frozen out of Python's cyclic collector
    (``gc.freeze``) before the interpreter exits: its last pass at exit walked all of it only to free
    memory the process returns anyway (~0.25 s of CPU of a cold extraction); the same is done once the
    first file is extracted, and till then the collector is off
    (:func:`pipeline.run.collector.freeze_after_first_file`)."""
    from .run.collector import freeze_after_first_file

    freeze_after_first_file()
    try:
        sys.exit(main())
    except KeyboardInterrupt:
        sys.exit(EXIT_INTERRUPTED)
    finally:
        gc.freeze()
