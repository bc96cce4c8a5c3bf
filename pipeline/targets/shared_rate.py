"""A bare rate listed after a rate with a name of its own shares that name's head: 「工作人员分类知晓率
达到100%、参与率达到95%以上」 → 工作人员分类参与率 (the same people, the same sorting)."""

from __future__ import annotations

import re
from dataclasses import replace

from .found import FoundTarget

# A rate written bare (two characters and 率) and the links after the previous target that list it.
# (name, pattern, example)
BARE_RATES = (("bare_rate", r"[\u4e00-\u9fff]{2}率", "工作人员分类知晓率达到100%、参与率达到95%以上"),)
BARE_RATE = re.compile("|".join(p for _, p, _ in BARE_RATES))
RATE_LINKS = ("、",)


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
        out.append(target)
    return out
