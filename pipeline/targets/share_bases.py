"""A share of a base stated after a copula or a limit: the measured thing stands before the verb, the base between the
verb and 的 — 「租金标准为市场参考租金的60%左右」 → 租金标准, 「贴息比例不超过贷款利息的50%」 → 贴息比例 (at most)."""

from __future__ import annotations

from .. import rx as re
from .limit_words import MUST_NOT_FALL, MUST_NOT_PASS

from .tables import one_of

# The verbs a share's base follows, each with its comparator read by clause_values.BEFORE: (name, pattern, example).
# Session 18: the prohibitions (不得低于 …) and 不小于 / 不大于 were missing, and bases as long as writers make them
# (「…不低于当地上年度城镇非私营单位在岗职工平均工资的80%」: 19 characters) ran over the old 14 — over all rounds' labels
# 13 turned right in 13 notices of 13 rounds (17a 18b 19c 31a 32b 33a 35a 36a 39b 41a 41b 42a 43b), 7 more found, none wrong.
SHARE_VERBS = (
    ("copula_or_cap", r"最高可达|最高为|为", "租金标准为市场参考租金的60%左右 / 额度最高可达净资产的2倍"),
    ("lowered_to", r"压缩至|压缩到|缩短至|降至|降低至|降低到|控制在", "附属设施用地规模控制在项目用地规模的10%以内"),
    ("forbidden", MUST_NOT_PASS + "|" + MUST_NOT_FALL, "售价不得高于县城同类商品平均售价的110% (session 18)"),
    ("limit", r"不超过|不高于|不大于|不低于|不少于|不小于", "有效容积不小于最大单套装置事故排水量的1.5倍 (不小于 / 不大于: session 18)"),
)
SHARE_OF_BASE = re.compile(r"(?P<name>[^,;。]{2,30}?)(?P<verb>" + one_of(SHARE_VERBS) + r")(?P<base>[^,;。为]{2,24}?)的?$")
