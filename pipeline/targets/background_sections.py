"""Sections a notice heads as its background (「一、基本情况」, 「一、工作基础」, 「一、现状与问题」, 「一、发展基础」): they report
what the territory has and lacks now, not what is promised, so they hold neither targets nor deadlines (TARGET_LABELING.md:
facts of the past or present are no targets). Session 19: the 26 such sections of the development rounds (25 notices,
rounds 2–36, many writers) hold no label of any kind, and 23 of their numbers had been output as goals
(「全县林地面积186.4万亩，森林覆盖率71.3%」 under 「一、基本情况」). A title that is a task on such a thing — a verb before
it, 「（六）夯实基层管护基础」, 「（二）改善办学条件」 — heads goals and is no such section: the title must be a noun phrase
of these words alone."""

from __future__ import annotations

from .. import rx as re

from .tables import one_of

# (name, pattern on a whole section title, example)
BACKGROUND_HEADINGS = (
    (
        "state_of_things",
        r"(?:(?:基本|工作|发展|产业|行业|现实|主要|存在的?|面临的?)?(?:情况|基础|现状|形势|背景|成效|问题|挑战|短板)(?:与|和|及|、)?)+",
        "一、基本情况 / 一、工作基础 / 一、现状与问题 / 一、发展基础 / 一、工作现状 / 一、发展现状和面临形势 (not 「（六）夯实基层管护基础」)",
    ),
)
BACKGROUND_HEADING = re.compile("(?:" + one_of(BACKGROUND_HEADINGS) + ")")


def background_sections(sections: list[tuple[str, int | None]]) -> set[int]:
    """Indices of the sections (title, parent index; in outline order) headed as background, or under one that is."""
    background: set[int] = set()
    for index, (title, parent) in enumerate(sections):
        if parent in background or BACKGROUND_HEADING.fullmatch(title.strip().rstrip("。:：")):
            background.add(index)
    return background
