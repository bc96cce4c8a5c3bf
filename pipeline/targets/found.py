"""A recognised target before it becomes a record, and the fillers around an indicator's name."""

from __future__ import annotations

from .. import rx as re
from dataclasses import dataclass, replace
from functools import lru_cache

from .tables import one_of
from .tail import EndingRun

# A time opening a name says when, never what (「6月底前开工率」, 「年底完工率」, 「当年复耕撂荒地」, 「前2年租金」), a span of
# years too: (name, pattern, example)
YEARS_SPANS = (("years_span", r"20\d\d(?:—|–|-|－|~|～|至|到)20\d\d年", "2026—2028年累计完成农村清洁取暖改造1.5万户 → 农村清洁取暖改造 (the plan's years, then its tally)"),
    ("years_tally", r"(?:\d{1,2}|[一二两三四五六七八九十])年(?=累计|共计|合计|$)", "每年安排专项资金800万元，三年累计不少于2400万元 → 专项资金 (a count of years before a tally names no measure: the clause's subject is the one before)"),
)
# An item label is numbering, never part of the measured noun (but 「一、二类维修企业」 lists classes): 「①森林覆盖率」, 「(1)城镇新增就业」, 「2.」, and the dash that opens
# each goal of a 主要目标 list (「——县城建成区排水管网年度清疏率达到100%；」).
ITEM_LABEL = r"——+|[\u2460-\u2473\u2776-\u277f]|\(\d{1,2}\)|\d{1,2}[.、](?!\d)|[一二三四五六七八九十]{1,3}、(?![一二三四五六七八九十]{1,2}[类级等档星])|\([一二三四五六七八九十]{1,3}\)"
# A joining word or a pronoun for the subject named before opens a clause, never a name (round 17: lanyu 16b,
# hengzhou 14b 「且国际品牌首店占比不低于30%」; meijiang 16a 「其日供水能力原则上不低于1000立方米」): (name, pattern, example)
CLAUSE_LINKS = (
    ("and_also", r"且(?=[\u4e00-\u9fff]{2})", "境外中心建筑面积应不少于500平方米，且本地化雇员不少于3名 → 本地化雇员"),
    ("its", r"其(?![他它余中次实间后])(?=[\u4e00-\u9fff]{3})", "新建千吨万人以上工程，其日供水能力原则上不低于1000立方米 → 日供水能力"),
)
# (a year the name reaches its value by, closing it, says when: 「…认证覆盖率到2027年达到80%」; a season or a span of time opening a name says when, not what: 「采暖期谷段电价」 → 谷段电价, 「租住期间免收租金」 → 免收租金)
LEADING_FILLER = re.compile(r"^(?:" + ITEM_LABEL + r"|按照|按|年底前|年底|年内|当年|" + one_of(YEARS_SPANS) + r"|\d{1,2}月(?:底|末)(?:前|之前)?|(?:到|至|自)?20\d\d年(?:\d{1,2}月|第[一二三四]季度|上半年|下半年)?(?:底|末)?(?:前|之前|起|内|之内)?|(?:\d+|[一二两三四五六七八九十]+)(?:年|个月)(?:内|之内)|第(?:\d{1,2}|[一二三四五六七八九十]{1,2})(?:年|个月)|前(?:\d{1,2}|[一二两三四五])(?:年|个月)|(?:采暖期|供暖期|采暖季|供暖季|汛期)(?:间|内|前)?(?=[\u4e00-\u9fff]{2})|[\u4e00-\u9fff]{2}期间(?=[\u4e00-\u9fff]{3})|" + one_of(CLAUSE_LINKS) + r"|目标|全年|确保|力争|争取|实现|推动|努力|其中|使(?!用)|同时|此外|以及|并|还|将|和|及|或|[、,\s”(]|“(?![^“”,;。]{1,12}”[^“”,;。]))+")  # a “ whose phrase closes before the name goes on stays: 「“办不成事”反映窗口」 (a name never starts inside quotes, round 23; a list of quoted names 「“体育+旅游”“体育+康养”…」 is read by lists.py)
TRAILING_FILLER = EndingRun(r"(?:(?:到|至)?20\d\d年(?:底|末)?(?:前|之前)?|的|各|再|应当在|应在|应当|应|原则上|一般|在(?:上年度?|现有|现行|此|目前)基础上|比上年|较上年|同比|力争|确保|全部|要|将|稳定|保持|分别|平均|均|可|可以|累计|合计|共计|总计|每年|每周|年均|日均|月均|周均|达|常年|始终|长期|一直|年度内)+$")  # a time adverb says how long, not what: 「强制免疫密度常年保持在90%以上」; 平均 before the comparator: 「…分级评价平均达到4级」 (a leading 平均 names: 平均担保费率)


@dataclass(frozen=True, slots=True)
class FoundTarget:
    indicator: str
    value: float | None
    value_text: str
    unit: str
    comparator: str
    kind: str  # goal | amount
    pending: bool
    annual: bool
    year: int | None
    scaled_value: float | None
    range: tuple[float, float] | None
    baseline: float | None
    baseline_year: int | None
    benchmark: str | None
    start: int  # span of the target (indicator through value), offsets into the given text
    end: int
    rule: str


def renamed(folded: str, target: FoundTarget, name: str, **changes) -> FoundTarget:
    """``target`` named ``name``, a piece of its old name: its span starts where ``name`` stands inside it
    (kept where it does not); ``changes`` are further fields to set."""
    start = folded.find(name, target.start, target.end)
    return replace(target, indicator=name, start=start if start >= 0 else target.start, **changes)


# What ends a clause inside a sentence, as the target rules read the folded text (and its full-width forms).
CLAUSE_BREAK = re.compile(r"[,;。，；\n]")


def value_clause(folded: str, target: FoundTarget, reach: int) -> tuple[int, int] | None:
    """Where ``target``'s value stands in ``folded`` and where the clause holding it starts (the last CLAUSE_BREAK at most
    ``reach`` characters before it); None where the value is not inside the target's span."""
    value_at = folded.rfind(target.value_text, target.start, target.end)
    if value_at < 0:
        return None
    return value_at, clause_opening(folded, value_at, reach)


def clause_opening(folded: str, at: int, reach: int) -> int:
    """Where the clause holding position ``at`` of ``folded`` starts: right after the last CLAUSE_BREAK at most ``reach``
    characters before it, or ``reach`` characters back where there is none."""
    window = max(0, at - reach)
    return max((m.end() for m in CLAUSE_BREAK.finditer(folded, window, at)), default=window)


# A one-character filler that closes a word with the character before it is part of the name, no filler:
# 「专利开放许可300件」 → 专利开放许可 (jieba's dictionary holds 许可). (name, what, example)
WORD_CLOSINGS = (("word_closing", "a one-character filler jieba joins with the character before it into one word", "全年实现专利开放许可300件以上"),)


def _word_closing(core: str, at: int) -> int:
    """1 when the filler run starting at ``at`` is one character closing a word (WORD_CLOSINGS); else 0."""
    if at < 1 or len(core) - at != 1:
        return 0  # a run of fillers (「分别」, 「可以」) is read as written
    from .indicator import tag  # jieba, loaded once the first name is read

    words = tag(core[at - 1 : at + 1])
    return 1 if len(words) == 1 and words[0][1] != "x" else 0


@lru_cache(maxsize=256)  # a pure function of the piece, asked again of the same words (~930 calls a notice, ~400 pieces)
def strip_fillers(piece: str) -> tuple[int, str]:
    """Offset and text of ``piece`` without leading 到2020年/确保… and trailing 力争/分别…"""
    start = piece.rfind("\n") + 1  # an indicator never runs across a line break
    if m := LEADING_FILLER.match(piece[start:]):
        start += m.end()
    core = piece[start:]
    if m := TRAILING_FILLER.search(core):
        core = core[: m.start() + _word_closing(core, m.start())]
    stripped = core.lstrip()
    return start + (len(core) - len(stripped)), stripped.rstrip()
