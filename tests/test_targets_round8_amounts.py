"""Rules of the eighth round for support amounts (issue 11), each on sentences written for the test, not
copied from a labelled notice: every target of the sentence with its exact indicator, value, unit,
comparator and kind, and the text its span gives back."""

import pytest

from pipeline.targets.recognise import find_targets

# (sentence, [(indicator, value, unit, comparator, kind, span text), ...])
AMOUNTS8 = [
    # SUPPORT_PHRASES award_and_grant: jieba cuts 奖补 in two; the support's name runs to its end
    ("对新建的托育机构，按场地改造投入的20%给予奖补。", [("奖补", 20.0, "%", "equal", "amount", "20%给予奖补")]),
    ("验收合格的庭院每处给予500元环境奖补。", [("环境奖补", 500.0, "元", "equal", "amount", "每处给予500元环境奖补")]),  # (session 18: 每处 is head.PER's per-unit word, in the span as 每户 is)
    # PER_UNIT_NAMES one_item: 单所 / 每座 and an item cap the support named before
    ("按改造投资的30%给予补助，单所幼儿园最高不超过80万元。", [("补助", 30.0, "%", "equal", "amount", "30%给予补助"), ("补助", 80.0, "万元", "at_most", "amount", "幼儿园最高不超过80万元")]),
    # ITEM_CLASSIFIERS: after 台 / 场 / 辆 the words before the support word are the support's
    ("单辆置换补贴最高1.5万元。", [("置换补贴", 1.5, "万元", "at_most", "amount", "置换补贴最高1.5万元")]),
    ("单场展会补助最高10万元。", [("展会补助", 10.0, "万元", "at_most", "amount", "展会补助最高10万元")]),
    ("单个冷库补助不超过5万元。", [("补助", 5.0, "万元", "at_most", "amount", "补助不超过5万元")]),
    # SUPPORT_END with 比例: a support's share raised is still an amount
    ("吸纳脱贫人口就业的，补贴比例提高到80%。", [("补贴比例", 80.0, "%", "reach", "amount", "补贴比例提高到80%")]),
    # CONDITION_EACH_NAMES and BARE_CAPS: a per-capita cap after a condition, and the bare total after it,
    # size the loan named before
    (
        "个人可申请最高20万元创业担保贷款，联合创业的可按每人不超过20万元、总额不超过100万元申请。",
        [
            ("创业担保贷款", 20.0, "万元", "at_most", "amount", "申请最高20万元创业担保贷款"),
            ("创业担保贷款", 20.0, "万元", "at_most", "amount", "联合创业的可按每人不超过20万元"),
            ("总额", 100.0, "万元", "at_most", "amount", "总额不超过100万元"),
        ],
    ),
    # ADDED_SUPPORTS: a value after 再增加 / 再给予 with no noun of its own adds to the support named before
    ("按每台500元给予补贴，购买一级能效产品的再增加200元。", [("补贴", 500.0, "元", "equal", "amount", "按每台500元给予补贴"), ("补贴", 200.0, "元", "increase", "amount", "增加200元")]),
    # RATE_BASES (每多带动) and THRESHOLD_CLAUSES: the base of the rate and the threshold naming who are no targets
    (
        "给予一次性吸纳就业补贴2000元；招用5人以上就业的，每多招用1人再给予500元。",
        [("一次性吸纳就业补贴", 2000.0, "元", "equal", "amount", "一次性吸纳就业补贴2000元"), ("一次性吸纳就业补贴", 500.0, "元", "equal", "amount", "给予500元")],
    ),
    # …but a value after 再给予 that names its own support keeps it
    ("再给予每人1000元的稳岗补贴。", [("稳岗补贴", 1000.0, "元", "equal", "amount", "给予每人1000元的稳岗补贴")]),
    # STANDARD_APPLIED: the thing named before 按 is what the rate sizes, when the standard is applied after it
    ("村级保洁员报酬按每人每月不低于800元落实。", [("村级保洁员报酬", 800.0, "元", "at_least", "amount", "村级保洁员报酬按每人每月不低于800元")]),
    ("污水设施运维费按每吨1.2元标准由县镇两级财政分担。", [("污水设施运维费", 1.2, "元", "equal", "amount", "污水设施运维费按每吨1.2元")]),
    # GRADE_RATES: grades listed with their rates before one support, each grade with that support
    (
        "按照一类每平方米300元、二类每平方米200元的标准给予改造补助。",
        [("一类改造补助", 300.0, "元", "equal", "amount", "一类每平方米300元"), ("二类改造补助", 200.0, "元", "equal", "amount", "二类每平方米200元")],
    ),
    # …but 按照 alone before the per-unit word is no grade
    ("按照每户不超过8000元的标准给予适老化改造补助。", [("适老化改造补助", 8000.0, "元", "at_most", "amount", "每户不超过8000元的标准给予适老化改造补助")]),
    # SERVICE_TERMS: a term named by 期 under a limit is an amount (a cycle, 周期, is not such a term)
    ("订单定向医学生服务期不少于6年。", [("订单定向医学生服务期", 6.0, "年", "at_least", "amount", "订单定向医学生服务期不少于6年")]),
    # PER_BENEFICIARY after 对: what one beneficiary may get
    ("对单个项目的资助额原则上不超过500万元。", [("资助额", 500.0, "万元", "at_most", "amount", "资助额原则上不超过500万元")]),
    # RECIPIENT_LISTS read inside a 分别 clause: 「对获得一、二、三等奖的…」 names the prizes, not 对获得一
    (
        "对获得一、二、三等奖的团队分别给予8万元、5万元、2万元奖励。",
        [
            ("一等奖奖励", 8.0, "万元", "equal", "amount", "给予8万元、5万元、2万元奖励"),
            ("二等奖奖励", 5.0, "万元", "equal", "amount", "5万元、2万元奖励"),
            ("三等奖奖励", 2.0, "万元", "equal", "amount", "2万元奖励"),
        ],
    ),
    # MANNERS: 主导 / 参与 opening the recipients' verb go with it
    (
        "对参与制定国家标准、行业标准的企业，分别给予20万元、10万元奖励。",
        [("国家标准奖励", 20.0, "万元", "equal", "amount", "给予20万元、10万元奖励"), ("行业标准奖励", 10.0, "万元", "equal", "amount", "10万元奖励")],
    ),
    # the payer before 分别 (「市财政分别给予」) is no list: the recipients are those of the clause before
    (
        "对新获批国家重点实验室、省级重点实验室的，区财政分别给予500万元、200万元建设补助。",
        [("国家重点实验室建设补助", 500.0, "万元", "equal", "amount", "给予500万元、200万元建设补助"), ("省级重点实验室建设补助", 200.0, "万元", "equal", "amount", "200万元建设补助")],
    ),
    # RECIPIENT_WORDS: a recipient between the support verb and the support is no part of its name
    ("对新认定的示范街区，给予所在区一次性奖励200万元。", [("一次性奖励", 200.0, "万元", "equal", "amount", "一次性奖励200万元")]),
    ("按每人每天20元给予旅行社奖励。", [("奖励", 20.0, "元", "equal", "amount", "按每人每天20元给予旅行社奖励")]),
    # PER_RATE_WORDS: a per-unit word in a standard's name makes the standard each one's (amount); one closing the name
    # leaves it, 亩均 stays (session 23, TARGET_LABELING.md: the holder before it goes)
    ("新建高标准农田亩均投入不低于2500元。", [("亩均投入", 2500.0, "元", "at_least", "amount", "亩均投入不低于2500元")]),
    ("对入驻的算力中心，电价每千瓦时不高于0.5元。", [("电价", 0.5, "元", "at_most", "amount", "电价每千瓦时不高于0.5元")]),
    # a share written as a fraction is its value to four places, unitless
    ("按其实际缴纳社会保险费的1/3给予社会保险补贴。", [("社会保险补贴", 0.3333, "", "equal", "amount", "1/3给予社会保险补贴")]),
    # RECIPIENT_SHARES: where the sentence names only the recipient, before 按, and a bare verb closes the share
    (
        "小微企业按上年度实际缴纳失业保险费的70%返还，大中型企业按40%返还。",
        [("小微企业", 70.0, "%", "equal", "amount", "小微企业按上年度实际缴纳失业保险费的70%"), ("大中型企业", 40.0, "%", "equal", "amount", "大中型企业按40%")],
    ),
    # STAGE_LISTS: the stages a support is paid by, after 按照, a count of them closing the list
    (
        "对拟挂牌的企业，按照完成规范化改制、挂牌申报两个阶段，分别给予30万元、50万元奖励。",
        [("规范化改制奖励", 30.0, "万元", "equal", "amount", "给予30万元、50万元奖励"), ("挂牌申报奖励", 50.0, "万元", "equal", "amount", "50万元奖励")],
    ),
    # a one-character verb of jieba's opening a listed name is part of it (「瞪羚企业」, not 羚企业)
    (
        "对首次认定的瞪羚企业、独角兽企业，分别给予30万元、200万元奖励。",
        [("瞪羚企业奖励", 30.0, "万元", "equal", "amount", "给予30万元、200万元奖励"), ("独角兽企业奖励", 200.0, "万元", "equal", "amount", "200万元奖励")],
    ),
    # NAME_LEADS may_apply after a per-unit quantifier: 「每家企业每年可申领」 leaves the support
    ("每家企业每年可申领服务券最高10万元。", [("服务券", 10.0, "万元", "at_most", "amount", "服务券最高10万元")]),
    # PER_UNIT before a support's total: 「单个旅行社每年奖励总额」 → 奖励总额
    ("单个协会每年补助总额最高不超过30万元。", [("补助总额", 30.0, "万元", "at_most", "amount", "补助总额最高不超过30万元")]),
    # 每期: what each session must meet
    ("每期培训时间不少于24学时。", [("培训时间", 24.0, "学时", "at_least", "amount", "培训时间不少于24学时")]),
    # PER 每生 (per pupil): the value after 提高到每生每年 is a per-pupil standard, an amount
    ("高中生均公用经费标准提高到每生每年1200元。", [("高中生均公用经费标准", 1200.0, "元", "reach", "amount", "高中生均公用经费标准提高到每生每年1200元")]),
    # SUPPORT_NAMED with 救助金 / 慰问金: a relief payment named after 发放
    ("对受灾群众每人一次性发放临时救助金800元。", [("临时救助金", 800.0, "元", "equal", "amount", "临时救助金800元")]),
    # 不小于 / 不大于 are limits; 每处 opens what each site must have (an amount)
    ("每处应急避难场所有效面积不小于1500平方米。", [("有效面积", 1500.0, "平方米", "at_least", "amount", "有效面积不小于1500平方米")]),
    # a clause naming a support after its verb (发放, 给予) mid-clause hands that support to the next clause's cap
    ("面向小微企业发放服务券，每家企业每年最高抵扣10万元。", [("服务券", 10.0, "万元", "at_most", "amount", "每年最高抵扣10万元")]),
    # SUPPORT_VERB 收取: a fee set for each (an obligation) names what is charged after the verb
    ("对符合条件的企业按日0.2‰收取转贷资金使用费。", [("转贷资金使用费", 0.2, "‰", "equal", "amount", "0.2‰收取转贷资金使用费")]),
    # RETURNED_SHARES borne: the base a public purse bears a share of
    ("市级财政承担农业保险保费的20%。", [("农业保险保费", 20.0, "%", "equal", "amount", "农业保险保费的20%")]),
    # SUPPORT_NAMED 经费: a fund given to each
    ("每个站点每年给予运行经费2万元。", [("运行经费", 2.0, "万元", "equal", "amount", "运行经费2万元")]),
    # 只能 is a limit, 获批 a verb of getting support: the thing granted follows the value
    ("同一单位每年只能获批两项重点课题。", [("重点课题", 2.0, "项", "at_most", "amount", "每年只能获批两项重点课题")]),
    # ANNUAL_LINKS: 「、每年」 after a plain value still lists a value of the same support (a limit before it does
    # not: 「最长24个月、每月1250元的安居补贴」 keeps 1250 plain)
    (
        "每人给予连续2年、每年10万元的科研经费支持。",
        [("科研经费支持", 2.0, "年", "equal", "amount", "给予连续2年、每年10万元的科研经费支持"), ("科研经费支持", 10.0, "万元", "equal", "amount", "每年10万元的科研经费支持")],
    ),
    (
        "可选择领取最长12个月、每月800元的租房补贴。",
        [("租房补贴", 12.0, "个月", "at_most", "amount", "最长12个月、每月800元的租房补贴"), ("租房补贴", 800.0, "元", "equal", "amount", "每月800元的租房补贴")],
    ),
    # LIMITED_TAKES: 限领 / 限补 caps what one beneficiary takes of the support named before
    (
        "按销售价格的10%给予补贴，每位消费者限补2件。",
        [("补贴", 10.0, "%", "equal", "amount", "10%给予补贴"), ("补贴", 2.0, "件", "at_most", "amount", "限补2件")],
    ),
    ("发放旅游消费券，每人每次限领2张。", [("旅游消费券", 2.0, "张", "at_most", "amount", "每人每次限领2张")]),
    # LISTED_NAME_MAX: a listed recipient up to 20 characters is a name
    (
        "对新认定的国家级、省级企业技术中心或工程技术研究中心，分别给予300万元、50万元奖励。",
        [
            ("国家级企业技术中心或工程技术研究中心奖励", 300.0, "万元", "equal", "amount", "给予300万元、50万元奖励"),
            ("省级企业技术中心或工程技术研究中心奖励", 50.0, "万元", "equal", "amount", "50万元奖励"),
        ],
    ),
    # SUPPORT_VERB_NOUN 减免 and an ordinal year opening the name (a filler): 「第三年租金减免50%」 → 租金减免
    ("入驻企业前两年免收租金，第三年租金减免30%。", [("免收租金", 2.0, "年", "equal", "amount", "两年免收租金"), ("租金减免", 30.0, "%", "equal", "amount", "租金减免30%")]),
]


@pytest.mark.parametrize(("sentence", "want"), AMOUNTS8)
def test_round8_amount_rule(sentence, want):
    got = [(t.indicator, t.value, t.unit, t.comparator, t.kind, sentence[t.start : t.end]) for t in find_targets(sentence)]
    assert got == want


@pytest.mark.parametrize("sentence", ["于2026/3/5前报送。", "编号26/3的项目。"])
def test_a_date_or_code_with_a_slash_is_no_fraction(sentence):
    assert find_targets(sentence) == []


def test_a_count_after_zai_zengjia_stays_a_goal():
    """ADDED_SUPPORTS take sums and shares only: a count after 再增加 is no support's sum, even after one."""
    got = [(t.indicator, t.value, t.comparator, t.kind) for t in find_targets("对新认定的示范点给予10万元补助，全年力争示范点再增加10家。")]
    assert got == [("补助", 10.0, "equal", "amount"), ("示范点", 10.0, "increase", "goal")]  # (再 is a filler closing a name)
