"""Options shared by several commands, defined once."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from ..errors import FengongError

TYPE_CHECKING = False  # (typing is not imported at run time: `fengong --help` imports this module)
if TYPE_CHECKING:
    from typing import TextIO

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


# --- inputs at any count: files, folders, globs, --from-list (extract, ingest) --------------------
# Globs are quoted so that the shell does not expand them ('corpus/**/*.html'), and --from-list reads
# one path per line (- for standard input): no argument list has to hold a corpus.

GLOB_CHARACTERS = frozenset("*?[")


def add_inputs(parser: argparse.ArgumentParser, what: str) -> None:
    """INPUT... and --from-list; ``what`` says what an INPUT may be."""
    parser.add_argument(
        "inputs",
        nargs="*",
        metavar="INPUT",
        help=f"{what}, folders of them (their files, sorted by name), or quoted globs ('corpus/**/*.html')",
    )
    parser.add_argument(
        "--from-list",
        action="append",
        default=[],
        metavar="FILE",
        help="also read INPUTs from FILE, one per line (- for standard input; blank lines are skipped); "
        "for corpora too large for a command line",
    )


def expand_inputs(
    inputs: list[str],
    from_lists: list[str],
    suffixes: tuple[str, ...],
    stdin: TextIO | None = None,
    not_read: list[tuple[Path, str]] | None = None,
    outdir: str | None = None,
) -> list[Path]:
    """Every input as a file path, in the order given: a folder gives its files with one of
    ``suffixes`` (sorted by name; hidden files passed over, and its other files added to ``not_read``
    with why, but the .json files of ``outdir`` itself), a glob its matching files (sorted); anything
    else is taken as a file (a missing one is then reported by its extraction). Raises
    :class:`FengongError` for a glob that matches nothing, an unreadable list, or no input at all."""
    given = list(inputs)
    for name in from_lists:
        given += _listed(name, stdin or sys.stdin)
    if not given:
        raise FengongError("INPUT", "no input given (name files, folders, globs, or --from-list FILE)")
    own = Path(outdir).resolve() if outdir else None
    paths: list[Path] = []
    for item in given:
        path = Path(item)
        if path.is_dir():
            paths += _folder(path, suffixes, not_read, own)
        elif GLOB_CHARACTERS.intersection(item) and not path.exists():
            import glob  # (not imported by `fengong --help`)

            matches = sorted(Path(m) for m in glob.glob(item, recursive=True) if Path(m).is_file())
            if not matches:
                raise FengongError(item, "no file matches this pattern")
            paths += matches
        else:
            paths.append(path)
    return paths


def _listed(name: str, stdin: TextIO) -> list[str]:
    try:
        if name == "-":
            lines = stdin.read().splitlines()
        else:
            with open(name, encoding="utf-8") as handle:
                lines = handle.read().splitlines()
    except (OSError, UnicodeDecodeError) as err:
        raise FengongError(name, f"cannot read the list of inputs: {getattr(err, 'strerror', None) or err}") from None
    return [line for line in lines if line.strip()]


def _folder(folder: Path, suffixes: tuple[str, ...], not_read: list[tuple[Path, str]] | None, own: Path | None) -> list[Path]:
    kept = []
    for child in sorted(p for p in folder.iterdir() if p.is_file() and not p.name.startswith(".")):
        suffix = child.suffix.lower()
        if suffix in suffixes:
            kept.append(child)
        elif not_read is not None and not (suffix == ".json" and child.parent.resolve() == own):
            not_read.append((child, f"not a notice format fengong reads ({suffix or 'no extension'})"))
    return kept
