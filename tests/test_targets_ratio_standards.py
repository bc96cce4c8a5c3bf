"""A ratio set with 按 (照) — so many of a thing for each so many served — closing with 「…的标准」 / 「…的比例」 and a verb is
named by the thing counted between the value and 的, not by what follows it (after_value.RATIO_STANDARDS, issue 11,
session 14: 8 labels in 7 notices of 6 writers). Sentences written for the test: every target with its exact fields and
the text its span gives back."""

import pytest

from target_rows import targets_with_spans

RATIOS = [
    ("按照每100户配备1名燃气安全检查员的标准充实检查力量。", [("燃气安全检查员", 1.0, "名", "equal", "amount", "1名燃气安全检查员")]),
    ("按照每个行政村配备1名网格员的标准配齐网格力量。", [("网格员", 1.0, "名", "equal", "goal", "1名网格员")]),
    ("托育机构按照每5名婴幼儿配备1名保育人员的比例招聘人员。", [("保育人员", 1.0, "名", "equal", "amount", "1名保育人员")]),
    ("按照每千名老年人配置不少于40张养老床位的标准规划建设养老设施。", [
        ("养老床位", 40.0, "张", "at_least", "amount", "不少于40张养老床位"),
    ]),
]
# Where it must not fire: nothing counted between the value and 的标准 (the support after the verb names it).
NOT_RATIOS = [
    ("按每户不低于5000元的标准给予改造补助。", [("改造补助", 5000.0, "元", "at_least", "amount", "按每户不低于5000元的标准给予改造补助")]),
    ("按每百户不低于20平方米的标准配建养老服务设施。", [
        ("养老服务设施", 20.0, "平方米", "at_least", "amount", "不低于20平方米的标准配建养老服务设施"),
    ]),
]


@pytest.mark.parametrize(("sentence", "expected"), RATIOS + NOT_RATIOS, ids=[s[:12] for s, _ in RATIOS + NOT_RATIOS])
def test_ratio_standards(sentence, expected):
    assert targets_with_spans(sentence) == expected
