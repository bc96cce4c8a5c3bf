"""Session 19 (issue 11), names cut at the front: a bare role head (人员, 车辆) keeps the modifier before it
(role_heads.ROLE_HEADS). Sentences written for the test: every target with its exact fields and the text its span
gives back."""

import pytest

from target_rows import targets_with_spans

ROLE_HEADS = [
    ("每年开展消防技能培训班不少于4期，培训人员800人次以上。", [
        ("消防技能培训班", 4.0, "期", "at_least", "goal", "消防技能培训班不少于4期"),
        ("培训人员", 800.0, "人次", "at_least", "goal", "培训人员800人次以上"),
    ]),
    ("每个卡口配备检查人员不少于3名。", [
        ("检查人员", 3.0, "名", "at_least", "amount", "检查人员不少于3名"),
    ]),
    ("每个中转站配备转运车辆不少于2辆。", [
        ("转运车辆", 2.0, "辆", "at_least", "amount", "转运车辆不少于2辆"),
    ]),
]
# A verb that equips governs the count: the bare head stays.
NOT_ROLE_HEADS = [
    ("每个卡口配备人员不少于3名。", [
        ("人员", 3.0, "名", "at_least", "amount", "人员不少于3名"),
    ]),
]


@pytest.mark.parametrize(("sentence", "expected"), ROLE_HEADS + NOT_ROLE_HEADS, ids=[s[:10] for s, _ in ROLE_HEADS + NOT_ROLE_HEADS])
def test_role_heads(sentence, expected):
    assert targets_with_spans(sentence) == expected
