"""`fengong ledger`: the 台账 from the store, as .xlsx or .csv; and `--import` of a filled-in one."""

from __future__ import annotations

import argparse
from pathlib import Path

from ..errors import EXIT_DIFFERENCES, EXIT_OK, report_error
from .ingest import DEFAULT_DB


def add_parser(commands) -> None:
    parser = commands.add_parser(
        "ledger",
        help="write the 台账 (one row per task, Chinese headers, 进展/状态 to fill in) as .xlsx or .csv, or import one",
        description="Write the ledger of the latest revision of every stored notice (or of one unit's tasks, or "
        "one notice's) to FILE: .xlsx (wrapped text, frozen header, filter, a 状态 drop-down; one sheet per unit "
        "with --by-unit) or .csv (UTF-8 with BOM). Columns: 序号 文号 文件标题 章节 任务 牵头单位 配合单位 责任单位 完成时限 "
        "目标 进展 状态 任务编号. With --import FILE, read 进展 and 状态 back, keyed by 任务编号, into the store: "
        "edits to other columns and rows whose task no longer exists are reported. "
        "Exit status: 0 done, 1 imported with rows reported, 2 error.",
    )
    parser.add_argument("--db", default=DEFAULT_DB, metavar="PATH", help=f"the store (default: {DEFAULT_DB})")
    parser.add_argument("--unit", action="append", default=[], metavar="NAME", help="only this unit's tasks (canonical or as written); repeatable")
    parser.add_argument("--notice", metavar="REF", help="only this notice's tasks (its 文号 or title)")
    parser.add_argument("--by-unit", action="store_true", help="one sheet per unit (.xlsx only)")
    parser.add_argument("-o", "--output", metavar="FILE", help="the ledger to write: FILE.xlsx or FILE.csv")
    parser.add_argument("--import", dest="import_file", metavar="FILE", help="read 进展 and 状态 from a filled-in ledger (.xlsx or .csv)")


def _error(message: str) -> int:
    return report_error(message)


def run(args: argparse.Namespace) -> int:
    from ..errors import FengongError
    from ..store.sqlite import open_store

    if bool(args.output) == bool(args.import_file):
        return _error("give either -o FILE.xlsx|FILE.csv (write a ledger) or --import FILE (read one back)")
    target = Path(args.output or args.import_file)
    if target.suffix.lower() not in (".xlsx", ".csv"):
        return _error(f"{target}: a ledger is .xlsx or .csv")
    try:
        db = open_store(args.db, create=False)
        return _import(db, target) if args.import_file else _write(db, args, target)
    except FengongError as err:
        return _error(str(err))


def _write(db, args, target: Path) -> int:
    from ..export import write_atomic
    from ..store.ledger import write_csv, write_xlsx
    from ..store.read import unit_names

    units = [unit_names(db, name) for name in args.unit]
    unknown = next((name for name, found in zip(args.unit, units) if not found), None)
    if unknown:
        return _error(f"unknown unit 「{unknown}」: no task in the store is assigned to it")
    if args.by_unit and target.suffix.lower() == ".csv":
        return _error("--by-unit makes one sheet per unit: it needs an .xlsx file")
    sheets = _sheets(db, units, args.by_unit, args.notice)
    content = write_xlsx(sheets) if target.suffix.lower() == ".xlsx" else write_csv(sheets[0][1])
    try:
        write_atomic(target, content)
    except OSError as err:
        return _error(f"{target}: cannot write: {err.strerror or err}")
    print(f"{target}: {sum(len(rows) for _, rows in sheets)} rows")
    return EXIT_OK


def _sheets(db, units: list[list[str]], by_unit: bool, notice) -> list[tuple[str, list]]:
    """One sheet per unit (all units when none is named), or one sheet 台账."""
    from ..store.ledger import ledger_rows

    if by_unit:
        if not units:
            units = [[r[0]] for r in db.execute("SELECT DISTINCT canonical FROM assignments ORDER BY canonical")]
        return [(names[0], ledger_rows(db, names, notice)) for names in units]
    merged = sorted({n for names in units for n in names}) if units else None
    return [("台账", ledger_rows(db, merged, notice))]


def _import(db, source: Path) -> int:
    from ..store.ledger import import_progress, read_ledger

    if not source.exists():
        return _error(f"{source}: no such file")
    report = import_progress(db, read_ledger(source), source.name)
    for line in report.lines:
        print(f"{source}: {line}")
    print(f"{source}: {report.updated} tasks updated, {report.unchanged} unchanged, {len(report.lines)} rows reported")
    return EXIT_DIFFERENCES if report.lines else EXIT_OK
