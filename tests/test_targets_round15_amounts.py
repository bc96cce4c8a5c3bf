"""Rules of the fifteenth round for support amounts (issue 11, from held-out round 14's kind and naming errors),
each on sentences written for the test, not copied from a labelled notice: every target of the sentence with
its exact indicator, value, unit, comparator and kind, and the text its span gives back."""

import pytest

from target_rows import targets_with_spans

# (sentence, [(indicator, value, unit, comparator, kind, span text), ...])
AMOUNTS15 = [
    # facility_kinds.FACILITY_SUFFIXES (each + facility): what each facility must have is an amount, whatever it counts
    ("每个乡镇卫生院至少配备3名全科医生。", [("全科医生", 3.0, "名", "at_least", "amount", "至少配备3名全科医生")]),  # centre_or_room
    ("每个示范基地核心面积不少于200亩。", [("核心面积", 200.0, "亩", "at_least", "amount", "核心面积不少于200亩")]),  # built_site
    # …and names.STATION_ITEMS station: the facility after the per-unit word is the item, not part of the name
    ("每个养老服务站点护理人员不少于4名。", [("护理人员", 4.0, "名", "at_least", "amount", "护理人员不少于4名")]),  # station_or_point
    ("每个托育点托位数不少于20个。", [("托位数", 20.0, "个", "at_least", "amount", "托位数不少于20个")]),
    # …office, and standard_kinds.standard_run (round 27; was facility_kinds.EQUIPMENT_VERBS equipped_too): a further count of its equipment is an amount too
    ("每个县级检测机构检测人员不少于6名，配备检测车辆不少于1辆。", [("检测人员", 6.0, "名", "at_least", "amount", "检测人员不少于6名"), ("检测车辆", 1.0, "辆", "at_least", "amount", "检测车辆不少于1辆")]),
    # …while a count after a person's standard, not equipment, stays a goal
    # (session 16: the person counted by 每名 is no part of the name, per_unit_names.OWN_NOUN_UNITS — weichuan, yunpu
    # 「联系企业」, minxi 「种粮大户」: no label keeps the person)
    ("每名农技人员联系农户不少于10户，全年开展培训不少于60场次。", [("联系农户", 10.0, "户", "at_least", "amount", "联系农户不少于10户"), ("培训", 60.0, "场次", "at_least", "goal", "培训不少于60场次")]),
    # …and a quota for each place of the territory stays a goal (室外 is no room)
    ("每个行政村配备室外应急广播不少于2个。", [("室外应急广播", 2.0, "个", "at_least", "goal", "室外应急广播不少于2个")]),
    ("每个重点林区乡镇组建扑火队伍不少于1支。", [("扑火队伍", 1.0, "支", "at_least", "goal", "扑火队伍不少于1支")]),
    # facility_kinds.EACH_GIVEN each_given: a person or thing given to each beneficiary is a support
    ("为每家新落户企业配备1名联络员。", [("联络员", 1.0, "名", "equal", "amount", "1名联络员")]),
    # kinds.OBLIGATIONS service_days: how many days a week each facility must serve
    ("卫生服务站每周开放诊疗不少于4天。", [("开放诊疗", 4.0, "天", "at_least", "amount", "开放诊疗不少于4天")]),
    # standard_kinds.FACILITY_MEASURES built_area 厂房面积
    ("新建标准厂房面积不少于1000平方米。", [("标准厂房面积", 1000.0, "平方米", "at_least", "amount", "标准厂房面积不少于1000平方米")]),
    # kinds share_base 倍: a multiple of a base under a limit is a standard, as a share of it is
    ("特困人员救助供养标准不低于当地低保标准的1.3倍。", [("特困人员救助供养标准", 1.3, "倍", "at_least", "amount", "特困人员救助供养标准不低于当地低保标准的1.3倍")]),
    # patterns.GOAL_TOTALS fund_set_up: a fund the government sets up is a goal
    ("设立中小企业转贷应急资金2000万元。", [("中小企业转贷应急资金", 2000.0, "万元", "equal", "goal", "中小企业转贷应急资金2000万元")]),
    # kinds.OUTCOME_RATES reached_rate 可达率: a rate of how many are reached is an outcome, a goal
    ("居民15分钟步行可达率稳定在90%。", [("居民15分钟步行可达率", 90.0, "%", "reach", "goal", "居民15分钟步行可达率稳定在90%")]),
    # amount_names.ONLY_PER_UNIT_NAMES single_item 每艘 / 单店: a cap named by a per-unit word alone caps the support before
    ("对新购置执法船艇的，按购置价的30%给予补助，每艘最高不超过40万元。", [("补助", 30.0, "%", "equal", "amount", "30%给予补助"), ("补助", 40.0, "万元", "at_most", "amount", "每艘最高不超过40万元")]),
    ("对新开设首店的，按装修投入的20%给予补贴，单店最高不超过100万元。", [("补贴", 20.0, "%", "equal", "amount", "20%给予补贴"), ("补贴", 100.0, "万元", "at_most", "amount", "单店最高不超过100万元")]),
]


@pytest.mark.parametrize("sentence, expected", AMOUNTS15, ids=[s[:14] for s, _ in AMOUNTS15])
def test_round15_amounts(sentence: str, expected: list) -> None:
    assert targets_with_spans(sentence) == expected
