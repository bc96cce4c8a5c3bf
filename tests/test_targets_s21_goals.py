"""Session 21, goal names (counted_objects): a condition word inside the name of the bodies or persons a goal counts
leaves the count a goal (COUNTED_BODIES), and a scope word opening a name after its verb is cut (OPENING_SCOPES).
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
# Where the rules must not change the reading: a province-wide grade (全市性) stays, and a condition of years is no target.
UNCHANGED = [
    ("每年举办全市性青少年体育比赛不少于10场。", [
        ("全市性青少年体育比赛", 10.0, "场", "at_least", "goal", "全市性青少年体育比赛不少于10场"),
    ]),
    ("对从事相关工作3年以上的人员给予补贴。", []),
    ("申报企业应具有2年以上运营经验。", []),
]
CASES = COUNTED + SCOPED + UNCHANGED


@pytest.mark.parametrize(("sentence", "expected"), CASES, ids=[s[:12] for s, _ in CASES])
def test_s21_goal_names(sentence, expected):
    assert targets_with_spans(sentence) == expected
