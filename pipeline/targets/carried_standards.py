"""A duty stated once governs its sentence (session 17, counted over the labels of every round both ways): a limit in a later
clause of a sentence whose earlier clause says what someone 应 (当) / 须 / 必须 do or have is one more standard of the same holder,
an amount, whatever it counts — 「每个养老机构应当建立微型消防站，队员不少于6名」, 「物流中转点应设置冷藏保鲜设施，冷藏库容不少于50
立方米」 (MODAL_CARRIED). standard_kinds.should_meet reads the modal in the value's own clause only.
"""

from __future__ import annotations

from .. import rx as re
from dataclasses import replace

from .found import CLAUSE_BREAK, FoundTarget
from .standard_kinds import GOVERNMENT_CLAUSE, SHOULD_NOT_MEET
from .tables import one_of

# A limit in a later clause of a sentence whose earlier clause holds 应 (当) / 须 / 必须 (as should_meet reads them; not 应急, 供应,
# 响应…, nor the idiom 「应编尽编」 / 「应保尽保」), its own clause no government's (standard_kinds.GOVERNMENT_CLAUSES: a level
# reached, a territory or the whole year opening it, an office acting, a goal verb), and no sum of money (a support, left to the
# support rules). Session 17: of the 309 labels of every round so written, 308 are amounts, in ~150 notices; 22 were read as goals,
# in 18 notices of 16 rounds (yanjiang 43a 队员 and 每个楼层…灭火器, qigang 43b 冷藏库容, yuanfeng 42a, songling 42a, maozhou 41a,
# yuepu 39a, laichuan 37a, shechuan 35b, yiquan 35b, tongyuan 34a, lingjiang 33a ×2, liaochuan 33a, tanlan 32b, maoyang 31a,
# songyang 29a, liquan 29b, junjiang 27b ×2, lingyue 27a, zhangyuan 17b); the one goal is lanbu 26b's 「新建管网应当经闭水试验合格后方可
# 投入使用，已治理村庄生活污水收集管网接户率不低于85%」, a modal on a condition. (name, pattern of the modal, example)
MODALS_CARRIED = (
    (
        "modal_carried",
        r"(?:(?<![供响适对反效相感回理叫])应(?:当)?(?![急用对收届免缴])(?!.尽)|(?<![必无])须|必须)",
        "每个养老机构应当建立微型消防站，队员不少于6名 / 物流中转点应设置冷藏保鲜设施，冷藏库容不少于50立方米 / 融合线路车辆应当设置专用货舱，载货空间不少于1立方米",
    ),
)
MODAL_CARRIED = re.compile(one_of(MODALS_CARRIED))
CLAUSE_LIMIT = re.compile(r"不少于|不低于|不超过|不高于|不小于|不大于|至少")
SENTENCE_BREAK = re.compile(r"[。;；!?\n]")


def modal_carried(folded: str, target: FoundTarget) -> FoundTarget:
    """``target`` as an amount where its limit stands in a later clause of a sentence whose earlier clause holds a modal
    (MODALS_CARRIED); unchanged otherwise."""
    if target.kind != "goal" or target.comparator not in ("at_least", "at_most") or "元" in (target.unit or ""):
        return target
    value_at = folded.rfind(target.value_text, target.start, target.end)
    if value_at < 0:
        return target
    window = max(0, value_at - 160)
    sentence_start = max((m.end() for m in SENTENCE_BREAK.finditer(folded, window, value_at)), default=window)
    clause_start = max((m.end() for m in CLAUSE_BREAK.finditer(folded, sentence_start, value_at)), default=sentence_start)
    head, before = folded[clause_start:value_at], folded[sentence_start:clause_start]
    if clause_start == sentence_start or not CLAUSE_LIMIT.search(head) or GOVERNMENT_CLAUSE.search(head):
        return target
    if not MODAL_CARRIED.search(before) or SHOULD_NOT_MEET.search(before):
        return target
    return replace(target, kind="amount")
