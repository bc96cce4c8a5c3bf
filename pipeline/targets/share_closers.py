"""A share of a base applied to a thing named before 按, the clause closing on the verb that applies it: 「竞买保证金按
出让起始价的20%收取」 → 竞买保证金, 「创新券按服务合同金额的50%抵扣」 → 创新券 (amount; TARGET_LABELING.md, indicator: the
thing the value sizes). standard.py reads this form only where the name is a fee word (费 / 租金 / 价格 …) and the verb one
of its applying verbs; session 19 (dev rounds 1–36): over the labels of the form 「NAME按BASE的N%VERB」 closing the clause,
29 were read right, and the 6 missed and 2 inexact all named the thing before 按 — a voucher (数据券 33a, 创新券 19b), a
service (机构护理 19c), a good (包装材料 14a), a pay (岗位补贴 23b), a total (绩效工资总量 20b); no such clause was unlabelled."""

from __future__ import annotations

from .. import rx as re

from . import indicator as nouns
from .found import strip_fillers
from .names import trim
from .tables import one_of

# The verbs that apply a share to its base and close the clause, after an optional 予以 / 给予 and a manner adverb.
# (name, pattern, example)
SHARE_APPLIERS = (
    ("charged_or_paid", r"收取|支付|缴纳|结算|计征|计发", "竞买保证金按出让起始价的20%收取 / 机构护理按床日费用的70%予以支付"),
    ("deducted", r"抵扣|抵减|抵免|抵用", "创新券按服务合同金额的50%抵扣"),
    ("set_or_granted", r"确定|核定|核拨|拨付|执行|落实|供应|给予|发放", "包装材料按成本价的60%供应 / 岗位补贴按当地最低工资标准的60%给予"),
)
SHARE_CLOSED = re.compile(r"(?:左右|以内)?(?:予以|给予)?(?:据实|足额|统一)?(?:" + one_of(SHARE_APPLIERS) + r")(?=[,;。]|$)")
# 按 and the base of the share, right before the value, the fillers before 按 left out of the name.
BY_BASE = re.compile(r"(?:可|应|须|要|均|统一|一律|原则上)*(?:按照|按)(?:其|不高于|不低于|不超过)?[^,;。按]{1,24}的$")
# Who pays or who is paid, named before 按, is no thing sized: a level of government or its finance, a body, a recipient
# (standard.RECIPIENT_SHARES reads a recipient's share). (name, pattern closing the name, example)
NOT_SIZED = (
    ("payer", r"(?:财政|政府|部门|[省市县区镇乡村]级|各地|乡镇|街道)$", "省级财政按实际支出的50%核拨"),
    ("party", r"(?:企业|单位|机构|人员|人才|个人|主体|家庭|农户|学校)$", "中小微企业按上年度实际缴纳失业保险费的60%返还"),
)
NOT_NAME = re.compile(one_of(NOT_SIZED))
DIGIT = re.compile(r"\d")


def share_closed(clause: str, head_start: int, value: re.Match[str], value_end: int) -> tuple[str, int, int] | None:
    """("standard", start, end) of the thing named before 按 (clause offsets) when the share after it closes its clause on an
    applying verb (SHARE_APPLIERS); None otherwise."""
    if value["unit"] != "%" or not SHARE_CLOSED.match(clause, value_end):
        return None
    head = clause[head_start : value.start()]
    if not (by := BY_BASE.search(head)):
        return None
    offset, name = strip_fillers(head[: by.start()])
    if "的" in name:  # 「县级统一设计的包装材料」 → 包装材料
        offset, name = offset + name.rindex("的") + 1, name[name.rindex("的") + 1 :]
    name = name.rstrip()
    if len(name) < 2 or DIGIT.search(name) or NOT_NAME.search(name):
        return None
    cut = trim(name, known_only=True)  # (a verb opening a noun stays: 竞买保证金, 创新券)
    if len(name) - cut < 2:
        return None
    return "standard", head_start + offset + cut, head_start + offset + len(name)


# A share of a base that sizes what is set aside or staffed, named after the verb: 「施工单位须按合同价款的3%预留质量保证金」
# → 质量保证金 (amount). Session 19 (dev rounds 1–36): the 6 labels of the form (fenghe 20a, lanzhou 18b, lichuan 21c, lujiang
# 17d, pulan 17c, tiaoping 23a) all name the thing after the verb; 5 were missed and 1 read as a goal named by the payer,
# none unlabelled (patterns.SUPPORT_VERB reads 列支 and a 比例's 配备 already). (name, pattern, example)
SET_ASIDE_VERBS = (
    ("reserved_or_drawn", r"预留|提取|计提|提留|计取", "按合同价款的3%预留质量保证金 / 按照职工工资总额的1.5%足额提取职工教育经费"),
    ("staffed", r"配备|聘请|聘用|配置", "按照参赛人数的2%配备医护人员 / 按教职工编制总额的20%以内聘请兼职教师"),
)
SET_ASIDE = re.compile(r"(?:左右|以内)?(?:的比例)?(?:据实|足额|统一)?(?:" + one_of(SET_ASIDE_VERBS) + ")")
BY_BASE_OR_LIMIT = re.compile(r"(?:按照|按)(?:其|不高于|不低于|不超过)?[^,;。按]{1,24}?的?$")


def share_set_aside(clause: str, head_start: int, value: re.Match[str], value_end: int) -> tuple[str, int, int] | None:
    """("share", start, end) of the thing set aside or staffed named after the verb (clause offsets) when a share of a base
    after 按 sizes it (SET_ASIDE_VERBS); None otherwise."""
    if value["unit"] != "%" or not (verb := SET_ASIDE.match(clause, value_end)) or not BY_BASE_OR_LIMIT.search(clause, head_start, value.start()):
        return None
    skip, length = nouns.noun_after(clause[verb.end() :])
    if length - skip < 2:
        return None
    return "share", verb.end() + skip, verb.end() + length
