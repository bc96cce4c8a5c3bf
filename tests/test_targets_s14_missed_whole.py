"""The hours a facility, team or firm must keep a duty, 「实行24小时值守」, are an amount named by the duty
(duty_hours.DUTY_HOURS); a duty system run in a season, or hours of opening, stay no target. Sentences written for
the test: every target with its exact fields and the text its span gives back."""

import pytest

from target_rows import targets_with_spans

KEPT = [
    ("每个乡镇卫生院配备值班医生不少于2名，实行24小时值守。", [
        ("值班医生", 2.0, "名", "at_least", "amount", "值班医生不少于2名"),
        ("值守", 24.0, "小时", "equal", "amount", "实行24小时值守"),
    ]),
    ("园区监控中心实行24小时双人值班。", [
        ("双人值班", 24.0, "小时", "equal", "amount", "实行24小时双人值班"),
    ]),
    ("物流企业应建立车辆动态监控平台，实行24小时远程值守，每周开展隐患排查不少于1次。", [
        ("远程值守", 24.0, "小时", "equal", "amount", "实行24小时远程值守"),
        ("隐患排查", 1.0, "次", "at_least", "amount", "隐患排查不少于1次"),
    ]),
]
# Where nothing may change: a season or an occasion before the verb, a named system, opening hours.
NOT_KEPT = [
    ("森林防火期内实行24小时值班和领导带班制度。", []),
    ("台风预警发布时，各避险点实行24小时值守。", []),
    ("主汛期实行24小时值班值守。", []),
    ("县救助站实行24小时开放。", []),
]


@pytest.mark.parametrize(("sentence", "expected"), KEPT + NOT_KEPT, ids=[s[:10] for s, _ in KEPT + NOT_KEPT])
def test_duty_hours(sentence, expected):
    assert targets_with_spans(sentence) == expected


# A share of an income, the income its base, under a floor: the income is no threshold (refuse.INCOME_BASES).
INCOME_BASED = [
    ("砂石企业安全投入提取比例不低于上年度营业收入的2%。", [
        ("安全投入提取比例", 2.0, "%", "at_least", "amount", "安全投入提取比例不低于上年度营业收入的2%"),
    ]),
    ("生态补偿金计提比例不低于砂石销售收入的4%。", [
        ("生态补偿金计提比例", 4.0, "%", "at_least", "amount", "生态补偿金计提比例不低于砂石销售收入的4%"),
    ]),
]
# Where nothing may change: a share of the income that says which firms qualify.
NOT_INCOME_BASED = [
    ("对研发费用不低于营业收入的6%的企业给予奖励15万元。", [
        ("奖励", 15.0, "万元", "equal", "amount", "奖励15万元"),
    ]),
]


@pytest.mark.parametrize(("sentence", "expected"), INCOME_BASED + NOT_INCOME_BASED, ids=[s[:10] for s, _ in INCOME_BASED + NOT_INCOME_BASED])
def test_income_base(sentence, expected):
    assert targets_with_spans(sentence) == expected


# A place's quota with 每年 between the place and its limit is a goal (place_quotas.PLACE_PERIODS).
PLACE_EACH_YEAR = [
    ("每个社区每年至少组织2次义诊活动。", [
        ("义诊活动", 2.0, "次", "at_least", "goal", "至少组织2次义诊活动"),
    ]),
    ("每个乡镇每年至少举办1期农技培训班。", [
        ("农技培训班", 1.0, "期", "at_least", "goal", "每年至少举办1期农技培训班"),
    ]),
]
# Where nothing may change: a facility's yearly duty and money per place stay amounts.
NOT_PLACE_EACH_YEAR = [
    ("每个服务站每年至少开展1次消防演练。", [
        ("消防演练", 1.0, "次", "at_least", "amount", "至少开展1次消防演练"),
    ]),
    ("每个行政村每年补助不超过3万元。", [
        ("补助", 3.0, "万元", "at_most", "amount", "补助不超过3万元"),
    ]),
]


@pytest.mark.parametrize(("sentence", "expected"), PLACE_EACH_YEAR + NOT_PLACE_EACH_YEAR, ids=[s[:10] for s, _ in PLACE_EACH_YEAR + NOT_PLACE_EACH_YEAR])
def test_place_each_year(sentence, expected):
    assert targets_with_spans(sentence) == expected
