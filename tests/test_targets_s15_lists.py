"""A 分别 list of levels or awards before 的 and a recipient of any name (现役军人家庭, 成果, 社区消防站, 茶园景区): the
listed names are the support's, the recipient is not (lists.OTHER_RECIPIENTS, session 15). Where the last listed name
carries a holding (适任证书, 柴油货车) or the first a long condition, the reading before it stays. Sentences written for
the test: every target with its exact fields and the text its span gives back."""

import pytest

from target_rows import targets_with_spans

LISTED_LEVELS = [
    ("对荣获一等功、二等功、三等功的退役军人家庭，分别给予3万元、2万元、1万元慰问金。", [
        ("一等功慰问金", 3.0, "万元", "equal", "amount", "给予3万元、2万元、1万元慰问金"),
        ("二等功慰问金", 2.0, "万元", "equal", "amount", "2万元、1万元慰问金"),
        ("三等功慰问金", 1.0, "万元", "equal", "amount", "1万元慰问金"),
    ]),
    ("对评定为五星级、四星级的农家乐经营户，分别给予5万元、2万元提升奖励。", [
        ("五星级提升奖励", 5.0, "万元", "equal", "amount", "给予5万元、2万元提升奖励"),
        ("四星级提升奖励", 2.0, "万元", "equal", "amount", "2万元提升奖励"),
    ]),
    ("对获评县级一等奖、二等奖、三等奖的课题，分别给予8000元、5000元、3000元奖励。", [
        ("县级一等奖奖励", 8000.0, "元", "equal", "amount", "给予8000元、5000元、3000元奖励"),
        ("县级二等奖奖励", 5000.0, "元", "equal", "amount", "5000元、3000元奖励"),
        ("县级三等奖奖励", 3000.0, "元", "equal", "amount", "3000元奖励"),
    ]),
    ("对新评定为4A级、3A级旅游景区的森林公园，分别给予80万元、20万元奖励。", [
        ("4A级奖励", 80.0, "万元", "equal", "amount", "给予80万元、20万元奖励"),
        ("3A级奖励", 20.0, "万元", "equal", "amount", "20万元奖励"),
    ]),
]
# Where the rule must not change the reading: a holding after the last name, a long condition before the first.
NOT_LISTED_LEVELS = [
    ("对首次取得船长、大副、二副适任证书的渔民，分别给予1万元、8000元、6000元一次性奖励。", [
        ("船长一次性奖励", 1.0, "万元", "equal", "amount", "给予1万元、8000元、6000元一次性奖励"),
        ("大副一次性奖励", 8000.0, "元", "equal", "amount", "8000元、6000元一次性奖励"),
        ("二副一次性奖励", 6000.0, "元", "equal", "amount", "6000元一次性奖励"),
    ]),
    ("对提前淘汰中型、重型柴油货车的运输户，分别给予2万元、4万元淘汰补贴。", [
        ("中型淘汰补贴", 2.0, "万元", "equal", "amount", "给予2万元、4万元淘汰补贴"),
        ("重型淘汰补贴", 4.0, "万元", "equal", "amount", "4万元淘汰补贴"),
    ]),
    ("对年度考核等次为优秀、良好的村集体，分别给予5万元、3万元工作经费奖励。", [
        ("优秀工作经费奖励", 5.0, "万元", "equal", "amount", "给予5万元、3万元工作经费奖励"),
        ("良好工作经费奖励", 3.0, "万元", "equal", "amount", "3万元工作经费奖励"),
    ]),
]


@pytest.mark.parametrize(("sentence", "expected"), LISTED_LEVELS + NOT_LISTED_LEVELS, ids=[s[:12] for s, _ in LISTED_LEVELS + NOT_LISTED_LEVELS])
def test_listed_levels_before_any_recipient(sentence, expected):
    assert targets_with_spans(sentence) == expected
