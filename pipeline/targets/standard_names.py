"""The name of a standard each firm or office must meet leaves the owner out: the measure is the thing
limited, the firm or office is who meets it (TARGET_LABELING.md, indicator: 「供热企业燃煤储备量不低于15天用量」
→ 燃煤储备量, as 「每个中心建筑面积」 → 建筑面积). Round 16: 5 labels of 4 notices by 3 writers
(zeyuan 12a, zeling 14a, lanxi 15a) read it so; goals keep their owner (规模以上工业企业数字化改造覆盖率)."""

from __future__ import annotations

from .. import rx as re
from dataclasses import replace

from .found import FoundTarget
from .patterns import AMOUNT_CUES
from .tables import one_of

# The owner opening a standard's name: (name, pattern, example)
OWNERS_OF_STANDARDS = (
    ("firm_or_office", r"^[^,;。\d的、]{1,10}?(?:企业|机构)(?![的和及、与])(?=[^,;。\d]{2,}$)", "供热企业燃煤储备量不低于15天用量 → 燃煤储备量 / 县级推广机构专业技术人员占比不低于80% → 专业技术人员占比"),
    # a facility, site or team (round 21: 37 labels of rounds 16–20 by 9 writers — meijiang, qingping 16a, cuiling 16b,
    # yuanping 17a, zhangyuan 17b, lichuan 17c, yuchuan 18a, lanzhou 18b, tanqiao 19b, fenghe, xiling 20a, yuwan 20b — leave the
    # facility out of the measure it must have; a bare measure keeps it, as after 每个: 服务站面积; and the verb of equipping after it,
    # xiling 20a ×2: 「街巷设置垃圾分类收集点不少于1处」 → 垃圾分类收集点)
    ("facility_owner", r"^[^,;。\d的、]{0,10}?(?:卫生院|卫生室|化验室|次中心|服务站点|站点|服务站|冷库|储备库|厕所|小区|项目区|可采区|示范片|示范村|街巷内?|团队|培训班)(?:应)?(?:设置|配备|配置|设有|建有)?(?![的和及、与])(?!城区|城市|农业|改造|建设|整治)(?=[^,;。\d]{2,}$)", "乡镇卫生院业务用房建筑面积原则上不少于1500平方米 → 业务用房建筑面积 / 家庭医生团队签约服务人数原则上不超过2000人 → 签约服务人数 / 冷链服务站冷藏容量不少于50立方米 → 冷藏容量"),
)
OWNER_OF_STANDARD = re.compile(one_of(OWNERS_OF_STANDARDS))
SUPPORT = re.compile(one_of(AMOUNT_CUES))
# …and the guarantor charging a support's fee rate, with whom it charges (对…): the rate is the name, as every label
# of 担保费率 reads it (round 17: qingping 16a, cuiling 16b). (name, pattern, example)
PROVIDERS_OF_RATES = (
    ("guarantor", r"^[^,;。\d的、]{1,14}?(?:担保机构|担保公司)(?:对[^,;。\d的]{1,10}?)?(?=担保费率$)", "县融资担保公司对文旅项目担保费率不高于1% → 担保费率"),
)
PROVIDER_OF_RATE = re.compile(one_of(PROVIDERS_OF_RATES))


# …and the facility each standard is set for, after 每个 / 每支 / 每条, where the per word took only part of it
# (「每个基地实训工位不少于300个」 read 基地实训工位, 「每个助餐点日供餐能力」 点日供餐能力): the measure is the name. A bare
# measure keeps its owner (「每个服务站面积不少于50平方米」 → 服务站面积, 「每支队伍人数不少于30人」 → 队伍人数). Round 18: zhangyuan 17b, lichuan 17c, fengwan,
# lujiang, yuanxi 17d. (name, pattern on the words from 每 through the name, example)
EACH_OWNERS = (
    ("owner_after_each", r"每(?:个|支|条|家|座|所|处|栋)[^,;。\d每]{0,6}?(?:基地|站点|点|站|队伍|街区|联合体|园区|楼宇|集聚区|产业园|示范区|生活圈)内?(?=[^,;。\d]{2,}$)", "每个基地实训工位不少于300个 → 实训工位 / 每支队伍队员不少于20人 → 队员 / 每个集聚区夜间营业商户不少于50家 → 夜间营业商户 (round 19: zones, facility_kinds.ZONE_STANDARDS)"),
)
EACH_OWNER = re.compile(one_of(EACH_OWNERS))
# A spacing keeps what is spaced: the stations of 「站点间距」 are no owner of it (session 18: caowan 42b, tingyu 44a — 2 of 2; as
# standard_holders reads 间距, whose labels of all rounds keep what stands before it). (name, pattern on the rest, example)
SPACINGS = (("spacing", r"(?:平均)?间距", "站点间距原则上不小于500米 → 站点间距"),)
SPACING = re.compile(one_of(SPACINGS))
BARE_MEASURES = frozenset({"面积", "规模", "数量", "人数", "人员", "成员", "容积"})  # 成员: round 23, qinxi 22a 「每支团队成员不少于5人」


def _owner_after_each(folded: str, target: FoundTarget) -> FoundTarget:
    """``target`` named by its measure alone where the facility after a per word opens its name (EACH_OWNERS)."""
    end = target.start + len(target.indicator)
    if folded[target.start : end] != target.indicator or not (each := EACH_OWNER.search(folded[max(0, target.start - 8) : end])):
        return target
    cut = max(0, target.start - 8) + each.end()
    if cut <= target.start or folded[cut:end] in BARE_MEASURES:
        return target
    return replace(target, indicator=folded[cut:end], start=cut)


def owner_left_out(folded: str, target: FoundTarget) -> FoundTarget:
    """``target`` without the owner opening its name (OWNERS_OF_STANDARDS, EACH_OWNERS) when it is a standard under a limit
    word that names no support; unchanged otherwise."""
    # (a name written after its value is what the value sizes, whole: 「不少于20人的中小企业服务团队」 keeps its firm)
    if target.kind != "amount" or target.rule == "value_first" or target.comparator not in ("at_least", "at_most"):
        return target
    if not SUPPORT.search(target.indicator) and (each := _owner_after_each(folded, target)) is not target:
        return each
    if not (owner := PROVIDER_OF_RATE.match(target.indicator)) and (SUPPORT.search(target.indicator) or not (owner := OWNER_OF_STANDARD.match(target.indicator))):
        return target
    name = target.indicator[owner.end() :]
    if name in BARE_MEASURES or SPACING.fullmatch(name):
        return target  # 「服务站面积不少于50平方米」: a bare measure keeps its owner; 「站点间距」 what is spaced
    start = folded.find(name, target.start, target.end)
    return replace(target, indicator=name, start=start) if start >= 0 else target


# How often each asset or user must be inspected is a standard, an amount named by the inspection: (name,
# pattern on the target's text, example). Round 16: lanxi 15a, tuanchuan 15a, muchuan 15b (4 labels; no label of
# rounds 1–15 reads such a count a goal — a government's 专项检查 or 应急演练 names no inspection of its own assets).
PERIODIC_CHECKS = (
    ("periodic_check", r"每(?:周|月|季度|半年|年)(?:至少)?(?P<check>(?:入户)?(?:巡检|安检|巡查))(?:不少于|不低于|至少)?(?=\d|[一两])", "燃气管道每周巡检不少于2次 / 每台设备每月至少巡检1次 → 巡检"),
    ("same_check_again", r"^[^,;。\d]{0,8}每(?:周|月|季度|半年|年)(?:不少于|不低于|至少)(?=\d|[一两])", "居民用户每年入户安检不少于1次，非居民用户每半年不少于1次 → 入户安检 (the check named before)"),
)
PERIODIC_CHECK = re.compile(PERIODIC_CHECKS[0][1])
CHECK_AGAIN = re.compile(PERIODIC_CHECKS[1][1])
CHECK_UNITS = frozenset({"次"})


def periodic_check(folded: str, target: FoundTarget, previous: FoundTarget | None) -> FoundTarget:
    """``target`` read as an inspection's frequency (PERIODIC_CHECKS) where it is one; unchanged otherwise."""
    if target.unit not in CHECK_UNITS or target.comparator != "at_least":
        return target
    text = folded[target.start : target.end]
    before = max(0, target.start - 6)  # 「每年」 may stand before the span: 「每年入户安检不少于1次」
    if check := PERIODIC_CHECK.search(folded, before, target.end):
        return replace(target, indicator=check.group("check"), kind="amount", start=max(target.start, check.start("check")))
    if previous is not None and previous.unit in CHECK_UNITS and previous.indicator.endswith(("巡检", "安检", "巡查")) and CHECK_AGAIN.match(text) and "。" not in folded[previous.end : target.start]:
        return replace(target, indicator=previous.indicator, kind="amount")
    return target


# Hours of training each person must take are a standard, an amount named by the training (every 学时 label of rounds
# 1–16, 9 of them by 6 writers, reads so): who takes it, 全年 / 每年, and 参加 / 接受 are no part of the name.
# (name, pattern on the name's opening, example)
TRAINING_HOURS = (
    ("trainee_and_verb", r"^(?:[^,;。\d的]{0,8}?(?:人员|学员|教师|医师)(?:全年|每年)?)?(?:参加|接受)?(?=[^,;。\d]{2,10}$)", "每名参训人员全年培训学时不少于16学时 → 培训学时 / 急救人员每年接受继续医学教育不少于40学时 → 继续医学教育"),
)
TRAINING_HOUR = re.compile(one_of(TRAINING_HOURS))
TRAINING_UNITS = frozenset({"学时"})


def training_hours(folded: str, target: FoundTarget) -> FoundTarget:
    """``target`` as an amount named by the training where it counts hours of training (TRAINING_HOURS)."""
    if target.unit not in TRAINING_UNITS or target.comparator not in ("at_least", "equal"):
        return target
    cut = m.end() if (m := TRAINING_HOUR.match(target.indicator)) else 0
    name = target.indicator[cut:]
    start = folded.find(name, target.start, target.end) if cut else target.start
    return replace(target, indicator=name, kind="amount", start=start if start >= 0 else target.start)


# A standard's name holding a verb of equipping: what is equipped is the name, never the verb and who equips before it
# (TARGET_LABELING.md, indicator: "a noun phrase and never the verb"; no label name of rounds 1–22 holds 配备 / 配置 but a rate's
# or a count's own: 「AED配置数量」). Round 23: qinxi 22a 「乡镇农产品质量安全监管站配备检测人员不少于2名」 → 检测人员.
# (name, pattern on the amount's name, example)
EQUIPPED_NAMES = (
    ("holder_equips", r"^[^,;。\d]{2,}?(?:应当?|须|要)?(?:配备|配置)(?=[^,;。\d]{2,}$)(?![^,;。\d]*(?:率|比例|占比|数量|数)$)", "乡镇农产品质量安全监管站配备检测人员不少于2名 → 检测人员 / 社区卫生服务中心配置救护车不少于1辆 → 救护车"),
)
EQUIPPED_NAME = re.compile(one_of(EQUIPPED_NAMES))


def equipped_named(folded: str, target: FoundTarget) -> FoundTarget:
    """``target`` named by what is equipped where a holder and its verb of equipping open its name under a limit (EQUIPPED_NAMES)."""
    if target.comparator not in ("at_least", "at_most") or not (m := EQUIPPED_NAME.match(target.indicator)):
        return target
    name = target.indicator[m.end() :]
    start = folded.find(name, target.start, target.end)
    return replace(target, indicator=name, start=start) if start >= 0 else target
