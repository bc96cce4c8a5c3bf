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

# (name, pattern after the period word, example)
SHORT_RHYTHM_LIMITS = (
    ("limit_then_count", re.compile(r"[^,;。\n\d]{0,12}?(?:至少|最少|不少于)[^,;。\n\d]{0,8}?\d+(?:次|场|轮)"), "运营企业每季度至少开展1次安全自查"),
    ("count_after_verb", re.compile(r"[^,;。\n\d]{0,12}?(?:不少于|至少)\d+(?:次|场|轮)"), "每个项目每季度质量安全检查不少于1次"),
)
# Words that make the duty the government's: organising others, or a bureau acting on the units it oversees. (name, pattern, example)
GOVERNMENT_DUTIES = (
    ("organise", re.compile(r"组织"), "每月至少组织1次乡镇级全民健身活动"),
    ("acts_on_others", re.compile(r"对[^,;。\n]{1,12}$"), "县市场监管局对校外供餐单位每月至少开展1次监督检查"),
)


def short_rhythm_standard(folded: str, start: int, end: int) -> bool:
    """True where the period word at folded[start:end] (每季度, 每月…) opens a limit on a count of times that is a
    facility's standard, not the government's own rhythm."""
    limit = next((p.match(folded, end) for _, p, _ in SHORT_RHYTHM_LIMITS if p.match(folded, end)), None)
    if limit is None:
        return False
    clause = re.split(r"[,;。\n]", folded[max(0, start - 20) : start])[-1]
    if GOVERNMENT_DUTIES[0][1].search(limit.group()) or GOVERNMENT_DUTIES[1][1].search(clause):
        return False
    return True
