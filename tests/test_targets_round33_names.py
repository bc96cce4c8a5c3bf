"""The moment a standard holds after opens its name and is left out (moment_names.MOMENT_WORDS, issue 11): a word 后 after
the work or event, or 此后; a 后 closing a word (产后) and a moment after a longer holder stay. Sentences written for the
test: every target with its exact fields and the text its span gives back."""

import pytest

from target_rows import targets_with_spans

MOMENT = [
    ("河道清淤完成，疏浚后河床平均高程降低0.5米。", [
        ("河床平均高程", 0.5, "米", "decrease", "goal", "河床平均高程降低0.5米"),
    ]),
    ("采石场复绿后林草覆盖率不低于70%。", [
        ("林草覆盖率", 70.0, "%", "at_least", "goal", "林草覆盖率不低于70%"),
    ]),
    ("前2年免收场地租金，此后租金按评估价的60%收取。", [
        ("免收场地租金", 2.0, "年", "equal", "amount", "2年免收场地租金"),
        ("租金", 60.0, "%", "equal", "amount", "租金按评估价的60%"),
    ]),
]
# Where the rule must not change the reading: 产后 is one word, and a moment after a holder of more than two words stays.
NOT_MOMENT = [
    ("每个乡镇至少建成1个产后烘干服务站。", [
        ("产后烘干服务站", 1.0, "个", "at_least", "goal", "至少建成1个产后烘干服务站"),
    ]),
    ("参训退役军人培训后就业率稳定在75%左右。", [
        ("参训退役军人培训后就业率", 75.0, "%", "approx", "goal", "参训退役军人培训后就业率稳定在75%左右"),
    ]),
]


@pytest.mark.parametrize(("sentence", "expected"), MOMENT + NOT_MOMENT, ids=[s[:10] for s, _ in MOMENT + NOT_MOMENT])
def test_moment_left_out(sentence, expected):
    assert targets_with_spans(sentence) == expected
