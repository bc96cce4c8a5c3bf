"""`fengong search QUERY`: tasks in the store by the words of their text, units and targets."""

from __future__ import annotations

import argparse
import sys

from ..errors import EXIT_DIFFERENCES, EXIT_OK, report_error
from .ingest import DEFAULT_DB

COLUMNS = ("文号", "章节", "单位", "匹配文本", "任务编号")
KEYS = ("doc_number", "path", "units", "match", "task")


def add_parser(commands) -> None:
    parser = commands.add_parser(
        "search",
        help="find tasks in the store by words (Chinese segmented with jieba; two-character words such as 扶贫 found)",
        description="Search the tasks of the latest revision of every stored notice: every word of QUERY "
        "(segmented with jieba) must occur in the task's text, its units or its targets' indicators. Results, "
        "best first, show the 文号, the section path, the units and the matched text (the task's full text in "
        "csv and json). Exit status: 0 found, 1 nothing found, 2 error.",
    )
    parser.add_argument("query", metavar="QUERY", help="words to find, e.g. 扶贫 or 养老 保险")
    parser.add_argument("--db", default=DEFAULT_DB, metavar="PATH", help=f"the store (default: {DEFAULT_DB})")
    parser.add_argument("--format", choices=("table", "csv", "json"), default="table", help="output format (csv: UTF-8 with BOM)")
    parser.add_argument("--limit", type=int, default=50, metavar="N", help="at most N results (default 50)")
    parser.add_argument("--all-revisions", action="store_true", help="search earlier revisions too")


def run(args: argparse.Namespace) -> int:
    from ..errors import FengongError
    from ..store.search import search
    from ..store.sqlite import open_store
    from ..unit_views import render

    try:
        db = open_store(args.db, create=False)
    except FengongError as err:
        return report_error(err)
    found = search(db, args.query, args.limit, args.all_revisions)
    if args.format == "json":
        rows = [{"文号": r["doc_number"], "文件标题": r["title"], "章节": r["path"], "单位": r["units"], "匹配文本": r["match"],
                 "任务": r["text"], "任务编号": r["task"]} for r in found]
        content = render(rows, (), "json")
    elif args.format == "csv":
        rows = [{"文号": r["doc_number"], "章节": r["path"], "单位": r["units"], "匹配文本": r["match"], "任务": r["text"], "任务编号": r["task"]}
                for r in found]
        content = render(rows, ("文号", "章节", "单位", "匹配文本", "任务", "任务编号"), "csv")
    else:
        content = render([dict(zip(COLUMNS, (r[k] for k in KEYS))) for r in found], COLUMNS, "table") if found else "no task matches\n"
    sys.stdout.flush()
    sys.stdout.buffer.write(content.encode("utf-8"))
    sys.stdout.buffer.flush()
    return EXIT_OK if found else EXIT_DIFFERENCES
