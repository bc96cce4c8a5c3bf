"""Which numbers of a clause are values: Arabic and Chinese numerals with their units, outside asides
(but a 「（其中…）」 part), never a date, an item number, a code in a name or a numeral of the prose."""

from __future__ import annotations

from functools import lru_cache

from .. import rx as re

from ..brackets import depths
from .after_value import first_after_asides
from .patterns import CN_NUMBER, COMPARATOR_AFTER, COMPARATOR_BEFORE, VALUE_FIRST_VERBS
from .returned import GRANTED_PERIOD, paid_over
from .tables import one_of
from .tail import Ending
from .values import VALUE

BEFORE = Ending("(?:" + "|".join(f"(?P<{name}>{p})" for name, p, _ in COMPARATOR_BEFORE) + r")(?:连续|可以|可)?$")
# A second measure word in brackets after the unit stands between the value and its comparator: 「总藏量达到900万册（件）以上」
# (round 24: jiachuan 23a, qisha, lanzhou 文物 — each labelled at_least). (name, pattern, example)
UNIT_ASIDES = (("second_measure_word", r"\([\u4e00-\u9fff]\)", "累计筹集人才安居住房1.5万套（间）以上 / 每年新增数字化藏品8万件（套）以上"),)
AFTER = re.compile("(?:" + one_of(UNIT_ASIDES) + ")?(?:" + "|".join(f"(?P<{name}>{p})" for name, p, _ in COMPARATOR_AFTER) + ")")
VERB_BEFORE = Ending("(?:" + "|".join(f"(?P<{name}>{p})" for name, p, _ in VALUE_FIRST_VERBS) + r")(?:可|可以)?$")
YEAR_NUMBER = re.compile(r"(?:19|20)\d\d")
# A year before a dash and another year is the first of a span of years, whatever the dash (「—」 reads as a range of
# VALUE). (name, pattern after the first year, example)
YEARS_RANGES = (("years_range", r"\s*[-~–－～]\s*(?:19|20)\d\d年", "2026-2028年累计完成既有居住建筑节能改造120万平方米"),)
YEARS_RANGE = re.compile(one_of(YEARS_RANGES))
# A service number before a noun names the service: five digits (「12345热线」, 「12315投诉举报」), or an emergency
# line's three before its service word (「120急救电话10秒内接听率」, 「110报警」).
SERVICE_NUMBER = re.compile(r"1\d{4}|9[56]\d{3}")  # round 29: the 95xxx / 96xxx lines too (「96333电梯应急处置平台」, 「95598供电服务」)
EMERGENCY_LINES = (("emergency_line", r"(?:110|119|120|122)(?=急救|报警|接警|火警|指挥|电话|呼叫)", "120急救电话10秒内接听率保持100%"),)
EMERGENCY_LINE = re.compile(one_of(EMERGENCY_LINES))
ITEM_NUMBER = re.compile(r"\s*\d+\s*[.、)]")  # 「1.」 opening a line is numbering
# How many of a set are so, after 「…的有」 / 「…中有」, is a fact told, no target: 「位于城区建成区的有63株」, 「其中积水深度超过30厘米的有
# 12处」 (session 17: 4 notices of 4 writers write it, no label reads a value there; a quota keeps its limit, 「每村至少有1名」).
# (name, pattern before the value, example)
COUNTED_OF_SETS = (("those_that_are", r"(?:的|中)有$", "11个设区市中有4个城市达标 / 长期关闭的有38座"),)
COUNTED_OF_SET = re.compile(one_of(COUNTED_OF_SETS))
ONE_COUNTED = frozenset("个 家 所 座 处 条".split())  # 「…一个」 closing a clause counts one thing
# One-by-one bookkeeping, the same 一 and measure word closing two or more 、-joined steps — 「整改完成一处、销号一处」,
# 「发现一个、整改一个、销号一个」 — says each is handled in turn, no count (session 17: 14 labelled notices of 12 writers carry
# it, no label reads a value there; yanjiang 43a and xiling 20a gave 4 false goals). (name, pattern, example)
ONE_BY_ONE_REFRAINS = (("refrain", r"(?:[\u4e00-\u9fff]{1,4}一(?P<w>[个家所座处条])、)+[\u4e00-\u9fff]{1,4}一(?P=w)", "整治一条、巩固一条、长效一条"),)
ONE_BY_ONE = re.compile(one_of(ONE_BY_ONE_REFRAINS))
# What every VALUE holds: a digit (fraction, ratio, NUMBER), 「*」 or a CN_NUMBER. A CN_NUMBER is a run
# of one class ([…]+), found wherever one of its characters is: one class tests a character once.
_CN_CLASS = CN_NUMBER[1:-2] if CN_NUMBER.startswith("[") and CN_NUMBER.endswith("]+") else None
VALUE_CUE = re.compile(rf"[\d*{_CN_CLASS}]" if _CN_CLASS is not None else r"[\d*]|" + CN_NUMBER)
ASIDE_OPENS, ASIDE_CLOSES = "(“《[", ")”》]"  # values inside these are asides, not targets


def values(clause: str):
    """Value matches outside parentheses and quotes (「(PM2.5)」「(*为待省分解下达目标)」 are asides)."""
    if not VALUE_CUE.search(clause):
        return  # most clauses hold no value
    depth = None  # computed at the first value: most clauses have none
    for m in VALUE.finditer(clause):
        if not m.group() or (m["cn"] and not m["unit"]):
            continue
        depth = depth or depths(clause, ASIDE_OPENS, ASIDE_CLOSES)
        if (depth[m.start()] == 0 or (depth[m.start()] == 1 and in_part_aside(clause, m.start()))) and not _is_date_or_code(clause, m):
            yield m


@lru_cache(maxsize=64)
def clause_values(clause: str) -> tuple[re.Match[str], ...]:
    """:func:`values` of a clause, kept for the next questions about the same clause: whether it may hold a
    target (cues.may_hold_target), its targets, its subject (recognise) — one reading instead of three.
    Values are a pure function of the clause; a few dozen clauses cover those read together."""
    return tuple(values(clause))


# PART_ASIDES: an aside naming a part of the figure before it is read as a target of its own —
# 「新建污水管网20公里（其中雨污分流管网8公里）」 → 雨污分流管网 8 公里. (name, opening, example)
PART_ASIDES = (("of_which", "(其中", "每项资助30万元（其中直接经费25万元）"),)


def in_part_aside(clause: str, position: int) -> bool:
    """Whether ``position`` stands in a 「（其中…）」 aside (its bracket the last opened before it)."""
    opened = clause.rfind("(", 0, position)
    return opened >= 0 and clause.find(")", opened, position) < 0 and any(clause.startswith(o, opened) for _, o, _ in PART_ASIDES)


def _is_date_or_code(clause: str, m: re.Match[str]) -> bool:
    after = clause[m.end() : m.end() + 1]
    if (m["low"] or m["cn"]) and not m["unit"] and after in ("年", "月", "日", "号"):
        return True
    if m["low"] and m["unit"] == "年" and YEAR_NUMBER.fullmatch(m["low"]):
        return True  # 2020年
    if m["low"] and not m["unit"] and YEAR_NUMBER.fullmatch(m["low"]) and YEARS_RANGE.match(clause, m.end()):
        return True  # years_range: 「2026-2028年」
    if not clause[: m.start()].strip() and ITEM_NUMBER.match(clause, m.start()):
        return True  # 「1. 加快建设OPC标杆社区」
    if COUNTED_OF_SET.search(clause, 0, m.start()):
        return True  # counted_of_a_set: 「其中…的有12处」
    before = clause[m.start() - 1 : m.start()] if m.start() else ""
    if m["cn"]:  # 「三次产业」, 「万众创新」, 「一批」: a word, unless a comparator or a table verb precedes it
        head = clause[: m.start()]
        if m["unit"] and (GRANTED_PERIOD.match(clause, m.end()) or paid_over(clause, m)):
            return False  # 「前两年免收租金」: a period a waiver is granted for
        if m["cn"] == "一" and m["unit"] in ONE_COUNTED and counted_at_end(clause, m) and not one_by_one(clause, m):
            return False  # 「创建国家级农业产业强镇一个」 (「…一批」 closing a clause stays a word)
        if m["cn"] == "一":  # an article even after a verb (「成为一种价值导向」), a value after a limit (「只享受一次」)
            if verb := VERB_BEFORE.search(head):
                head = head[: verb.start()]  # 「只享受一次」: the limit stands before the verb
            limit = BEFORE.search(head)
            return not (limit and (limit["at_most"] or limit["at_least"]))
        if before in "第每":
            return not BEFORE.search(head)
        return not (BEFORE.search(head) or VERB_BEFORE.search(head) or counted_at_end(clause, m))
    if m["low"] and not (m["unit"] or m["scale"]) and after.isascii() and after.isalpha():
        return True  # number_in_name: 「新增5G基站1.5万个」 counts 5G基站
    if m["low"] and not (m["unit"] or m["scale"] or m["high"]) and SERVICE_NUMBER.fullmatch(m["low"]) and ("\u4e00" <= after <= "\u9fff" or after in "“\""):
        return True  # service_number: 「12345热线接通率」, 「12316“三农”服务热线」 — a hotline's number names it
    if m["low"] and not (m["unit"] or m["scale"] or m["high"]) and EMERGENCY_LINE.match(clause, m.start()):
        return True  # emergency_line: 「120急救电话」
    # 「PM2.5浓度」 is a name; 「OPC5000家」 a value
    return bool(m["low"]) and before.isascii() and before.isalpha() and not (m["unit"] or m["scale"])


def one_by_one(clause: str, m: re.Match[str]) -> bool:
    """Whether the value stands in a refrain of one-by-one steps (ONE_BY_ONE_REFRAINS: 「发现一处、整改一处」)."""
    return any(r.start() <= m.start() and m.end() <= r.end() for r in ONE_BY_ONE.finditer(clause))


def counted_at_end(clause: str, m: re.Match[str]) -> bool:
    """CN_COUNT_AT_END: a Chinese numeral with its measure word closing the clause (or a 、 list item),
    a 以上 after it allowed, counts the noun before it like an Arabic one — 「创建省级示范村十个」,
    「开通低空航线二十条以上」 (a numeral inside prose, 「坚持两个毫不动摇」, is followed by its noun)."""
    end = m.end()
    if after := AFTER.match(clause, end):
        end = after.end()
    return bool(m["unit"]) and first_after_asides(clause, end) in ("", "、")


# A limit word before a verb of doing, the value after the verb: the value is limited and counts the
# noun after it — 「每所学校至少配备1名专职教师」, 「每个小区至少聘请3名监督员」. (name, pattern, example)
LIMITED_VERBS = (
    ("limit_then_verb", r"(?P<limit>至少|最少|最多|不少于|不超过)(?P<verb>[\u4e00-\u9fff]{2})$", "每个集聚区至少配备1个医疗急救点"),
    ("limit_then_verbs", r"(?P<limits>至少|最少|最多|不少于|不超过)(?P<verbs>[\u4e00-\u9fff]{1,4})$", "每年至少组织开展1次综合应急演练 / 每个行政村至少有1个便民商业网点 (one verb of one character, or two verbs: jieba reads each a verb)"),
)
LIMITED_VERB = Ending(one_of(LIMITED_VERBS))
# …and the same with a place gone to, the one served or met, or the way it is done between the limit and the verb of holding:
# the value counts the event after it as well (session 17: 7 labels of 6 notices, rounds 27–42 — kunzhou 42a, lanfeng 35a,
# weiyuan 32b, yuanning 31a, zhiling 35b, zhuyang 27b — none found; the frame stands once more in the text, unlabelled: rongxi
# 10a 「至少组织学生开展1次」, which it leaves). (name, pattern, example)
LIMITED_ASIDES = (
    ("limit_aside_held", r"(?P<limit>至少|最少|不少于)(?:(?:到|为|与|对|向|赴)[^,;。\d、的]{1,8}?|委托|上门|带队)(?P<held>开展|组织开展|组织|召开|举办)$", "每月至少到村卫生室开展1次业务指导 / 每年至少委托开展1次安全检测"),
)
LIMITED_ASIDE = Ending(one_of(LIMITED_ASIDES))


def limit_then_verb(head: str) -> re.Match[str] | None:
    """LIMITED_VERBS closing ``head`` where jieba reads the characters after the limit as verbs (a verbal noun too: right
    before the value it acts as the verb, 「每个公共停车场至少设置1个无障碍停车位」)."""
    from .indicator import is_verb, tag

    m = LIMITED_VERB.search(head)
    if m and m["verb"] and len(words := tag(m["verb"])) == 1 and (is_verb(*words[0]) or words[0][1] == "vn"):
        return m
    if m and m["verbs"] and len(words := tag(m["verbs"])) <= 2 and all(is_verb(*w) for w in words):
        return m
    return LIMITED_ASIDE.search(head)  # 「至少到村卫生室开展」, 「至少委托开展」: the verb of holding is the verb


def limit_and_verb(m: re.Match[str]) -> tuple[str, str, int]:
    """The limit word, the verb and where the verb starts, of a limit_then_verb match."""
    if "held" in m.re.groupindex:
        return m["limit"], m["held"], m.start("held")
    return (m["limit"], m["verb"], m.start("verb")) if m["verb"] else (m["limits"], m["verbs"], m.start("verbs"))
