"""Session 23's rules for standards (issue 11), each on sentences written for the test, not copied from a labelled
notice: every target of the sentence with its exact indicator, value, unit, comparator and kind, and the text its span
gives back. Counted over the labels of rounds 1–53, the development data since round 53 was scored."""

import pytest

from target_rows import targets_with_spans

STANDARDS23 = [
    # member_standards SEASON_MEMBERS: a season or time of day after a standard's measure is whose figure it is, one or two
    ("水位监测数据上报频次汛期不少于每小时1次。", [("水位监测数据上报频次", 1.0, "次", "at_least", "amount", "水位监测数据上报频次汛期不少于每小时1次")]),
    ("堤防巡查频次汛期每日不少于2次、非汛期每周不少于1次。", [("堤防巡查频次", 2.0, "次", "at_least", "amount", "堤防巡查频次汛期每日不少于2次"), ("堤防巡查频次", 1.0, "次", "at_least", "amount", "非汛期每周不少于1次")]),
    # …an area bound (省内, 市外) is one too, and a frequency (频次) a measure a member's figure is set in
    ("急救药品配送时间市内不超过4小时。", [("急救药品配送时间", 4.0, "小时", "at_most", "amount", "急救药品配送时间市内不超过4小时")]),
    # (the network inspected is the frequency's holder, left out as the guide leaves holders out)
    ("供热管网巡检频次中心城区每周不少于3次。", [("巡检频次", 3.0, "次", "at_least", "amount", "巡检频次中心城区每周不少于3次")]),
    # …a name that only ends like a season keeps its words (the member must follow a measure)
    ("夜间经济示范街区不少于5个。", [("夜间经济示范街区", 5.0, "个", "at_least", "goal", "夜间经济示范街区不少于5个")]),
    # (after round 55's score) 噪声 is a measure a time of day may follow; 一般 opening a group's name is a kind of it
    ("工地边界噪声昼间不超过70分贝，夜间不超过55分贝。", [("工地边界噪声", 70.0, "分贝", "at_most", "amount", "工地边界噪声昼间不超过70分贝"), ("工地边界噪声", 55.0, "分贝", "at_most", "amount", "夜间不超过55分贝")]),
    ("施工围挡高度主干道不低于2.5米、一般道路不低于2米。", [("施工围挡高度", 2.5, "米", "at_least", "amount", "施工围挡高度主干道不低于2.5米"), ("施工围挡高度", 2.0, "米", "at_least", "amount", "一般道路不低于2米")]),
    # more_units PHYSICAL_UNITS bandwidth: 兆 is a unit of its own; 兆瓦 stays whole
    ("乡镇文化站网络带宽不低于200兆。", [("网络带宽", 200.0, "兆", "at_least", "amount", "网络带宽不低于200兆")]),
    ("屋顶光伏装机容量达到30兆瓦。", [("屋顶光伏装机容量", 30.0, "兆瓦", "reach", "goal", "屋顶光伏装机容量达到30兆瓦")]),
    # more_units: 摄氏度 (℃ written out) with a season member each (STANDARD_MEASURES standard_temperature), 班 closing its
    # value (not 「三班倒」), 亩次 an area worked
    ("室内空调温度夏季不低于26摄氏度，冬季不高于20摄氏度。", [("室内空调温度", 26.0, "摄氏度", "at_least", "amount", "室内空调温度夏季不低于26摄氏度"), ("室内空调温度", 20.0, "摄氏度", "at_most", "amount", "冬季不高于20摄氏度")]),
    ("每条线路每日往返班次不少于2班。", [("往返班次", 2.0, "班", "at_least", "amount", "往返班次不少于2班")]),
    ("实行三班倒工作制。", []),
    # standard.STANDARD_APPLIED: a rate 核定 or 保障 for a fee named before 按, who pays between allowed, a base counted per head
    ("安全检测费用由县财政按每座3万元标准予以保障。", [("安全检测费用", 3.0, "万元", "equal", "amount", "安全检测费用由县财政按每座3万元")]),
    ("运行补助按每个服务站每年1.5万元核定。", [("运行补助", 1.5, "万元", "equal", "amount", "运行补助按每个服务站每年1.5万元")]),
    ("服务补助按签约人口每人每年8元的标准核定。", [("服务补助", 8.0, "元", "equal", "amount", "服务补助按签约人口每人每年8元")]),
    ("购买服务经费按每人每年不低于3万元的标准核定。", [("购买服务经费", 3.0, "万元", "at_least", "amount", "购买服务经费按每人每年不低于3万元")]),
    # a levy or deposit set as a share of a base (after round 54's blind score): named before 按 (standard.STANDARD_APPLIED) or
    # after the verb (standard_deeds.SHARE_DEEDS)
    ("海域使用金按标准的30%减征。", [("海域使用金", 30.0, "%", "equal", "amount", "海域使用金按标准的30%")]),
    ("安全保证金按项目合同额的2%预留。", [("安全保证金", 2.0, "%", "equal", "amount", "安全保证金按项目合同额的2%")]),
    ("按合同额的2%存储农民工工资保证金。", [("农民工工资保证金", 2.0, "%", "equal", "amount", "2%存储农民工工资保证金")]),
    # rate_words.without_rate_word and standard_holders._per_head_holder: 亩均 stays in the name, its holder leaves it
    ("新建示范基地亩均投资原则上不低于2000元。", [("亩均投资", 2000.0, "元", "at_least", "amount", "亩均投资原则上不低于2000元")]),
    ("亩均产值不低于8000元。", [("亩均产值", 8000.0, "元", "at_least", "amount", "亩均产值不低于8000元")]),
    # a term of office (patterns.AMOUNT_CUES office_term, names.INDICATOR_NOUN, refuse.TERM_NAMES): an amount stated bare,
    # its holder left out (standard_holders.TERM_MEASURES); a 缺陷责任期 is no term of office
    ("理事会每届任期3年。", [("任期", 3.0, "年", "equal", "amount", "任期3年")]),
    ("驻村专家每届聘期2年。", [("聘期", 2.0, "年", "equal", "amount", "聘期2年")]),
    ("社区规划师聘期一般不超过3年。", [("聘期", 3.0, "年", "at_most", "amount", "聘期一般不超过3年")]),
    ("工程缺陷责任期不少于2年。", [("工程缺陷责任期", 2.0, "年", "at_least", "amount", "工程缺陷责任期不少于2年")]),
    ("全市农业生产托管服务面积达到300万亩次。", [("农业生产托管服务面积", 300.0, "万亩次", "reach", "goal", "农业生产托管服务面积达到300万亩次")]),
    # returned.FREE_FIRSTS with 首, FREE_AFTERS parking_then_free: what is free for the first hours may be named after them
    ("新能源车辆前1小时停车免费。", [("停车", 1.0, "小时", "equal", "amount", "1小时停车")]),
    ("在路侧泊位停车首30分钟免费。", [("停车", 30.0, "分钟", "equal", "amount", "30分钟")]),
]


# value_shapes.FACILITY_UPGRADES: a counter of facilities after 完成 counts the facilities, the upgrade done to them is the
# goal's work (TARGET_LABELING.md, indicator: 24 of 31 labels, the rest relabelled); households and rooms count the work
GOALS23 = [
    ("2026年底前完成80所学校食堂标准化改造。", [("学校食堂", 80.0, "所", "equal", "goal", "完成80所学校食堂")]),
    ("完成45个农家书屋提档升级。", [("农家书屋", 45.0, "个", "equal", "goal", "完成45个农家书屋")]),
    ("完成6座污水处理厂提标改造。", [("污水处理厂", 6.0, "座", "equal", "goal", "完成6座污水处理厂")]),
    ("完成20所中小学校周边交通环境改造。", [("中小学校", 20.0, "所", "equal", "goal", "完成20所中小学校")]),
    ("完成3000户困难家庭适老化改造。", [("困难家庭适老化改造", 3000.0, "户", "equal", "goal", "完成3000户困难家庭适老化改造")]),
    ("完成800间教室照明改造。", [("教室照明改造", 800.0, "间", "equal", "goal", "完成800间教室照明改造")]),
]


# division_nouns.DIVISION_THEN_NOUNS: the thing counted right after a division, no verb, is the division's quota (a goal named by
# the thing); a facility after the division is the unit a standard is set for (an amount), and a qualified 县 is a division too
# (patterns.PER_PLACE_QUOTAS per_place)
QUOTAS23 = [
    ("每个设区市心理援助热线座席不少于8个。", [("心理援助热线座席", 8.0, "个", "at_least", "goal", "心理援助热线座席不少于8个")]),
    ("每个重点乡镇驻村技术指导员不少于3名。", [("驻村技术指导员", 3.0, "名", "at_least", "goal", "驻村技术指导员不少于3名")]),
    ("每个乡镇综合文化站专职工作人员不少于2名。", [("专职工作人员", 2.0, "名", "at_least", "amount", "专职工作人员不少于2名")]),
    # (a level after 每个 is no division: round 54b, read wrong by this rule in its blind score)
    ("每个县级评审委员会成员不少于9名。", [("县级评审委员会成员", 9.0, "名", "at_least", "amount", "县级评审委员会成员不少于9名")]),
    ("每个重点县配备蜂业防疫员不少于2名。", [("蜂业防疫员", 2.0, "名", "at_least", "goal", "蜂业防疫员不少于2名")]),
    # facility_kinds.EACH_UNIT_STANDARDS each_unit: a ship is one unit meeting a standard, as a vehicle is
    ("每艘执法船配备持证船员不少于6名。", [("持证船员", 6.0, "名", "at_least", "amount", "持证船员不少于6名")]),
]

SENTENCES23 = STANDARDS23 + GOALS23 + QUOTAS23


@pytest.mark.parametrize("sentence, expected", SENTENCES23, ids=[s[:14] for s, _ in SENTENCES23])
def test_session23_rules(sentence: str, expected: list) -> None:
    assert targets_with_spans(sentence) == expected
