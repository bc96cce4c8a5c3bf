"""The name of a time limit leaves out the moment it counts from: 「停电后恢复供电时间不超过30分钟」 → 恢复供电时间, as
「抢险人员接报后到达现场时间」 → 到达现场时间 (round 19: every label of rounds 1–18 with such a moment — lanxi 15a, lichuan 17c,
yuchuan 18a — reads it so; none keeps it)."""

from __future__ import annotations

from .. import rx as re
from .found import FoundTarget, renamed
from .jieba_cut import tag
from .tables import one_of

# (name, pattern on the target's name, example)
# How a thing opens, kept with its time of opening (免费开放时间, 连续开放时间: 7 labels keep them; per_unit_items reads them too).
OPENING_WORDS = ("免费", "夜间", "连续", "对外", "门诊")
TIME_FROM_EVENTS = (
    ("after_event", r"^[^,;。\d]{1,16}?后(?=[^,;。\d后]{2,10}(?:时间|时限|间隔)$)", "停电后恢复供电时间 → 恢复供电时间 / 扑火队伍接到出动指令后到达火场时间 → 到达火场时间"),
    # the days or season a time holds for says when, not what (round 19: lanzhou 18a, lujiang 17d, tingwan 17b — every such
    # label; 年度 names a year's total and stays: 「年度培训时间」), and the holidays or season a run's interval holds for (round 20:
    # tangxi 19c 「节假日发车间隔」, cuiling 16b 「旅游旺季班次间隔」 → 发车间隔 / 班次间隔)
    ("time_frame", r"^(?:年(?!度)|全年|工作日|节假日|周末|(?:旅游)?旺季|[\u4e00-\u9fff]{2,3}期(?:间|内))(?=[^,;。\d]{2,8}(?:时间|天数|时长|间隔)$)", "寒暑假期间开放时间延长1小时 → 开放时间 / 年开放时间不少于250天 → 开放时间 / 工作日开放时间不少于8小时 → 开放时间"),
    # who arrives is no part of an arrival time's name, as the moment it counts from is not (round 22: every label of rounds
    # 1–21 names it 到达现场时间 / 到达火场时间 alone — lanxi 15a, muchuan 15b, lichuan 17c, lanzhou 18b, linjiang 21a, lichuan 21c;
    # round 21 kept the responders in two, by two writers)
    ("who_arrives", r"^[^,;。\d]{2,14}?(?:队伍|力量|人员|车辆|救护车)(?=到达(?:现场|火场)时间$)", "救援力量到达现场时间原则上不超过40分钟 → 到达现场时间 / 林区扑救队伍到达火场时间 → 到达火场时间"),
    # what is opened or published, and to whom, is the holder of the time it is open or published (session 13: 33 labels name
    # 开放时间 alone and 22 公示时间 alone — 「每周面向学生开放时间」, 「评价结果公示时间」 among them, read whole before — against
    # 2 keeping what is published, 方案 / 改造方案); how it opens stays: 免费, 夜间, 连续, 对外, 门诊 (7 labels keep them)
    ("opened_or_published", r"^[^,;。\d]{1,20}?" + "".join(f"(?<!{word})" for word in OPENING_WORDS) + r"(?=(?:开放|公示)(?:时间|时长)$)", "每周面向中小企业职工开放时间不少于40小时 → 开放时间 / 评价结果公示时间不少于5个工作日 → 公示时间"),
)
TIME_FROM_EVENT = re.compile(one_of(TIME_FROM_EVENTS))
# How a thing opens, said by the word right before 开放 / 公示, stays with the time as the listed 免费, 夜间, 连续 do: a verb,
# verbal noun, adjective or time word of jieba's (session 18: 自助, yunlan 44a; the 12 labels of all rounds keeping 免费 vn, 夜间 t or
# 连续 a read the class; what is opened, a noun or 每周, goes; a word after an adjective is a noun whatever jieba tags it: 「在小区
# 显著位置公示时间」 → 公示时间, tanqiao 19b). (name, jieba tags, example)
OPENING_MANNERS = (("manner_of_opening", "v vn a ad t", "城市书房每天自助开放时间不少于16小时 → 自助开放时间"),)
MANNER_TAGS = frozenset(OPENING_MANNERS[0][1].split())
OPENED = re.compile(r"(?:开放|公示)(?:时间|时长)")


def event_left_out(folded: str, target: FoundTarget) -> FoundTarget:
    """``target`` without the moment its time counts from, and then who arrives (TIME_FROM_EVENTS); unchanged otherwise."""
    for _ in range(2):  # 「接到求救信息后救援力量到达现场时间」: the moment, then the responders
        if not (event := TIME_FROM_EVENT.match(target.indicator)):
            break
        end = event.end()
        if OPENED.fullmatch(target.indicator, end) and (words := tag(target.indicator[:end])) and len(words[-1][0]) > 1 and words[-1][1] in MANNER_TAGS and not (len(words) > 1 and words[-2][1] == "a"):
            end -= len(words[-1][0])  # 「每天自助开放时间」 → 自助开放时间 (OPENING_MANNERS)
            if not end:
                break
        target = renamed(folded, target, target.indicator[end:])
    return target
