"""`fengong units`: per-unit views over extractions or the store (counts by role, or one unit's tasks)."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from ..errors import EXIT_OK, report_error
from .options import add_units_file

FORMATS = ("table", "csv", "json", "md")
ROLE_CHOICES = {"lead": "lead", "cooperate": "cooperate", "responsible": "responsible", "牵头": "lead", "配合": "cooperate", "责任": "responsible"}


def add_parser(commands) -> None:
    parser = commands.add_parser(
        "units",
        help="per-unit views: assignments by role per canonical unit, or one unit's tasks",
        description="Read extraction JSON files (from `fengong extract`; a folder gives its .json files) or the store "
        "(--db) and print, per canonical unit, its assignments by role (牵头 / 配合 / 责任 / 合计), sorted by total; or, "
        "with --unit, that unit's tasks: 单位, 角色, 文号, 章节, the full 任务 text, the task's 牵头/配合/责任单位, 完成时限, "
        "文件 and 任务编号 (the terminal table shows the first 30 characters and fewer columns). "
        "Exit status: 0 printed, 2 a file could not be read or the unit is unknown.",
    )
    parser.add_argument("inputs", nargs="*", metavar="EXTRACTED.json", help="extraction files or folders of them (not with --db)")
    parser.add_argument("--db", metavar="PATH", help="read the store (latest revision of each notice) instead of files")
    parser.add_argument("--unit", metavar="NAME", help="list the tasks of this unit (canonical name, any alias or written form)")
    parser.add_argument("--issuer", metavar="NAME", help="only notices of this issuer (e.g. 营口市人民政府)")
    parser.add_argument("--notice", metavar="REF", help="only this notice (its 文号 or title)")
    parser.add_argument("--role", choices=sorted(ROLE_CHOICES), metavar="ROLE", help="only this role: 牵头|配合|责任 (or lead|cooperate|responsible)")
    parser.add_argument("--year", type=int, metavar="YYYY", help="only notices dated in this year")
    parser.add_argument("--format", choices=FORMATS, default="table", help="output format (default: table; csv is UTF-8 with BOM for Excel)")
    parser.add_argument("-o", "--output", metavar="FILE", help="write to FILE (atomically) instead of standard output")
    add_units_file(parser, "Here: used to resolve --unit")


class _Stop(Exception):
    pass


def run(args: argparse.Namespace) -> int:
    from ..errors import FengongError
    from ..unit_views import COUNT_COLUMNS, TASK_COLUMNS, TASK_TABLE_COLUMNS, Filters, render

    filters = Filters(args.issuer, args.notice, ROLE_CHOICES.get(args.role) if args.role else None, args.year)
    if bool(args.db) == bool(args.inputs):
        return _error("give extraction files (or folders) or --db PATH, not both")
    try:
        rows = _from_store(args, filters) if args.db else _from_files(args, filters)
    except (FengongError, _Stop) as err:
        return _error(str(err))
    if args.unit:
        content = render(rows, TASK_TABLE_COLUMNS if args.format == "table" else TASK_COLUMNS, args.format)
    else:
        content = render(rows, COUNT_COLUMNS, args.format)
    return _write(args.output, content)


def _from_store(args, filters) -> list[dict]:
    from ..store import open_store, unit_tasks
    from ..store.read import role_counts
    from ..unit_views import count_rows, store_task_rows

    db = open_store(args.db, create=False)
    if not args.unit:
        return count_rows(*role_counts(db, filters.issuer, filters.notice, filters.role, filters.year))
    found = unit_tasks(db, args.unit, issuer=filters.issuer, notice=filters.notice, role=filters.role, year=filters.year)
    if not found and not db.execute("SELECT 1 FROM assignments WHERE canonical = ?1 OR unit = ?1 LIMIT 1", (args.unit,)).fetchone():
        raise _Stop(f"unknown unit 「{args.unit}」: no task in the store is assigned to it")
    return store_task_rows(found)


def _from_files(args, filters) -> list[dict]:
    from ..units.dictionary import load_dictionary
    from ..unit_views import canonical_names, unit_counts, unit_tasks

    loaded = _load(args.inputs)
    if not args.unit:
        return unit_counts(loaded, filters)
    dictionary = load_dictionary(tuple(args.units_file))
    canonicals = canonical_names(args.unit, loaded, dictionary)
    if not canonicals:
        raise _Stop(f"unknown unit 「{args.unit}」: not in the unit dictionary and not assigned in the given files")
    return unit_tasks(canonicals, loaded, filters)


def _load(inputs: list[str]):
    from pydantic import ValidationError

    from ..errors import FengongError
    from ..read import read_input
    from ..records import Extraction, validate_json
    from ..unit_views import Loaded

    paths: list[str] = []
    for given in inputs:
        path = Path(given)
        paths += [str(p) for p in sorted(path.glob("*.json"))] if path.is_dir() else [given]
    loaded = []
    for given in paths:
        try:
            text = read_input(Path(given)).decode("utf-8-sig")
        except FengongError as err:
            raise _Stop(str(err)) from None
        except UnicodeDecodeError as err:
            raise _Stop(f"{given}: cannot read: {err}") from None
        try:
            loaded.append(Loaded(given, validate_json(Extraction, text)))
        except ValidationError as err:
            first = err.errors()[0]
            where = ".".join(str(p) for p in first["loc"])
            raise _Stop(f"{given}: not a fengong extraction: {where + ': ' if where else ''}{first['msg']}") from None
    return loaded


def _write(output, content: str) -> int:
    from ..export import write_atomic

    if output:
        try:
            write_atomic(Path(output), content)
        except OSError as err:
            return _error(f"{output}: cannot write output: {err.strerror or err}")
    else:
        sys.stdout.flush()
        sys.stdout.buffer.write(content.encode("utf-8"))
        sys.stdout.buffer.flush()
    return EXIT_OK


def _error(message: str) -> int:
    return report_error(message)
