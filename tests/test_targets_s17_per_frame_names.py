"""A provision per unit (「X按每<unit>不少于N<measure>配置」, 「按每千人不少于N个托位的标准」, 「按照每N公里不少于1处的标准设置
站点」) is named by what is provided: the noun after the value or after its verb of providing, else the noun before 按 without
its holder (provision_names.PROVISION_PARTS). Sentences written for the test: every target with its exact fields and the text
its span gives back, which runs over the name wherever it stands."""

import pytest

from target_rows import targets_with_spans

PROVIDED = [
    ("新建小区按每千人不少于12个托位的标准建设托育设施。", [
        ("托位", 12.0, "个", "at_least", "amount", "按每千人不少于12个托位"),
    ]),
    ("新建商场停车位按每200平方米建筑面积不少于2个设置。", [
        ("停车位", 2.0, "个", "at_least", "amount", "商场停车位按每200平方米建筑面积不少于2个"),
    ]),
    ("新建、改扩建养老院停车泊位原则上按每床位不少于0.5个配置。", [
        ("停车泊位", 0.5, "个", "at_least", "amount", "养老院停车泊位原则上按每床位不少于0.5个"),
    ]),
    ("旅游景区按照每20公里不少于1处的标准设置游客服务站点。", [
        ("游客服务站点", 1.0, "处", "at_least", "amount", "旅游景区按照每20公里不少于1处的标准设置游客服务站点"),
    ]),
    ("规模养鸡场按每千羽存栏不少于2立方米配建粪污贮存设施。", [
        ("粪污贮存设施", 2.0, "立方米", "at_least", "amount", "规模养鸡场按每千羽存栏不少于2立方米配建粪污贮存设施"),
    ]),
    ("住宅小区保洁人员按建筑面积每万平方米不少于3名配备。", [
        ("保洁人员", 3.0, "名", "at_least", "amount", "保洁人员按建筑面积每万平方米不少于3名"),
    ]),
    ("安保人员按照每个出入口不少于2人的标准配备。", [
        ("安保人员", 2.0, "人", "at_least", "amount", "安保人员按照每个出入口不少于2人"),
    ]),
]
# Where the rule must not change the reading: money per unit is a support, and a verb of equipping inside the frame names
# what it equips.
NOT_PROVIDED = [
    ("市级对改造项目按每个不超过20万元的标准给予补助。", [
        ("补助", 20.0, "万元", "at_most", "amount", "按每个不超过20万元的标准给予补助"),
    ]),
    ("养老机构按照每百名老人配备护理员不少于10名的标准配足。", [
        ("护理员", 10.0, "名", "at_least", "amount", "护理员不少于10名"),
    ]),
]


@pytest.mark.parametrize(("sentence", "expected"), PROVIDED + NOT_PROVIDED, ids=[s[:10] for s, _ in PROVIDED + NOT_PROVIDED])
def test_provision_named(sentence, expected):
    assert targets_with_spans(sentence) == expected
