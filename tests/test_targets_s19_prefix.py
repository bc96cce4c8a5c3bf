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


# A 、 list closing the clause before a shared name and its 分别 values (list_before.members_before_name): each member
# takes the name and its own value.
MEMBERS_BEFORE = [
    ("对首台套装备、首批次材料，保费补贴比例分别提高至60%、40%。", [
        ("首台套装备保费补贴比例", 60.0, "%", "reach", "amount", "保费补贴比例分别提高至60%"),
        ("首批次材料保费补贴比例", 40.0, "%", "reach", "amount", "保费补贴比例分别提高至60%、40%"),
    ]),
    ("改建南郊污水厂、北郊污水厂，日处理能力分别为5万吨、3万吨。", [
        ("南郊污水厂日处理能力", 5.0, "万吨", "equal", "goal", "日处理能力分别为5万吨"),
        ("北郊污水厂日处理能力", 3.0, "万吨", "equal", "goal", "日处理能力分别为5万吨、3万吨"),
    ]),
]
# A list in the name itself keeps its reading.
NOT_MEMBERS_BEFORE = [
    ("县级博物馆、纪念馆免费开放率分别达到90%、80%。", [
        ("县级博物馆免费开放率", 90.0, "%", "reach", "goal", "县级博物馆、纪念馆免费开放率分别达到90%"),
        ("纪念馆免费开放率", 80.0, "%", "reach", "goal", "纪念馆免费开放率分别达到90%、80%"),
    ]),
]


@pytest.mark.parametrize(("sentence", "expected"), MEMBERS_BEFORE + NOT_MEMBERS_BEFORE, ids=[s[:10] for s, _ in MEMBERS_BEFORE + NOT_MEMBERS_BEFORE])
def test_members_before_name(sentence, expected):
    assert targets_with_spans(sentence) == expected
