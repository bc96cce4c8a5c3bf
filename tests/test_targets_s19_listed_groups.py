"""Groups listed after a standard's measure, each with its own limit, are its holders and leave the name (listed_groups.py,
TARGET_LABELING.md's holder line): the parallel list, not a list of groups, tells them. Sentences written for the test."""

import pytest

from target_rows import targets_with_spans

CASES = [
    # a group of no known kind (hills, plains) after a size, 、 between
    ("新建农房占地面积平原乡镇不超过140平方米、丘陵乡镇不超过180平方米。", [
        ("农房占地面积", 140.0, "平方米", "at_most", "amount", "农房占地面积平原乡镇不超过140平方米"),
        ("农房占地面积", 180.0, "平方米", "at_most", "amount", "丘陵乡镇不超过180平方米"),
    ]),
    # …after a height, ， between
    ("临时围挡高度主要街道两侧不低于2.2米，次要街巷不低于1.6米。", [
        ("临时围挡高度", 2.2, "米", "at_least", "amount", "临时围挡高度主要街道两侧不低于2.2米"),
        ("临时围挡高度", 1.6, "米", "at_least", "amount", "次要街巷不低于1.6米"),
    ]),
    # a per-unit word before the holder's measure: the group no longer hides it (每户 → 宅基地面积, as without the groups)
    ("村民建房须符合规划，每户宅基地面积川道地区不超过130平方米、山地地区不超过170平方米。", [
        ("宅基地面积", 130.0, "平方米", "at_most", "amount", "面积川道地区不超过130平方米"),
        ("宅基地面积", 170.0, "平方米", "at_most", "amount", "山地地区不超过170平方米"),
    ]),
    # must NOT change: 原则上 is no group, and a thing of its own after it keeps its name
    ("每个驿站建筑面积原则上不少于120平方米，户外休息区不少于60平方米。", [
        ("建筑面积", 120.0, "平方米", "at_least", "amount", "建筑面积原则上不少于120平方米"),
        ("户外休息区", 60.0, "平方米", "at_least", "amount", "户外休息区不少于60平方米"),
    ]),
    # must NOT change: a measure without a group, then a count
    ("服务站使用面积不少于80平方米，停车位不少于10个。", [
        ("使用面积", 80.0, "平方米", "at_least", "amount", "使用面积不少于80平方米"),
        ("停车位", 10.0, "个", "at_least", "amount", "停车位不少于10个"),
    ]),
]


@pytest.mark.parametrize(("sentence", "expected"), CASES, ids=[s[:10] for s, _ in CASES])
def test_listed_groups(sentence, expected):
    assert targets_with_spans(sentence) == expected
