"""Behaviour the mutant audit (tools/mutants.py, `make mutants`) found unpinned: each test states what a
surviving mutant changed, with sentences written for it and the exact result."""

from __future__ import annotations

import os
import stat

import pytest

from pipeline import extract
from pipeline.assignments import split_unit_list
from pipeline.errors import FengongError
from pipeline.export import write_atomic
from pipeline.structure.lines import classify, split_lines
from pipeline.units.dictionary import load_dictionary_file


def _extract(tmp_path, text: str):
    path = tmp_path / "notice.txt"
    path.write_text(text, encoding="utf-8")
    return extract(path)


def test_a_box_is_one_level_below_the_section_it_stands_in(tmp_path):
    """「专栏1」 under 「（一）」 (level 3) is a level-4 section of it, and the task in it is filed there."""
    records = _extract(
        tmp_path, "第一章 总则\n一、重点任务\n（一）数字经济\n专栏1 重大工程\n建设数据中心，推进算力设施。（市发改委负责）\n"
    )
    label = {s.id: s.label for s in records.sections}
    assert [(s.label, s.title, s.level, label.get(s.parent)) for s in records.sections] == [
        ("第一章", "总则", 1, None),
        ("一、", "重点任务", 2, "第一章"),
        ("（一）", "数字经济", 3, "一、"),
        ("专栏1", "重大工程", 4, "（一）"),
    ]
    [task] = records.tasks
    assert (label[task.section], task.path[-1]) == ("专栏1", "专栏1 重大工程")


def test_a_rule_clause_is_masked_from_the_start_of_its_clause(tmp_path):
    """「其中列第一位的为牵头单位」: the rule is found at 列, but the whole clause (其中 too) is the rule,
    not a unit; the rule makes the first-listed unit lead."""
    records = _extract(tmp_path, "一、任务\n（一）建设平台。推进平台建设。（市发改委、市财政局，其中列第一位的为牵头单位）\n")
    [task] = records.tasks
    assert [(a.role, a.unit, a.rule) for a in task.assignments] == [
        ("lead", "市发改委", "inline_first_listed"),
        ("cooperate", "市财政局", "inline_first_listed"),
    ]
    assert [(c.kind, c.text) for c in task.clauses] == [("first_unit", "其中列第一位的为牵头单位")]


def test_a_conjunction_inside_a_qualifier_does_not_split_the_list():
    """「和各」 starts a new item only outside brackets: inside 「（含开发区和各园区管委会）」 it is the note's."""
    items = split_unit_list("各区人民政府（含开发区和各园区管委会）、市财政局和各区人民政府", 0)
    assert [(i.name, i.note) for i in items] == [
        ("各区人民政府", "含开发区和各园区管委会"),
        ("市财政局", None),
        ("各区人民政府", None),
    ]


def test_a_written_file_is_on_disk_before_it_is_renamed_into_place(tmp_path, monkeypatch):
    """write_atomic syncs the complete temporary file, then renames it, then syncs the folder."""
    target = tmp_path / "out" / "notice.json"
    synced = []

    def fsync(fd: int) -> None:
        status = os.fstat(fd)
        synced.append(("folder" if stat.S_ISDIR(status.st_mode) else "file", status.st_size, target.exists()))

    monkeypatch.setattr(os, "fsync", fsync)
    write_atomic(target, b'{"tasks": []}\n')
    assert synced == [("file", 14, False), ("folder", synced[1][1], True)]
    assert target.read_bytes() == b'{"tasks": []}\n'


def test_a_rule_stated_in_a_block_holds_from_that_block_on(tmp_path):
    """「列第一位的为牵头单位」 inside the second block orders that block and the later ones; the first
    block, before the rule is stated, keeps its label's role."""
    records = _extract(
        tmp_path,
        "一、任务\n"
        "（一）建设平台。推进平台建设。（责任单位：市发改委、市财政局）\n"
        "（二）培育人才。引进人才100名。（责任单位：市科技局、市人社局，列第一位的为牵头单位）\n"
        "（三）开展培训。每年培训100人次。（责任单位：市教育局、市人社局）\n",
    )
    assert [[(a.role, a.unit) for a in task.assignments] for task in records.tasks] == [
        [("responsible", "市发改委"), ("responsible", "市财政局")],
        [("lead", "市科技局"), ("cooperate", "市人社局")],
        [("lead", "市教育局"), ("cooperate", "市人社局")],
    ]


def test_a_heading_title_ends_before_its_closing_punctuation():
    """「一、主要任务：」「（一）总体要求；」: the colon or semicolon closing a heading is not its title's."""
    lines = classify(split_lines("一、主要任务：\n（一）总体要求；\n"))
    assert [(line.kind, line.label, line.title) for line in lines[:2]] == [("heading", "一、", "主要任务"), ("heading", "（一）", "总体要求")]


def test_a_shape_that_is_no_regular_expression_is_refused_when_loaded():
    """A units file's shape whose pattern does not compile is one error line naming the shape."""
    text = "version: 1\nentries: []\nshapes:\n  - name: broken\n    pattern: \"[市\"\n    kind: lower_government\n    level: county\n"
    with pytest.raises(FengongError) as error:
        load_dictionary_file("bad.yaml", text)
    assert str(error.value) == (
        "bad.yaml: invalid unit dictionary: shapes[0] (broken): pattern: not a valid regular expression: "
        "unterminated character set at position 0"
    )


def test_writing_leaves_no_file_open(tmp_path):
    """Each write closes what it opened, the folder it syncs included: 50 writes, no descriptor more."""
    before = len(os.listdir("/proc/self/fd"))
    for n in range(50):
        write_atomic(tmp_path / f"{n}.json", b"{}\n")
    assert len(os.listdir("/proc/self/fd")) == before


def test_a_notice_without_an_addressee_line_has_no_addressees(tmp_path):
    """Only a header line such as 「各区人民政府，市政府各部门：」 names addressees; its first line is no such line."""
    without = _extract(tmp_path, "关于推进平台建设的通知\n一、任务\n（一）建设平台。推进平台建设。（责任单位：市发改委）\n")
    assert (without.notice.title, without.notice.addressees) == ("关于推进平台建设的通知", [])
    addressed = _extract(
        tmp_path, "关于推进平台建设的通知\n各区人民政府，市政府各部门：\n一、任务\n（一）建设平台。推进平台建设。（责任单位：市发改委）\n"
    )
    assert addressed.notice.addressees == ["各区人民政府", "市政府各部门"]
