"""Round 23 of the 分别 / shared-list rules (issue 11), from the list errors of held-out round 22 (and round 21's leftovers):
sentences written for the test (each construction with the notice's wording and a second, differently worded example
of our own), every target with its exact indicator, value, unit, comparator and kind, and the text its span gives back."""

import pytest

from target_rows import targets_with_spans

# (sentence, [(indicator, value, unit, comparator, kind, span text), ...])
LISTS23 = [
    # list_tails.member_tail / member_words: the last listed name's member is never cut in two — it runs over the nouns
    # that bring it as near the longest other listed name (qinxi 22a, zhangyu 21c)…
    ("茶叶、油茶、高山蔬菜、生态渔业综合产值分别达到60亿元、25亿元、30亿元、18亿元。", [
        ("茶叶综合产值", 60.0, "亿元", "reach", "goal", "茶叶、油茶、高山蔬菜、生态渔业综合产值分别达到60亿元"),
        ("油茶综合产值", 25.0, "亿元", "reach", "goal", "油茶、高山蔬菜、生态渔业综合产值分别达到60亿元、25亿元"),
        ("高山蔬菜综合产值", 30.0, "亿元", "reach", "goal", "高山蔬菜、生态渔业综合产值分别达到60亿元、25亿元、30亿元"),
        ("生态渔业综合产值", 18.0, "亿元", "reach", "goal", "生态渔业综合产值分别达到60亿元、25亿元、30亿元、18亿元"),
    ]),
    ("羊肚菌、特色水果、优质稻米种植面积分别达到2万亩、5万亩、10万亩。", [
        ("羊肚菌种植面积", 2.0, "万亩", "reach", "goal", "羊肚菌、特色水果、优质稻米种植面积分别达到2万亩"),
        ("特色水果种植面积", 5.0, "万亩", "reach", "goal", "特色水果、优质稻米种植面积分别达到2万亩、5万亩"),
        ("优质稻米种植面积", 10.0, "万亩", "reach", "goal", "优质稻米种植面积分别达到2万亩、5万亩、10万亩"),
    ]),
    ("中等职业学校、高等职业院校在校生规模分别稳定在4.5万人、6万人左右。", [
        ("中等职业学校在校生规模", 4.5, "万人", "approx", "goal", "中等职业学校、高等职业院校在校生规模分别稳定在4.5万人"),
        ("高等职业院校在校生规模", 6.0, "万人", "approx", "goal", "高等职业院校在校生规模分别稳定在4.5万人、6万人"),
    ]),
    ("中等职业学校、技工学校在校生规模分别达到3万人、1万人。", [
        ("中等职业学校在校生规模", 3.0, "万人", "reach", "goal", "中等职业学校、技工学校在校生规模分别达到3万人"),
        ("技工学校在校生规模", 1.0, "万人", "reach", "goal", "技工学校在校生规模分别达到3万人、1万人"),
    ]),
    # …and list_tails.SHARED_HEAD_WORDS sector: 产业 opens the measure every member has (yuancheng 22b)
    ("化学药、生物药、医疗器械产业营业收入分别达到200亿元、180亿元、120亿元。", [
        ("化学药产业营业收入", 200.0, "亿元", "reach", "goal", "化学药、生物药、医疗器械产业营业收入分别达到200亿元"),
        ("生物药产业营业收入", 180.0, "亿元", "reach", "goal", "生物药、医疗器械产业营业收入分别达到200亿元、180亿元"),
        ("医疗器械产业营业收入", 120.0, "亿元", "reach", "goal", "医疗器械产业营业收入分别达到200亿元、180亿元、120亿元"),
    ]),
    ("光伏、风电、新能源汽车产业产值分别达到150亿元、90亿元、300亿元。", [
        ("光伏产业产值", 150.0, "亿元", "reach", "goal", "光伏、风电、新能源汽车产业产值分别达到150亿元"),
        ("风电产业产值", 90.0, "亿元", "reach", "goal", "风电、新能源汽车产业产值分别达到150亿元、90亿元"),
        ("新能源汽车产业产值", 300.0, "亿元", "reach", "goal", "新能源汽车产业产值分别达到150亿元、90亿元、300亿元"),
    ]),
    # counter-examples: places owning a sector's zone share the zone (SECTOR_PLACES); a level ending as the others'
    # levels, a kind ending as the others' kinds, or a qualifier before a shared noun, keeps the member short (things)
    ("泺阳、霄城生物医药产业集聚区营业收入分别达到800亿元、500亿元。", [
        ("泺阳生物医药产业集聚区营业收入", 800.0, "亿元", "reach", "goal", "泺阳、霄城生物医药产业集聚区营业收入分别达到800亿元"),
        ("霄城生物医药产业集聚区营业收入", 500.0, "亿元", "reach", "goal", "霄城生物医药产业集聚区营业收入分别达到800亿元、500亿元"),
    ]),
    ("国家级、省级畜禽养殖标准化示范场分别达到2个、8个。", [
        ("国家级畜禽养殖标准化示范场", 2.0, "个", "reach", "goal", "国家级、省级畜禽养殖标准化示范场分别达到2个"),
        ("省级畜禽养殖标准化示范场", 8.0, "个", "reach", "goal", "省级畜禽养殖标准化示范场分别达到2个、8个"),
    ]),
    ("批而未供和闲置土地处置率分别达到25%、20%以上。", [
        ("批而未供土地处置率", 25.0, "%", "at_least", "goal", "批而未供和闲置土地处置率分别达到25%"),
        ("闲置土地处置率", 20.0, "%", "at_least", "goal", "闲置土地处置率分别达到25%、20%"),
    ]),
    ("城市、县城污水处理率分别达到98%、95%。", [
        ("城市污水处理率", 98.0, "%", "reach", "goal", "城市、县城污水处理率分别达到98%"),
        ("县城污水处理率", 95.0, "%", "reach", "goal", "县城污水处理率分别达到98%、95%"),
    ]),
    # lists._shared_head: 中 after the last level is 「among」 only as a word of its own — 中医 keeps it (yuping 22b)
    ("省级、市级中医重点专科分别达到2个、5个。", [
        ("省级中医重点专科", 2.0, "个", "reach", "goal", "省级、市级中医重点专科分别达到2个"),
        ("市级中医重点专科", 5.0, "个", "reach", "goal", "市级中医重点专科分别达到2个、5个"),
    ]),
    ("国家级、省级中药材规范化种植基地分别达到3个、10个。", [
        ("国家级中药材规范化种植基地", 3.0, "个", "reach", "goal", "国家级、省级中药材规范化种植基地分别达到3个"),
        ("省级中药材规范化种植基地", 10.0, "个", "reach", "goal", "省级中药材规范化种植基地分别达到3个、10个"),
    ]),
    ("县道、乡道中三级及以上公路比例分别达到60%、40%。", [
        ("县道三级及以上公路比例", 60.0, "%", "reach", "goal", "县道、乡道中三级及以上公路比例分别达到60%"),
        ("乡道三级及以上公路比例", 40.0, "%", "reach", "goal", "乡道中三级及以上公路比例分别达到60%、40%"),
    ]),
    # list_levels.COUNTED_PLACES: bare places listed with 、 before a count of levels are levels, the count dropped
    # (TARGET_LABELING.md: 「县乡村三级…」 → 县级…; quling 22a)
    ("省、市、县三级政务服务中心“一窗通办”覆盖率分别达到100%、95%、90%。", [
        ("省级政务服务中心“一窗通办”覆盖率", 100.0, "%", "reach", "goal", "省、市、县三级政务服务中心“一窗通办”覆盖率分别达到100%"),
        ("市级政务服务中心“一窗通办”覆盖率", 95.0, "%", "reach", "goal", "市、县三级政务服务中心“一窗通办”覆盖率分别达到100%、95%"),
        ("县级政务服务中心“一窗通办”覆盖率", 90.0, "%", "reach", "goal", "县三级政务服务中心“一窗通办”覆盖率分别达到100%、95%、90%"),
    ]),
    ("省、市两级重点实验室分别达到3家、12家。", [
        ("省级重点实验室", 3.0, "家", "reach", "goal", "省、市两级重点实验室分别达到3家"),
        ("市级重点实验室", 12.0, "家", "reach", "goal", "市两级重点实验室分别达到3家、12家"),
    ]),
    # counter-example: places without a count word stay as written
    ("省、市、县政务服务中心覆盖率分别达到100%、95%、90%。", [
        ("省政务服务中心覆盖率", 100.0, "%", "reach", "goal", "省、市、县政务服务中心覆盖率分别达到100%"),
        ("市政务服务中心覆盖率", 95.0, "%", "reach", "goal", "市、县政务服务中心覆盖率分别达到100%、95%"),
        ("县政务服务中心覆盖率", 90.0, "%", "reach", "goal", "县政务服务中心覆盖率分别达到100%、95%、90%"),
    ]),
    # lists._predicate: a bare verb between 分别 and the values is the commitment's, no part of the name (yingchuan 22b,
    # muchuan 17)…
    ("供水管网、排水管网、供热管网分别改造260公里、420公里、120公里。", [
        ("供水管网", 260.0, "公里", "equal", "goal", "供水管网、排水管网、供热管网分别改造260公里"),
        ("排水管网", 420.0, "公里", "equal", "goal", "排水管网、供热管网分别改造260公里、420公里"),
        ("供热管网", 120.0, "公里", "equal", "goal", "供热管网分别改造260公里、420公里、120公里"),
    ]),
    ("燃气管道、雨污水管道分别新改造80公里、150公里。", [
        ("燃气管道", 80.0, "公里", "equal", "goal", "燃气管道、雨污水管道分别新改造80公里"),
        ("雨污水管道", 150.0, "公里", "equal", "goal", "雨污水管道分别新改造80公里、150公里"),
    ]),
    # …but after a verb of commitment the action is what is measured (counter-example: the guide's 县道改造)
    ("县道、乡道、村道分别完成改造60公里、120公里、200公里。", [
        ("县道改造", 60.0, "公里", "equal", "goal", "县道、乡道、村道分别完成改造60公里"),
        ("乡道改造", 120.0, "公里", "equal", "goal", "乡道、村道分别完成改造60公里、120公里"),
        ("村道改造", 200.0, "公里", "equal", "goal", "村道分别完成改造60公里、120公里、200公里"),
    ]),
]


@pytest.mark.parametrize(("sentence", "want"), LISTS23, ids=[sentence[:16] for sentence, _ in LISTS23])
def test_round23_list(sentence, want):
    assert targets_with_spans(sentence) == want


@pytest.mark.xfail(strict=True, reason="the last member is measured against the longest other listed name: 特色林果 (4) after 水稻, 小麦 (2) is cut to 特色, as 县城污水处理率 after 城市 must be; jieba's tags do not tell the two apart")
def test_round23_a_last_member_longer_than_the_others():
    assert [t[0] for t in targets_with_spans("水稻、小麦、特色林果种植面积分别达到30万亩、12万亩、8万亩。")] == ["水稻种植面积", "小麦种植面积", "特色林果种植面积"]


@pytest.mark.xfail(strict=True, reason="中等职业学校 (6) after 普通高中 (4) is cut to 中等职业, and the 中 closing 普通高中 is then read as 「among」")
def test_round23_a_last_member_of_a_school_kind():
    assert [t[0] for t in targets_with_spans("普通高中、中等职业学校招生规模分别稳定在2万人、1.5万人左右。")] == ["普通高中招生规模", "中等职业学校招生规模"]


# (sentence, [(indicator, value, unit, comparator, kind, span text), ...])
RECIPIENTS23 = [
    # list_names.ORDINAL_CLASSES: an ordinal class of what the recipients hold is a level of it, as …级 is: the classes name
    # the support, the holding not repeated (TARGET_LABELING.md 分别: 「取得高级工、技师…证书的」 → 高级工…; yuancheng 22b)
    ("对取得第二类、第三类医疗器械注册证的产品，分别给予50万元、200万元奖励。", [
        ("第二类奖励", 50.0, "万元", "equal", "amount", "给予50万元、200万元奖励"),
        ("第三类奖励", 200.0, "万元", "equal", "amount", "200万元奖励"),
    ]),
    ("对新取得第二类、第三类医疗器械产品注册证的企业，每个产品分别奖励30万元、100万元。", [
        ("第二类奖励", 30.0, "万元", "equal", "amount", "奖励30万元"),
        ("第三类奖励", 100.0, "万元", "equal", "amount", "100万元"),
    ]),
    # list_names._level_of_first: a kind of holding (…类) before the first level is the holding's (qinxi 22a)
    ("取得农业类中级、高级职称的乡土人才，分别给予3000元、5000元一次性奖励。", [
        ("中级一次性奖励", 3000.0, "元", "equal", "amount", "给予3000元、5000元一次性奖励"),
        ("高级一次性奖励", 5000.0, "元", "equal", "amount", "5000元一次性奖励"),
    ]),
    ("对取得工程类中级、高级职称的技术人员，分别给予2000元、4000元一次性奖励。", [
        ("中级一次性奖励", 2000.0, "元", "equal", "amount", "给予2000元、4000元一次性奖励"),
        ("高级一次性奖励", 4000.0, "元", "equal", "amount", "4000元一次性奖励"),
    ]),
    # list_names.CONDITIONED_LISTS: recipients after their 「…的」 condition in a clause of their own, no 对, the 分别 clause
    # after it; a field (LIST_SCOPES speciality) opening the first is no part of it (yuping 22b)
    ("全职引进到县级公立医疗机构工作的中医专业博士、硕士研究生，分别给予一次性安家补贴20万元、10万元。", [
        ("博士研究生一次性安家补贴", 20.0, "万元", "equal", "amount", "一次性安家补贴20万元"),
        ("硕士研究生一次性安家补贴", 10.0, "万元", "equal", "amount", "10万元"),
    ]),
    ("新入职乡镇卫生院的临床医学专业本科、专科毕业生，分别给予一次性入职补贴3万元、2万元。", [
        ("本科毕业生一次性入职补贴", 3.0, "万元", "equal", "amount", "一次性入职补贴3万元"),
        ("专科毕业生一次性入职补贴", 2.0, "万元", "equal", "amount", "2万元"),
    ]),
    # lists.HOLDER_LISTS holders: a time condition of up to 16 characters before 取得 (zhangyu 21c)
    ("在校期间或毕业后3年内取得技师、高级技师职业资格证书的，分别给予3000元、5000元一次性技能提升奖励。", [
        ("技师一次性技能提升奖励", 3000.0, "元", "equal", "amount", "给予3000元、5000元一次性技能提升奖励"),
        ("高级技师一次性技能提升奖励", 5000.0, "元", "equal", "amount", "5000元一次性技能提升奖励"),
    ]),
    ("毕业5年内首次来我市就业并取得中级工、高级工证书的，分别给予1000元、2000元一次性补贴。", [
        ("中级工一次性补贴", 1000.0, "元", "equal", "amount", "给予1000元、2000元一次性补贴"),
        ("高级工一次性补贴", 2000.0, "元", "equal", "amount", "2000元一次性补贴"),
    ]),
    # counter-examples: classes that are the recipients themselves keep their head (the guide's A类人才), and a 「…的」 clause
    # that is no list of recipients gives no names
    ("对新认定的A类、B类人才，分别给予50万元、30万元安家补贴。", [
        ("A类人才安家补贴", 50.0, "万元", "equal", "amount", "给予50万元、30万元安家补贴"),
        ("B类人才安家补贴", 30.0, "万元", "equal", "amount", "30万元安家补贴"),
    ]),
]


@pytest.mark.parametrize(("sentence", "want"), RECIPIENTS23, ids=[sentence[:16] for sentence, _ in RECIPIENTS23])
def test_round23_recipients(sentence, want):
    assert targets_with_spans(sentence) == want


def test_round23_a_condition_clause_without_a_list_names_no_recipients():
    from pipeline.targets.list_names import conditioned_list

    assert conditioned_list("全职引进到县级公立医疗机构工作的中医专业博士、硕士研究生") == ["博士研究生", "硕士研究生"]
    assert conditioned_list("对符合条件的企业") == []  # no list
    assert conditioned_list("企业研发投入、营业收入增长较快的") == []  # the list stands before the 的: a condition, not recipients


@pytest.mark.xfail(strict=True, reason="stages (Ⅰ期、Ⅱ期临床试验) are read as no levels of a holding: round 8a's writer labelled 「Ⅰ期临床试验资助」, round 22a's 「Ⅰ期资助」, and the guide's levels line names only …级 and …性 — the lead should settle it")
def test_round23_stages_of_a_trial_name_the_support():
    got = [t[0] for t in targets_with_spans("对完成Ⅰ期、Ⅱ期、Ⅲ期临床试验的一类创新药，分别给予最高500万元、1000万元、2000万元资助。")]
    assert got == ["Ⅰ期资助", "Ⅱ期资助", "Ⅲ期资助"]


# lists.respectively with list_levels.level_shared: a level word opening the first listed name of a goal list is every
# name's, as in a list of recipients (TARGET_LABELING.md: 「国家体育产业示范基地、示范单位、示范项目」 → 国家体育产业示范单位;
# lichuan 21c), before the first name is read for a category (示范 is no verb of the list)
LEVELS23 = [
    ("创建国家体育产业示范基地、示范单位、示范项目分别达到1个、3个、5个。", [
        ("国家体育产业示范基地", 1.0, "个", "reach", "goal", "国家体育产业示范基地、示范单位、示范项目分别达到1个"),
        ("国家体育产业示范单位", 3.0, "个", "reach", "goal", "示范单位、示范项目分别达到1个、3个"),
        ("国家体育产业示范项目", 5.0, "个", "reach", "goal", "示范项目分别达到1个、3个、5个"),
    ]),
    ("新创建国家全域旅游示范区、示范县分别达到1个、2个。", [
        ("国家全域旅游示范区", 1.0, "个", "reach", "goal", "国家全域旅游示范区、示范县分别达到1个"),
        ("国家全域旅游示范县", 2.0, "个", "reach", "goal", "示范县分别达到1个、2个"),
    ]),
    # counter-example: names with levels of their own take neither the level nor the first name's words (shared_prefix)
    ("新引进国际品牌首店、全国首店、省级首店分别达到5家、10家、20家。", [
        ("国际品牌首店", 5.0, "家", "reach", "goal", "国际品牌首店、全国首店、省级首店分别达到5家"),
        ("全国首店", 10.0, "家", "reach", "goal", "全国首店、省级首店分别达到5家、10家"),
        ("省级首店", 20.0, "家", "reach", "goal", "省级首店分别达到5家、10家、20家"),
    ]),
]


@pytest.mark.parametrize(("sentence", "want"), LEVELS23, ids=[sentence[:16] for sentence, _ in LEVELS23])
def test_round23_a_shared_level_in_a_goal_list(sentence, want):
    assert targets_with_spans(sentence) == want


# lists.recipients: listed recipients as long as each other and of one kind (the same last two characters) are parallel
# names — no verb is cut off the first (jieba tags 通用 a verb; round 20b's 通用大模型、行业大模型)
PARALLEL23 = [
    ("对完成生成式人工智能服务备案并上线运营的通用大模型、行业大模型，分别给予300万元、100万元一次性奖励。", [
        ("通用大模型一次性奖励", 300.0, "万元", "equal", "amount", "给予300万元、100万元一次性奖励"),
        ("行业大模型一次性奖励", 100.0, "万元", "equal", "amount", "100万元一次性奖励"),
    ]),
    ("对新上线的通用智能体、专用智能体，分别给予50万元、20万元奖励。", [
        ("通用智能体奖励", 50.0, "万元", "equal", "amount", "给予50万元、20万元奖励"),
        ("专用智能体奖励", 20.0, "万元", "equal", "amount", "20万元奖励"),
    ]),
    # counter-example: a verb before the first of names of different lengths still leaves (新认定 is the list's)
    ("对新认定的国家级、省级农业产业化龙头企业，分别给予50万元、20万元一次性奖励。", [
        ("国家级农业产业化龙头企业一次性奖励", 50.0, "万元", "equal", "amount", "给予50万元、20万元一次性奖励"),
        ("省级农业产业化龙头企业一次性奖励", 20.0, "万元", "equal", "amount", "20万元一次性奖励"),
    ]),
]


@pytest.mark.parametrize(("sentence", "want"), PARALLEL23, ids=[sentence[-24:-8] for sentence, _ in PARALLEL23])
def test_round23_parallel_recipients(sentence, want):
    assert targets_with_spans(sentence) == want
