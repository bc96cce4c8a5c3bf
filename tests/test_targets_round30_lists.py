"""Rules of the thirtieth round for the names of 分别 lists (issue 11, from held-out rounds 27–29's amount names), each on
sentences written for the test, not copied from a labelled notice: every target of the sentence with its exact indicator,
value, unit, comparator and kind, and the text its span gives back."""

import pytest

from target_rows import targets_with_spans

# (sentence, [(indicator, value, unit, comparator, kind, span text), ...])
LISTS30 = [
    # list_levels.APPROVALS_WON: levels of an approval won, no recipient after 的
    ("对获得国家级、省级森林康养基地认定的，分别给予30万元、10万元奖励。", [
        ("国家级奖励", 30.0, "万元", "equal", "amount", "给予30万元、10万元奖励"),
        ("省级奖励", 10.0, "万元", "equal", "amount", "10万元奖励"),
    ]),
    # …of a listing entered (入选 is a verb of obtaining)
    ("对首次入选国家级、省级专精特新服务机构推荐目录的，分别给予80万元、30万元一次性奖励。", [
        ("国家级一次性奖励", 80.0, "万元", "equal", "amount", "给予80万元、30万元一次性奖励"),
        ("省级一次性奖励", 30.0, "万元", "equal", "amount", "30万元一次性奖励"),
    ]),
    # …of a review passed (通过), the payer before 分别
    ("对首次通过一级、二级能源管理体系评审的企业，市财政分别给予40万元、15万元奖励。", [
        ("一级奖励", 40.0, "万元", "equal", "amount", "给予40万元、15万元奖励"),
        ("二级奖励", 15.0, "万元", "equal", "amount", "15万元奖励"),
    ]),
    # lists.WON_AT_LISTS: the contests a prize was won at, without 对
    ("运动员在国家级、省级田径比赛中获得第一名的，分别给予2万元、8000元奖励。", [
        ("国家级奖励", 2.0, "万元", "equal", "amount", "给予2万元、8000元奖励"),
        ("省级奖励", 8000.0, "元", "equal", "amount", "8000元奖励"),
    ]),
    # list_levels.CONDITIONS_BETWEEN: a long condition with thresholds of its own between the list and 分别
    ("对在本市举办的国际性、全国性学术会议，参会人数在500人以上且外地参会代表占比不低于60%的，分别给予最高50万元、20万元补助。", [
        ("国际性学术会议补助", 50.0, "万元", "at_most", "amount", "给予最高50万元、20万元补助"),
        ("全国性学术会议补助", 20.0, "万元", "at_most", "amount", "20万元补助"),
    ]),
    # lists.COMPOUND_RECIPIENTS: 城乡 naming the recipients stands for its members
    ("对建成再生资源回收站的城乡社区，分别按每个2万元、1万元给予建设补助。", [
        ("城市社区建设补助", 2.0, "万元", "equal", "amount", "按每个2万元、1万元给予建设补助"),
        ("农村社区建设补助", 1.0, "万元", "equal", "amount", "1万元给予建设补助"),
    ]),
    # list_names.SKILL_GRADES: a trade before the first of two skill grades
    ("新取得汽车维修技师、高级技师职业资格证书的，分别给予1500元、2500元一次性技能提升补贴。", [
        ("技师一次性技能提升补贴", 1500.0, "元", "equal", "amount", "给予1500元、2500元一次性技能提升补贴"),
        ("高级技师一次性技能提升补贴", 2500.0, "元", "equal", "amount", "2500元一次性技能提升补贴"),
    ]),
]

# Where the rules must NOT change the reading: the listed things are the recipients themselves (head repeated), an
# approval of listed things that are no levels (the approval kept), grades without a trade.
NOT_LISTS30 = [
    ("对新认定的国家级、省级农业产业化龙头企业，分别给予50万元、20万元一次性奖励。", [
        ("国家级农业产业化龙头企业一次性奖励", 50.0, "万元", "equal", "amount", "给予50万元、20万元一次性奖励"),
        ("省级农业产业化龙头企业一次性奖励", 20.0, "万元", "equal", "amount", "20万元一次性奖励"),
    ]),
    ("对新获得绿色食品、有机农产品认证的，分别给予每个2万元、3万元奖励。", [
        ("绿色食品认证奖励", 2.0, "万元", "equal", "amount", "给予每个2万元、3万元奖励"),
        ("有机农产品认证奖励", 3.0, "万元", "equal", "amount", "3万元奖励"),
    ]),
    ("对取得高级工、技师、高级技师职业资格证书的，分别给予1000元、2000元、3000元补贴。", [
        ("高级工补贴", 1000.0, "元", "equal", "amount", "给予1000元、2000元、3000元补贴"),
        ("技师补贴", 2000.0, "元", "equal", "amount", "2000元、3000元补贴"),
        ("高级技师补贴", 3000.0, "元", "equal", "amount", "3000元补贴"),
    ]),
]


@pytest.mark.parametrize(("sentence", "expected"), LISTS30 + NOT_LISTS30, ids=[s[:16] for s, _ in LISTS30 + NOT_LISTS30])
def test_round30_lists(sentence, expected):
    assert targets_with_spans(sentence) == expected
