"""Units the labels carry that the value reader lacked (more_units.PHYSICAL_UNITS, COUNTED_UNITS; session 17, counted over
rounds 1–43): a mass, a sound level, a pressure, a resistance, a turbidity, an apparent power; meals, cases, rounds of work
and counts with 个 (个等级, 个班, 个批次…) closing their value. A noise, pressure, resistance or turbidity under a limit is an
amount (measure_kinds engineering_measure). Sentences written for the test: every target with its exact fields and the
text its span gives back; the words that only look like such units stay as they were. Two frames are no count: a
refrain of one-by-one steps (「整改完成一处、销号一处」) and how many of a set are so (「…的有63株」)."""

import pytest

from target_rows import targets_with_spans

PHYSICAL = [
    ("改造后，厂区边界噪声不高于50分贝。", [("厂区边界噪声", 50.0, "分贝", "at_most", "amount", "厂区边界噪声不高于50分贝")]),
    ("新装设备接地电阻不大于4欧姆。", [("接地电阻", 4.0, "欧姆", "at_most", "amount", "接地电阻不大于4欧姆")]),  # (session 18: the equipment is its holder, as qishan 43a's 接地电阻)
    ("改造后入户水压不低于0.2兆帕，末梢水浊度不高于1NTU。", [
        ("入户水压", 0.2, "兆帕", "at_least", "amount", "入户水压不低于0.2兆帕"),
        ("末梢水浊度", 1.0, "NTU", "at_most", "amount", "末梢水浊度不高于1NTU"),
    ]),
    ("学生餐食盐供给量每生每餐不超过3克。", [("学生餐食盐供给量", 3.0, "克", "at_most", "amount", "学生餐食盐供给量每生每餐不超过3克")]),
    # a mass per kilogram: 毫克 with its base, not a count per thousand (「/千人」)
    ("农田土壤镉含量不高于0.3毫克/千克。", [("农田土壤镉含量", 0.3, "毫克/千克", "at_most", "amount", "农田土壤镉含量不高于0.3毫克/千克")]),
    ("村级台区户均配变容量提高到2.5千伏安以上。", [("村级台区户均配变容量", 2.5, "千伏安", "at_least", "goal", "村级台区户均配变容量提高到2.5千伏安以上")]),
]
COUNTED = [
    ("全年校园欺凌事件控制在2起以下。", [("校园欺凌事件", 2.0, "起", "at_most", "goal", "校园欺凌事件控制在2起以下")]),
    ("每年开展校园周边专项巡查不少于3轮。", [("校园周边专项巡查", 3.0, "轮", "at_least", "goal", "校园周边专项巡查不少于3轮")]),
    ("老年食堂每日供餐不少于3餐。", [("供餐", 3.0, "餐", "at_least", "amount", "供餐不少于3餐")]),
    ("耕地质量平均等级提高1个等级以上。", [("耕地质量平均等级", 1.0, "个等级", "at_least", "goal", "耕地质量平均等级提高1个等级以上")]),
    ("新建托育机构规模原则上不超过5个班。", [("托育机构规模", 5.0, "个班", "at_most", "amount", "托育机构规模原则上不超过5个班")]),
]
# Not a unit: an article, a vehicle, a count of a word of its own (个 alone, as before).
UNCHANGED = [
    ("先后开展了两轮专项整治。", []),
    ("完善一餐热饭服务。", []),
    ("发现一起、查处一起。", []),
    ("48个班以上的中学应配建足球场。", [("班", 48.0, "个", "equal", "goal", "48个班")]),
]
# No count (clause_values ONE_BY_ONE_REFRAINS, COUNTED_OF_SETS): the same 一 and measure word closing 、-joined steps is
# one-by-one bookkeeping, and how many of a set are so after 「的有」 / 「中有」 is a fact told; a quota keeps its limit.
NO_COUNT = [
    ("实行台账管理，排查完成一处、销号一处。", []),
    ("坚持巡查一处、登记一处、落实一处。", []),
    ("其中路面破损的有8处，集中在老城区。", []),
    ("今年新建城市书房一个。", [("城市书房", 1.0, "个", "equal", "goal", "城市书房一个")]),
    ("每个社区至少有1名网格员。", [("网格员", 1.0, "名", "at_least", "goal", "至少有1名网格员")]),
]
CASES = PHYSICAL + COUNTED + UNCHANGED + NO_COUNT


@pytest.mark.parametrize(("sentence", "expected"), CASES, ids=[s[:12] for s, _ in CASES])
def test_more_units(sentence, expected):
    assert targets_with_spans(sentence) == expected
