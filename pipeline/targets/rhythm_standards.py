"""A limit on how often something is done within a quarter, month, term or week (「每季度至少开展1次安全自查」) is a
standard each facility, enterprise or school must meet: the count is the target (an amount) and the period no recurring
deadline of the task — as 每年 with a limit word is (TARGET_LABELING.md, 每年 before a verb that carries a quantity).

Round 21: liaoting 21a, linjiang 21a, cenjiang 21b and songjiang 21c label 「每季度 / 每学期 至少开展1次…」 as amounts with no
deadline (three writers); of the 72 labels of rounds 1–21 with a limit word after 每季度 / 每月 / 每学期 / 每半年 / 每周, 58
are targets without a deadline. The 14 recurring ones are the government's own rhythm, told apart here as the labels do:
the count written 「一次」 restates the rhythm (「县级路长每季度至少巡路一次」, fengling, qinglan, xiling, yilan, yunpu), and
a duty to organise or to act on others is the government's (「每月至少组织1次乡镇级全民健身活动」, puyuan, rongxi;
「县市场监管局对校外供餐单位每月至少开展1次监督检查」, shiping)."""

from .. import rx as re

# A limit word before the count, a few words apart (「至少开展1次」, 「不少于组织2次」); recurring.ANNUAL_COUNTS reads the same
# words after 每年.
LIMIT_BEFORE_COUNT = r"[^,;。\n\d]{0,12}?(?:至少|最少|不少于)[^,;。\n\d]{0,8}?"
# (name, pattern after the period word, example)
SHORT_RHYTHM_LIMITS = (
    ("limit_then_count", re.compile(LIMIT_BEFORE_COUNT + r"\d+(?:次|场|轮)"), "运营企业每季度至少开展1次安全自查"),
    ("count_after_verb", re.compile(r"[^,;。\n\d]{0,12}?(?:不少于|至少)\d+(?:次|场|轮)"), "每个项目每季度质量安全检查不少于1次"),
)
# Words that make the duty the government's: organising others (in the limit), or a bureau acting on the units it oversees
# (in the clause before the period). (name, pattern, example)
ORGANISING = ("organise", re.compile(r"组织"), "每月至少组织1次乡镇级全民健身活动")
ACTING_ON_OTHERS = ("acts_on_others", re.compile(r"对[^,;。\n]{1,12}$"), "县市场监管局对校外供餐单位每月至少开展1次监督检查")
GOVERNMENT_DUTIES = (ORGANISING, ACTING_ON_OTHERS)


def short_rhythm_standard(folded: str, start: int, end: int) -> bool:
    """True where the period word at folded[start:end] (每季度, 每月…) opens a limit on a count of times that is a
    facility's standard, not the government's own rhythm."""
    limit = next((m for _, p, _ in SHORT_RHYTHM_LIMITS if (m := p.match(folded, end))), None)
    if limit is None:
        return False
    clause = re.split(r"[,;。\n]", folded[max(0, start - 20) : start])[-1]
    return not (ORGANISING[1].search(limit.group()) or ACTING_ON_OTHERS[1].search(clause))
