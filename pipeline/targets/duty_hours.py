"""The hours a facility, team or firm must keep a duty: 「实行24小时值守」 is an amount, a standard of whoever keeps it —
the duty named after the hours (「急救站点…实行24小时值守」 → 值守 24 小时, 「消防控制室实行24小时双人值班」 → 双人值班).
Session 14: 10 labels in 10 notices of 9 rounds (15a, 19c, 20b, 32b, 34a, 36b, 37a twice, 39a, 39b) read it so, all
missed before (the hours were refused as a period); 2 wrote it a non-target, 「a mode of work」 (lanzhou 18a, yuanning
31a). Not a standard: a duty system the government runs in a season or on an occasion (「防火期内实行24小时值班和领导带班
制度」, 「汛期实行24小时值班制度」, 「极端天气期间实行24小时值班值守」, 「遇暴雨预警时，巡查管护员实行24小时值守」) — 10 such
clauses, none labelled; nor opening or receiving hours (「实行24小时开放」, 「实行24小时受理」, unlabelled)"""

from __future__ import annotations

from .. import rx as re

from .head import Head
from .support import SENTENCE_END
from .tables import one_of

# (name, pattern on the clause from the value on: the hours, then the duty kept, then the clause's end, example)
DUTY_HOURS = (
    (
        "duty_kept",
        r"24小时(?P<duty>(?:[\u4e00-\u9fff]{1,2}(?=值守|值班|执勤))?(?:值班值守|值守|值班|执勤))(?=$|[,;。、])",
        "实行24小时值守 / 实行24小时双人值班 / 实行24小时远程值守 / 实行24小时驻站执勤",
    ),
)
DUTY_HOUR = re.compile(one_of(DUTY_HOURS))
# A season or an occasion before the verb: the duty is the government's own arrangement for it, no standard.
# (name, pattern on the head, example)
DUTY_SEASONS = (("season", r"(?:期|期间|时段|时|节日|天气)(?:内|中)?", "汛期实行24小时值班 / 防火期内实行 / 遇暴雨预警时实行"),)
DUTY_SEASON = re.compile(one_of(DUTY_SEASONS))
VERB = "实行"


def round_the_clock(folded: str, clause_start: int, value: re.Match[str], parts: Head) -> Head:
    """``parts`` with the value read as the hours of a duty kept (DUTY_HOURS): 实行 a verb of giving an amount.
    ``value`` matched in the clause that starts at ``clause_start`` of ``folded``; a season anywhere in the sentence
    before the verb (DUTY_SEASONS) leaves ``parts`` as they are."""
    value_at = clause_start + value.start()
    if parts.verb is not None or parts.comparator is not None or not parts.before.endswith(VERB) or DUTY_HOUR.match(folded, value_at) is None:
        return parts
    sentence_start = max((m.end() for m in SENTENCE_END.finditer(folded, 0, value_at)), default=0)
    if DUTY_SEASON.search(folded, sentence_start, value_at - len(VERB)):
        return parts
    parts.verb, parts.verb_at, parts.verb_word = "amount", len(parts.before) - len(VERB), VERB
    parts.before = parts.before[: parts.verb_at]
    return parts


def duty_kept(clause: str, value: re.Match[str], parts: Head) -> tuple[str, int, int] | None:
    """The rule and the clause span of the duty named after the hours, where round_the_clock read them so."""
    if parts.verb_word != VERB or parts.verb != "amount" or (m := DUTY_HOUR.match(clause, value.start())) is None:
        return None
    return "duty_hours", m.start("duty"), m.end()
