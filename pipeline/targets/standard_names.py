"""The name of a standard each firm or office must meet leaves the owner out: the measure is the thing
limited, the firm or office is who meets it (TARGET_LABELING.md, indicator: 「供热企业燃煤储备量不低于15天用量」
→ 燃煤储备量, as 「每个中心建筑面积」 → 建筑面积). Round 16: 5 labels of 4 notices by 3 writers
(zeyuan 12a, zeling 14a, lanxi 15a) read it so; goals keep their owner (规模以上工业企业数字化改造覆盖率)."""

from __future__ import annotations

import re
from dataclasses import replace

from .found import FoundTarget
from .patterns import AMOUNT_CUES
from .tables import one_of

# The owner opening a standard's name: (name, pattern, example)
OWNERS_OF_STANDARDS = (
    ("firm_or_office", r"^[^,;。\d的、]{1,10}?(?:企业|机构)(?![的和及、与])(?=[^,;。\d]{2,}$)", "供热企业燃煤储备量不低于15天用量 → 燃煤储备量 / 县级推广机构专业技术人员占比不低于80% → 专业技术人员占比"),
)
OWNER_OF_STANDARD = re.compile(one_of(OWNERS_OF_STANDARDS))
SUPPORT = re.compile(one_of(AMOUNT_CUES))


def owner_left_out(folded: str, target: FoundTarget) -> FoundTarget:
    """``target`` without the owner opening its name (OWNERS_OF_STANDARDS) when it is a standard under a limit
    word that names no support; unchanged otherwise."""
    if target.kind != "amount" or target.comparator not in ("at_least", "at_most") or SUPPORT.search(target.indicator):
        return target
    if not (owner := OWNER_OF_STANDARD.match(target.indicator)):
        return target
    name = target.indicator[owner.end() :]
    start = folded.find(name, target.start, target.end)
    return replace(target, indicator=name, start=start) if start >= 0 else target
