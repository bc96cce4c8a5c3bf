"""A section the notice heads as its background (「一、基本情况」, 「一、现状与问题」) reports facts: no target nor deadline is
read under it (background_sections.BACKGROUND_HEADINGS, issue 11); a title that is a task on such a thing (「（二）夯实管护基础」)
heads goals as before. Notices written for the test, extracted whole: the sections come from the outline."""

from __future__ import annotations

from pipeline import extract
from pipeline.targets.background_sections import background_sections

NOTICE = """关于印发某县农村公路养护提升实施方案的通知

各乡镇人民政府：
现将《某县农村公路养护提升实施方案》印发给你们，请认真贯彻执行。

一、现状与问题
（一）发展现状。全县农村公路总里程2360公里，列养率98.5%，建有养护站11个。
（二）存在问题。部分路段路况较差，优良路率仅为61%。
二、工作目标
到2028年，全县农村公路优良路率达到85%以上。
三、重点任务
（一）夯实养护管理基础。每个乡镇配备专职养护员不少于2名。

某县人民政府办公室
2026年4月2日
"""


def targets_of(tmp_path) -> list[tuple]:
    path = tmp_path / "notice.txt"
    path.write_text(NOTICE, encoding="utf-8")
    return [(t.indicator, t.value, t.unit, t.comparator, t.kind, NOTICE[t.span.start : t.span.end]) for t in extract(path).targets]


def test_nothing_is_read_under_a_background_heading(tmp_path):
    assert targets_of(tmp_path) == [
        ("农村公路优良路率", 85.0, "%", "at_least", "goal", "农村公路优良路率达到85%以上"),
        # 「夯实养护管理基础」 is a task (a verb before 基础): its quota stays a goal
        ("专职养护员", 2.0, "名", "at_least", "goal", "专职养护员不少于2名"),
    ]


def test_the_sections_read_as_background():
    titles = [("现状与问题", None), ("发展现状", 0), ("存在问题", 0), ("工作目标", None), ("重点任务", None),
              ("夯实养护管理基础", 4), ("基本情况", None), ("工作基础", None), ("发展现状和面临形势", None), ("改善办学条件", None)]
    assert background_sections(titles) == {0, 1, 2, 6, 7, 8}
