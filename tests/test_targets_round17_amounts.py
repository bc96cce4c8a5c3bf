"""Rules of the seventeenth round for support amounts (issue 11, from held-out round 16's kind and naming errors,
counted against rounds 12–15), each on sentences written for the test, not copied from a labelled notice: every
target of the sentence with its exact indicator, value, unit, comparator and kind, and the text its span gives back."""

import pytest

from target_rows import targets_with_spans

# (sentence, [(indicator, value, unit, comparator, kind, span text), ...])
AMOUNTS17 = [
    # standard_kinds.standard_run (round 27; was COUNTS_AFTER_MEASURES count_after_measure): staff or events after a facility's physical measure
    # in the same sentence are more of what the facility must have or do, amounts
    ("非遗工坊展示面积应不少于60平方米，每年开展传习活动不少于10次。", [("展示面积", 60.0, "平方米", "at_least", "amount", "展示面积应不少于60平方米"), ("传习活动", 10.0, "次", "at_least", "amount", "传习活动不少于10次")]),
    ("每个驿站服务半径一般不超过10公里，配备专职管理人员不少于2名。", [("服务半径", 10.0, "公里", "at_most", "amount", "服务半径一般不超过10公里"), ("专职管理人员", 2.0, "名", "at_least", "amount", "专职管理人员不少于2名")]),
    # …while households a facility brings along after its area stay a goal
    ("示范基地核心区面积不少于300亩，带动农户不少于150户。", [("核心区面积", 300.0, "亩", "at_least", "amount", "核心区面积不少于300亩"), ("农户", 150.0, "户", "at_least", "goal", "农户不少于150户")]),
    # found.CLAUSE_LINKS and_also / its: 且 or 其 opening a clause is no part of the name
    ("境外服务中心建筑面积应不少于300平方米，且本地化雇员不少于2名。", [("建筑面积", 300.0, "平方米", "at_least", "amount", "建筑面积应不少于300平方米"), ("本地化雇员", 2.0, "名", "at_least", "amount", "本地化雇员不少于2名")]),
    ("新建集中供水工程，其日供水能力原则上不低于500立方米。", [("日供水能力", 500.0, "立方米", "at_least", "amount", "日供水能力原则上不低于500立方米")]),
    # …but 其他 is a word of the name
    ("其他企业补贴不超过10万元。", [("其他企业补贴", 10.0, "万元", "at_most", "amount", "其他企业补贴不超过10万元")]),
    # standard_kinds.SHOULD_MEETS should_be_within: 应在 X 以上 is a limit each one meets; found.TRAILING_FILLER leaves 应在 out
    ("每个康养基地森林覆盖率应在70%以上，步道长度不少于3公里。", [("森林覆盖率", 70.0, "%", "at_least", "amount", "森林覆盖率应在70%以上"), ("步道长度", 3.0, "公里", "at_least", "amount", "步道长度不少于3公里")]),
    # standard_names.PROVIDERS_OF_RATES guarantor: the guarantor charging a fee rate, and whom it charges, leave the name
    ("县融资担保公司对农业项目担保费率不高于1%。", [("担保费率", 1.0, "%", "at_most", "amount", "担保费率不高于1%")]),
    ("市政策性融资担保机构担保费率不超过0.8%。", [("担保费率", 0.8, "%", "at_most", "amount", "担保费率不超过0.8%")]),
    # standard_kinds.FACILITY_MEASURES response_time: how fast each call is answered or each run follows, under a limit
    ("康养基地应与县级医院签订协议，急救响应时间不超过20分钟。", [("急救响应时间", 20.0, "分钟", "at_most", "amount", "急救响应时间不超过20分钟")]),
    # …while an average, or the government's own emergency response, stays a goal
    ("应急响应时间不超过30分钟。", [("应急响应时间", 30.0, "分钟", "at_most", "goal", "应急响应时间不超过30分钟")]),
    ("院前急救平均响应时间不超过12分钟。", [("院前急救平均响应时间", 12.0, "分钟", "at_most", "goal", "院前急救平均响应时间不超过12分钟")]),
    # name_leads.NAME_LEADS place_within: a street, a living circle or a range 内 opening the name is where, not what
    ("特色街区内老字号门店数量应不少于15家。", [("老字号门店数量", 15.0, "家", "at_least", "amount", "老字号门店数量应不少于15家")]),
    # patterns.PER_QUANTIFIER_WORDS: 每箱 / 每株 / 每棵 are per-unit quantifiers, no part of the support's name
    ("对新增蜂箱100箱以上的养蜂户，每箱补助60元。", [("补助", 60.0, "元", "equal", "amount", "补助60元")]),
    ("对古树名木，每株补助200元。", [("补助", 200.0, "元", "equal", "amount", "补助200元")]),
    # facility_kinds.FACILITY_SUFFIXES school_or_window: the staff of each window or school is a standard, an amount
    ("每个专窗配备专职服务人员不少于2名。", [("专职服务人员", 2.0, "名", "at_least", "amount", "专职服务人员不少于2名")]),
    # facility_kinds.EACH_GIVEN staff_per_served: staff set per people or vehicles served is an amount
    ("研学基地每40名学生配备不少于1名专职导师。", [("专职导师", 1.0, "名", "at_least", "amount", "不少于1名专职导师")]),
    # …while a ratio per head of population stays the territory's goal
    ("每万人口配备社会工作者不少于5名。", [("社会工作者", 5.0, "名", "at_least", "goal", "社会工作者不少于5名")]),
    # patterns.VALUE_FIRST_VERBS 明确 and facility_kinds.EACH_GIVEN each_firm_named: a person named to each firm or post is an amount
    ("每家重点企业明确1名服务专员。", [("服务专员", 1.0, "名", "equal", "amount", "明确1名服务专员")]),
    # …a person each place names stays its quota, a goal
    ("各乡镇要明确1名分管领导。", [("分管领导", 1.0, "名", "equal", "goal", "明确1名分管领导")]),
    # …and refuse.SET_OUT_PARTS parts_set_out: 明确 before any other count sets out the notice's own parts, no target
    ("明确十四项重点任务。", []),
    # names.ITEM_QUALIFIED_MEASURES facility_measure: a cold store's volume after 每个 and the facility names the volume alone
    ("每个配送中心冷库容积不少于500立方米。", [("冷库容积", 500.0, "立方米", "at_least", "amount", "冷库容积不少于500立方米")]),
    ("每个仓储中心冷藏库容不少于1000立方米。", [("冷藏库容", 1000.0, "立方米", "at_least", "amount", "冷藏库容不少于1000立方米")]),
    # standard_names.TRAINING_HOURS trainee_and_verb: hours of training each person takes are an amount named by the
    # training, without the trainee, 全年 / 每年 and 参加 / 接受
    ("每名参训人员全年培训学时不少于12学时。", [("培训学时", 12.0, "学时", "at_least", "amount", "培训学时不少于12学时")]),
    ("每名持证上岗人员每年参加培训时间不少于20学时。", [("培训时间", 20.0, "学时", "at_least", "amount", "培训时间不少于20学时")]),
    ("急救人员每年接受继续医学教育不少于30学时。", [("继续医学教育", 30.0, "学时", "at_least", "amount", "继续医学教育不少于30学时")]),
    ("服务机构应为其安排不少于32学时的岗前培训。", [("岗前培训", 32.0, "学时", "at_least", "amount", "安排不少于32学时的岗前培训")]),
    # patterns.MEASURE_UNITS 瓶 / 具 / 组 with values.UNIT_GUARDS bottle_not_neck, piece_not_have, team_not_organise
    ("每个培训基地配备心肺复苏模拟人不少于10具。", [("心肺复苏模拟人", 10.0, "具", "at_least", "amount", "心肺复苏模拟人不少于10具")]),
    ("每个急救站点配置急救医护人员不少于1组。", [("急救医护人员", 1.0, "组", "at_least", "amount", "急救医护人员不少于1组")]),
    ("培育3家具有国际竞争力的企业。", [("企业", 3.0, "家", "equal", "goal", "培育3家具有国际竞争力的企业")]),
    # names.PURPOSE_SUPPORTS purpose_support: a cost standard keeps the work it pays for
    ("每户改造费用标准不超过3000元。", [("改造费用标准", 3000.0, "元", "at_most", "amount", "改造费用标准不超过3000元")]),
    # refuse.SCALE_CLASSES scale_class: a bare 千 / 万 naming a class of works is its name, no value (超千家 stays a value)
    ("新建千吨万人以上供水工程20处。", [("千吨万人以上供水工程", 20.0, "处", "equal", "goal", "千吨万人以上供水工程20处")]),
    ("完成千人以上农村供水工程水源保护区划定。", []),
    ("培育超千家企业。", [("企业", 1000.0, "家", "at_least", "goal", "培育超千家企业")]),
]


@pytest.mark.parametrize("sentence, expected", AMOUNTS17, ids=[s[:12] for s, _ in AMOUNTS17])
def test_round17_amounts(sentence, expected):
    assert targets_with_spans(sentence) == expected
