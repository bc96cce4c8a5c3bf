"""A government budget named after its payer: 「县财政2026年安排农村人居环境整治专项资金2800万元」 — the payer, its
year or rhythm and the verb of budgeting are no part of the fund's name, and the verb of the fund's purpose inside the
name is (「老旧小区改造专项资金」, 「基层医疗卫生服务能力提升专项资金」: every label of rounds 16–20 names the fund whole —
yuanping 17a, yuanxi 17d, tingzhou 18b, zhixi 19a, tanqiao 19b, tangxi 19c, xiling 20a, yuwan 20b)."""

from __future__ import annotations

from .. import rx as re

from .tables import one_of

# A payer (a level of government, its treasury), the year, span of years or rhythm of the budget, and the verb that
# budgets, before the fund's name closing the name: (name, pattern, example)
PAYER_BUDGETS = (
    (
        "payer_budget",
        r"(?:20\d\d年度?)?(?:省|市|县|区|自治区)(?:级|本级)?(?:财政)?"
        r"(?:20\d\d(?:—|-|–|至)20\d\d年|20\d\d年度?|(?:[一二两三四五]|\d)年(?:内|间)?)?(?:每年|年度|首期|当年)?(?:统筹|另行|累计)?(?:安排|投入|筹集)"
        r"(?=[^,;。、的]*?(?:资金|经费|基金|资金池)$)",
        "县财政2026年安排农村人居环境整治专项资金2800万元 / 省级财政投入地质勘查资金2.8亿元 / 市级统筹安排资金2000万元 / 市财政2026—2028年每年安排提振消费专项资金不少于1.5亿元 / 省级财政三年统筹安排专项资金3.6亿元 (a count of years, session 25: round 61b)",
    ),
)
PAYER_BUDGET = re.compile(one_of(PAYER_BUDGETS))
# The head of a fund's name, after the verb of its purpose: (name, pattern, example)
FUND_HEADS = (("fund_head", r"(?:专项)?(?:资金|经费)|(?:引导|投资|产业)?基金|资金池", "老旧小区改造专项资金 / 背街小巷长效管理以奖代补资金"),)
FUND_HEAD = re.compile(one_of(FUND_HEADS))
FUND_END = re.compile("(?:" + one_of(FUND_HEADS) + ")$")
# Verbs that act on a fund — budget, raise, pay it out — rather than name its purpose: the name starts after them.
# (name, pattern, example)
FUND_VERBS = (
    ("budget_or_raise", r"安排|投入|筹集|统筹|设立|设置|组建|成立|建立|争取|撬动|带动|吸引|募集|追加|新增", "各地安排改造专项资金 → 改造专项资金"),
    ("pay_out", r"拨付|下达|发放|兑现|落实|整合|使用|用好|提供", "及时拨付奖补资金"),
)
FUND_VERB = re.compile(one_of(FUND_VERBS))


def budget_cut(name: str) -> int:
    """The characters of a payer's budget opening ``name`` (PAYER_BUDGETS), 0 where none opens it:
    「省级财政2026年安排退役军人就业创业专项资金」 → 10, the fund's name after it."""
    m = PAYER_BUDGET.match(name)
    return m.end() if m else 0


def purpose_kept(name: str, cut: int) -> int:
    """``cut`` (where a verb cut ``name``) moved back before a verb that names a fund's purpose: when a fund's name is
    left after it (「老旧小区改造|专项资金」, 「安排促进|消费专项资金」), the name starts after the last verb acting on the fund
    (FUND_VERBS), or at its start."""
    if not cut or not FUND_END.search(name, cut) or FUND_VERB.search(name, max(0, cut - 2), cut):
        return cut
    last = None
    for last in FUND_VERB.finditer(name, 0, cut):
        pass
    return last.end() if last else 0
