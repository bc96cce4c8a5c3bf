"""`fengong extract`: notices in, one JSON file per notice out."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from ..cli import EXIT_ERROR, EXIT_OK

INPUT_SUFFIXES = (".txt", ".text", ".html", ".htm", ".docx")


def add_parser(commands) -> None:
    parser = commands.add_parser(
        "extract",
        help="extract notices into OUTDIR/<input stem>.json",
        description="Extract each INPUT (a notice file, or a directory of them) into OUTDIR/<stem>.json "
        "(schema_version 1). A file that cannot be extracted is reported on one line and no output is "
        "written for it; the others still are. Exit status: 0 all written, 2 any input failed.",
    )
    parser.add_argument("inputs", nargs="+", metavar="INPUT", help="notice files (.txt, .html, .docx) or directories")
    parser.add_argument("-o", "--output", required=True, metavar="OUTDIR", help="directory for the JSON files (created if missing)")
    parser.add_argument(
        "--units-file",
        action="append",
        default=[],
        metavar="FILE",
        help="extra unit dictionary (YAML, same format as pipeline/data/units.yaml) whose entries add to or "
        "override the shipped ones; may be given several times",
    )
    parser.add_argument("-q", "--quiet", action="store_true", help="print nothing but errors")


def expand_inputs(inputs: list[str]) -> list[Path]:
    """Files as given; directories become their notice files, sorted by name."""
    paths: list[Path] = []
    for given in inputs:
        path = Path(given)
        if path.is_dir():
            paths.extend(sorted(p for p in path.iterdir() if p.is_file() and p.suffix.lower() in INPUT_SUFFIXES))
        else:
            paths.append(path)
    return paths


def run(args: argparse.Namespace) -> int:
    from ..errors import FengongError
    from ..export import output_path, to_json, write_atomic
    from ..stages import extract

    failures = 0
    for path in expand_inputs(args.inputs):
        try:
            extraction = extract(path, tuple(args.units_file))
            target = output_path(path, args.output)
            write_atomic(target, to_json(extraction))
        except FengongError as err:
            failures += 1
            print(f"fengong: error: {err}", file=sys.stderr)
            continue
        except OSError as err:
            failures += 1
            print(f"fengong: error: {path}: cannot write output: {err.strerror or err}", file=sys.stderr)
            continue
        if not args.quiet:
            counts = f"{len(extraction.tasks)} tasks, {sum(len(t.assignments) for t in extraction.tasks)} assignments, {len(extraction.targets)} targets"
            print(f"{path} -> {target} ({counts})")
    return EXIT_ERROR if failures else EXIT_OK
