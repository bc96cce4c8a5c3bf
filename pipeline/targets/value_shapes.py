"""Which rule makes a value a target and where its indicator stands in the clause (value_shape), read from the words around the value."""

from __future__ import annotations

from .. import rx as re

from . import indicator as nouns
from .after_value import FACILITY_WORK, first_after_asides, noun_after_value, rhythm_named
from .bare import bare_value, subject_cut, unitless_limit
from .elliptic import part_of_previous
from .clause_values import AFTER, in_part_aside
from .head import Head
from .modifiers import opened
from .name_deeds import name_and_deed, sent_on_errand
from .names import ACTION_END, INDICATOR_NOUN, LIGHT_VERB, kept_new, trim
from .patterns import ATTENDANCE_UNIT, GOAL_VERB_NOUN, ITEM_CLASSIFIER
from .patterns import PER_QUANTIFIER, PER_UNIT, SHARE_LEAD, SUPPORT_NAMED, SUPPORT_VERB_NOUN, TIME_UNITS
from .returned import consecutive_support
from .support import supported
from .tables import one_of
from .tail import Ending
from .clause_context import ClauseContext

JOINED_END = Ending(r"(?:以及|及|和|并)$")  # a name ending in a joiner: the value's noun follows it
DIGIT = re.compile(r"\d")
# What 完成 + a value counts is the task named after it, to its task word (任务 off): 「完成1.2万户…家庭适老化改造」,
# 「完成106.5万亩农用地确权登记颁证任务」 (not 建设/治理/除险加固/改造提升 of a counted facility: after_value.FACILITY_WORKS).
TASK_PHRASES = (("task", r"(?P<task>[^,;。、\d]{1,14}?(?:改革|改造(?!提升)|确权登记颁证|确权|发证|整治|(?<!除险)加固))(?:任务)?", "全面完成90户厂办大集体改革"),)
TASK_PHRASE = re.compile(one_of(TASK_PHRASES))
# …but a counter of facilities (所, 座, 个…) counts the facilities, and the upgrade done to them is the goal's work, no part of
# the name: 「完成120所学校食堂标准化改造」 → 学校食堂 (session 23: of the 31 goal labels of rounds 1–53 of the shape
# 「完成N<counter>…改造 / 升级」, 24 name the facility alone — 12 of the 13 of rounds 43–53 — and the 7 keeping the work,
# rounds 5–50, were relabelled to TARGET_LABELING.md's line on it; households and rooms, 「1.2万户…家庭适老化改造」, 「1200间
# 教室照明改造」, count the work and keep it). (name, pattern, example)
FACILITY_UPGRADES = (
    ("upgrade_of_counted", r"(?P<facility>[^,;。、\d]{2,}?)(?:(?:周边|配套)[^,;。、\d]{0,6}?|提标|提质|提档|维修|升级|无障碍|[\u4e00-\u9fff]{1,2}化)?(?:改造|升级)$", "完成120所学校食堂标准化改造 → 学校食堂 / 完成60个农家书屋提档升级 → 农家书屋 / 完成60所中小学校周边慢行环境改造 → 中小学校 (what is done around or beside them, their work too)"),
)
FACILITY_UPGRADE = re.compile(one_of(FACILITY_UPGRADES))
FACILITY_COUNTER = re.compile(r"(?:个|所|座|家|条|处)$")
OF_WHICH = re.compile(r"\s*其中")  # a clause naming a part of the figure before it


def _has_measure(value: re.Match[str]) -> bool:
    return bool(value["unit"] or value["scale"] or value["low_unit"] or value["ratio"])


def value_shape(context: ClauseContext, value, subject_from: int, parts: Head, value_end: int, limited: bool) -> tuple[str, int, int] | None:
    """Which rule makes this value a target and where its indicator stands (clause offsets)."""
    clause = context.clause
    if parts.verb == "goal" and parts.comparator and sent_on_errand(parts.before + parts.verb_word):
        parts.before, parts.verb, parts.verb_at, parts.verb_word = parts.before + parts.verb_word, None, -1, ""  # 「选派…参加…培训不少于50人次」: the people
    offset, name, deed = name_and_deed(parts.before)
    name_start = subject_from + offset
    if (value["low_unit"] or value["unit"] in ("%", "折") or SHARE_LEAD.search(parts.before)) and (
        support := supported(context.folded, context.clause_start + value_end)
    ):
        return "share", support[0] - context.clause_start, support[1] - context.clause_start
    if named := SUPPORT_NAMED.search(clause, subject_from, value.start()):  # 「给予一次性奖励300万元」
        per = PER_QUANTIFIER.match(clause, named.start("name"), named.end("name"))  # 「给予每亩一次性补助200元」 → 一次性补助
        return "support_named", per.end() if per and named.end("name") - per.end() >= 2 else named.start("name"), named.end("name")
    if not name and context.list_mode in ("support_named", "support_word"):
        return context.list_mode, value.start(), value.start()  # 「给予一次性奖励80万元、40万元」: the same support
    stated_or_per = parts.comparator or parts.per
    joined = stated_or_per and JOINED_END.search(name)  # 「…免费住宿以及最长6个月“青荷公寓”的过渡性住宿」
    value_first = not name or parts.verb is not None or joined or ACTION_END.search(name) is not None or ((stated_or_per or AFTER.match(clause, value.end())) and nouns.ends_with_verb(name))  # 「每年选派100名设计人员」, 「组织500名以上农村劳动力」
    if value_first:
        noun = _noun_after(clause, value_end, parts.verb_word)
        if noun is None:
            return None  # 「营收超1000万元OPC100家」: the first value says which OPC are counted
        if noun[1] > noun[0]:
            return "value_first", noun[0], noun[1]
        if (parts.verb == "amount" or consecutive_support(parts.verb_word, name)) and value["unit"] in TIME_UNITS and not name.strip("连续"):
            return "support_duration", value.start(), value.start()  # 「…的生活资助，连续资助3年」: the support before
        if (SUPPORT_VERB_NOUN.match(parts.verb_word) or (GOAL_VERB_NOUN.match(parts.verb_word) and (name or value["unit"] in ATTENDANCE_UNIT))) and value["unit"] not in TIME_UNITS:  # 「单户年度贴息最高20万元」 → 年度贴息
            verb_at = subject_from + parts.verb_at
            support = SUPPORT_VERB_NOUN.match(parts.verb_word) is not None
            return ("support_word" if support else "verb_noun"), _verb_noun_start(clause, parts, name, name_start, verb_at, support), verb_at + len(parts.verb_word)
        if not name and not stated_or_per:
            return part_of_previous(clause, value.start(), value_end, context.previous_subject)
        if parts.verb == "goal" and not limited and bare_value(clause, value_end, "量"):
            return "verb_last", name_start + trim(name), name_start + len(name)  # 「二级节点新增15个」
    if not (_has_measure(value) or value["pending"]) and not INDICATOR_NOUN.search(name) and not unitless_limit(clause, value_end, parts.comparator):
        return None  # a bare number in prose is too often a count of things, not a target
    listed = context.list_item and first_after_asides(clause, value_end) in ("", "、")
    part = bool(name) and (
        (in_part_aside(clause, value.start()) and clause[value_end : value_end + 1] == ")")
        or (OF_WHICH.match(clause) is not None and first_after_asides(clause, value_end) in ("", "、"))  # 「，其中顶尖人才10名」
    )
    if not (limited or parts.per or listed or part or bare_value(clause, value_end, deed)):
        return None
    cut = nouns.verb_before_count(name, opened(name, limited, value["unit"] == "%"), parts.comparator) if name else 0  # before a comparator the name is a noun phrase
    cut = kept_new(name, cut) if value["unit"] == "%" and parts.comparator in ("increase", "decrease") else cut
    rule = "comparator" if limited else ("per_value" if parts.per else ("list_item" if listed else ("part_of" if part else "bare_value")))
    return (rule == "comparator" and rhythm_named(name[cut:], clause, value_end, deed, name_start)) or (rule, name_start + (subject_cut(name, cut) if rule == "bare_value" else cut), name_start + len(name))  # 「每年对不少于3000家用人单位开展…」


def _verb_noun_start(clause: str, parts: Head, name: str, name_start: int, verb_at: int, support: bool) -> int:
    """Where a support or an activity named by its verb begins (「单户年度贴息」, 「全年开展技术培训」)."""
    named = parts.verb_at == len(parts.before) and name and not DIGIT.search(name)  # 「每增长1美元奖励」: a rate's base names nothing
    whole = name if support else name + parts.verb_word  # 「全年开展技术培训」: the activity's name is read whole
    start = _verb_name_start(clause, name_start + min(trim(whole), len(name)) if named else verb_at, verb_at)
    if light := LIGHT_VERB.match(clause, start, verb_at):
        start = light.end()  # 「每年开展轮训不少于1次」 → 轮训
    if support and (item := ITEM_CLASSIFIER.match(clause[start:verb_at])) and verb_at - start - item.end() >= 2:
        start += item.end()  # 「给予每人培训补贴」 → 培训补贴: the person is the item, the words after it the support's
    if (m := PER_UNIT.match(name + parts.verb_word)) and m.end() >= len(name) and not ((item := ITEM_CLASSIFIER.match(name)) and len(name) - item.end() >= 2):
        start = verb_at  # 「单个蓄水池补助不超过1万元」 → 补助: the item is the per-unit quantifier's
    return start


def _noun_after(clause: str, value_end: int, verb_word: str) -> tuple[int, int] | None:
    """noun_after_value, run on to the task named after a value of 完成 (TASK_PHRASES): 「完成90户厂办大集体
    改革」 counts the units of a task."""
    noun = noun_after_value(clause, value_end)
    if not (noun and noun[1] > noun[0] and verb_word == "完成"):
        return noun
    task = FACILITY_WORK.match(clause, noun[0], noun[1]) or TASK_PHRASE.match(clause, noun[0])
    end = task.end("task") if task else noun[1]
    if FACILITY_COUNTER.search(clause, 0, value_end) and (upgrade := FACILITY_UPGRADE.match(clause, noun[0], end)):
        return noun[0], upgrade.end("facility")  # (FACILITY_UPGRADES)
    return noun[0], end  # (FACILITY_WORK, TASK_PHRASES: the counted facility without the work done on it, or the task whole)


def _verb_name_start(clause: str, start: int, verb_at: int) -> int:
    """Where a support named by its verb begins: after a 分别 (the names before it are recipients,
    lists.distribute: 「一、二、三等奖分别奖励…」), with a 一次性 before the verb (「一次性奖励30万元」)."""
    if clause.endswith("分别", 0, verb_at):
        start = verb_at
    if start == verb_at and clause.endswith("一次性", 0, verb_at):
        start -= 3
    return start
