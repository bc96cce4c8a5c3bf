"""Rules of the eighteenth round for support amounts (issue 11, from held-out round 17's kind and naming errors), each
on sentences written for the test, not copied from a labelled notice: every target of the sentence with its exact
indicator, value, unit, comparator and kind, and the text its span gives back."""

import pytest

from target_rows import targets_with_spans

# (sentence, [(indicator, value, unit, comparator, kind, span text), ...])
AMOUNTS18 = [
    # standard_kinds.FACILITY_MEASURES volume_or_keeping: what each installation holds, and for how long, under a limit
    ("污水处理站调节池有效容积不少于20立方米。", [("调节池有效容积", 20.0, "立方米", "at_least", "amount", "调节池有效容积不少于20立方米")]),
    # (round 29: the farm is the standard's holder, left out by standard_holders.PLACE_WORDS)
    ("养殖场粪污贮存能力不少于90天。", [("粪污贮存能力", 90.0, "天", "at_least", "amount", "粪污贮存能力不少于90天")]),
    ("视频监控录像保存时间不少于60天。", [("视频监控录像保存时间", 60.0, "天", "at_least", "amount", "视频监控录像保存时间不少于60天")]),
    # …while a territory's total storage brought about stays a goal
    ("全市水库总库容达到3亿立方米。", [("水库总库容", 3.0, "亿立方米", "reach", "goal", "水库总库容达到3亿立方米")]),
    # standard_names.EACH_OWNERS owner_after_each: the facility after 每个 / 每支 leaves the standard's name
    ("每个基地实训工位不少于200个。", [("实训工位", 200.0, "个", "at_least", "amount", "实训工位不少于200个")]),
    ("每支队伍队员不少于15人。", [("队员", 15.0, "人", "at_least", "amount", "队员不少于15人")]),
    ("每个老年助餐点日供餐能力不少于40人次。", [("日供餐能力", 40.0, "人次", "at_least", "amount", "日供餐能力不少于40人次")]),
    ("每个服务站点实训工位不少于20个。", [("实训工位", 20.0, "个", "at_least", "amount", "实训工位不少于20个")]),
    # …but a bare measure keeps its owner
    ("每个社区服务站面积不少于80平方米。", [("服务站面积", 80.0, "平方米", "at_least", "amount", "服务站面积不少于80平方米")]),
    ("每支队伍人数不少于20人。", [("队伍人数", 20.0, "人", "at_least", "amount", "队伍人数不少于20人")]),
    # amount_names.NAME_OPENINGS granted_before_cap: 给予 before a support named ahead of its cap is no part of the name
    ("对评估优秀的，给予运营补助最高30万元。", [("运营补助", 30.0, "万元", "at_most", "amount", "给予运营补助最高30万元")]),
    # …and a support granted without a cap names it as before
    ("给予建设补助50万元。", [("建设补助", 50.0, "万元", "equal", "amount", "建设补助50万元")]),
]


@pytest.mark.parametrize("sentence, expected", AMOUNTS18, ids=[s[:12] for s, _ in AMOUNTS18])
def test_round18_amounts(sentence, expected):
    assert targets_with_spans(sentence) == expected
