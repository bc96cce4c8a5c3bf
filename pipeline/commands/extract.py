"""`fengong extract`: notices in, one JSON file per notice out."""

from __future__ import annotations

import argparse
from pathlib import Path

from ..errors import EXIT_ERROR, EXIT_OK, report_error
from .options import add_units_file

# The stage registry's names, here so `fengong --help` does not import the stages.
STAGE_NAMES = ("read", "normalize", "structure", "assignments", "units", "targets", "records")

INPUT_SUFFIXES = (".txt", ".text", ".html", ".htm", ".docx")


def add_parser(commands) -> None:
    parser = commands.add_parser(
        "extract",
        help="extract notices into OUTDIR/<input stem>.json",
        description="Extract each INPUT (a notice file, or a directory of them) into OUTDIR/<stem>.json "
        "(schema_version 1). A file that cannot be extracted is reported on one line and no output is "
        "written for it; the others still are. An input whose OUTDIR/<stem>.json already records the same "
        "sha256 and extractor version is skipped (see --force). Results are reported in input order, "
        "identical whatever --jobs is; two inputs that would write the same OUTDIR/<stem>.json are an error "
        "for the later one. A summary line ends the run. "
        "Exit status: 0 all written or skipped, 2 any input failed.",
    )
    parser.add_argument("inputs", nargs="+", metavar="INPUT", help="notice files (.txt, .html, .docx) or directories")
    parser.add_argument("-o", "--output", metavar="OUTDIR", help="directory for the JSON files (created if missing; required unless --dump-stage)")
    add_units_file(parser, "It changes results: an output is skipped only when it was made with the same units files (their contents are recorded in source.options)")
    parser.add_argument(
        "--dump-stage",
        choices=STAGE_NAMES,
        metavar="STAGE",
        help="print the result of one stage for one INPUT instead of writing JSON, for debugging: "
        + ", ".join(STAGE_NAMES)
        + " (e.g. structure: the lines with their kinds, the header and the outline)",
    )
    parser.add_argument(
        "-j",
        "--jobs",
        type=_jobs,
        default=1,
        metavar="N",
        help="extract N files at a time in worker processes (models loaded once per worker); "
        "0 = one per CPU; default 1; never more than the CPUs unless --force-jobs",
    )
    parser.add_argument(
        "--force-jobs",
        action="store_true",
        help="start as many workers as --jobs says even when that is more than the CPUs",
    )
    parser.add_argument(
        "--force",
        action="store_true",
        help="extract every input, even one whose output already records the same sha256 and extractor version",
    )
    parser.add_argument(
        "-q",
        "--quiet",
        action="store_true",
        help="print nothing but errors (no per-file lines, no summary, no progress bar; a progress bar "
        "is only ever shown when standard error is a terminal)",
    )


def _jobs(value: str) -> int:
    try:
        jobs = int(value)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a number: {value!r}") from None
    if jobs < 0:
        raise argparse.ArgumentTypeError("must be 0 (one per CPU) or more")
    return jobs


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
    if args.dump_stage:
        return _dump(args)
    if not args.output:
        return report_error("extract: -o/--output OUTDIR is required (unless --dump-stage)")

    from ..errors import FengongError
    from ..preflight import capped_jobs, check_run, clean_stale_temporaries
    from ..run.batch import run_batch

    inputs = expand_inputs(args.inputs)
    try:  # problems of the whole run: one line, before any work
        check_run(inputs, args.output, tuple(args.units_file))
    except FengongError as err:
        return report_error(err)
    clean_stale_temporaries(args.output)
    summary = run_batch(
        inputs,
        args.output,
        units_files=tuple(args.units_file),
        jobs=capped_jobs(args.jobs, getattr(args, "force_jobs", False)),
        force=args.force,
        quiet=args.quiet,
    )
    return EXIT_ERROR if summary.failed else EXIT_OK


def _dump(args: argparse.Namespace) -> int:
    """Run the stages up to ``--dump-stage`` on the one input and print that stage's result."""
    import sys

    from ..dump import dump_stage
    from ..errors import FengongError
    from ..stages import run_stages

    inputs = expand_inputs(args.inputs)
    if len(inputs) != 1:
        return report_error(f"--dump-stage takes one input file, not {len(inputs)}")
    try:
        run = run_stages(inputs[0], tuple(args.units_file), until=args.dump_stage)
    except FengongError as err:
        return report_error(err)
    sys.stdout.write(dump_stage(run, args.dump_stage))
    return EXIT_OK
