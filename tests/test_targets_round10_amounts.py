"""Rules of the tenth round for support amounts (issue 11), each on sentences written for the test, not
copied from a labelled notice: every target of the sentence with its exact indicator, value, unit,
comparator and kind, and the text its span gives back."""

import pytest

from target_rows import targets_with_spans

# (sentence, [(indicator, value, unit, comparator, kind, span text), ...])
AMOUNTS10 = [
    # LEVEL_ENDS rank (levels_held): levels of what the holders won name them, the holding not repeated
    (
        "获评国家级、省级养老服务品牌的，分别给予30万元、10万元一次性奖励。",
        [("国家级一次性奖励", 30.0, "万元", "equal", "amount", "给予30万元、10万元一次性奖励"), ("省级一次性奖励", 10.0, "万元", "equal", "amount", "10万元一次性奖励")],
    ),
    # LEVEL_ENDS reach, a recipient (单位) after 的: the events they host are theirs, their reach names them
    (
        "对承办国际性、全国性体育赛事的单位，分别给予最高100万元、50万元办赛补助。",
        [("国际性办赛补助", 100.0, "万元", "at_most", "amount", "给予最高100万元、50万元办赛补助"), ("全国性办赛补助", 50.0, "万元", "at_most", "amount", "50万元办赛补助")],
    ),
    # OBTAINED_LISTS and a bare 证书 (ATTRIBUTE_TAILS certificate): the list after 取得 names them, not the trades before
    (
        "对参加电工、焊工职业技能培训并取得初级、中级、高级证书的人员，分别给予800元、1200元、2000元技能提升补贴。",
        [
            ("初级技能提升补贴", 800.0, "元", "equal", "amount", "给予800元、1200元、2000元技能提升补贴"),
            ("中级技能提升补贴", 1200.0, "元", "equal", "amount", "1200元、2000元技能提升补贴"),
            ("高级技能提升补贴", 2000.0, "元", "equal", "amount", "2000元技能提升补贴"),
        ],
    ),
    # LIST_QUALIFIERS employment, and a field between 学历 and 人才: levels of schooling name them
    (
        "对新引进的全职博士、硕士学历研发人才，分别按每人每月4000元、2500元发放生活补贴。",
        [("博士生活补贴", 4000.0, "元", "equal", "amount", "按每人每月4000元、2500元发放生活补贴"), ("硕士生活补贴", 2500.0, "元", "equal", "amount", "2500元发放生活补贴")],
    ),
    # HOLDER_LISTS with 制定 and a recipient after 的: the standards made name the support, 每项分别 in the next clause
    (
        "主导制定国际标准、国家标准、行业标准的软件企业，每项分别给予最高60万元、30万元、10万元资助。",
        [
            ("国际标准资助", 60.0, "万元", "at_most", "amount", "给予最高60万元、30万元、10万元资助"),
            ("国家标准资助", 30.0, "万元", "at_most", "amount", "30万元、10万元资助"),
            ("行业标准资助", 10.0, "万元", "at_most", "amount", "10万元资助"),
        ],
    ),
    # RECIPIENT_LISTS with 选手, and middle names of three characters: the contest's name is no part of 一等奖
    (
        "对获得全省职业技能大赛一等奖、二等奖、三等奖的选手，分别给予3万元、2万元、1万元奖励。",
        [
            ("一等奖奖励", 3.0, "万元", "equal", "amount", "给予3万元、2万元、1万元奖励"),
            ("二等奖奖励", 2.0, "万元", "equal", "amount", "2万元、1万元奖励"),
            ("三等奖奖励", 1.0, "万元", "equal", "amount", "1万元奖励"),
        ],
    ),
    # LEVEL_ENDS: stages (期) are no levels — what the drugs complete keeps its name
    (
        "对完成Ⅰ期、Ⅱ期临床试验的创新药，分别给予最高200万元、400万元资助。",
        [("Ⅰ期临床试验资助", 200.0, "万元", "at_most", "amount", "给予最高200万元、400万元资助"), ("Ⅱ期临床试验资助", 400.0, "万元", "at_most", "amount", "400万元资助")],
    ),
    # SUPPORT_VERB 征收: a levy's verb after a share is no part of what is levied
    ("对符合条件的小微企业，减按25%征收企业所得税。", [("企业所得税", 25.0, "%", "equal", "amount", "按25%征收企业所得税")]),
    # PER_QUANTIFIER_WORDS 例: a case's per-unit word is no part of the standard's name
    ("对困难群众实行殡葬服务费用减免，每例减免标准不超过2000元。", [("减免标准", 2000.0, "元", "at_most", "amount", "减免标准不超过2000元")]),
    # STANDARD_FORMS share_of_base: a fee named before 按, a share of a base applied (收取) after it; the duration after is the fee's
    (
        "入驻孵化基地的，场地租金按市场评估价的60%收取，最长3年。",
        [("场地租金", 60.0, "%", "equal", "amount", "场地租金按市场评估价的60%"), ("场地租金", 3.0, "年", "at_most", "amount", "最长3年")],
    ),
    # STANDARD_APPLIED 确定 and SIZED_BY_STANDARD 价: a price set as a share of a base
    ("工业用地出让底价可按全国工业用地出让最低价标准的70%确定。", [("工业用地出让底价", 70.0, "%", "equal", "amount", "工业用地出让底价可按全国工业用地出让最低价标准的70%")]),
    # CHANGE_IN_NAME_RULES share: 新增 in the base of a share is no comparator
    ("对年新增营业收入超过1亿元的企业，按新增营业收入的1%给予奖励。", [("奖励", 1.0, "%", "equal", "amount", "1%给予奖励")]),
    # CHANGE_IN_NAME_RULES support_named: 提升 in the support's name is no comparator
    ("对取得高级技师证书的从业人员，给予一次性技能提升奖励2000元。", [("一次性技能提升奖励", 2000.0, "元", "equal", "amount", "一次性技能提升奖励2000元")]),
    # TAKEN_ATTRIBUTES face_value: a limit on vouchers taken counts the vouchers, not their face value
    (
        "单张餐饮券面值最高30元，每人每周限领2张。",
        [("餐饮券面值", 30.0, "元", "at_most", "amount", "餐饮券面值最高30元"), ("餐饮券", 2.0, "张", "at_most", "amount", "限领2张")],
    ),
    # Standards each facility or person must meet are amounts (TARGET_LABELING.md, round 10). OBLIGATIONS must_provide
    ("服务站点应设置不少于60平方米的活动室。", [("活动室", 60.0, "平方米", "at_least", "amount", "不少于60平方米的活动室")]),
    # OBLIGATIONS set_aside: a share of each facility's area set aside
    ("在经营性公墓中划出不低于20%的区域用于树葬。", [("区域", 20.0, "%", "at_least", "amount", "不低于20%的区域")]),
    # OBLIGATIONS time_per_period (NAME_LEADS per_time names it): a time per week is each one's standard, named without 每周
    ("免费开放的场馆，每周开放时间不少于40小时。", [("开放时间", 40.0, "小时", "at_least", "amount", "开放时间不少于40小时")]),
    # PER_BENEFICIARY_LEADS each_facility and ITEM_MEASURES: a facility's own qualified measure names it
    ("每个驿站使用面积不少于50平方米。", [("使用面积", 50.0, "平方米", "at_least", "amount", "使用面积不少于50平方米")]),
    # PER_BENEFICIARY_LEADS each_facility and SUBJECT_VERB 配备: the staff each facility must have
    ("每个社区养老服务中心配备护理员不少于2名。", [("护理员", 2.0, "名", "at_least", "amount", "护理员不少于2名")]),
    # …while a quota for each place of the territory stays a goal (PER_PLACE_QUOTAS)
    ("每个乡镇至少配备2名农技人员。", [("农技人员", 2.0, "名", "at_least", "goal", "至少配备2名农技人员")]),
    # GRANTED_PERIODS with the fee before the waiver: 前N年 and a waiver of the rent, the first years' duration
    ("对入驻园区的企业，前2年场地租金全额减免。", [("场地租金全额减免", 2.0, "年", "equal", "amount", "2年场地租金全额减免")]),
    # WAIVERS_BEFORE: a waiver, then the period it lasts closing the clause
    ("企业入驻孵化器的，免收租金2年。", [("免收租金", 2.0, "年", "equal", "amount", "2年")]),
    # …but a limit word after the waiver is the comparator's, read as before
    ("入住人才公寓的，免收租金最长2年。", [("免收租金", 2.0, "年", "at_most", "amount", "免收租金最长2年")]),
    # INSTALMENTS: the period a support is paid over is its duration — named before the period…
    (
        "对新认定的技术创新中心，给予最高500万元建设补助，分2年拨付。",
        [("建设补助", 500.0, "万元", "at_most", "amount", "给予最高500万元建设补助"), ("建设补助", 2.0, "年", "equal", "amount", "2年")],
    ),
    # …or after its verb (a Chinese numeral's period too)
    (
        "对考核优秀的县，分两年给予每个县2000万元奖补资金。",
        [("奖补资金", 2.0, "年", "equal", "amount", "两年给予每个县2000万元奖补资金"), ("奖补资金", 2000.0, "万元", "equal", "amount", "给予每个县2000万元奖补资金")],
    ),
    # PER 每公里 and PER_RATE_WORDS 每公里: a funding standard per kilometre is each one's standard
    ("城市绿地养护经费不低于每公里每年2万元。", [("城市绿地养护经费", 2.0, "万元", "at_least", "amount", "城市绿地养护经费不低于每公里每年2万元")]),
    # BASE_FEES: nothing sized named before 按, the fee the base is of is what the share sets
    ("孵化期满后第3年按市场租金的70%收取。", [("租金", 70.0, "%", "equal", "amount", "租金的70%")]),
    # ATTRIBUTE_TAILS without 职称: a title's level keeps its 职称 (as labelled), only 学历 / 证书 / 职业资格 leave
    (
        "对取得高级职称、正高级职称的人员，分别给予1万元、3万元一次性奖励。",
        [("高级职称一次性奖励", 1.0, "万元", "equal", "amount", "给予1万元、3万元一次性奖励"), ("正高级职称一次性奖励", 3.0, "万元", "equal", "amount", "3万元一次性奖励")],
    ),
    # STANDARD_APPLIED 计征 and SIZED_BY_STANDARD 税: a tax levied as a share of a base
    ("耕地占用税按适用税额的50%计征。", [("耕地占用税", 50.0, "%", "equal", "amount", "耕地占用税按适用税额的50%")]),
    # BY_SHARE with a limit after 按 (SHARE_LIMIT): the limit is the value's
    ("工业用地出让底价可按不低于最低价标准的70%确定。", [("工业用地出让底价", 70.0, "%", "at_least", "amount", "工业用地出让底价可按不低于最低价标准的70%")]),
    # REPORTED_FACTS: 共有 of 共有产权住房 is a kind of housing, no report of facts
    ("人才共有产权住房销售价格按不高于市场评估价格的80%确定。", [("人才共有产权住房销售价格", 80.0, "%", "at_most", "amount", "人才共有产权住房销售价格按不高于市场评估价格的80%")]),
    # SIZED_BY_STANDARD 额度, SHARE_LIMIT: 最高 inside the base names the base, no limit of the value
    ("住房公积金贷款额度可按全省最高贷款额度的2倍确定。", [("住房公积金贷款额度", 2.0, "倍", "equal", "amount", "住房公积金贷款额度可按全省最高贷款额度的2倍")]),
    # OBLIGATIONS notice_period: how long each plan must be made public
    # (named 公示时间 since session 13: what is published is the holder of its publicity's time, time_names.opened_or_published)
    ("老旧小区改造方案公示时间不少于5天。", [("公示时间", 5.0, "天", "at_least", "amount", "公示时间不少于5天")]),
    # OBLIGATIONS emission_limit: a cap each source must keep
    ("改造后颗粒物排放浓度原则上不高于10毫克/立方米。", [("颗粒物排放浓度", 10.0, "毫克/立方米", "at_most", "amount", "颗粒物排放浓度原则上不高于10毫克/立方米")]),
    # OBLIGATIONS ownership_share: what each buyer must hold
    ("购房人个人产权份额不低于50%。", [("购房人个人产权份额", 50.0, "%", "at_least", "amount", "购房人个人产权份额不低于50%")]),
    # OBLIGATIONS may_extend: an extension a beneficiary may be granted
    ("确有需要的，可申请延长实施期限不超过6个月。", [("延长实施期限", 6.0, "个月", "at_most", "amount", "延长实施期限不超过6个月")]),
    # PER_RATE_WORDS per_capita_day: a supply standard per person and day is each scheme's, a level reached stays a goal
    ("农村供水工程人均日供水量不低于40升。", [("农村供水工程人均日供水量", 40.0, "升", "at_least", "amount", "农村供水工程人均日供水量不低于40升")]),
    ("城市人均日生活用水量达到120升。", [("城市人均日生活用水量", 120.0, "升", "reach", "goal", "城市人均日生活用水量达到120升")]),
    # GRANTED_PERIODS reduced rent after 前N年, LEADING_FILLER 前N年, and the standard read from the clause's start
    (
        "入驻创业园的，前3年租金按市场价的40%收取。",
        [("租金", 3.0, "年", "equal", "amount", "3年租金"), ("租金", 40.0, "%", "equal", "amount", "租金按市场价的40%")],
    ),
    # SUPPORT_VERB 核定: the verb setting a budget by a standard is no part of the budget's name
    ("对学生不足50人的教学点按50人核定公用经费。", [("公用经费", 50.0, "人", "equal", "amount", "按50人核定公用经费")]),
    # WITHIN_RATES: a period within which a rate applies is the duration of what the rate sizes, at most
    (
        "对招用退役士兵的企业，3年内按每户每年500元的标准给予补贴。",
        [("补贴", 3.0, "年", "at_most", "amount", "3年内按每户每年500元的标准给予补贴"), ("补贴", 500.0, "元", "equal", "amount", "按每户每年500元的标准给予补贴")],
    ),
    (
        "吸纳脱贫人口就业的企业，在2年内按每人每年4000元的定额标准依次扣减相关税费。",
        [("定额标准", 2.0, "年", "at_most", "amount", "2年内按每人每年4000元的定额标准"), ("定额标准", 4000.0, "元", "equal", "amount", "按每人每年4000元的定额标准")],
    ),
    # …but 按期 / 按时 say when, no rate: the period stays a condition
    ("借款人在2年内按期还款的，再给予贴息支持。", []),
]


@pytest.mark.parametrize("sentence, expected", AMOUNTS10, ids=[s[:14] for s, _ in AMOUNTS10])
def test_round10_amounts(sentence: str, expected: list) -> None:
    assert targets_with_spans(sentence) == expected
