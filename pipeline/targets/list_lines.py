"""Lines that go on a paragraph's sentence: 「到2027年，…具体目标是：」 followed by 「——基础设施更加完善。…」
lines — each dash line lists a goal of the intro, so the intro's year governs it (TARGET_LABELING, year)."""

from __future__ import annotations

from .. import rx as re

# A line opening as an item of the list the line before introduced. (name, pattern, example)
LIST_LINES = (("dash_item", r"[ \t\u3000]*——", "到2027年，…具体目标是：⏎——基础设施更加完善。"),)
LIST_LINE = re.compile("|".join(p for _, p, _ in LIST_LINES))
INTRO_ENDS = ("：", ":")


def continues_intro(folded: str, at: int) -> bool:
    """Whether the line starting at ``at`` is a dash item of a list whose intro (a line closing with a
    colon, possibly followed by other dash items) stands just before it."""
    if not LIST_LINE.match(folded, at):
        return False
    previous = folded[:at].rstrip().rsplit("\n", 1)[-1].strip()
    return previous.endswith(INTRO_ENDS) or bool(LIST_LINE.match(previous)) and _intro_above(folded, at)


def _intro_above(folded: str, at: int) -> bool:
    """The first non-dash line above ``at`` closes with a colon."""
    for line in reversed(folded[:at].rstrip().split("\n")):
        if line.strip() and not LIST_LINE.match(line):
            return line.strip().endswith(INTRO_ENDS)
    return False


INTRO_YEAR = re.compile(r"(?:到|至)(?P<year>20\d\d)年")  # 「到2027年，…具体目标是：」


def intro_year(folded: str, at: int) -> int | None:
    """The year the intro of the dash item starting at ``at`` names (its last 到20XX年), else None."""
    if not continues_intro(folded, at):
        return None
    for line in reversed(folded[:at].rstrip().split("\n")):
        if line.strip() and not LIST_LINE.match(line):
            years = INTRO_YEAR.findall(line)
            return int(years[-1]) if years else None
    return None
