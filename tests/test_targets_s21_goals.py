"""Session 21, goal names (counted_objects): a condition word inside the name of the bodies or persons a goal counts
leaves the count a goal (COUNTED_BODIES), a scope word opening a name after its verb is cut (OPENING_SCOPES), and a floor
on the times an enforcement action or a joint meeting is held is a goal (GOVERNMENT_ACTIONS), and a counted noun after its
value running to the clause's end is read whole (CLOSING_NOUN_RUNS); a value set aside from a source with no noun of its
own is named by the source (SET_ASIDE_SOURCES).
Sentences written for the test: every target with its exact fields and the text its span gives back."""

import pytest

from target_rows import targets_with_spans

COUNTED = [
    ("到2027年，培育县级家政服务专业化运营龙头企业12家以上。", [
        ("县级家政服务专业化运营龙头企业", 12.0, "家", "at_least", "goal", "县级家政服务专业化运营龙头企业12家以上"),
    ]),
    ("每年培训民宿经营管理人员1500人次以上。", [
        ("民宿经营管理人员", 1500.0, "人次", "at_least", "goal", "民宿经营管理人员1500人次以上"),
    ]),
]
SCOPED = [
    ("每年至少组织2次全市城市内涝应急演练。", [
        ("城市内涝应急演练", 2.0, "次", "at_least", "goal", "至少组织2次全市城市内涝应急演练"),
    ]),
    ("组织开展全区校园食品安全联合检查不少于3次。", [
        ("校园食品安全联合检查", 3.0, "次", "at_least", "goal", "全区校园食品安全联合检查不少于3次"),
    ]),
]
ACTIONS = [
    ("对违规运输车辆从严处罚，每季度至少开展1次联合执法行动。", [
        ("联合执法行动", 1.0, "次", "at_least", "goal", "至少开展1次联合执法行动"),
    ]),
    ("每半年至少召开1次联席会议，研究解决重大问题。", [
        ("联席会议", 1.0, "次", "at_least", "goal", "至少召开1次联席会议"),
    ]),
]
RUNS = [
    ("每个县建成1个县级快递公共配送中心。", [
        ("县级快递公共配送中心", 1.0, "个", "equal", "goal", "建成1个县级快递公共配送中心"),
    ]),
    ("每个乡镇建成1个标准化废旧电池回收网点。", [
        ("标准化废旧电池回收网点", 1.0, "个", "equal", "goal", "建成1个标准化废旧电池回收网点"),
    ]),
]
SOURCES = [
    ("市级每年在年度土地利用计划指标中安排不少于500亩，保障物流园区建设。", [
        ("年度土地利用计划指标", 500.0, "亩", "at_least", "goal", "年度土地利用计划指标中安排不少于500亩"),
    ]),
]
# Where the rules must not change the reading: a province-wide grade (全市性) stays, and a condition of years is no target.
UNCHANGED = [
    ("每年举办全市性青少年体育比赛不少于10场。", [
        ("全市性青少年体育比赛", 10.0, "场", "at_least", "goal", "全市性青少年体育比赛不少于10场"),
    ]),
    ("对从事相关工作3年以上的人员给予补贴。", []),
    ("申报企业应具有2年以上运营经验。", []),
    ("每个执法中队每月开展专项整治行动不少于2次。", [
        ("专项整治行动", 2.0, "次", "at_least", "amount", "专项整治行动不少于2次"),
    ]),
    ("每个乡镇至少有1名农技人员参加培训。", [
        ("农技人员", 1.0, "名", "at_least", "goal", "至少有1名农技人员"),
    ]),
    ("在经营性墓地中划出不低于20%的区域用于节地生态安葬。", [
        ("区域", 20.0, "%", "at_least", "amount", "不低于20%的区域"),
    ]),
    ("每个联盟每学期开展联合教研活动不少于3次。", [
        ("联合教研活动", 3.0, "次", "at_least", "amount", "联合教研活动不少于3次"),
    ]),
]
CASES = COUNTED + SCOPED + ACTIONS + RUNS + SOURCES + UNCHANGED


@pytest.mark.parametrize(("sentence", "expected"), CASES, ids=[s[:12] for s, _ in CASES])
def test_s21_goal_names(sentence, expected):
    assert targets_with_spans(sentence) == expected
