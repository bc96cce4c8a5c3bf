"""Rules of the twenty-sixth round for amount names and goal names (issue 11, from held-out round 25's naming errors),
each on sentences written for the test, not copied from a labelled notice: every target of the sentence with its exact
indicator, value, unit, comparator and kind, and the text its span gives back."""

import pytest

from target_rows import targets_with_spans

# (sentence, [(indicator, value, unit, comparator, kind, span text), ...])
NAMED26 = [
    # member_standards.MEMBER_GROUPS pupils: the members stand before each value, the measure before the first
    ("规范作息管理，每天睡眠时间小学生不少于10小时、初中生不少于9小时、高中生不少于8小时。",
     [("睡眠时间", 10.0, "小时", "at_least", "amount", "睡眠时间小学生不少于10小时"),
      ("睡眠时间", 9.0, "小时", "at_least", "amount", "初中生不少于9小时"),
      ("睡眠时间", 8.0, "小时", "at_least", "amount", "高中生不少于8小时")]),
    # member_standards.MEMBER_GROUPS level: a level named alone after the clause that set the standard
    ("街道级养老服务中心建筑面积不少于800平方米，社区级不少于300平方米。",
     [("建筑面积", 800.0, "平方米", "at_least", "amount", "建筑面积不少于800平方米"),
      ("建筑面积", 300.0, "平方米", "at_least", "amount", "社区级不少于300平方米")]),
    # member_standards.MEMBER_GROUPS range
    ("城区范围内救援人员到达现场时间不超过20分钟，山区范围内不超过45分钟。",
     [("到达现场时间", 20.0, "分钟", "at_most", "amount", "到达现场时间不超过20分钟"),
      ("到达现场时间", 45.0, "分钟", "at_most", "amount", "山区范围内不超过45分钟")]),
    # member_standards.MEMBER_GROUPS institution: the first value's holder leaves the measure the next member takes
    ("乡镇卫生院业务用房建筑面积原则上不少于1200平方米，县域医疗分院不少于3000平方米。",
     [("业务用房建筑面积", 1200.0, "平方米", "at_least", "amount", "业务用房建筑面积原则上不少于1200平方米"),
      ("业务用房建筑面积", 3000.0, "平方米", "at_least", "amount", "县域医疗分院不少于3000平方米")]),
    # lists.PASSED_LISTS: approvals passed at each level name the 分别 support, a per-unit word after 给予
    ("对企业自主选育通过国家审定、省级审定的蔬菜新品种，分别给予每个15万元、8万元奖励。",
     [("国家审定奖励", 15.0, "万元", "equal", "amount", "给予每个15万元、8万元奖励"),
      ("省级审定奖励", 8.0, "万元", "equal", "amount", "8万元奖励")]),
    # patterns.PLACE_ONLY_NAMES scope_only + elliptic.BUILT_INSIDE_THINGS: the thing built in the clause before
    ("依托社区综合服务设施建设青少年心理服务站点，到2027年全省建成800个。",
     [("青少年心理服务站点", 800.0, "个", "equal", "goal", "建成800个")]),
    ("推进社区养老服务站建设，到2028年全市建成200个。",
     [("社区养老服务站", 200.0, "个", "equal", "goal", "建成200个")]),
    # patterns.RHYTHM_ONLY_NAMES: a rhythm and 对 name nothing, the noun after the value is named
    ("加强工作场所监测，每年对不少于2000家用人单位开展职业病危害因素监测。",
     [("用人单位", 2000.0, "家", "at_least", "goal", "不少于2000家用人单位")]),
    # …or the object of 完成 after the rhythm
    ("实施困难家庭适老化改造，每年完成改造1500户以上。",
     [("改造", 1500.0, "户", "at_least", "goal", "改造1500户以上")]),
]

# Where the rules must NOT fire: things of their own listed with their counts, levels a recipient won (their head kept),
# a scope word before a named thing, a yearly volume with no name of its own (the clause before names it).
NOT_NAMED26 = [
    ("县级仓库储备风力灭火机不少于100台、二号工具不少于500把。",
     [("风力灭火机", 100.0, "台", "at_least", "goal", "风力灭火机不少于100台"),
      ("二号工具", 500.0, "把", "at_least", "goal", "二号工具不少于500把")]),
    ("对获评国家级、省级龙头企业的，分别给予每家10万元、5万元奖励。",
     [("国家级龙头企业奖励", 10.0, "万元", "equal", "amount", "给予每家10万元、5万元奖励"),
      ("省级龙头企业奖励", 5.0, "万元", "equal", "amount", "5万元奖励")]),
    ("到2027年，全省建成省级示范区20个。",
     [("省级示范区", 20.0, "个", "equal", "goal", "省级示范区20个")]),
    ("实施困难家庭适老化改造，每年完成1500户以上。",
     [("困难家庭适老化改造", 1500.0, "户", "at_least", "goal", "每年完成1500户以上")]),
]


@pytest.mark.parametrize(("sentence", "expected"), NAMED26 + NOT_NAMED26, ids=[s[:16] for s, _ in NAMED26 + NOT_NAMED26])
def test_round26_names(sentence, expected):
    assert targets_with_spans(sentence) == expected
