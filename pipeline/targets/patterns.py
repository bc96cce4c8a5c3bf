"""The targets stage's word tables: measure units, comparators, the verbs around a value, what makes
a number a support amount, and the numbers that are not targets at all. Each entry has a name and an
example; the recogniser (recognise.py) only combines them."""

from __future__ import annotations

from .. import rx as re
from .limit_words import MUST_NOT_FALL, MUST_NOT_PASS

from .more_units import COUNTED_UNITS, MORE_TIME_UNITS, PHYSICAL_UNITS
from .share_bases import SHARE_OF_BASE as SHARE_OF_BASE  # (a share of a base after a copula or a limit: read there)
from .tables import one_of
from .tail import Ending

NUMBER = r"\d+(?:\.\d+)?"
# Chinese numerals as values: 两名, 十家, 超千家, 超万名 (一 alone is an article: 一批, 一张床).
CN_DIGITS = "零〇一二两三四五六七八九"
CN_NUMBER = rf"[{CN_DIGITS}十百千万]+"

# Counters of round 17's blind notices the measure words lacked, each with what it counts: (name, units, example).
MORE_COUNTERS = (
    ("courses", "门", "上线精品在线课程500门以上 (round 17: lujiang 17d)"),
    ("trains", "列", "中欧班列开行1200列以上 (round 17: cangyuan 17b)"),
    ("hand_tools", "把", "二号工具不少于3000把 (round 17: lichuan 17c)"),
    ("grain_weight", "斤", "粮食产量稳定在820亿斤以上 → 亿斤 (round 17: cangyuan 17b)"),
    # session 24, after round 60's blind score: parcels of land, houses or rights (chenhe 45b twice, qinbei 51b twice, huanyuan 54a,
    # jianyang 60c three times: 8 labels of 4 notices, all missed)
    ("parcels", "宗", "每年出让探矿权不少于6宗 / 累计盘活闲置农房1000宗以上"),
    ("seconds", "秒", "报警信息推送时间不超过30秒 / 调用响应时间原则上不超过2秒 (round 19: lanzhou 18b, xilan 17c)"),
    # session 25, after round 62's blind score: events times items, as 场次 and 批次 (kanxi 62c)
    ("event_items", "项次", "每年举办县级青少年体育锦标赛不少于8项次"),
)
# Units of light a lighting standard is set in, missed by blind rounds 41 and 42 (tangzhou 41b, kunzhou and songling 42a): (name, units, example).
LIGHT_UNITS = (("illuminance_luminance", "勒克斯 坎德拉/平方米", "路面平均照度不低于10勒克斯 / 夜间亮度不超过300坎德拉/平方米"), ("efficacy_density", "流明/瓦 瓦/平方米", "灯具光效不低于130流明/瓦 / 照明功率密度值不超过0.70瓦/平方米"))
# Measure words a value may carry, longest first so 平方公里 wins over 公里 and 个百分点 over 个.
MEASURE_UNITS = sorted(
    """% ‰ 个百分点 年 岁 套 亩 立方米 平方米 平方公里 公里 千米 米 公顷 吨 标箱 家 个 项 件 元 美元 人次 人 名 户 所 座 处 条 台 辆 张 床 千瓦时 千瓦 度 天 小时 次 倍 册 场 部 篇 个月 卡时 TB
    PB EB P 款 批 份 支 位 场次 栋 种 余家 多家 折 个工作日 工作日 微克/立方米 毫克/立方米 毫克/升 吨标准煤 单 架 架次 班次 艘 株 头 只 羽 间 吨二氧化碳当量 公斤 千克 分钟 升 年一遇 类 人年 家次
    户次 周岁 A级 星级 节 课时 学时 EFLOPS PFLOPS 批次 辆次 届 期 盏 级 例 格 块 兆瓦 兆瓦时 个半天 半天 标准箱 口 ℃ 分 厘米 毫米 尾 台套 层 个基点 片 剂 剂次 袋 轮次 瓶 具 组 日""".split()  # 日: only closing its value, never after 月 (values.CLOSING_UNITS day_term)
    + [unit for _, units, _ in MORE_COUNTERS + LIGHT_UNITS + PHYSICAL_UNITS + COUNTED_UNITS + MORE_TIME_UNITS for unit in units.split()],
    key=len,
    reverse=True,
)
# Units that measure time: a value in them is a period or a condition unless a comparator such as
# 最长 / 不超过 makes it a granted duration (「最长可享3年」).
TIME_UNITS = frozenset({"年", "个月", "天", "小时", "岁", "周岁", "个工作日", "工作日"} | {unit for _, unit, _ in MORE_TIME_UNITS})

# Comparators written before the value: (name, pattern, example). Longest alternatives first.
COMPARATOR_BEFORE = (
    # (a modal between 不 and the comparator, as standards are written: 「不应大于」, 「不宜超过」 — session 25: round 60's 「净宽度和
    # 净高度均不应小于4米」 gave no target, and 「不应少于」 read its 少于 as a cap)
    ("at_most", r"不得[^,;。\d]{0,6}?(?:超过|高于|多于)|" + MUST_NOT_PASS + r"|最高不超过|最高|最长|最多|最大|上限为|上限|不超过|不高于|不大于|低于|少于|不多于|只能|只|限领|限补|限购|限享受|限享", "最高10万元入户补贴 / 每年只能获批一项 / 每人每次限领1张 / 补贴标准不得超过2000元 / 不得一次性收取超过60课时的费用 (a prohibition of exceeding)"),
    ("at_least", MUST_NOT_FALL + r"|不低于|不少于|不小于|超过|高于|突破|多于|至少|超", "集聚OPC人才超10000名 / 每处有效避难面积不小于2000平方米 / 执法人员不得少于2人 (a floor forbidden to pass, no 少于)"),
    ("approx", r"约|大约|近", "约5000人"),
    ("reach", r"下降至|降低至|增长至|增加至|上升至|上升到|扩大到|扩大至|压缩至|压缩到|压减至|压减到|削减至|削减到|减少至|减少到|缩短至|缩短到|提高到|提升到|增加到|增长到|下降到|降低到|降到|降至|增至|提高至|提升至|调整到|调整为|稳定在|控制在|达到|达", "森林覆盖率达到45.22% / 基本服务扩大到6项"),  # 控制在 keeps a level like 稳定在: its limit is the 以内 after it
    ("equal", r"为|保持在|保持", "补贴标准为每月每平方米20元 / 签约率保持100%"),  # a copula states the figure; 保持 keeps a level already held
    ("increase", r"增长|提高|增加|上升|提升|上浮|延长(?!至|到)", "地区生产总值年均增长7% / 补助标准上浮20% / 游客平均停留时间较2025年延长0.5天 (round 17)"),
    ("decrease", r"下降|降低|减少|压减|削减|压缩(?!至|到)|缩短(?!至|到)|下浮", "用水量下降20% / 审批时限压缩70%以上 / 谷段电价在平段电价基础上下浮50% / 急救平均反应时间较2025年缩短20% (round 17)"),
    ("total", r"累计达到|累计达|累计|共计|总计|合计", "城镇新增就业人数累计7.75万人 / 示范社区累计达到20个"),  # 累计 names a total reached: it beats 达到 (a limit word 超 / 突破 after it still wins)
)
# Comparators written after the value: (name, pattern, example).
# The size a fund is set up with (设立规模, 总规模, 首期规模 — 首期 since round 60's blind score: 「设立首期规模5亿元的…风险补偿资金」,
# three labels of 60c gave no target): a verb of its value (COMPARATOR_AFTER goal) and a total the government commits (GOAL_TOTALS).
SET_UP_SIZE = r"(?:设立|组建|成立|发起)(?:总|首期)?规模"
COMPARATOR_AFTER = (
    ("at_least", r"及以上|以上|余|多", "1200余家"),
    ("at_most", r"以内|以下|封顶", "控制在3.5%以内"),
    ("approx", r"左右", "增长6.2%左右"),
)

# Verbs after which the measured thing follows the value: 「培育超千家…企业」, 「给予10万元补贴」.
# (name, pattern, example)
VALUE_FIRST_VERBS = (
    # (落实, 确定, round 22: 「每个行政村至少落实1名防汛信息员」, lanxi 21c, ruochuan 17a…; 选择 / 选取, session 14: places chosen for a
    # pilot, 「选择10个行政村开展…试点」, 5 labels in 5 notices; 建立 left out: 「建立不少于15人的…队伍」 is a team's size)
    ("goal", SET_UP_SIZE + r"|新增|提供|培育|打造|建成|建设|新建|集聚|接入|引进|引育|吸引|孵化|培训|选拔|开放|发布|上线|组建|统筹|招引|落地|举办|推出|认定|评选|遴选|选择|选取|带动|设立|储备|布局|汇聚|整合|支持|扶持|培养|形成|安排|完成|创建|明确|落实|确定", "打造400个高质量行业数据集 / 各乡镇要明确1名联络员 (round 17: a person named for a duty)"),
    ("amount", r"给予|发放|可获得|可达|奖励|补贴|资助|补助|抵扣|减免|贴息|享受|可享|可获|获得|获批|申领|申请|按|配套|优惠", "给予10万元补贴 / 车辆通行费优惠15%"),
)


def value_first_words(group: str | None = None) -> frozenset[str]:
    """The plain words of VALUE_FIRST_VERBS' alternations (of ``group`` only, when given): the verbs the
    name readers strip or keep."""
    return frozenset(
        word
        for kind, pattern, _ in VALUE_FIRST_VERBS
        if group in (None, kind)
        for word in pattern.split("|")
        if re.fullmatch("[\u4e00-\u9fff]+", word)
    )

# A term of office (session 23): named alone, an amount, a name of its own (names.INDICATOR_NOUN, standard_holders.TERM_MEASURES);
# a 缺陷责任期 is none.
OFFICE_TERMS = r"(?<!责)任期|聘期"
# A value is a support amount (not a goal) when its indicator or its clause names support, or when
# 最高 / 给予 / 按 stands before it. (name, pattern, example)
AMOUNT_CUES = (
    ("payment_share", r"支付比例|报销比例|补偿比例", "医保基金支付比例控制在60%左右"),
    ("support", r"补贴|奖励|奖补|资助|补助|补偿|扶持|贴息|贷款|担保|支持额度|支持金额|经费支持|资金|额度|券|优惠|减免|免租|租金|抵扣|费用|津贴|奖金|救助金|慰问金|抚恤金|购房|安居|配租|期限", "最高100万元研发资助"),
    # (session 23: a term of office each holder serves, as a term granted is — every 任期 / 聘期 label of rounds 1–53 an amount)
    ("office_term", OFFICE_TERMS, "社会监督员每届任期2年 / 专家每届聘期3年 (not a 缺陷责任期)"),
)
# A total the government commits is a goal whatever support it names; what one beneficiary gets is an
# amount. (name, pattern on the indicator or the words before the value, example)
GOAL_TOTALS = (
    ("balance", r"余额", "专项贷款余额突破500亿元"),
    ("use_share", r"用于[^,;。的]{1,16}的(?:比例|占比|比重)$", "整合涉农资金用于农村公路建设的比例不低于10% (a share of public funds the government allocates)"),
    ("special_fund", r"专项资金|资金规模|基金规模", "安排青年创新创业专项资金不少于5000万元"),
    ("fund_floor", r"(?:资金|经费)不(?:少|低)于$", "县级防汛物资储备资金不少于500万元"),  # a floor on a budget is the government's
    ("service_time", r"(?:办理|兑现|审批|通关|登记|报装|办结|响应|到场|开办|退税)[^,;。]{0,4}(?:时间|时限|周期)$", "惠企资金兑现时间压缩至10个工作日以内"),  # how fast a service is done
    ("scale", r"规模$", "市区两级提供科技创新券规模不少于5亿元"),
    ("fund_pool", r"资金池$", "建立质押融资风险补偿资金池，规模不低于5000万元 (a pool the government sets up; round 14)"),
    ("set_up_size", SET_UP_SIZE + r"(?:不少于|不低于|超过|达到)$", "设立规模不少于5亿元的冷链物流专项贷款风险补偿资金 (a fund the government sets up, whatever support it pays)"),
    ("fund_set_up", r"(?:设立|组建|成立)[^,;。]{1,16}?(?:资金|基金)$", "县财政出资设立茶产业贷款风险补偿资金1000万元 (a fund the government sets up; round 14)"),
    ("sum_total", r"总额$", "全年发放文旅消费券总额不少于3000万元"),  # but a support's total capped is one beneficiary's (SUPPORT_CAP)
    ("arranged", r"(?:安排|新增|建成)$", "省级财政首期安排3亿元算力券资金"),
    ("arranged_fund", r"安排[^,;。的]{0,16}(?:资金|经费)$", "县级财政安排乡村振兴贷款风险补偿资金2000万元"),
    ("arranged_floor", r"安排(?:不少于|不低于|超过)$", "每年安排不少于500万元发放文旅消费券 (a floor on a budget, whatever support it buys; round 17)"),
    ("scope_increase", r"(?:全市|全省|全区|全县|全年)新增", "全年新增普惠小微贷款2亿元以上"),
    ("issued_floor", r"(?:发放|投放)[^,;。的每]{1,10}(?:不少于|不低于|超过)$", "发放体育消费券不少于100万元 (a floor on all that is handed out; one beneficiary's share is capped: 最高)"),
    # growth over the year before and funds sought from above are the government's totals (round 26: all 6 labels of rounds 1–25
    # with 较上年 / 比上年 增长 are goals, lichuan 24a's 「社会救助补助资金…较上年增长6%」 read an amount; all 4 of 争取 + a sum —
    # tiaoping 23a, wenze ×2, yingchuan — are goals)
    ("growth_over_year", r"(?:较|比)(?:上年|上一年|去年)(?:度)?(?:同期)?(?:增长|增加)$", "社会救助补助资金4.2亿元，较上年增长6%"),
    ("funds_sought", r"争取[^,;。，；]{1,20}$", "力争争取上级防治资金5000万元以上 / 争取中央和省级林业资金不少于3亿元"),
)
GOAL_TOTAL = re.compile(one_of(GOAL_TOTALS))
# A level the government brings a measure to is a goal (「平均担保费率降至1%以下」), unless the measure
# is a support itself (「奖励提高到2万元」). (name, pattern on the words before the value, example)
CHANGE_TO_GOALS = (("change_to", r"(?:降至|降到|降低到|降低至|下降到|下降至|提高到|提高至|提升到|提升至|压缩至|压缩到|缩短至|缩短到)$", "平均担保费率降至1%以下"),)
CHANGE_TO = re.compile(one_of(CHANGE_TO_GOALS))
SUPPORT_END = re.compile(r"(?:补贴|奖励|奖补|资助|补助|奖金|津贴|贴息)(?:标准|金额|额度|比例)?$|经费标准$")  # 「贴息比例提高到100%」: a support's parameter raised (「养护经费标准提高到每平方米每年12元」: a funding standard, round 14)
# A support's total under a limit is what one beneficiary may get: 「一次性创业补贴总额不超过2万元」.
SUPPORT_CAP = re.compile(r"总额$")
# The support named after its verb, the value after it: 「给予一次性奖励300万元」 → 一次性奖励.
SUPPORT_NAMED = Ending(r"(?:给予|发放)(?P<name>[^,;。的给]{0,8}?(?:补贴|奖励|奖补|资助|补助|贴息|奖金|津贴|救助金|慰问金|抚恤金|经费|(?:奖励|补助|奖补|补贴)资金))$")  # 「发放生活救助金600元」  # 「给予一次性奖补50万元」
# (按期 / 按时 say when, not by how much: 「按期办结率」 is a goal's rate; 按需 how: 「电梯按需维保试点」)
AMOUNT_BEFORE = re.compile(r"(?:最高|最长|最多|最大(?=[\d.不可]|$)|给予|可获|可享|可达|可申请|按(?!期|时|需)|上限|每月|每人|每生|每年度|每个|单个|一次性)")  # 每生: 「提高到每生每年800元」; 最大 inside a measure's name is no cap: 「新型储能最大顶峰能力力争达到300万千瓦」 (round 14)

# Numbers that are not targets. (name, pattern matched around a value, example)
NOT_TARGET = (
    ("ordinal", r"第$|前$|首$", "第99次常务会议"),
    ("period", r"^(?:年|个月|天|日|周)?(?:内|以内|之内|后|期|前|来)", "5年内 / 毕业5年内 / 一年期贷款"),
    ("condition", r"^(?:及)?(?:以上|以下|以内)?(?:的|者)", "营业收入500万元以上的企业"),
)
PERIOD_AFTER = re.compile(r"(?:内|以内|之内|后|期(?!间)|来|以来)")
CONDITION_AFTER = re.compile(r"(?:及)?(?:以上|以下|以内)?(?:的|者|学历|以下青年)")
ORDINAL_BEFORE = Ending(r"(?:第|前|首|每)$")
# The base of a rate (「每增长1美元奖励0.02元」, 「每引进1人给予2万元」) is no target: (name, pattern, example)
RATE_BASES = (("per_increment", r"每多?(?:增长|增加|新增|引进|招用|吸纳|带动|减少|培养|培训|安置)$", "每增长1美元奖励0.02元人民币 / 每多带动1人再给予2000元"),)
RATE_BASE = Ending(one_of(RATE_BASES))
RANK_AFTER = re.compile(r"(?:强|佳|名以内|位)")  # 「世界500强」, 「十佳」: a rank, not a quantity
# (毕业生 are people counted, 「培养储能相关专业毕业生1000人以上」, as are firms running a business, 「培育运营企业3家以上」, 「培训经营者
# 不少于600人次」; 毕业, 运营, 经营 alone date or size who qualifies, 「毕业3年以内」, 「正常运营1年以上」, 「经营面积200平方米以上」)
CONDITION_CONTEXT = re.compile(r"(?:经历|经验|工作(?!者|站|室|队)|(?:运营|经营)(?!企业|者|主体|单位|机构|公司)|成立|注册|毕业(?!生)|年满|满(?!意)|年龄|工龄|缴纳|参保|学历|注册资本|营业收入|营收|销售收入)")

PUBLICITY_WORD = r"(?:公示|公告)"  # making a case public: refuse.PUBLICITIES, standard.PUBLICITY_HEADS, standard_kinds.PUBLICITY_NAMES

# Relative targets: 「外贸出口额、外商直接投资高于全省平均水平」, 「区（县）级财政投入增幅不低于当年一般公共预算支出增幅」
# (a rise against the same year's rise of a budget).
BENCHMARK = re.compile(
    r"""(?P<comparator>高于|不低于|低于|快于|优于|超过|领先于?)
        (?P<benchmark>(?:全国|全省|全市|全区|全县|同期|省|市|县|国家|同类城市|各项|当年|同年|本级|同级)[^,;。]{0,10}?(?:平均水平|平均值|平均增速|增速|增幅))""",
    re.VERBOSE,
)
BENCHMARK_COMPARATOR = {"高于": "at_least", "不低于": "at_least", "快于": "at_least", "优于": "at_least", "超过": "at_least", "领先": "at_least", "领先于": "at_least", "低于": "at_most", "达到": "reach"}

# A count set for each place or sector of the notice's territory is a quota the government commits to,
# a goal — not what one beneficiary gets: 「每个行政村至少配备2名灾害信息员」, 「在每个设区市至少布局1家促进中心」.
# (name, pattern on the words before the value, example)
PLACE_THEN_VERB = r"(?=至少|最少|不少于|均|都|要|应|建|配|设|布局|培育|打造|遴选|明确|确定|落实|有|组建|储备|举办|开展|组织|培训)(?![^,;。]*(?:补助|补贴|奖励|资助|扶持|支持))"  # the place itself, then its duty (储备, round 23: 「每个乡镇储备抽水泵不少于3台」, lanxi 22b; 确定 / 落实 like 明确, session 20: all 5 dev labels of a division + 确定 / 落实 + a count are goals, in 5 notices of 5 rounds — 「每个行政村确定1名村级管水员」, 17a and 19a read as amounts)
PER_PLACE_QUOTAS = (
    ("per_place", r"每个(?:[^,;。的、每]{1,6}?(?:行政村|自然村|村|乡镇|街道|社区|开发区|园区|县)|行政村|自然村|村|乡镇|镇|街道|社区|县[(（]市、区[)）]|区[(（]县[)）]|县|区|设区市|市州|市|园区|开发区)(?:[(（][^)）,;。]{1,8}[)）])?" + PLACE_THEN_VERB, "每个行政村至少配备2名灾害信息员 (a qualifier before the place allowed: 「每个重点林区乡镇组建1支专业扑火队伍」; not 「每个社区食堂至少聘请2名营养师」: the canteen is one beneficiary; an alternative in brackets after the place allowed, round 23: 「每个行政村（社区）明确1名以上消防安全管理人」, lanxi 22b; a village of any qualifier, session 17: 「每个山区村至少明确1名…」 — all 8 quota labels of all rounds for 每个 + a qualified 村 are goals, in 8 notices; yaochuan 39a 建制村, yuanfeng 42a 山区村, yujiang 29a 城中村 read as amounts; a county of any qualifier, session 23: 「每个重点县配备蜂业防疫员不少于2名」 — every label of rounds 1–53 for 每个 + a qualified 县 (重点县, 沿海县, 产粮大县, 示范县) a goal, shuchuan 40b, yining 38b (奶牛养殖大县) and zengyuan 53a twice read as amounts)"),
    ("per_sector", r"每个(?:重点)?(?:行业|产业集群|产业链|领域)" + PLACE_THEN_VERB, "每个重点行业遴选20家以上链主企业"),
)
PER_PLACE_QUOTA = re.compile(one_of(PER_PLACE_QUOTAS))
# A name that is only the place of a quota names nothing measured: the thing is named in the clause before.
# (name, pattern, example)
PLACE_ONLY_NAMES = (
    ("each_place_only", r"每个(?:街道|乡镇|镇|行政村|村|社区|县|区|设区市|市|园区)", "建设青年驿站，每个街道至少建成1个 → 青年驿站 (round 17)"),
    ("scope_only", r"全(?:市|省|县|区|州|镇)", "建设社区养老服务站，到2028年全市建成200个 → 社区养老服务站 (round 26: the scope word leaves every name, TARGET_LABELING.md)"),
)
PLACE_ONLY_NAME = re.compile(one_of(PLACE_ONLY_NAMES))

# A name opening with one beneficiary (单个, 同一) states what each may get or spend: an amount, not a
# goal, whatever its unit — 「单笔贷款贴息比例不超过贷款额的40%」. (name, pattern, example)
PER_BENEFICIARY_LEADS = (
    ("one_of", r"单个|单家|单张|单笔|单户|单项|同一", "单个项目贴息比例不超过贷款额的40%"),
    ("each_served", r"每(?:家|个)[^,;。的]{1,8}?(?=(?:应|要)?明确)", "每家入库企业明确1名服务专员 / 每个见习岗位应明确1名带教导师 (round 17: the one served gets the person)"),
    ("each_member", r"每(?:人|支|所|座|名|期|处)(?![^,;。]*?(?:培育|建成|新增|打造|引进|集聚|建设|开展|组织))", "每支队伍人数不少于30人"),
    ("each_facility", r"每个(?=[^,;。的]{0,8}?(?:中心|站点|驿站|充电站|换电站|服务站|检测室|快检室|活动室|公墓|场馆|场所|基地|网点|服务点|大厅|停车场|学院))(?![^,;。]*?(?:培育|建成|新增|打造|引进|集聚|建设|开展|组织))", "每个中心建筑面积不少于800平方米 / 每个农村公益性公墓配备管理员不少于1名 / 每个大厅配备手语服务人员不少于1名 / 每个快检室配备专职检测人员不少于2名 / 每个乡镇充电站直流快充桩不少于4个 (round 14)"),
)
PER_BENEFICIARY = re.compile("^(?:对(?=单))?(?:" + one_of(PER_BENEFICIARY_LEADS) + ")")  # 「对单个企业的投资额原则上不超过3000万元」
# A fund's size or first tranche named by the bare word is the fund's, named in the clause before:
# 「设立风险补偿资金池，规模5000万元」 → 风险补偿资金池. (name, pattern on the indicator, example)
# (session 20: a size with a word of its own before 规模 — 首期规模, 总规模, 基金规模 — is named so: 3 of the 4 dev labels of 「设立X基金，
# 首期 / 基金规模N亿元」 read it so, 12a, 28b, 31b, against round 2's one; a bare 规模 is still the fund's, 13b, 18b)
FUND_ATTRIBUTES = (
    ("fund_size", r"^规模$", "设立风险补偿资金池，规模5000万元"),
    ("first_tranche", r"^(?:首期|首批|第一期|第一批)$", "县财政每年安排乡村特色产业发展资金不少于3000万元，2026年首期安排4000万元 → 乡村特色产业发展资金 (round 23: qinxi 22a)"),
)
FUND_ATTRIBUTE = re.compile(one_of(FUND_ATTRIBUTES))
FUND_NAME = re.compile(r"(?:基金|资金|资金池)$")
# A period after a per-unit frame, a year or a season, is no part of a name (every label reading 每学期 / 每季度 / 每个雪季
# leaves it out: 「每学期开设心理健康教育课不少于8课时」 → 心理健康教育课).
PERIOD_FRAME = r"每(?:个)?(?:年度|年|月|周|天|日|季度|雪季|冰雪季|赛季|学期|学年|届|采暖季|供暖季)"
# Per-unit quantifiers before an indicator are not part of it: 「单个主体年度支持额度」 → 年度支持额度,
# 「同一OPC每年支持金额」 → 支持金额, 「每个社区年度扶持金额」 → 年度扶持金额, 「单家旅游企业年度奖励」 → 年度奖励
# (whoever stands before 年度), 「单张优惠券面额」 → 优惠券面额.
# 「每人驻点时间」 → 驻点时间, 「每支队伍人数」 → 队伍人数 (the team's own measure, ITEM_OWN_MEASURE's
# kind), and an item before its support: 「单个蓄水池补助」 → 补助.
# 单 / 每 and a classifier (个 家 次 户 笔 张 床 支 所 座 名 台 场 亩 辆 套 件 间 处 批 项 条 头) make a per-unit
# quantifier: 「每亩一次性补助」 → 一次性补助, 「单台累加补贴」 → 累加补贴, 「单场活动补助」 → 活动补助,
# 「每条生产线补助」 → 补助, 「单条线路年度补贴」 → 年度补贴, 「每头补助」 → 补助 (round 9), 「每例减免标准」 → 减免标准 (round 10),
# 「每片补助」 → 补助 (a pitch, round 13), 「每部奖励」 → 奖励 (a work: a video, a film; round 14), 「每箱补助」 → 补助 (a hive), 「每株补助」 → 补助 (a tree; round 17:
# as every label of 每吨 / 每株 / 每箱 reads a per-unit word, qingping 16a).
# 「单案奖励最高不超过50万元」 → 奖励 (案, a case reported: round 31, bichuan); 「单船补助」, 「单校补助」 → 补助, 「单班学员」 → 学员 (session 14: 3 of 3 labels)
PER_QUANTIFIER_WORDS = r"(?:各类|各种|同一|单项(?!冠军)|每项|每部(?![门委署])|每(?![年月周天日])[\u4e00-\u9fff]次|每届|每人(?!次)|[单每][个家次户笔张床支所座名台场亩辆套件间处批期条头例片箱株棵列案船校班车口井块杆桩机栋枚餐晚桌](?:[（(][个台套件][）)](?=[\u4e00-\u9fff]{2})(?!最|不超|不高))?)"  # 「单台（套）县级累加补贴」 → 县级累加补贴 (a cap right after it: amount_names' bracketed_classifier)
PER_QUANTIFIER = re.compile(PER_QUANTIFIER_WORDS)
# (session 20: the item after the quantifier never opens with a period — 「单家年度补贴」 → 年度补贴 as 「单个企业年度补贴」 is, 「每户每年
# 保费补助」 → 保费补助 as 「每座水库每年保费补贴」 is: the period is the frame, the words after it the support's name)
PER_UNIT = re.compile(r"^" + PER_QUANTIFIER_WORDS + r"(?:主体|项目|社区|企业|OPC|单位|团队|机构|个人|人|(?!年度|每)[^,;。的]{1,5}?(?=年度)|(?!年度|每)[^,;。的]{1,5}?(?=(?:" + PERIOD_FRAME + r"|年度)?(?:补助|补贴|奖励|资助|扶持)(?:总额|金额)?$))?(?:" + PERIOD_FRAME + r")?")  # 「单个旅行社每年奖励总额」
# A quantifier whose classifier is itself the item (a machine, an event, a unit of area) leaves the words
# after it to the support's name: 「单台累加补贴」 → 累加补贴, 「单场活动补助」 → 活动补助 (「单个蓄水池补助」 → 补助:
# after 个 the item is named). (name, pattern, example)
ITEM_CLASSIFIERS = (("classifier_is_item", r"[单每](?:台|场|次|笔|件|辆|套|张|床|亩|车|机|桩|栋|井|人(?!次)|户)(?:[（(][个台套件][）)])?", "单台累加补贴最高2万元"),)
ITEM_CLASSIFIER = re.compile("^(?:" + one_of(ITEM_CLASSIFIERS) + ")")
# A name that is only a per-unit quantifier caps the support named before it: 「按…的50%给予补助，单个展会
# 最高5万元」 → 补助, 「每项认证最高5万元，每家企业每年最高20万元」 → 补助. (name, pattern, example)
PER_UNIT_NAMES = (
    # …and a period after the item, 每年 or a season's 每个雪季 (round 30: yiyuan 29, the labels' 40 「单X每年最高」 caps of 30 notices
    # all name the support before; no label name holds 每个雪季 / 每个学期)
    ("one_item", r"(?:单个|单家|单项|单次|单笔|单所|单座|单条|每个|每家|每项|每类|每次|每所|每座|每条|同一)(?P<item>[^,;。的\d、]{1,4}?)(?:" + PERIOD_FRAME + r")?", "单个海外仓最高100万元 / 给予运营补贴，每条线路每年最高不超过500万元 / 给予电费补贴，单家滑雪场每个雪季最高80万元"),
)
PER_UNIT_NAME = re.compile(one_of(PER_UNIT_NAMES))
# …as does a condition naming who, then 按 and a per-capita word: 「个人可申请最高30万元创业担保贷款，合伙创业的可按
# 每人不超过30万元」 → 创业担保贷款. (name, pattern, example)
CONDITION_EACH_NAMES = (("condition_then_each", r"[^,;。的]{1,12}的(?:可|均)?(?:按照|按)(?:每(?:人|户|家|个))?", "合伙创业的可按每人不超过30万元"),)
CONDITION_EACH_NAME = re.compile(one_of(CONDITION_EACH_NAMES))
MEASURE_IN_ITEM = re.compile(r"投资|投入|面积|规模|人数|额|量|率|数|补贴|奖励|补助|资助|支持|贴息|费|期限|期|时间|时长|比例|标准")
# …but an item's own measure keeps the item: 「单个项目投资」 → 项目投资, 「每个场景投入」 → 场景投入.
ITEM_OWN_MEASURE = re.compile(r"^(?:投资|投资额|投入|总投资|面积|规模|人员|成员|人数)$")  # 「每支团队成员」 → 团队成员, 「每个驿站面积」 → 驿站面积 (session 14)
# A recipient named between the support verb and the support is no part of the support's name:
# 「给予获投企业股权投资扶持」 → 股权投资扶持, 「给予主办单位补贴」 → 补贴 (「人才奖励」 stays: a support word alone keeps its head).
# (name, pattern of the recipient's last word, example)
RECIPIENT_WORDS = (
    ("organisation", r"企业|单位|机构|团队|个人|主体", "给予获投企业股权投资扶持"),
    ("travel_or_cooperative", r"旅行社|合作社", "按每人每晚30元给予旅行社奖励"),
    ("local_government", r"所在(?:区|县|市|地|乡镇|街道|村)", "给予所在区一次性奖励500万元"),
    # (session 24, after round 58's blind score: ruoxi 58a 「给予村集体一次性奖励10万元」 twice)
    ("village_collective", r"村集体(?:经济组织)?", "县财政给予村集体一次性奖励10万元"),
    # a party to a report, a contract or a lease (round 23: 30 of the 31 labels of rounds 1–22 with a recipient after 给予 leave it
    # out — lanzhou, lichuan, meixi, wenlan, yuancheng, yuanling, yuping 举报人; meixi's 5% label keeps it)
    ("party", r"(?:举报|投诉|申请|委托|受托|承租|出租|权利)(?:人|方)", "按罚没款金额的5%给予举报人奖励 / 按合同实际发生额的10%给予委托方补助"),
)
# The supports a recipient may be named before (「给予获投企业股权投资扶持」, 「给予企业一次性吸纳补贴」).
RECIPIENT_SUPPORTS = r"补贴|奖励|奖补|资助|补助|扶持|支持|贴息"
RECIPIENT_HEAD = re.compile(r"[^,;。、]{0,8}?(?:" + one_of(RECIPIENT_WORDS) + r")(?=[^,;。、]{0,10}(?:" + RECIPIENT_SUPPORTS + r")$)")
# …and opening the words after the verb, before a support named after it (「按每人3000元给予企业一次性吸纳补贴」: session 25, round 61c)
RECIPIENT_OPENING = re.compile(r"[^,;。、\d]{0,6}?(?:" + one_of(RECIPIENT_WORDS) + r")(?=[^,;。、\d]{2,10}?(?:" + RECIPIENT_SUPPORTS + r"))")
# The measured noun after a value runs to its support word where jieba cuts it short:
# 「10万元一次性引才补贴」, 「2000万元的投拨联动支持」. (name, pattern, example)
SUPPORT_PHRASES = (
    ("support_word", r"(?:(?!给予|发放|予以|提供|的)[^,;。、\d“”()]){1,8}?(?:补贴|奖励|奖补|资助|补助|奖金|津贴|贴息|支持|扶持)", "给予最高10万元一次性引才补贴"),
    ("award_and_grant", r"(?:(?!给予|发放|予以|提供|的)[^,;。、\d“”()]){0,8}?(?:以奖代补|奖补)", "按建设投资的10%给予奖补 / 每处给予200元物资奖补 / 按每村4万元标准给予以奖代补"),  # jieba cuts 奖补 (and 以奖代补) in two
    ("fund_word", r"(?:(?!给予|发放|予以|提供|的)[^,;。、\d“”()]){1,8}?(?:资金|基金)(?![^,;。]{0,2}[\u4e00-\u9fff])", "设立规模3亿元的中小企业应急转贷资金"),
)
SUPPORT_PHRASE = re.compile(one_of(SUPPORT_PHRASES))
# Support verbs that are also the support's name: with no noun after the value they name it
# (「单户年度贴息最高20万元」 → 年度贴息, 「单个项目最高支持1000万元」 → 支持).
SUPPORT_VERB_NOUN = re.compile(r"^(?:补贴|奖励|资助|补助|贴息|支持|扶持|减免|优惠)$")  # 「第三年租金减免50%」 → 租金减免
# Goal verbs that are also the measured thing's name when a noun stands before them and no noun
# follows the value: 「开展家政技能培训不少于5000人次」 → 家政技能培训. (name, pattern, example)
GOAL_VERB_NOUNS = (
    ("training", r"培训", "开展家政技能培训不少于5000人次"),
)
GOAL_VERB_NOUN = re.compile("^(?:" + one_of(GOAL_VERB_NOUNS) + ")$")
# …and with nothing before them where the value counts attendances: the activity is what is counted
# (「培训1000人次以上」 → 培训, 「每年培训不少于1.3万人次」: two writers of rounds 10 and 13). (name, unit, example)
ATTENDANCE_UNITS = (("attendance", "人次", "每年举办培训班不少于10期，培训1000人次以上 → 培训"),)
ATTENDANCE_UNIT = frozenset(unit for _, unit, _ in ATTENDANCE_UNITS)
# A share of something (「按…的30%」) sizes the support named after it: 「…的30%，给予最高100万元补贴」.
# 列支: 「按直接经费的20%列支劳务费」; 安排 after a 标准: 「按每个中心每年不少于50万元的标准安排运行补助」; a due paid or deposited after a 标准 (round 26: congchuan 「…的标准代缴养老保险费」, keyang 「…的标准缴存风险防控金」)
SUPPORT_VERB = re.compile(r"(?:的标准|的比例|标准)?,?(?:给予|发放|予以|提供|列支|收取|征收|核定|(?<=标准)(?:另行|单独)?(?:安排|配建|配置|配备|代缴|缴存|缴纳)|(?<=比例)(?:配建|配置|配备))")  # 「按照不低于住户数20%的比例配建…车位」 (round 23, yuanling 22b)  # 「按日0.1‰收取资金使用费」  # 「按每百户不低于20平方米的标准配建养老服务设施」
SHARE_LEAD = re.compile(r"按照|按")
LIMIT_IN_NAME = re.compile(r"最高|不超过|不高于|最多")
# …but in a standard's name only the limit right after its 按 is the value's (「按檀洲市最高贷款额度的1.5倍」: 最高 names the base)
SHARE_LIMIT = re.compile(r"(?:按照|按)(?P<limit>不高于|不超过|不低于)")
# Rules whose value is named after the words before it: a 新增 / 提升 there is part of the base or of the
# support's name, no comparator of the value. (rule, example)
CHANGE_IN_NAME_RULES = (("share", "按新增销售收入的2%给予奖励"), ("support_named", "给予一次性技能提升奖励3000元"))


# A value's list mark before a year opens the next stage of the same goal, a clause of its own: 「诉前调解成功率2026年达到35%、
# 2027年达到40%」 (session 25, round 63a: the second stage was read as a name 「达到40」) — a level reached; yearly counts (「2026年新增40个、
# 2027年新增40个」) stay a list of the thing named before, as does a list of years (「2026年、2027年分别…」).
STAGE_MARK = re.compile(r"(?<=[%‰\d\u4e00-\u9fff])(?<!年)、(?=(?:到|至)?20\d\d年(?:底|末)?(?:前)?(?:达到|提高到|提升到|提高至|提升至|下降到|下降至|降至|降到|控制在|保持在|稳定在))")
