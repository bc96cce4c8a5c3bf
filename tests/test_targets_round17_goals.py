"""Round 17 of the goal rules (issue 11), from the goal errors of the held-out rounds 12–16 grouped by
construction: text written for the test (not copied from a labelled notice), each asserting the exact
target and its span."""

import pytest

from target_rows import targets_with_spans

# (sentence, index of the target, (indicator, value, unit, comparator, kind), the span's text)
GOALS17 = [
    # patterns.MEASURE_UNITS + values.UNIT_GUARDS pitch_not_area / dose_not_form: 片, 剂, 袋, 轮次 are measure words
    ("年内新建笼式足球场25片。", 0, ("笼式足球场", 25.0, "片", "equal", "goal"), "笼式足球场25片"),
    ("年内储备狂犬病疫苗3万剂。", 0, ("狂犬病疫苗", 3.0, "万剂", "equal", "goal"), "狂犬病疫苗3万剂"),
    ("全县香菇种植规模达到3000万袋。", 0, ("香菇种植规模", 3000.0, "万袋", "reach", "goal"), "香菇种植规模达到3000万袋"),
    ("组织消防安全轮训不少于3轮次。", 0, ("消防安全轮训", 3.0, "轮次", "at_least", "goal"), "消防安全轮训不少于3轮次"),
    # …片区 and 剂型 are no measure words
    ("划定整治片区5个。", 0, ("整治片区", 5.0, "个", "equal", "goal"), "整治片区5个"),
    # object_verbs.OBJECT_VERBS promote / include / recycle / produce / conclude / carry_out / take_part_in_drafting: the verb leaves the name
    ("每年推广优质稻新品种20个以上。", 0, ("优质稻新品种", 20.0, "个", "at_least", "goal"), "优质稻新品种20个以上"),
    ("新增收录地方志文献5000册。", 0, ("地方志文献", 5000.0, "册", "increase", "goal"), "地方志文献5000册"),
    ("全年回收处理废旧动力电池2万吨以上。", 0, ("废旧动力电池", 2.0, "万吨", "at_least", "goal"), "废旧动力电池2万吨以上"),
    ("制作文旅宣传短视频不少于100条。", 0, ("文旅宣传短视频", 100.0, "条", "at_least", "goal"), "文旅宣传短视频不少于100条"),
    ("力争达成合作协议金额80亿元。", 0, ("合作协议金额", 80.0, "亿元", "equal", "goal"), "合作协议金额80亿元"),
    ("实施城区积水内涝点改造18处。", 0, ("城区积水内涝点改造", 18.0, "处", "equal", "goal"), "城区积水内涝点改造18处"),
    ("主导或参与制定团体标准15项以上。", 0, ("团体标准", 15.0, "项", "at_least", "goal"), "团体标准15项以上"),
    # …a bare measure after the verb stays whole, and a kind named by 回收 / 签约 keeps them
    ("新品种推广面积达到5万亩。", 0, ("新品种推广面积", 5.0, "万亩", "reach", "goal"), "新品种推广面积达到5万亩"),
    ("每年签约招商项目不少于30个。", 0, ("签约招商项目", 30.0, "个", "at_least", "goal"), "签约招商项目不少于30个"),
    # object_verbs.OBJECT_VERBS open_up / adjust / vaccinate: a value closing the clause after such a verb and its object
    # was no target (jieba reads two verbs side by side, so no leading verb left a noun)
    ("全年新开辟国际货运航线6条。", 0, ("国际货运航线", 6.0, "条", "equal", "goal"), "国际货运航线6条"),
    ("新开工农村供水保障工程80处。", 0, ("农村供水保障工程", 80.0, "处", "equal", "goal"), "农村供水保障工程80处"),
    ("优化调整农村客运班线15条。", 0, ("农村客运班线", 15.0, "条", "equal", "goal"), "农村客运班线15条"),
    ("为适龄儿童免费接种麻腮风疫苗2万剂。", 0, ("麻腮风疫苗", 2.0, "万剂", "equal", "goal"), "麻腮风疫苗2万剂"),
    # …「新开工项目」 is a statistic and stays whole
    ("重点项目投资300亿元以上，其中新开工项目120个。", 1, ("新开工项目", 120.0, "个", "equal", "goal"), "新开工项目120个"),
    # after_value.NARROWING_ASIDES kind_of / restated_head: an aside closing the name that narrows it to a kind, or says its
    # head again with a region, is no part of it; an alternative in the aside stays (「急救中心（站）」)
    ("市级重点龙头企业（畜禽类）达到15家。", 0, ("市级重点龙头企业", 15.0, "家", "reach", "goal"), "市级重点龙头企业（畜禽类）达到15家"),
    ("引进品牌首店（西南首店）达到40家以上。", 0, ("品牌首店", 40.0, "家", "at_least", "goal"), "品牌首店（西南首店）达到40家以上"),
    ("新建城乡公益性公墓（骨灰堂）20个。", 0, ("城乡公益性公墓（骨灰堂）", 20.0, "个", "equal", "goal"), "城乡公益性公墓（骨灰堂）20个"),
    # patterns.COMPARATOR_BEFORE decrease 缩短 / increase 延长 (not before 至 / 到: a level reached), and refuse.DURATION_CHANGES:
    # a time lengthened or shortened by the value is a goal's change, no period
    ("企业开办平均用时较2025年缩短30%。", 0, ("企业开办平均用时", 30.0, "%", "decrease", "goal"), "企业开办平均用时较2025年缩短30%"),
    ("过夜游客人均停留时间较上年延长1天。", 0, ("过夜游客人均停留时间", 1.0, "天", "increase", "goal"), "过夜游客人均停留时间较上年延长1天"),
    ("门诊平均候诊时间缩短至20分钟以内。", 0, ("门诊平均候诊时间", 20.0, "分钟", "at_most", "goal"), "门诊平均候诊时间缩短至20分钟以内"),
    # recognise.INCREASE_STARTS: 新增 after the name with 每年 before it is an increase, as 新增 alone is
    ("高标准农田建设面积每年新增5万亩。", 0, ("高标准农田建设面积", 5.0, "万亩", "increase", "goal"), "高标准农田建设面积每年新增5万亩"),
    # list_tails.joined_head: a listed name ending with the words the head opens with says them once
    ("家电产品、文化产品销售额分别增长6%、9%。", 0, ("家电产品销售额", 6.0, "%", "increase", "goal"), "家电产品、文化产品销售额分别增长6%"),
    ("家电产品、文化产品销售额分别增长6%、9%。", 1, ("文化产品销售额", 9.0, "%", "increase", "goal"), "文化产品销售额分别增长6%、9%"),
    # names.VERB_OBJECT: a 「…的」 clause of two listed places before a counted noun leaves it, as one place's does
    ("开通火车站至古镇、湿地公园的旅游公交线路不少于4条。", 0, ("旅游公交线路", 4.0, "条", "at_least", "goal"), "旅游公交线路不少于4条"),
    # patterns.VALUE_FIRST_VERBS goal 明确: a person named for a duty, the noun after the value; each place's a goal,
    # each one served's an amount (PER_BENEFICIARY_LEADS each_served)
    ("各街道要明确1名分管领导和1名联络员。", 0, ("分管领导", 1.0, "名", "equal", "goal"), "明确1名分管领导"),
    ("各街道要明确1名分管领导和1名联络员。", 1, ("联络员", 1.0, "名", "equal", "goal"), "1名联络员"),
    ("每家重点外资企业明确1名服务管家。", 0, ("服务管家", 1.0, "名", "equal", "amount"), "明确1名服务管家"),
    # refuse.OWN_TASK_COUNTS: the notice's own tasks after the verb are no target
    ("聚焦五个方面，明确十二项重点任务。", None, None, None),
    # patterns.PLACE_ONLY_NAMES + elliptic.BUILT_BEFORE_VERBS: a quota's place alone names nothing; the thing built is the
    # clause before's, without its verbs of building (rounds 10b and 16a, two writers)
    ("加快建设社区嵌入式托育点，每个街道至少建成1个。", 0, ("社区嵌入式托育点", 1.0, "个", "at_least", "goal"), "至少建成1个"),
    # patterns.GOAL_TOTALS arranged_floor: a floor on a budget is the government's total, whatever support it buys
    ("每年安排不少于300万元发放体育消费券。", 0, ("体育消费券", 300.0, "万元", "at_least", "goal"), "每年安排不少于300万元发放体育消费券"),
    # name_deeds.DONE_ENDS tally_after: a tally word between the name and its verb is no part of the name
    ("外贸新业态企业全年新增800家。", 0, ("外贸新业态企业", 800.0, "家", "increase", "goal"), "外贸新业态企业全年新增800家"),
    # names.ACTION_VERBS collect: 采集 before 点 / 站 names a collection point, kept
    ("价格监测采集点数量达到300个。", 0, ("价格监测采集点数量", 300.0, "个", "reach", "goal"), "价格监测采集点数量达到300个"),
    # names.ACTING_SUBJECTS served: 「为…开展 / 实施」, who is served leaves the name with the light verb
    ("全年为农村低收入家庭实施危房改造800户。", 0, ("危房改造", 800.0, "户", "equal", "goal"), "危房改造800户"),
    ("全年免费接种麻腮风疫苗2万剂。", 0, ("麻腮风疫苗", 2.0, "万剂", "equal", "goal"), "麻腮风疫苗2万剂"),
    ("为重点企业开展能效诊断服务不少于60次。", 0, ("能效诊断服务", 60.0, "次", "at_least", "goal"), "能效诊断服务不少于60次"),
]


@pytest.mark.parametrize(("sentence", "index", "want", "span"), GOALS17)
def test_round17_goal(sentence, index, want, span):
    if index is None:
        assert targets_with_spans(sentence) == []
    else:
        assert targets_with_spans(sentence)[index] == want + (span,)
