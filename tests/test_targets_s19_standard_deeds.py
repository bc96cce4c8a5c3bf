"""A money rate set as a standard names what the verb after 「…元的标准」 pays, buys or gives (standard_deeds.STANDARD_DEEDS,
issue 11): 「按每课时N元的标准支付授课报酬」 → 授课报酬, past an adverb of manner (统一), through 「…并给予」 to the support given,
and the verb itself where it is a support word (补助). Sentences written for the test: every target with its exact fields and
the text its span gives back."""

import pytest

from target_rows import targets_with_spans

DEEDS = [
    ("对驻校心理咨询师，按每课时不超过250元的标准支付授课报酬。", [
        ("授课报酬", 250.0, "元", "at_most", "amount", "不超过250元的标准支付授课报酬"),
    ]),
    ("区财政按每名网格员每年120元的标准统一购买意外伤害保险。", [
        ("意外伤害保险", 120.0, "元", "equal", "amount", "每年120元的标准统一购买意外伤害保险"),
    ]),
    ("市财政按每家商户5000元的标准购买消防检测服务。", [
        ("消防检测服务", 5000.0, "元", "equal", "amount", "5000元的标准购买消防检测服务"),
    ]),
    ("按每课时不低于60元的标准计入工作量并给予辅导补贴。", [
        ("辅导补贴", 60.0, "元", "at_least", "amount", "不低于60元的标准计入工作量并给予辅导补贴"),
    ]),
    ("按每处不超过2000元的标准补助化粪池改造。", [
        ("补助", 2000.0, "元", "at_most", "amount", "按每处不超过2000元的标准补助"),
    ]),
]
# Where the rule must not change the reading: a verb the support verbs listed already, and who bears the rate after a
# preposition (the thing sized is named before 按).
UNCHANGED = [
    ("按每课时200元的标准给予课酬补助。", [
        ("课酬补助", 200.0, "元", "equal", "amount", "200元的标准给予课酬补助"),
    ]),
    ("养护经费按每公里每年3000元的标准由县财政承担。", [
        ("养护经费", 3000.0, "元", "equal", "amount", "养护经费按每公里每年3000元"),
    ]),
]


@pytest.mark.parametrize(("sentence", "expected"), DEEDS + UNCHANGED, ids=[s[:12] for s, _ in DEEDS + UNCHANGED])
def test_deed_after_money_standard(sentence, expected):
    assert targets_with_spans(sentence) == expected
