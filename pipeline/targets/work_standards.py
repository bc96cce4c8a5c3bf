"""Standards a work, an installation or a scheme must meet, read as amounts (TARGET_LABELING.md: an amount is "a parameter
of support or a STANDARD a facility, site, team, organisation, enterprise or person must meet"): a capacity or a technical
rate under a limit word, the spacing of installations along a distance, and the weights and terms of a scheme. A territory's
own level (「全县森林覆盖率不低于45%」, 「全市污水处理能力达到50万吨/日」) stays a goal. (Round 23, targets23K: rounds 20–22's
kind errors.)"""

from __future__ import annotations

from .. import rx as re

from .standard_kinds import LIMIT_BEFORE
from .tables import one_of

# A capacity right after a limit word (不少于 / 不低于, never 达到 or 新增) is what the facility built must be able to do, whatever
# it counts (人次 as well as 吨): 13 of the 13 labels of rounds 1–22 of this shape are amounts (junxi ×3, zhangyu, tongchuan,
# zhangyuan, meijiang, fenghe, lanxi, ruochuan, zeyuan, yuanxi); every capacity reached or added (达到, 新增: 20 labels) is a goal
# and is no limit word. (name, pattern on the indicator, example)
CAPACITY_STANDARDS = (
    ("capacity_floor", r"(?<!应急储气)能力$", "建设区域性再生资源分拣中心1个，年处理能力不少于30万吨 / 实训基地年培训能力不少于3000人次"),
)
CAPACITY_STANDARD = re.compile(one_of(CAPACITY_STANDARDS))

# A technical rate a work or an installation must keep — how much its purifier removes, how sure its irrigation is, how many of
# its saplings live, how much of its data arrives — under a limit word: every such label of rounds 1–22 (9, by 4 writers:
# yingjiang ×5, fenghe, linjiang, meijiang, fengwan) is an amount; a territory's rate (覆盖率, 保有率, 达标率) is none of these
# words. (name, pattern on the indicator, example)
TECHNICAL_RATES = (
    ("technical_rate", r"(?:去除|收集|处理|利用|净化)效率$|保证率$|成活率$|(?<![治疗])有效率$", "净化设施去除效率不低于90% / 灌溉保证率不低于85% / 补植苗木成活率不低于85% / 数据传输有效率不低于90%"),
)
TECHNICAL_RATE = re.compile(one_of(TECHNICAL_RATES))

# A scheme's transition period is a parameter of the scheme, not a level the government brings about (rounds 1–22: 过渡期 3 amounts
# of 3). (name, pattern on the indicator, example)
SCHEME_PARAMETERS = (("transition_period", r"过渡期$", "原用途和权利类型不变，过渡期为5年"),)
SCHEME_PARAMETER = re.compile(one_of(SCHEME_PARAMETERS))
# …and the score or weight of a task in an assessment under a limit word: what the task must count for in each assessment, not a
# level the government brings about. Round 25: 8 of the 10 labels of rounds 1–24 of 权重 / 分值 are amounts, in 8 notices (fenghe,
# jiachuan, jingbin, junxi, liangjiang, minze, qinchuan, yuanling); the two goals are longjiang's 「考核分值占3分」 (no limit word) and
# fengling 21's 「考核权重不低于3%」, the one label against the rule. (name, pattern on the indicator, example)
LIMITED_PARAMETERS = (
    ("assessment_weight", r"(?:权重|分值)$", "纳入年度综合考核，考核分值不低于3分 / 成果转化指标权重不低于10% / 所占分值不低于3分"),
    # how often each unit is checked, served or reported, named 频次, under a limit word: round 26, all 7 such labels of rounds 1–25
    # are amounts, in 6 notices (fenghe, lanzhou 18a, shiping, xiuyuan 25a 「对…用人单位，年度监督检查频次不少于2次」, yitong, zhixi ×2);
    # the one goal, lanzhou 18b's 「泄漏检测频次提高到每年2次」, is brought about and has no limit word
    ("frequency", r"频次$", "对重点用人单位，年度监督检查频次不少于2次 / 生活垃圾收集频次每周不少于3次"),
)
LIMITED_PARAMETER = re.compile(one_of(LIMITED_PARAMETERS))

# One installation every so many kilometres or metres is the spacing each stretch must have: (name, pattern on the clause's words
# before the value, example). Rounds 1–22: 2 labels of 2 (cenjiang, lichuan) amounts.
SPACINGS = (
    ("one_every_distance", r"每\d+(?:\.\d+)?(?:公里|千米|米)(?:范围内)?(?:原则上)?(?:至少|不少于)?(?:布设|设置|建设|建有|设有|配置|配备|布局)$", "原则上每50公里至少布设1座公共充电站 / 沿线每5公里设置1个医疗救护点"),
)
SPACING = re.compile(one_of(SPACINGS))
TERRITORY_OPENING = re.compile(r"(?:全|各)(?:市|省|县|区|镇|乡)(?:域)?")


def work_standard(indicator: str, head: str, comparator: str | None) -> bool:
    """Whether the value is a standard of a work or a parameter of a scheme (CAPACITY_STANDARDS, TECHNICAL_RATES,
    SCHEME_PARAMETERS, LIMITED_PARAMETERS, SPACINGS); ``head`` is the clause's words before the value."""
    if SCHEME_PARAMETER.search(indicator) or SPACING.search(head):
        return True
    if comparator not in ("at_least", "at_most") or LIMIT_BEFORE.search(head) is None or TERRITORY_OPENING.search(head):
        return False
    return bool(CAPACITY_STANDARD.search(indicator) or TECHNICAL_RATE.search(indicator) or LIMITED_PARAMETER.search(indicator))
