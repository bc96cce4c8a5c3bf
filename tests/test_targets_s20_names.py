"""Session 20, names and comparators other than a standard's holder (issue 11). Sentences written for the test:
every target with its exact fields and the text its span gives back.

- head.LIMITED_GRANTS: 限 alone before a verb of granting caps what one beneficiary takes (「每户限补贴2台」 → at most);
- shared_limits.SHARED_LIMITS: a limit word and any verb before a list of counts hold for every member, the members
  written value first or name first (「至少明确1名…和2名…」, 「至少配备A 2名、B 1名」);
- names.SCOPES: 全社会 is no scope word (「全社会研发经费投入强度」 keeps it);
- patterns.PER_UNIT: the item after a per-unit quantifier never opens with a period (「每户每年保费补助」 → 保费补助);
- name_deeds.DONE_ENDS sent_on_errand: 「选派X参加 / 到 / 进 / 赴…」 counts X;
- indicator.PREDICATE_VERBS: 「1家医疗机构开设…」, 「…作为…」, 「…纳入…名单」, 「…担任…」 count the body;
- amount_names.AGE_GROUPS: 「…高龄津贴100元，90周岁至99周岁每人每月200元」 → 高龄津贴 200;
- patterns.FUND_ATTRIBUTES: 「设立X基金，首期规模N亿元」 → 首期规模; a bare 规模 stays the fund's."""

import pytest

from target_rows import targets_with_spans

LIMITED = [
    ("购买节水型洗衣机的，每台给予300元补贴，每户限补贴2台。", [
        ("补贴", 300.0, "元", "equal", "amount", "每台给予300元补贴"),
        ("补贴", 2.0, "台", "at_most", "amount", "补贴2台"),
    ]),
    ("以旧换新购置电动自行车的，每人每类车型限补贴1辆。", [
        ("补贴", 1.0, "辆", "at_most", "amount", "补贴1辆"),
    ]),
]
SHARED = [
    ("每个社区至少明确1名安全联络员和2名专职调解员。", [
        ("安全联络员", 1.0, "名", "at_least", "goal", "至少明确1名安全联络员"),
        ("专职调解员", 2.0, "名", "at_least", "goal", "2名专职调解员"),
    ]),
    ("每所幼儿园至少配备保健医生2名、营养员1名。", [
        ("保健医生", 2.0, "名", "at_least", "amount", "保健医生2名"),
        ("营养员", 1.0, "名", "at_least", "amount", "营养员1名"),
    ]),
    ("对返乡人员至少提供1次政策咨询、2次技能培训。", [
        ("政策咨询", 1.0, "次", "at_least", "amount", "至少提供1次政策咨询"),
        ("技能培训", 2.0, "次", "at_least", "amount", "2次技能培训"),
    ]),
]
# names.SCOPES: 全社会 is no territory, a society-wide statistic keeps it; 全市 is still a scope
SOCIETY = [
    ("全社会用电量年均增长6%。", [
        ("全社会用电量", 6.0, "%", "increase", "goal", "全社会用电量年均增长6%"),
    ]),
    ("全市固定资产投资增长8%。", [
        ("固定资产投资", 8.0, "%", "increase", "goal", "固定资产投资增长8%"),
    ]),
]
# patterns.PER_UNIT: a period after the per-unit quantifier is a frame, no item; the words after it name the support
PERIOD_AFTER_QUANTIFIER = [
    ("每人每年体检补助不超过200元。", [
        ("体检补助", 200.0, "元", "at_most", "amount", "体检补助不超过200元"),
    ]),
    ("每户每年补贴不超过600元。", [
        ("补贴", 600.0, "元", "at_most", "amount", "补贴不超过600元"),
    ]),
]
# name_deeds.DONE_ENDS sent_on_errand: after 选派, the people sent are counted, not their errand
SENT = [
    ("每年选派骨干教师参加省级培训不少于30人次。", [
        ("骨干教师", 30.0, "人次", "at_least", "goal", "骨干教师参加省级培训不少于30人次"),
    ]),
    ("每年选派青年医生到乡镇卫生院服务不少于50名。", [
        ("青年医生", 50.0, "名", "at_least", "goal", "青年医生到乡镇卫生院服务不少于50名"),
    ]),
]
# indicator.PREDICATE_VERBS: after a counted body, 开设 / 作为 / 纳入 / 担任 begin its predicate
PREDICATES = [
    ("每个乡镇至少有1家卫生院开设中医馆。", [
        ("卫生院", 1.0, "家", "at_least", "goal", "至少有1家卫生院"),
    ]),
    ("遴选不少于15家商贸企业纳入保供企业名单。", [
        ("商贸企业", 15.0, "家", "at_least", "goal", "遴选不少于15家商贸企业"),
    ]),
    ("组织100名以上退休教师担任辅导员。", [
        ("退休教师", 100.0, "名", "at_least", "goal", "100名以上退休教师"),
    ]),
]
# amount_names.AGE_GROUPS: an age group alone before a sum per head carries the support named before
AGE_GROUPS = [
    ("对70周岁至79周岁老年人每人每月发放敬老补贴50元，80周岁以上每人每月120元。", [
        ("敬老补贴", 50.0, "元", "equal", "amount", "敬老补贴50元"),
        ("敬老补贴", 120.0, "元", "equal", "amount", "80周岁以上每人每月120元"),
    ]),
]
# patterns.FUND_ATTRIBUTES: a size with a word of its own before 规模 is named so; a bare 规模 is the fund's
FUND_SIZES = [
    ("设立乡村振兴产业基金，首期规模3亿元。", [
        ("首期规模", 3.0, "亿元", "equal", "goal", "首期规模3亿元"),
    ]),
    ("设立科技贷款风险补偿资金池，规模2000万元。", [
        ("科技贷款风险补偿资金池", 2000.0, "万元", "equal", "goal", "规模2000万元"),
    ]),
]
# Where the rules must not change the reading: a period (期限) before a verb is no cap, and a list after a comma is no
# member of the limited list.
UNCHANGED = [
    ("补贴期限补贴3年。", [
        ("补贴期限", 3.0, "年", "equal", "amount", "补贴期限补贴3年"),
    ]),
    ("每年组织企业参加境外展会不少于20场。", [
        ("境外展会", 20.0, "场", "at_least", "goal", "境外展会不少于20场"),
    ]),
    ("全市65周岁以上老年人达到30万人。", [
        ("65周岁以上老年人", 30.0, "万人", "reach", "goal", "65周岁以上老年人达到30万人"),
    ]),
    ("新建10个污水处理厂。", [
        ("污水处理厂", 10.0, "个", "equal", "goal", "新建10个污水处理厂"),
    ]),
    ("每个社区至少配备1名网格员，建成2个服务站。", [
        ("网格员", 1.0, "名", "at_least", "goal", "至少配备1名网格员"),
        ("服务站", 2.0, "个", "equal", "goal", "建成2个服务站"),
    ]),
]
CASES = LIMITED + SHARED + SOCIETY + PERIOD_AFTER_QUANTIFIER + SENT + PREDICATES + AGE_GROUPS + FUND_SIZES + UNCHANGED


@pytest.mark.parametrize(("sentence", "expected"), CASES, ids=[s[:10] for s, _ in CASES])
def test_s20_names(sentence, expected):
    assert targets_with_spans(sentence) == expected
