"""Deadlines: when a task is to be done, as its text or a 完成时限 column states it — a date
(2026年底前), a period from the notice's date (5年内), a recurrence (每年) or an ongoing duty
(长期坚持) — with an ISO date where one can be computed."""

from __future__ import annotations

import calendar
import re
from dataclasses import dataclass
from datetime import date

from ..normalize import fold
from .values import chinese_number

# (name, kind, pattern, example). Dates need a closing 前/之前/以前 or a 时限 label: a bare year in
# prose (「到2028年，…」) dates a goal, not a task.
DEADLINES = (
    (
        "date_before",
        "date",
        r"""(?P<year>20\d\d)年
            (?:(?P<month>1[0-2]|[1-9])月)?
            (?:(?P<day>[1-3]?\d)日|(?P<part>底|末|上半年|下半年|年底|一季度|二季度|三季度|四季度|第一季度|第二季度|第三季度|第四季度|上旬|中旬|下旬))?
            (?:前|之前|以前)""",
        "2026年底前 / 2020年6月底前 / 2027年12月31日前",
    ),
    (
        "time_limit_column",
        "date",
        r"""(?:完成时限|完成时间|时间节点|时限要求|时限)\s*[:]\s*
            (?P<year>20\d\d)年(?:(?P<month>1[0-2]|[1-9])月)?(?:(?P<day>[1-3]?\d)日|(?P<part>底|末|上半年|下半年|上旬|中旬|下旬))?(?:前|之前|以前)?""",
        "完成时限:2026年12月",
    ),
    (
        "period_within",
        "period",
        r"""(?<![毕业成立注册设立满])(?P<count>\d+|[一二两三四五六七八九十]+)(?P<unit>年|个月|天|日|周)(?:内|之内|以内)(?!的)""",
        "5年内 / 两年内培育10000名",
    ),
    (
        "recurring",
        "recurring",
        r"""(?:每年|每季度|每半年|每月|每周|逐年)(?![^,;。]*?\d)""",
        "每年发布人工智能OPC适配应用场景",
    ),
    (
        "ongoing",
        "ongoing",
        r"""长期坚持|长期推进|长期实施|持续推进|持续实施""",
        "长期坚持",
    ),
)
PATTERNS = tuple((name, kind, re.compile(pattern, re.VERBOSE)) for name, kind, pattern, _ in DEADLINES)
# A period that is an eligibility condition, not a deadline: 「毕业5年内的」, 「成立3年内的企业」.
CONDITION_BEFORE = re.compile(r"(?:毕业|成立|注册|设立|认定|入驻|落户|引进|获得)[^,;。]{0,4}$")
QUARTER_END = {"一季度": 3, "第一季度": 3, "二季度": 6, "第二季度": 6, "上半年": 6, "三季度": 9, "第三季度": 9}
DAY_OF_PART = {"上旬": 10, "中旬": 20}


@dataclass(frozen=True, slots=True)
class FoundDeadline:
    text: str
    kind: str
    date: str | None
    rule: str
    start: int  # offsets into the given text
    end: int


def find_deadlines(text: str, notice_date: str | None = None) -> list[FoundDeadline]:
    """Deadlines stated in ``text``, in order; a period counts from ``notice_date`` (ISO)."""
    folded = fold(text)
    found: list[FoundDeadline] = []
    taken: list[tuple[int, int]] = []
    for name, kind, pattern in PATTERNS:
        for m in pattern.finditer(folded):
            if any(m.start() < end and start < m.end() for start, end in taken):
                continue
            if kind == "period" and CONDITION_BEFORE.search(folded[max(0, m.start() - 8) : m.start()]):
                continue
            iso = _date_of(m) if kind == "date" else _period_end(m, notice_date) if kind == "period" else None
            start = m.start("year") if name == "time_limit_column" else m.start()
            found.append(FoundDeadline(text[start : m.end()], kind, iso, name, start, m.end()))
            taken.append((m.start(), m.end()))
    return sorted(found, key=lambda d: d.start)


def _date_of(m: re.Match[str]) -> str | None:
    year = int(m["year"])
    month = int(m["month"]) if m["month"] else None
    part = m["part"]
    if m["day"] and month:
        day = int(m["day"])
        return date(year, month, day).isoformat() if day <= calendar.monthrange(year, month)[1] else None
    if month:
        day = DAY_OF_PART.get(part or "", calendar.monthrange(year, month)[1])
        return date(year, month, day).isoformat()
    if part in QUARTER_END:
        end_month = QUARTER_END[part]
        return date(year, end_month, calendar.monthrange(year, end_month)[1]).isoformat()
    if part in ("底", "末", "年底", "下半年", "四季度", "第四季度"):
        return date(year, 12, 31).isoformat()
    return None  # 「2026年前」: before which day of 2026 is not written


def _period_end(m: re.Match[str], notice_date: str | None) -> str | None:
    """「5年内」 counted from the notice's date: the same day five years on."""
    count = int(m["count"]) if m["count"].isdigit() else chinese_number(m["count"])
    if not notice_date or not count:
        return None
    start = date.fromisoformat(notice_date)
    if m["unit"] == "年":
        year, month = start.year + count, start.month
    elif m["unit"] == "个月":
        months = start.month - 1 + count
        year, month = start.year + months // 12, months % 12 + 1
    else:
        return None  # days and weeks: rare in notices, not worth a calendar
    return date(year, month, min(start.day, calendar.monthrange(year, month)[1])).isoformat()
