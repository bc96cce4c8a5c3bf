"""Where a value names no measured thing of its own, the support it sizes: a share
(「按实付利息最高50%给予贴息支持」, 「按研发费用的8%给予牵头研发单位最高500万元补助」) or a list of values
before one noun (「提供最高30万元、最长3年的创业担保贷款」)."""

from __future__ import annotations

from .. import rx as re

from . import indicator as nouns
from .patterns import STAGE_MARK, SUPPORT_PHRASE
from .standard_deeds import support_named_by_deed, support_verb_end
from .values import VALUE
from .tables import one_of

LIST_LINK = re.compile(r"、(?:每人|每户|每家)?(?:每月|每年)?(?:最高|最长|最多|不超过)?")  # 「最长24个月、每人每月800元的用工补贴」
SENTENCE_END = re.compile(r"[。;\n]")
ASIDE = re.compile(r"\([^()]*\)")
CLAUSE_END = re.compile(r"[,。;\n]")
# list_end's walks, per text (a few live at once: the clause and the folded paragraph): every value of
# a long list asks for the same end, so each link is walked once, not once per value before it
_LIST_ENDS: dict[str, dict[int, int]] = {}
_LIST_TEXTS_KEPT = 4


def list_end(text: str, value_end: int) -> int:
    """The end of the last value in the list that continues at ``value_end`` (``value_end`` itself
    when no 「、value」 follows); remembered for every position walked."""
    ends = _LIST_ENDS.get(text)
    if ends is None:
        if len(_LIST_ENDS) >= _LIST_TEXTS_KEPT:
            _LIST_ENDS.pop(next(iter(_LIST_ENDS)))
        ends = _LIST_ENDS[text] = {}
    walked, end = [], value_end
    while end not in ends and (link := LIST_LINK.match(text, end)) and (m := VALUE.match(text, link.end())) and m.group():
        walked.append(end)
        end = m.end()
    end = ends.get(end, end)
    for position in walked:
        ends[position] = end
    ends[value_end] = end
    return end


# A limit word closing a list of values limits them all and names nothing (round 19: cangyuan 17b 「森林、草原火灾受害率
# 分别控制在0.9‰、3‰以内」 read 以内 as the support sized). (name, pattern, example)
LIMITS_AFTER_LIST = (("list_limit", r"(?:及以上|以上|以内|以下|左右)(?![\u4e00-\u9fff]{2})", "分别控制在0.9%、3%以内。"),)
LIMIT_AFTER_LIST = re.compile(one_of(LIMITS_AFTER_LIST))


def after_list(text: str, value_end: int) -> int:
    """Where the words after a value start, past a list of further values (「15万元、10万元…」,
    「最高30万元、最长3年的…」)."""
    end = list_end(text, value_end)
    if end > value_end and (limit := LIMIT_AFTER_LIST.match(text, end)):
        end = limit.end()  # 「受害率分别控制在0.9‰、3‰以内」: the list's limit, no noun (nor support) after it
    if end > value_end and (aside := ASIDE.match(text, end)):
        end = aside.end()  # 「每月1250元（税后1000元）的安居补贴」
    return end


def supported(folded: str, value_end: int) -> tuple[int, int] | None:
    """(start, end) in ``folded`` of the support a share or per-unit value sizes: the noun after the
    following 给予/发放 (past the recipient and a value of its own), in the same sentence."""
    if STAGE_MARK.match(folded, value_end):
        return None  # 「…2026年达到35%、2027年达到40%」: the next stage of the goal, no list of values
    position = after_list(folded, value_end)
    if named := support_named_by_deed(folded, position):
        return named  # 「…元的标准补助粪污收集池建设」: the support word is the verb (standard_deeds)
    verb_end = support_verb_end(folded, position)  # 给予 / 发放 …, or 「…元的标准支付授课报酬」
    if verb_end is None:
        if position == value_end:
            return None
        # 「不超过算力购买费用的60%、每年最高500万元补贴」: the noun after the list of values
        skip, length = nouns.noun_after(folded[position : position + 30])
        return (position + skip, position + length) if length else None
    position = verb_end
    sentence_end = m.start() if (m := SENTENCE_END.search(folded, position)) else len(folded)
    clause_end = m.start() if (m := CLAUSE_END.search(folded, position)) else len(folded)
    window = folded[position : min(clause_end, position + 24)]
    for m in VALUE.finditer(window):
        if m.group() and m["unit"] and m["cn"] != "一":  # 「一次性建设补助」 holds no value
            position += m.end()  # 「给予牵头研发单位最高500万元补助」: the noun after that value
            break
    skip, length = nouns.noun_after(folded[position:sentence_end])
    if length and (phrase := SUPPORT_PHRASE.match(folded, position + skip, sentence_end)) and phrase.end() > position + length:
        length = phrase.end() - position  # 「给予用人单位引才奖励」: jieba cut 引才 into a verb (the recipient leaves later)
    return (position + skip, position + length) if length else None
