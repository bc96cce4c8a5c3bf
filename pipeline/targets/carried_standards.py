"""A duty stated once governs its sentence (session 17, counted over the labels of every round both ways): a limit in a later
clause of a sentence whose earlier clause says what someone 应 (当) / 须 / 必须 do or have is one more standard of the same holder,
an amount, whatever it counts — 「每个养老机构应当建立微型消防站，队员不少于6名」, 「物流中转点应设置冷藏保鲜设施，冷藏库容不少于50
立方米」 (MODALS_CARRIED); and a limit set for each shift or class (EACH_SHIFTS). standard_kinds.should_meet reads the modal in the value's own clause only.
"""

from __future__ import annotations

from .. import rx as re
from dataclasses import replace

from .found import CLAUSE_BREAK, FoundTarget, value_clause
from .standard_kinds import GOVERNMENT_CLAUSE, GOVERNMENT_CLAUSES, ITEM_NUMBERS, SHOULD_NOT_MEET
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
    # …and a rule set 原则上 / 一般 in an earlier clause (standard_kinds.IN_PRINCIPLE_LIMITS, in the value's own clause), unless the
    # later clause cuts the government's own paperwork (压减, 压缩, 精简). Of the 187 labels of every round so written, 185 are amounts;
    # 10 were read as goals, in 8 notices of 8 rounds (fengyu 17a ×2, liaoting 21a ×2, minze 23a, luochuan 30a, yuanting 30a, wenxu 34b,
    # yaochuan 39a, qishan 43a); the two goals are quling 22a's 「原则上实行“一表申请…”，申请材料压减比例不低于40%」 and its 办理时限压减比例.
    ("in_principle_carried", r"原则上|一般(?:为|不|应)", "服务中心烘干能力原则上不低于日处理150吨，配套仓容不少于3000吨 / 新建公共建筑原则上采用装配式建造方式，装配率不低于50%"),
)
MODAL_CARRIED = re.compile(one_of(MODALS_CARRIED))
CLAUSE_LIMIT = re.compile(r"不少于|不低于|不超过|不高于|不小于|不大于|至少")
SENTENCE_BREAK = re.compile(r"[。;；!?\n]")
CUT_DOWN = re.compile(r"压减|压缩|精简")
# …nor where the sentence opens with the government's territory or the whole year, or an office acts in it (GOVERNMENT_CLAUSES'
# entries): 「全县原则上每年组织1次综合演练，参演人员不少于500人」 is the county's drill (a territory named later, 「面向全省中小企业
# 开放」, is whom a holder serves).
GOVERNMENT_WORDS = {name: pattern for name, pattern, _ in GOVERNMENT_CLAUSES}
GOVERNMENT_OPENING = re.compile(ITEM_NUMBERS + "(?:" + GOVERNMENT_WORDS["territory"] + "|" + GOVERNMENT_WORDS["whole_year"] + ")")
OFFICE_ACTING = re.compile(GOVERNMENT_WORDS["office_acting"])


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
    if clause_start == sentence_start or not CLAUSE_LIMIT.search(head) or GOVERNMENT_CLAUSE.search(head) or CUT_DOWN.search(head):
        return target
    if not MODAL_CARRIED.search(before) or SHOULD_NOT_MEET.search(before) or GOVERNMENT_OPENING.match(before) or OFFICE_ACTING.search(before):
        return target
    return replace(target, kind="amount")


# A limit set for each shift or class (每班, 每班次) is what each one must staff, hold or do, an amount: no division of the territory
# is a shift. Session 17: all 19 labels of every round with 每班 / 每班次 in the value's clause are amounts, in 12 notices of 11 rounds
# (22b 「消防控制室每班值班人员不少于2人」, 32b, 19c, 42b, 33b, 26b, 21a…); yanjiang 43a's 「每班值班人员不少于2人」, its holder in
# the sentence before, was read as a goal. (name, pattern on the clause's words before the value, example)
EACH_SHIFTS = (("each_shift", r"每班(?:次)?(?![级车])", "每班值班人员不少于2人 / 每班次执勤人员不少于3名"),)
EACH_SHIFT = re.compile(one_of(EACH_SHIFTS))


def each_shift(folded: str, target: FoundTarget) -> FoundTarget:
    """``target`` as an amount where its clause sets a limit for each shift or class (EACH_SHIFTS); unchanged otherwise."""
    if target.kind != "goal" or target.comparator not in ("at_least", "at_most"):
        return target
    if (place := value_clause(folded, target, 40)) is None:
        return target
    value_at, clause_start = place
    head = folded[clause_start:value_at]
    return replace(target, kind="amount") if EACH_SHIFT.search(head) and CLAUSE_LIMIT.search(head) else target
