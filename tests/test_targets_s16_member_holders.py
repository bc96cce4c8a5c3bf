"""A holder member alone before its limit — the other members of a contrast (其他…), a class of cases (…问题, …纠纷), a hall
(…馆) — continues the measure named before it in the sentence, in a unit of the same dimension and after a per-unit phrase
too (member_holders.HOLDER_MEMBERS); a count of other people stays a thing of its own. Sentences written for the test."""

import pytest

from target_rows import targets_with_spans

CONTINUED = [
    ("接警后到达救援现场时间不超过20分钟，其他乡村不超过1小时。", [
        ("到达救援现场时间", 20.0, "分钟", "at_most", "amount", "到达救援现场时间不超过20分钟"),
        ("到达救援现场时间", 1.0, "小时", "at_most", "amount", "其他乡村不超过1小时"),
    ]),
    ("普通投诉办结时限不超过5个工作日，疑难问题不超过20个工作日。", [
        ("普通投诉办结时限", 5.0, "个工作日", "at_most", "goal", "普通投诉办结时限不超过5个工作日"),
        ("普通投诉办结时限", 20.0, "个工作日", "at_most", "goal", "疑难问题不超过20个工作日"),
    ]),
    ("每次调解补贴最高不超过600元，重大纠纷每件最高不超过2000元。", [
        ("调解补贴", 600.0, "元", "at_most", "amount", "调解补贴最高不超过600元"),
        ("调解补贴", 2000.0, "元", "at_most", "amount", "重大纠纷每件最高不超过2000元"),
    ]),
    ("市级科技馆展厅面积不少于3000平方米，县级科技馆不少于800平方米。", [
        ("展厅面积", 3000.0, "平方米", "at_least", "amount", "展厅面积不少于3000平方米"),
        ("展厅面积", 800.0, "平方米", "at_least", "amount", "县级科技馆不少于800平方米"),
    ]),
]
# Where the rule must not change the reading: other people counted are a thing of their own.
KEPT = [
    ("每个站点配备专职人员不少于2名，其他人员不少于3名。", [
        ("专职人员", 2.0, "名", "at_least", "amount", "专职人员不少于2名"),
        ("其他人员", 3.0, "名", "at_least", "amount", "其他人员不少于3名"),
    ]),
]


@pytest.mark.parametrize(("sentence", "expected"), CONTINUED + KEPT, ids=[s[:10] for s, _ in CONTINUED + KEPT])
def test_member_holders(sentence, expected):
    assert targets_with_spans(sentence) == expected
