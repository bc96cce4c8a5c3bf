"""Money set for each head, mu, tree or person by a verb that sets or raises it (为, 提高到, 调整为 … right before 每 and a
measure word): a rate each beneficiary or each insured item is paid or covered at, an amount (TARGET_LABELING.md,
"amount": a parameter of support, what one beneficiary gets; "Money per place follows the support rules").

Session 21, counted over the labels of every development round (1–48, the written forms and the real notices): of the 37
labels of money right after 每 + a measure word (and a 每 + period) with 为 / 提高到 / 提升到 / 调整为 … before it, in 19 notices of
rounds 13–48, 36 are amounts (heldout14a's 低保 and subsidy standards, 17c, 19a, 20b, 21b, 30a, 35a, 36b, 38a, 39b ×3, 42b …) and
one a goal (heldout16b's 「城乡居民基础养老金最低标准提高到每人每月260元」, a pension floor of the territory, already read as an amount by
its 标准). Read as goals before: the insured sums of three notices of three writers (qitang 48b 「保险金额为每头1500元」, shuchuan
40b 「保险金额提高到每亩1200元」, yining 38b 「奶牛养殖保险保额提高到每头1.2万元」) and qishan 43a's maintenance grant raised
「提高到每株每年600元」. 达到 is left out: a level the territory reaches (heldout24a 「城乡低保标准分别达到每人每月1050元」, two goals).
A sum in 亿 is a total, never one item's rate."""

from __future__ import annotations

from .. import rx as re

from .tables import one_of

# (name, pattern closing the words before the value, example)
UNIT_RATES = (
    (
        "rate_set_per_unit",
        r"(?:为|提高到|提高至|提升到|提升至|增加到|增加至|上调到|上调至|调整为|调整到|调整至)"
        r"每(?:[头亩株人户只辆套吨座处台张床位]|人次|平方米|立方米|公里|千瓦时?)(?:每(?:年|月|日|天|季度|周|餐|次))?$",
        "能繁母猪保险金额为每头1500元 / 保险金额提高到每亩1200元 / 一级古树养护补助提高到每株每年600元",
    ),
)
UNIT_RATE = re.compile(one_of(UNIT_RATES))


def unit_rate(head: str, unit: str | None) -> bool:
    """Whether the value is money (not in 亿) set or raised for each head, mu or person (UNIT_RATES); ``head`` is the words before it."""
    money = unit or ""
    return money.endswith("元") and not money.startswith("亿") and UNIT_RATE.search(head) is not None
