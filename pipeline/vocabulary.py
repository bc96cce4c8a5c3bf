"""The genre's words, read by every stage and importing none of them: unit-line labels and their
roles, the heading schemes, bracket pairs, and the id rule. Each table has an example per entry."""

from __future__ import annotations

import re  # (not rx: the vocabulary imports no module of the package; its patterns cost ~1 ms)

# The roles of an assignment, in the order records list them, with the clerk's word for each.
ROLES: tuple[str, ...] = ("lead", "cooperate", "responsible")
ROLE_LABELS: dict[str, str] = {"lead": "牵头", "cooperate": "配合", "responsible": "责任"}

# Labels that open a unit line (「牵头单位：市发展改革委」), with the role each gives. 「部门」 forms
# are the same roles; so are 「处室」 forms, with which a 厅 or 局 divides a notice among its own
# divisions (「牵头处室：基础研究处」), and 「科室」 forms, with which a county's or district's 局 does
# (「责任科室：质量发展科」).
UNIT_LINE_LABELS: dict[str, str] = {
    "牵头单位": "lead",
    "牵头部门": "lead",
    "牵头处室": "lead",
    "牵头科室": "lead",
    "主责单位": "lead",
    "配合单位": "cooperate",
    "配合部门": "cooperate",
    "配合处室": "cooperate",
    "配合科室": "cooperate",
    "协办单位": "cooperate",
    "协同单位": "cooperate",  # (LABELING.md's role table; round 46b: 「主责单位：…」 + 「协同单位：…」 lines)
    "协同部门": "cooperate",
    "参与单位": "cooperate",
    "责任单位": "responsible",
    "责任部门": "responsible",
    "责任处室": "responsible",
    "责任科室": "responsible",
    "指导部门": "responsible",
}

# Labels that say when a task is due: a table's column header, a 「完成时限：…」 line or note after a
# block (「（完成时限：2026年9月底前）」); the targets stage reads what follows as the task's deadline.
DEADLINE_LABELS: tuple[str, ...] = ("完成时限", "完成时间", "时限要求", "时间节点", "时间要求")
DEADLINE_LABEL = "(?:" + "|".join(DEADLINE_LABELS) + ")"  # for the patterns that read them (folded text)

# Chinese numerals as headings write them (十二、 / (二十) / 第一百章).
CN_NUM = "一二三四五六七八九十百零〇两"

# Heading schemes of the genre, outermost first (matched on folded text). A document's levels are
# the ranks of the schemes it uses, so 一、/(一)/1. are levels 1/2/3 and 第一章/第一节/第一条 are
# levels 1/2/3 too.
HEADING_SCHEMES: tuple[tuple[str, re.Pattern[str]], ...] = (
    ("chapter", re.compile(rf"第[{CN_NUM}\d]+章")),  # 第一章
    ("part", re.compile(rf"第[{CN_NUM}\d]+节")),  # 第二节
    ("article", re.compile(rf"第[{CN_NUM}\d]+条")),  # 第三条
    ("cn_comma", re.compile(rf"[{CN_NUM}]+、")),  # 一、
    ("cn_paren", re.compile(rf"\([{CN_NUM}]+\)")),  # (一)
    ("arabic_dot", re.compile(r"\d{1,3}(?:\.(?!\d)|、)")),  # 1. / 1、
    ("arabic_paren", re.compile(r"\(\d{1,3}\)")),  # (1)
    ("circled", re.compile(r"[\u2460-\u2473]")),  # ①
)
DIGIT_SCHEMES = ("arabic_dot", "arabic_paren")  # 「3、月」 could be a date's tail; 「二、年度…」 cannot
SCHEME_RANK = {name: rank for rank, (name, _) in enumerate(HEADING_SCHEMES)}

# Bracket pairs after folding (full-width （） fold to ()): lists and clauses split only outside them.
OPEN_BRACKETS, CLOSE_BRACKETS = "(", ")"

# The id rule. A task's id hashes its folded text without whitespace and without its 专栏 box
# number (numbering, like an item's label, which the task text excludes): renumbering a box or
# moving a task does not change its id.
BOX_NUMBER = re.compile(r"专栏\s*\d+")  # 专栏3


def content_key(folded: str) -> str:
    """What a task's id hashes: its folded text with 专栏 numbers removed (whitespace is dropped
    when hashed)."""
    return BOX_NUMBER.sub("专栏", folded)
