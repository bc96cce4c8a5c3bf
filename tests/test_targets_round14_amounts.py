"""Rules of the fourteenth round for support amounts (issue 11, from held-out round 13's misses and the ones
left in rounds 10–12), each on sentences written for the test, not copied from a labelled notice: every target
of the sentence with its exact indicator, value, unit, comparator and kind, and the text its span gives back."""

import pytest

from target_rows import targets_with_spans

# (sentence, [(indicator, value, unit, comparator, kind, span text), ...])
AMOUNTS14 = [
    # standard_kinds.IN_PRINCIPLE_LIMITS in_principle: a limit set 原则上 / 一般 is a standard each case meets
    ("新建公共停车场的充电车位比例原则上不低于15%。", [("新建公共停车场的充电车位比例", 15.0, "%", "at_least", "amount", "新建公共停车场的充电车位比例原则上不低于15%")]),
    ("单个项目建设周期一般不超过2年。", [("建设周期", 2.0, "年", "at_most", "amount", "建设周期一般不超过2年")]),
    # …but a count under it stays a goal (the unit counts things)
    ("纳入培育名单的企业原则上不少于300家。", [("企业", 300.0, "家", "at_least", "goal", "企业原则上不少于300家")]),
    # standard_kinds.FACILITY_MEASURES: a facility's own measure right before a limit word
    ("新建社区服务中心建筑面积不少于600平方米。", [("建筑面积", 600.0, "平方米", "at_least", "amount", "建筑面积不少于600平方米")]),  # built_area
    ("新植绿化带宽度不少于8米。", [("新植绿化带宽度", 8.0, "米", "at_least", "amount", "新植绿化带宽度不少于8米")]),  # width_or_girth
    ("每座换电站储能容量不低于500千瓦时。", [("储能容量", 500.0, "千瓦时", "at_least", "amount", "储能容量不低于500千瓦时")]),  # storage
    ("享受补助的图书馆全年开放天数不少于300天。", [("全年开放天数", 300.0, "天", "at_least", "amount", "全年开放天数不少于300天")]),  # days_open (session 20: what is opened is the holder, the holder model)
    # …while the territory's own level under a limit stays a goal
    ("全市森林覆盖率不低于45%。", [("森林覆盖率", 45.0, "%", "at_least", "goal", "森林覆盖率不低于45%")]),
    # kinds.standards_continued / standard_kinds.standard_run (round 27; was FURTHER_LIMITS further_limit): a further limit in a standard's sentence
    ("每个驿站建筑面积一般不小于50平方米，绿化覆盖率不低于30%。", [("建筑面积", 50.0, "平方米", "at_least", "amount", "建筑面积一般不小于50平方米"), ("绿化覆盖率", 30.0, "%", "at_least", "amount", "绿化覆盖率不低于30%")]),
    # …nor where the territory opens the later clause (its own level, a goal)
    ("每个驿站建筑面积不少于50平方米，全县覆盖率不低于90%。", [("建筑面积", 50.0, "平方米", "at_least", "amount", "建筑面积不少于50平方米"), ("覆盖率", 90.0, "%", "at_least", "goal", "覆盖率不低于90%")]),
    # …but not after a support's cap
    ("单个项目补助不超过50万元，全县绿化覆盖率不低于40%。", [("补助", 50.0, "万元", "at_most", "amount", "补助不超过50万元"), ("绿化覆盖率", 40.0, "%", "at_least", "goal", "绿化覆盖率不低于40%")]),
    # MEASURE_UNITS 厘米 / 毫米
    ("新栽乔木胸径不小于8厘米。", [("新栽乔木胸径", 8.0, "厘米", "at_least", "amount", "新栽乔木胸径不小于8厘米")]),
    # PER_QUANTIFIER_WORDS 每部: a work (a film, a video) is the per-unit item, the support after it the name
    ("对本地原创微电影，每部奖励2万元。", [("奖励", 2.0, "万元", "equal", "amount", "奖励2万元")]),
    # PER_BENEFICIARY_LEADS each_facility 充电站/换电站/服务站: what each station must have is an amount
    # …and names.STATION_ITEMS station: the station after the per-unit word is the item, what follows its measure
    ("每个换电站备用电池不少于20块。", [("备用电池", 20.0, "块", "at_least", "amount", "备用电池不少于20块")]),
    ("每个乡镇充电站快充桩不少于6个。", [("快充桩", 6.0, "个", "at_least", "amount", "快充桩不少于6个")]),
    # LEADING_FILLER 使(?!用): 使用 is a word, not the filler 使
    ("按投入的20%给予奖补，使用期限一般不超过10年。", [("奖补", 20.0, "%", "equal", "amount", "20%给予奖补"), ("使用期限", 10.0, "年", "at_most", "amount", "使用期限一般不超过10年")]),
    # NAME_LEADS place_within: the place a thing stands in (公园内, 景区内) is no part of its name
    ("景区内经营性设施占地面积不超过景区面积的5%。", [("经营性设施占地面积", 5.0, "%", "at_most", "amount", "经营性设施占地面积不超过景区面积的5%")]),
    # values: a ratio written with 「∶」 (U+2236) is a ratio, so COST_SPLITS refuses it as 「:」
    ("运维费用由市、县按5∶3∶2比例分担。", []),
    # refuse.TRIGGERS when_reached: a value closing a 「…时」 clause triggers an action
    ("降雨量超过50毫米时启动应急响应。", []),
    # returned.CONSECUTIVE_SUPPORTS consecutive_support: 「连续支持N年」 after a support is its duration
    ("对新入选的青年拔尖人才，给予每人每年3万元科研经费支持，连续支持2年。", [("科研经费支持", 3.0, "万元", "equal", "amount", "给予每人每年3万元科研经费支持"), ("科研经费支持", 2.0, "年", "equal", "amount", "支持2年")]),
    # …while 连续支持 before a count is a goal, and before a period with 以上 a condition
    ("连续支持5个重点项目。", [("重点项目", 5.0, "个", "equal", "goal", "支持5个重点项目")]),
    # OWN_PARTS own_part: 年度 before the verb of receiving goes with it
    ("同一企业年度享受本办法扶持资金总额不超过500万元。", [("扶持资金总额", 500.0, "万元", "at_most", "amount", "扶持资金总额不超过500万元")]),
    # …and 本政策措施 is one part of the notice, not 本政策 and then 措施
    ("单个企业年度获得本政策措施奖补资金总额不超过800万元。", [("奖补资金总额", 800.0, "万元", "at_most", "amount", "奖补资金总额不超过800万元")]),
    # NAME_LEADS after_event 完成后 / 治理后 (with the unit 厘米, a water standard after remediation: since round 28 an amount, the
    # standard each treated water must reach — standard_kinds.WORK_OPENERS, 52 of 56 labels; qingling 6's 整治完成后 pair stays goals)
    ("治理完成后水体透明度不低于30厘米。", [("水体透明度", 30.0, "厘米", "at_least", "amount", "水体透明度不低于30厘米")]),
    # lists.OBTAINED 新获: the verb before the awards listed is no part of their names
    ("对新获中国设计金奖、银奖的项目，分别给予一次性奖励30万元、10万元。", [("中国设计金奖一次性奖励", 30.0, "万元", "equal", "amount", "一次性奖励30万元"), ("中国设计银奖一次性奖励", 10.0, "万元", "equal", "amount", "10万元")]),
    # kinds: a support's rate per unit (SUPPORT_END 经费标准) is an amount, even raised to
    ("城区二级绿地养护经费标准提高到每平方米每年8元。", [("城区二级绿地养护经费标准", 8.0, "元", "reach", "amount", "城区二级绿地养护经费标准提高到每平方米每年8元")]),
    # names.FACILITY_HEADS facility_head: a facility of two nouns before a one-word measure stays with it
    ("单个街心公园面积一般不小于300平方米。", [("街心公园面积", 300.0, "平方米", "at_least", "amount", "街心公园面积一般不小于300平方米")]),
    # …while a two-noun measure after one noun leaves the item (「每座电站功率规模」, round 12)
    ("每座水厂供水规模原则上不低于2万吨。", [("供水规模", 2.0, "万吨", "at_least", "amount", "供水规模原则上不低于2万吨")]),
    # NAME_LEADS owner_each and OBLIGATIONS each_equipped: the owner, then 每处/每座 and what each must have
    ("省级历史建筑每处配备专职管理员不少于1名。", [("专职管理员", 1.0, "名", "at_least", "amount", "专职管理员不少于1名")]),
    # …while a quota for each place of the territory stays a goal
    ("每个行政村至少配备2名护林员。", [("护林员", 2.0, "名", "at_least", "goal", "至少配备2名护林员")]),
    # refuse.PUBLICITIES / standard_kinds.PUBLICITY_NAMES: how long each case is published is an amount named 公示
    ("审核结果在区政府网站公示5个工作日，公示无异议的拨付资金。", [("公示", 5.0, "个工作日", "equal", "amount", "公示5个工作日")]),
    # AMOUNT_BEFORE: 最大 inside a measure's name is no cap (the level a province reaches stays a goal), 最大 before
    # a limit still is
    ("到2028年，全省抽水蓄能最大顶峰能力力争达到200万千瓦。", [("抽水蓄能最大顶峰能力", 200.0, "万千瓦", "reach", "goal", "抽水蓄能最大顶峰能力力争达到200万千瓦")]),
    ("单笔贷款最大不超过50万元。", [("贷款", 50.0, "万元", "at_most", "amount", "贷款最大不超过50万元")]),
    # GOAL_TOTALS fund_pool: a pool's size is a total the government sets up, a goal
    ("设立创业担保贷款风险补偿资金池，规模不低于3000万元。", [("创业担保贷款风险补偿资金池", 3000.0, "万元", "at_least", "goal", "规模不低于3000万元")]),
]


@pytest.mark.parametrize("sentence, expected", AMOUNTS14, ids=[s[:14] for s, _ in AMOUNTS14])
def test_round14_amounts(sentence: str, expected: list) -> None:
    assert targets_with_spans(sentence) == expected

