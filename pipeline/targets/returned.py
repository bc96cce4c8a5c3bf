"""A share of a base given back (「可返还其上年度实际缴纳失业保险费的50%」): the measured thing is the
base the share is taken of, after the verb that says whose it is (缴纳), and the target an amount."""

from __future__ import annotations

from .. import rx as re

from . import indicator as nouns
from .after_value import noun_after_value
from .support import supported
from .values import VALUE
from .tables import one_of
from .tail import Ending

# Verbs that give back, waive or bear a share of a base, then the base and 的 right before the value.
# (name, pattern of the verb, example)
RETURNED_SHARES = (
    ("given_back", r"(?:返还|退还|减免|免除|抵扣|报销)(?:其|企业|个人)?", "可返还其上年度实际缴纳失业保险费的50%"),
    ("borne", r"(?:财政|政府)(?:承担|负担|分担)", "县级财政承担保费的10%"),  # the share of each one's base paid for it
)
RETURNED_SHARE = Ending("(?:" + one_of(RETURNED_SHARES) + r")(?P<base>[^,;。的]{2,20})的$")
CLAUSE_CLOSES = re.compile(r"\s*(?:[,;。]|$)")


def returned_share(clause: str, head_start: int, value: re.Match[str]) -> tuple[str, int, int] | None:
    """("returned_share", start, end) of the base in ``clause`` when the % value closes its clause
    after a RETURNED_SHARES head; None otherwise."""
    if value["unit"] != "%" or not CLAUSE_CLOSES.match(clause, value.end()):
        return None
    m = RETURNED_SHARE.search(clause, head_start, value.start())
    if not m:
        return None
    base_start, base = m.start("base"), m["base"]
    position = cut = 0
    for word, flag in nouns.tag(base):
        position += len(word)
        if nouns.is_verb(word, flag) and len(base) - position >= 2:
            cut = position  # 「上年度实际缴纳失业保险费」 → 失业保险费
    return "returned_share", base_start + cut, base_start + len(base)


# A period right before a waiver is a granted duration, not a condition: 「3年内免收租金」 (at most),
# 「前两年免收租金」 (the first two years). (name, pattern after the value, example)
GRANTED_PERIODS = (
    ("waiver_within", r"(?P<within>内|以内)?(?P<waiver>(?:(?:场地)?租金(?:全额)?)?(?:免收|免缴|免征|免交|免租|减半收取|减半|减免)[^,;。、\s的]{0,6}|租金(?=按[^,;。]{1,16}?收取))", "3年内免收租金 / 前2年租金全额减免 / 前2年租金按市场价的50%收取 / 后3年租金减半的优惠 (the 的 closes the waiver)"),
)
GRANTED_PERIOD = re.compile(one_of(GRANTED_PERIODS))
PERIOD_UNITS = frozenset({"年", "个月", "月", "天"})
# The words placing a granted period in the support's run of years, right before the value: the first years, or
# the years after them (「前3年免收租金，此后2年租金减半收取」, 「给予前2年免租、后3年租金减半的优惠」). (name, pattern, example)
ORDERED_PERIODS = (("first_years", r"前", "前2年租金全额减免"), ("later_years", r"(?:此|其|之)?后", "前3年免收租金，此后2年租金减半收取"))
ORDERED_PERIOD = Ending("(?:" + one_of(ORDERED_PERIODS) + ")$")


# A waiver named before the period it lasts, the period closing the clause: 「免收租金3年」 (equal). (name, pattern, example)
WAIVERS_BEFORE = (("waiver_then_period", r"(?P<waiver>(?:免收|免缴|免征|免交|免租)(?:(?!最|不超|不少|可|为|期)[^,;。、\s\d]){0,6})$", "社区为网点提供场地的，免收租金3年 (「免收租金最长3年」: a limit's, 「免租期为6个月」: a term's, read as before)"),)
WAIVER_BEFORE = Ending(one_of(WAIVERS_BEFORE))
# A support paid in instalments over a period: the period is the support's duration, the support named after the
# verb or before (「给予最高1000万元建设资助，分3年拨付」, 「分三年给予每个城市1亿元补助」). (name, pattern, example)
INSTALMENTS = (("paid_over", r"(?:按照?[^,;。]{1,12}?比例)?(?:拨付|发放|兑付|支付|兑现|给予)", "给予最高1000万元建设资助，分3年拨付 / 每亩补助1200元，分3年按4∶3∶3的比例拨付 (the shares of the instalments between: round 23, qinxi 22a)"),)
INSTALMENT = re.compile(one_of(INSTALMENTS))
# A period within which a rate is applied, the rate right after it: the period is the duration of what the rate sizes
# (「在3年内按每人每年6000元的定额标准依次扣减…」 → 定额标准 3 年, at most). (name, pattern after the value, example)
WITHIN_RATES = (
    ("within_then_rate", r"(?:内|以内)(?=按照|按(?!期|时))", "在3年内按每人每年6000元的定额标准依次扣减相关税费"),
    ("within_then_size", r"(?:内|以内)(?=\d+(?:\.\d+)?(?:平方米|立方米|亩)(?:面积|规模)的)", "可享受5年内60平方米面积的租金减免 → 租金减免 5 年 (at most)"),
)
WITHIN_RATE = re.compile(one_of(WITHIN_RATES))
# The first years of a support, then the share it is paid by: the years are the duration of the support the share sizes
# (「前3年按实际租金的50%给予租房补贴」 → 租房补贴 3 年, equal). (name, pattern after the value, example)
SHARES_AFTER = (("ordered_then_share", r"(?=按照|按(?!期|时))", "前3年按实际租金的50%给予租房补贴"),)
SHARE_AFTER = re.compile(one_of(SHARES_AFTER))


# The first hours or days of a service free of charge: what is free is named before 前 (a verb of applying after it
# left out), the time is its amount, equal. (name, pattern on the words before the value, example)
FREE_FIRSTS = (
    ("free_first", r"(?:实行|执行|享受)?(?:夜间)?[前首]$", "夜间停车前2小时免费 / 景区周边停车场实行前1小时免费 / 道路停车泊位实行首30分钟免费 (what is free: jieba's last word before)"),
)
FREE_FIRST = Ending(one_of(FREE_FIRSTS))
# …with the word of kind or place right before it, no relation of place between (round 20: every label — tangxi 19c 「景区停车场」,
# tingwan 17b, yuchuan 18a, fengyu 17a 「公共停车场」; 「景区周边停车场」 → 停车场 as cuiling 16b labelled it). (name, jieba tags, example)
FREE_KINDS = (("kind_of_free", "b n", "景区停车场实行前2小时免费 → 景区停车场 / 楼宇周边公共停车场实行前30分钟免费 → 公共停车场"),)
FREE_KIND_TAGS = frozenset(FREE_KINDS[0][1].split())
# What is free, when it is named after the time instead: the verb of parking between the value and 免费 (round 54: every
# label of such a clause names 停车 — chulan 52c 「充电车辆前2小时停车免费」, zhuyang 50b 「实行前30分钟停车免费」). (name, pattern, example)
FREE_AFTERS = (
    ("free_then_parking", r"免费(?:停放|停车)?(?=$|[,;。])", "停车场实行前1小时免费 / 实行首2小时免费停放"),
    ("parking_then_free", r"(?P<what>停车|停放)免费(?=$|[,;。])", "充电车辆前2小时停车免费 → 停车"),
)
FREE_AFTER = re.compile(one_of(FREE_AFTERS))


# Consecutive years before a yearly support: the years are that support's duration (TARGET_LABELING.md, durations:
# 「给予连续3年、每年20万元的科研经费支持」). (name, pattern after the value, example)
CONSECUTIVE_YEARS = (("consecutive_then_yearly", r"(?:每年|年度)(?:给予|安排|发放|拨付)?(?=\d)", "对考核优秀的产业学院，县财政连续3年每年给予20万元运行经费支持 → 运行经费支持 3 年"),)
CONSECUTIVE_YEAR = re.compile(one_of(CONSECUTIVE_YEARS))


def consecutive_years(clause: str, value: re.Match[str]) -> tuple[str, int, int] | None:
    """(equal, start, end) of the yearly support 「连续N年」 pays (CONSECUTIVE_YEARS); None otherwise."""
    if value["unit"] != "年" or not clause.endswith("连续", 0, value.start()) or not (m := CONSECUTIVE_YEAR.match(clause, value.end())):
        return None
    rate = VALUE.match(clause, m.end())
    noun = noun_after_value(clause, rate.end()) if rate and rate.group() else None
    return ("equal", noun[0], noun[1]) if noun and noun[1] > noun[0] else None


def free_first(clause: str, value: re.Match[str]) -> tuple[str, int, int] | None:
    """(equal, start, end) of what is free for the first hours or days (FREE_FIRSTS); None otherwise."""
    if value["unit"] not in ("小时", "分钟", "天") or not (after := FREE_AFTER.match(clause, value.end())) or not (m := FREE_FIRST.search(clause, 0, value.start())):
        return None
    if after["what"]:
        return "equal", after.start("what"), after.end("what")  # (FREE_AFTERS parking_then_free)
    words = nouns.tag(clause[: m.start()])
    last = words[-1][0] if words else ""
    if len(words) >= 2 and len(last) >= 2 and words[-1][1] != "v" and words[-2][1] in FREE_KIND_TAGS and len(words[-2][0]) == 2:  # (a verb, 停车, is what is free alone)
        last = words[-2][0] + last  # (FREE_KINDS)
    return ("equal", m.start() - len(last), m.start()) if len(last) >= 2 else None


def granted_period(clause: str, value: re.Match[str]) -> tuple[str, int, int] | None:
    """(comparator, start, end) of the waiver a period grants (clause offsets): 「3年内免收租金」 →
    at_most 免收租金, 「前两年免收租金」 → equal; None when no waiver follows the period."""
    if value["unit"] not in PERIOD_UNITS or not (m := GRANTED_PERIOD.match(clause, value.end())):
        return None
    if m["within"]:
        return "at_most", m.start("waiver"), m.end("waiver")
    if ORDERED_PERIOD.search(clause, 0, value.start()):
        return "equal", m.start("waiver"), m.end("waiver")
    return None


def paid_over(clause: str, value: re.Match[str]) -> bool:
    """Whether ``value`` is the period of 「分…」 instalments (INSTALMENTS)."""
    return clause.endswith("分", 0, value.start()) and INSTALMENT.match(clause, value.end()) is not None


def waiver_or_instalment(clause: str, value: re.Match[str]) -> tuple[str, int, int] | None:
    """granted_period's, else (equal, start, end) of a waiver before a period closing the clause (WAIVERS_BEFORE),
    or of the support a period of instalments pays (INSTALMENTS: after the verb, or an empty span where it was
    named before)."""
    if granted := granted_period(clause, value) or free_first(clause, value) or consecutive_years(clause, value):
        return granted
    if value["unit"] not in PERIOD_UNITS:
        return None
    if CLAUSE_CLOSES.match(clause, value.end()) and (m := WAIVER_BEFORE.search(clause, 0, value.start())):
        return "equal", m.start("waiver"), m.end("waiver")
    if WITHIN_RATE.match(clause, value.end()) and (rate := VALUE.search(clause, value.end())) and rate.group() and (noun := noun_after_value(clause, rate.end())) and noun[1] > noun[0]:
        return "at_most", noun[0], noun[1]
    if ORDERED_PERIOD.search(clause, 0, value.start()) and SHARE_AFTER.match(clause, value.end()) and (rate := VALUE.search(clause, value.end())) and rate.group() and (support := supported(clause, rate.end())):
        return "equal", *support  # 「前3年按实际租金的50%给予租房补贴」 → 租房补贴 3 年
    if paid_over(clause, value):
        support = supported(clause, value.end())
        return ("equal", *support) if support else ("equal", value.start(), value.start())
    return None


# A general support verb after 连续, closing on a time value, repeats the support named before: its duration
# (TARGET_LABELING.md, durations) — as 「连续资助3年」 does. (name, verb word, example)
CONSECUTIVE_SUPPORTS = (("consecutive_support", r"支持|扶持", "给予每人每年5万元工作经费支持，连续支持3年 → 工作经费支持 3 年"),)
CONSECUTIVE_SUPPORT = re.compile(one_of(CONSECUTIVE_SUPPORTS))
CONSECUTIVE_SUPPORT_END = re.compile("连续(?:" + one_of(CONSECUTIVE_SUPPORTS) + ")$")  # no period refused (refuse.py)


def consecutive_support(verb_word: str | None, name: str) -> bool:
    """Whether 「连续 + a general support verb」 stands before a time value (CONSECUTIVE_SUPPORTS)."""
    return name == "连续" and verb_word is not None and CONSECUTIVE_SUPPORT.fullmatch(verb_word) is not None
