"""How many a level selects, names or funds each year — a clause opening with 每年 and a verb of selecting, no beneficiary before it,
capped by 不超过 — is the government's own programme, a goal, whatever support is paid to each one selected (「对获评示范商户的，给予
每家1万元奖励，每年评选不超过100家」: the 1万元 is each one's amount, the 100家 the count the government names). Session 14: all 28
labels of every round so written are goals, in 22 notices of 18 rounds; 6 were read as amounts (langwan 33b, qingshan 33b, tanjiang
36a, tanlan 32b, weiyuan 32b, xunlan 34b), the cap taken as the support's own. A beneficiary opening the clause (「同一企业每年奖励
不超过5项」, 「每人每年享受补贴不超过3次」) keeps the cap its amount: 216 of the 218 amounts under 每年 / 年度 and 不超过 are so written."""

from __future__ import annotations

from .. import rx as re
from dataclasses import replace

from .found import FoundTarget
from .tables import one_of

# (name, pattern closing the text before the value, example)
YEARLY_SELECTIONS = (
    (
        "yearly_selection",
        r"(?:^|[,，;；。:：\n])\s*(?:省级|市级|县级|全省|全市|全县)?每年(?:评选|遴选|认定|评定|评审|资助|奖励名额|择优|命名)[^,，;；。:：\n\d]{0,14}?(?:原则上)?(?:不超过|最多)$",
        "每年评选不超过100家 / 市级每年遴选不超过20个示范项目 / 每年资助不超过20项 / 每年奖励名额不超过300名",
    ),
)
YEARLY_SELECTION = re.compile(one_of(YEARLY_SELECTIONS))
# Units that count what is selected (money or a share would be a support's own cap).
SELECTED_UNITS = frozenset("家 个 项 名 人 条 组 所 处 座 支 批 部 件 类".split())


def yearly_selection(folded: str, target: FoundTarget) -> FoundTarget:
    """``target`` as a goal where it caps how many a level selects or funds each year (YEARLY_SELECTIONS)."""
    if target.kind != "amount" or target.comparator != "at_most" or target.unit not in SELECTED_UNITS:
        return target
    value_at = folded.rfind(target.value_text, target.start, target.end)
    if value_at < 0 or YEARLY_SELECTION.search(folded, max(0, value_at - 40), value_at) is None:
        return target
    return replace(target, kind="goal")
