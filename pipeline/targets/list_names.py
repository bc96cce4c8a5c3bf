"""Names of a 分别 list read outside the recipient tables: a field opening the first name is the scope of
every name, not part of the first (「生物医药领域顶尖人才、领军人才」 → 顶尖人才, 领军人才), and a plain list
after a 「…的」 condition gives its last name's head to the others (「毕业5年内的博士、硕士研究生」 →
博士研究生, 硕士研究生)."""

from __future__ import annotations

import re

from . import indicator as nouns
from .tables import one_of

# A field or sector opening the first listed name, shared by every name. (name, pattern, example)
LIST_SCOPES = (("field", r"^[^、,;。的]{2,8}?领域(?=[^、]{2,})", "对新引进的生物医药领域顶尖人才、领军人才，分别给予最高500万元、200万元安家补贴"),)
LIST_SCOPE = re.compile(one_of(LIST_SCOPES))
# A condition before the list, closed by 的, names who qualifies, not which member. (name, pattern, example)
LIST_CONDITIONS = (("whose", r"^[^、,;。]*的(?=[^、的]{1,8}$)", "毕业5年内的博士、硕士研究生可再分别申请8万元、5万元一次性购房补贴"),)
LIST_CONDITION = re.compile(one_of(LIST_CONDITIONS))


def scope_cut(first: str) -> int:
    """Characters of a field (LIST_SCOPES) opening the first listed name; 0 where none does."""
    return m.end() if (m := LIST_SCOPE.match(first)) else 0


def plain_list(names: str) -> list[str]:
    """The names of a list written without 对 before 分别: each after a leading condition (LIST_CONDITIONS),
    the last name's head after the first name's last character given to the others (「博士、硕士研究生」 →
    博士研究生)."""
    parts = names.split("、")
    if (m := LIST_CONDITION.match(parts[0])) and len(parts) > 1:
        parts[0] = parts[0][m.end() :]
        last, ends = parts[-1], {part[-1] for part in parts[:-1] if part}
        if len(ends) == 1 and 0 <= (at := last.find(ends.pop())) < len(last) - 2:
            parts = [part + last[at + 1 :] for part in parts[:-1]] + [last]
    return parts


# What a count closing a list counts, the verb before it kept: 「…海葬等节地生态安葬方式每年安葬数量」 → 安葬数量
# for each (「A级旅游景区、星级旅游饭店数量」 → 数量: a noun before it is the last member's). (name, tags, example)
COUNTED_DEEDS = (("deed_count", ("v", "vn"), "树葬、海葬等节地生态安葬方式每年安葬数量分别达到3000例、800例左右"),)


def counted_measure(last: str, measure_at: int) -> str:
    """The shared measure of a list from ``measure_at`` in its last name, with a verb just before it (COUNTED_DEEDS)."""
    at, before = 0, ""
    for word, flag in nouns.tag(last[:measure_at]):
        at += len(word)
        before = word if flag in COUNTED_DEEDS[0][1] and at == measure_at else ""
    return last[measure_at - len(before) :]


def last_member(names: list[tuple[int, str]], head: str) -> tuple[tuple[int, str], str]:
    """The last listed name and the shared head: the member and the head where examples before 等 and their
    category stand between them (「海葬等节地生态安葬方式每年安葬数量」 → 海葬安葬数量); a 的 joining the listed
    owners to what they have is no part of either (「设区市、县级市的内涝防治标准」 → 县级市内涝防治标准, head
    内涝防治标准); after names in quotes the head is what follows the last quote."""
    name = names[-1]
    start, text = name
    if not head and text.startswith("“") and (at := text.rfind("”")) > 0 and len(text) - at > 3:
        return name, text[at + 1 :]  # 「“家政+养老”“家政+托育”融合发展试点县」: the head after the quoted names
    if head.startswith("的") and len(head) >= 3 and text.endswith(head):
        head = head[1:]
        return (start, text[: -len(head) - 1] + head), head
    if head and text.endswith(head) and 0 < (at := text.find("等")) <= 8 and at < len(text) - len(head):
        return (start, text[:at] + head), head
    return name, head
