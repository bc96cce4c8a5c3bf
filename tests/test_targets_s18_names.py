"""Names that were cut wrong (session 18): a verb of undergoing, 经 / 经过, read as the verb it is (undergoing.py) — after a
modal the value counts what is gone through, named after it; opening the words before 的 they are a relative clause, and the
noun after 的 is counted; and 单位产品, the product a measure is divided by, is no holder (standard_holders). Sentences
written for the test: every target with its exact fields and the text its span gives back."""

import pytest

from target_rows import targets_with_spans

CHANGED = [
    ("新招聘保安人员须经不少于20学时的岗前培训。", [
        ("岗前培训", 20.0, "学时", "at_least", "amount", "不少于20学时的岗前培训"),
    ]),
    ("修复地块验收后须经过至少2年的后期管护。", [
        ("后期管护", 2.0, "年", "at_least", "amount", "至少2年的后期管护"),
    ]),
    ("每个检测站应配备不少于3名经过专业培训的化验人员。", [
        ("化验人员", 3.0, "名", "at_least", "amount", "不少于3名经过专业培训的化验人员"),
    ]),
    ("每个养老驿站应当配备至少1名经培训合格的护理员，床位不少于10张。", [
        ("护理员", 1.0, "名", "at_least", "amount", "至少1名经培训合格的护理员"),
        ("床位", 10.0, "张", "at_least", "amount", "床位不少于10张"),
    ]),
    ("新建项目单位产品能耗原则上不高于0.5吨标准煤。", [
        ("单位产品能耗", 0.5, "吨标准煤", "at_most", "amount", "单位产品能耗原则上不高于0.5吨标准煤"),
    ]),
]
# Where the rules must not change the reading: a name standing before its value, a modal before another preposition, and a
# product that holds a measure of its own.
UNCHANGED = [
    ("每个站点配备经过培训的管理人员不少于2名。", [
        ("管理人员", 2.0, "名", "at_least", "amount", "管理人员不少于2名"),
    ]),
    ("新入职人员须参加不少于30学时的岗前培训。", [
        ("岗前培训", 30.0, "学时", "at_least", "amount", "不少于30学时的岗前培训"),
    ]),
    ("冷藏类产品储存期限原则上不超过7天。", [
        ("储存期限", 7.0, "天", "at_most", "amount", "储存期限原则上不超过7天"),
    ]),
]


@pytest.mark.parametrize(("sentence", "expected"), CHANGED + UNCHANGED, ids=[s[:12] for s, _ in CHANGED + UNCHANGED])
def test_names(sentence, expected):
    assert targets_with_spans(sentence) == expected
