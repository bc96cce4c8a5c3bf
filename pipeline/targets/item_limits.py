"""A limit set per item — a limit word next to a per-item frame, 每 and the thing, the person, the household or the measure each
value is set for — is a standard or a price each item must meet, an amount, whatever it measures (TARGET_LABELING.md, "standards a
facility or a person must meet"): 「停车位配建标准不低于每户1个」, 「上传频次不少于每小时1次」, 「收费标准原则上每户每年不超过60元」,
「种植密度原则上为每亩74至111株」. standard_kinds.per_unit_money reads money in a clause opened by 每; this reads the frame wherever it
stands next to the limit, and any unit.

Session 19, counted over the labels of rounds 1–36 (the development rounds): 456 labels, in 188 notices of 70 rounds, have words
before the value that ITEM_LIMITS reads, and all 456 are amounts; 7 were read as goals (cenzhou 23c, puxi 36a, qiyu 30a, tanchuan
32a, yiquan 35b, yunchuan 28b, and the rate after yunchuan's standard), none turns wrong. Left out, the government's own frames: a
territory or a reach opening the clause (「各县（区）按常住老年人口每人每年不低于5元的标准安排」 is a goal in zhiling 35b, the same words
an amount in yingzhou 8b), a period or an occasion before the limit — each edition of a festival it holds (「每届参展企业不少于200家」),
each round of a selection (「每次评选不超过20名」), a year's work (「每年…不少于」) — read by the other rules."""

from __future__ import annotations

from .. import rx as re

from .found import CLAUSE_BREAK
from .standard_kinds import GOVERNMENT_CLAUSE
from .tables import one_of

LIMIT = r"(?:不低于|不少于|不超过|不高于|不大于|不小于|最高|最多)"
# A period or an occasion after 每: the rhythm of someone's work, not an item (每年, 每两年, 每季度, 每晚, 每次, 每届, 每批…).
PERIOD_OR_OCCASION = r"(?:一|两|二|三|半)?(?:个)?(?:年|季度|月|周|天|日|晚|学期|学年|小时|次|届|批|期|轮)"
# A division of the territory after 每: a quota for each place (TARGET_LABELING.md, 每个乡镇…), not an item's standard.
DIVISION = r"(?:个)?(?:[^,;。，；\d每]{0,4}?)(?:乡镇|街道|行政村|村|社区|县|区|市|省|州)"
FRAME = r"[^,;。，；\d每]{1,6}?(?:每[^,;。，；\d每]{1,4}?)?"
# (name, pattern closing the clause's words before the value, example)
ITEM_LIMITS = (
    # the limit first, then the frame — any frame, a period too: all 9 such labels of rounds 1–36 are amounts
    ("limit_then_item", LIMIT + r"(?:为)?每" + FRAME + "$", "停车位配建标准不低于每户1个 / 监测数据上传频次不少于每小时1次 / 服务费不高于每千瓦时0.6元"),
    # the frame first (set 原则上 / 一般, or not), then the limit or nothing after 原则上: an item, not a period, an occasion or a place
    ("item_then_limit", r"(?:(?:原则上|一般)(?:为)?)?每(?!" + PERIOD_OR_OCCASION + r")(?!" + DIVISION + ")" + FRAME + LIMIT + "$", "收费标准原则上每户每年不超过60元 / 每户安装不少于1个"),
    ("in_principle_item", r"(?:原则上|一般)(?:为)?每(?!" + PERIOD_OR_OCCASION + r")(?!" + DIVISION + ")" + FRAME + "$", "新造油茶林种植密度原则上为每亩74至111株"),
)
ITEM_LIMIT = re.compile("(?:" + one_of(ITEM_LIMITS) + ")")


def item_limit(head: str) -> bool:
    """Whether the clause's words before the value (``head``'s last clause) end in a limit set per item (ITEM_LIMITS), the clause
    no government's (standard_kinds.GOVERNMENT_CLAUSES: a level reached, a territory, an office acting, a goal verb)."""
    clause = CLAUSE_BREAK.split(head)[-1]
    return ITEM_LIMIT.search(clause) is not None and GOVERNMENT_CLAUSE.search(clause) is None
