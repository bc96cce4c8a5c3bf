"""Round 11 of the goal rules (issue 11) and one assignments row: sentences written for the test (not
copied from a labelled notice), each asserting the exact indicator, value, unit, comparator, kind and
the span's text; the role rule asserts the exact (role, unit, rule) rows."""

import pytest

from pipeline import extract
from pipeline.targets.recognise import find_targets
from target_rows import fields



# (sentence, index of the target, (indicator, value, unit, comparator, kind), the span's text)
GOALS11 = [
    # MEASURE_UNITS 标准箱: a container count keeps its unit with its scale
    ("到2028年，集装箱吞吐量达到80万标准箱。", 0, ("集装箱吞吐量", 80.0, "万标准箱", "reach", "goal"), "集装箱吞吐量达到80万标准箱"),
    # ALL_KINDS_WORDS every_level: 各级 after the verbs says which levels, not what is built
    ("累计支持建设各级技能大师工作室50个以上。", 0, ("技能大师工作室", 50.0, "个", "at_least", "goal"), "技能大师工作室50个以上"),
    # …but 各级各类 stays whole, as every label of it reads (「各级各类体育赛事活动」)
    ("举办各级各类体育赛事活动不少于60场次。", 0, ("各级各类体育赛事活动", 60.0, "场次", "at_least", "goal"), "各级各类体育赛事活动不少于60场次"),
    # YEARS_SPANS years_then_verb: a span of years before the verb is no part of the name
    ("三年完成农村危房改造800户。", 0, ("农村危房改造", 800.0, "户", "equal", "goal"), "农村危房改造800户"),
    # ELLIPTIC_CLAUSES part_of: 「其中+year+verb+value」 is a part of the target before it
    ("新建社区食堂30个，其中2026年新建12个。", 1, ("社区食堂", 12.0, "个", "equal", "goal"), "新建12个"),
    # ELLIPTIC_CLAUSES yearly_volume: 「每年+verb+value」 after a clause naming an activity (LIGHT_VERBS off it)
    ("开展农村户厕改造，每年完成2000户。", 0, ("农村户厕改造", 2000.0, "户", "equal", "goal"), "每年完成2000户"),
    # MEASURE_UNITS 口: counted cages, wells and ponds keep their unit
    ("新增深水网箱120口。", 0, ("深水网箱", 120.0, "口", "increase", "goal"), "深水网箱120口"),
    # OWNERLESS_SHARES share_of_previous: a share named by 占 alone is the share of what was measured before it
    ("数字经济核心产业增加值达到500亿元，占地区生产总值比重达到12%。", 1, ("数字经济核心产业增加值占地区生产总值比重", 12.0, "%", "reach", "goal"), "占地区生产总值比重达到12%"),
    # WHOLE_SHARES use_share, GOAL_TOTALS use_share: a fund's share used for a purpose is a whole name and a goal
    ("土地出让收益用于农业农村的比例达到10%。", 0, ("土地出让收益用于农业农村的比例", 10.0, "%", "reach", "goal"), "土地出让收益用于农业农村的比例达到10%"),
    # NAME_LEADS examples_etc: examples before 等 up to 24 characters leave the name
    ("建成工业设计、检验检测、知识产权服务、技术转移等公共服务平台15个以上。", 0, ("公共服务平台", 15.0, "个", "at_least", "goal"), "公共服务平台15个以上"),
    # head PLACES_AFTER_VERB scope_after_verb: the territory between the verb and the value is no part of the count
    # (session 23, value_shapes.FACILITY_UPGRADES: the stations are counted, their 无障碍改造 is the goal's work)
    ("2027年底前完成全县25处农村客运站无障碍改造。", 0, ("农村客运站", 25.0, "处", "equal", "goal"), "完成全县25处农村客运站"),
    # GOAL_TOTALS set_up_size: a fund the government sets up is a goal, a floor on its size too
    ("设立规模不少于3亿元的中小微企业贷款风险补偿资金。", 0, ("中小微企业贷款风险补偿资金", 3.0, "亿元", "at_least", "goal"), "设立规模不少于3亿元的中小微企业贷款风险补偿资金"),
    # BOUND_HALVES bound_morpheme_pair: a word jieba lacks, cut into 储/zg + 能/v, is one noun before a noun
    ("到2028年，建成3个以上省级新型储能产业集群。", 0, ("省级新型储能产业集群", 3.0, "个", "at_least", "goal"), "建成3个以上省级新型储能产业集群"),
    # PAST_OPENINGS past_year with 截至: a date to come still governs a goal
    ("截至2028年底，累计建成充电桩500个。", 0, ("充电桩", 500.0, "个", "total", "goal"), "充电桩500个"),
]


@pytest.mark.parametrize(("sentence", "index", "want", "span"), GOALS11, ids=[g[3] for g in GOALS11])
def test_round11_goal(sentence, index, want, span):
    target = find_targets(sentence, notice_year=2026)[index]
    assert fields(target) == want
    assert sentence[target.start : target.end] == span


def test_a_part_clause_without_a_time_is_no_elliptic_target():
    """「其中」 with a noun of its own is read as before (its own name), and a value after which the clause
    runs on is not taken as a part."""
    [whole, part] = find_targets("新建社区食堂30个，其中助餐点12个。", notice_year=2026)
    assert fields(part) == ("助餐点", 12.0, "个", "equal", "goal")
    assert fields(whole) == ("社区食堂", 30.0, "个", "equal", "goal")


def test_a_state_reached_by_a_past_date_is_no_target():
    """PAST_OPENINGS past_year with 截至: 「截至2025年底，」 in a 2026 notice reports facts, the whole sentence."""
    assert find_targets("截至2025年底，全县已建成村级养老服务站58个，配备护理员120名。", notice_year=2026) == []


def _extract(tmp_path, text: str):
    path = tmp_path / "notice.txt"
    path.write_text(text, encoding="utf-8")
    return extract(path)


def test_responsible_beside_cooperating_leads(tmp_path):
    """LEAD_BY_PARTNERS responsible_beside_cooperating: 「（A负责，B配合）」 → lead A, cooperate B (as
    「A会同B负责」); a lone 「（A负责）」 stays responsible."""
    records = _extract(
        tmp_path,
        "一、任务\n（一）规范医保结算。推进异地就医直接结算。（市医保局负责，市卫生健康委、市财政局配合）\n"
        "（二）完善价格政策。动态调整医疗服务价格。（市医保局负责）\n",
    )
    first, second = records.tasks
    assert [(a.role, a.unit, a.rule) for a in first.assignments] == [
        ("lead", "市医保局", "responsible_beside_cooperating"),
        ("cooperate", "市卫生健康委", "inline_verb"),
        ("cooperate", "市财政局", "inline_verb"),
    ]
    assert [(a.role, a.unit, a.rule) for a in second.assignments] == [("responsible", "市医保局", "inline_verb")]
