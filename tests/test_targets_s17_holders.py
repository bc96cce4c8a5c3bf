"""Session 17 (holders): a rate read as a grade's with no other rate listed is no grade — what stands between 按 and the
rate is the base it is counted on (a per-head word, a reckoning, a measure paid by), and the support named after
「的标准给予 / 安排」 is the name alone (standard.LONE_RATES); next year's support is named without its year word
(name_openers next_year). Sentences written for the test: every target with its exact
fields and the text its span gives back."""

import pytest

from target_rows import targets_with_spans

LONE = [
    ("各区按生均每年不低于20元的标准安排研学实践经费。", [
        ("研学实践经费", 20.0, "元", "at_least", "amount", "生均每年不低于20元"),
    ]),
    ("市级按认定绿道长度每公里每年3000元的标准给予维护补助。", [
        ("维护补助", 3000.0, "元", "equal", "amount", "认定绿道长度每公里每年3000元"),
    ]),
    ("省财政按年化0.3%的标准给予贷款贴息。", [
        ("贷款贴息", 0.3, "%", "equal", "amount", "年化0.3%"),
    ]),
    ("各县按户均不低于2万元的标准给予改造补助。", [
        ("改造补助", 2.0, "万元", "at_least", "amount", "户均不低于2万元"),
    ]),
]
# Where the rule must not change the reading: grades listed each with its rate keep their names.
LISTED = [
    ("县财政按照一类村每村每年5万元、二类村每村每年3万元的标准安排运维经费。", [
        ("一类村运维经费", 5.0, "万元", "equal", "amount", "一类村每村每年5万元"),
        ("二类村运维经费", 3.0, "万元", "equal", "amount", "二类村每村每年3万元"),
    ]),
]


# Next year's support raised or cut for a result is the support named (name_openers next_year); 年度 alone stays.
NEXT_YEAR = [
    ("对考核优秀的乡镇，下一年度奖补资金上浮20%。", [
        ("奖补资金", 20.0, "%", "increase", "amount", "奖补资金上浮20%"),
    ]),
    ("对考核不合格的，扣减次年运维补助的30%。", [
        ("运维补助", 30.0, "%", "equal", "amount", "运维补助的30%"),
    ]),
]
YEARLY_KEPT = [
    ("单个企业年度贴息最高50万元。", [
        ("年度贴息", 50.0, "万元", "at_most", "amount", "年度贴息最高50万元"),
    ]),
]


@pytest.mark.parametrize(("sentence", "expected"), NEXT_YEAR + YEARLY_KEPT, ids=[s[:10] for s, _ in NEXT_YEAR + YEARLY_KEPT])
def test_next_year(sentence, expected):
    assert targets_with_spans(sentence) == expected


@pytest.mark.parametrize(("sentence", "expected"), LONE + LISTED, ids=[s[:10] for s, _ in LONE + LISTED])
def test_lone_grade(sentence, expected):
    assert targets_with_spans(sentence) == expected
