"""How much of a name a per-unit quantifier opening it takes (单个, 每个中心), the item after it going too or staying with its measure."""

from __future__ import annotations

from .. import rx as re

from . import indicator as nouns
from .patterns import ITEM_OWN_MEASURE, PER_QUANTIFIER, PER_UNIT
from .tables import one_of
from .time_names import OPENING_WORDS

# A measure qualified by what it measures of an item (建筑面积, 开放时间) after a per-unit word and the item names the
# measure alone. (name, pattern of the item, example)
# How a thing opens stays with its time (time_names.OPENING_WORDS: 连续开放时间). (name, pattern of the item, example)
ITEM_MEASURES = (("qualified_measure", r"[^,;。的]{1,4}?(?=(?:" + "|".join(OPENING_WORDS) + r")?(?:建筑|占地|使用|营业|开放|服务|运营)(?:面积|时间|时长)$)", "每个中心建筑面积不少于800平方米 / 单块草坪连续开放时间一般不超过3个月 → 连续开放时间"),)
ITEM_MEASURE = re.compile(one_of(ITEM_MEASURES))


# A facility's measure of two words or more after a per-unit word and the facility (jieba's nouns) names the
# measure alone: the facility is the per-unit item. The item runs over the nouns (after one verbal noun at most:
# 「服务驿站」) up to the first word that is no plain noun (「每个乡镇商贸中心经营面积」 → 经营面积), or is the first noun when all are (「每座电站功率规模」 →
# 功率规模). (name, pattern of the measure's last word, example)
ITEM_QUALIFIED_MEASURES = (("facility_measure", r"(?:能力|率|面积|规模|时长|容量|容积|库容)$", "每个中心日加工能力不低于100吨 → 日加工能力 / 每个中心冷库容积不少于1000立方米 → 冷库容积 (round 17: qingping 16a, chenglan 14b)"),)
ITEM_QUALIFIED_MEASURE = re.compile(one_of(ITEM_QUALIFIED_MEASURES))
# …but a facility named by two nouns before a one-word measure is the item of that measure, kept with it (the measure
# alone names nothing, as 「单个场景投入」 → 场景投入): (name, pattern on the second noun, example)
FACILITY_HEADS = (("facility_head", r"(?:公园|中心|驿站|基地|场馆|广场|绿地)$", "单个口袋公园面积一般不小于400平方米 → 口袋公园面积 (round 14)"),)
FACILITY_HEAD = re.compile(one_of(FACILITY_HEADS))
# A station after a per-unit word is the item whatever jieba tags it (站 as a verb): what follows is its measure or
# what it must have. (name, pattern, example)
STATION_ITEMS = (("station", r"[^,;。的每]{1,8}?(?:站点|站|机构|小院|渔港|港口|(?<=托育|服务|监测|采集|检测)点|网点|设施|示范区|基地)(?=[\u4e00-\u9fff]{2,})", "每座示范站储能容量不低于200千瓦时 → 储能容量 / 每个乡镇充电站直流快充桩不少于4个 → 直流快充桩 (round 14) / 每个县级渔政执法机构执法人员不少于8名 → 执法人员 / 每个托育点托位数不少于30个 → 托位数 (round 15)"),)
STATION_ITEM = re.compile(one_of(STATION_ITEMS))


def _item_then_measure(name: str, start: int) -> int:
    """The end of the facility named after a per-unit word at ``start`` when a measure of two words or
    more follows it (ITEM_QUALIFIED_MEASURES), else 0."""
    words = nouns.tag(name[start:])
    first = next((i for i, (_, flag) in enumerate(words[:2]) if flag == "n"), None)  # 「服务驿站」: a verbal noun before it
    if first is None or len(words) - first < 3 or not ITEM_QUALIFIED_MEASURE.search(name):
        return 0
    # (a one-character noun morpheme, jieba's ng, closes the noun before it: 「非遗工坊」 is 工 / 坊, one item)
    item = next((i for i in range(first, len(words)) if words[i][1] not in ("n", "ng")), len(words))
    if len(words) - item < 2 and len(words) - first == 3 and FACILITY_HEAD.search(words[first + 1][0]):
        return 0  # 「单个口袋公园面积」: a facility of two nouns before a one-word measure stays with it
    if len(words) - item < 2:
        item = first + 1  # 「电站功率规模」: all nouns, the first is the item
    return start + sum(len(word) for word, _ in words[:item])


def per_unit_cut(name: str) -> int:
    """The characters of a per-unit quantifier opening ``name`` (PER_UNIT); an item's own measure keeps
    the item: 「单个项目投资」 → 项目投资."""
    if not (m := PER_UNIT.match(name)):
        return 0
    if item := ITEM_MEASURE.match(name, m.end()):
        return item.end()  # 「每个中心建筑面积」 → 建筑面积: a measure of its own after the item
    if PER_QUANTIFIER.fullmatch(m.group()) and (station := STATION_ITEM.match(name, m.end())) and not ITEM_OWN_MEASURE.match(name[station.end() :]):
        return station.end()  # 「每座示范站储能容量」 → 储能容量
    if PER_QUANTIFIER.fullmatch(m.group()) and (item_end := _item_then_measure(name, m.end())):
        return item_end  # 「每个中心日加工能力」 → 日加工能力
    own = ITEM_OWN_MEASURE.match(name[m.end() :]) and (each := PER_QUANTIFIER.match(name)) and each.group()[0] in "单每"
    return len(each.group()) if own else m.end()
