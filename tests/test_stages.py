"""The stage chain's behaviour across stages: what --units-file reaches, and --dump-stage."""

from __future__ import annotations

from pipeline.cli import main
from pipeline.stages import extract

NOTICE = """临江市人民政府关于印发重点任务分工的通知
甲区、乙区联合办公室，市政府各部门：
一、推进数字政府建设
1.建设城市数据平台。
牵头单位：甲区、乙区联合办公室
临江市人民政府
2024年5月6日
"""

UNITS = """version: 1
entries:
  - canonical: "甲区、乙区联合办公室"
    kind: public_institution
    level: county
"""


def test_units_file_reaches_the_addressees_and_the_assignments(tmp_path):
    notice, units = tmp_path / "n.txt", tmp_path / "units.yaml"
    notice.write_text(NOTICE, encoding="utf-8")
    units.write_text(UNITS, encoding="utf-8")
    plain = extract(notice)
    assert plain.notice.addressees == ["甲区", "乙区联合办公室", "市政府各部门"]
    assert [a.unit for a in plain.tasks[0].assignments] == ["甲区", "乙区联合办公室"]
    told = extract(notice, (str(units),))
    assert told.notice.addressees == ["甲区、乙区联合办公室", "市政府各部门"]
    assert [(a.unit, a.resolved) for a in told.tasks[0].assignments] == [("甲区、乙区联合办公室", True)]


def test_dump_stage_prints_one_stage_and_writes_nothing(tmp_path, capsys):
    notice = tmp_path / "n.txt"
    notice.write_text(NOTICE, encoding="utf-8")
    assert main(["extract", "--dump-stage", "assignments", str(notice)]) == 0
    out = capsys.readouterr().out
    assert out.splitlines()[:3] == [
        "task 1. [53:62] 建设城市数据平台。",
        "  lead        甲区  (line 5, [68:70], unit_line)",
        "  lead        乙区联合办公室  (line 5, [71:78], unit_line)",
    ]
    assert list(tmp_path.iterdir()) == [notice]


def test_dump_stage_errors_are_one_line(tmp_path, capsys):
    assert main(["extract", "--dump-stage", "structure", str(tmp_path / "missing.txt")]) == 2
    assert capsys.readouterr().err.startswith("fengong: error: ")
    assert main(["extract", str(tmp_path / "a.txt")]) == 2  # no -o and no --dump-stage
