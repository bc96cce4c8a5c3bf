"""Amounts no rule found (session 19, missed labels): a share of a base applied to a thing named before 按, the clause
closing on the verb that applies it (share_closers). Sentences written for the test: every target with its exact
fields and the text its span gives back."""

import pytest

from target_rows import targets_with_spans

SHARE_CLOSED = [
    ("履约保证金按中标合同价的5%收取。", [
        ("履约保证金", 5.0, "%", "equal", "amount", "履约保证金按中标合同价的5%"),
    ]),
    ("消费券按照实际消费金额的20%抵扣，每人每次最高50元。", [
        ("消费券", 20.0, "%", "equal", "amount", "消费券按照实际消费金额的20%"),
        ("消费券", 50.0, "元", "at_most", "amount", "每人每次最高50元"),
    ]),
    ("日间照料按服务费用的60%予以支付。", [
        ("日间照料", 60.0, "%", "equal", "amount", "日间照料按服务费用的60%"),
    ]),
    ("统一印制的宣传手册按印制成本的50%供应。", [
        ("宣传手册", 50.0, "%", "equal", "amount", "宣传手册按印制成本的50%"),
    ]),
]
# A share of a base sizing what is set aside or staffed, named after the verb (share_closers.SET_ASIDE_VERBS).
SET_ASIDE = [
    ("承包单位应按工程结算价的2%预留维修资金。", [
        ("维修资金", 2.0, "%", "equal", "amount", "2%预留维修资金"),
    ]),
    ("各景区按照日接待游客人数的1%配备安全巡查人员。", [
        ("安全巡查人员", 1.0, "%", "equal", "amount", "1%配备安全巡查人员"),
    ]),
]
# Where the rule must not change the reading: a payer named before 按 is no thing sized, and a share given as a
# support named after the verb stays that support's.
NOT_CHANGED = [
    ("县级财政按实际支出的40%核拨。", []),
    ("对新建冷库，按设备投资额的20%给予补助。", [
        ("补助", 20.0, "%", "equal", "amount", "20%给予补助"),
    ]),
]


@pytest.mark.parametrize(("sentence", "expected"), SHARE_CLOSED + SET_ASIDE + NOT_CHANGED, ids=[s[:10] for s, _ in SHARE_CLOSED + SET_ASIDE + NOT_CHANGED])
def test_share_closed(sentence, expected):
    assert targets_with_spans(sentence) == expected
