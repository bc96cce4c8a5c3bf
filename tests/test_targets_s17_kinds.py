"""Three frames that tell a value's kind (frame_kinds, session 17): a share of a fund is a goal on the government's money
and an amount on a holder's; a count of times a government office or division does its task in a period is a goal; a term
named by 期 / 期限 and set with 为 is an amount. Sentences written for the test: every target with its exact fields and
the text its span gives back."""

import pytest

from target_rows import targets_with_spans

CHANGED = [
    ("合作社入股收益用于成员分红的比例不低于40%。", [
        ("合作社入股收益用于成员分红的比例", 40.0, "%", "at_least", "amount", "合作社入股收益用于成员分红的比例不低于40%"),
    ]),
    ("鼓励医院提取科研经费，其中用于青年医师培养的比例不低于25%。", [
        ("用于青年医师培养的比例", 25.0, "%", "at_least", "amount", "用于青年医师培养的比例不低于25%"),
    ]),
    ("区市场监管局每月至少开展1次夜市专项抽查。", [
        ("夜市专项抽查", 1.0, "次", "at_least", "goal", "至少开展1次夜市专项抽查"),
    ]),
    ("各乡镇每季度至少开展1次防溺水巡查。", [
        ("防溺水巡查", 1.0, "次", "at_least", "goal", "至少开展1次防溺水巡查"),
    ]),
    ("养护单位采用公开比选方式确定，孵化期为3年。", [
        ("孵化期", 3.0, "年", "equal", "amount", "孵化期为3年"),
    ]),
]
# Where the frames must not change the reading: the government's money stays a goal (named as the fund or in the clause before
# 其中), a facility's own periodic duty stays an amount, a term under a limit was an amount before.
KEPT = [
    ("省级体育彩票公益金用于青少年体育的比例不低于20%。", [
        ("省级体育彩票公益金用于青少年体育的比例", 20.0, "%", "at_least", "goal", "省级体育彩票公益金用于青少年体育的比例不低于20%"),
    ]),
    ("县财政每年安排专项资金800万元，其中用于村级养老站的比例不低于50%。", [
        ("专项资金", 800.0, "万元", "equal", "goal", "专项资金800万元"),
        ("用于村级养老站的比例", 50.0, "%", "at_least", "goal", "用于村级养老站的比例不低于50%"),
    ]),
    ("每个托育机构每月至少开展1次消防自查。", [
        ("消防自查", 1.0, "次", "at_least", "amount", "至少开展1次消防自查"),
    ]),
]


@pytest.mark.parametrize(("sentence", "expected"), CHANGED + KEPT, ids=[s[:10] for s, _ in CHANGED + KEPT])
def test_frame_kinds(sentence, expected):
    assert targets_with_spans(sentence) == expected
