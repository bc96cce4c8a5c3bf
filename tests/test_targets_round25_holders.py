"""Rules of the twenty-fifth round for the front edge of a measured name (issue 11, from held-out rounds 23–24's names that
keep words before what is measured), each on sentences written for the test: every target of the sentence with its exact
indicator, value, unit, comparator and kind, and the text its span gives back."""

import pytest

from target_rows import targets_with_spans

# (sentence, [(indicator, value, unit, comparator, kind, span text), ...])
FRONT_EDGES25 = [
    # name_openers.NAME_OPENERS taking_part: a verb of taking part or receiving, and whoever takes part, open no name
    ("每名学生每年免费接受口腔检查不少于1次。", [("口腔检查", 1.0, "次", "at_least", "amount", "口腔检查不少于1次")]),
    ("社区医生每人每年接受业务培训不少于30学时。", [("业务培训", 30.0, "学时", "at_least", "amount", "业务培训不少于30学时")]),
    ("每人每年享受技能补贴不超过2次。", [("技能补贴", 2.0, "次", "at_most", "amount", "技能补贴不超过2次")]),
    # gone_to_place: the place gone to and whoever goes there
    ("乡镇卫生院骨干医师每3年到上级医院进修时间累计不少于3个月。", [("进修时间", 3.0, "个月", "at_least", "amount", "进修时间累计不少于3个月")]),
    ("律师每月到村（社区）现场服务不少于2次。", [("现场服务", 2.0, "次", "at_least", "amount", "现场服务不少于2次")]),
    # standard_holders.HOLDER_ENDINGS person, plant_or_toilet, and the last holder before a measure that names something
    ("新入职社区工作者岗前培训时间不少于30学时。", [("岗前培训时间", 30.0, "学时", "at_least", "amount", "岗前培训时间不少于30学时")]),
    ("新建公厕建筑面积原则上不少于20平方米。", [("建筑面积", 20.0, "平方米", "at_least", "amount", "建筑面积原则上不少于20平方米")]),
    ("物流企业新建厂区雨水调蓄设施容积不少于100立方米。", [("雨水调蓄设施容积", 100.0, "立方米", "at_least", "amount", "雨水调蓄设施容积不少于100立方米")]),
    # names: 「…中」 before a share names the group it is taken in; 治理工程 is a works' name, never cut inside: since
    # round 31 (standard_holders.TERM_MEASURES: a design life names the measure alone) the works is its holder, left out
    ("理事会成员中女性比例原则上不低于30%。", [("理事会成员中女性比例", 30.0, "%", "at_least", "amount", "理事会成员中女性比例原则上不低于30%")]),
    ("治理工程设计使用年限不少于20年。", [("设计使用年限", 20.0, "年", "at_least", "amount", "设计使用年限不少于20年")]),
]

# Where the rules must NOT fire: an enterprise placement keeps its name, a count of those taking part keeps its verb, a pay
# alone keeps its holder, listed staff are no holder.
NOT_FRONT_EDGES25 = [
    ("专业课教师每年到企业实践时间累计不少于1个月。", [("企业实践时间", 1.0, "个月", "at_least", "amount", "企业实践时间累计不少于1个月")]),
    ("网格员报酬每人每月不低于1200元。", [("网格员报酬", 1200.0, "元", "at_least", "amount", "网格员报酬每人每月不低于1200元")]),
    ("每辆救护车配备驾驶员和担架员不少于3名。", [("驾驶员和担架员", 3.0, "名", "at_least", "amount", "驾驶员和担架员不少于3名")]),
]


@pytest.mark.parametrize(("sentence", "expected"), FRONT_EDGES25 + NOT_FRONT_EDGES25, ids=[s[:16] for s, _ in FRONT_EDGES25 + NOT_FRONT_EDGES25])
def test_round25_front_edges(sentence, expected):
    assert targets_with_spans(sentence) == expected
