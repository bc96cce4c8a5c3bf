"""Round 14 of the goal rules (issue 11), from the goal errors of round 13 (and what was left of rounds 10–12)
grouped by construction: text written for the test (not copied from a labelled notice), each asserting the
exact indicator, value, unit, comparator, kind, year and the span's text."""

import pytest

from pipeline.targets.recognise import find_targets
from target_rows import fields

# (sentence, index of the target, (indicator, value, unit, comparator, kind, year), the span's text)
GOALS14 = [
    # list_tails.MEMBER_TAILS member_noun: members without a measure, the last closing on a noun before the shared measure
    ("废铜、废铝、废旧轮胎回收量分别达到20万吨、30万吨、15万吨。", 0, ("废铜回收量", 20.0, "万吨", "reach", "goal", None), "废铜、废铝、废旧轮胎回收量分别达到20万吨"),
    ("废铜、废铝、废旧轮胎回收量分别达到20万吨、30万吨、15万吨。", 2, ("废旧轮胎回收量", 15.0, "万吨", "reach", "goal", None), "废旧轮胎回收量分别达到20万吨、30万吨、15万吨"),
    # …a verb inside the last member (冶炼渣) is no member alone: the measure starts after the member's noun
    ("到2027年，尾矿、赤泥、冶炼渣综合利用率分别达到40%、20%、90%。", 1, ("赤泥综合利用率", 20.0, "%", "reach", "goal", 2027), "赤泥、冶炼渣综合利用率分别达到40%、20%"),
    # …whole names opening alike are left whole
    ("乡村旅游接待人次、乡村旅游收入分别增长10%、12%。", 0, ("乡村旅游接待人次", 10.0, "%", "increase", "goal", None), "乡村旅游接待人次、乡村旅游收入分别增长10%"),
    # list_tails.LEVEL_MEMBERS held_level: levels listed, the holder's words before the first level given to every level
    ("馆藏一级、二级古籍数字化率分别达到100%、70%。", 1, ("馆藏二级古籍数字化率", 70.0, "%", "reach", "goal", None), "二级古籍数字化率分别达到100%、70%"),
    ("馆藏一级、二级古籍数字化率分别达到100%、70%。", 0, ("馆藏一级古籍数字化率", 100.0, "%", "reach", "goal", None), "馆藏一级、二级古籍数字化率分别达到100%"),
    # found.WORD_CLOSINGS word_closing: a one-character filler closing a word with the character before it stays (许可)
    ("全年完成商标使用许可200件以上。", 0, ("商标使用许可", 200.0, "件", "at_least", "goal", None), "商标使用许可200件以上"),
    # names.SCOPES region: a scope word joined to a level by 和 is a listed level, no scope
    ("到2027年，全省和市级示范性家庭农场达到500家。", 0, ("全省和市级示范性家庭农场", 500.0, "家", "reach", "goal", 2027), "全省和市级示范性家庭农场达到500家"),
    # …全国 names a national grade, no scope
    ("全国重点文物保护单位安防设施达标率达到100%。", 0, ("全国重点文物保护单位安防设施达标率", 100.0, "%", "reach", "goal", None), "全国重点文物保护单位安防设施达标率达到100%"),
    # …while the notice's own territory still leaves the name
    ("全省农村自来水普及率达到95%。", 0, ("农村自来水普及率", 95.0, "%", "reach", "goal", None), "农村自来水普及率达到95%"),
    # modifiers.JOINT_VERBS build_together: 共享 names the thing shared, no verb of building together
    ("建设共享充电车位不少于200个。", 0, ("共享充电车位", 200.0, "个", "at_least", "goal", None), "共享充电车位不少于200个"),
    ("到2028年共建实训基地50个以上。", 0, ("实训基地", 50.0, "个", "at_least", "goal", 2028), "实训基地50个以上"),
    # found.YEARS_SPANS years_tally: a count of years before a tally names no measure, the clause's subject is the one before
    ("全县新增就业岗位2000个，两年累计不少于5000个。", 1, ("就业岗位", 5000.0, "个", "at_least", "goal", None), "不少于5000个"),
    # indicator.MISREAD_VERBS verb_read_as_place and SPLIT_NOUNS two_single_characters: 新建 (jieba's ns) is the verb, 步道 one noun
    ("新建口袋公园30个，新建步道45公里。", 1, ("步道", 45.0, "公里", "equal", "goal", None), "步道45公里"),
    # bare.YEARS_LEADS years_lead: a span of years before the verb says how long, the bare value is read
    ("依托滨河空间，三年新建公园12个，同步配建驿站。", 0, ("公园", 12.0, "个", "equal", "goal", None), "公园12个"),
    # names.WHOLE_SHARES deed_share: a verb's 「…的」 clause right before a share says what is counted, its verb too
    ("到2027年，完成消防安全评估的比例达到90%以上。", 0, ("完成消防安全评估的比例", 90.0, "%", "at_least", "goal", 2027), "完成消防安全评估的比例达到90%以上"),
    # name_leads.NAME_LEADS among_them: the whole before 中 stays where a 「…的」 clause says which members are counted
    ("规模以上工业企业中开展数字化改造的企业占比提高到60%。", 0, ("规模以上工业企业中开展数字化改造的企业占比", 60.0, "%", "reach", "goal", None), "规模以上工业企业中开展数字化改造的企业占比提高到60%"),
    # …and where a plain noun follows (round 25: 「…中」 before a share stays, 8 labels of 8 notices)
    ("评审专家中女性专家比例不低于30%。", 0, ("评审专家中女性专家比例", 30.0, "%", "at_least", "goal", None), "评审专家中女性专家比例不低于30%"),
    # indicator.STATISTIC_WORDS per_period: a one-character rhythm before the verb names a statistic, no verb's object
    ("景区年接待游客人次增长10%以上。", 0, ("景区年接待游客人次", 10.0, "%", "at_least", "goal", None), "景区年接待游客人次增长10%以上"),
    # …a year before the verb is none (the payer and its year leave)
    ("县财政2026年安排污水管网改造专项资金不少于8000万元。", 0, ("污水管网改造专项资金", 8000.0, "万元", "at_least", "goal", 2026), "污水管网改造专项资金不少于8000万元"),
    # indicator.STATISTIC_WORDS split_place: a localizer after a one-character noun is one word with it (网上)
    ("网上办事平台注册用户达到50万户。", 0, ("网上办事平台注册用户", 50.0, "万户", "reach", "goal", None), "网上办事平台注册用户达到50万户"),
    # after_value.SIZED_MODIFIERS measured_size: a measure and its size between the value and the counted noun qualify the noun
    ("每个乡镇至少建成1个面积5公顷以上的湿地公园。", 0, ("湿地公园", 1.0, "个", "at_least", "goal", None), "至少建成1个面积5公顷以上的湿地公园"),
    ("建成2个总投资5亿元以上的物流园区。", 0, ("物流园区", 2.0, "个", "equal", "goal", None), "建成2个总投资5亿元以上的物流园区"),
    # indicator.EXTRA_LEADING_VERBS: ACTION_VERBS' verbs of placing, equipping and gathering leave a name before a comparator
    ("归集公共数据不少于500TB。", 0, ("公共数据", 500.0, "TB", "at_least", "goal", None), "公共数据不少于500TB"),
    ("县文化馆配备数字化演播设备不少于20套。", 0, ("数字化演播设备", 20.0, "套", "at_least", "goal", None), "数字化演播设备不少于20套"),
    # indicator.verb_object with bound_words.BOUND_HALVES: a bound half closes the object after the subject's verb
    ("各乡镇集镇区布设回收箱不少于30个。", 0, ("回收箱", 30.0, "个", "at_least", "goal", None), "回收箱不少于30个"),
    # patterns.ATTENDANCE_UNITS attendance: an activity verb alone before a count of attendances names what is counted
    ("每年举办业务培训班不少于6期，培训800人次以上。", 1, ("培训", 800.0, "人次", "at_least", "goal", None), "培训800人次以上"),
    # …an object after the verb is still what is counted
    ("培训林农3000人次以上。", 0, ("林农", 3000.0, "人次", "at_least", "goal", None), "林农3000人次以上"),
    # bare.QUOTA_SUBJECTS quota_place: each place's quota opening a bare value's name is its scope
    ("每个乡镇配备专职网格员3名。", 0, ("专职网格员", 3.0, "名", "equal", "goal", None), "专职网格员3名"),
]


@pytest.mark.parametrize(("sentence", "index", "want", "span"), GOALS14)
def test_round14_goal(sentence, index, want, span):
    target = find_targets(sentence)[index]
    assert fields(target, 6) == want
    assert sentence[target.start : target.end] == span


# members_after.MEMBERS_THEN_NOUN members_verb_noun: the members' targets where no other rule read the clause
MEMBERS14 = [
    ("到2027年，中心城区、县城分别新建公园12个、8个。", [("中心城区公园", 12.0, "个", "equal", 2027, "中心城区、县城分别新建公园12个"), ("县城公园", 8.0, "个", "equal", 2027, "中心城区、县城分别新建公园12个、8个")]),
]


@pytest.mark.parametrize(("sentence", "want"), MEMBERS14)
def test_round14_members_alone(sentence, want):
    found = find_targets(sentence)
    assert [(t.indicator, t.value, t.unit, t.comparator, t.year, sentence[t.start : t.end]) for t in found] == want
    assert all(t.kind == "goal" and t.rule == "respectively" for t in found)
