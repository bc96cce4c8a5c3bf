"""A per-unit frame inside an amount's name is no part of it (TARGET_LABELING.md, indicator: 「单个主体年度支持额度」 →
年度支持额度, 「对新建的乡镇综合服务站每个补助5万元」 → 补助): the frame and who or what stands before it leave the name
where the measure follows the frame, and the frame alone leaves it where it closes the name. Goals keep theirs: a
territory's ratio 「每千人口拥有…托位数」 is its name (every such label of rounds 1–18 opens with it)."""

from __future__ import annotations

from .. import rx as re
from dataclasses import replace

from .found import CLAUSE_BREAK, FoundTarget, renamed
from .patterns import PERIOD_FRAME

# (name, pattern on the amount's name, example). Round 19: rounds 16–18 labelled 10 such amounts by 3 writers (16a luzhou,
# 17c lichuan / xilan, 17d lujiang, 18a lanzhou / shiping / yuchuan) without the frame; no amount label holds one.
PER_FRAMES = (
    # the frame, then its period, then the measure or the duty: what follows the period is the name (round 30: yanxun 29
    # 「每名教练员每周进校服务」, qiwu 25 「每所老年大学每学期开设课程」; every amount label of this shape, 30 in 20 notices, names
    # what follows the period, 「每个社区每年开展育儿指导活动」 → 育儿指导活动); the verb of holding or offering goes with the frame
    ("frame_period_then_measure", r"^(?:[^,;。]*?(?<!按)每(?:\d+|[一两三四五六七八九十百千万]+)?(?:个|处|所|家|座|名|人|位|户|辆|台|艘|支|班|届|条))?[^,;。\d每]{2,8}?" + PERIOD_FRAME + r"(?:开展|组织开展|组织|举办|进行|开设|安排)?(?=[^,;。\d每]{2,}$)", "每名教练员每周进校服务原则上不超过10课时 → 进校服务 / 每所老年大学每学期开设课程不少于30门 → 课程"),
    # the frame, then the measure: the measure is the name
    ("frame_then_measure", r"^[^,;。]{2,}?(?<!按)每(?:\d+|[一两三四五六七八九十百千万]+)?(?:个|处|所|家|座|名|人|位|户|千瓦|辆|台|艘|支|班|届|[\u4e00-\u9fff](?<![年月周天日每])次)(?=[^,;。\d每]{2,}$)", "农村学校食堂改造每所补助不超过10万元 → 补助 / 生态护林员每人管护面积原则上不超过3000亩 → 管护面积 / 创业孵化载体每个工位面积 → 工位面积 / 志愿消防队每支奖励2万元 → 奖励, 消防控制室每班值班人员不少于2名 → 值班人员 (支, 班: round 23, yuanling 22b; the guide's 「每支」 is a per-unit word like 每个) / 业主委员会每届任期不超过5年 → 任期 (届 and 车次, 团次, 航次: round 26, 10 of 10 labels of 9 notices leave 每届 / 每X次 out)"),
    # the frame closing the name: the name before it
    ("frame_closing", r"(?<=[^,;。\d每]{2})(?:按)?每(?:\d+|[一两三四五六七八九十百千万]+)?[^,;。每]{0,6}$", "安防值守人员每处不少于2名 → 安防值守人员 / 食品安全员按每个食堂不少于2名 → 食品安全员 / 温度自动监测点每100立方米不少于1个 → 温度自动监测点"),
)
FRAME_PERIOD_THEN_MEASURE = re.compile(PER_FRAMES[0][1])
FRAME_THEN_MEASURE = re.compile(PER_FRAMES[1][1])
FRAME_CLOSING = re.compile(PER_FRAMES[2][1])


def per_frame_left_out(folded: str, target: FoundTarget) -> FoundTarget:
    """``target`` without the per-unit frame in its name (PER_FRAMES) where it is an amount; unchanged otherwise."""
    if target.kind != "amount" or "每" not in target.indicator or target.indicator.startswith("每"):
        return target
    if before := FRAME_PERIOD_THEN_MEASURE.match(target.indicator) or FRAME_THEN_MEASURE.match(target.indicator):
        name = target.indicator[before.end() :]
    elif closing := FRAME_CLOSING.search(target.indicator):
        name = target.indicator[: closing.start()]
    else:
        return target
    return renamed(folded, target, name)


# A limit right after a per-unit frame that is no period — each site, each canteen, each household, each meal, each
# 100 cubic metres — is what each of them must have or may pay, a standard, an amount; and so is a yearly cap on what each
# firm gets. A period's count (「每年不少于120家」) stays with its own rules. (name, pattern closing the clause's words before
# the value, example). Round 19: 7 labels of rounds 15–18 by 4 writers (lanzhou, shiping, yuchuan 18a, ruochuan 17a,
# tingwan 17b, rongyang, lanxi 15a) read as goals; no goal label of rounds 1–18 has this shape.
FRAME_STANDARDS = (
    ("each_unit_limit", r"[^,;。\d每]{2}(?:按)?每(?!年|周|天|日|月|季度|半年|学期|学年)(?:\d+|[一两三四五六七八九十百千万]+)?[^,;。\d每]{1,6}(?:原则上|应)?(?:不少于|不低于|不超过|不高于|至少)$", "安防值守人员每处不少于2名 / 温度自动监测点每100立方米不少于1个 / 农户自付部分每户不超过300元 / 学校负责人陪餐每餐至少1人"),
    # …with the verb of equipping after the limit, each class or room staffed (round 23 from round 21: liaoting 21a 「幼儿园每班至少
    # 配备2名专任教师和1名保育员」, both amounts)
    ("each_unit_equipped", r"[^,;。\d每]{2}每(?:班|间|室|床|车|船)(?:应|均)?(?:不少于|不低于|至少)(?:配备|配置)$", "幼儿园每班至少配备2名专任教师 / 救护车每车至少配备1名随车医生"),
    ("firm_yearly_cap", r"(?:^|[,;。])每(?:家|个)[^,;。\d每]{1,6}每年[^,;。\d]{0,8}(?:不超过|最多)$", "每家企业每年名额不超过3个 / 每家企业每年获奖产品不超过3个"),
)
FRAME_STANDARD = re.compile("|".join(pattern for _, pattern, _ in FRAME_STANDARDS))


def per_frame_standard(folded: str, target: FoundTarget) -> FoundTarget:
    """``target`` as an amount where its limit follows a per-unit frame or caps each firm's yearly due (FRAME_STANDARDS)."""
    if target.kind != "goal" or target.comparator not in ("at_least", "at_most"):
        return target
    value_at = folded.rfind(target.value_text, target.start, target.end)
    if value_at < 0:
        return target
    head = folded[max(0, target.start - 12) : value_at]
    breaks = list(CLAUSE_BREAK.finditer(head))
    head = head[breaks[-1].start() :] if breaks else head  # the clause's own words (a break kept: the pattern's ^ reads it)
    return replace(target, kind="amount") if FRAME_STANDARD.search(head) else target


# The support after 每个 / 每条 + the one it is paid for is named by the support alone, as every such label of rounds 1–18
# reads it (82 labels: 「每个基地补助最高不超过50万元」 → 补助, 「每个驿站给予一次性建设补助3万元」 → 一次性建设补助); and no
# amount's name holds the payer and its 给予 (no label of rounds 1–18 does). (name, pattern on the amount's name, example).
# Round 19: yuchuan 18a ×2, lanyu 16b kept the one paid for; luwan 18b ×2, lujiang 17d ×2, hengzhou 14b, tingyang 14a 给予.
SUPPORTS_AFTER_EACH = (
    ("granted_by", r"^[^,;。\d]{1,14}?给予(?=[^,;。\d给]{2,}$)", "每条线路给予运营补助最高500万元 → 运营补助 / 每个专业群由省级财政给予建设经费支持300万元 → 建设经费支持 / 按标准给予奖励 → 奖励"),
    ("paid_for_each", r"^[^,;。\d]{0,10}?(?:中心|站|证书|基地|库|项目|线路|门店|(?<![\u4e00-\u9fff])(?:市|县|区|乡镇|村|社区|街道))(?=(?:一次性)?(?:补助|奖励|补贴|资助|奖补)(?:资金|经费)?$)", "每个县级冷链集配中心补助不超过100万元 → 补助 / 每张证书补助5万元 → 补助 (after a per word only) / 给予每个中心奖补资金50万元, 给予每个市奖补资金100万元 → 奖补资金 (round 23: quling 22a; a division alone after the per word)"),
)
GRANTED_BY = re.compile(SUPPORTS_AFTER_EACH[0][1])
PAID_FOR_EACH = re.compile(SUPPORTS_AFTER_EACH[1][1])
EACH_BEFORE = re.compile(r"每(?:个|条|座|家|所|处|栋|项|张|艘)$")


def support_after_each(folded: str, target: FoundTarget) -> FoundTarget:
    """``target`` named by its support alone where the payer and 给予, or the one paid for after a per word, open its name
    (SUPPORTS_AFTER_EACH)."""
    if target.kind != "amount":
        return target
    owner = GRANTED_BY.match(target.indicator)
    if owner is None and EACH_BEFORE.search(folded, max(0, target.start - 2), target.start):
        owner = PAID_FOR_EACH.match(target.indicator)
    if owner is None:
        return target
    return renamed(folded, target, target.indicator[owner.end() :])
