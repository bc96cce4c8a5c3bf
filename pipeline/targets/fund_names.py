"""A fund named before its size: 「设立种业发展风险补偿资金池，市级财政首期安排5000万元」 — the clause giving
the size names only who pays (市级财政首期), so the size is the fund's that the clause before sets up."""

from __future__ import annotations

from .. import rx as re
from dataclasses import replace

from .found import FoundTarget
from .tables import one_of

# An indicator that names only the payer and when it pays: (name, pattern, example).
PAYERS = (
    ("treasury", r"(?:省|市|县|区|省级|市级|县级|区级|本级|同级)?财政(?:首期|每年|年度|当年|统筹)?", "市级财政首期安排5000万元 / 市财政每年安排不少于3亿元"),
)
PAYER = re.compile(one_of(PAYERS))
# The clause before, setting up a fund at its end: (name, pattern, example).
FUNDS_SET_UP = (
    ("fund_set_up", r"(?:设立|设置|组建|成立|建立)(?P<fund>[^,;。、]{2,24}?(?:资金池|基金|专项资金|资金|专项经费))$", "设立市外资招引专项资金"),
)
FUND_SET_UP = re.compile(one_of(FUNDS_SET_UP))


def funds_named_before(text: str, previous: str, previous_start: int, targets: list[FoundTarget]) -> list[FoundTarget]:
    """``targets`` of a clause, a payer's indicator replaced by the fund the clause before (``previous``,
    folded, at ``previous_start`` in ``text``) sets up; the span then opens at the fund's name."""
    if not previous or not (m := FUND_SET_UP.search(previous)):
        return targets
    start = previous_start + m.start("fund")
    fund = text[start : previous_start + m.end("fund")]
    return [replace(t, indicator=fund, start=start) if PAYER.fullmatch(t.indicator) else t for t in targets]
