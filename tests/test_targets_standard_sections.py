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
（一）用房标准。站房建筑面积不少于150平方米，室外活动场地不少于100平方米。
（二）人员标准。专职工作人员不少于3名。
三、保障措施
（一）提高运营补助标准。运营补助标准提高到每站每年5万元。

某县人民政府办公室
2026年3月1日
"""


def kinds_by_value(tmp_path) -> dict[str, str]:
    path = tmp_path / "notice.txt"
    path.write_text(NOTICE, encoding="utf-8")
    return {f"{t.value:g}{t.unit}": t.kind for t in extract(path).targets}


def test_targets_under_a_standards_heading_are_amounts(tmp_path):
    kinds = kinds_by_value(tmp_path)
    assert kinds["150平方米"] == "amount"
    assert kinds["100平方米"] == "amount"
    assert kinds["3名"] == "amount"
    assert kinds["40个"] == "goal"  # 工作目标 is no standards heading


def test_the_sections_read_as_standards():
    titles = [("工作目标", None), ("建设标准", None), ("用房标准", 1), ("人员标准", 1), ("保障措施", None), ("提高运营补助标准", 4)]
    assert standard_sections(titles) == {1, 2, 3}
