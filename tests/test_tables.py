"""Tables → grid (merges expanded) → the genre's lines: section rows, task lines, unit lines."""

from __future__ import annotations

import pytest

from pipeline.read.tables import EMPTY, Cell, build_grid, join_paragraphs, linearise, tidy_lines, unit_label


def cells(*texts: str) -> list[Cell]:
    """One row of plain cells; a text with "\n" is a cell of several paragraphs; "" an empty cell."""
    return [Cell([p for p in text.split("\n") if p]) for text in texts]


def lines_of(rows: list[list[Cell]]) -> list[str]:
    return linearise(build_grid(rows))


# ---------------------------------------------------------------- the grid

def test_colspan_and_rowspan_put_one_cell_in_every_place_it_covers():
    wide = Cell(["一、总体要求"], colspan=3)
    tall = Cell(["市财政局"], rowspan=2)
    a, b, c, d = (Cell([x]) for x in "abcd")
    grid = build_grid([[wide], [a, tall, b], [c, d]])
    assert grid[0] == [wide, wide, wide]
    assert grid[1] == [a, tall, b]
    assert grid[2] == [c, tall, d]  # row 3 has one cell fewer: the merged one takes column 2


def test_docx_vertical_merge_continues_the_cell_above():
    first = Cell(["县公安局"])
    a, b = Cell(["1"]), Cell(["2"])
    grid = build_grid([[a, first], [b, Cell(continues_above=True)]])
    assert grid == [[a, first], [b, first]]  # cells compare by identity
    wide, c, d = Cell(["市财政局"], colspan=2), Cell(["3"]), Cell(["4"])
    grid = build_grid([[c, wide], [d, Cell(colspan=2, continues_above=True)]])
    assert grid == [[c, wide, wide], [d, wide, wide]]
    orphan = Cell(["无上一行"], continues_above=True)  # nothing above to continue: an ordinary cell
    assert build_grid([[orphan]]) == [[orphan]]


def test_rowspan_zero_reaches_the_last_row_and_short_rows_are_padded():
    tall = Cell(["x"], rowspan=0)
    a, b, c = (Cell([x]) for x in "abc")
    assert build_grid([[tall, a], [b], [c]]) == [[tall, a], [tall, b], [tall, c]]


def test_absurd_spans_are_clamped():
    x, y = Cell(["x"], colspan=10**9, rowspan=10**9), Cell(["y"])
    grid = build_grid([[x], [y]])
    assert grid == [[x] * 1000 + [EMPTY], [x] * 1000 + [y]]  # 1000 columns of x, both rows; y comes after them


# ---------------------------------------------------------------- header labels

@pytest.mark.parametrize(
    "header, label",
    [
        ("牵头单位", "牵头单位"),
        ("牵 头 单 位", "牵头单位"),
        ("牵头部门", "牵头部门"),
        ("主责单位", "主责单位"),
        ("配合单位", "配合单位"),
        ("配合部门", "配合部门"),
        ("协办单位", "协办单位"),
        ("责任单位", "责任单位"),
        ("责任部门", "责任部门"),
        ("指导部门", "指导部门"),
        ("责任单位（部门）", "责任单位"),
        ("牽頭單位", "牽頭單位"),  # Traditional: kept as written, the line parser folds it
        ("序号", None),
        ("重点任务", None),
        ("完成时限", None),
        ("牵头单位负责人", None),
    ],
    ids=lambda value: value if isinstance(value, str) else "none",
)
def test_unit_label_of_a_header(header, label):
    assert unit_label(header) == label


@pytest.mark.parametrize(
    "paragraphs, joined",
    [
        (["全面排查。", "限期整改。"], "全面排查。限期整改。"),
        (["改革举措", "主要内容"], "改革举措；主要内容"),
        (["一"], "一"),
        ([], ""),
    ],
    ids=["sentences", "fragments", "one", "none"],
)
def test_paragraphs_of_a_cell_join_into_one_line(paragraphs, joined):
    assert join_paragraphs(paragraphs) == joined


# ---------------------------------------------------------------- linearisation

HEADER = cells("序号", "重点任务", "牵头单位", "配合单位", "完成时限")

CASES = [
    (
        "section_row_then_task_and_unit_lines",
        [HEADER, [Cell(["一、优化营商环境"], colspan=5)], cells("1", "推行企业开办“一网通办”。", "市市场监管局", "市公安局、市税务局", "6月底前")],
        ["一、优化营商环境", "1.推行企业开办“一网通办”。", "完成时限：6月底前", "牵头单位：市市场监管局", "配合单位：市公安局、市税务局"],
    ),
    (
        "rowspan_unit_cell_repeats_in_each_row",
        [
            HEADER,
            [Cell(["1"]), Cell(["任务甲。"]), Cell(["市市场监管局"], rowspan=2), Cell(["市公安局"]), Cell(["全年"])],
            cells("2", "任务乙。", "市司法局", "全年"),
        ],
        ["1.任务甲。", "完成时限：全年", "牵头单位：市市场监管局", "配合单位：市公安局", "2.任务乙。", "完成时限：全年", "牵头单位：市市场监管局", "配合单位：市司法局"],
    ),
    (
        "units_in_separate_paragraphs_join_with_dun_comma",
        [HEADER, cells("3", "任务丙。", "市住房城乡建设局", "市发展改革委，\n各区、县级市人民政府", "年底前")],
        ["3.任务丙。", "完成时限：年底前", "牵头单位：市住房城乡建设局", "配合单位：市发展改革委、各区、县级市人民政府"],
    ),
    (
        "empty_unit_cell_gives_no_unit_line",
        [HEADER, cells("5", "任务丁。", "市自然资源和规划局", "", "持续推进")],
        ["5.任务丁。", "完成时限：持续推进", "牵头单位：市自然资源和规划局"],
    ),
    (
        "a_unit_cell_saying_none_gives_no_unit_line",  # 「—」, 「／」, 「无」 in a 配合单位 cell
        [HEADER, cells("8", "任务庚。", "市应急管理局", "—", "年底前"), cells("9", "任务辛。", "市林业局", "／", "长期"), cells("10", "任务壬。", "市水务局", "无", "6月底前")],
        ["8.任务庚。", "完成时限：年底前", "牵头单位：市应急管理局", "9.任务辛。", "完成时限：长期", "牵头单位：市林业局", "10.任务壬。", "完成时限：6月底前", "牵头单位：市水务局"],
    ),
    (
        "no_number_column",
        [cells("工作任务", "责任单位"), cells("加强宣传教育。", "县应急管理局")],
        ["加强宣传教育。", "责任单位：县应急管理局"],
    ),
    (
        "empty_number_and_number_with_its_own_dot",
        [cells("序号", "任务", "责任部门"), cells("", "任务戊。", "市水务局"), cells("6、", "任务己。", "市林业局")],
        ["任务戊。", "责任部门：市水务局", "6、任务己。", "责任部门：市林业局"],
    ),
    (
        "number_without_task_text_is_the_task_line",
        [cells("序号", "任务", "责任部门"), cells("7", "", "市水务局")],
        ["7", "责任部门：市水务局"],
    ),
    (
        "title_row_before_the_header_row",
        [[Cell(["重点任务分工表"], colspan=3)], cells("序号", "任务", "指导部门"), cells("1", "任务庚。", "省司法厅")],
        ["重点任务分工表", "1.任务庚。", "指导部门：省司法厅"],
    ),
    (
        "header_with_spaces_is_written_compact",
        [cells("序 号", "任 务", "牵 头 单 位"), cells("1", "任务辛。", "市科技局")],
        ["1.任务辛。", "牵头单位：市科技局"],
    ),
    (
        "colspan_text_cell_is_written_once",
        [cells("序号", "任务", "内容", "责任单位"), [Cell(["1"]), Cell(["任务壬。"], colspan=2), Cell(["市商务局"])]],
        ["1.任务壬。", "责任单位：市商务局"],
    ),
    (
        "empty_rows_are_skipped",
        [cells("任务", "牵头单位"), cells("", ""), cells("任务癸。", "市民政局")],
        ["任务癸。", "牵头单位：市民政局"],
    ),
    (
        "year_columns_keep_their_header_above_the_rows",  # the bare values' year is only in the header
        [cells("序号", "指标名称", "2025年完成值", "2026年目标值", "责任单位"), cells("1", "技术合同成交额（亿元）", "183", "210", "市科技局")],
        ["指标名称；2025年完成值；2026年目标值", "1.技术合同成交额（亿元）；183；210", "责任单位：市科技局"],
    ),
    (
        "a_task_column_named_by_a_year_in_the_first_place_is_no_year_column",
        [cells("序号", "2026年重点任务", "完成时限", "牵头单位"), cells("1", "任务子。", "年底前", "市科技局")],
        ["1.任务子。", "完成时限：年底前", "牵头单位：市科技局"],
    ),
    (
        "table_without_unit_columns_one_line_per_row",
        [cells("指标", "2020年", "2025年"), cells("森林覆盖率", "45%", ""), [Cell(["注：以上为预期性指标"], colspan=3)]],
        ["指标；2020年；2025年", "森林覆盖率；45%", "注：以上为预期性指标"],
    ),
]


@pytest.mark.parametrize("rows, expected", [case[1:] for case in CASES], ids=[case[0] for case in CASES])
def test_linearise(rows, expected):
    assert lines_of(rows) == expected


def test_tidy_lines_keeps_at_most_one_empty_line():
    assert tidy_lines(["", "a", "", "", "b", ""]) == ["a", "", "b"]
