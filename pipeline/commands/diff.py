"""`fengong diff OLD NEW`: what changed between two revisions (or two extractions) of a notice."""

from __future__ import annotations

import argparse
import json
import os
import sys
from pathlib import Path

from ..errors import EXIT_DIFFERENCES, EXIT_OK, report_error
from .options import add_units_file


def add_parser(commands) -> None:
    parser = commands.add_parser(
        "diff",
        help="compare two notices or extractions: tasks, units, targets, headings, metadata",
        description="Compare OLD and NEW, each a notice (.txt, .html, .docx, .pdf, .ofd) or an extracted JSON file "
        "(recognised by its content: a JSON object with \"schema_version\"). Sections, tasks and targets "
        "are aligned by id, then by content similarity, and every change is reported: tasks added, "
        "removed, moved, reworded (with a character diff) or renumbered; units added, removed or given "
        "another role; open-ended (等) lists; target values, units, comparators and pending (*) values; "
        "headings; notice metadata. A run of renumbered items is one change, a unit replaced across the "
        "notice is one change, and two unrelated notices (different 文号 and issuer) are said to be so. "
        "OLD and NEW may be two folders: files are paired by stem (a .json preferred to a notice) and a "
        "summary per notice (changes by kind) comes before the details. "
        "Exit status: 0 no differences, 1 differences, 2 error.",
    )
    parser.add_argument("old", metavar="OLD", help="the earlier notice or extraction (or a folder of them)")
    parser.add_argument("new", metavar="NEW", help="the later notice or extraction (or a folder of them)")
    parser.add_argument(
        "--format",
        choices=("text", "json", "md"),
        default="text",
        help="text (default; coloured on a terminal unless NO_COLOR is set), json ({\"changes\": [...]}) "
        "or md (Markdown for review)",
    )
    add_units_file(parser, "Here: used when a side is a notice (as for `fengong extract`)")


def load_side(path: str, units_files: tuple[str, ...] = ()):
    """An :class:`Extraction` from an extracted JSON file or, for anything else, by extracting it."""
    from pydantic import ValidationError

    from ..errors import InputError
    from ..records import SCHEMA_VERSION, Extraction, validate

    data = _json_object(Path(path))
    if data is None:
        from ..stages import extract  # the stages only for a notice: two JSON files need none of them

        return extract(path, units_files)
    if "schema_version" not in data:
        raise InputError(path, "a JSON file that is not a fengong extraction (no \"schema_version\")")
    if data["schema_version"] != SCHEMA_VERSION:
        raise InputError(path, f"unsupported schema_version {data['schema_version']!r} (this fengong reads \"{SCHEMA_VERSION}\")")
    try:
        extraction = validate(Extraction, data)
    except ValidationError as err:
        first = err.errors()[0]
        where = ".".join(str(p) for p in first["loc"])
        raise InputError(path, f"not a valid extraction: {where}: {first['msg']}") from None
    from ..extraction_check import check_extraction

    check_extraction(path, extraction)  # ids, parents, nesting: what the diff relies on
    return extraction


def _json_object(path: Path):
    """The parsed JSON object when the file holds one; ``None`` when it is not JSON (a notice)."""
    from ..errors import InputError

    from ..read import is_regular_file

    if not is_regular_file(path):
        return None  # extract() names the problem (missing, a directory, a FIFO or device)
    try:
        with path.open("rb") as handle:
            head = handle.read(64)
    except OSError:
        return None  # extract() names the problem (missing, unreadable, a directory)
    if not head.lstrip(b"\xef\xbb\xbf \t\r\n").startswith(b"{"):
        return None
    try:
        data = json.loads(path.read_text(encoding="utf-8-sig"))
    except (UnicodeDecodeError, json.JSONDecodeError) as err:
        raise InputError(path, f"invalid JSON: {err}") from None
    except RecursionError:
        raise InputError(path, "invalid JSON: nested too deeply") from None
    return data if isinstance(data, dict) else None


def use_colour(stream=None, environ=None) -> bool:
    """Colour only on a terminal, and never when NO_COLOR is set (https://no-color.org)."""
    stream = sys.stdout if stream is None else stream
    environ = os.environ if environ is None else environ
    if environ.get("NO_COLOR"):
        return False
    isatty = getattr(stream, "isatty", None)
    return bool(isatty and isatty())


def run(args: argparse.Namespace) -> int:
    from ..diff.changes import diff_extractions
    from ..diff.render import render_json, render_markdown, render_text
    from ..errors import FengongError

    units_files = tuple(args.units_file)
    if Path(args.old).is_dir() and Path(args.new).is_dir():
        return _run_folders(args, units_files)
    try:
        old = load_side(args.old, units_files)
        new = load_side(args.new, units_files)
    except FengongError as err:
        return report_error(err)
    changes = diff_extractions(old, new)
    if args.format == "json":
        report = render_json(changes)
    elif args.format == "md":
        report = render_markdown(changes, args.old, args.new)
    else:
        report = render_text(changes, colour=use_colour())
    sys.stdout.write(report)
    sys.stdout.flush()
    return EXIT_DIFFERENCES if changes else EXIT_OK


def _run_folders(args: argparse.Namespace, units_files: tuple[str, ...]) -> int:
    from ..diff.changes import diff_extractions
    from ..diff.render import render_folders
    from ..errors import FengongError

    old, new = _stems(Path(args.old)), _stems(Path(args.new))
    notices: list[tuple[str, str, list]] = []
    try:
        for stem in sorted(set(old) | set(new)):
            if stem not in new or stem not in old:
                notices.append((stem, "removed" if stem not in new else "added", []))
                continue
            changes = diff_extractions(load_side(str(old[stem]), units_files), load_side(str(new[stem]), units_files))
            notices.append((stem, "changed" if changes else "unchanged", changes))
    except FengongError as err:
        return report_error(err)
    sys.stdout.write(render_folders(notices, args.format, args.old, args.new, colour=use_colour()))
    sys.stdout.flush()
    return EXIT_DIFFERENCES if any(status != "unchanged" for _, status, _ in notices) else EXIT_OK


def _stems(folder: Path) -> dict[str, Path]:
    """Stem → file: the extraction JSON when a stem has one, else the notice."""
    from .extract import INPUT_SUFFIXES

    found: dict[str, Path] = {}
    for path in sorted(folder.iterdir()):
        suffix = path.suffix.lower()
        if path.is_file() and suffix in (*INPUT_SUFFIXES, ".json") and (path.stem not in found or suffix == ".json"):
            found[path.stem] = path
    return found
