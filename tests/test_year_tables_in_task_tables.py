"""A 指标 table that is also a task table (a 责任单位 column): the reader keeps the header of its text
columns above the rows, and each row's value in the column headed as the year's target is a goal of
the row's indicator for that year — the row's 序号 and its bracketed unit are no part of the name."""

from __future__ import annotations

from pathlib import Path

from pipeline import extract
from pipeline.normalize import fold
from pipeline.targets.year_tables import year_table_targets


def _lines(text: str) -> list[tuple[int, int]]:
    lines, position = [], 0
    for line in text.split("\n"):
        lines.append((position, position + len(line)))
        position += len(line) + 1
    return lines


def _goals(text: str):
    found = year_table_targets(text, fold(text), _lines(text))
    return [(t.indicator, t.value, t.unit, t.scaled_value, t.comparator, t.kind, t.year, text[t.start : t.end]) for row in found.values() for t in row]


def test_one_column_headed_as_the_target_is_enough_and_unit_lines_between_rows_do_not_end_the_table():
    # TARGET_COLUMNS target_year_column; ROW_NAME_PARTS item_number, unit_in_brackets; ROW_NOTE
    text = (
        "指标名称；2025年完成值；2026年目标值\n"
        "1.有效发明专利拥有量（件）；8.4；9.5\n"
        "责任单位：市市场监管局\n"
        "完成时限：2026年底\n"
        "2.技术合同成交额（亿元）；183；210\n"
        "责任单位：市科技局"
    )
    assert _goals(text) == [
        ("有效发明专利拥有量", 9.5, "件", None, "equal", "goal", 2026, "有效发明专利拥有量（件）；8.4；9.5"),
        ("技术合同成交额", 210.0, "亿元", 21_000_000_000.0, "equal", "goal", 2026, "技术合同成交额（亿元）；183；210"),
    ]


def test_a_single_year_column_not_headed_as_a_target_and_a_past_column_give_no_goal():
    assert _goals("指标名称；2026年\n新建充电桩；600") == []
    assert _goals("指标名称；2025年完成值\n新建充电桩；400") == []


def test_a_notice_with_such_a_table_gets_each_row_as_a_task_with_its_goal(tmp_path: Path):
    page = tmp_path / "zhibiao.html"
    page.write_text(
        "<html><body><div><p>关于印发2026年科技创新工作要点的通知</p><p>一、主要目标</p>"
        "<p>2026年，全市科技创新能力持续提升。主要指标及责任分工如下表。</p>"
        "<table><tr><td>序号</td><td>指标名称</td><td>2025年完成值</td><td>2026年目标值</td><td>责任单位</td></tr>"
        "<tr><td>1</td><td>技术合同成交额（亿元）</td><td>183</td><td>210</td><td>市科技局</td></tr>"
        "<tr><td>2</td><td>高新技术企业数（家）</td><td>560</td><td>650</td><td>市科技局、市财政局</td></tr></table>"
        "<p>二、重点任务</p><p>1.加强科技成果转化。（责任单位：市科技局）</p></div></body></html>",
        encoding="utf-8",
    )
    result = extract(page)
    text = result.source.text
    rows = [(t.indicator, t.value, t.unit, t.year, t.task is not None, text[t.span.start : t.span.end]) for t in result.targets]
    assert rows == [
        ("技术合同成交额", 210.0, "亿元", 2026, True, "技术合同成交额（亿元）；183；210"),
        ("高新技术企业数", 650.0, "家", 2026, True, "高新技术企业数（家）；560；650"),
    ]
