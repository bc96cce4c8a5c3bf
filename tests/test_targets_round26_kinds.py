"""Rules of the twenty-sixth round for the kind of a target (issue 11, from held-out rounds 23–25's kind errors), each on
sentences written for the test, not copied from a labelled notice: every target of the sentence with its exact indicator,
value, unit, comparator and kind, and the text its span gives back."""

import pytest

from target_rows import targets_with_spans

# (sentence, [(indicator, value, unit, comparator, kind, span text), ...])
KINDS26 = [
    # facility_kinds.STAFF_EQUIPPED: staff a class of unit is equipped with, no 每 / 各 before
    ("床位在200张以上的养老机构至少配备1名专职社工。", [("专职社工", 1.0, "名", "at_least", "amount", "至少配备1名专职社工")]),
    ("从业人员超过50人的，配备专职安全管理人员不少于2名。", [("专职安全管理人员", 2.0, "名", "at_least", "amount", "专职安全管理人员不少于2名")]),
    # work_standards.LIMITED_PARAMETERS frequency: 频次 under a limit word
    ("对风险等级较高的食品企业，年度现场检查频次不少于3次。", [("年度现场检查频次", 3.0, "次", "at_least", "amount", "年度现场检查频次不少于3次")]),
    # kinds.JOINED_COUNTS: a count joined by 和 to a standard's count
    ("每个重点项目明确1名包联领导和1名项目专员。", [("包联领导", 1.0, "名", "equal", "amount", "明确1名包联领导"), ("项目专员", 1.0, "名", "equal", "amount", "1名项目专员")]),
    # standard_kinds.standard_run (round 27; written for facility_kinds.LISTED_STANDARDS), after a measure: a count joined by 、 to an area
    # (session 14: a bare 面积 after a per-unit word keeps its item, as the guide's 「每支队伍人数」 → 队伍人数)
    ("每个示范基地面积不少于100亩、试验品种不少于20个。", [("示范基地面积", 100.0, "亩", "at_least", "amount", "示范基地面积不少于100亩"), ("试验品种", 20.0, "个", "at_least", "amount", "试验品种不少于20个")]),
    # kinds.INSPECTION_SHARES: the authority's own share of checks, against a base
    ("对补助项目开展随机抽查，每年抽查比例不低于项目总数的10%。", [("抽查比例", 10.0, "%", "at_least", "goal", "抽查比例不低于项目总数的10%")]),
    # kinds.OUTCOME_RATES reached_rate 参保率
    ("交通工程按项目参保率保持在100%。", [("交通工程按项目参保率", 100.0, "%", "equal", "goal", "交通工程按项目参保率保持在100%")]),
    # kinds.SUPPORT_RATES_REACHED: a fund's rate brought to a level
    ("住房公积金归集率达到95%以上。", [("住房公积金归集率", 95.0, "%", "at_least", "goal", "住房公积金归集率达到95%以上")]),
    # patterns.GOAL_TOTALS growth_over_year, funds_sought
    ("安排养老服务补助资金3.5亿元，较上年增长8%。", [("养老服务补助资金", 3.5, "亿元", "equal", "goal", "养老服务补助资金3.5亿元"), ("养老服务补助资金", 8.0, "%", "increase", "goal", "较上年增长8%")]),
    ("力争争取上级水利建设资金8000万元以上。", [("上级水利建设资金", 8000.0, "万元", "at_least", "goal", "上级水利建设资金8000万元以上")]),
]

# Where the rules must NOT fire: a division's staff quota, a territory's staff total, a frequency brought about, joined counts of a
# division, a batch's own share of checks, a guarantee fee capped, a support standard raised.
NOT_KINDS26 = [
    ("每个乡镇至少配备2名专职护林员。", [("专职护林员", 2.0, "名", "at_least", "goal", "至少配备2名专职护林员")]),
    ("全市配备专职网格员不少于800名。", [("专职网格员", 800.0, "名", "at_least", "goal", "专职网格员不少于800名")]),
    ("到2027年，管道巡检频次提高到每年4次。", [("管道巡检频次", 4.0, "次", "reach", "goal", "管道巡检频次提高到每年4次")]),
    ("各街道要明确1名分管领导和1名联络员。", [("分管领导", 1.0, "名", "equal", "goal", "明确1名分管领导"), ("联络员", 1.0, "名", "equal", "goal", "1名联络员")]),
    ("融资担保机构担保费率不高于1%。", [("担保费率", 1.0, "%", "at_most", "amount", "担保费率不高于1%")]),
    ("技能培训补贴标准提高到每人每天60元。", [("技能培训补贴标准", 60.0, "元", "reach", "amount", "技能培训补贴标准提高到每人每天60元")]),
]


@pytest.mark.parametrize(("sentence", "expected"), KINDS26 + NOT_KINDS26, ids=[s[:16] for s, _ in KINDS26 + NOT_KINDS26])
def test_round26_kinds(sentence, expected):
    assert targets_with_spans(sentence) == expected
