"""Session 18, kinds: a limit in a clause about each event or meal (每场 / 每餐次) and the share a retrofit must change a
measure by (改造后…降低 / 较改造前…) are standards, amounts (event_frames.PER_EVENTS, RETROFIT_CHANGES); a round of the
government's own selection (每次评选) and a change against the time before building stay goals. Sentences written for the
test: every target with its exact fields and the text its span gives back."""

import pytest

from target_rows import targets_with_spans

CHANGED = [
    ("规范赛事组织，每场县级篮球赛至少配备2名持证裁判员。", [
        ("持证裁判员", 2.0, "名", "at_least", "amount", "至少配备2名持证裁判员"),
    ]),
    ("午餐按“两荤一素”标准供应，每餐次食品留样不少于150克、留样时间不少于48小时。", [
        ("食品留样", 150.0, "克", "at_least", "amount", "食品留样不少于150克"),
        ("留样时间", 48.0, "小时", "at_least", "amount", "留样时间不少于48小时"),
    ]),
    ("推进烘干设施节能改造，改造后单位能耗较改造前降低12%以上。", [
        ("单位能耗", 12.0, "%", "at_least", "amount", "单位能耗较改造前降低12%以上"),
    ]),
    ("实施码头提升改造，改造后设计通过能力原则上提高25%以上。", [
        ("设计通过能力", 25.0, "%", "at_least", "amount", "设计通过能力原则上提高25%以上"),
    ]),
]
# Where the rules must not change the reading: the government's own round of selection, and a change measured against the time
# before building.
KEPT = [
    ("每两年评选一次，每次评选示范企业不超过15家。", [
        ("示范企业", 15.0, "家", "at_most", "goal", "示范企业不超过15家"),
    ]),
    ("项目区粮食亩产较建设前提高8%以上。", [
        ("项目区粮食亩产", 8.0, "%", "at_least", "goal", "项目区粮食亩产较建设前提高8%以上"),
    ]),
]


@pytest.mark.parametrize(("sentence", "expected"), CHANGED + KEPT, ids=[s[:12] for s, _ in CHANGED + KEPT])
def test_s18_kinds(sentence, expected):
    assert targets_with_spans(sentence) == expected
