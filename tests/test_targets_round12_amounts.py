"""Rules of the twelfth round for support amounts (issue 11, from held-out round 11's misses), each on
sentences written for the test, not copied from a labelled notice: every target of the sentence with its
exact indicator, value, unit, comparator and kind, and the text its span gives back."""

import pytest

from pipeline.targets.recognise import find_targets
from target_rows import targets_with_spans

# (sentence, [(indicator, value, unit, comparator, kind, span text), ...])
AMOUNTS12 = [
    # ITEM_QUALIFIED_MEASURES facility_measure: the facility after 每个 (jieba's nouns) is the per-unit item,
    # the measure of two words after it the indicator
    ("每个烘干中心日处理能力不低于50吨。", [("日处理能力", 50.0, "吨", "at_least", "amount", "日处理能力不低于50吨")]),
    ("每个服务驿站设备完好率不低于90%。", [("设备完好率", 90.0, "%", "at_least", "amount", "设备完好率不低于90%")]),
    # …the nouns run to the first word that is no plain noun: 「乡镇文化中心」 is the item
    ("每个乡镇文化中心活动面积不少于500平方米。", [("活动面积", 500.0, "平方米", "at_least", "amount", "活动面积不少于500平方米")]),
    # …but a team's own one-word measure keeps the team (ITEM_OWN_MEASURE's kind)
    ("每支队伍人数不少于30人。", [("队伍人数", 30.0, "人", "at_least", "amount", "队伍人数不少于30人")]),
    # INDICATOR_NOUN 费用: a support's cost named after a per-capita verb closes the clause with its value
    ("对考取电工证的农民，每人补助考证费用800元。", [("考证费用", 800.0, "元", "equal", "amount", "考证费用800元")]),
    # TERM_NAMES term_noun (and INDICATOR_NOUN 期限): a term's own noun before a time value is the term granted
    ("按每吨50元给予运输补贴，补贴期限2年。", [("运输补贴", 50.0, "元", "equal", "amount", "按每吨50元给予运输补贴"), ("补贴期限", 2.0, "年", "equal", "amount", "补贴期限2年")]),
    # ORDERED_PERIODS later_years: the years after the first ones, before a waiver, are its duration (equal)
    ("对入驻孵化基地的企业，前2年免收场地租金，此后3年租金减半收取。", [("免收场地租金", 2.0, "年", "equal", "amount", "2年免收场地租金"), ("租金减半收取", 3.0, "年", "equal", "amount", "3年租金减半收取")]),
    # …and GRANTED_PERIODS waiver_within: a 的 closes the waiver's name (「租金减半的优惠」 → 租金减半)
    ("给予前1年免租、后2年租金减半的优惠。", [("免租", 1.0, "年", "equal", "amount", "1年免租"), ("租金减半", 2.0, "年", "equal", "amount", "2年租金减半")]),
    # PER_QUANTIFIER_WORDS: a bracketed second classifier after 单台 belongs to the per-unit quantifier
    ("单台（套）市级叠加补贴不超过3万元。", [("市级叠加补贴", 3.0, "万元", "at_most", "amount", "市级叠加补贴不超过3万元")]),
    # MEASURE_UNITS 户次: household visits, as 人次 and 家次
    ("每名指导员每年入户指导不少于50户次。", [("入户指导", 50.0, "户次", "at_least", "amount", "入户指导不少于50户次")]),
    # SIZED_BY_STANDARD fee_pay_or_support 费用: a cost named before 按 is what the applied share sizes
    ("为农户提供土壤检测，检测费用按物价标准的30%收取。", [("检测费用", 30.0, "%", "equal", "amount", "检测费用按物价标准的30%")]),
    # PER_BENEFICIARY_LEADS each_facility 检测室/快检室/活动室: staff each room must have is an amount, the
    # count of rooms for each township a goal
    ("每个街道建成1个活动室，每个活动室配备专职管理人员不少于1名。", [("活动室", 1.0, "个", "equal", "goal", "建成1个活动室"), ("专职管理人员", 1.0, "名", "at_least", "amount", "专职管理人员不少于1名")]),
    # SHARES_AFTER ordered_then_share: the first years, then the rate a support is paid by, are that support's duration
    ("前2年按每平方米20元给予场地补贴。", [("场地补贴", 2.0, "年", "equal", "amount", "2年按每平方米20元给予场地补贴"), ("场地补贴", 20.0, "元", "equal", "amount", "按每平方米20元给予场地补贴")]),
    # OWN_PARTS own_part with a verb of receiving (享受) before the notice's own part: neither is the support's name
    ("单个企业每年享受本办法奖励总额不超过500万元。", [("奖励总额", 500.0, "万元", "at_most", "amount", "奖励总额不超过500万元")]),
    # …while a period naming who qualifies stays no target
    ("承诺服务期限5年以上的人才，给予奖励。", []),
]


@pytest.mark.parametrize("sentence, expected", AMOUNTS12, ids=[s[:14] for s, _ in AMOUNTS12])
def test_round12_amounts(sentence: str, expected: list) -> None:
    assert targets_with_spans(sentence) == expected


# 「每座电站…」 gets the right name (facility_measure: all nouns, the first is the item) and, since round 14
# (standard_kinds.IN_PRINCIPLE_LIMITS), the amount's kind: a standard each power station must meet.
def test_round12_station_standard_kind() -> None:
    sentence = "每座电站装机规模原则上不低于5万千瓦。"
    got = [(t.indicator, t.value, t.unit, t.comparator, t.kind, sentence[t.start : t.end]) for t in find_targets(sentence)]
    assert got == [("装机规模", 5.0, "万千瓦", "at_least", "amount", "装机规模原则上不低于5万千瓦")]
