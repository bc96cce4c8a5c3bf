"""A watch kept round the clock is an amount of 24 小时 named by the watch (duty_hours.DUTY_HOURS, session 14: two helpers
wrote it apart, one kept); a watch kept only in a season or an event, a duty system and a telephone are none. Sentences written for the test: every
target with its exact fields and the text its span gives back."""

import pytest

from target_rows import targets_with_spans

WATCHES = [
    ("县污水处理厂中控室实行24小时值守。", [
        ("值守", 24.0, "小时", "equal", "amount", "实行24小时值守"),
    ]),
    ("供水企业应组建抢修班组，实行24小时值班，及时处置管网爆管。", [
        ("值班", 24.0, "小时", "equal", "amount", "实行24小时值班"),
    ]),
    ("危化品仓库监控中心实行24小时双人值班。", [
        ("双人值班", 24.0, "小时", "equal", "amount", "实行24小时双人值班"),
    ]),
    ("各物资储备库实行24小时值班值守。", [
        ("值班值守", 24.0, "小时", "equal", "amount", "实行24小时值班值守"),
    ]),
]
# Where the rule must not add a target: a watch of a season or an event, a duty system, a telephone.
NOT_WATCHES = [
    ("寒潮天气期间各供热企业实行24小时值班值守。", []),
    ("主汛期实行24小时值班和领导带班制度。", []),
    ("各乡镇要建立24小时值班制度，实行24小时值班制度。", []),
]


# A per-unit frame with its number before a verb of equipping or providing opens an amount's name and is left out
# (name_openers.NAME_OPENERS, per_frame_then_verb); a count named by the verb (配备数量) keeps it.
PER_FRAME_VERBS = [
    ("每50名在场游客配备救生员不少于1名。", [
        ("救生员", 1.0, "名", "at_least", "amount", "救生员不少于1名"),
    ]),
    ("每个园区提供免费法律咨询至少2次。", [
        ("免费法律咨询", 2.0, "次", "at_least", "amount", "免费法律咨询至少2次"),
    ]),
]


@pytest.mark.parametrize(("sentence", "expected"), PER_FRAME_VERBS, ids=[s[:10] for s, _ in PER_FRAME_VERBS])
def test_per_frame_then_verb(sentence, expected):
    assert targets_with_spans(sentence) == expected


@pytest.mark.parametrize(("sentence", "expected"), WATCHES + NOT_WATCHES, ids=[s[:10] for s, _ in WATCHES + NOT_WATCHES])
def test_round_the_clock_watch(sentence, expected):
    assert targets_with_spans(sentence) == expected
