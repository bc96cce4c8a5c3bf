"""A quoted word joined straight to the counted noun after a value, no 的 on either side, is part of the noun's name
(after_value.JOINED_QUOTES, session 19); after a 的 the quoted name stays a modifier. Sentences written for the test."""

import pytest

from target_rows import targets_with_spans

JOINED = [
    ("每个街道至少设立1个“一件事”办理专窗。", [
        ("“一件事”办理专窗", 1.0, "个", "at_least", "goal", "至少设立1个“一件事”办理专窗"),
    ]),
    ("每个镇建设2个“共富工坊”示范点。", [
        ("“共富工坊”示范点", 2.0, "个", "equal", "goal", "建设2个“共富工坊”示范点"),
    ]),
]
# A 的 between the value and the quotes keeps the quoted name a modifier; a quoted name closing the clause is the name.
NOT_JOINED = [
    ("为新来人才提供每年5天的“人才驿站”免费住宿。", [
        ("免费住宿", 5.0, "天", "equal", "amount", "提供每年5天的“人才驿站”免费住宿"),
    ]),
    ("为企业提供最高500万元“算力券”。", [
        ("算力券", 500.0, "万元", "at_most", "amount", "提供最高500万元“算力券"),
    ]),
]


@pytest.mark.parametrize(("sentence", "expected"), JOINED + NOT_JOINED, ids=[s[:10] for s, _ in JOINED + NOT_JOINED])
def test_joined_quoted_name(sentence, expected):
    assert targets_with_spans(sentence) == expected
