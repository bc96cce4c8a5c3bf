"""What the first name of a 分别 list carries besides its own member: the list's category before it, up to its verb
(「主要污染物排放化学需氧量、氨氮」 → 化学需氧量), or the measure every member is set by, written before the first member
(「田间道路通达度平原区、丘陵区分别不低于100%、90%」 → 平原区田间道路通达度, 丘陵区田间道路通达度).

Session 17 (measured groups): the three notices of every round where a measure opens a 分别 list of short groups — rounds
9b (墓穴占地面积单人、双人合葬), 21a (每班幼儿人数小班、中班、大班) and 28a (田间道路通达度平原区、丘陵区), three writers —
label each group before the measure, 7 labels of 7; none names the measure after its group or alone.
"""

from __future__ import annotations

from .. import rx as re
from . import indicator as nouns
from .names import INDICATOR_NOUN

# A degree closes a measure too (通达度, 满意度), no measure word of names.INDICATOR_NOUN.
DEGREE = re.compile(r"(?<=[\u4e00-\u9fff]{2})度$")

# The longest group a measure is given to (「双人合葬」), and the shortest measure before the first (「班额」).
GROUP_MAX = 4
MEASURE_MIN = 2


def measured_groups(names: list[str]) -> list[str] | None:
    """Each group with the measure the first name opens on, the group first: 「幼儿人数小班」, 「中班」 → 小班幼儿人数, 中班幼儿人数.
    The measure ends on a measure word (names.INDICATOR_NOUN) at one of jieba's word boundaries, the rest of the first name and
    every later name a short group (GROUP_MAX) ending on none; None where the list is not so written."""
    first, others = names[0], names[1:]
    if not others or any(not 0 < len(name) <= GROUP_MAX or INDICATOR_NOUN.search(name) for name in others):
        return None
    cut = 0
    for word, _ in nouns.tag(first):
        cut += len(word)
        group = first[cut:]
        if cut >= MEASURE_MIN and 0 < len(group) <= GROUP_MAX and (INDICATOR_NOUN.search(first[:cut]) or DEGREE.search(first[:cut])) and not INDICATOR_NOUN.search(group):
            return [name + first[:cut] for name in [group, *others]]
    return None


def without_category(names: list[tuple[int, str]]) -> list[tuple[int, str]]:
    """「主要污染物排放化学需氧量、氨氮、…」: the first name carries the list's category, up to its verb."""
    (start, first), others = names[0], names[1:]
    if not others or (len(first) <= 2 * max(len(name) for _, name in others) and not _qualifiers_after_verb(first, others)):
        return names
    if any(INDICATOR_NOUN.search(name) for _, name in others):
        return names  # 「农村劳动力转移就业人数、劳务总收入」: whole indicators listed, no category before them
    cut, words = 0, nouns.tag(first)
    for index, (word, flag) in enumerate(words):
        cut += len(word)
        if nouns.is_verb(word, flag) and cut < len(first):
            for later, later_flag in words[index + 1 :]:  # 「牵头或参与制定国际、国家…」: a run of verbs (joined) leaves together
                if not (nouns.is_verb(later, later_flag) or later_flag == "c") or cut + len(later) >= len(first):
                    break
                cut += len(later)
            return [(start + cut, first[cut:])] + others
    return names


def _qualifiers_after_verb(first: str, others: list[tuple[int, str]]) -> bool:
    """「主导制定国际、国家、行业标准」: short qualifiers listed before the head the last name carries, the
    first longer than each of them — its verb and what comes before it are the list's, not the name's."""
    middle = [name for _, name in others[:-1]]
    return bool(middle) and max(len(name) for name in middle) <= 3 and len(first) > max(len(name) for name in middle) + 1
