"""Session 21's kind rules (issue 11): money set or raised for each head, mu or person is a rate each one is paid or insured at
(unit_rates.UNIT_RATES), and what each site, facility or length is equipped with, the count closing the clause, is that site's
standard (bare.EACH_EQUIPPED). Sentences written for the test: every target with its exact fields and the text its span gives
back; a division of the territory keeps its quota a goal, and a level reached (达到) is not a rate set."""

import pytest

from target_rows import targets_with_spans

UNIT_RATES = [
    ("落实肉牛养殖保险政策，保险金额提高到每头8000元。", [
        ("保险金额", 8000.0, "元", "reach", "amount", "保险金额提高到每头8000元"),
    ]),
    ("茶园种植保险保险金额为每亩2000元。", [
        ("茶园种植保险保险金额", 2000.0, "元", "equal", "amount", "茶园种植保险保险金额为每亩2000元"),
    ]),
]
EACH_EQUIPPED = [
    ("每个高速收费站设置母婴室1个，方便旅客。", [
        ("母婴室", 1.0, "个", "equal", "amount", "母婴室1个"),
    ]),
    ("景区步道每300米配备垃圾桶2个，定时清运。", [
        ("垃圾桶", 2.0, "个", "equal", "amount", "垃圾桶2个"),
    ]),
    ("每个地铁站至少设置自动体外除颤器1台，定期维护。", [
        ("自动体外除颤器", 1.0, "台", "at_least", "amount", "自动体外除颤器1台"),
    ]),
]
# Where the rules must not change the reading: a quota of a division stays a goal, a sum in 亿 is a total.
UNCHANGED = [
    ("每个乡镇配备专职网格员3名。", [
        ("专职网格员", 3.0, "名", "equal", "goal", "专职网格员3名"),
    ]),
    ("省级财政安排专项资金2亿元。", [
        ("专项资金", 2.0, "亿元", "equal", "goal", "专项资金2亿元"),
    ]),
]
CASES = UNIT_RATES + EACH_EQUIPPED + UNCHANGED


@pytest.mark.parametrize(("sentence", "expected"), CASES, ids=[s[:10] for s, _ in CASES])
def test_s21_kinds(sentence, expected):
    assert targets_with_spans(sentence) == expected


# A cap right before its value is what each one keeps (caps.CAPS); what the government selects each year stays a goal.
CAPS = [
    ("托育机构班额不超过15人，配备保育人员。", [
        ("班额", 15.0, "人", "at_most", "amount", "班额不超过15人"),
    ]),
    ("急救转运起步价不超过40元。", [
        ("急救转运起步价", 40.0, "元", "at_most", "amount", "急救转运起步价不超过40元"),
    ]),
    ("每年遴选市级示范园区不超过10个。", [
        ("市级示范园区", 10.0, "个", "at_most", "goal", "市级示范园区不超过10个"),
    ]),
]


@pytest.mark.parametrize(("sentence", "expected"), CAPS, ids=[s[:10] for s, _ in CAPS])
def test_s21_caps(sentence, expected):
    assert targets_with_spans(sentence) == expected


# A count of times within a cycle of several years is how often each pipe, system or firm is checked (periodic_duties
# every_few_years); a yearly count of the government's own work stays a goal.
CYCLES = [
    ("低压燃气管道每4年至少全面检测1次。", [
        ("全面检测", 1.0, "次", "at_least", "amount", "全面检测1次"),
    ]),
    ("县应急管理局每年组织防汛应急演练不少于2次。", [
        ("防汛应急演练", 2.0, "次", "at_least", "goal", "防汛应急演练不少于2次"),
    ]),
]


@pytest.mark.parametrize(("sentence", "expected"), CYCLES, ids=[s[:10] for s, _ in CYCLES])
def test_s21_cycles(sentence, expected):
    assert targets_with_spans(sentence) == expected
