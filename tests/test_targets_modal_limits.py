"""A value under a modal — 应 (当), 须, 必须 — anywhere in its clause is a standard each one must meet, an amount
(standard_kinds.SHOULD_MEETS, issue 11, session 14: 103 of the 109 labels of every round with a modal in the value's
clause are amounts); and a name written after its value (「不少于20人的中小企业服务团队」) keeps its owner and holder, since
the value sizes the whole of what is named. Sentences written for the test: every target with its exact fields and the
text its span gives back."""

import pytest

from target_rows import targets_with_spans

MODAL_LIMITS = [
    # words between the modal and the limit (具备, 保留, 每年开展), and a level to reach (应达到)
    ("省级跨境电商产业园应具备不少于3万平方米的集中办公和仓储空间。", [
        ("集中办公和仓储空间", 3.0, "万平方米", "at_least", "amount", "不少于3万平方米的集中办公和仓储空间"),
    ]),
    ("外摆区域应保留不少于2米的人行通道。", [("人行通道", 2.0, "米", "at_least", "amount", "不少于2米的人行通道")]),
    ("星级绿色建筑项目应每年开展不少于1次运行评估。", [("运行评估", 1.0, "次", "at_least", "amount", "不少于1次运行评估")]),
    ("示范县农村自来水普及率应达到98%以上。", [
        ("示范县农村自来水普及率", 98.0, "%", "at_least", "amount", "示范县农村自来水普及率应达到98%以上"),
    ]),
    # a name after its value keeps what opens it (the firm owning the team)
    ("入库服务商应组建不少于20人的中小企业服务团队。", [
        ("中小企业服务团队", 20.0, "人", "at_least", "amount", "组建不少于20人的中小企业服务团队"),
    ]),
    ("验收时应当有不少于3名专家库专家参加。", [("专家库专家", 3.0, "名", "at_least", "amount", "不少于3名专家库专家")]),
    # a name after its value is cut by no holder ending: 带队 holds no team (队)
    ("科学实践活动须制定安全预案，每15名学生至少配备1名带队教师。", [
        ("带队教师", 1.0, "名", "at_least", "amount", "至少配备1名带队教师"),
    ]),
]
# Where the modal is none: 应急, 应免 (those due), 无须; a condition naming who applies; a money floor; 要求 as a noun.
NOT_MODAL = [
    ("全县每年开展应急演练不少于2次。", [("应急演练", 2.0, "次", "at_least", "goal", "应急演练不少于2次")]),
    ("强制免疫病种应免畜禽免疫密度常年保持在90%以上。", [
        ("强制免疫病种应免畜禽免疫密度", 90.0, "%", "at_least", "goal", "强制免疫病种应免畜禽免疫密度常年保持在90%以上"),
    ]),
    ("全市每年组织无须预约的义诊活动不少于50场。", [("义诊活动", 50.0, "场", "at_least", "goal", "义诊活动不少于50场")]),
    ("申请补助的中医馆应当设置中医诊室不少于2间。", [("中医诊室", 2.0, "间", "at_least", "goal", "中医诊室不少于2间")]),
    ("到2028年，达到海绵城市建设要求的面积比例达到45%。", [
        ("达到海绵城市建设要求的面积比例", 45.0, "%", "reach", "goal", "达到海绵城市建设要求的面积比例达到45%"),
    ]),
]


@pytest.mark.parametrize(("sentence", "expected"), MODAL_LIMITS + NOT_MODAL, ids=[s[:12] for s, _ in MODAL_LIMITS + NOT_MODAL])
def test_modal_limits(sentence, expected):
    assert targets_with_spans(sentence) == expected
