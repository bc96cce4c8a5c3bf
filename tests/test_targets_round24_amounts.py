"""Rules of the twenty-fourth round for support amounts and standards (issue 11, from held-out round 23's kind and naming
errors), each on sentences written for the test, not copied from a labelled notice: every target of the sentence with its
exact indicator, value, unit, comparator and kind, and the text its span gives back."""

import pytest

from pipeline.targets.amount_names import NAME_TAIL
from target_rows import targets_with_spans

# (sentence, [(indicator, value, unit, comparator, kind, span text), ...])
STANDARDS24 = [
    # periodic_duties.YEARLY_STANDARDS acted_on_each_year: 对 X 每年 (a comma between, too) — what each one acted on gets done
    ("对重点排污单位每年至少开展2次执法检查。", [("执法检查", 2.0, "次", "at_least", "amount", "至少开展2次执法检查")]),
    ("对参与数据交易的企业，每年至少开展1次合规审计。", [("合规审计", 1.0, "次", "at_least", "amount", "至少开展1次合规审计")]),
    ("对校车驾驶人每年开展安全培训不少于2次。", [("安全培训", 2.0, "次", "at_least", "amount", "安全培训不少于2次")]),
    # system_each_years, with the period read into the name cut off it (periodic_duties.PERIOD_TAIL) and 测评 an event (EVENTS_AFTER)
    ("二级信息系统每两年至少开展1次等级测评。", [("等级测评", 1.0, "次", "at_least", "amount", "至少开展1次等级测评")]),
    # firm_or_site_each_year: 运营者 / 经营者, and 每两年
    ("数据中心运营者每年至少开展1次安全评估。", [("安全评估", 1.0, "次", "at_least", "amount", "至少开展1次安全评估")]),
    ("重点用能单位每两年至少开展1次能源审计。", [("能源审计", 1.0, "次", "at_least", "amount", "至少开展1次能源审计")]),
]

# Where the rules must NOT fire: 每年 before 对 (the government's own yearly work), a division acted on, no one acted on.
NOT_STANDARDS24 = [
    ("每年对重点企业开展不少于2次的现场检查。", [("现场检查", 2.0, "次", "at_least", "goal", "不少于2次的现场检查")]),
    ("对各街道每年开展不少于2次督导检查。", [("督导检查", 2.0, "次", "at_least", "goal", "不少于2次督导检查")]),
    ("每年至少组织开展1次应急演练。", [("应急演练", 1.0, "次", "at_least", "goal", "至少组织开展1次应急演练")]),
]


@pytest.mark.parametrize(("sentence", "expected"), STANDARDS24 + NOT_STANDARDS24, ids=[s[:16] for s, _ in STANDARDS24 + NOT_STANDARDS24])
def test_round24_yearly_standards(sentence, expected):
    assert targets_with_spans(sentence) == expected


# amount_names.NAME_TAILS copula: the copula (为, 确定为) before a per-unit frame and its limit is no part of the name
# (round 24: lichuan 24a's 「补贴标准为每户每月不低于300元」 and 「救助标准为每人每天不低于20元」, after the blind score);
# a name ending in 行为 keeps it.
COPULAS24 = [
    ("护理补贴标准为每人每月不低于300元。", [("护理补贴标准", 300.0, "元", "at_least", "amount", "护理补贴标准为每人每月不低于300元")]),
    ("临时生活救助标准确定为每人每天不低于30元。",
     [("临时生活救助标准", 30.0, "元", "at_least", "amount", "临时生活救助标准确定为每人每天不低于30元")]),
]


@pytest.mark.parametrize(("sentence", "expected"), COPULAS24, ids=[s[:16] for s, _ in COPULAS24])
def test_round24_copula_is_no_part_of_a_name(sentence, expected):
    assert targets_with_spans(sentence) == expected


def test_round24_a_name_ending_in_xingwei_keeps_it():
    assert NAME_TAIL.search("违法排污行为") is None
    assert NAME_TAIL.search("补贴标准为").group() == "为"
