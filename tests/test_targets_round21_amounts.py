"""Rules of the twenty-first round for support amounts (issue 11, from held-out round 20's naming and kind errors, counted
across the writers of rounds 16–20), each on sentences written for the test, not copied from a labelled notice: every
target of the sentence with its exact indicator, value, unit, comparator and kind, and the text its span gives back."""

import pytest

from target_rows import targets_with_spans

# (sentence, [(indicator, value, unit, comparator, kind, span text), ...])
AMOUNTS21 = [
    # standard_names.OWNERS_OF_STANDARDS facility_owner: the facility, site or team that must meet a standard leaves its name
    ("社区卫生服务站业务用房建筑面积原则上不少于300平方米。", [("业务用房建筑面积", 300.0, "平方米", "at_least", "amount", "业务用房建筑面积原则上不少于300平方米")]),
    ("村卫生室诊疗区面积不少于40平方米。", [("诊疗区面积", 40.0, "平方米", "at_least", "amount", "诊疗区面积不少于40平方米")]),
    ("应急物资储备库建筑面积不少于200平方米。", [("建筑面积", 200.0, "平方米", "at_least", "amount", "建筑面积不少于200平方米")]),
    ("试点小区雨水资源利用率原则上不低于30%。", [("雨水资源利用率", 30.0, "%", "at_least", "amount", "雨水资源利用率原则上不低于30%")]),
    ("单条街巷封闭施工工期原则上不超过45天。", [("封闭施工工期", 45.0, "天", "at_most", "amount", "封闭施工工期原则上不超过45天")]),
    # …but not a work done on it (老旧小区改造方案 is what is published)
    ("老旧小区改造方案征求意见时间不少于10天。", [("老旧小区改造方案征求意见时间", 10.0, "天", "at_least", "amount", "老旧小区改造方案征求意见时间不少于10天")]),
    # …and the verb of equipping after the facility leaves it too
    ("每个老旧小区设置电动自行车集中充电点不少于2处。", [("电动自行车集中充电点", 2.0, "处", "at_least", "amount", "电动自行车集中充电点不少于2处")]),
    # …while a bare measure keeps its owner, as after 每个
    ("乡镇冷链服务站容积不少于30立方米。", [("乡镇冷链服务站容积", 30.0, "立方米", "at_least", "amount", "乡镇冷链服务站容积不少于30立方米")]),
    # …and a goal keeps its owner
    ("到2027年，村卫生室医保结算覆盖率达到100%。", [("村卫生室医保结算覆盖率", 100.0, "%", "reach", "goal", "村卫生室医保结算覆盖率达到100%")]),
    # periodic_duties.DUTY_PERIODS within_term: 旬 and 班次 are periods a duty recurs in, and the duty after the period
    # names it, not the owner before it
    ("镇级河长每旬巡河不少于1次。", [("巡河", 1.0, "次", "at_least", "amount", "巡河不少于1次")]),
    ("涉爆车间每班次清理积尘不少于1次。", [("清理积尘", 1.0, "次", "at_least", "amount", "清理积尘不少于1次")]),
    ("食堂排油烟设施每季度至少清洗1次。", [("清洗", 1.0, "次", "at_least", "amount", "清洗1次")]),
    # …while a duty named before the period keeps its name
    ("管网水质检测每月不少于2次。", [("管网水质检测", 2.0, "次", "at_least", "amount", "管网水质检测每月不少于2次")]),
    # standard.STANDARD_APPLIED applied: 筹集 applies a rate to the fee named before 按
    ("乡村医生签约服务费按每人每年100元标准筹集。", [("乡村医生签约服务费", 100.0, "元", "equal", "amount", "乡村医生签约服务费按每人每年100元")]),
    # given_areas.GIVEN_AREAS given_area: the area of a space given or built, said before the space, is named by the space
    ("对入驻的初创团队，提供面积不超过300平方米的创业工位，前3年免租。", [
        ("创业工位", 300.0, "平方米", "at_most", "amount", "面积不超过300平方米的创业工位"),
        ("免租", 3.0, "年", "equal", "amount", "3年免租"),
    ]),
    ("新建住宅小区另配建面积不少于100平方米的养老服务用房。", [("养老服务用房", 100.0, "平方米", "at_least", "amount", "面积不少于100平方米的养老服务用房")]),
    # facility_kinds.EACH_UNIT_STANDARDS each_unit: a count for each unit that is no division of the territory is its standard
    ("每条农村公路明确1名路长。", [("路长", 1.0, "名", "equal", "amount", "明确1名路长")]),
    ("每个乡镇卫生院至少配备1名康复治疗师。", [("康复治疗师", 1.0, "名", "at_least", "amount", "至少配备1名康复治疗师")]),
    # …while a division of the territory, an alternative in brackets or its 城区 included, keeps a quota a goal (EACH_DIVISIONS)
    ("每个乡镇（街道）至少配备专职网格员3名。", [("专职网格员", 3.0, "名", "at_least", "goal", "专职网格员3名")]),
    ("每个设区市城区布设智能回收柜不少于200个。", [("智能回收柜", 200.0, "个", "at_least", "goal", "智能回收柜不少于200个")]),
    ("每个区至少设置1个救助站。", [("救助站", 1.0, "个", "at_least", "goal", "至少设置1个救助站")]),
    # …and the government's own officials named to each unit that is no division are that unit's standard too
    ("每条重点街巷明确1名区级联系领导。", [("区级联系领导", 1.0, "名", "equal", "amount", "明确1名区级联系领导")]),
    # periodic_duties.YEARLY_STANDARDS: what each person or firm served gets done, or each facility is checked, within a year
    # under a floor is a standard, an amount (TARGET_LABELING.md, 每年 before a verb with a quantity)
    ("对签约慢性病患者每年至少提供2次随访服务。", [("随访服务", 2.0, "次", "at_least", "amount", "每年至少提供2次随访服务")]),
    ("加油站油气回收设施检测每年不少于1次。", [("加油站油气回收设施检测", 1.0, "次", "at_least", "amount", "加油站油气回收设施检测每年不少于1次")]),
    # …while the government's or a division's own yearly work stays a goal
    ("各县每年组织防汛应急演练不少于2次。", [("防汛应急演练", 2.0, "次", "at_least", "goal", "防汛应急演练不少于2次")]),
    # shared_limits.SHARED_LIMITS at_least_list: a limit before the first of a list of counts holds for every member, of its kind
    ("每个社区卫生服务中心至少配备1台心电图机、1台彩超和1台除颤仪。", [
        ("心电图机", 1.0, "台", "at_least", "amount", "至少配备1台心电图机"),
        ("彩超", 1.0, "台", "at_least", "amount", "1台彩超"),
        ("除颤仪", 1.0, "台", "at_least", "amount", "1台除颤仪"),
    ]),
    ("每个乡镇至少建成1个综合文化站和1个农家书屋。", [
        ("综合文化站", 1.0, "个", "at_least", "goal", "至少建成1个综合文化站"),
        ("农家书屋", 1.0, "个", "at_least", "goal", "1个农家书屋"),
    ]),
    # …but not past the list: a clause of its own keeps its own comparator
    ("每个乡镇至少建成2个青年驿站，新建3个口袋公园。", [
        ("青年驿站", 2.0, "个", "at_least", "goal", "至少建成2个青年驿站"),
        ("口袋公园", 3.0, "个", "equal", "goal", "新建3个口袋公园"),
    ]),
]


@pytest.mark.parametrize(("sentence", "expected"), AMOUNTS21, ids=[s[:16] for s, _ in AMOUNTS21])
def test_round21_amounts(sentence, expected):
    assert targets_with_spans(sentence) == expected
