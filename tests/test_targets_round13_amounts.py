"""Rules of the thirteenth round for support amounts (issue 11, from the amount misses of held-out rounds 10–12,
grouped by cause), each on sentences written for the test, not copied from a labelled notice: every target of the
sentence with its exact indicator, value, unit, comparator and kind, and the text its span gives back."""

import pytest

from target_rows import targets_with_spans

# (sentence, [(indicator, value, unit, comparator, kind, span text), ...])
AMOUNTS13 = [
    # list_levels.SHARED_LEVELS level_first: a level word opening the first listed name is every name's (rounds 10a, 12a)
    ("对首次获评国家五星级、四星级、三星级物流企业的，分别给予一次性奖励40万元、20万元、10万元。", [("国家五星级物流企业一次性奖励", 40.0, "万元", "equal", "amount", "一次性奖励40万元"), ("国家四星级物流企业一次性奖励", 20.0, "万元", "equal", "amount", "20万元"), ("国家三星级物流企业一次性奖励", 10.0, "万元", "equal", "amount", "10万元")]),
    ("对新获评国家文化产业示范基地、示范园区的，分别给予一次性奖励60万元、30万元。", [("国家文化产业示范基地一次性奖励", 60.0, "万元", "equal", "amount", "一次性奖励60万元"), ("国家文化产业示范园区一次性奖励", 30.0, "万元", "equal", "amount", "30万元")]),
    ("对获得中国工业设计金奖、银奖、优秀奖的企业，分别给予50万元、30万元、10万元奖励。", [("中国工业设计金奖奖励", 50.0, "万元", "equal", "amount", "给予50万元、30万元、10万元奖励"), ("中国工业设计银奖奖励", 30.0, "万元", "equal", "amount", "30万元、10万元奖励"), ("中国工业设计优秀奖奖励", 10.0, "万元", "equal", "amount", "10万元奖励")]),
    # …but an award's name (…奖) before its grades is where they were won (round 9a's labels)
    ("获得中国优秀设计奖金奖、银奖、铜奖的，分别给予30万元、20万元、10万元奖励。", [("金奖奖励", 30.0, "万元", "equal", "amount", "给予30万元、20万元、10万元奖励"), ("银奖奖励", 20.0, "万元", "equal", "amount", "20万元、10万元奖励"), ("铜奖奖励", 10.0, "万元", "equal", "amount", "10万元奖励")]),
    # …NOT_SHARED_LEVELS contest: the contest a prize was won at is where, not which prize
    ("对获得全省技能竞赛一等奖、二等奖、三等奖的选手，分别给予3万元、2万元、1万元奖励。", [("一等奖奖励", 3.0, "万元", "equal", "amount", "给予3万元、2万元、1万元奖励"), ("二等奖奖励", 2.0, "万元", "equal", "amount", "2万元、1万元奖励"), ("三等奖奖励", 1.0, "万元", "equal", "amount", "1万元奖励")]),
    # …own_level: names with a level of their own keep their own
    ("对新引进的国际品牌首店、全国首店、省级首店，分别给予一次性奖励50万元、30万元、10万元。", [("国际品牌首店一次性奖励", 50.0, "万元", "equal", "amount", "一次性奖励50万元"), ("全国首店一次性奖励", 30.0, "万元", "equal", "amount", "30万元"), ("省级首店一次性奖励", 10.0, "万元", "equal", "amount", "10万元")]),
    # list_levels.RECIPIENTS_AFTER recipient_after_verb: events hosted, the host named after 给予 — levels name them
    # (TARGET_LABELING.md: 「对承办国际性、全国性设计赛事的机构」 → 国际性办赛补助); LEVEL_ENDS 性 and 级 in one list
    ("对在本市举办的国际性、全国性、省级马拉松赛事，分别给予办赛单位最高80万元、40万元、20万元的办赛补助。", [("国际性办赛补助", 80.0, "万元", "at_most", "amount", "给予办赛单位最高80万元、40万元、20万元的办赛补助"), ("全国性办赛补助", 40.0, "万元", "at_most", "amount", "40万元、20万元的办赛补助"), ("省级办赛补助", 20.0, "万元", "at_most", "amount", "20万元的办赛补助")]),
    # …but titles won by a place its operator runs keep their head (the labels of rounds 4 and 6: HOSTED)
    ("对新获评国家级、省级文化产业示范园区的，分别给予运营主体一次性奖励50万元、20万元。", [("国家级文化产业示范园区一次性奖励", 50.0, "万元", "equal", "amount", "一次性奖励50万元"), ("省级文化产业示范园区一次性奖励", 20.0, "万元", "equal", "amount", "20万元")]),
    # RECIPIENT_LISTS for_listed: a recipient after the list's 的 (组织, 场（区）) makes the listed levels name them;
    # a level's 级 on the last name is every name's (「5A、4A级」 → 5A级)
    ("对新评为5A、4A级的行业协会组织，分别给予一次性奖励10万元、5万元。", [("5A级一次性奖励", 10.0, "万元", "equal", "amount", "一次性奖励10万元"), ("4A级一次性奖励", 5.0, "万元", "equal", "amount", "5万元")]),
    ("对承担国家级、省级良种繁育任务的繁育场（区），分别给予每年40万元、20万元的繁育补助。", [("国家级繁育补助", 40.0, "万元", "equal", "amount", "给予每年40万元、20万元的繁育补助"), ("省级繁育补助", 20.0, "万元", "equal", "amount", "20万元的繁育补助")]),
    # list_levels.PLACE_LEVELS place_level: bare places are the levels of what was won
    ("对在全国、省、市创新创业大赛中获得一等奖的团队，分别给予每个团队10万元、5万元、2万元奖励。", [("全国奖励", 10.0, "万元", "equal", "amount", "给予每个团队10万元、5万元、2万元奖励"), ("省奖励", 5.0, "万元", "equal", "amount", "5万元、2万元奖励"), ("市奖励", 2.0, "万元", "equal", "amount", "2万元奖励")]),
    # list_levels.CERTIFIED_LISTS certified_as: recipients named in a clause of their own by what they were certified as
    ("对企业设立的技术中心，经认定为国家级、省级企业技术中心的，分别给予一次性奖励300万元、100万元。", [("国家级企业技术中心一次性奖励", 300.0, "万元", "equal", "amount", "一次性奖励300万元"), ("省级企业技术中心一次性奖励", 100.0, "万元", "equal", "amount", "100万元")]),
    # OBTAINED 主办: the verb of hosting before listed levels, the recipient after the list's 的 — levels name them
    ("对主办国际性、全国性学术会议的单位，分别给予最高20万元、10万元的会议补助。", [("国际性会议补助", 20.0, "万元", "at_most", "amount", "给予最高20万元、10万元的会议补助"), ("全国性会议补助", 10.0, "万元", "at_most", "amount", "10万元的会议补助")]),
    # OBTAINED 制定: the holder and its verb before a list of standards are no part of the first
    ("对企业牵头制定国家标准、行业标准的，每项分别奖励30万元、15万元。", [("国家标准奖励", 30.0, "万元", "equal", "amount", "奖励30万元"), ("行业标准奖励", 15.0, "万元", "equal", "amount", "15万元")]),
    # COMPARATOR_BEFORE increase 上浮 / decrease 下浮, COMPARED_WITHS on_basis_of, OBLIGATIONS price_shift: a price or
    # standard moved is an amount
    ("电动汽车充电服务费在现行标准基础上下浮30%。", [("电动汽车充电服务费", 30.0, "%", "decrease", "amount", "电动汽车充电服务费在现行标准基础上下浮30%")]),
    ("对参赛人数在5000人以上的，补助标准上浮10%。", [("补助标准", 10.0, "%", "increase", "amount", "补助标准上浮10%")]),
    # LEADING_FILLER season: a season opening a name says when
    ("供暖期居民电价在平段电价基础上下浮20%。", [("居民电价", 20.0, "%", "decrease", "amount", "居民电价在平段电价基础上下浮20%")]),
    # refuse.PER_ITEM_STANDARDS per_item_standard: a rate per item (a noun, a deed per person) after 按, sized by
    # 「…的标准」, is the support's standard, no condition (round 12a: three misses)
    ("对向社会开放体育场地的，按每所学校每年5万元的标准给予开放补助。", [("开放补助", 5.0, "万元", "equal", "amount", "每年5万元的标准给予开放补助")]),
    ("按每户每个采暖季600元的标准发放取暖补贴。", [("取暖补贴", 600.0, "元", "equal", "amount", "600元的标准发放取暖补贴")]),
    ("对开展职业培训的机构，按每培训1人300元的标准给予培训补贴。", [("培训补贴", 300.0, "元", "equal", "amount", "300元的标准给予培训补贴")]),
    # OBLIGATIONS time_per_period with the period after the time's noun (TRAILING_FILLER 每周), sustained_time: how
    # long each installation must hold out — standards, amounts (rounds 11b, 12a, 12b)
    # (session 20: what is opened is the holder of its opening time, TARGET_LABELING.md; the holder model reads it so)
    ("体育场馆公益性开放时段每周不少于20小时。", [("公益性开放时段", 20.0, "小时", "at_least", "amount", "公益性开放时段每周不少于20小时")]),
    ("应急广播终端备用电源续航时间不少于24小时。", [("续航时间", 24.0, "小时", "at_least", "amount", "续航时间不少于24小时")]),
    ("新建电站储能时长原则上不少于2小时。", [("储能时长", 2.0, "小时", "at_least", "amount", "储能时长原则上不少于2小时")]),
    # LEADING_FILLER …期间: a span of time opening a name says when, not what (development round 5)
    ("在本市租住人才公寓的，租住期间免收租金，最长不超过5年。", [("免收租金", 5.0, "年", "at_most", "amount", "最长不超过5年")]),
    # MEASURE_UNITS ℃ and OBLIGATIONS temperature_floor: a temperature each home or room must reach; LEADING_FILLER
    # 供暖期间 (a season with 间)
    ("供暖期间学校教室温度不低于16℃。", [("学校教室温度", 16.0, "℃", "at_least", "amount", "学校教室温度不低于16℃")]),
    # PER_QUANTIFIER_WORDS 片: a pitch before the support names no part of it
    ("对新建笼式足球场的，每片补助3万元。", [("补助", 3.0, "万元", "equal", "amount", "补助3万元")]),
    # list_levels.CONDITIONS_BETWEEN condition_between: a condition clause between the listed recipients and 分别
    ("对新引进的博士、硕士研究生，在本市缴纳社保满1年的，分别给予每人每月2000元、1000元生活补贴。", [("博士研究生生活补贴", 2000.0, "元", "equal", "amount", "给予每人每月2000元、1000元生活补贴"), ("硕士研究生生活补贴", 1000.0, "元", "equal", "amount", "1000元生活补贴")]),
    # SHARE_OF_BASE with 倍 and 最高可达 / 最高为: a multiple or share of a base named before it, under a cap (round 11a)
    ("跨境融资额度最高可达企业净资产的2倍。", [("跨境融资额度", 2.0, "倍", "at_most", "amount", "跨境融资额度最高可达企业净资产的2倍")]),
    ("贷款额度不超过企业净资产的3倍。", [("贷款额度", 3.0, "倍", "at_most", "amount", "贷款额度不超过企业净资产的3倍")]),
    ("补贴最高为实际费用的50%。", [("补贴", 50.0, "%", "at_most", "amount", "补贴最高为实际费用的50%")]),
    # returned.CONSECUTIVE_YEARS consecutive_then_yearly: consecutive years before a yearly support are its duration
    ("连续3年每年给予50万元运营补贴。", [("运营补贴", 3.0, "年", "equal", "amount", "3年每年给予50万元运营补贴"), ("运营补贴", 50.0, "万元", "equal", "amount", "每年给予50万元运营补贴")]),
    # …while consecutive years naming who qualifies stay no target
    ("对连续3年营业收入增长20%以上的企业，给予奖励。", []),
    # returned.FREE_FIRSTS free_first: the first hours of a service free of charge — what is free before 前 (rounds 4, 6)
    # (round 20, returned.FREE_KINDS: the word of kind or place right before the car park stays, as rounds 17–19 labelled
    # 景区停车场 and 公共停车场; this sentence's 停车场 alone was written before them)
    ("医院停车场前30分钟免费。", [("医院停车场", 30.0, "分钟", "equal", "amount", "30分钟")]),
    ("景区周边停车场实行前1小时免费。", [("停车场", 1.0, "小时", "equal", "amount", "1小时")]),
    # COMPARATOR_BEFORE at_most 不得…超过 / 不得高于: a prohibition of exceeding is a cap (超过 alone is at least)
    ("补贴标准不得超过2000元。", [("补贴标准", 2000.0, "元", "at_most", "amount", "补贴标准不得超过2000元")]),
    ("单笔贷款金额不得高于500万元。", [("贷款金额", 500.0, "万元", "at_most", "amount", "贷款金额不得高于500万元")]),
    # standard.GRADE_RATES grade_then_each without a per-unit word: grades and their rates before 「…的标准给予」
    ("对获得表彰的，按照国家级10万元、省级5万元、市级2万元的标准给予奖励。", [("国家级奖励", 10.0, "万元", "equal", "amount", "国家级10万元"), ("省级奖励", 5.0, "万元", "equal", "amount", "省级5万元"), ("市级奖励", 2.0, "万元", "equal", "amount", "市级2万元")]),
    # …a limit word is no grade
    ("按照合同金额的30%、最高500万元的标准给予补助。", [("补助", 30.0, "%", "equal", "amount", "30%、最高500万元的标准给予补助"), ("补助", 500.0, "万元", "at_most", "amount", "最高500万元的标准给予补助")]),
    # modifiers.SUPPORT_FUNDS support_fund: a support verb before 资金 is one noun with it
    ("单个企业每年享受本办法的补助资金总额不超过200万元。", [("补助资金总额", 200.0, "万元", "at_most", "amount", "补助资金总额不超过200万元")]),
]


@pytest.mark.parametrize("sentence, expected", AMOUNTS13, ids=[s[:14] for s, _ in AMOUNTS13])
def test_round13_amounts(sentence: str, expected: list) -> None:
    assert targets_with_spans(sentence) == expected
