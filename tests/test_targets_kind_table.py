"""kinds.STANDARD_TESTS: each entry's example, a sentence of its own, is read whole as the amount it names (the table that
replaced kind_of's chain of or-tests; its order and tests are the chain's)."""

import pytest

from pipeline.targets.kinds import STANDARD_TESTS
from target_rows import targets_with_spans

# (entry name, [(indicator, value, unit, comparator, kind, span text)]) for each STANDARD_TESTS example
EXPECTED = {
    "obligation": [("执业兽医", 2.0, "名", "at_least", "amount", "至少配备2名执业兽医")],
    "support_period": [("授权有效期", 3.0, "年", "equal", "amount", "授权有效期为3年")],
    "facility_standard": [("绿化带宽度", 15.0, "米", "at_least", "amount", "绿化带宽度原则上不少于15米")],
    "should_meet": [("配建人才住房比例", 15.0, "%", "at_least", "amount", "配建人才住房比例不低于15%")],
    "measured_standard": [("出水总磷浓度", 0.5, "毫克/升", "at_most", "amount", "出水总磷浓度不高于0.5毫克/升")],
    "facility_each": [("建筑面积", 50.0, "平方米", "at_least", "amount", "建筑面积不少于50平方米")],
    "staff_each": [("专职人员", 2.0, "名", "at_least", "amount", "专职人员不少于2名")],
    "organisation_equipped": [("专业执法人员", 5.0, "名", "at_least", "amount", "专业执法人员不少于5名")],
    "each_acted_on": [("监督检查", 2.0, "次", "at_least", "amount", "监督检查不少于2次")],
    "per_unit_support": [("补贴", 20.0, "元", "equal", "amount", "按每平方米20元给予补贴")],
    "work_standard": [("考核权重", 10.0, "%", "at_least", "amount", "考核权重不低于10%")],
    "works_standard": [("住宅节能率", 70.0, "%", "at_least", "amount", "住宅节能率不低于70%")],
    "spacing": [("公交站点", 3.0, "个", "at_least", "amount", "至少设置3个公交站点")],
    "inside_zone": [("品牌首店数量", 15.0, "家", "at_least", "amount", "品牌首店数量不少于15家")],
    "holder_subject": [("专职讲解员", 4.0, "名", "at_least", "amount", "专职讲解员不少于4名")],
    "organisation_subject": [("技艺交流活动", 3.0, "次", "at_least", "amount", "技艺交流活动不少于3次")],
    "support_limit_changed": [("年度救助限额", 5.0, "万元", "reach", "amount", "年度救助限额提高到5万元")],
    "per_unit_money": [("污泥处置费", 80.0, "元", "at_most", "amount", "污泥处置费按每吨不超过80元")],
    "unit_rate": [("保险金额", 1200.0, "元", "reach", "amount", "保险金额提高到每亩1200元")],
    "each_equipped": [("母婴室", 1.0, "个", "equal", "amount", "母婴室1个")],
    "item_limit": [("垃圾处理收费标准", 60.0, "元", "at_most", "amount", "垃圾处理收费标准原则上每户每年不超过60元")],
    "limited_term": [("租赁年限", 10.0, "年", "at_most", "amount", "租赁年限不超过10年")],
    "kept_climate": [("冷库贮藏温度", None, "℃", "reach", "amount", "冷库贮藏温度原则上控制在2—6℃")],
    "held_in_principle": [("附属用房用地规模", 8.0, "%", "at_most", "amount", "附属用房用地规模原则上控制在项目用地规模的8%以内")],
    "service_times": [("上门随访", 2.0, "次", "at_least", "amount", "提供2次上门随访")],
    "undergone": [("卫生评价", 1.0, "次", "at_least", "amount", "至少接受1次卫生评价")],
}


def test_every_entry_has_its_expectation():
    assert [name for name, _, _ in STANDARD_TESTS] == list(EXPECTED)


@pytest.mark.parametrize(("name", "test", "example"), STANDARD_TESTS, ids=[entry[0] for entry in STANDARD_TESTS])
def test_each_standard_test_s_example(name, test, example):
    assert targets_with_spans(example + "。") == EXPECTED[name]


def test_a_goal_fires_no_standard_test():
    """「全市新增托位2000个」 is a commitment: no standard test takes it, and it stays a goal."""
    assert targets_with_spans("到2027年，全市新增托位2000个。") == [("托位", 2000.0, "个", "increase", "goal", "托位2000个")]
