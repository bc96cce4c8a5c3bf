"""A physical measure, or the share of a material used, right after a limit word: a standard each work, site, vehicle or
discharge must meet, an amount (TARGET_LABELING.md, "standards a facility or a person must meet"), with no 应 / 须 needed
(standard_kinds.SHOULD_MEETS reads those). Session 16: each counted over the labels of every round up to 41."""

from __future__ import annotations

from .. import rx as re

from .standard_kinds import LIMIT_CLOSING
from .tables import one_of

# A measure of a thing itself — a concentration or content, a clear width or height, a thickness, a service life or range, a
# number of layers, an age, a water content, a service radius, a power, a green-space ratio — under a limit word is what each
# such thing must meet: of the 77 labels of every round so written (不低于 / 不少于 / 不小于 / 不超过 / 不高于 / 不大于 right before
# the value), 76 are amounts, in 50 notices; 17 of them were read as goals (kuaining 41a ×2, yingnan 41a, wengjiang 41b,
# yuanting 30a, huanyang 30b, huanping 31b, weiyuan 32b, linjiang 21a, xiexi 30b, liquan 29b, yingjiang 20b, chenglan 14b,
# chengshui 40b, tuanchuan 15a, yunzhou 39b, tanjiang 36a). The one goal is fengzhou's 「实现城市急救站点服务半径不超过5公里」, a
# level brought about (实现); an average (「PM2.5平均浓度控制在…」, 「公交车辆平均车龄」) is the territory's level, every one a goal.
# (name, pattern on the indicator, example)
PHYSICAL_MEASURES = (
    ("physical_measure", r"(?<!平均)(?:浓度|含量|净宽|厚度|高度|寿命|里程|层数|车龄|半径|(?<!成)功率|绿地率)$", "出水总磷浓度不高于0.5毫克/升 / 改造后通道净宽不小于80厘米 / 电动公交车续驶里程不低于250公里"),
    # (a lighting standard, an average included: every label of a light measure under a limit is an amount — tangzhou 41b,
    # kunzhou and songling 42a, xiling 26, 10 of 10; read in patterns.LIGHT_UNITS since session 16's scoring of round 42)
    ("light_measure", r"(?:照度|亮度|光效|功率密度值?)$", "路面平均照度不低于10勒克斯 / 灯具光效不低于130流明/瓦"),
    # (session 17, with more_units.PHYSICAL_UNITS: each label of a noise, pressure, resistance or turbidity under a limit is an
    # amount, 6 of 6 in 5 notices — langwan 33b, qiaoyang 38b, lilan 37a ×2, qishan 43a, ruochuan 17a)
    ("engineering_measure", r"(?:噪声(?:昼间|夜间)?|压力|电阻|浊度)$", "厂界噪声昼间不超过60分贝 / 避雷装置接地电阻不大于10欧姆"),
)
PHYSICAL_MEASURE = re.compile(one_of(PHYSICAL_MEASURES))
# The share of a material, a fuel or a document each project or firm uses (使用 / 应用 / 替代 比例 or 率) under a limit word: of the
# 9 labels of every round so written, all are amounts, in 8 notices (fengwan 17d, gongxi 20b, songyang 29a ×2, luchuan 13b,
# yizhou 31a, yuanting 30a, yuanwu 27a, yuepu 39a; 7 read as goals); the same share reached (达到 / 提高到) is the territory's
# level, a goal (52 notices), and so is an average use (「算力平均利用率不低于70%」). (name, pattern on the indicator, example)
USE_SHARES = (
    ("use_share", r"(?<!平均)(?:使用|应用|替代)(?:比例|率)$", "新建数据中心可再生能源使用比例不低于30% / 政府投资工程绿色建材应用比例不低于70%"),
)
USE_SHARE = re.compile(one_of(USE_SHARES))
# A level the government brings about, named in the clause: not a standard.
BROUGHT_ABOUT = re.compile(r"实现|到\d{4}年|全(?:省|市|县|区)")


def measured_standard(indicator: str, head: str, comparator: str | None) -> bool:
    """Whether the value is a thing's own measure or a use share under a limit word (PHYSICAL_MEASURES, USE_SHARES); ``head`` is
    the clause's words before the value."""
    if comparator not in ("at_least", "at_most") or LIMIT_CLOSING.search(head) is None or BROUGHT_ABOUT.search(head):
        return False
    return PHYSICAL_MEASURE.search(indicator) is not None or USE_SHARE.search(indicator) is not None
