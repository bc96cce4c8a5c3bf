"""Rules of the thirtieth round for the kind of a target (issue 11, from held-out rounds 23–29's kind errors), each on
sentences written for the test, not copied from a labelled notice: every target of the sentence with its exact indicator,
value, unit, comparator and kind, and the text its span gives back."""

import pytest

from target_rows import targets_with_spans

# (sentence, [(indicator, value, unit, comparator, kind, span text), ...])
KINDS30 = [
    # periodic_duties.HOLDER_PERIODS: a holder opening the clause, then 每 + a period, then a verb — each holder's duty
    ("市级河湖长每季度巡河不少于1次，县级河湖长每年巡河巡湖不少于6次。", [
        ("巡河", 1.0, "次", "at_least", "amount", "巡河不少于1次"),
        ("巡河巡湖", 6.0, "次", "at_least", "amount", "巡河巡湖不少于6次"),
    ]),
    # …每个 + a site, its period not a calendar one
    ("每个滑雪场每个雪季开展救援演练不少于3次。", [
        ("救援演练", 3.0, "次", "at_least", "amount", "救援演练不少于3次"),
    ]),
    # …a verb joined to the holder names its kind (托管学校), no act on it
    ("托管学校每年开展家长开放日活动不少于2次。", [
        ("家长开放日活动", 2.0, "次", "at_least", "amount", "家长开放日活动不少于2次"),
    ]),
    ("公共图书馆每年开展阅读推广活动不少于12场。", [
        ("阅读推广活动", 12.0, "场", "at_least", "amount", "阅读推广活动不少于12场"),
    ]),
]

# Where the rule must NOT fire: one body of the government (县图书馆, no 级), a holder acted on (鼓励…), a division after 每个,
# a count of the holders themselves (no verb after the period).
NOT_KINDS30 = [
    ("县图书馆每年开展阅读推广活动不少于12场。", [
        ("阅读推广活动", 12.0, "场", "at_least", "goal", "阅读推广活动不少于12场"),
    ]),
    ("鼓励区属国有企业每年开放应用场景不少于8个。", [
        ("应用场景", 8.0, "个", "at_least", "goal", "应用场景不少于8个"),
    ]),
    ("每个乡镇（街道）每年开展防灾知识讲座不少于3场。", [
        ("防灾知识讲座", 3.0, "场", "at_least", "goal", "防灾知识讲座不少于3场"),
    ]),
    # …a hospital sending doctors down (派 is no holder's own duty: the government's deployment, 「三级医院每年下派…」)
    ("二级医院每年选派不少于20名主治医师。", [
        ("主治医师", 20.0, "名", "at_least", "goal", "不少于20名主治医师"),
    ]),
    ("新设内资企业每年不少于80家。", [
        ("内资企业", 80.0, "家", "at_least", "goal", "内资企业每年不少于80家"),
    ]),
]


@pytest.mark.parametrize(("sentence", "expected"), KINDS30 + NOT_KINDS30, ids=[s[:16] for s, _ in KINDS30 + NOT_KINDS30])
def test_round30_kinds(sentence, expected):
    assert targets_with_spans(sentence) == expected
