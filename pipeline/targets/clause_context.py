"""What reading one clause for targets carries: the text, the year named, and what the values and clauses before it left."""

from __future__ import annotations

from dataclasses import dataclass

from .found import FoundTarget


@dataclass(slots=True)
class ClauseContext:
    text: str  # as given
    folded: str
    clause: str  # folded
    clause_start: int
    year: int | None
    previous_subject: str
    last_support: str = ""  # the last support named in the paragraph (「…的生活补贴」), for a later duration
    list_mode: str = ""  # the rule of the previous target of a 、 list
    list_comparator: str = ""  # and its comparator: 「最高5000元、1万元、2万元补贴」 are all at most
    list_item: bool = False  # the value closes a further 「、name value」 item after a target
    previous_kind: str = ""  # the kind of the last target: a part of it (「（其中…）」) has the same
    previous_clause: str = ""  # the clause before (folded): 「对A、B的企业，分别给予…」 names the recipients there
    last: FoundTarget | None = None  # the last target, of this clause or one before: a member named alone after it measures what it did (member_standards)
