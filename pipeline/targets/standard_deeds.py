"""The deed a money rate is applied by: 「按每X N元的标准 + verb + object」 — a rate per item set as a standard, then
what is paid, bought or given with it (「按每课时200元的标准支付讲课费」 → 讲课费, 「按每名保洁员每年300元的标准统一购买
意外伤害保险」 → 意外伤害保险). The object of the verb right after 「…元的标准」 is what the rate sizes, whatever the verb:
the writer names the thing paid after the verb, and the per-item words between 按 and the value (每课时, 每家企业) only
say what the rate is counted on. patterns.SUPPORT_VERB lists the verbs read before (给予, 发放, 安排 …); this reads the
position instead, and support_verb_end serves both readers of a support's object (after_value, support).

Session 19: dev labels of the construction (rounds 1–36) whose verb SUPPORT_VERB did not list: 支付 课酬 (32b), 购买
诊断服务 (26a), 统一购买 人身意外伤害保险 (36a) name the object; 计入工作量并给予课时补贴 (29b) names the object of the
support verb joined by 并; 补助粪污收集池建设 (17b), a support word as the verb, names the verb (补助): 6 labels of 6 notices
(rounds 17b, 26a, 29b, 32b, 35b, 36a), all turned exact, none of the 104 labels of the construction read right before changed
(dev amounts exact +6, validation +1, no group lost). A preposition in the verb's place (「…的标准向服务机构购买服务」) opens no
deed: read as one, it cost a found label on dev and one on validation.
"""

from __future__ import annotations

from .. import rx as re

from .patterns import SUPPORT_VERB, SUPPORT_VERB_NOUN
from .tables import one_of

# An adverb of manner between the standard and its verb: (name, pattern, example)
DEED_MANNERS = (("manner", r"统一|另行|单独|直接|分别|足额|全额|按时|及时|按月|按年|一次性", "按每名保洁员每年300元的标准统一购买意外伤害保险"),)
# A preposition opens no deed: who is paid or who pays comes first (「…的标准向服务机构购买服务」, 「…的标准由县财政承担」).
PREPOSITIONS = r"[向对为由从给在与按将于把经]"
# The verb right after a money rate's 「的标准」, with an object after it: (name, pattern, example)
STANDARD_DEEDS = (
    ("deed_after_money_standard", r"(?<=元)的?标准(?:" + one_of(DEED_MANNERS) + r")?(?!" + PREPOSITIONS + r")(?P<verb>[\u4e00-\u9fff]{2})(?=[\u4e00-\u9fff])", "按每课时200元的标准支付讲课费 → 讲课费"),
)
STANDARD_DEED = re.compile(one_of(STANDARD_DEEDS))
# …and a verb of paying out after whom it is paid to (session 24, after round 56's blind score: 「…标准向协保员发放工作补贴」,
# rangyuan 56a, had been named 标准). (name, pattern, example)
PAID_DEEDS = (("paid_to_whom", r"(?<=元)的?标准(?:向|为|给)[^,;。\d]{1,10}?(?P<verb>发放|给予|支付)(?=[\u4e00-\u9fff])", "按每人每月300元标准向协保员发放工作补贴 → 工作补贴"),)
PAID_DEED = re.compile(one_of(PAID_DEEDS))
# A share of a base right before a verb that levies or keeps what follows is that object's rate, as a money standard's deed is
# (session 23, after round 54's blind score: 「按合同额的1%存储工资保证金」 yuntang 53c, 「按土地出让价款的20%征缴土地闲置费」
# gengyang 54c — every label so written names the object; the levy or deposit named before 按 is standard.STANDARD_APPLIED's).
# (name, pattern, example)
# The verbs that levy or keep a sum set as a share of a base (standard.STANDARD_APPLIED reads them after a name before 按).
LEVY_VERBS = "征收|征缴|缴纳|缴存|存储|计提|提取|预留|减征"
# (session 24, after round 58's blind score: a sum per unit levied the same way, 「平台企业按每单0.04元缴纳职业伤害保障费」, kelan 58b)
SHARE_DEEDS = (("deed_after_share", r"(?<=[%‰倍元])(?P<verb>" + LEVY_VERBS + r")(?=[\u4e00-\u9fff])", "按土地出让价款的20%征缴土地闲置费 → 土地闲置费 / 按每单0.04元缴纳职业伤害保障费 → 职业伤害保障费"),)
SHARE_DEED = re.compile(one_of(SHARE_DEEDS))
# A support verb joined by 并 after a first deed: the rate sizes what it gives (「…的标准计入工作量并给予课时补贴」 → 课时补贴).
THEN_GIVEN = re.compile(r"[^,;。]{1,16}?并" + r"(?:" + SUPPORT_VERB.pattern + ")")


def support_verb_end(folded: str, position: int) -> int | None:
    """Where the object of the verb at ``position`` begins: after a support verb (patterns.SUPPORT_VERB), or after the deed
    following a money rate's 「的标准」 (STANDARD_DEEDS; past a first deed to the support verb joined by 并, THEN_GIVEN);
    None where neither stands there, or the deed's verb is itself a support word (support_named_by_deed names it)."""
    if verb := SUPPORT_VERB.match(folded, position):
        return verb.end()
    if not (deed := STANDARD_DEED.match(folded, position) or SHARE_DEED.match(folded, position) or PAID_DEED.match(folded, position)) or SUPPORT_VERB_NOUN.match(deed["verb"]):
        return None
    return then.end() if (then := THEN_GIVEN.match(folded, deed.end())) else deed.end()


def support_named_by_deed(folded: str, position: int) -> tuple[int, int] | None:
    """(start, end) of the verb after a money rate's 「的标准」 at ``position`` where it is a support word and an object
    follows (「…的标准补助粪污收集池建设」 → 补助); None otherwise."""
    if (deed := STANDARD_DEED.match(folded, position)) and SUPPORT_VERB_NOUN.match(deed["verb"]):
        return deed.start("verb"), deed.end("verb")
    return None
