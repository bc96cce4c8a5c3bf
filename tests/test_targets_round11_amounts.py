"""Rules of the eleventh round for support amounts (issue 11, from held-out round 10's misses), each on
sentences written for the test, not copied from a labelled notice: every target of the sentence with its
exact indicator, value, unit, comparator and kind, and the text its span gives back."""

import pytest

from target_rows import targets_with_spans

# (sentence, [(indicator, value, unit, comparator, kind, span text), ...])
AMOUNTS11 = [
    # LIMITED_VERBS on a verbal noun (limit_then_verb: jieba's vn right before the value acts as the verb) and
    # PER_BENEFICIARY_LEADS each_facility 停车场: a floor each car park must meet
    ("每个示范停车场至少设置2个充电车位。", [("充电车位", 2.0, "个", "at_least", "amount", "至少设置2个充电车位")]),
    # PER_BENEFICIARY_LEADS each_facility 大厅: staff each hall must have
    ("每个服务大厅配备专职导办人员不少于2名。", [("专职导办人员", 2.0, "名", "at_least", "amount", "专职导办人员不少于2名")]),
    # PER_BENEFICIARY_LEADS each_facility 学院: a floor each college's partner provides
    ("每个产业学院由合作企业提供不少于300平方米的实训场地。", [("实训场地", 300.0, "平方米", "at_least", "amount", "提供不少于300平方米的实训场地")]),
    # OBLIGATIONS must_provide with 应当: what a funded studio must have
    ("传承工作室应当配备不少于3名学术继承人。", [("学术继承人", 3.0, "名", "at_least", "amount", "不少于3名学术继承人")]),
    # MEASURE_UNITS 个半天 (a clinic's half-day sessions, not 个) and NAME_LEADS per_time with 每年 after its holder
    ("每名导师每年带教门诊不少于50个半天。", [("带教门诊", 50.0, "个半天", "at_least", "amount", "带教门诊不少于50个半天")]),
    # MODIFIER_CUTS going_to (到 before the place a time is spent in) and OBLIGATIONS time_per_period with 每年 and 累计
    ("骨干医师每年到基层医院服务时间累计不少于6个月。", [("基层医院服务时间", 6.0, "个月", "at_least", "amount", "基层医院服务时间累计不少于6个月")]),
    # …but a leading 每年 alone is the rhythm of a goal (TALLY_START), and 在训 keeps its 在
    ("每年安排资金不少于2亿元，在训运动员达到300人。", [("资金", 2.0, "亿元", "at_least", "goal", "资金不少于2亿元"), ("在训运动员", 300.0, "人", "reach", "goal", "在训运动员达到300人")]),
    # ATTRIBUTE_TAILS certificate after a trade level (工, 技师): the levels name the support, 证书 not repeated
    (
        "对培训后取得中级工、高级工、技师证书的，分别按每人1000元、1500元、2000元给予技能提升补贴。",
        [
            ("中级工技能提升补贴", 1000.0, "元", "equal", "amount", "按每人1000元、1500元、2000元给予技能提升补贴"),
            ("高级工技能提升补贴", 1500.0, "元", "equal", "amount", "1500元、2000元给予技能提升补贴"),
            ("技师技能提升补贴", 2000.0, "元", "equal", "amount", "2000元给予技能提升补贴"),
        ],
    ),
    # OWN_PARTS: the notice's own part (本条) before a support is its scope, no part of the name
    ("同一企业每年获得本条奖励资助累计不超过1000万元。", [("奖励资助", 1000.0, "万元", "at_most", "amount", "奖励资助累计不超过1000万元")]),
    # COST_SPLITS: a ratio two budgets share a cost by is no target; the support before it stays
    ("给予每人5万元补贴，由省市按6:4比例分担。", [("补贴", 5.0, "万元", "equal", "amount", "给予每人5万元补贴")]),
    # SIGNED_TERMS: a contract's term the beneficiary signs is a promise, neither goal nor amount
    ("引进人才须与用人单位签订不少于5年的聘用合同。", []),
    # PREDICATE_VERBS 用于: after the share's noun it begins the predicate, no part of the name
    ("可按不超过50%的比例用于设备更新。", [("比例", 50.0, "%", "at_most", "amount", "按不超过50%的比例")]),
    # NAME_LEADS for_recipient: who receives a support before the support's own measure is no part of it
    ("对脱贫村补助标准提高至每户3000元。", [("补助标准", 3000.0, "元", "reach", "amount", "补助标准提高至每户3000元")]),
    # COMPARED_WITHS leaves the 比 of 比例 alone: a payment share raised is an amount (AMOUNT_CUES payment_share)
    ("门诊费用报销比例提高5个百分点。", [("门诊费用报销比例", 5.0, "个百分点", "increase", "amount", "门诊费用报销比例提高5个百分点")]),
    # CONTINUED_SUPPORTS support_named: a further listed value of the support just named keeps its kind
    (
        "对新认定的省级、市级中医特色专科，分别给予建设经费200万元、60万元。",
        [("省级中医特色专科建设经费", 200.0, "万元", "equal", "amount", "建设经费200万元"), ("市级中医特色专科建设经费", 60.0, "万元", "equal", "amount", "60万元")],
    ),
]


@pytest.mark.parametrize("sentence, expected", AMOUNTS11, ids=[s[:14] for s, _ in AMOUNTS11])
def test_round11_amounts(sentence: str, expected: list) -> None:
    assert targets_with_spans(sentence) == expected
