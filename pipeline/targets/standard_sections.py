"""Sections a notice itself heads as standards (「三、建设标准」, 「（一）用房标准」, 「二、建设内容和标准」): every target under
them is a standard each facility or works must meet, an amount (TARGET_LABELING.md, standards a facility or a person must
meet). Session 13: the 59 labels of rounds 1–35 under such a heading (weiyuan 32b, xiaotang 28a, xiling, three writers)
are all amounts; 9 had been read as goals, limits with no subject of their own (「站房建筑面积一级站不少于200平方米」). A
heading that sets a standard as a task (「（三）提高救助标准」) heads goals and is no such section."""

from __future__ import annotations

from .. import rx as re

from .tables import one_of

# (name, pattern on a section's title, example)
STANDARD_HEADINGS = (("standards_heading", r"标准[。:：]?$", "三、建设标准 / （一）用房标准 / 二、建设内容和标准"),)
STANDARD_HEADING = re.compile(one_of(STANDARD_HEADINGS))
# …unless the title is a task that changes or sets a standard: (name, pattern, example)
STANDARD_TASKS = (("standard_changed", r"^(?:提高|提升|完善|统一|调整|落实|执行|制定|健全|明确|规范|严格|修订)", "（三）提高救助标准 / 完善补助标准"),)
STANDARD_TASK = re.compile(one_of(STANDARD_TASKS))
# …nor one that heads the standards of a support (session 18: meichuan 44a's 「（三）抗震改造补助标准」 heads the subsidy each farmer
# gets, amounts by the support rules, and a county's matching funds, a goal): (name, pattern on the title, example)
SUPPORT_HEADINGS = (("support_standards", r"(?:补助|补贴|奖补|奖励|资助|扶持|救助)(?:对象)?(?:和|及|与)?标准[。:：]?$", "（三）抗震改造补助标准 / 二、补助对象和标准"),)
SUPPORT_HEADING = re.compile(one_of(SUPPORT_HEADINGS))


def standard_sections(sections: list[tuple[str, int | None]]) -> set[int]:
    """Indices of the sections (title, parent index; in outline order) headed as standards, or under one that is."""
    standard: set[int] = set()
    for index, (title, parent) in enumerate(sections):
        title = title.strip()
        if parent in standard or (STANDARD_HEADING.search(title) and not STANDARD_TASK.match(title) and not SUPPORT_HEADING.search(title)):
            standard.add(index)
    return standard
