"""Rules of the twenty-second round for support amounts (issue 11, from held-out round 21's kind and naming errors, counted
across the writers of rounds 16–21), each on sentences written for the test, not copied from a labelled notice: every
target of the sentence with its exact indicator, value, unit, comparator and kind, and the text its span gives back."""

import pytest

from target_rows import targets_with_spans

# (sentence, [(indicator, value, unit, comparator, kind, span text), ...])
AMOUNTS22 = [
    # standard_kinds.FACILITY_MEASURES limited_time: a time with a noun of its own right before a limit word is a standard
    # (round 29: the forest area is a holder, left out by standard_holders.PLACE_WORDS)
    ("林区视频监控火情识别报警时间不超过3分钟。", [("视频监控火情识别报警时间", 3.0, "分钟", "at_most", "amount", "视频监控火情识别报警时间不超过3分钟")]),
    ("气象灾害预警信息发布提前时间不少于12小时。", [("气象灾害预警信息发布提前时间", 12.0, "小时", "at_least", "amount", "气象灾害预警信息发布提前时间不少于12小时")]),
    # …but not an average, which the government brings down, nor its own processing time
    ("院前急救平均反应时间不超过12分钟。", [("院前急救平均反应时间", 12.0, "分钟", "at_most", "goal", "院前急救平均反应时间不超过12分钟")]),
    ("一般项目审批时间不超过5个工作日。", [("一般项目审批时间", 5.0, "个工作日", "at_most", "goal", "一般项目审批时间不超过5个工作日")]),
    # …nor a time shortened to a level (压缩至: the comparator table's goal)
    ("企业开办时间压缩至1个工作日以内。", [("企业开办时间", 1.0, "个工作日", "at_most", "goal", "企业开办时间压缩至1个工作日以内")]),
]


@pytest.mark.parametrize(("sentence", "expected"), AMOUNTS22, ids=[s[:16] for s, _ in AMOUNTS22])
def test_round22_amounts(sentence, expected):
    assert targets_with_spans(sentence) == expected


# team_sizes.TEAM_SIZES team_size_floor: the floor of a team's size written before the team is its standard, an amount; the
# count of teams each township sets up stays a goal (the quota rule)
TEAMS22 = [
    ("每个乡镇至少组建1支不少于20人的地质灾害应急队伍。", [
        ("地质灾害应急队伍", 1.0, "支", "at_least", "goal", "至少组建1支不少于20人的地质灾害应急队伍"),
        ("地质灾害应急队伍", 20.0, "人", "at_least", "amount", "不少于20人的地质灾害应急队伍"),
    ]),
    ("各街道建立不少于15人的综合性应急救援队伍。", [("综合性应急救援队伍", 15.0, "人", "at_least", "amount", "不少于15人的综合性应急救援队伍")]),
    # …but people trained or served, counted before what they are, stay goals
    ("到2027年，培训不少于500人的基层应急管理人员。", [("基层应急管理人员", 500.0, "人", "at_least", "goal", "培训不少于500人的基层应急管理人员")]),
]


@pytest.mark.parametrize(("sentence", "expected"), TEAMS22, ids=[s[:16] for s, _ in TEAMS22])
def test_round22_team_sizes(sentence, expected):
    assert targets_with_spans(sentence) == expected


# time_names.TIME_FROM_EVENTS who_arrives: who arrives is no part of an arrival time's name, after the moment it counts from
ARRIVALS22 = [
    ("接到求救信息后救援力量到达现场时间原则上不超过40分钟。", [("到达现场时间", 40.0, "分钟", "at_most", "amount", "到达现场时间原则上不超过40分钟")]),
    ("林区扑救队伍到达火场时间一般不超过1小时。", [("到达火场时间", 1.0, "小时", "at_most", "amount", "到达火场时间一般不超过1小时")]),
    # …while a time that is no arrival keeps its own name
    ("停电后恢复供电时间不超过30分钟。", [("恢复供电时间", 30.0, "分钟", "at_most", "amount", "恢复供电时间不超过30分钟")]),
]


@pytest.mark.parametrize(("sentence", "expected"), ARRIVALS22, ids=[s[:16] for s, _ in ARRIVALS22])
def test_round22_arrival_times(sentence, expected):
    assert targets_with_spans(sentence) == expected
