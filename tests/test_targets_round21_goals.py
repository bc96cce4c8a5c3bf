"""Round 21 of the goal and deadline rules (issue 11), from the goal and deadline errors of round 20 (and rounds 16–19)
grouped by construction and counted across writers: text written for the test (not copied from a labelled notice),
each asserting the exact targets (fields and the span's text) or the exact deadlines."""

import pytest

from target_rows import fields, targets_with_spans

# (sentence, the targets found as (indicator, value, unit, comparator, kind, span text)); the notice is of 2026
BUDGETS21 = [
    # budget_names.PAYER_BUDGETS payer_budget: a payer, its year or rhythm and the verb of budgeting open the name, the
    # fund's name after them is the target's (yuanping 17a, yuanxi 17d, tingzhou 18b, zhixi 19a, tangxi 19c, xiling 20a)
    ("省级财政2027年安排中小企业数字化转型专项资金6000万元。", [("中小企业数字化转型专项资金", 6000.0, "万元", "equal", "goal", "中小企业数字化转型专项资金6000万元")]),
    ("县财政投入水土保持治理资金1.5亿元。", [("水土保持治理资金", 1.5, "亿元", "equal", "goal", "水土保持治理资金1.5亿元")]),
    ("市级统筹安排资金3000万元，用于发放文旅消费券。", [("资金", 3000.0, "万元", "equal", "goal", "资金3000万元")]),
    ("区财政每年安排社区养老服务运营资金900万元。", [("社区养老服务运营资金", 900.0, "万元", "equal", "goal", "社区养老服务运营资金900万元")]),
    ("市财政2026—2028年每年安排文化旅游发展专项资金不少于2亿元。", [("文化旅游发展专项资金", 2.0, "亿元", "at_least", "goal", "文化旅游发展专项资金不少于2亿元")]),
    # budget_names.FUND_HEADS / FUND_VERBS: the verb of a fund's purpose stays in its name (tanqiao 19b, yuwan 20b)…
    ("2027年区级财政安排城镇老旧小区改造专项资金不少于2亿元。", [("城镇老旧小区改造专项资金", 2.0, "亿元", "at_least", "goal", "城镇老旧小区改造专项资金不少于2亿元")]),
    ("市级财政每年安排乡村医生队伍能力提升专项资金不少于800万元。", [("乡村医生队伍能力提升专项资金", 800.0, "万元", "at_least", "goal", "乡村医生队伍能力提升专项资金不少于800万元")]),
    # …after a verb of the tables too (heting 4: 「安排促进消费专项资金」), and a pool set up keeps no 建立 (qiaoshan 13b)
    ("市财政安排促进就业专项资金不少于5000万元。", [("促进就业专项资金", 5000.0, "万元", "at_least", "goal", "促进就业专项资金不少于5000万元")]),
    # …a verb acting on the fund does not (counter-example: the fund's own name after it)
    ("各县（市、区）每年安排配套资金不少于500万元。", [("配套资金", 500.0, "万元", "at_least", "goal", "配套资金不少于500万元")]),
]


@pytest.mark.parametrize(("sentence", "want"), BUDGETS21)
def test_round21_budget_name(sentence, want):
    assert targets_with_spans(sentence) == want


# A handling time written as a period before its verb is neither a target nor a deadline (TARGET_LABELING.md, response and
# arrival times, settled in round 21: 84 non-target labels against 11): the service_times rule that read it a goal is gone
# (its goals were false in congzhou 8a, danjiang 9a, lizhou 9a, quyang 7, kunchuan 10b, zheyang 10a, cuiling 16b, tingwan 17b,
# pulan 17c, luwan 18b, tingnan 20a, yuwan 20b)
PERIOD_BEFORE_VERB21 = [
    "市商务局在受理申请之日起20个工作日内完成审核。",
    "奖补资金原则上在申报截止后30日内拨付到位。",
    "补助资金在项目验收合格后45个工作日内拨付到位。",
]


@pytest.mark.parametrize("sentence", PERIOD_BEFORE_VERB21)
def test_round21_period_before_its_verb_is_no_target(sentence):
    from pipeline.targets.deadlines import find_deadlines

    assert targets_with_spans(sentence) == []
    assert find_deadlines(sentence, "2026-03-01") == []


def test_round21_a_named_time_shortened_stays_a_goal():
    """The counter-example: a time with a noun of its own, shortened by the government, is a goal."""
    assert targets_with_spans("企业开办时间压缩至1个工作日以内。") == [("企业开办时间", 1.0, "个工作日", "at_most", "goal", "企业开办时间压缩至1个工作日以内")]


# recurring.ANNUAL_COUNTS: after 每年, a limit word before the verb and its count of times, or more than once, makes the count
# the goal and no recurring deadline (TARGET_LABELING.md, 每年 before a verb that carries a quantity, round 21; rongxi 10a,
# meixi 11a, liyuan 12b, lanzhou 18a, qichuan 19a, gongxi and yuwan 20b); ANNUAL_CONTESTS is gone (congzhou 8a, shiping and
# yuchuan 18a relabelled: 「每年评选10家…」 has no deadline). (sentence, deadlines as (text, kind, date, rule))
DEADLINES21 = [
    ("县应急管理局每年至少组织开展1次森林火灾综合应急演练。", []),
    ("市科技局每年集中受理两次项目申报。", []),
    ("培育物流品牌。每年评选10家市级物流示范企业。", []),
    # …once a year with no limit word, a government task's rhythm stays recurring (the 1次 is no target)
    ("市住房城乡建设局每年开展一次城市体检评估。", [("每年", "recurring", None, "recurring")]),
    # …within a shorter period the labels keep the rhythm, a limit word or not (「每季度至少走访一次」: 9 labels)
    ("联系领导每季度至少走访一次包联企业。", [("每季度", "recurring", None, "recurring")]),
    # deadlines.DEADLINES year_done: a completion year before 共完成 is the task's date too (yuwan 20b)
    ("2027年共完成15个社区卫生服务站标准化改造。", [("2027年", "date", "2027-12-31", "year_done")]),
    # …and a time after 每年 is a recurring deadline as before (采暖期 read with 供暖季)
    ("每年采暖期前至少组织开展1次供热应急演练。", [("每年采暖期前", "recurring", None, "recurring")]),
]


@pytest.mark.parametrize(("sentence", "want"), DEADLINES21)
def test_round21_deadline(sentence, want):
    from pipeline.targets.deadlines import find_deadlines

    assert [(d.text, d.kind, d.date, d.rule) for d in find_deadlines(sentence, "2026-03-01")] == want


NAMES21 = [
    # names.ACTING_SUBJECTS served: what 对 / 面向 name before 开展 is checked or taught, the activity after it is counted
    # (shiping 18a, gongxi 20b, yingjiang 20b); NAME_LEADS towards_checked leaves such a 对 to it
    ("全年对农贸市场、商场超市和餐饮单位开展食品快速检测不少于3000批次。", [("食品快速检测", 3000.0, "批次", "at_least", "goal", "食品快速检测不少于3000批次")]),
    ("每年面向乡村教师、村医开展急救技能培训不少于2000人次。", [("急救技能培训", 2000.0, "人次", "at_least", "goal", "急救技能培训不少于2000人次")]),
    ("海事部门每年对进港船舶燃油开展抽检不少于100批次。", [("抽检", 100.0, "批次", "at_least", "goal", "抽检不少于100批次")]),
    # …a check's rate after 对 keeps what is checked (counter-example: no 开展)
    ("对危险化学品企业检查覆盖率达到100%。", [("危险化学品企业检查覆盖率", 100.0, "%", "reach", "goal", "危险化学品企业检查覆盖率达到100%")]),
    # names.SCOPES each_region 各设区市: each city of the province is a scope (yingjiang 20b's label note)
    ("各设区市城市生活污水集中收集率全部达到75%以上。", [("城市生活污水集中收集率", 75.0, "%", "at_least", "goal", "城市生活污水集中收集率全部达到75%以上")]),
    # found.LEADING_FILLER: 采暖季 / 供暖季 before 前 is a time opening the name, as 采暖期 was (yingjiang 20b)
    ("2027年供暖季前完成山区农村清洁取暖改造3万户。", [("山区农村清洁取暖改造", 3.0, "万户", "equal", "goal", "山区农村清洁取暖改造3万户")]),
]


@pytest.mark.parametrize(("sentence", "want"), NAMES21)
def test_round21_goal_name(sentence, want):
    assert targets_with_spans(sentence) == want


# shares_first.SHARES_FIRST share_of_members: a share of the members opening its clause, what they reach after them — a
# goal of the members (zhangyuan 17b, yuwan 20b); a share after a verb of growth is who qualifies (counter-examples)
SHARES21_NOTICE = (
    "一、主要目标\n到2027年，全县85%以上的村卫生室达到服务能力标准。\n二、重点任务\n"
    "（一）新建美丽乡村示范点20个，70%以上的自然村达到美丽乡村建设标准。（责任单位：县农业农村局）\n"
    "（二）对年度研发费用增长20%以上的企业给予奖励。（责任单位：县科技局）\n"
    "（三）营业收入增长15%以上的商贸企业达到200家。（责任单位：县商务局）\n"
)


def _notice_targets(tmp_path, text: str, with_year: bool = False) -> list[tuple]:
    from pipeline import extract

    path = tmp_path / "notice.txt"
    path.write_text(text, encoding="utf-8")
    return [
        fields(t, 6 if with_year else 5) + (text[t.span.start : t.span.end],) for t in extract(str(path)).targets
    ]


def test_round21_share_of_members(tmp_path):
    """A share of the members opening its clause is a goal of those members; a share that says which firms qualify
    (增长20%以上的企业) or how much they grew (增长15%以上的商贸企业) is none."""
    assert _notice_targets(tmp_path, SHARES21_NOTICE) == [
        ("村卫生室", 85.0, "%", "at_least", "goal", "85%以上的村卫生室"),
        ("美丽乡村示范点", 20.0, "个", "equal", "goal", "美丽乡村示范点20个"),
        ("自然村", 70.0, "%", "at_least", "goal", "70%以上的自然村"),
        ("商贸企业", 200.0, "家", "reach", "goal", "商贸企业达到200家"),
    ]


@pytest.mark.xfail(strict=True, reason="shares_first reads its goals apart from find_targets, so a 「到2027年，」 before them gives no year")
def test_round21_share_of_members_takes_its_paragraphs_year(tmp_path):
    assert _notice_targets(tmp_path, SHARES21_NOTICE, with_year=True)[0] == ("村卫生室", 85.0, "%", "at_least", "goal", 2027, "85%以上的村卫生室")
