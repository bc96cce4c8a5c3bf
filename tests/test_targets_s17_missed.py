"""A count of times after a limit, with a place gone to, the one served or met, or the way it is done between the limit and
the verb of holding, counts the event after it (clause_values.LIMITED_ASIDES, session 17): 「每月至少到村卫生室开展1次业务指导」 reads
as 「每月至少开展1次业务指导」 does. Sentences written for the test: every target with its exact fields and the text its span
gives back; a limit before a person led, with no place, no one served and no way between, is left as it was."""

import pytest

from target_rows import targets_with_spans

ASIDE = [
    ("每个社区卫生服务站每季度至少到养老院开展1次巡诊服务。", [
        ("巡诊服务", 1.0, "次", "at_least", "amount", "至少到养老院开展1次巡诊服务"),
    ]),
    ("驻村辅导员每月至少与留守儿童开展2次心理疏导。", [
        ("心理疏导", 2.0, "次", "at_least", "amount", "至少与留守儿童开展2次心理疏导"),
    ]),
    ("每个养老机构每年至少委托开展1次消防设施检测。", [
        ("消防设施检测", 1.0, "次", "at_least", "amount", "至少委托开展1次消防设施检测"),
    ]),
    ("每个社区服务站每半年至少上门开展1次用电安全检查。", [
        ("用电安全检查", 1.0, "次", "at_least", "amount", "至少上门开展1次用电安全检查"),
    ]),
]
# Where the rule must not change the reading: a limit before a verb and the persons led reads no place, no one served and
# no way it is done (as the unlabelled 「至少组织学生开展1次」 of the notices).
NOT_ASIDE = [
    ("每所小学每学期至少组织家长开展1次安全宣传。", []),
]


@pytest.mark.parametrize(("sentence", "expected"), ASIDE + NOT_ASIDE, ids=[s[:12] for s, _ in ASIDE + NOT_ASIDE])
def test_limit_aside_held(sentence, expected):
    assert targets_with_spans(sentence) == expected
