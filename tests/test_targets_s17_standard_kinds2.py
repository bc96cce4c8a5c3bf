"""A duty stated once governs its sentence (session 17, standard_kinds2): a limit in a later clause of a sentence whose earlier
clause holds 应 (当) / 须 / 必须, or 原则上, is one more standard of the same holder, an amount (carried_standards.MODALS_CARRIED),
as a limit for each shift is (EACH_SHIFTS); a clause of the government's own — the whole year, a territory, a goal verb, a cut
in its paperwork — and a condition naming who applies stay goals. Sentences written for the test: every target with its exact
fields and the text its span gives back."""

import pytest

from target_rows import targets_with_spans

CARRIED = [
    ("社区长者食堂应当设立营养配餐室，专职营养师不少于1名。", [
        ("专职营养师", 1.0, "名", "at_least", "amount", "专职营养师不少于1名"),
    ]),
    ("快递驿站应当设置适老服务窗口，候取座椅不少于4个。", [
        ("候取座椅", 4.0, "个", "at_least", "amount", "候取座椅不少于4个"),
    ]),
    ("游泳场馆应当配备救生设备，救生员不少于3名。", [
        ("救生员", 3.0, "名", "at_least", "amount", "救生员不少于3名"),
    ]),
]
# …and a rule set 原则上 in an earlier clause, and a limit for each shift.
IN_PRINCIPLE_AND_SHIFTS = [
    ("乡镇综合文化站开放时间原则上不少于每周40小时，图书阅览座位不少于30个。", [
        ("开放时间", 40.0, "小时", "at_least", "amount", "开放时间原则上不少于每周40小时"),
        ("图书阅览座位", 30.0, "个", "at_least", "amount", "图书阅览座位不少于30个"),
    ]),
    ("养老院实行24小时轮班值守，每班值守人员不少于2人。", [
        ("轮班值守", 24.0, "小时", "equal", "amount", "实行24小时轮班值守"),
        ("值守人员", 2.0, "人", "at_least", "amount", "值守人员不少于2人"),
    ]),
]
# Where the rule must not change the reading: the government's own clause after the modal, and a condition naming who applies.
UNCHANGED = [
    ("各地应当加快推进村级综合服务站建设，全年新建服务站不少于200个。", [
        ("服务站", 200.0, "个", "at_least", "goal", "服务站不少于200个"),
    ]),
    ("乡镇卫生院应当全面开展家庭医生签约服务，每个行政村至少组建1个签约团队。", [
        ("签约团队", 1.0, "个", "at_least", "goal", "至少组建1个签约团队"),
    ]),
    ("申请补助的托育机构须取得备案，托位数不少于20个。", [
        ("托位数", 20.0, "个", "at_least", "goal", "托位数不少于20个"),
    ]),
    ("全县原则上每年组织1次综合演练，参演人员不少于500人。", [
        ("参演人员", 500.0, "人", "at_least", "goal", "参演人员不少于500人"),
    ]),
    ("政务服务中心原则上实行一窗受理，申报材料压减比例不低于30%。", [
        ("申报材料压减比例", 30.0, "%", "at_least", "goal", "申报材料压减比例不低于30%"),
    ]),
]
CASES = CARRIED + IN_PRINCIPLE_AND_SHIFTS + UNCHANGED


@pytest.mark.parametrize(("sentence", "expected"), CASES, ids=[s[:10] for s, _ in CASES])
def test_modal_carried(sentence, expected):
    assert targets_with_spans(sentence) == expected
