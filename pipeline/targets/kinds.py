"""Whether a target is a goal (a commitment of the government) or an amount (a parameter of support
or obligation: what one beneficiary gets or must meet), from its indicator and the words before its
value. The cues are the tables of patterns.py."""

from __future__ import annotations

from .. import rx as re
from dataclasses import replace
from typing import Callable, NamedTuple

from .given_areas import given_area_named
from .item_limits import item_limit
from .shared_limits import limit_shared
from .facility_kinds import continues_standard, each_acted_on, each_unit_standard, facility_each, organisation_equipped, staff_each, staff_equipped, zone_standard
from .event_frames import per_event_standard, retrofit_change
from .found import FoundTarget, strip_fillers
from .carried_standards import each_shift, modal_carried
from .set_up_units import population_budget, set_up_unit, staff_placed
from .frame_kinds import fund_share, government_rhythm, term_set
from .matching_funds import matching_funds
from .measure_kinds import measured_standard
from .moment_names import moment_left_out
from .organisation_kinds import organisation_subject
from .division_nouns import division_noun_quota
from .duty_names import duty_left_out
from .rate_words import PER_RATE
from .time_names import event_left_out
from .name_openers import opener_left_out, scale_left_out
from .provision_names import provision_named
from .per_frames import per_frame_left_out, per_frame_standard, support_after_each
from .period_deeds import period_deed_named
from .per_unit_names import counted_item_left_out, counted_things_named, own_noun_left_out, per_unit_measure
from .place_quotas import periodic_place_quota
from .periodic_duties import counted_event, holder_period, periodic_duty, yearly_standard
from .times_done import served_amount
from .patterns import AMOUNT_BEFORE, AMOUNT_CUES, CHANGE_TO, GOAL_TOTAL, PER_BENEFICIARY, PER_PLACE_QUOTA, SUPPORT_CAP, SUPPORT_END, TIME_UNITS
from .standard import lone_grade_left_out
from .standard_holders import holder_left_out
from .kept_standards import held_in_principle, kept_climate, service_times, undergone
from .standard_names import equipped_named, owner_left_out, periodic_check, training_hours
from .standard_kinds import PUBLICITY_NAME, TIME_VALUE_UNITS, facility_standard, holder_subject, inside_zone, limited_term, per_unit_money, should_meet, spacing_standard, standard_run, works_standard
from .tables import one_of
from .unit_rates import unit_rate
from .caps import capped
from .bare import each_equipped
from .team_sizes import team_members, team_size
from .work_standards import work_standard
from .yearly_selections import yearly_selection

AMOUNT_CUE = re.compile(one_of(AMOUNT_CUES))
# Units that count people or things: a value in them sizes no support unless a limit makes it a cap
# (「每年最多申报2项」).
# A cap named by its attribute alone, right after a support's per-capita amount, is that support's cap
# for one beneficiary: 「合伙创业的可按每人不超过30万元、总额不超过150万元申请」. (name, pattern, example)
BARE_CAPS = (("bare_total", r"总额|总额度|总金额", "每人不超过30万元、总额不超过150万元"),)
BARE_CAP = re.compile(one_of(BARE_CAPS))
# A term named by 期 (not a cycle, 周期) under a limit is what one beneficiary serves or is granted.
# (name, pattern on the indicator, example)
SERVICE_TERMS = (("term", r"(?<!周)期$", "定向培养医学生服务期不少于3年 / 维修期不超过30天"),)
SERVICE_TERM = re.compile(one_of(SERVICE_TERMS))
# A rate of how many are reached is an outcome, even of a support: (name, pattern, example).
OUTCOME_RATES = (
    # (参保率, round 26: all 6 labels of rounds 1–25 are goals — the reference notice, tingyang 14a ×2, zeling 14a, xiuyuan 25a's
    # 「建筑项目按项目参保率保持在100%」, the 按 no support's)
    ("reached_rate", r"(?:保障|覆盖|达标|知晓|参与|满意|落实|享受|可达|参保)率$", "高层次人才安居保障率保持100% / 15分钟步行可达率稳定在95%左右 / 基本医疗保险参保率保持在97%左右"),
    # a loan book's own rates — how much is lent out, how much is overdue or bad — are the fund's or the banks' level, a goal
    # (round 23: songjiang 21's two, every such label of rounds 1–22; the 贷款 in the name is no support)
    ("loan_book_rate", r"(?:贷款|逾期|不良(?:贷款)?)率$", "个人住房贷款率保持在85%以上 / 个人住房贷款逾期率控制在0.3‰以内 / 普惠小微贷款不良率控制在3%以内"),
)
OUTCOME_RATE = re.compile(one_of(OUTCOME_RATES))
# A rate or a share named after a support or a fund, brought to a level by a verb (达到, 保持, 控制在…) and not held under a limit
# word, is the level of the fund or the scheme, a goal: round 26, all 10 such labels of rounds 1–25 are goals, in 7 notices
# (cenzhou 23 「专项维修资金归集率达到98%以上」, lichuan 24a 「…支出占救助资金支出的比重力争达到8%」, qisha, songjiang, congzhou, langchuan,
# longjiang), and all 11 under 不高于 / 不超过 / 不低于 (担保费率, 资金执行率) are amounts. (name, pattern on the indicator, pattern closing
# the words before the value, example)
SUPPORT_RATES_REACHED = (("support_rate_reached", r"(?:率|比重)$", r"(?:达到|保持|保持在|稳定在|控制在)$", "专项维修资金归集率达到98%以上 / 服务类项目支出占救助资金支出的比重力争达到8%"),)
RATE_NAME = re.compile(SUPPORT_RATES_REACHED[0][1])
RATE_REACHED = re.compile(SUPPORT_RATES_REACHED[0][2])
# The share of cases an authority itself inspects (抽查, 检查, 核查) is the government's own task, a goal, even against a base
# (「…不低于申报单位总数的5%」): round 26, 9 of the 10 labels of rounds 1–25 are goals, in 9 notices (daining, danjiang, donggang,
# liyuan, qisha, xiuyuan 25a, yingjiang, yuancheng, zhangyuan); the amount is huaxi 23c's 「每批次产品进场前抽检比例」, each batch's
# standard, which 每 before the name keeps. (name, pattern on the indicator, example)
INSPECTION_SHARES = (("inspected_share", r"(?:抽查|检查|核查)比例$", "对申报信息开展随机抽查，每年抽查比例不低于申报单位总数的5% / 检查比例不低于30%"),)
INSPECTION_SHARE = re.compile(one_of(INSPECTION_SHARES))
EACH_BEFORE = re.compile(r"每(?!年)")
# What each project must build alongside, under a limit, and a limit a beneficiary may be allowed to raise, are
# parameters each one meets or is granted, not levels the government brings about. (name, pattern on the
# words before the value, example)
OBLIGATIONS = (
    ("built_alongside", r"配建[^,;。]{0,10}(?:不低于|不少于|不超过|不高于)$", "新出让的商品住房项目，配建人才住房比例不低于15%"),
    ("may_raise", r"可(?:由[^,;。]{1,8}?)?(?:提高|放宽|上调)(?:至|到)$", "生活服务设施用地面积占比可由7%提高至15%"),
    # standards each facility or person must meet (TARGET_LABELING.md, round 10: 15 labels of 20 read them so)
    ("each_equipped", r"每(?:处|座|所|家)(?:配备|配置|设置|建有|设有)[^,;。]{1,16}?(?:不低于|不少于)$", "重点文物保护单位每处配备专职文物安全员不少于2名: what each site must have (a place's quota, 每个行政村, stays a goal)"),
    # …and each room, floor or building of a site named after its measure word (间, 层, 栋), what it must be equipped with (round 28:
    # tanxi 26a 「民宿每间客房配备灭火器不少于1具」 ×2, read as goals — of the 72 labels of rounds 1–27 of 每 + a measure word + 配备 / 设置 +
    # a floor, 61 are amounts and the 11 goals are each one a quota for a 村, 乡镇, 社区 or 设区市, no room or building)
    ("each_room_equipped", r"每(?:间|层|栋)[^,;。、每\d]{1,8}?(?:配备|配置|设置|安装)[^,;。]{1,16}?(?:不低于|不少于)$", "农家乐每间包厢配备灭火器不少于2具 / 每栋宿舍楼配置自动体外除颤器不少于1台"),
    # …and a ratio each site keeps, so many staff or things for every so many beds, people, vehicles or ports (session 14: all 9 labels of
    # every round so written are amounts, 4 read as goals in 3 notices — tuanchuan 15a, pengyang 36a, fengyang 37a ×2); a ratio per head
    # of the population (每万人口) stays the territory's goal
    ("ratio_equipped", r"每(?:\d+(?:万|千|百)?|[一两二三四五六七八九十百千万]+)(?:名|张|个|辆|人(?!口)|户|间|床|所|人次|平方米)[^,;。每]{0,12}?(?:配备|配置|设置)[^,;。]{0,10}?(?:不少于|至少|不低于)$", "每100张床位配备执业护士不少于3名 / 每50个充电端口配备灭火器不少于2具 / 每1万人配置急救医护人员不少于1组"),
    ("must_provide", r"应(?:当)?(?:设置|配备|配置|建有|设有)(?:不低于|不少于)$", "示范社区应设置不少于100平方米的家政服务站点 / 工作室应当配备不少于5名继承人"),
    ("set_aside", r"(?:划出|留出)(?:不低于|不少于)$", "在公益性公墓中划出不低于30%的区域用于节地生态安葬"),
    ("time_per_period", r"(?:每(?:周|天|日|年)[^,;。]{0,10}?(?:时间|时长)|(?:时间|时长|时段)每(?:周|天|日))(?:累计)?(?:不少于|不低于|不超过)$", "每周开放时间不少于56小时 / 教师每年到企业实践时间累计不少于1个月 / 公益性开放时段每周不少于10小时"),
    ("service_days", r"每(?:周|月)(?:提供|开放|开展)[^,;。]{1,8}?(?:不少于|不低于)$", "每周提供诊疗服务不少于5天: how often each facility must serve (round 14)"),
    ("sustained_time", r"(?:时长|续航时间)(?:原则上)?(?:不少于|不低于)$", "备用电源续航时间不少于12小时 / 储能时长不少于2小时: how long each installation must hold out"),
    ("notice_period", r"(?:公示|公告|征求意见)(?:时间|期)[^,;。]{0,2}(?:不少于|不低于)$", "改造方案公示时间不少于7天"),
    ("emission_limit", r"排放浓度[^,;。]{0,4}?(?:不高于|不超过|低于)$", "改造后氮氧化物排放浓度原则上不高于50毫克/立方米"),
    ("ownership_share", r"产权份额[^,;。]{0,2}(?:不低于|不少于)$", "人才个人产权份额不低于60%"),
    ("may_extend", r"可(?:申请)?延长[^,;。]{0,6}(?:不超过|最长)$", "可申请延长结题时间不超过1年"),
    ("temperature_floor", r"温度[^,;。]{0,2}(?:不低于|不高于|不超过)$", "确保居民室内温度不低于18℃: what each home heated must reach"),
    ("price_shift", r"(?:上浮|下浮)$", "谷段电价在平段电价基础上下浮50% / 补助标准上浮20%: a price or standard moved for whoever pays or gets it"),
)
OBLIGATION = re.compile("(?:" + one_of(OBLIGATIONS) + ")")
# How long a support runs and how long what is granted stays valid, a period after these words (round 23: yuping 22b 「连续支持3年」,
# qinxi 22a 「授权有效期为3年」; 「连续支持5个重点项目」 counts projects). (name, pattern closing the words before the value, example)
SUPPORT_RUNS = (
    ("support_run", r"(?:最长)?连续(?:支持|资助|补助|补贴|奖励|扶持|给予)$|有效期(?:为|是)?(?:自[^,;。]{1,10}?起)?$", "给予每人每年2万元工作经费，连续支持3年 / 授权有效期为3年 / 算力券有效期为自发放之日起12个月"),
)
SUPPORT_RUN = re.compile(one_of(SUPPORT_RUNS))
# The cap of what one beneficiary may get from a relief, a loan or a refund, raised (提高到), is still that support's parameter, not a
# level the government brings about (round 25: all 3 labels of rounds 1–24 of a 限额 / 额度 raised are amounts — lichuan 24a
# 「年度救助限额提高到5万元」, songjiang 21c 「公积金贷款最高额度提高到80万元」, and songjiang's 占比上限, a share's). (name, pattern on
# the indicator, example)
SUPPORT_LIMITS = (("support_limit", r"(?:救助|贷款|报销|支付)(?:最高)?(?:限额|额度)$", "年度医疗救助限额提高到6万元 / 住房公积金贷款最高额度提高到60万元"),)
SUPPORT_LIMIT = re.compile(one_of(SUPPORT_LIMITS))
COUNT_UNITS = frozenset("人 名 家 户 人次 个 项 所 座 处 条 套 张 床 支 台 辆 盏 场 场次 期 届 批次 万人 万人次 万户 万家 万个".split())


def _own_checks(indicator: str, head: str) -> bool:
    """Whether the value is the share of cases an authority itself checks, no 每 before it (INSPECTION_SHARES)."""
    return INSPECTION_SHARE.search(indicator) is not None and EACH_BEFORE.search(head) is None


def _outcome_or_total(indicator: str, head: str, rule: str, unit: str | None, comparator: str | None, share_base: bool) -> bool:
    """A rate of how many are reached (「人才安居保障率保持100%」), a support's sum in 亿 paid out (「发放人才安居
    补贴不少于1.2亿元」), a total the government commits (GOAL_TOTAL): goals."""
    if OUTCOME_RATE.search(indicator) or (RATE_NAME.search(indicator) and RATE_REACHED.search(head)) or _own_checks(indicator, head) or (rule == "support_word" and (unit or "").startswith("亿") and comparator != "at_most"):
        return True
    return rule != "share" and bool(GOAL_TOTAL.search(indicator) or (GOAL_TOTAL.search(head) and not share_base))


class Clause(NamedTuple):
    """What :func:`kind_of` knows of a value: its name, the clause's words before it (``head``; ``stripped``
    without the fillers), the rule that read it, its unit, the limit word and whether a per-unit word stood before it."""

    indicator: str
    head: str
    stripped: str
    rule: str
    unit: str | None
    comparator: str | None
    per: bool


# Tests that make a value a standard or a beneficiary's due — an amount — whatever else the clause says, tried in this
# order: (name, test, example).
STANDARD_TESTS: tuple[tuple[str, Callable[[Clause], object], str], ...] = (
    ("obligation", lambda c: OBLIGATION.search(c.head), "每个水生动物防疫站至少配备2名执业兽医"),
    ("support_period", lambda c: c.unit in TIME_UNITS and SUPPORT_RUN.search(c.head), "授权有效期为3年"),
    ("facility_standard", lambda c: facility_standard(c.indicator, c.head, c.unit, c.comparator), "绿化带宽度原则上不少于15米"),
    ("should_meet", lambda c: should_meet(c.head, c.unit), "配建人才住房比例不低于15%"),
    ("measured_standard", lambda c: measured_standard(c.indicator, c.head, c.comparator), "出水总磷浓度不高于0.5毫克/升"),
    ("facility_each", lambda c: facility_each(c.stripped, c.comparator), "每个驿站建筑面积不少于50平方米"),
    ("staff_each", lambda c: staff_each(c.head, c.unit, c.comparator), "每个驿站配备专职人员不少于2名"),
    ("organisation_equipped", lambda c: organisation_equipped(c.head, c.comparator), "每个设区市应急管理部门配备专业执法人员不少于5名"),
    ("each_acted_on", lambda c: each_acted_on(c.head), "县市场监管局对每个助餐点每年监督检查不少于2次"),
    ("per_unit_support", lambda c: c.per and SUPPORT_END.search(c.indicator), "按每平方米20元给予补贴"),
    ("work_standard", lambda c: work_standard(c.indicator, c.head, c.comparator), "考核权重不低于10%"),
    ("works_standard", lambda c: works_standard(c.stripped, c.unit, c.comparator), "改造后住宅节能率不低于70%"),
    ("spacing", lambda c: spacing_standard(c.head, c.comparator), "每公里城市主干道至少设置3个公交站点"),
    ("inside_zone", lambda c: inside_zone(c.head, c.comparator), "集聚区内品牌首店数量不少于15家"),
    ("holder_subject", lambda c: c.rule != "value_first" and not OUTCOME_RATE.search(c.indicator) and holder_subject(c.head, c.unit, c.comparator), "示范基地专职讲解员不少于4名"),
    ("organisation_subject", lambda c: organisation_subject(c.head, c.unit, c.comparator), "书画爱好者协会每年开展技艺交流活动不少于3次"),
    ("support_limit_changed", lambda c: SUPPORT_LIMIT.search(c.indicator) and CHANGE_TO.search(c.head), "年度救助限额提高到5万元"),
    ("per_unit_money", lambda c: per_unit_money(c.head, c.unit, c.comparator), "污泥处置费按每吨不超过80元收取"),
    ("unit_rate", lambda c: c.per and unit_rate(c.head, c.unit), "保险金额提高到每亩1200元"),
    ("each_equipped", lambda c: c.rule == "bare_value" and each_equipped(c.head), "每个服务区设置母婴室1个"),
    ("item_limit", lambda c: item_limit(c.head), "垃圾处理收费标准原则上每户每年不超过60元"),
    ("limited_term", lambda c: limited_term(c.indicator, c.head, c.unit, c.comparator), "租赁年限不超过10年"),
    ("kept_climate", lambda c: kept_climate(c.indicator, c.unit, c.comparator), "冷库贮藏温度原则上控制在2—6℃"),
    ("held_in_principle", lambda c: c.unit not in COUNT_UNITS and held_in_principle(c.head), "附属用房用地规模原则上控制在项目用地规模的8%以内"),
    ("service_times", lambda c: service_times(c.head, c.unit), "卫生院每年至少为签约独居老人提供2次上门随访"),
    ("undergone", lambda c: undergone(c.head, c.comparator), "每所幼儿园每年至少接受1次卫生评价"),
)


def kind_of(indicator: str, head: str, rule: str, unit: str | None, comparator: str | None, per: bool, verb: str | None) -> str:
    """goal or amount: ``head`` is the clause's words before the value, ``comparator`` / ``per`` /
    ``verb`` what stood right before it (a limit word, a per-unit word, a verb group)."""
    if comparator == "at_most" and SUPPORT_CAP.search(indicator) and (AMOUNT_CUE.search(indicator) or BARE_CAP.fullmatch(indicator)):
        return "amount"  # 「一次性创业补贴总额不超过2万元」: one beneficiary's cap, not a total committed
    share_base = unit in ("%", "倍") and head.endswith("的") and not _own_checks(indicator, head)  # 「…不超过基金规模的20%」, 「不低于当地低保标准的1.3倍」: the base is no total of the target's
    if share_base and comparator in ("at_most", "at_least") and rule == "comparator":
        return "amount"  # 「预付款比例不低于合同金额的30%」: a limit each one must keep, a share of its own base
    clause = Clause(indicator, head, strip_fillers(head)[1], rule, unit, comparator, per)
    if any(test(clause) for _, test, _ in STANDARD_TESTS):
        return "amount"  # what one beneficiary, facility or holder gets, keeps or must meet (STANDARD_TESTS)
    if rule != "share" and CHANGE_TO.search(head) and not SUPPORT_END.search(indicator):
        return "goal"  # 「平均担保费率降至1%以下」: a level brought about
    if _outcome_or_total(indicator, head, rule, unit, comparator, share_base):
        return "goal"  # a total the government commits: 「首期安排3亿元算力券资金」, 专项贷款余额
    if comparator != "at_most" and ((unit in COUNT_UNITS and PER_PLACE_QUOTA.search(head)) or periodic_place_quota(head, unit)) and not AMOUNT_CUE.search(indicator):
        return "goal"  # 「每个行政村至少配备2名灾害信息员」: a quota for each place, not one beneficiary's due; 「每个社区每年至少开展1次反诈宣传」 (place_quotas)
    if comparator in ("at_most", "at_least") and PER_RATE.search(head[-12:]):
        return "amount"  # 「亩均投入不低于3000元」, 「电价每千瓦时不高于0.45元」: a standard each must meet
    if PER_BENEFICIARY.match(stripped := strip_fillers(head)[1]) or (unit in COUNT_UNITS and each_unit_standard(stripped)):
        return "amount"  # 「单个项目投资额不超过…的20%」, 「每支队伍人数不少于30人」: what each one may get, spend or must have; 「每条街巷明确1名“街巷长”」 (EACH_UNIT_STANDARDS)
    if rule in ("bare_value", "list_item", "comparator", "verb_noun") and comparator != "at_most" and not per:
        if (unit or "").startswith("亿"):
            return "goal"  # 「发放消费券2亿元」, 「新增创业担保贷款5亿元以上」: a sum in 亿 is a total, not one beneficiary's
        if unit in COUNT_UNITS:
            return "goal"  # 「扶持创业3000人」, 「资助青年科学基金项目100项」: people or things counted, not a support's size
    if rule in ("share", "returned_share", "standard", "graded", "granted_period") or AMOUNT_CUE.search(indicator) or AMOUNT_BEFORE.search(head[-10:]) or verb == "amount":
        return "amount"
    if unit in TIME_UNITS and comparator in ("at_most", "at_least") and SERVICE_TERM.search(indicator):
        return "amount"  # 「服务期不少于3年」, 「维修期不超过30天」: a term one must serve or is granted
    if (rule == "value_first" and unit in TIME_UNITS) or capped(indicator, head, comparator):  # (unit with its scale: 「万元」)
        return "amount"  # a duration granted: 「提供不少于一年的专属空间支持」; 「班额不超过25人」: a cap each one keeps (caps.CAPS)
    return "goal"


# A count written value first and joined by 和 / 及 / 、 alone to the count before it, in the same unit, is one more object of the same
# verb and shares its kind: 「每家入库企业明确1名县级联系领导和1名服务专员」 → 服务专员 an amount too. Round 26: in all 14 such sentences
# of rounds 1–25 the two counts share one kind (tingwan, liaoting, fengyu, yuwan ×2, luzhou, zhangchuan 25a amounts; cuiling, qinchuan,
# yuping, tiaoping, chengdu, lichuan goals); this reads only what follows an amount. (name, joints, example)
JOINED_COUNTS = (("joined_count", "和 及 以及 、", "每栋重点楼宇明确1名区级联系领导和1名街道服务专员"),)
COUNT_JOINTS = frozenset(JOINED_COUNTS[0][1].split())


def joined_count(folded: str, previous: FoundTarget, target: FoundTarget) -> bool:
    """Whether ``target``, its value first, follows the count ``previous`` in the same unit joined by a joint alone (JOINED_COUNTS)."""
    return target.unit == previous.unit and previous.end <= target.start and folded[previous.end : target.start] in COUNT_JOINTS and folded.startswith(target.value_text, target.start)


# What reads a standard's kind and name once every target is found, in this order after periodic_check (each takes the
# folded text and a target, and returns it, changed or not).
STANDARD_PASSES = (lone_grade_left_out, moment_left_out, periodic_duty, counted_event, per_frame_standard, per_unit_measure, own_noun_left_out, counted_item_left_out, counted_things_named, period_deed_named, per_frame_left_out, support_after_each, event_left_out, opener_left_out, scale_left_out, given_area_named, yearly_standard, holder_period, team_size, team_members, zone_standard, staff_equipped, equipped_named, provision_named, holder_left_out, matching_funds, duty_left_out, yearly_selection, fund_share, government_rhythm, term_set, modal_carried, each_shift, per_event_standard, retrofit_change, set_up_unit, staff_placed, population_budget, served_amount, division_noun_quota)


def standards_continued(folded: str, found: list[FoundTarget]) -> list[FoundTarget]:
    """``found`` with a goal read as an amount where it is a further limit (standard_kinds.standard_run) right after a
    standard in the same sentence — an amount under a limit that names no support (standard_kinds) — and a
    publicity's period named by the publicity (PUBLICITY_NAMES)."""
    out: list[FoundTarget] = []
    for target in found:
        if target.unit in TIME_VALUE_UNITS and target.comparator == "equal" and (named := PUBLICITY_NAME.search(target.indicator)):
            start = folded.rfind(named.group(), target.start, target.end)
            target = replace(target, indicator=named.group(), kind="amount", start=start)  # 「在网站公示7天」 → 公示 7 天
        previous = out[-1] if out else None
        if (
            previous is not None
            and target.kind == "goal"
            and previous.kind == "amount"
            and previous.comparator in ("at_least", "at_most")
            and target.comparator in ("at_least", "at_most")
            and not AMOUNT_CUE.search(previous.indicator)
            and standard_run(folded, previous.end, target.start, folded.rfind(target.value_text, target.start, target.end))
        ):
            target = replace(target, kind="amount")
        if continues_standard(folded, out, target):
            target = replace(target, kind="amount")  # 「…中医诊室不少于2间，能够规范开展6类以上…」 (facility_kinds.STANDARD_CLAUSES)
        if previous is not None and previous.kind == "amount" and target.kind == "goal" and (target.end == previous.end and target.comparator == previous.comparator or joined_count(folded, previous, target)):
            target = replace(target, kind="amount")  # 「急救医生、护士各不少于2名」: members sharing one value share its kind; 「明确1名联系领导和1名服务专员」 (JOINED_COUNTS)
        target = periodic_check(folded, owner_left_out(folded, training_hours(folded, target)), out[-1] if out else None)
        for standard_pass in STANDARD_PASSES:
            target = standard_pass(folded, target)
        out.append(target)
    return limit_shared(folded, out)
