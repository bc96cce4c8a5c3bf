"""Names a listed target shares with another. A bare rate listed after a rate with a name of its own shares that name's head: 「工作人员分类知晓率
达到100%、参与率达到95%以上」 → 工作人员分类参与率 (the same people, the same sorting); a listed item
opening with a word of the item before shares what stood before that word: 「创建省级生活垃圾分类示范小区
30个、示范街道5个」 → 省级生活垃圾分类示范街道; places listed before one measure each take it
(「A开发区、B高新区居民小区分类投放准确率均不低于80%」); places after 其中 name parts of the count before
(「示范小区30个，其中中心城区、县城分别不少于20个、10个」 → 中心城区示范小区)."""

from __future__ import annotations

from .. import rx as re
from dataclasses import replace

from .found import FoundTarget
from .names import INDICATOR_NOUN

# A rate written bare (two characters and 率) and the links after the previous target that list it.
# (name, pattern, example)
BARE_RATES = (("bare_rate", r"[\u4e00-\u9fff]{2}率", "工作人员分类知晓率达到100%、参与率达到95%以上"),)
BARE_RATE = re.compile("|".join(p for _, p, _ in BARE_RATES))
RATE_LINKS = ("、",)
# The shortest word a listed item must share with the item before (its opening characters, found after
# the start of the item before). (name, length, example)
# The word must stand near the end of the item before (at most SHARED_TAIL characters after it): both
# items are kinds of one thing (示范小区, 示范街道), not a word inside a longer name (「夜间消费集聚区…、
# 夜间特色街区」). (name, length, example)
SHARED_OPENINGS = (("shared_word", 2, "创建省级生活垃圾分类示范小区30个、示范街道5个"),)
SHARED_OPENING = SHARED_OPENINGS[0][1]
SHARED_TAIL = 3


def _shared_head(previous: str, item: str) -> str:
    """What stood in ``previous`` before the word ``item`` opens with (「示范」), or ""."""
    at = previous.find(item[:SHARED_OPENING]) if len(item) > SHARED_OPENING else -1
    near_end = len(previous) - at - SHARED_OPENING <= SHARED_TAIL
    return previous[:at] if at > 0 and near_end and not item.startswith(previous[:at]) else ""


def rate_heads(clause: str, clause_start: int, targets: list[FoundTarget]) -> list[FoundTarget]:
    """``targets`` with each bare rate listed right after a named rate given that rate's head."""
    out: list[FoundTarget] = []
    for target in targets:
        previous = out[-1] if out else None
        if (
            previous is not None
            and target.kind == previous.kind == "goal"
            and BARE_RATE.fullmatch(target.indicator)
            and previous.indicator.endswith("率")
            and len(previous.indicator) > len(target.indicator) + 1
            and clause[previous.end - clause_start : target.start - clause_start] in RATE_LINKS
        ):
            head = previous.indicator[: -len(target.indicator)]
            target = replace(target, indicator=head + target.indicator)
        elif previous is not None and target.rule == "list_item" and target.kind == previous.kind and (head := _shared_head(previous.indicator, target.indicator)):
            target = replace(target, indicator=head + target.indicator)
        out.append(target)
    return out


# A place named alone in a list: (name, pattern, example).
PLACE_NAMES = (("district", r"[^,;。、]{0,10}?(?:开发区|高新区|新区|城区|县城|园区|县|市|区)", "潆州经济技术开发区、高新区居民小区分类投放准确率均不低于80%"),)
PLACE_NAME = re.compile("|".join(p for _, p, _ in PLACE_NAMES))
OF_WHICH = re.compile(r"\s*其中")
PART_REACH = 60  # characters before the 其中 clause where the whole it divides stands


def _measure_after_place(targets: list[FoundTarget], index: int) -> str:
    """The measure the next listed target names after its own place, for a place named alone."""
    for later in targets[index + 1 :]:
        if later.rule != "respectively":
            return ""
        if (m := PLACE_NAME.match(later.indicator)) and len(later.indicator) - m.end() >= 3 and INDICATOR_NOUN.search(later.indicator):
            return later.indicator[m.end() :]
    return ""


def _whole_before(parts: list[FoundTarget], found: list[FoundTarget], clause_start: int) -> str:
    """The name of the count a 其中 list of places divides: of the same unit, just before, the one the
    parts add up to (else the first)."""
    total = sum(p.value or 0 for p in parts)
    wholes = [t for t in found if t.unit == parts[0].unit and t.kind == "goal" and clause_start - PART_REACH <= t.end <= clause_start]
    chosen = [t for t in wholes if t.value == total] or wholes
    return chosen[0].indicator if chosen else ""


def shared_heads(clause: str, clause_start: int, targets: list[FoundTarget], found: list[FoundTarget]) -> list[FoundTarget]:
    """``targets`` of a clause with the names they share (module doc); ``found``: the targets before."""
    targets = rate_heads(clause, clause_start, targets)
    bare = [i for i, t in enumerate(targets) if t.rule == "respectively" and PLACE_NAME.fullmatch(t.indicator)]
    whole = _whole_before([targets[i] for i in bare], found, clause_start) if bare and OF_WHICH.match(clause) else ""
    for i in bare:
        head = _measure_after_place(targets, i) or whole
        if head:
            targets[i] = replace(targets[i], indicator=targets[i].indicator + head)
    return targets
