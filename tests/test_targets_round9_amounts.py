"""Rules of the ninth round for support amounts (issue 11), each on sentences written for the test, not
copied from a labelled notice: every target of the sentence with its exact indicator, value, unit,
comparator and kind, and the text its span gives back."""

import pytest

from target_rows import targets_with_spans

# (sentence, [(indicator, value, unit, comparator, kind, span text), ...])
AMOUNTS9 = [
    # PER_QUANTIFIER_WORDS 条 / 头: a per-unit quantifier and its item are no part of the support's name
    ("对新建冷链生产线的，每条生产线补助20万元。", [("补助", 20.0, "万元", "equal", "amount", "补助20万元")]),
    ("单条航线年度补贴最高200万元。", [("年度补贴", 200.0, "万元", "at_most", "amount", "年度补贴最高200万元")]),
    ("对引进良种母羊的，每头补助800元。", [("补助", 800.0, "元", "equal", "amount", "补助800元")]),
    # ITEM_EACH_SUPPORTS: an item and its 每头 before a bare support word
    ("对养殖户新生羔羊每头补助300元。", [("补助", 300.0, "元", "equal", "amount", "补助300元")]),  # (session 18: 每头 is head.PER's per-unit word, peeled with what it follows)
    # NAME_TAILS: a trailing 按 opens the standard
    ("人才驿站租金按不高于同地段市场租金的60%确定。", [("人才驿站租金", 60.0, "%", "at_most", "amount", "人才驿站租金按不高于同地段市场租金的60%")]),
    # ONLY_PER_UNIT_NAMES: 单站 / 单台（套） cap the support named before
    (
        "按设备投资额的20%给予补助，单站最高100万元。",
        [("补助", 20.0, "%", "equal", "amount", "20%给予补助"), ("补助", 100.0, "万元", "at_most", "amount", "单站最高100万元")],
    ),
    (
        "按购置价格的30%给予补助，单台（套）最高50万元。",
        [("补助", 30.0, "%", "equal", "amount", "30%给予补助"), ("补助", 50.0, "万元", "at_most", "amount", "（套）最高50万元")],
    ),
    # ATTRIBUTE_TAILS with a holder after them: levels of schooling name the recipients, the holding not repeated
    (
        "对新引进的博士、硕士、本科学历人才，分别按每人每月1800元、1200元、800元发放生活补贴。",
        [
            ("博士生活补贴", 1800.0, "元", "equal", "amount", "按每人每月1800元、1200元、800元发放生活补贴"),
            ("硕士生活补贴", 1200.0, "元", "equal", "amount", "1200元、800元发放生活补贴"),
            ("本科生活补贴", 800.0, "元", "equal", "amount", "800元发放生活补贴"),
        ],
    ),
    # SECOND_CONDITIONS where_doing: a condition after the recipient is no part of its name
    (
        "对经认定的A、B、C类人才在市内首次购买住房的，分别给予最高200万元、100万元、50万元购房补贴。",
        [
            ("A类人才购房补贴", 200.0, "万元", "at_most", "amount", "给予最高200万元、100万元、50万元购房补贴"),
            ("B类人才购房补贴", 100.0, "万元", "at_most", "amount", "100万元、50万元购房补贴"),
            ("C类人才购房补贴", 50.0, "万元", "at_most", "amount", "50万元购房补贴"),
        ],
    ),
    # LIST_SCOPES field: a field opening the first name is every name's scope
    (
        "对新引进的集成电路领域领军人才、青年人才，分别给予最高300万元、100万元安家补贴。",
        [("领军人才安家补贴", 300.0, "万元", "at_most", "amount", "给予最高300万元、100万元安家补贴"), ("青年人才安家补贴", 100.0, "万元", "at_most", "amount", "100万元安家补贴")],
    ),
    (
        "对主导制定新材料领域国际标准、国家标准、行业标准的企业，分别给予每项最高40万元、20万元、10万元奖励。",
        [
            ("国际标准奖励", 40.0, "万元", "at_most", "amount", "给予每项最高40万元、20万元、10万元奖励"),
            ("国家标准奖励", 20.0, "万元", "at_most", "amount", "20万元、10万元奖励"),
            ("行业标准奖励", 10.0, "万元", "at_most", "amount", "10万元奖励"),
        ],
    ),
    # LIST_CONDITIONS whose (and 再 before 分别): the condition leaves, the last name's head is shared
    (
        "毕业3年内的博士、硕士研究生可再分别申请6万元、4万元一次性安家补贴。",
        [("博士研究生一次性安家补贴", 6.0, "万元", "equal", "amount", "申请6万元、4万元一次性安家补贴"), ("硕士研究生一次性安家补贴", 4.0, "万元", "equal", "amount", "4万元一次性安家补贴")],
    ),
    # RECIPIENT_LISTS with a drug or device after 的: the stages listed name the support
    (
        "对完成Ⅰ期、Ⅱ期临床试验的医疗器械，分别给予最高300万元、600万元资助。",
        [("Ⅰ期临床试验资助", 300.0, "万元", "at_most", "amount", "给予最高300万元、600万元资助"), ("Ⅱ期临床试验资助", 600.0, "万元", "at_most", "amount", "600万元资助")],
    ),
    # SUPPORT_PHRASES award_and_grant: 以奖代补 is one support word
    ("对验收达标的村，按每村5万元标准给予以奖代补。", [("以奖代补", 5.0, "万元", "equal", "amount", "按每村5万元标准给予以奖代补")]),  # (session 18: 每村 as 「按每户」)
    # PER_UNIT_NAMES one_item with 每条: a per-line cap of the support named before
    (
        "对开通的城际公交线路给予运营补贴，每条线路每年最高不超过300万元。",
        [("运营补贴", 300.0, "万元", "at_most", "amount", "线路每年最高不超过300万元")],
    ),
    # GRANTED_TOTALS: a total granted names the support after the value, one beneficiary's amount
    ("对新引进的创新团队，分阶段给予总额不超过500万元的资助。", [("资助", 500.0, "万元", "at_most", "amount", "不超过500万元的资助")]),
    # TIER_LABELS: tiers labelling the values after 分别为 open each value's name
    (
        "对入驻企业租金予以减免，减免比例分别为第一年80%、第二年50%、第三年20%。",
        [
            ("第一年减免比例", 80.0, "%", "equal", "amount", "减免比例分别为第一年80%"),
            ("第二年减免比例", 50.0, "%", "equal", "amount", "第二年50%"),
            ("第三年减免比例", 20.0, "%", "equal", "amount", "第三年20%"),
        ],
    ),
    # OBLIGATIONS built_alongside: what each project must build alongside, under a limit, is an amount
    ("新建的住宅小区，配建养老服务用房比例不低于5%。", [("配建养老服务用房比例", 5.0, "%", "at_least", "amount", "配建养老服务用房比例不低于5%")]),
    # OBLIGATIONS may_raise: a limit a beneficiary may raise is an amount, not a level brought about
    (
        "支持企业利用自有用地建设职工宿舍，配套设施用地面积占比可由5%提高至10%。",
        [("配套设施用地面积占比", 10.0, "%", "reach", "amount", "配套设施用地面积占比可由5%提高至10%")],
    ),
    # ANNUAL_LINKS with a per-capita word: a duration and a monthly rate listed before one support
    (
        "对吸纳高校毕业生就业的企业，给予最长12个月、每人每月600元的社保补贴。",
        [("社保补贴", 12.0, "个月", "at_most", "amount", "给予最长12个月、每人每月600元的社保补贴"), ("社保补贴", 600.0, "元", "equal", "amount", "每人每月600元的社保补贴")],
    ),
    # SUPPORT_NAMED with 奖励资金: a support's fund named after 给予 sizes every value listed after it
    (
        "对考核排名前三位的区，分别给予奖励资金200万元、150万元、100万元。",
        [
            ("奖励资金", 200.0, "万元", "equal", "amount", "奖励资金200万元"),
            ("奖励资金", 150.0, "万元", "equal", "amount", "150万元"),
            ("奖励资金", 100.0, "万元", "equal", "amount", "100万元"),
        ],
    ),
    # VALUE_FIRST_VERBS amount and SUPPORT_VERB_NOUN with 优惠: a discount named by its verb
    ("对安装ETC的货运车辆，车辆通行费优惠10%。", [("车辆通行费优惠", 10.0, "%", "equal", "amount", "车辆通行费优惠10%")]),
]


@pytest.mark.parametrize("sentence, expected", AMOUNTS9, ids=[s[:14] for s, _ in AMOUNTS9])
def test_round9_amounts(sentence: str, expected: list) -> None:
    assert targets_with_spans(sentence) == expected


def test_respectively_granted_opening_is_no_part_of_the_name() -> None:
    """NAME_OPENINGS: 「分别给予」 opening a name is the list's verb, not the support."""
    from pipeline.targets.amount_names import tidied

    assert tidied("分别给予专项经费", "") == "专项经费"
