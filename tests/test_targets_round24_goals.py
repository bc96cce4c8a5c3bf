"""Round 24 of the goal and deadline rules (issue 11), from the goal and deadline errors of round 23 (heldout23a–c) grouped by
construction: each rule tested on a second, differently worded example written for the test, with a counter-example where it
must not fire."""

from pipeline.targets.recognise import find_targets
from target_rows import fields


def test_round24_as_of_the_notice_year_reports_facts():
    """reported_facts.PAST_OPENINGS as_of: a sentence opening 「截至<year>年底，」 with a year not after the notice's states what is
    (congchuan 23b: a notice of 2025-12 「截至2025年底，全省有持证残疾人112.6万人」 gave four goals); a month-end date too."""
    sentence = "截至2026年底，全市养老机构床位达到3.2万张，护理型床位占比达到58%。"
    assert find_targets(sentence, notice_year=2026) == []
    assert find_targets("截至2025年9月末，全市物业服务企业640家，住宅小区物业服务覆盖率达到86%。", notice_year=2025) == []


def test_round24_as_of_a_later_year_stays_a_goal():
    """…but 截至 a year after the notice's dates a goal: 「截至2028年底，」 in a 2026 notice."""
    [target] = find_targets("截至2028年底，全市建成社区食堂120个。", notice_year=2026)
    assert fields(target, 6) == ("社区食堂", 120, "个", "equal", "goal", 2028)


def test_round24_second_measure_word_before_the_comparator():
    """clause_values.UNIT_ASIDES second_measure_word: 「万册（件）以上」 — a second measure word in brackets between the value and
    以上 leaves the comparator at_least (jiachuan 23a 「总藏量达到900万册（件）以上」 read reach; qisha, lanzhou 文物 labelled alike)."""
    sentence = "全市各类博物馆馆藏文物总量达到12万件（套）以上。"
    [target] = find_targets(sentence)
    assert fields(target) == ("博物馆馆藏文物总量", 12, "万件", "at_least", "goal")
    assert sentence[target.start : target.end] == "博物馆馆藏文物总量达到12万件（套）以上"


def test_round24_bracketed_words_not_a_measure_word_leave_the_comparator():
    """…but a longer aside is no measure word: 「达到900万册（含电子图书）」 keeps reach."""
    [target] = find_targets("全市公共图书馆总藏量达到900万册（含电子图书），人均藏书1.2册。")[:1]
    assert fields(target)[2:4] == ("万册", "reach")


def test_round24_map_scale_is_no_target_and_leaves_the_name():
    """refuse.MAP_SCALES map_scale: a map's scale names the survey after it (tiaoping 23c 「完成全县1∶5万地质灾害风险普查成果应用」 gave a
    goal of no value; tingzhou's 「1:2000基础地形图」 hid the goal after it) — and name_openers.scale_left_out keeps it out of a name."""
    assert find_targets("完成全市1∶1万地质灾害详细调查成果入库，实现风险调查全覆盖。") == []
    sentence = "完成1∶500城镇地形图测绘120平方公里。"
    [target] = find_targets(sentence)
    assert fields(target) == ("城镇地形图测绘", 120, "平方公里", "equal", "goal")
    assert sentence[target.start : target.end] == "城镇地形图测绘120平方公里"


def test_round24_staffing_ratio_is_no_map_scale():
    """…but a ratio of staff to people served, followed by 的比例 or a verb, stays a standard: 「按照不低于1∶3的比例配备」."""
    [target] = find_targets("养老机构护理员与失能老年人按照不低于1∶3的比例配备。")
    assert fields(target)[3:] == ("at_least", "amount")


def test_round24_look_back_window_is_no_deadline():
    """deadlines.LOOK_BACK look_back: 「近3年内」 looks back on who qualifies, no period of the task (yitong 23c 「对近3年内发生过…
    事故的驾驶员」 gave a period; chengyang, donggang labelled alike)."""
    from pipeline.targets.deadlines import find_deadlines

    assert find_deadlines("申报单位最近三年内未发生较大以上生产安全事故，方可纳入示范创建名单。", "2026-03-01") == []


def test_round24_period_after_other_words_stays_a_deadline():
    """…but a period after a verb of the task counts from the notice: 「3年内完成」."""
    from pipeline.targets.deadlines import find_deadlines

    found = find_deadlines("各县（市、区）要在3年内完成全部农村危房改造。", "2026-03-01")
    assert [(d.text, d.kind, d.date) for d in found] == [("3年内", "period", "2029-03-01")]


def test_round24_every_n_years_is_recurring():
    """deadlines.DEADLINES recurring: 每 and any count of years paces a government task once (minze 23a 「每五年复核一次」, cenzhou 23c
    「每3年评估调整一次」 had no deadline; 每两年 / 每三年 alone were read)."""
    from pipeline.targets.deadlines import find_deadlines

    found = find_deadlines("省级节水型城市实行动态管理，每4年组织复查一次。", "2026-03-01")
    assert [(d.text, d.kind, d.date) for d in found] == [("每4年", "recurring", None)]


def test_round24_every_n_years_before_a_count_is_no_rhythm():
    """…but what each system must do at least once every N years is its standard (an amount), no rhythm of the task:
    「三级信息系统每5年至少开展1次等级测评」 (TARGET_LABELING: a limit word makes the count the target)."""
    from pipeline.targets.deadlines import find_deadlines

    assert find_deadlines("三级信息系统每5年至少开展1次等级测评。", "2026-03-01") == []
