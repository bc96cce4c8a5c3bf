"""Rates set by a standard: the thing sized is named before 按 (「家庭医生签约服务费按每人每年不低于50元标准
收取」 → 家庭医生签约服务费), or grades listed with their rates before one support (「按照C级每户1.5万元、
D级每户3万元的标准给予补助」 → C级补助, D级补助)."""

from __future__ import annotations

from .. import rx as re

from . import indicator as nouns
from .found import FoundTarget, renamed, strip_fillers
from .names import trim
from .patterns import PUBLICITY_WORD
from .share_closers import share_closed, share_set_aside
from .standard_deeds import LEVY_VERBS
from .tables import one_of
from .tail import Ending
from .values import VALUE

# What follows a rate set for a thing named before 按: the verb applying the standard, or who bears it.
# (name, pattern after the value, example)
STANDARD_APPLIED = (
    ("applied", r"(?:的)?(?:标准)?(?:收取|落实|执行|计发|核拨|拨付|确定|计征|筹集|核定|(?:予以)?保障|" + LEVY_VERBS + ")", "乡村医生基本公共卫生服务补助按每人每月不低于600元落实 / 家庭医生签约服务费按每人每年120元标准筹集 (筹集: round 21, yuwan 20b) / 基本运行补助按每个村卫生室每年2万元核定 (核定, 保障: session 23) / 工程质量保证金按工程价款结算总额的1.5%预留 (a levy or a deposit kept, session 23 after round 54's blind score: lanche 49a, hancheng 52a, gengyang 54c twice were missed)"),
    ("standard_closing", r"(?:的)?标准(?=[,;。]|$)", "巡查员工作补贴按每人每月1200元标准 (session 23)"),
    # (session 24, after round 56's blind score: who bears it named before 按 — 「体检费用由县财政按每人40元标准承担」, ruitang 56a,
    # 「诊断服务费用由市财政按每家企业不超过3万元的标准支付」, rounds 53a and 54a — had been named 标准 or kept the payer)
    ("borne_after_payer", r"(?:的)?(?:标准)?(?:承担|分担|负担|支付|列支)(?=[,;。]|$)", "体检费用由县财政按每人40元标准承担"),
    ("borne_by", r"(?:的)?(?:标准)?(?:由|从)[^,;。]{1,16}?(?:共同)?(?:承担|分担|负担|列支|支付)", "运维经费按每吨水0.8元标准由县乡两级财政共同承担"),
)
APPLIED = re.compile(one_of(STANDARD_APPLIED))
# What a standard sizes for each: a fee, a pay or a support (「…按每人每月不低于600元落实」 after 县级财政 names
# who pays, not what is paid). (name, pattern closing the name before 按, example)
SIZED_BY_STANDARD = (("fee_pay_or_support", r"(?:费|费用|经费|补助|补贴|资金|报酬|薪酬|工资|津贴|奖励|奖补|租金|价格?|保费|额度|税|保证金|使用金|调节金)$", "家庭医生签约服务费按每人每年不低于50元标准收取 / 检测费用按收费标准的50%收取"),)
SIZED = re.compile(one_of(SIZED_BY_STANDARD))
# (who pays may stand between, 「…费用由县财政按每座4万元标准予以保障」; the base counted per head too, 「按服务常住人口每人每年12元」)
BY_STANDARD = re.compile(r"(?:由[^,;。按\d]{1,8}?)?(?:按照|按)(?:[^,;。、\d每按]{1,8}?(?=每))?(?:每[^,;。、\d]{1,6}?)*(?:不低于|不少于|不超过|最高)?$")


# Where the sentence names only the recipient, the recipient: a share given back or granted by a bare verb
# closing the clause (「中小微企业按上年度实际缴纳失业保险费的60%返还，大型企业按30%返还」 → 中小微企业, 大型企业;
# TARGET_LABELING.md, indicator). (name, pattern after the value, example)
RECIPIENT_SHARES = (("bare_support_verb", r"(?:返还|补贴|补助|奖励|资助)(?=[,;。]|$)", "中小微企业按上年度实际缴纳失业保险费的60%返还"),)
RECIPIENT_SHARE = re.compile(one_of(RECIPIENT_SHARES))
BY_SHARE = re.compile(r"(?:按照|按)(?:其|不高于|不低于|不超过)?(?:[^,;。按]{1,24}的)?$")
RECIPIENT = re.compile(r"(?:企业|单位|机构|人员|人才|个人|主体|家庭|农户)$")
# (what follows the value, what stands before it from 按, what the name before 按 ends with)
# (a share of a base applied to a fee named before 按 is the third: 「租金按市场评估价的70%收取」 → 租金)
STANDARD_FORMS = ((APPLIED, BY_STANDARD, SIZED), (RECIPIENT_SHARE, BY_SHARE, RECIPIENT), (APPLIED, BY_SHARE, SIZED))


# …and where nothing sized is named before 按, the fee the base is of: 「第4年至第5年按市场租金的50%收取」 → 租金.
# (name, pattern closing the base, example)
BASE_FEES = (("fee_of_base", r"(?:租金|服务费|价格)(?=的$)", "第4年至第5年按市场租金的50%收取"),)
BASE_FEE = re.compile(one_of(BASE_FEES))


def named_before_standard(clause: str, head_start: int, value: re.Match[str], value_end: int) -> tuple[str, int, int] | None:
    """("standard", start, end) of the thing named before 按 (clause offsets) when the value's standard is
    applied after it (STANDARD_APPLIED), or of the recipient named before 按 (RECIPIENT_SHARES) — read in the
    clause from its start where a target before took the name (「前2年租金按市场价的50%收取」); None otherwise."""
    for start in dict.fromkeys((head_start, 0)):
        head = clause[start : value.start()]
        for after, before, named in STANDARD_FORMS:
            if after.match(clause, value_end) and (by := before.search(head)):
                offset, name = strip_fillers(head[: by.start()])
                if len(name) >= 2 and named.search(name):
                    return "standard", start + offset + trim(name, known_only=True), start + offset + len(name)
    head = clause[head_start : value.start()]
    if APPLIED.match(clause, value_end) and (by := BY_SHARE.search(head)) and (fee := BASE_FEE.search(head, by.start())):
        return "standard", head_start + fee.start(), head_start + fee.end()
    if value["unit"] in PUBLICITY_UNITS and (published := PUBLICITY_HEAD.search(head)):
        return "standard", head_start + published.start(), head_start + published.end()
    return share_closed(clause, head_start, value, value_end) or share_set_aside(clause, head_start, value, value_end)  # any thing sized, the clause closing on the applying verb


# How long each case is published, wherever it is published (「资格审核结果在政府网站公示7天」, 「名单在村务公开栏公示5个工作日」):
# a standard named 公示 (TARGET_LABELING.md: 「审核结果在网站公示7天」 → 公示 7 天 equal). Session 13: three such labels of three
# writers (fengwan, lichuan, songjiang) were found by no rule unless 审核 or 认定 stood before. (name, pattern, example)
PUBLICITY_HEADS = (("published_for", PUBLICITY_WORD + r"(?=(?:不少于|不低于|为)?$)", "资格审核结果在政府网站公示7天 / 并向社会公示不少于15天"),)
PUBLICITY_HEAD = re.compile(one_of(PUBLICITY_HEADS))
PUBLICITY_UNITS = frozenset({"天", "日", "个工作日", "工作日"})


# A grade named before its rate in a list of rates, after 按(照) or 、: (name, pattern, example)
GRADE_RATES = (("grade_then_each", r"(?:按照|按|、)(?P<grade>(?!最|不|约|超)[^,;。、\d每按照的]{1,6}?)(?:每[^,;。、\d]{1,4}?(?:每年|每月)?)?$", "按照C级每户1.5万元、D级每户3万元的标准给予补助 / 按照国家级10万元、省级5万元的标准给予奖励 (the per-unit word may be left out; a limit word is no grade: 「…的30%、最高800万元的标准」)"),)
GRADE_RATE = Ending(one_of(GRADE_RATES))
NEXT_RATE = re.compile(r"、[^,;。、\d每]{1,6}?(?:每[^,;。、\d]{1,4}?(?:每年|每月)?)?(?=\d)")
STANDARD_GIVEN = re.compile(r"的?标准,?(?:给予|安排|发放|拨付)")


def graded_rate(clause: str, head_start: int, value: re.Match[str]) -> tuple[str, int, int, str] | None:
    """("graded", start, end, support) of the grade a listed rate is for and the support all the rates
    size, named after 「…的标准给予」; None when the value is no such rate."""
    if not (grade := GRADE_RATE.search(clause, head_start, value.start())):
        return None
    end = value.end()
    while (link := NEXT_RATE.match(clause, end)) and (following := VALUE.match(clause, link.end())) and following.group():
        end = following.end()
    if not (given := STANDARD_GIVEN.match(clause, end)):
        return None
    skip, length = nouns.noun_after(clause[given.end() :])
    if not length:
        return None
    return "graded", grade.start("grade"), grade.end("grade"), clause[given.end() + skip : given.end() + length]


# Session 17: a rate read as a grade's that no other rate is listed with is no grade: what stands between 按 and the rate is
# the base it is counted on — a per-head word (生均), a reckoning (年化), the measure paid by (开放草坪面积 每平方米) — and the
# support after 「的标准给予」 is the name alone. All rounds' labels: the 6 single rates of 6 notices (chengshui 40b, chuyang
# 34a, meichong 25b, tanlan 32b, yanxun 29b, yizhou 31a) name the support alone; the 10 listed grades of 4 notices
# (fengling, qingling, weiyuan, yaochuan) keep theirs. (name, pattern before the lone rate's base, example)
LONE_RATES = (("base_of_lone_rate", r"(?:按照|按)$", "各区按生均每年不低于20元的标准安排研学实践经费 → 研学实践经费"),)
LONE_RATE = Ending(one_of(LONE_RATES))


def lone_grade_left_out(folded: str, target: FoundTarget) -> FoundTarget:
    """``target`` named by its support alone where it was read as a grade's rate (graded_rate) with no other rate listed
    (LONE_RATES); unchanged otherwise."""
    if target.rule != "graded" or NEXT_RATE.match(folded, target.end) or not LONE_RATE.search(folded, max(0, target.start - 2), target.start):
        return target
    base = 0
    while base < len(target.indicator) and folded.startswith(target.indicator[: base + 1], target.start):
        base += 1
    return renamed(folded, target, target.indicator[base:]) if len(target.indicator) - base >= 2 else target
