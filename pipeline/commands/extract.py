"""`fengong extract`: notices in, one JSON file per notice out."""

from __future__ import annotations

import argparse

from ..errors import EXIT_ERROR, EXIT_OK, FengongError, report_error
from ..run import FORMATS
from .options import add_inputs, add_units_file, expand_inputs

# The stage registry's names, here so `fengong --help` does not import the stages.
STAGE_NAMES = ("read", "normalize", "structure", "assignments", "units", "targets", "records")

# The readers' SUFFIXES (pipeline.read.READERS, the refused formats aside), written out so that
# `fengong --help` does not import the readers; a test keeps the two equal.
INPUT_SUFFIXES = (".pdf", ".ofd", ".docx", ".html", ".htm", ".shtml", ".xhtml", ".txt", ".text")
EXIT_NOT_ALL_READ = 1  # every input written or skipped, but a folder held files that were not read


def add_parser(commands) -> None:
    parser = commands.add_parser(
        "extract",
        help="extract notices into OUTDIR/<input stem>.json",
        description="Extract each INPUT (a notice file, or a directory of them) into OUTDIR/<stem>.json "
        "(schema_version 2). A file that cannot be extracted is reported on one line and no output is "
        "written for it; the others still are. An input whose OUTDIR/<stem>.json already records the same "
        "sha256 and extractor version is skipped (see --force). Results are reported in input order, "
        "identical whatever --jobs is. Inputs that share a stem get distinct outputs, decided before any work "
        "and whatever the order of the arguments: the first by format (.txt, .html, .docx, .pdf, .ofd) then "
        "path keeps OUTDIR/<stem>.json, each other one is OUTDIR/<file name>.json (x.html, x.docx → x.json, "
        "x.docx.json). A directory gives its files of the formats fengong knows (read, or refused with how to "
        "convert them: .doc, .wps, .rtf, images); every other file in it is named as not read. Hidden files "
        "and the .json files of OUTDIR itself are passed over. A summary line ends the run. "
        "Exit status: 0 all written or skipped, 1 all written or skipped but a directory held files that were "
        "not read, 2 any input failed (a refused format included).",
    )
    add_inputs(parser, "notice files (.txt, .html, .shtml, .docx, .pdf, .ofd)")
    parser.add_argument(
        "-o", "--output", metavar="OUTDIR",
        help="directory for the JSON files or the Parquet dataset (created if missing; required unless --dump-stage)",
    )
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
        "--format",
        choices=FORMATS,
        default="json",
        help="json (default): OUTDIR/<stem>.json per notice; parquet: one dataset for the corpus, a folder per "
        "table of the store (OUTDIR/tasks/notice_year=2016/part-0.parquet, …; read by DuckDB, Spark, pandas), "
        "written when the run ends and replacing those tables; needs the extra fengong[dask]",
    )
    parser.add_argument(
        "--engine",
        choices=("local", "dask"),
        default="local",
        help="local (default): this process, or --jobs worker processes; dask: a Dask cluster (--scheduler, or "
        "a local one with --jobs workers, 2 by default); needs the extra fengong[dask]",
    )
    parser.add_argument(
        "--scheduler",
        metavar="ADDRESS",
        help="with --engine dask: the scheduler of a running cluster (tcp://host:8786), whose workers see "
        "the inputs and OUTDIR at the same paths",
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


def _expand(args: argparse.Namespace, not_read: list | None = None) -> list:
    """The inputs (files, folders, globs, --from-list); a folder's files of no format the readers know
    go to ``not_read``, with why."""
    from ..read import READERS

    known = tuple(suffix for reader in READERS for suffix in reader.SUFFIXES)
    return expand_inputs(args.inputs, args.from_list, known, not_read=not_read, outdir=args.output)


def run(args: argparse.Namespace) -> int:
    if args.dump_stage:
        return _dump(args)
    if not args.output:
        return report_error("extract: -o/--output OUTDIR is required (unless --dump-stage)")
    from ..preflight import capped_jobs, check_run, clean_stale_temporaries
    from ..run.batch import run_batch

    not_read: list = []
    try:
        paths = _expand(args, not_read)
        if args.format == "json":  # problems of the whole run: one line, before any work
            check_run(paths, args.output, tuple(args.units_file))
        engine = _engine(args)
        sink = _sink(args)
    except FengongError as err:
        return report_error(err)
    if args.format == "json":
        clean_stale_temporaries(args.output)
    try:
        summary = run_batch(
            paths,
            args.output,
            not_read=not_read,
            units_files=tuple(args.units_file),
            jobs=capped_jobs(args.jobs, args.force_jobs),
            force=args.force,
            quiet=args.quiet,
            fmt=args.format,
            sink=sink,
            engine=engine,
        )
        if sink is not None:
            sink.close()
    except FengongError as err:  # the cluster cannot be reached, the dataset cannot be written
        return report_error(err)
    finally:
        if sink is not None:
            sink.discard()  # after close: nothing left to discard
    if summary.failed:
        return EXIT_ERROR
    return EXIT_NOT_ALL_READ if summary.not_read else EXIT_OK


def _engine(args: argparse.Namespace):
    if args.engine != "dask":
        if args.scheduler:
            raise FengongError("--scheduler", "needs --engine dask")
        return None
    from ..run.dask_runner import DaskEngine
    from ..run.batch import default_jobs

    jobs = default_jobs(args.jobs)
    return DaskEngine(scheduler=args.scheduler, workers=jobs if jobs > 1 else 2)


def _sink(args: argparse.Namespace):
    if args.format != "parquet":
        return None
    from ..run.parquet import ParquetSink

    return ParquetSink(args.output)


def _dump(args: argparse.Namespace) -> int:
    """Run the stages up to ``--dump-stage`` on the one input and print that stage's result."""
    import sys

    from ..dump import dump_stage
    from ..stages import run_stages

    try:
        inputs = _expand(args)
    except FengongError as err:
        return report_error(err)
    if len(inputs) != 1:
        return report_error(f"--dump-stage takes one input file, not {len(inputs)}")
    try:
        run = run_stages(inputs[0], tuple(args.units_file), until=args.dump_stage)
    except FengongError as err:
        return report_error(err)
    sys.stdout.write(dump_stage(run, args.dump_stage))
    return EXIT_OK
