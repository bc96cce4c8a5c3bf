"""Rules of the twenty-ninth round for the kind of a target (issue 11, from held-out rounds 23–28's kind errors), each on
sentences written for the test, not copied from a labelled notice: every target of the sentence with its exact indicator,
value, unit, comparator and kind, and the text its span gives back."""

import pytest

from target_rows import targets_with_spans

# (sentence, [(indicator, value, unit, comparator, kind, span text), ...])
KINDS29 = [
    # standard_kinds.HOLDER_SUBJECTS: a clause opening with a standard's holder, then its measure or duty, then a limit
    ("冷藏库湿度数据上传间隔不超过5分钟。", [
        ("湿度数据上传间隔", 5.0, "分钟", "at_most", "amount", "湿度数据上传间隔不超过5分钟"),
    ]),
    # …a verb compounded with the holder's word, no verb after it
    ("示范基地专职讲解员不少于4名。", [
        ("专职讲解员", 4.0, "名", "at_least", "amount", "专职讲解员不少于4名"),
    ]),
    # …the holder named by a relative clause closed by 的
    ("开展跨境联运的企业电子运单使用率不低于50%。", [
        ("开展跨境联运的企业电子运单使用率", 50.0, "%", "at_least", "amount", "开展跨境联运的企业电子运单使用率不低于50%"),
    ]),
]

# Where the rule must NOT fire: the holder acted on (每年培训…, 向…开放), a pool's members (入库), the government's own store.
NOT_KINDS29 = [
    ("每年培训家政服务人员不少于2000人次。", [
        ("家政服务人员", 2000.0, "人次", "at_least", "goal", "家政服务人员不少于2000人次"),
    ]),
    ("向科技企业开放公共数据集不少于15个。", [
        ("科技企业开放公共数据集", 15.0, "个", "at_least", "goal", "科技企业开放公共数据集不少于15个"),
    ]),
    ("组织企业参加境外展会每年不少于8场。", [
        ("境外展会", 8.0, "场", "at_least", "goal", "境外展会每年不少于8场"),
    ]),
    ("入库专家不少于40名。", [
        ("入库专家", 40.0, "名", "at_least", "goal", "入库专家不少于40名"),
    ]),
    ("县级物资储备库储备折叠床不少于300张。", [
        ("折叠床", 300.0, "张", "at_least", "goal", "折叠床不少于300张"),
    ]),
]


@pytest.mark.parametrize(("sentence", "expected"), KINDS29 + NOT_KINDS29, ids=[s[:16] for s, _ in KINDS29 + NOT_KINDS29])
def test_round29_kinds(sentence, expected):
    assert targets_with_spans(sentence) == expected
