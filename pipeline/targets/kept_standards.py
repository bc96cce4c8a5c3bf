"""Standards a store, a site or a service keeps, read as amounts whatever verb brings the value (TARGET_LABELING.md, "standards
a facility or a person must meet"): the climate a store or a load is kept in, a limit 控制在 set 原则上 / 一般, and the times a
service is provided to each one served. Session 15: each counted over the labels of every round up to 40."""

from __future__ import annotations

from .. import rx as re

from .tables import one_of

# The temperature or the humidity a store, a vehicle or a room is kept at — under a limit, 控制在 a range, 保持在 — is what each
# such store must keep, an amount: of the 17 labels of every round with a value in ℃, the 16 kept so are amounts, in 12 notices
# (5 read as goals — laichuan 37a 「冷藏运输全程温度原则上控制在0—4℃」, mangyuan 39a, qingshan 33b, wenxu 34b); the one goal is a
# change (qingcen 13a 「夏季热岛强度比2025年下降0.5℃」), and a rate of stores meeting it (温湿度达标率) is no humidity. (name,
# pattern on the indicator, example)
CLIMATES = (("kept_climate", r"湿度$", "冷库贮藏温度原则上控制在2—6℃ / 药材库房相对湿度控制在40%至65%"),)
HUMIDITY = re.compile(one_of(CLIMATES))
CHANGES = frozenset({"increase", "decrease"})


def kept_climate(indicator: str, unit: str | None, comparator: str | None) -> bool:
    """Whether the value is a temperature or a humidity kept, not changed (CLIMATES)."""
    return comparator not in CHANGES and (unit == "℃" or HUMIDITY.search(indicator) is not None)


# A value 控制在 a level set 原则上 / 一般 is the rule each case follows, as 原则上 before a limit word is (standard_kinds.
# IN_PRINCIPLE_LIMITS): all 5 labels of every round so written are amounts, in 5 notices of 5 rounds (hengmei 2; laichuan 37a,
# liquan 29b, mangyuan 39a and yining 38b read as goals); 控制在 alone is the government's level (85 of its 95 labels are goals).
# Not a count of things or people (a size 控制在…人以内 is a level: kinds.COUNT_UNITS, tested there). (name, pattern closing the
# words before the value, example)
HELD_IN_PRINCIPLE = (("held_in_principle", r"(?:原则上|一般)(?:应)?控制在[^,;。，；]{0,16}$", "冷库贮藏温度原则上控制在2—6℃ / 附属用房用地规模原则上控制在项目用地规模的8%以内"),)
HELD = re.compile(one_of(HELD_IN_PRINCIPLE))


def held_in_principle(head: str) -> bool:
    """Whether the value closes a 控制在 set 原则上 / 一般 (HELD_IN_PRINCIPLE); ``head`` is the clause's words before it."""
    return HELD.search(head) is not None


# The times a service is provided (提供) to each one served — a check-up, a visit, a counselling — counted in 次 right after 提供, is
# what each person or site served gets, an amount: all 13 labels of every round so written are amounts, in 11 notices, 8 of them
# read as goals in 8 notices of 7 rounds (gutang 28b, langshui 39b, liaoting 21a, lichuan 24a, luzhou 16a, pengyang 36b, qiwu 25a,
# ruiyang 39b); no goal. (name, pattern closing the words before the value, example)
SERVICE_TIMES = (("service_times", r"提供(?:不少于|至少)?$", "卫生院每年至少为签约独居老人提供2次上门随访 / 对失业人员每年至少提供1次创业指导"),)
SERVICE_TIME = re.compile(one_of(SERVICE_TIMES))


def service_times(head: str, unit: str | None) -> bool:
    """Whether the value counts the times a service is provided to each one served (SERVICE_TIMES)."""
    return unit == "次" and SERVICE_TIME.search(head) is not None


# …and what each holder undergoes (接受) under a limit — a check, an audit, a training — is what each must take, an amount: all 21
# labels of every round of 接受 right before a limited value are amounts, in 19 notices; weining 37b 「认证证书有效期内，每年至少
# 接受1次监督审核」 and xuning 26b 「每家托育机构…每年至少接受2次卫生保健指导」 were read as goals. (name, pattern closing the words
# before the value, example)
UNDERGONE = (("undergone", r"(?:至少|不少于)接受$|接受(?:不少于|至少)$", "每所幼儿园每年至少接受1次卫生评价 / 每名调解员每年接受培训不少于20学时"),)
UNDERGONE_LIMIT = re.compile(one_of(UNDERGONE))


def undergone(head: str, comparator: str | None) -> bool:
    """Whether the value is a limit on what each holder undergoes (UNDERGONE)."""
    return comparator in ("at_least", "at_most") and UNDERGONE_LIMIT.search(head) is not None
