"""Paragraphs that state who may apply: a line opened by a label such as 「（二）申报条件。」 sets conditions
of eligibility, and its numbers are neither goals nor amounts nor deadlines (issue 11, item 5):
「申报企业上年度营业收入不低于500万元，近3年内未发生重大安全生产事故」."""

from __future__ import annotations

from .. import rx as re
from typing import TypeVar

from .found import ITEM_LABEL
from .tables import one_of

# Labels opening a line of conditions, after an optional item number; the label ends with 。/：/:.
# (name, pattern, example)
CONDITION_LABELS = (
    ("apply_conditions", r"(?:申报|申请|认定|评定|参评|准入|基本|资格)(?:条件|要求|资格)", "（二）申报条件。申报企业上年度营业收入不低于500万元"),
    ("who_applies", r"(?:申报|申请|支持|补贴|奖励|适用)(?:对象|主体|范围)", "（一）申报对象。在本市注册满1年的家政企业"),
)
CONDITION_LINE = re.compile(r"[ \t\u3000]*(?:" + ITEM_LABEL + r")?\s*(?:" + one_of(CONDITION_LABELS) + r")\s*[。:：]")
LABEL = re.compile(one_of(CONDITION_LABELS))
LINE = re.compile(r"[^\n]*")

T = TypeVar("T")


def condition_lines(folded: str) -> list[tuple[int, int]]:
    """(start, end) of each line of ``folded`` opened by a CONDITION_LABELS label."""
    if not LABEL.search(folded):
        return []  # most texts name none: no line is read
    lines = []
    for m in LINE.finditer(folded):
        if CONDITION_LINE.match(folded, m.start()):
            lines.append((m.start(), m.end()))
    return lines


def outside(found: list[T], lines: list[tuple[int, int]]) -> list[T]:
    """``found`` (records with ``start``) without those inside ``lines``."""
    if not lines:
        return found
    return [f for f in found if not any(a <= f.start < b for a, b in lines)]  # type: ignore[attr-defined]
