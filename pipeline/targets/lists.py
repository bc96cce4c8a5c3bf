"""分别 lists: 「A、B分别达到95%、85%」 pairs each value with its own indicator; 「A、B、C分别下降*」
shares one value; 「城市、县城污水处理率分别达到…」 gives the shared head (污水处理率) to every name."""

from __future__ import annotations

import re
from dataclasses import replace

from . import indicator as nouns
from .values import VALUE, value_fields


def respectively(text: str, clause_start: int, clause: str, target, first_value: re.Match[str]) -> list:
    names = []
    pos = target.start
    for name in target.indicator.split("、"):
        names.append((pos, name))
        pos += len(name) + 1
    values = [first_value]
    after = first_value.end()
    while clause[after : after + 1] == "、" and (m := VALUE.match(clause, after + 1)) and m.group():
        values.append(m)
        after = m.end()
    paired = len(values) == len(names)
    head = shared_head([name for _, name in names])
    targets = []
    for index, (name_start, name) in enumerate(names):
        value = values[index] if paired else first_value
        named = name if index == len(names) - 1 or not head else name + head
        targets.append(
            replace(
                target,
                indicator=named,
                **value_fields(text, clause_start, value),
                start=name_start,
                end=clause_start + (value.end() if paired else target.end - clause_start),
                rule="respectively",
            )
        )
    return targets


def shared_head(names: list[str]) -> str:
    """The measured noun the last name carries and the others only imply: 县城污水处理率 → 污水处理率
    when the others are bare qualifiers (城市); empty when every name is whole (化学需氧量、氨氮排放量)."""
    last = names[-1]
    words = nouns.tag(last)
    if len(words) < 2 or any(len(name) >= len(last) - 1 for name in names[:-1]):
        return ""
    qualifier = words[0][0]
    if all(len(name) <= len(qualifier) + 1 for name in names[:-1]):
        return last[len(qualifier) :]
    return ""
