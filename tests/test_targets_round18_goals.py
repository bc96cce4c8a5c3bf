"""Round 18 of the goal rules (issue 11), from the goal errors of the blind round 17 grouped by construction:
text written for the test (not copied from a labelled notice), each asserting the exact target and its span."""

import pytest

from target_rows import targets_with_spans

# (sentence, index of the target, (indicator, value, unit, comparator, kind), the span's text)
GOALS18 = [
    # noun_heads.FACILITY_HEADS facility_head: a facility's head jieba cut off the noun after the value is read on
    ("每个街道建成1个社区养老服务站。", 0, ("社区养老服务站", 1.0, "个", "equal", "goal"), "建成1个社区养老服务站"),
    ("每个县建设1个医疗废物暂存点，实行集中收运。", 0, ("医疗废物暂存点", 1.0, "个", "equal", "goal"), "建设1个医疗废物暂存点"),
    ("每个县组建1个城市医疗集团和1个县域医共体。", 1, ("县域医共体", 1.0, "个", "equal", "goal"), "1个县域医共体"),
    # patterns.MORE_COUNTERS courses / trains / hand_tools / grain_weight: counters the measure words lacked
    ("建成职业教育精品课程120门以上。", 0, ("职业教育精品课程", 120.0, "门", "at_least", "goal"), "职业教育精品课程120门以上"),
    ("全年开行海铁联运班列800列。", 0, ("海铁联运班列", 800.0, "列", "equal", "goal"), "海铁联运班列800列"),
    ("储备铁锹不少于5000把。", 0, ("铁锹", 5000.0, "把", "at_least", "goal"), "铁锹不少于5000把"),
    ("油料产量稳定在12亿斤以上。", 0, ("油料产量", 12.0, "亿斤", "at_least", "goal"), "油料产量稳定在12亿斤以上"),
    # …列 after a year opens a verb (列入), no counter
    ("2027年列入省级名录。", None, None, None),
]


@pytest.mark.parametrize(("sentence", "index", "want", "span"), GOALS18)
def test_round18_goal(sentence, index, want, span):
    if index is None:
        assert [row for row in targets_with_spans(sentence) if row[2] == "列"] == []
    else:
        assert targets_with_spans(sentence)[index] == want + (span,)
