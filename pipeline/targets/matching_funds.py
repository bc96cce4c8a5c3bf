"""A lower government's matching funds, set as a share of the funds a higher level gives (「各设区市按不低于省级补助资金30%
的比例落实配套资金」, 「各区配套资金不低于市级补助资金的50%」): a goal named 配套资金 (or 配套经费, 配套比例, as written) — what
a division of the territory commits of its own budget, not a standard a beneficiary meets.

Session 13: 11 such labels in 11 notices of rounds 9–32 (eight writers' rounds); the 10 labelled goals with that name
fengong had read as amounts or named by the division (「各乡镇」, 「要按照」). A share set 「原则上」 stays a standard (round 26a's
「市县财政配套资金原则上不低于省级补助资金的50%」, an amount by the guide's 原则上 line), as does money per unit
(「县级财政配套资金每亩不低于500元」).
"""

from __future__ import annotations

from .. import rx as re
from dataclasses import replace

from .found import FoundTarget
from .support import SENTENCE_END
from .tables import one_of

# (name, pattern, example)
MATCHING_NAMES = (("matching_funds", r"配套(?:资金|经费|比例)", "各乡镇按不低于县级补助资金20%的比例落实配套经费 / 配套比例不低于省级补助资金的50%"),)
MATCHING_NAME = re.compile(one_of(MATCHING_NAMES))
# The higher level's funds the share is taken of, right before the value: (name, pattern, example)
HIGHER_FUNDS = (
    ("higher_level_funds", r"(?:中央|国家|省级|市级|县级|区级|省|市|县|上级)(?:财政)?[^,;。\d]{0,6}?(?:资金|额度|经费)的?$", "不低于省级补助资金的50% / 不少于省级分配额度的50% / 按不低于市级资金30%的比例"),
)
HIGHER_FUND = re.compile(one_of(HIGHER_FUNDS))
STANDARD_WORDS = re.compile(r"原则上|每(?!年)")  # a limit set 原则上, or money per unit: a standard, not a division's own share


def matching_funds(folded: str, target: FoundTarget) -> FoundTarget:
    """``target`` read as a division's matching funds (MATCHING_NAMES, HIGHER_FUNDS); unchanged otherwise."""
    if target.unit != "%" or "配套" not in folded[max(0, target.start - 40) : target.end + 20]:
        return target
    value_at = folded.rfind(target.value_text, target.start, target.end)
    if value_at < 0:
        return target
    opening = max((m.end() for m in SENTENCE_END.finditer(folded, max(0, value_at - 60), value_at)), default=max(0, value_at - 60))
    closing = m.start() if (m := SENTENCE_END.search(folded, value_at, value_at + 40)) else min(len(folded), value_at + 40)
    before = folded[opening:value_at]
    if not HIGHER_FUND.search(before) or STANDARD_WORDS.search(before):
        return target
    named = list(MATCHING_NAME.finditer(folded, opening, closing))
    if not named:
        return target
    name = min(named, key=lambda m: abs(m.start() - value_at))  # the one nearest the value: 「配套资金不低于…」 or 「…的比例安排配套资金」
    value_end = value_at + len(target.value_text)
    return replace(target, indicator=name.group(), kind="goal", start=min(name.start(), value_at), end=max(name.end(), value_end))
