"""Round 12 of the goal rules (issue 11): text written for the test (not copied from a labelled
notice), each asserting the exact indicator, value, unit, comparator, kind, year and the span's text."""

from pipeline.normalize import fold
from pipeline.targets.year_tables import year_table_targets


def _table(text: str):
    lines, position = [], 0
    for line in text.split("\n"):
        lines.append((position, position + len(line)))
        position += len(line) + 1
    found = year_table_targets(text, fold(text), lines)
    return [(t.indicator, t.value, t.unit, t.comparator, t.kind, t.year, text[t.start : t.end]) for row in found.values() for t in row]


def test_year_table_each_cell_is_a_goal_of_its_row_and_column():
    # YEAR_COLUMNS year_column: a header naming years, the first column naming indicators
    text = "主要指标；2025年；2026年\n新建充电桩；400个；600个以上\n公共充电设施覆盖率；80％；95％\n三、保障措施"
    assert _table(text) == [
        ("新建充电桩", 400.0, "个", "equal", "goal", 2025, "新建充电桩；400个"),
        ("新建充电桩", 600.0, "个", "at_least", "goal", 2026, "新建充电桩；400个；600个以上"),
        ("公共充电设施覆盖率", 80.0, "%", "equal", "goal", 2025, "公共充电设施覆盖率；80％"),
        ("公共充电设施覆盖率", 95.0, "%", "equal", "goal", 2026, "公共充电设施覆盖率；80％；95％"),
    ]


def test_year_table_columns_other_than_years_are_not_goals():
    # UNIT_COLUMNS unit_column: a bare value takes its row's unit; a base value's column is no goal
    text = "指标；单位；基期值；2026年；2027年目标\n城镇新增就业；万人；2.8；3.2；3.5"
    assert _table(text) == [
        ("城镇新增就业", 3.2, "万人", "equal", "goal", 2026, "城镇新增就业；万人；2.8；3.2"),
        ("城镇新增就业", 3.5, "万人", "equal", "goal", 2027, "城镇新增就业；万人；2.8；3.2；3.5"),
    ]


def test_a_table_without_year_columns_or_a_row_of_words_gives_no_goal():
    assert _table("序号；任务；牵头单位\n1；建设充电桩100个；市发展改革委") == []
    assert _table("指标；2026年；2027年\n完成时间；年底前；年中") == []
