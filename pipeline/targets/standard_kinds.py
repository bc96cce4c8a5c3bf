"""Standards each facility, site or case must meet, read as amounts (TARGET_LABELING.md, "standards a
facility or a person must meet"): a limit set 「原则上」 / 「一般」 for each case, and a facility's own
physical measure under a limit word. Counts of people or things stay with kinds.py's rules."""

from __future__ import annotations

from .. import rx as re

from .tables import one_of

# A limit qualified by 原则上 / 一般 is a rule each case follows, not a level the government brings about:
# (name, pattern closing the words before the value, example). 16 of the 20 labels of rounds 1–13 with this
# shape are amounts; of the four goals two count things (企业 2000家, 行政检查 2次), kept goals by the unit.
IN_PRINCIPLE_LIMITS = (
    ("in_principle", r"(?:原则上|一般)(?:应)?(?:不低于|不少于|不小于|不超过|不高于|不大于)$", "再生骨料替代比例原则上不低于20% / 河道两侧绿化带宽度原则上不少于15米 / 使用期限一般不超过20年"),
)
IN_PRINCIPLE = re.compile(one_of(IN_PRINCIPLE_LIMITS))

# A facility's own physical measure (its width, diameter, built area, storage, days open; not a service radius,
# which writers read both ways: round 6 「城市急救站点服务半径不超过5公里」 a goal, round 13 「驿站服务半径不超过5公里」 an amount)
# right before a limit word is what each such facility must have. (name, pattern on the indicator, example)
FACILITY_MEASURES = (
    ("width_or_girth", r"(?:宽度|胸径|净高|层高)$", "新栽行道树胸径不小于10厘米 / 绿化带宽度不少于15米"),
    ("built_area", r"(?:建筑|占地|使用|避难|场地|厂房)面积$", "文物库房，建筑面积不少于500平方米 / 新建初制加工厂房面积不少于800平方米"),
    ("storage", r"(?:储能|储气|储水)?容量$|储备量$", "每座示范站储能容量不低于200千瓦时 / 供热企业燃煤储备量不低于15天用量"),
    ("days_open", r"(?:开放|营业|服务)(?:天数|时间|时长)$", "享受补助的博物馆全年开放天数不少于250天"),
)
FACILITY_MEASURE = re.compile(one_of(FACILITY_MEASURES))
LIMIT_BEFORE = re.compile(r"(?:不低于|不少于|不小于|不超过|不高于|不大于)$")
# Units counting people, things or events: a limit on them (「纳入正面清单的企业原则上不少于2000家」) is a count.
COUNTED = frozenset("人 名 家 户 人次 个 项 所 座 处 条 套 张 床 支 台 辆 盏 场 场次 期 届 批次 次 万人 万人次 万户 万家 万个".split())


def facility_standard(indicator: str, head: str, unit: str | None, comparator: str | None) -> bool:
    """Whether the value is a standard each facility or case must meet (IN_PRINCIPLE_LIMITS,
    FACILITY_MEASURES): ``head`` is the clause's words before the value."""
    if comparator not in ("at_least", "at_most") or unit in COUNTED:
        return False
    if IN_PRINCIPLE.search(head):
        return True
    return LIMIT_BEFORE.search(head) is not None and FACILITY_MEASURE.search(indicator) is not None


# A further limit in the sentence of a standard is one more standard of the same facility:
# 「单个口袋公园面积一般不小于400平方米，绿化覆盖率不低于60%」 → 绿化覆盖率 60 % an amount too.
# (name, pattern on the later target's text, example)
FURTHER_LIMITS = (("further_limit", r"^[^,;。\d]{2,12}?(?:不低于|不少于|不小于|不超过|不高于)[\d.]+", "单个口袋公园面积一般不小于400平方米，绿化覆盖率不低于60%"),)
FURTHER_LIMIT = re.compile(one_of(FURTHER_LIMITS))
SENTENCE_END = re.compile(r"[。!?;\n]")
# …unless the territory opens the later clause: 「…，全县覆盖率不低于90%」 is the county's level, a goal.
TERRITORY_BEFORE = re.compile(r"(?:全|各)(?:市|省|县|区|镇)(?:域)?$")


# How long each case is published (公示): the publicity is the name, as 「公示时间不少于7天」 is an amount
# (refuse.PUBLICITIES lets the period through). (name, pattern on the indicator, example)
PUBLICITY_NAMES = (("publicity_period", r"(?:公示|公告)$", "审核结果在区政府网站公示5个工作日 → 公示 5 个工作日"),)
PUBLICITY_NAME = re.compile(one_of(PUBLICITY_NAMES))
TIME_VALUE_UNITS = frozenset({"年", "个月", "天", "日", "小时", "个工作日", "工作日"})
