"""Round 20 of the goal rules (issue 11), from the goal errors of round 19 (and rounds 16–18) grouped by
construction and counted across writers: text written for the test (not copied from a labelled notice), each
asserting the exact targets (fields and the span's text)."""

import pytest

from target_rows import targets_with_spans

# (sentence, the targets found as (indicator, value, unit, comparator, kind, span text)); the notice is of 2026
NAMES20 = [
    # names.WHOLE_SHARES deed_then_noun_rate: a 「…的」 clause before a counted noun and its rate says which are counted,
    # the name stays whole (19b tanqiao, 19c wenlan, 18b lanzhou 燃气; TARGET_LABELING.md: 「提供托育服务的公办幼儿园占比」)
    ("到2027年，完成节水改造的公共机构比例达到70%。", [("完成节水改造的公共机构比例", 70.0, "%", "reach", "goal", "完成节水改造的公共机构比例达到70%")]),
    ("巡查发现的河道违法问题整改率100%。", [("巡查发现的河道违法问题整改率", 100.0, "%", "equal", "goal", "巡查发现的河道违法问题整改率100%")]),
    # …a clause before a counted noun, no rate after it, still leaves the name (「具有示范效应的应用标杆案例」)
    ("建成具有辐射带动作用的示范农场12个。", [("示范农场", 12.0, "个", "equal", "goal", "示范农场12个")]),
    # object_verbs.OBJECT_VERBS delimit / fit_new / expose: a verb of doing opening a name before a comparator leaves it
    # (qichuan 19a 划设, zhixi 19a 新装, wenlan 19c 曝光)
    ("到2027年，划设无人机适飞空域面积不少于1200平方公里。", [("无人机适飞空域面积", 1200.0, "平方公里", "at_least", "goal", "无人机适飞空域面积不少于1200平方公里")]),
    ("全年新装智能水表不少于5000台。", [("智能水表", 5000.0, "台", "at_least", "goal", "智能水表不少于5000台")]),
    ("每年公开曝光生态环境损害典型案例不少于10个。", [("生态环境损害典型案例", 10.0, "个", "at_least", "goal", "生态环境损害典型案例不少于10个")]),
    # …装配式 after 新建 is a kind of building, no verb 装
    ("新建装配式建筑面积100万平方米。", [("装配式建筑面积", 100.0, "万平方米", "equal", "goal", "装配式建筑面积100万平方米")]),
    # …carry_out: 实施 before a length of works closing at 整治里程 (wenlan 19c)
    ("实施国省道安全隐患整治里程200公里以上。", [("国省道安全隐患整治里程", 200.0, "公里", "at_least", "goal", "国省道安全隐患整治里程200公里以上")]),
    # bare.SUBJECT_THEN_VERBS subject_verb_object: the payer may name its year before 安排 (hengling 19a, zhixi 19a; yingzhou 8b)
    ("县财政2027年安排乡村振兴衔接资金800万元。", [("乡村振兴衔接资金", 800.0, "万元", "equal", "goal", "乡村振兴衔接资金800万元")]),
    ("市财政安排专项资金500万元。", [("专项资金", 500.0, "万元", "equal", "goal", "专项资金500万元")]),
]


@pytest.mark.parametrize(("sentence", "want"), NAMES20)
def test_round20_goal_name(sentence, want):
    assert targets_with_spans(sentence) == want
