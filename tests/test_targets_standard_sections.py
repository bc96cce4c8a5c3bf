"""A section the notice heads as standards (「三、建设标准」) makes every target under it an amount
(standard_sections.STANDARD_HEADINGS, issue 11); a heading that changes a standard as a task does not. Notices written for
the test, extracted whole: the sections come from the outline."""

from __future__ import annotations

from pipeline import extract
from pipeline.targets.standard_sections import standard_sections

NOTICE = """关于印发某县社区服务站建设实施方案的通知

各乡镇人民政府：
现将《某县社区服务站建设实施方案》印发给你们，请认真贯彻执行。

一、工作目标
到2027年，全县建成社区服务站40个。
二、建设标准
（一）用房标准。业务用房建筑面积不少于150平方米，室外活动场地不少于100平方米。
（二）人员标准。专职工作人员不少于3名。
三、保障措施
（一）提高服务保障标准。社区服务站覆盖率提高到95%。

某县人民政府办公室
2026年3月1日
"""


def targets_of(tmp_path) -> list[tuple]:
    path = tmp_path / "notice.txt"
    path.write_text(NOTICE, encoding="utf-8")
    return [(t.indicator, t.value, t.unit, t.comparator, t.kind, NOTICE[t.span.start : t.span.end]) for t in extract(path).targets]


def test_targets_under_a_standards_heading_are_amounts(tmp_path):
    assert targets_of(tmp_path) == [
        ("社区服务站", 40.0, "个", "equal", "goal", "社区服务站40个"),  # 工作目标 is no standards heading
        ("业务用房建筑面积", 150.0, "平方米", "at_least", "amount", "业务用房建筑面积不少于150平方米"),
        ("室外活动场地", 100.0, "平方米", "at_least", "amount", "室外活动场地不少于100平方米"),
        ("专职工作人员", 3.0, "名", "at_least", "amount", "专职工作人员不少于3名"),
        # 「提高服务保障标准」 changes a standard as a task (STANDARD_TASKS): its rate stays a goal
        ("社区服务站覆盖率", 95.0, "%", "reach", "goal", "社区服务站覆盖率提高到95%"),
    ]


def test_the_sections_read_as_standards():
    titles = [("工作目标", None), ("建设标准", None), ("用房标准", 1), ("人员标准", 1), ("保障措施", None), ("提高服务保障标准", 4)]
    assert standard_sections(titles) == {1, 2, 3}
