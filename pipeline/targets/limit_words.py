"""A limit forbidden or advised against passing, written with a modal between 不 and the comparator: 不得 / 不应 / 不应当 / 不宜 /
不可 / 不能 / 不准 + 超过, 低于…, as standards are written (「净宽度和净高度均不应小于4米」, 「暂存时间不宜超过48小时」). One
table for every pass that reads limit words. (Session 25: round 60's 「不应小于」 gave no target and a 「不应少于」 read its 少于 as
a cap; only 不得 was known.)"""

from __future__ import annotations

MODAL_NOT = r"不(?:得|应当|应|宜|可|能|准)"
# (a floor: what must not fall below; a cap: what must not pass)
MUST_NOT_FALL = MODAL_NOT + r"(?:低于|少于|小于)"
MUST_NOT_PASS = MODAL_NOT + r"(?:超过|高于|大于|多于)"
# The plain limits, and every limit a member or group of a standard may close on before its own value (「、初中生不少于…」)
PLAIN_LIMITS = r"不少于|不低于|不超过|不高于|不大于|不小于"
LIMITS_BEFORE_VALUE = PLAIN_LIMITS + "|" + MUST_NOT_FALL + "|" + MUST_NOT_PASS + r"|至少|最多"
