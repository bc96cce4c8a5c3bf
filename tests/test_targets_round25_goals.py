"""Rules of the twenty-fifth round for goals and deadlines (issue 11, from held-out rounds 23–24's inexact goals and missed
deadlines), each on sentences written for the test, not copied from a labelled notice: every target with its exact indicator,
value, unit, comparator and kind and the text its span gives back, and every deadline with its text, kind, date and rule."""

import pytest

from target_rows import targets_with_spans

# indicator.VERB_BEFORE_COUNTS: a verb of commitment and one two-character noun right before the value, the limit after it,
# leaves the name; a comparator word between keeps the noun phrase, and a verbal noun first (培训人员) stays whole.
VERB_BEFORE_COUNT25 = [
    ("全年提供岗位2万个以上。", [("岗位", 2.0, "万个", "at_least", "goal", "岗位2万个以上")]),
    ("2027年建成设施40个以上。", [("设施", 40.0, "个", "at_least", "goal", "设施40个以上")]),
    # must not change: a comparator word between the name and its value, a verbal noun opening the name
    ("孵化企业达到300家。", [("孵化企业", 300.0, "家", "reach", "goal", "孵化企业达到300家")]),
    ("扶持创业1.1万人以上。", [("扶持创业", 1.1, "万人", "at_least", "goal", "扶持创业1.1万人以上")]),
]

# patterns.JOINERS and ONE_CHAR_COUNTED: a 「…的」 clause before a counted noun leaves the name when its 与 belongs to a verb
# (参与) and before a one-character noun (村); a joiner standing as a word keeps the two members together.
WHOSE_COUNTED25 = [
    ("科研机构参与转化的专利达到500件。", [("专利", 500.0, "件", "reach", "goal", "专利达到500件")]),
    (
        "到2027年，年经营性收入30万元以上的村达到80个，50万元以上的村突破30个。",
        [("村", 80.0, "个", "reach", "goal", "村达到80个"), ("村", 30.0, "个", "at_least", "goal", "村突破30个")],
    ),
    # must not change: a threshold before a rate says what the rate counts
    ("年经营性收入20万元以上的村占比达到60%。", [("年经营性收入20万元以上的村占比", 60.0, "%", "reach", "goal", "年经营性收入20万元以上的村占比达到60%")]),
]


@pytest.mark.parametrize(("sentence", "expected"), VERB_BEFORE_COUNT25 + WHOSE_COUNTED25, ids=[s[:16] for s, _ in VERB_BEFORE_COUNT25 + WHOSE_COUNTED25])
def test_round25_goal_names(sentence, expected):
    assert targets_with_spans(sentence) == expected


# recurring.EACH_YEAR_LISTS: a month's date listed after 每年 and its first date recurs too; TIMES_OF_YEAR: 每年 before a
# season, festival, quarter or named day recurs whatever word follows. The notice is of 2026.
DEADLINES25 = [
    ("各县于每年6月底前和11月底前分别报送工作进展。", [("每年6月底前", "recurring", None, "recurring"), ("11月底前", "recurring", None, "each_year_listed")]),
    ("牵头单位要于每年5月20日前、11月20日前报送进展。", [("每年5月20日前", "recurring", None, "recurring"), ("11月20日前", "recurring", None, "each_year_listed")]),
    ("每年汛前、汛后组织开展水库安全检查。", [("每年", "recurring", None, "recurring")]),
    ("在每年春节、中秋前组织开展食品安全专项检查。", [("每年", "recurring", None, "recurring")]),
    ("利用每年“全国科普日”集中开展科普宣传。", [("每年", "recurring", None, "recurring")]),
    # must not change: two dates without 每年 are dates of the notice's year; a count after 每年 is the goal, no rhythm
    ("确保当年项目5月底前开工、10月底前完工。", [("5月底前", "date", "2026-05-31", "month_this_year"), ("10月底前", "date", "2026-10-31", "month_this_year")]),
    ("每年新增城镇就业5000人以上。", []),
]


@pytest.mark.parametrize(("sentence", "want"), DEADLINES25, ids=[s[:16] for s, _ in DEADLINES25])
def test_round25_deadlines(sentence, want):
    from pipeline.targets.deadlines import find_deadlines

    assert [(d.text, d.kind, d.date, d.rule) for d in find_deadlines(sentence, "2026-03-01")] == want
