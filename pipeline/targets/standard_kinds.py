"""Standards each facility, site or case must meet, read as amounts (TARGET_LABELING.md, "standards a
facility or a person must meet"): a limit set 「原则上」 / 「一般」 for each case, and a facility's own
physical measure under a limit word. Counts of people or things stay with kinds.py's rules."""

from __future__ import annotations

from .. import rx as re
from .limit_words import MUST_NOT_FALL, MUST_NOT_PASS, PLAIN_LIMITS

from .found import CLAUSE_BREAK
from .patterns import PUBLICITY_WORD
from .jieba_cut import tag
from .standard_holders import HOLDER_ENDING
from .tables import one_of

# A limit qualified by 原则上 / 一般 is a rule each case follows, not a level the government brings about:
# (name, pattern closing the words before the value, example). 16 of the 20 labels of rounds 1–13 with this
# shape are amounts; of the four goals two count things (企业 2000家, 行政检查 2次), kept goals by the unit.
IN_PRINCIPLE_LIMITS = (
    ("in_principle", r"(?:原则上|一般)(?:应)?(?:不低于|不少于|不小于|不超过|不高于|不大于)$", "再生骨料替代比例原则上不低于20% / 河道两侧绿化带宽度原则上不少于15米 / 使用期限一般不超过20年"),
)
IN_PRINCIPLE = re.compile(one_of(IN_PRINCIPLE_LIMITS))
# …and the value itself set 「一般为」 / 「原则上为」, a term or a board's size: the rule each case follows, whatever it counts (round 25:
# all 4 labels of rounds 1–24, in 4 notices — daining 15b 「试点项目实施周期一般为2年」, luyu 14b, zhangyu 21b, qinchuan 24b 「理事会
# 成员一般为3至7人」 — are amounts). (name, pattern closing the words before the value, example)
IN_PRINCIPLE_VALUES = (("in_principle_is", r"(?:原则上|一般)为$", "项目实施周期一般为2年 / 监事会成员一般为3至5人"),)
IN_PRINCIPLE_VALUE = re.compile(one_of(IN_PRINCIPLE_VALUES))
# A count capped 原则上 / 一般 is how many each unit may serve or hold at most — a class, a truck, a metering zone, a doctor's list —
# a standard, an amount; the floor on a count stays a goal (「纳入正面清单的企业原则上不少于2000家」), and so do times (次: the
# government capping its own inspections, congzhou's 「对同一企业的行政检查年度内原则上不超过2次」). Round 25: 11 of the 12 labels of
# rounds 1–24 with 原则上 / 一般 before 不超过 and a count are amounts, in 10 notices (cangyuan 班额, censhui, hengling, huaxi, jizhou,
# junxi, muchuan, ruochuan, tangxi, yingchuan, yuwan); the twelfth is congzhou's 次. (name, units, example)
CAPPED_COUNTS = (("capped_count", "人 名 户 人次 家 个 张 床 辆 台 套", "每台吸粪车服务农户原则上不超过1500户 / 覆盖用户原则上不超过3000户 / 义务教育学校班额原则上不超过45人"),)
CAPPED_COUNT_UNITS = frozenset(CAPPED_COUNTS[0][1].split())
# …and a count floored 原则上 / 一般 is what its holder keeps — a station's beds, a firm's vehicles, a team's members — a standard, an
# amount too, unless what is counted is the holders themselves (「纳入正面清单的企业原则上不少于2000家」: the firms, a goal). Round 31:
# 16 of the 17 labels of rounds 1–30 with 原则上 / 一般 right before a floor on these units are amounts, in 14 notices (gutang ×2,
# jizhou, keyang, lingyue ×2, tanmei, yuancheng, yunchuan, zhuyang ×2, lanfu, lichuan 24a, songyang, tangxi, xiuyuan); the
# seventeenth is lanjiang's 企业. (name, units, example)
FLOORED_COUNTS = (("floored_count", CAPPED_COUNTS[0][1], "救助管理站床位原则上不少于30张 / 运输企业自有车辆原则上不少于20辆 / 执勤人员原则上不少于30人"),)
FLOORED_COUNT_UNITS = frozenset(FLOORED_COUNTS[0][1].split())
HOLDER_COUNT_UNITS = frozenset("家 个 户".split())

# A share or rate capped 不超过 / 不高于 is what each case must keep under (a profit margin, a balance, a share of a
# street's space), not a level the government brings about: every such label of rounds 1–18 (17, by 9 writers) is an
# amount; round 19: shiping 18a ×2, yuanxi 17d, chenglan 14b, zeling 14a read as goals. (name, pattern closing the
# words before the value, example)
CAPPED_SHARES = (
    ("capped_share", r"(?:不超过|不高于|不大于)$", "承包经营企业利润率不超过8% / 伙食费结余率不超过5% / 外摆区域面积占街区公共空间的比例不超过30%"),
)
CAPPED_SHARE = re.compile(one_of(CAPPED_SHARES))

# A facility's own physical measure (its width, diameter, built area, storage, days open; not a service radius,
# which writers read both ways: round 6 「城市急救站点服务半径不超过5公里」 a goal, round 13 「驿站服务半径不超过5公里」 an amount)
# right before a limit word is what each such facility must have. (name, pattern on the indicator, example)
FACILITY_MEASURES = (
    ("width_or_girth", r"(?:宽度|胸径|净高|层高)$", "新栽行道树胸径不小于10厘米 / 绿化带宽度不少于15米"),
    ("built_area", r"(?:建筑|占地|使用|避难|场地|厂房)面积$", "文物库房，建筑面积不少于500平方米 / 新建初制加工厂房面积不少于800平方米"),
    ("storage", r"(?:储能|储气|储水)?容量$|储备量$", "每座示范站储能容量不低于200千瓦时 / 供热企业燃煤储备量不低于15天用量"),
    ("days_open", r"(?:开放|营业|服务)(?:天数|时间|时长)$", "享受补助的博物馆全年开放天数不少于250天"),
    # what each installation holds and for how long (round 18: zhangyuan 17b ×3, lichuan 17c ×2, ruochuan 17a read
    # a tank's volume, a store's days and a recording's keeping time under a limit as amounts)
    ("volume_or_keeping", r"容积$|(?:贮存|储存|存储)(?:能力|天数|时间)$|保存(?:时间|期限|天数)$", "化粪池有效容积不少于1.5立方米 / 粪污贮存能力不少于180天 / 监控录像保存时间不少于30天"),
    # how fast each call is answered or each run follows the last, under a limit word (not an average, 「平均反应时间」, nor a
    # level 压缩至 / 控制在, nor the government's own 应急响应: goals). Round 17: 7 labels of 15a (lanxi, tuanchuan), 15b
    # (muchuan), 16b (cuiling) are amounts.
    ("response_time", r"(?<!平均)(?<!应急)(?:响应|到达现场|到场|交接|转运)时间$|(?:班次|发车)间隔$", "平台报警信息处置响应时间不超过30分钟 / 旅游旺季班次间隔不超过30分钟"),
    # any time with a noun of its own right before a limit word — how long each alarm, queue, repair or warning may take, how
    # long each facility must hold or serve — is a standard of the service (TARGET_LABELING.md, response and arrival times).
    # Round 22: 61 of the 64 labels of rounds 1–21 with 「…时间」 and a limit word are amounts; round 21 read 6 of them
    # (linjiang, xiuchuan 21a; cenjiang, junxi 21b; lanxi 21c) as goals. Not an average (「平均办理时间」), nor the
    # government's own processing (审批 / 办理 / 通关 / 报装 times are goals, under 压缩至 as a rule) or emergency
    # response (the response_time entry's decision of round 17; qichuan 19a's one such label reads it an amount).
    ("limited_time", r"^(?![^,;。]*平均)[^,;。]*(?<!审批)(?<!办理)(?<!通关)(?<!报装)(?<!接电)(?<!应急响应)时间$", "火情自动识别报警时间不超过5分钟 / 节假日高峰期排队等候时间不超过30分钟 / 预警信号发布提前时间不少于24小时"),
    # …and an average wait or answer at a counter or a seat under a limit word — a standard of that service, not the government's
    # processing (办理 / 审批) nor the emergency service's 平均反应时间, which it brings down (round 23: quling 22a ×2; every
    # 平均…办理时间 label of rounds 1–21 is a goal and stays one)
    ("average_wait", r"(?<!急救)(?<!应急)平均(?:等候|等待|排队|响应|接通|应答)时间$", "群众现场办事平均等候时间不超过15分钟 / 热线电话平均接通时间不超过20秒"),
    # the spacing of installations and the sum each policy insures, under a limit word (round 23: 5 labels of rounds 1–22 of
    # 「…间距」 and 3 of 保险金额 / 保额 with a limit, all amounts — yuanling 22b's two read as goals)
    ("spacing_or_insured_sum", r"间距$|(?:保险金额|保额)$", "市政消火栓间距不大于120米 / 公共照明灯杆间距原则上不大于30米 / 保险金额不低于100万元"),
    # …and the distance each site must keep from what it is measured to (round 25: all 7 labels of rounds 1–24 of 「…距离」 under a limit
    # word are amounts, in 6 notices — fengyu, lanxi, lanzhou, lichuan 17c, meijiang, tiaoping ×2; no goal)
    ("distance", r"距离$", "安置点与隐患点直线距离不少于300米 / 摊区与居民住宅距离不少于30米"),
    # …and how fast each installation restores its supply (round 19: yuchuan 18a, the one such label)
    ("restore_time", r"恢复(?:供电|供水|供气|供热)时间$", "医药冷库应配备备用发电机组，停电后恢复供电时间不超过30分钟"),
    # …and how often each installation records, uploads or is serviced, a cycle or an interval under a limit word (a level brought
    # down, 「审查周期压缩至…」, has no limit word and stays a goal). Round 33: all 34 labels of all rounds of 「…间隔」 / 「…周期」 under a limit
    # are amounts, in 26 notices; 10 were read as goals, in 9 notices of 8 rounds (bichuan 30b 温度记录间隔, huanyang 30b, laijiang 31b,
    # langwan 33b, lanxiu 26a, liaochuan 33a, tongyuan 34a, yiyuan 29a, yuanze 28a); the 4 goals so named are all 压缩至.
    ("interval_or_cycle", r"间隔$|周期$", "冷库温度数据上传间隔不超过10分钟 / 码头结构安全检测周期不超过5年 / 维保间隔不超过15日"),
)
FACILITY_MEASURE = re.compile(one_of(FACILITY_MEASURES))
LIMIT_BEFORE = re.compile(r"(?:不低于|不少于|不小于|不超过|不高于|不大于)$")
# Units counting people, things or events: a limit on them (「纳入正面清单的企业原则上不少于2000家」) is a count.
COUNTED = frozenset("人 名 家 户 人次 个 项 所 座 处 条 套 张 床 支 台 辆 盏 场 场次 期 届 批次 次 万人 万人次 万户 万家 万个".split())


def facility_standard(indicator: str, head: str, unit: str | None, comparator: str | None) -> bool:
    """Whether the value is a standard each facility or case must meet (IN_PRINCIPLE_LIMITS, IN_PRINCIPLE_VALUES, CAPPED_COUNTS,
    FACILITY_MEASURES): ``head`` is the clause's words before the value."""
    if IN_PRINCIPLE_VALUE.search(head):
        return True  # (IN_PRINCIPLE_VALUES)
    if comparator == "at_most" and unit in CAPPED_COUNT_UNITS and IN_PRINCIPLE.search(head):
        return True  # (CAPPED_COUNTS)
    if comparator == "at_least" and unit in FLOORED_COUNT_UNITS and IN_PRINCIPLE.search(head) and not _counts_holders(indicator, unit):
        return True  # (FLOORED_COUNTS)
    if comparator not in ("at_least", "at_most") or unit in COUNTED:
        return False
    if IN_PRINCIPLE.search(head) or (unit == "%" and comparator == "at_most" and CAPPED_SHARE.search(head)):
        return True  # (CAPPED_SHARES)
    if LIMIT_BEFORE.search(head) is not None and unit in SITE_AREA_UNITS and SITE_AREA.search(indicator) and not AREA_ADDED.search(head):
        return True  # 「营业场所面积不少于30平方米」 (SITE_AREAS)
    return LIMIT_BEFORE.search(head) is not None and FACILITY_MEASURE.search(indicator) is not None


def _counts_holders(indicator: str, unit: str) -> bool:
    """Whether ``indicator`` names the holders themselves, a holder's noun closing it and counted as firms or sites (「纳入正面清单的
    企业…2000家」; staff counted in 人 / 名 are what a holder keeps)."""
    return unit in HOLDER_COUNT_UNITS and any(ending.end() == len(indicator) for ending in HOLDER_ENDING.finditer(indicator))


# An area in square metres or mu (not 万平方米 / 万亩, a territory's) right after a limit word is what each site,
# shop or base must have: (name, pattern on the indicator, example). Round 16: 22 of the 23 such labels of rounds
# 1–15 are amounts (lanxi, tuanchuan, rongyang, daining, chenglan, chengxi, luchuan…); 「修复面积不少于500公顷」
# is in hectares.
SITE_AREAS = (("site_area", r"面积$", "营业场所面积不少于30平方米 / 培训基地教学面积不少于300平方米 / 示范基地核心区面积不少于1000亩"),)
SITE_AREA = re.compile(one_of(SITE_AREAS))
SITE_AREA_UNITS = frozenset({"平方米", "亩"})
# …but an area added (新增) is the territory's total, a goal (round 23: qinxi 22a 「每年新增有机认证茶园面积不少于2000亩」).
AREA_ADDED = re.compile(r"新增[^,;。]{0,14}$")


# How long each case is published (公示): the publicity is the name, as 「公示时间不少于7天」 is an amount
# (refuse.PUBLICITIES lets the period through). (name, pattern on the indicator, example)
PUBLICITY_NAMES = (("publicity_period", PUBLICITY_WORD + "$", "审核结果在区政府网站公示5个工作日 → 公示 5 个工作日"),)
PUBLICITY_NAME = re.compile(one_of(PUBLICITY_NAMES))
TIME_VALUE_UNITS = frozenset({"年", "个月", "天", "日", "小时", "个工作日", "工作日"})


# A limit each one 应 (当) meet — its area, staff, share — is a standard, an amount: (name, pattern closing the
# words before the value, example). Round 16: 8 labels in 5 notices of 4 writers (danjiang, kunchuan, lanxi,
# rongyang, hongxi) read it so. Not 应急 / 应用 / 供应 / 响应 (nor 应收, 应届, 应免, 应缴: what is due, no duty), and not a
# money floor or a clause naming who applies (「申请补助的中医馆应当设置…」, 「实缴注册资本应不低于2000万美元」: conditions,
# SHOULD_NOT_MEET). Session 14: any words of the clause may stand between the modal and the limit, and 须 / 必须 bind as 应
# does (「研学基地应具备同时接待不少于200名学生」, 「补充耕地项目竣工验收后须经不少于3年的后期管护」, 「示范区内实验教学开出率须达到
# 100%」): of the 109 labels of every round with 应 (当) / 须 / 必须 in the value's clause, 103 are amounts in 66 notices; the
# six goals are 「应免畜禽」 (those due for vaccination) and 「达到…要求」 (no modal); 18 of the amounts were read as goals.
SHOULD_MEETS = (
    ("should_meet", r"(?:(?<![供响适对反效相感回理])应(?:当)?(?![急用对收届免缴])|(?<![必无])须|必须)[^,;。]{0,24}?(?:不低于|不少于|不小于|不超过|不高于|不大于|至少|达到)$", "门店经营面积应不少于60平方米 / 中央厨房应配备专职食品安全管理人员不少于2名 / 省级跨境电商产业园应具备不少于3万平方米 / 示范区内中小学实验教学开出率须达到100%"),
    # (session 14: a limit forbidden to pass — 不得超过 / 不得低于 / 不得少于 — is the same standard: all 7 labels of every round are
    # amounts, 5 read as goals in 3 notices — keyang 25, huanping 31b, tongyuan 34 ×3)
    ("must_not_pass", "(?:" + MUST_NOT_PASS + "|" + MUST_NOT_FALL + ")$", "驾驶人连续驾驶时间不得超过4小时 / 执法人员不得少于2人 / 人均居住面积不得低于5平方米"),
    ("should_be_within", r"(?<![供响适对反效相感回理])应(?:当)?(?:保持)?在$", "每个康养基地森林覆盖率应在80%以上 (the limit after the value: 以上 / 以下; round 17, qingping 16a)"),
)
SHOULD_MEET = re.compile(one_of(SHOULD_MEETS))
SHOULD_NOT_MEET = re.compile(r"(?:申请|申报)[^,;。]*的")


def should_meet(head: str, unit: str | None) -> bool:
    """Whether the value closes a limit each one 应 meet (SHOULD_MEETS) or a firm's staff standard (STAFF_STANDARDS); ``head`` is the clause's words before it."""
    if STAFF_STANDARD.search(head):
        return True  # 「燃气企业现场监护人员不少于1名」 (STAFF_STANDARDS)
    return SHOULD_MEET.search(head) is not None and "元" not in (unit or "") and SHOULD_NOT_MEET.search(head) is None


# The staff a firm or an office must keep, or their share, under a limit: a standard it meets, an amount
# (round 16: zeling 14a, lanxi 15a; no label of rounds 1–15 reads it a goal). (name, pattern closing the words
# before the value, example)
STAFF_STANDARDS = (
    ("staff_of_office", r"(?:企业|机构)[^,;。\d的]{0,12}人员(?:占比|比例)?(?:不少于|不低于|至少)$", "燃气企业现场监护人员不少于1名 / 县级推广机构专业技术人员占比不低于80%"),
    # …and a team's own size, its members named after it (round 23: yuping 22b; cangyuan's and zhechuan's 每支队伍人员 / 人数 labels)
    ("size_of_team", r"(?:队伍|团队|服务队|小分队|突击队)(?:人员|成员|队员|人数)(?:原则上)?(?:不少于|不低于|至少)$", "组建县级中医药应急队伍1支，队伍人员不少于20名 / 志愿服务团队成员不少于10人"),
)
STAFF_STANDARD = re.compile(one_of(STAFF_STANDARDS))


# A standard governs the rest of its sentence: a value under a limit (不少于…, …以上, …以内) in a later clause of the sentence of a
# standard — an amount under a limit that names no support — is one more standard of the same facility, site, firm or event, whatever
# it counts, unless its own clause is the government's: a level reached or brought down (达到, 压缩至, 增长, 到2027年), a territory or the
# whole year opening it (全县, 每个行政村, 县城, 全年), an office acting (县农业农村局每年…), or a goal verb (组建, 建成, 新增, 培育, 打造,
# 举办: 34 of the 36 labels of events 举办 under a limit are goals). Round 27, replacing the unit lists (FURTHER_LIMITS, LISTED_STANDARDS,
# STAFF_LISTS, COUNTS_AFTER_MEASURES, EQUIPMENT_VERBS…): of the 576 label pairs of rounds 1–26 where a limited label follows a limited
# amount in a later clause of its sentence, 525 of the 531 with no such clause are amounts and 34 of the 45 with one are goals.
# (name, pattern on the later clause's words before the value, example)
GOVERNMENT_CLAUSES = (
    ("reached", r"达到|提高到|提升到|压缩至|保持在|稳定在|增长|到\d{4}年", "…，考核合格率达到95%以上 / …，入驻企业数量年均增长20%以上 / 到2027年，臭氧浓度控制在155微克/立方米以内"),
    ("territory", r"全(?:省|市|县|区|镇|乡)|各(?:市|县|区|乡镇|地)|县城|每个[^,;。的、每]{0,6}?(?:行政村|自然村|村|乡镇|镇|街道|社区|县|区|设区市|市)(?![^,;。]{0,2}(?:卫生院|卫生室|中心|站))", "…，每个行政村至少配备1名信息员"),
    ("whole_year", r"全年(?![^,;。]{0,4}天数)|年内", "…，全年开展技术培训不少于80场次"),
    ("office_acting", r"(?:局|委|政府|部门|办|县级|市级|省级)[^,;。]{0,6}(?:每年|每季度|每月)", "…，县农业农村局每年完成快速检测不少于1万批次"),
    ("goal_verb", r"组建|建成|新增|培育|打造|举办|带动", "…，组建专业抢修队伍不少于8支 / …，每年举办品牌赛事10项以上"),
)
GOVERNMENT_CLAUSE = re.compile(one_of(GOVERNMENT_CLAUSES))
SENTENCE_END = re.compile(r"[。!?;\n]")
ITEM_BREAK = re.compile(r"[,，;；、]|或")


def standard_run(folded: str, previous_end: int, start: int, value_at: int) -> bool:
    """Whether a value at ``value_at`` (its target starting at ``start``) continues, in the same sentence, the standard ending at
    ``previous_end``, its clause no government's (GOVERNMENT_CLAUSES)."""
    if previous_end > start or SENTENCE_END.search(folded, previous_end, start) or not ITEM_BREAK.search(folded, previous_end, start):
        return False  # (a value in the same clause as the standard's is no later clause: 「臭氧日最大8小时平均浓度…155微克/立方米」)
    clause = CLAUSE_BREAK.split(folded[previous_end:value_at])[-1]
    return GOVERNMENT_CLAUSE.search(clause) is None


# A limit in a clause that opens with the work done — 改造后 / 改建后 / 修复后 / 治理后, or 新建 naming what is built — is what each
# rebuilt, restored or new building, road, plant or site must reach, a standard, an amount, whatever it measures; 新建 before a count
# with no verb of equipping is the count the government builds (「其中新建充电桩泊位不少于3000个」), a goal. Round 28: of the 56 labels
# of rounds 1–27 of a limit in a clause so opened, 52 are amounts, in 35 notices (lanxiu 26a ×5, tongqu 24a ×3, xiuchuan 21a, minze 23a,
# tiaoping 23a, zhixi 19a, lanjiang 6, chenglan 14b…), the 4 goals that count built things (hongzhou, zhangchuan 「每年新建」), a share of
# what is built named first (songjiang's 「装配式建筑占新建保障性住房的比例」), and huaiyang dev5's 「改造后护理型床位占比」.
# (name, pattern opening the clause's words before the value, example)
WORK_OPENERS = (
    ("after_works", r"^(?:提升)?(?:改造|改建|修复|治理|提升)(?:完成)?后(?:的)?(?=[\u4e00-\u9fff])", "改造后住宅节能率不低于70% / 修复后林地植被覆盖率不低于70% / 治理后河道水体透明度不低于30厘米"),
    ("newly_built", r"^新建(?:或改造|或改建)?(?:的)?(?=[\u4e00-\u9fff]{2})", "新建居住区绿地率不低于30% / 新建公厕建筑面积原则上不少于30平方米 / 新建停车场配备充电桩不少于10个"),
)
WORK_OPENER = re.compile(one_of(WORK_OPENERS))
NEWLY_BUILT = re.compile(WORK_OPENERS[1][1])
# A limit word closing the words before a value, with what may stand before it (原则上, 应当, 均 …).
LIMIT_WORDS = PLAIN_LIMITS
LIMIT_PREFIX = r"(?:原则上|一般)?(?:应当?|须|均)?"
LIMIT_CLOSING = re.compile(LIMIT_PREFIX + "(?:" + LIMIT_WORDS + ")$")
EQUIPPING = re.compile(r"配备|配置|设置|设有|建有|布设")


def works_standard(head: str, unit: str | None, comparator: str | None) -> bool:
    """Whether the value is a limit in a clause opened by the work done or what is newly built (WORK_OPENERS); ``head`` is the clause's
    words before the value, fillers stripped."""
    if comparator not in ("at_least", "at_most") or not LIMIT_CLOSING.search(head) or not WORK_OPENER.match(head):
        return False
    return not NEWLY_BUILT.match(head) or unit not in COUNTED or EQUIPPING.search(head) is not None


# A limit set for each length or area of a line or a site — 每公里, 每50公里, 每万平方米, 每公顷 — is a spacing or a density each road,
# pipe, district or yard must keep, an amount, whatever it counts (a territory's ratio is per head: 每万人 is no length). Round 28: all 14
# labels of rounds 1–27 with such a per-length or per-area word before a limit in their clause are amounts, in 11 notices (cenjiang 21b,
# lanzhou 18b, yitong 23c ×3, tanqiao 19b, fengyu 17a, tongqu 24a…); lanxiu 26a's 「每公里一级管网至少布设2个监测点」 was read a goal.
# (name, pattern on the clause's words before the value, example)
SPACINGS = (("per_length_or_area", r"每(?:\d+(?:\.\d+)?)?(?:公里|千米|米|平方公里|平方千米|公顷|万平方米|平方米)(?!每)", "每公里城市主干道至少设置3个公交站点 / 沿线每30公里至少布设1座加油站 / 按每万平方米不少于3名配备保洁人员"),)
SPACING = re.compile(one_of(SPACINGS))


def spacing_standard(head: str, comparator: str | None) -> bool:
    """Whether the value is a limit set for each length or area (SPACINGS); ``head`` is the clause's words before the value."""
    return comparator in ("at_least", "at_most") and SPACING.search(head) is not None


# A limit on what lies inside a zone the notice recognises — 园区内, 集聚区内, 街区内 — is that zone's standard, an amount, whatever it
# counts or rates (as facility_kinds.ZONE_STANDARDS reads 每个 + a zone); a level reached there (达到) stays a goal. Round 28: all 9 labels
# of rounds 1–27 of a zone + 内 before a limit word in their clause are amounts, in 9 notices (gongxi 20b 「产业园内企业入驻率原则上不低于
# 70%」, rongyang 15a, fengyu 17a, yuancheng 22a…); hengzhou 14b's 首店数量 and qiaonan 26a's 覆盖率 were read as goals. (name, pattern on
# the clause's words before the value, example)
ZONES_INSIDE = (("inside_zone", r"(?:集聚区|产业园|示范区|街区|商圈|开发区|园区|片区)内(?![^,;。]*(?:达到|提高到|提升到|增长))", "示范片区内规模以上企业上云覆盖率不低于70% / 集聚区内品牌首店数量不少于15家"),)
ZONE_INSIDE = re.compile(one_of(ZONES_INSIDE))


def inside_zone(head: str, comparator: str | None) -> bool:
    """Whether the value is a limit on what lies inside a zone (ZONES_INSIDE); ``head`` is the clause's words before the value."""
    return comparator in ("at_least", "at_most") and LIMIT_CLOSING.search(head) is not None and ZONE_INSIDE.search(head) is not None


# A limit whose clause opens with the holder of a standard — a facility, site, organisation, team, event or person (the holders'
# HOLDER_ENDINGS) in subject position, no verb or preposition acting on it — and goes on to what that holder must have or do, is that
# holder's standard, an amount: the government commits to no count of another's staff, rooms or intervals. Round 29: over all labels
# of rounds 1–28 it turns 27 kind errors right, in 18 notices (zhuyang 27b ×3, junjiang 27b ×2, lanfu 28a ×2, xiaotang 28a ×2, huaxi 23c ×2,
# lujiang 17d, liaoting 21a…), and 2 goals wrong (lanxi 21c's 「汛期前完成主体工程建设的河段」; lugang's 「配备慢性病常用药品不少于60种」, which the guide names a goal). Left out: a government level or facility opening the
# clause (县级物资储备库), 每年 before an act (每年培训…人员), 入库, a year, 力争, a share of a whole (…的比例, 占…), a named zone, a sum in 亿.
# (name, what it reads, example)
HOLDER_SUBJECTS = (
    ("holder_then_measure", "a HOLDER_ENDINGS holder, then its own measure or duty, then a limit", "示范园区运营机构专职人员原则上不少于6名 / 冷藏库湿度数据上传间隔不超过5分钟"),
)
SUBJECT_LIMIT = re.compile(LIMIT_PREFIX + "(?:" + LIMIT_WORDS + "|至少|" + MUST_NOT_PASS + "|" + MUST_NOT_FALL + ")$")
# An item's number and spaces opening a clause (「3.」, 「（二）」): they say nothing of who speaks.
ITEM_NUMBERS = r"^(?:\s|[\d一二三四五六七八九十]+[.．、]|[（(][一二三四五六七八九十\d]+[)）])*"
CLAUSE_OPENING = re.compile(ITEM_NUMBERS)
# Openings that make the clause the government's, not a holder's: its own level or facility, its yearly work, its pool, a year.
GOVERNMENT_SUBJECT = re.compile(r"^(?:省|市|县|区|城市)(?:级|、县两级)?|^(?:政府|国有)|^每年|^入库|^\d{4}年|^力争|财政|安排|累计|其中")
# A government level opening the clause (省级, 市, 县…) names a facility of that level when a holder follows with its own measure — its
# standard, an amount — unless the clause says what the level does or funds: its yearly work, its reserve, its budget, what it equips,
# organises or holds. Session 14: with the verbal noun below it turns 5 kind errors right in 4 notices of 4 rounds (qingshan 33b
# 「县文物保护中心专业技术人员」, wenxu 34b ×2, xiexi 30b, tanyang 31b) and 1 goal wrong (daichuan dev5 「省级科技计划项目评审专家中女性
# 专家比例」); the 18 goals of all rounds under a level + facility opening all do or fund (每年, 储备, 财政安排, 配备).
# (name, pattern opening the clause, pattern of the level's own acts, example)
LEVEL_HOLDERS = (
    ("level_facility", r"^(?:省|市|县|区)级?(?!场)", r"每(?:年|季度|月|周|天|日)|财政|储备|安排|配备|组织|开展|举办", "县粮油质量检验站检验项目不少于30项 / 县级农村供水水质检测中心检测指标不少于40项"),
)
LEVEL_OPENING = re.compile(LEVEL_HOLDERS[0][1])
LEVEL_ACTS = re.compile(LEVEL_HOLDERS[0][2])
SHARE_OF_WHOLE = re.compile(r"的比例|占")
# A place named first (a development zone, a district by its name: 「潆州经济技术开发区、高新区居民小区…」) is a territory, its level a goal.
PLACE_NAME = re.compile(r"^[^,;。、]{0,8}(?:开发区|高新区|新区)")
ACTING_TAGS = frozenset({"v", "vn", "p"})
POSITION_WORDS = frozenset("前后内外")
RELATIVE = frozenset({"的"})


def acted_on(words: str, holder_start: int) -> bool:
    """Whether a verb or a preposition stands before the holder starting at ``holder_start`` in ``words`` (jieba's tags), the holder
    then being what is acted on (「组织开展…活动」, 「向人工智能企业开放…」); a verb closing a relative clause with 的 (「开展…联运的企业」)
    names the holder, and so does one compounded with the holder's word where no verb follows (示范机构专职教练员, 持证作业人员; in
    「组织企业参加展会」 the firms are organised), or a verbal noun (jieba's vn) right before it whatever follows: 检验站, 培训机构,
    监控点位 name what they do (session 14: 10 kind errors of all rounds turned right, in 6 notices of 5 rounds — huanping 31b,
    lanfu 28a ×2, puxi 36a ×2, shechuan 35b, tanjiang 36a ×2, tongcen 27b — none wrong)."""
    at, acting = 0, False
    tagged = tag(words)
    verb_after = any(part in ACTING_TAGS for part in _tags_from(tagged, holder_start))
    for index, (word, part) in enumerate(tagged):
        if at + len(word) > holder_start:
            break
        if word in RELATIVE:
            acting = False
        elif part in ACTING_TAGS:
            next_at = at + len(word)
            compound = (part == "vn" or not verb_after) and index + 1 < len(tagged) and next_at <= holder_start < next_at + len(tagged[index + 1][0])
            acting = acting or not compound
        at += len(word)
    return acting


def _tags_from(tagged: tuple[tuple[str, str], ...], start: int) -> list[str]:
    """The tags of the words of ``tagged`` past the one holding ``start``."""
    at, tags = 0, []
    for word, part in tagged:
        if at > start:
            tags.append(part)
        at += len(word)
    return tags


def holder_subject(head: str, unit: str | None, comparator: str | None) -> bool:
    """Whether the clause ``head`` (its words before the value) opens with a standard's holder and closes with a limit (HOLDER_SUBJECTS)."""
    if comparator not in ("at_least", "at_most") or (unit or "").startswith("亿") or not (limit := SUBJECT_LIMIT.search(head)):
        return False
    words = CLAUSE_OPENING.sub("", head[: limit.start()])
    if LEVEL_OPENING.match(words) and not LEVEL_ACTS.search(words):
        words = LEVEL_OPENING.sub("", words, 1)  # 「县粮油质量检验站检验项目不少于30项」: a level's own facility, its standard (LEVEL_HOLDERS)
    if GOVERNMENT_CLAUSE.search(head) or GOVERNMENT_SUBJECT.search(words) or SHARE_OF_WHOLE.search(words) or PLACE_NAME.match(words):
        return False
    if SHOULD_NOT_MEET.search(words):
        return False  # 「申请奖励的企业实缴注册资本应不低于500万元」: a condition naming who applies (as should_meet reads it)
    holder = next((m for m in HOLDER_ENDING.finditer(words) if not words.endswith("非", 0, m.start())), None)
    if holder is None or len(words) - holder.end() < 2 or words[holder.end()] in POSITION_WORDS or "对" in words[holder.end() :]:
        return False  # (what follows must name the holder's measure or duty: 「回收站点」 is a holder alone, 「院前急救」 a place before one;
        # a holder acting on others, 「供水企业对农村用户…」, is read by the duty rules, periodic_duties)
    return not acted_on(words, holder.start())


# A sum of money in a clause opened by 每 and a unit — a household, a tonne, a trip, a village, not a period — under a limit is what is
# paid or charged for each such unit: a support's rate or a price capped (「实行政府指导价，每吨不超过25元」), an amount. Round 31: all
# 258 labels of rounds 1–30 so written are amounts, in ~90 notices (liquan 29 and huaxi 23's prices and cuiling's 「每村安排保护利用资金
# 不少于50万元」 read as goals); the 11 goals all open with 每年, a yearly budget (「每年发放消费券不少于500万元」). (name, pattern on the
# clause's words before the value, example)
PER_UNIT_MONEYS = (
    ("per_unit_money", r"^每(?!(?:一|两|二|三|半)?(?:个)?(?:年|季度|月|周|天|日|学期|学年))[^,;。，；每]{0,10}?(?:每[^,;。，；每]{1,4}?)?(?:不超过|不高于|不低于|不少于|最高|最多)$", "收运服务费实行政府指导价，每吨不超过25元 / 每车次收费不超过120元 / 每村安排保护利用资金不少于50万元"),
)
PER_UNIT_MONEY = re.compile(one_of(PER_UNIT_MONEYS))


def per_unit_money(head: str, unit: str | None, comparator: str | None) -> bool:
    """Whether the value is money under a limit in a clause opened by 每 and a unit (PER_UNIT_MONEYS); ``head`` is the words before it."""
    if comparator not in ("at_least", "at_most") or "元" not in (unit or ""):
        return False
    return PER_UNIT_MONEY.search(CLAUSE_BREAK.split(head)[-1].strip()) is not None


# A term — how long a grant, a lease, a warranty or a record runs (…年限, …期限) — under a limit is what each one is granted or must keep,
# an amount whatever its holder (「出让年限不超过20年」, 「设计使用年限不低于25年」). Round 31: all 315 labels of rounds 1–30 of such a
# name under a limit or 为 are amounts (songyang 29's 出让年限 and huanyang 30's 设计使用年限 read as goals); the goals named so are levels
# reached (「平均受教育年限达到11.2年」). (name, pattern on the indicator, example)
LIMITED_TERMS = (("limited_term", r"(?:年|期)限$", "出让年限不超过20年 / 光伏支架设计使用年限不低于25年 / 数据保存期限不少于5年"),)
LIMITED_TERM = re.compile(one_of(LIMITED_TERMS))
# (a bare 超过 is a condition, 「运行年限超过30年的管网」: which ones are meant, no target's limit)
TERM_LIMIT = re.compile(r"(?:不超过|不少于|不低于|不高于|不大于|不小于|最长|至少)$")


def limited_term(indicator: str, head: str, unit: str | None, comparator: str | None) -> bool:
    """Whether the value is a term under a limit word (LIMITED_TERMS); ``head`` is the words before it."""
    return comparator in ("at_least", "at_most") and unit in TIME_VALUE_UNITS and LIMITED_TERM.search(indicator) is not None and TERM_LIMIT.search(head) is not None
