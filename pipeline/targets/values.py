"""A target's value as written: Arabic or Chinese numerals, a range, a ratio, 「*」 (pending), a
万/亿 scale and a measure unit; and the fields a target takes from it."""

from __future__ import annotations

from .. import rx as re
from decimal import Decimal

from .more_units import COUNTED_UNITS, MORE_UNIT_GUARDS
from .patterns import CN_NUMBER, MEASURE_UNITS, NUMBER
from .tables import one_of

# Units that open a word when another character follows: (name, unit, what may not follow, example).
UNIT_GUARDS = (
    ("litre_not_rise", "升", "级格值", "人均日供水量不低于20升 (not 「5升级」)"),
    ("lesson_not_save", "节", "约能水点日假", "精品课程资源200节 (not 「2节能」)"),
    ("bird_not_feather", "羽", "毛绒球", "家禽出栏600万羽 (not 「3羽毛球场」)"),
    ("bottle_not_neck", "瓶", "颈装", "室内存放液化石油气钢瓶不超过2瓶 (round 17: lanxi 15a; not 「瓶颈」, 「瓶装」)"),
    ("piece_not_have", "具", "有备体", "配备心肺复苏模拟人不少于20具 (round 17: tuanchuan 15a; not 「具有」, 「具备」)"),
    ("team_not_organise", "组", "织建成团合", "配置急救医护人员不少于1组 (round 17: tuanchuan 15a; not 「组织」, 「组建」)"),
    ("pitch_not_area", "片", "区林", "新建社区多功能运动场40片 (round 17; not 「3片区」, 「5片林」)"),
    ("dose_not_form", "剂", "型量", "免费接种流感疫苗10万剂 (round 17; not 「2剂型」)"),
    ("session_not_phase", "期", "工建项改扩间限满末初内中货刊权", "组织首席质量官培训不少于2期 (not 「二期工程」, 「一期建设」)"),
)
# Units only where they close the value's phrase (a 以上 or 左右 after them allowed): (name, unit, example).
CLOSING_UNITS = (
    ("day_term", "日", "容缺材料补正期限不超过30日 (round 23: quling 22a; not a day of a month, 「6月30日」 — DAY_GUARD — nor 「20日内」)"),
    ("grade_reached", "级", "电子病历系统应用水平分级评价平均达到4级以上 (not 「二级以上公立医院」)"),
    ("score_reached", "分", "群众满意度达到90分以上 (a score; not 「90分钟」, 「三分之一」, 「5分类」)"),
)
_GUARDED = {unit: rf"{re.escape(unit)}(?![{after}])" for _, unit, after, _ in UNIT_GUARDS}
_GUARDED |= {unit: rf"{re.escape(unit)}(?=(?:及以上|以上|以下|左右)?(?:[,;。、)\s]|$))" for _, unit, _ in CLOSING_UNITS}
_GUARDED |= {unit: rf"{re.escape(unit)}(?![{after}])" for _, unit, after, _ in MORE_UNIT_GUARDS}
_GUARDED |= {unit: rf"{re.escape(unit)}(?=(?:及以上|以上|以下|以内|左右)?(?:[,;。、)\s]|$))" for _, units, _ in COUNTED_UNITS for unit in units.split()}
_GUARDED["日"] = r"(?<!月\d)(?<!月\d\d)" + _GUARDED["日"]  # DAY_GUARD: 「6月30日。」 is a date
_GUARDED["周"] = r"(?<!四)" + _GUARDED["周"]  # 「四周设置围栏」: all around, no four weeks (more_units.MORE_TIME_UNITS)
UNIT_ALTERNATION = "|".join(_GUARDED.get(unit, re.escape(unit)) for unit in MEASURE_UNITS)
SCALES = {"万": Decimal(10_000), "亿": Decimal(100_000_000), "万亿": Decimal(10**12)}
# A rate's base written after the value and its unit, a slash and a scaled count: (name, pattern, example).
# A slash between plain numbers is a fraction (「2/3」), never a base.
PER_BASES = (
    ("per_scaled_count", r"/(?:\d+)?(?:千(?!克)|万|十万|百万)(?:人口|人|户)?", "食品安全抽检4.5批次/千人, 孕产妇死亡率控制在10/10万以下"),
    ("per_time", r"/(?:日|天|小时|月|年)(?!(?!左右|以上|以下|以内|及以上)[\u4e00-\u9fff])", "焚烧处理能力达到4500吨/日 (a capacity's unit is the amount per day)"),
    # round 23 (yuancheng 22a): a load or a price per area or per mass is one compound unit, as 微克/立方米 is
    ("per_measure", r"/(?:平方米|平方公里|立方米|千克|公斤|吨|亩|升)(?!(?!左右|以上|以下|以内|及以上)[\u4e00-\u9fff])", "楼面荷载不低于800公斤/平方米 → 公斤/平方米 / 租金不超过30元/平方米"),
)
# A minus sign before a temperature is the value's sign, not a dash: (name, pattern, example). Not after a digit or a
# degree, where it joins a range (「2-8℃」, 「2℃-8℃」). Round 19: yuchuan 18a.
MINUS_SIGNS = (("below_zero", r"(?<![\d℃.])[-－−](?=\d+(?:\.\d+)?℃)", "冷藏车厢内温度应保持在-18℃以下 → -18 ℃"),)
MINUS = one_of(MINUS_SIGNS)
# Session 17: a range whose unit is written after both ends, the same unit twice, is one value (the guide's 「1—3年」 →
# range [1, 3]): 15 range labels of rounds 1–43 in 13 notices of 11 writers were read as their low end or missed. A year
# opening a span of years (「2026年至2028年」) is no range value: clause_values reads it as the plan's years.
# (name, pattern of the unit after the low end, example)
RANGE_UNITS = (
    ("length", r"厘米|毫米|公里|千米|米", "保护牌设置高度一般为距地面1.5米至2米 → range [1.5, 2] 米"),
    ("area", r"平方米|亩", "种植类家庭农场经营土地面积原则上在50亩至500亩之间 → range [50, 500] 亩"),
    ("temperature", r"℃", "库房温度控制在16℃至22℃ → range [16, 22] ℃"),
    ("term", r"(?<![12]\d\d\d)年|个月|天|小时|分钟", "认养期限一般为3年至5年 → range [3, 5] 年 (not 「2026年至2028年」)"),
    ("scale", r"万", "每个服务单元服务人口0.5万至1.2万人 → range [0.5, 1.2] 万人"),
)
RANGE_UNIT = one_of(RANGE_UNITS)
CN_DIGIT_VALUES = {"零": 0, "〇": 0, "一": 1, "二": 2, "两": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9}
CN_MULTIPLIERS = {"十": 10, "百": 100, "千": 1000, "万": 10_000, "亿": 100_000_000}

VALUE = re.compile(
    rf"""(?P<fraction>(?<![\d/])(?P<numerator>[1-9])/(?P<denominator>[2-9]|10)(?![\d/万千百亿]))  # 2/3 (a share written as a fraction)
    |(?P<ratio>\d+(?:\.\d+)?(?:[:∶]\d+(?:\.\d+)?)+)                  # 10:40:50, 1.8:1
    |(?:(?P<pending>\*)                                           # * (待省分解下达)
       |(?P<minus>{MINUS})?(?P<low>{NUMBER})(?:(?:(?P<low_unit>%)|(?P<low_money>(?:万|亿)?元)|(?P<low_measure>{RANGE_UNIT}))?(?:—|至)(?P<high>{NUMBER})(?(low_measure)(?=(?P=low_measure))))?  # 45.22, 7%—10%, 5万元至20万元, 3年至5年
       |(?P<cn>{CN_NUMBER})(?!等))                                 # 两, 十, 千, 万 (with a unit only; 一等, 二等 are grades)
     (?P<scale>万亿|万|亿)?(?P<unit>{UNIT_ALTERNATION})?(?P<per_base>{one_of(PER_BASES)})?""",
    re.VERBOSE,
)


# A ratio of two terms, the second one, is a count per one: its value is the first term. (name, pattern, example)
RATIOS_TO_ONE = (("to_one", r"(?P<first>\d+(?:\.\d+)?)[:∶]1", "车桩比力争降至2.5:1 → 2.5"),)
TO_ONE = re.compile(one_of(RATIOS_TO_ONE))


def chinese_number(text: str) -> int | None:
    """两 → 2, 十 → 10, 十二 → 12, 三百 → 300, 千 → 1000, 一万五千 → 15000; None if not a numeral."""
    total = section = digit = 0
    seen = False
    for ch in text:
        if ch in CN_DIGIT_VALUES:
            digit, seen = CN_DIGIT_VALUES[ch], True
        elif ch in ("万", "亿"):
            section = (section + (digit or (0 if seen else 1))) * CN_MULTIPLIERS[ch]
            total, section, digit, seen = total + section, 0, 0, False
        elif ch in CN_MULTIPLIERS:
            section += (digit or 1) * CN_MULTIPLIERS[ch]
            digit, seen = 0, False
        else:
            return None
    return total + section + digit


def value_fields(text: str, clause_start: int, value: re.Match[str]) -> dict:
    """The fields of a target that come from its value match alone."""
    if value["fraction"]:  # 「的2/3」: the share to four places, as labelled (0.6667)
        number = round(int(value["numerator"]) / int(value["denominator"]), 4)
    elif value["ratio"] and (to_one := TO_ONE.fullmatch(value["ratio"])):
        number = float(to_one["first"])  # 「车桩比降至1.8:1」: a ratio to one is its first term
    elif value["cn"]:
        number = chinese_number(value["cn"])
        number = float(number) if number else None
    else:
        number = float(value["low"]) if value["low"] and not value["high"] else None
        number = -number if number is not None and value["minus"] else number  # 「-18℃」 (MINUS_SIGNS)
    scale = value["scale"] or ""
    return dict(
        value=number,
        value_text=text[clause_start + value.start() : clause_start + value.end()],
        unit=scale + (value["unit"] or value["low_unit"] or "") + (value["per_base"] or ""),
        pending=value["pending"] is not None,
        scaled_value=float(Decimal(str(number)) * SCALES[scale]) if scale and number is not None else None,
    )
