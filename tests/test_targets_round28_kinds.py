"""Rules of the twenty-eighth round for the kind of a target (issue 11, from held-out rounds 23–27's kind errors), each on
sentences written for the test, not copied from a labelled notice: every target of the sentence with its exact indicator,
value, unit, comparator and kind, and the text its span gives back."""

import pytest

from target_rows import targets_with_spans

# (sentence, [(indicator, value, unit, comparator, kind, span text), ...])
KINDS28 = [
    # standard_kinds.WORK_OPENERS: a clause opened by the work done is what each rebuilt building must reach (the later clause by standard_run)
    ("改造后住宅节能率不低于70%，外墙传热系数不大于0.6瓦/（平方米·开尔文）。", [
        ("住宅节能率", 70.0, "%", "at_least", "amount", "住宅节能率不低于70%"),
        ("外墙传热系数", 0.6, "", "at_most", "amount", "外墙传热系数不大于0.6"),
    ]),
    ("治理后河道水体透明度不低于30厘米。", [
        ("河道水体透明度", 30.0, "厘米", "at_least", "amount", "河道水体透明度不低于30厘米"),
    ]),
    # …and 新建 naming what is built, equipped with a count
    ("新建停车场配备充电桩不少于10个。", [
        ("充电桩", 10.0, "个", "at_least", "amount", "充电桩不少于10个"),
    ]),
    # standard_kinds.SPACINGS: a count set for each length of a road is its spacing
    ("每公里城市主干道至少设置3个公交站点。", [
        ("公交站点", 3.0, "个", "at_least", "amount", "至少设置3个公交站点"),
    ]),
    # kinds.OBLIGATIONS each_room_equipped: what each room of a site must be equipped with (the second item by standard_run)
    ("农家乐每间包厢配备灭火器不少于2具、烟感报警器不少于1个。", [
        ("灭火器", 2.0, "具", "at_least", "amount", "灭火器不少于2具"),
        ("烟感报警器", 1.0, "个", "at_least", "amount", "烟感报警器不少于1个"),
    ]),
    # standard_kinds.ZONES_INSIDE: a limit on what lies inside a zone is the zone's standard
    ("集聚区内品牌首店数量不少于15家，且国际品牌占比不低于20%。", [
        ("品牌首店数量", 15.0, "家", "at_least", "amount", "品牌首店数量不少于15家"),
        ("国际品牌占比", 20.0, "%", "at_least", "amount", "国际品牌占比不低于20%"),
    ]),
]

# Where the rules must NOT fire: the count the government builds after 新建, a level reached over the territory, a village's quota.
NOT_KINDS28 = [
    ("其中新建充电桩泊位不少于3000个。", [
        ("充电桩泊位", 3000.0, "个", "at_least", "goal", "充电桩泊位不少于3000个"),
    ]),
    ("每年新建村级活动场所不少于20个。", [
        ("村级活动场所", 20.0, "个", "at_least", "goal", "村级活动场所不少于20个"),
    ]),
    ("全县规模以上企业上云覆盖率达到70%。", [
        ("规模以上企业上云覆盖率", 70.0, "%", "reach", "goal", "规模以上企业上云覆盖率达到70%"),
    ]),
    ("每个行政村设置垃圾收集点不少于2个。", [
        ("垃圾收集点", 2.0, "个", "at_least", "goal", "垃圾收集点不少于2个"),
    ]),
]


@pytest.mark.parametrize(("sentence", "expected"), KINDS28 + NOT_KINDS28, ids=[s[:16] for s, _ in KINDS28 + NOT_KINDS28])
def test_round28_kinds(sentence, expected):
    assert targets_with_spans(sentence) == expected
