"""Round 33, the kind of a target (goal or amount): constructions that recur across notices and writers, each
counted over the labels of all rounds (issue 11). Sentences written for the test: every target with its exact
fields and the text its span gives back."""

import pytest

from target_rows import targets_with_spans

# How often an installation records, uploads or is serviced, under a limit word, is its standard
# (standard_kinds.FACILITY_MEASURES, interval_or_cycle).
INTERVALS = [
    ("污水泵站运行参数采集间隔不超过10分钟。", [
        ("运行参数采集间隔", 10.0, "分钟", "at_most", "amount", "运行参数采集间隔不超过10分钟"),
    ]),
    ("桥梁定期检测周期不超过3年。", [
        ("定期检测周期", 3.0, "年", "at_most", "amount", "定期检测周期不超过3年"),  # (session 18: the bridge is its holder, as meicen 35a's 结构定期检测间隔)
    ]),
    ("智能水表读数回传间隔不大于30分钟，读数保存期限不少于2年。", [
        ("智能水表读数回传间隔", 30.0, "分钟", "at_most", "amount", "智能水表读数回传间隔不大于30分钟"),
        ("读数保存期限", 2.0, "年", "at_least", "amount", "读数保存期限不少于2年"),
    ]),
]
# A cycle the government brings down (压缩至) names no limit word: a goal.
NOT_INTERVALS = [
    ("不动产登记办理周期压缩至3个工作日以内。", [
        ("不动产登记办理周期", 3.0, "个工作日", "at_most", "goal", "不动产登记办理周期压缩至3个工作日以内"),
    ]),
]


@pytest.mark.parametrize(("sentence", "expected"), INTERVALS + NOT_INTERVALS, ids=[s[:10] for s, _ in INTERVALS + NOT_INTERVALS])
def test_interval_or_cycle(sentence, expected):
    assert targets_with_spans(sentence) == expected


# Staff named for each line or tree, whatever alternatives follow it, is that unit's standard (facility_kinds.EACH_UNIT_STANDARDS,
# each_line_or_tree); what the government cultivates for each stays a goal.
EACH_LINE = [
    ("每条支流、沟渠明确1名河段长。", [
        ("河段长", 1.0, "名", "equal", "amount", "明确1名河段长"),
    ]),
    ("每株古树名木落实1名养护责任人。", [
        ("养护责任人", 1.0, "名", "equal", "amount", "落实1名养护责任人"),
    ]),
]
NOT_EACH_LINE = [
    ("每条重点产业链培育链主企业不少于2家。", [
        ("链主企业", 2.0, "家", "at_least", "goal", "链主企业不少于2家"),
    ]),
]


@pytest.mark.parametrize(("sentence", "expected"), EACH_LINE + NOT_EACH_LINE, ids=[s[:10] for s, _ in EACH_LINE + NOT_EACH_LINE])
def test_each_line_or_tree(sentence, expected):
    assert targets_with_spans(sentence) == expected


# Each facility or firm acted on or served (对每 / 为每) gets its standard, whoever acts (facility_kinds.EACH_ACTED_ON); each
# division of the territory so served keeps its quota, a goal.
EACH_ACTED_ON = [
    ("县卫生健康局对每个托育机构每年开展卫生评价不少于2次。", [
        ("卫生评价", 2.0, "次", "at_least", "amount", "卫生评价不少于2次"),
    ]),
    ("每年为每所中学提供心理健康讲座不少于1次。", [
        ("心理健康讲座", 1.0, "次", "at_least", "amount", "心理健康讲座不少于1次"),
    ]),
]
NOT_EACH_ACTED_ON = [
    ("县司法局为每个社区配备法律顾问不少于1名。", [
        ("法律顾问", 1.0, "名", "at_least", "goal", "法律顾问不少于1名"),
    ]),
    ("县文化馆每年为每个行政村开展文艺演出不少于2场。", [
        ("文艺演出", 2.0, "场", "at_least", "goal", "文艺演出不少于2场"),
    ]),
]


@pytest.mark.parametrize(("sentence", "expected"), EACH_ACTED_ON + NOT_EACH_ACTED_ON, ids=[s[:10] for s, _ in EACH_ACTED_ON + NOT_EACH_ACTED_ON])
def test_each_acted_on(sentence, expected):
    assert targets_with_spans(sentence) == expected
