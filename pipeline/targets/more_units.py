"""Measure units the labels carry that the value reader lacked (patterns.MEASURE_UNITS takes them in). Session 17,
counted over the labels of rounds 1–43 after round 43 was scored: every unit a label writes that MEASURE_UNITS (with a
万 / 亿 scale) did not know, kept here where ≥ 3 notices of ≥ 2 writers carry the unit or its family; a value in such a
unit was missed whole or read without its unit. Each entry: (name, units, example and the notices)."""

from __future__ import annotations

# Physical units of an engineering or food standard, one family each. 27 labels missed or read unitless before.
PHYSICAL_UNITS = (
    ("mass", "克 毫克", "每个品种留样量不少于125克 / 柴油硫含量不高于10毫克/千克 → 毫克/千克 (8 labels in 7 notices: xingzhou "
     "33a, qiyang 42b, shiping 18a, yanxun 29b, maoyang 31a, xiaotang 28a 克/千克, yingjiang 20b)"),
    ("sound_level", "分贝", "厂界噪声昼间不超过60分贝 (qiaoyang 38b, langwan 33b)"),
    ("pressure", "兆帕", "改造后管网末梢压力不低于0.14兆帕 (lilan 37a)"),
    ("resistance", "欧姆", "避雷装置接地电阻不大于10欧姆 (qishan 43a)"),
    ("turbidity", "NTU", "出厂水浊度不高于0.5NTU (ruochuan 17a, lilan 37a)"),
    ("bandwidth", "兆", "村卫生室网络带宽不低于100兆 (session 23, counted over rounds 1–53: xiangling 49c, weiling 50b, tangxiu 52b; 兆瓦 and 兆帕 stay their own units, longest first)"),
    ("temperature_written", "摄氏度", "冷藏温度控制在0至4摄氏度 / 室内空调温度夏季不低于26摄氏度 (℃ written out: daixi 52a, mingyuan 53c; ℃ itself in 23 notices)"),
    # session 24, after round 58's blind score: a conductor's cross-section (ruoxi 58a 导线截面 twice, read as a name 平方毫米),
    # a load (mingzhou 52a 试验荷载 千牛, huatang 48a 雪荷载 千牛/平方米), a distance at sea (hancheng 52a 离岸距离 海里) — units
    # with no other reading after a number
    ("cross_section", "平方毫米 平方厘米", "主干线导线截面不小于150平方毫米 (ruoxi 58a)"),
    ("force", "千牛 千牛/平方米", "试验荷载不小于400千牛 / 雪荷载不小于0.3千牛/平方米 (mingzhou 52a, huatang 48a)"),
    ("sea_distance", "海里", "离岸距离原则上不小于10海里 (hancheng 52a)"),
    # session 25, after round 64's blind score: a flow (lanxi 22b, yingping 64b twice; 立方米/秒 is read through the per-base rule)
    ("flow", "立方米每秒 立方米每小时 立方米/秒 立方米/小时", "设计排涝流量不低于12立方米每秒 / 设计排水能力不低于3立方米/秒 / 每台泵车排水能力不低于1000立方米每小时"),
    ("apparent_power", "千伏安", "户均配变容量提高到3.5千伏安以上 (cenjiang 21b; 千伏 alone names a grid's voltage class, 「110千伏变电站」)"),
)
# Counters, read only where they close the value's phrase (values.CLOSING_UNITS; 以内 allowed too): not 「一餐热饭」,
# 「发现一起、查处一起」, 「两轮燃气安全专项整治」, 「三轮车」, 「48个班以上的中学」 (there 个 alone, as before).
COUNTED_UNITS = (
    ("meals", "餐", "助餐点每日供餐不少于2餐 (aizhou 36a, gutang 28b, qiyang 42b, maoyang 31a)"),
    ("cases", "起", "社区火灾亡人事故控制在1起以内 / 每季度公开曝光典型案例不少于3起 (huanping 31b, weiyuan 32b, yuanze 28a)"),
    ("runs", "班", "每日往返班次不少于2班 / 每周固定班次不少于1班 (session 23, counted over rounds 1–53: lanyu 16b, longchuan 44b, qiaochuan 50a, daixi 52a)"),
    ("area_worked", "亩次", "农业生产托管服务面积达到300万亩次 (qianzhou 38b, congxi 49a: an area worked, counted as 人次 / 家次 are)"),
    ("tables", "桌", "婚宴规模一般不超过15桌 (session 24: guoxi 58b twice, huoting 55b once)"),
    ("rounds_of_work", "轮 遍", "每年开展专项执法检查不少于2轮 / 每年全覆盖检查1遍 (zhangyuan 17b, zhenyang 38a, weiyuan 32b)"),
    # 个 with a counted noun is one unit, as 个月 / 个工作日 are: 9 labels in 8 notices of 7 writers read 个 alone
    ("counted_with_ge", "个等级 个班 个班次 个批次 个学期", "耕地质量等级提高0.5个等级以上 / 办园规模不少于6个班 / 每月下井带班不少于5个班次 "
     "(huanping 31b, xiaotang 28a, fenghe 20a, juzhou 37b, liaoting 21a, wenlan 19c, zhangchuan 25a, renxi 38a)"),
)
# Units of time, read as TIME_UNITS are (a duration, a period or a term). Session 18, after round 44: 周 (weeks) is the
# unit of 3 labels in 3 notices of 3 writers (rounds 35, 38, 44: 培训时间不少于2周, 托管时间不少于3周, 最长12周的长期处方),
# read unitless or missed; 周岁 stays its own unit and 四周 (all around), 周年, 周边, 周末 no week (MORE_UNIT_GUARDS, values).
MORE_TIME_UNITS = (("weeks", "周", "每期托管时间不少于3周 / 可开具最长12周的长期处方"),)
# What may not follow a unit above: (name, unit, characters, example).
MORE_UNIT_GUARDS = (
    ("gram_not_overcome", "克", "服隆难", "食盐供给量不超过2克 (not 「克服」, 「克隆」)"),
    ("mega_not_omen_or_money", "兆", "头元", "网络带宽不低于100兆 (not 「兆头」, nor a sum 「兆元」)"),
    ("week_not_anniversary", "周", "岁年边末转期内围日一二三四五六七", "培训时间不少于2周 (not 「70周年」, 「2周内」, 「3周边」)"),
)
