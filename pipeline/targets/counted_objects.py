"""Session 21, goal names and goals missed on rounds 37–48 (constructions that recur across writers): a condition word
(CONDITION_CONTEXT: 工作, 运营, 经营…) inside the name of what a goal counts (COUNTED_BODIES), a scope word opening a name
after its verb (OPENING_SCOPES), an enforcement action or joint meeting held so often (GOVERNMENT_ACTIONS), a counted noun
running to the clause's end (CLOSING_NOUN_RUNS) and a value set aside from a named source (SET_ASIDE_SOURCES)."""

from __future__ import annotations

from dataclasses import replace

from .. import rx as re

from .found import FoundTarget, value_clause
from .indicator import PREDICATE_VERBS, tag
from .patterns import CONDITION_CONTEXT
from .tables import one_of

# A condition states a duration, a sum or an age (「工作经验不少于3年」, 「营业收入500万元以上」, 「年满60周岁」); a count of
# bodies or persons after a name whose condition word is followed by the counted noun is a count of those bodies, the word
# part of their name: 「培育儿童社会工作服务机构50家以上」 → 儿童社会工作服务机构, 「培育省级再生水专业化运营骨干企业10家以上」,
# 「每年培训二手车鉴定评估和经营管理人才2000人次以上」 (rounds 43b, 46b, 48a: three writers, all missed as conditions before).
# (name, units, example)
COUNTED_BODIES = (
    ("bodies_and_persons", "家 个 所 名 人 人次 支 座 处 项", "培育社会工作服务机构50家以上 → 社会工作服务机构 50 家"),
)
COUNT_UNIT = frozenset(u for _, units, _ in COUNTED_BODIES for u in units.split())
# The counted noun after the condition word: a noun of bodies or persons closing the name. (name, pattern, example)
COUNTED_HEADS = (
    ("body", r"(?:机构|企业|组织|中心|单位|公司|平台)$", "运营骨干企业 / 社会工作服务机构"),
    ("persons", r"(?:人才|人员|专家|队伍)$", "经营管理人才"),
)
COUNTED_HEAD = re.compile(one_of(COUNTED_HEADS))


def counted_body(head: str, unit: str | None) -> bool:
    """Whether the condition word of ``head``'s last eight characters belongs to the name of the bodies or persons a
    count of ``unit`` counts (COUNTED_BODIES): the word has two characters or more after it, a COUNTED_HEADS noun closes."""
    tail = head[-8:]
    m = CONDITION_CONTEXT.search(tail)
    return bool(m) and unit in COUNT_UNIT and len(tail) - m.end() >= 2 and COUNTED_HEAD.search(tail) is not None


# A scope word opening a name is no part of it (TARGET_LABELING.md, indicator); names.trim leaves it where it opens
# the words before the value, a verb before it (「每年至少组织1次全县森林草原火灾综合应急演练」, 「组织开展全省紧急医学救援综合
# 演练不少于1次」) or a value-first noun keep it. 全省性 (a province-wide grade: 「全省性阅读推广活动」) and a scope joined to a
# level stay, as there. (name, pattern, example)
OPENING_SCOPES = (
    ("territory_after_deed", r"(?:全市|全省|全区|全县)(?![性和及与、域])", "每年至少组织1次全县森林草原火灾综合应急演练 → 森林草原火灾综合应急演练"),
)
OPENING_SCOPE = re.compile("^(?:" + one_of(OPENING_SCOPES) + ")")


def scope_dropped(targets: list[FoundTarget]) -> list[FoundTarget]:
    """``targets`` with a scope word (OPENING_SCOPES) cut from the front of each name that keeps two characters after it."""
    out = []
    for t in targets:
        m = OPENING_SCOPE.match(t.indicator)
        out.append(replace(t, indicator=t.indicator[m.end() :]) if m and len(t.indicator) - m.end() >= 2 else t)
    return out


# An enforcement or rectification action, or a joint meeting of departments, is the government's work whatever the period
# it recurs in and whoever the clause names: a floor on how often it is held is a goal (「每季度至少开展1次联合执法行动」,
# 「每半年至少召开1次联席会议」, 「每月开展不少于2次联合治超行动」). Session 21: all 13 labels of rounds 1–48 so named with a count
# of times are goals; 5 in rounds 39a, 40b and 48a were read as amounts (a rhythm shorter than a year reads a facility's standard,
# rhythm_standards). Session 24, counted over rounds 1–58: any joint check or campaign (联合检查, 集中整治, 专项整治…) and any
# meeting of the government's bodies (全体会议, 调度会, 会议) too — of the 25 labels so named, 24 are goals and 11 were read as
# amounts (rounds 34a, 39a, 49a ×3, 50b, 52a, 52b, 53b, 55b, 57b); the one amount is a school committee's meeting, kept so.
# (name, pattern on the indicator, example)
GOVERNMENT_ACTIONS = (
    ("enforcement_action", r"(?:执法|整治|治超)行动$", "每学期至少开展2次校园周边环境集中整治行动 / 每月开展不少于2次联合治超行动"),
    ("joint_or_campaign", r"联合(?:执法|检查|整治)|集中整治|专项整治", "每季度至少开展1次联合执法检查"),
    ("government_meeting", r"(?<!委员会)(?:联席会议|全体会议|调度会|会议)$", "每季度至少召开1次联席会议 / 专班每季度至少召开1次工作调度会 (not 「膳食委员会会议」)"),
)
GOVERNMENT_ACTION = re.compile(one_of(GOVERNMENT_ACTIONS))
TIMES_UNITS = frozenset({"次", "场", "轮"})
# Each unit's own count opens the clause (「每个执法中队每月开展专项整治行动不少于2次」: that unit's standard, an amount); a division of
# the territory (每个乡镇) is no such unit.
EACH_UNIT = re.compile(r"每(?:个|家|所|支|名|位|户|座)(?!设区市|县|乡镇|乡|镇|街道|行政村|村|社区|市|区)")


def government_actions(folded: str, targets: list[FoundTarget]) -> list[FoundTarget]:
    """``targets`` with a count of the times a GOVERNMENT_ACTIONS action is held read as a goal, where no unit's 每个 / 每家…
    opens its clause."""
    out = []
    for t in targets:
        if t.kind == "amount" and t.unit in TIMES_UNITS and GOVERNMENT_ACTION.search(t.indicator):
            place = value_clause(folded, t, 60)
            if place is None or not EACH_UNIT.search(folded, place[1], place[0]):
                t = replace(t, kind="goal")
        out.append(t)
    return out


# A counted noun after its value that runs to the clause's end is one noun phrase: a verb jieba reads inside it modifies the
# head that closes it (「建成1个县级寄递公共配送中心。」 → 县级寄递公共配送中心, 「选取20个重点集中堆砂场」, 「建成1个标准化废旧农膜
# 回收网点」, 「建成1家尘肺病诊断和康复技术指导中心」; rounds 44b, 45a, 47a, 48b: the reading stopped at 寄递 / 集中 / 回收 / 诊断).
# The rest is read whole only where every word is a noun, a modifier, a verb or a joining 和 / 及, none a preposition, an adverb,
# a number or a predicate (PREDICATE_VERBS), and a noun closes it. (name, pattern of the words' tags allowed, example)
CLOSING_NOUN_RUNS = (("noun_run_to_clause_end", r"n[a-z]*|v|vn|b|a|eng|x|l|j|zg|ng", "每个县建成1个县级寄递公共配送中心。"),)
HEAD_CHARS = frozenset("场 站 点 村 库 所 馆 园 室 厂".split())  # a facility head jieba tags apart (「堆砂场」: 场 a measure word)
ALLOWED_TAG = re.compile("^(?:" + one_of(CLOSING_NOUN_RUNS) + ")$")
DIGIT = re.compile(r"\d")
# A person closing the noun read: the verb after a person is what they do (「1名退役军人进入村“两委”班子」). (morphemes of persons)
PERSON_END = re.compile(r"(?:人|员|工|者|师|领导|干部|代表|学生|专家)$")
CLAUSE_REST = re.compile(r"[^、,，;；。:：()（）\n]*")


def run_to_clause_end(clause: str, noun_at: int, length: int) -> int:
    """``length`` of the counted noun at ``noun_at`` of ``clause``, read on to the clause's end where the rest is one noun
    phrase (CLOSING_NOUN_RUNS)."""
    rest = CLAUSE_REST.match(clause, noun_at).group()
    if not length or len(rest) <= length or len(rest) > 20 or "的" in rest or rest.endswith(("等", "”")) or DIGIT.search(rest):
        return length
    if PERSON_END.search(rest, 0, length):
        return length  # 「1名市级领导联系」, 「2名教职工取得…证书」: a person's verb after them is their predicate
    words = tag(rest[length:])
    if not words or not (words[-1][1].startswith("n") or words[-1][0] in HEAD_CHARS):
        return length
    for word, flag in words:
        if word in PREDICATE_VERBS or not (ALLOWED_TAG.match(flag) or word in ("和", "及", "“", "”", "+")):
            return length
    return len(rest)


# A share or a quantity set aside from a named source (「在新增建设用地计划指标中安排不少于3000亩」, 「从福彩公益金中安排不少于5000万元」)
# measures the source: the name is the source where no other noun follows the value (a noun after 的 that only repeats the
# source's head, 「中单列不低于5%的指标」, names it too). Session 21: 39a, 43a, 45b (three writers) so labelled; a noun of its own
# after the value stays (「从转化净收入中提取不低于70%的比例」 → 比例, 「在公益性公墓中划出不低于30%的区域」 → 区域).
# (name, pattern closing the words before the value, example)
SET_ASIDE_SOURCES = (
    ("set_aside_from", r"(?:在|从)(?P<source>[^,;。，；在从]{2,16}?)中(?:安排|单列|统筹安排|统筹|预留|列支)(?:不少于|不低于|不超过|最高)?$", "每年在新增建设用地计划指标中安排不少于3000亩予以保障 → 新增建设用地计划指标"),
)
SET_ASIDE_SOURCE = re.compile(one_of(SET_ASIDE_SOURCES))
DE_RUN = re.compile("的*")


def sources_named(folded: str, targets: list[FoundTarget]) -> list[FoundTarget]:
    """``targets`` named by the source a value is set aside from (SET_ASIDE_SOURCES)."""
    out = []
    for t in targets:
        place = value_clause(folded, t, 60)
        if place is not None and (m := SET_ASIDE_SOURCE.search(folded, place[1], place[0])):
            source = m.group("source")
            after = DE_RUN.match(folded, place[0] + len(t.value_text)).end()  # (the noun after the value and its 的)
            if t.indicator != source and (not folded.startswith(t.indicator, after) or source.endswith(t.indicator)):
                t = replace(t, indicator=source)
        out.append(t)
    return out
