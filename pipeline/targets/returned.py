"""A share of a base given back (「可返还其上年度实际缴纳失业保险费的50%」): the measured thing is the
base the share is taken of, after the verb that says whose it is (缴纳), and the target an amount."""

from __future__ import annotations

import re

from . import indicator as nouns
from .tail import Ending

# Verbs that give back or waive a share of a base, then the base and 的 right before the value.
# (name, pattern on the words before the value, example)
RETURNED_SHARES = (
    ("given_back", r"(?:返还|退还|减免|免除|抵扣|报销)(?:其|企业|个人)?(?P<base>[^,;。的]{2,20})的$", "可返还其上年度实际缴纳失业保险费的50%"),
)
RETURNED_SHARE = Ending("|".join(p for _, p, _ in RETURNED_SHARES))
CLAUSE_CLOSES = re.compile(r"\s*(?:[,;。]|$)")


def returned_share(clause: str, head_start: int, value: re.Match[str]) -> tuple[str, int, int] | None:
    """("returned_share", start, end) of the base in ``clause`` when the % value closes its clause
    after a RETURNED_SHARES head; None otherwise."""
    if value["unit"] != "%" or not CLAUSE_CLOSES.match(clause, value.end()):
        return None
    m = RETURNED_SHARE.search(clause, head_start, value.start())
    if not m:
        return None
    base_start, base = m.start("base"), m["base"]
    position = cut = 0
    for word, flag in nouns.tag(base):
        position += len(word)
        if nouns.is_verb(word, flag) and len(base) - position >= 2:
            cut = position  # 「上年度实际缴纳失业保险费」 → 失业保险费
    return "returned_share", base_start + cut, base_start + len(base)
