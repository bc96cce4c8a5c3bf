"""The deed closing a counted thing's name before its value (「焦化企业完成改造8家」 → 焦化企业) and a support's 政策, split off the name."""

from __future__ import annotations

from .. import rx as re

from .found import strip_fillers
from .tables import one_of

SUPPORT_POLICY = re.compile(r"(?<=补贴|奖励|资助|补助|贴息)政策$")  # a support's 政策 is the support
# What the counted things have done, closing their name before the value: the things are counted, the
# deed is the goal's verb — 「焦化企业完成改造8家」 → 焦化企业, 「既有住宅加装电梯开工400台」 → 既有住宅加装电梯.
# (name, pattern, example)
DONE_ENDS = (
    ("completed", r"(?<=[\u4e00-\u9fff]{2})(?<!分别)(?:完成|实现)(?:改造|整治|治理|验收|提升)$", "焦化企业完成改造8家 (「县道、乡道分别完成改造」 is a 分别 list's predicate)"),
    ("started", r"(?<=[\u4e00-\u9fff]{2})(?<!分别)(?:开工|投产|竣工)$", "既有住宅加装电梯开工400台以上"),
    ("covered", r"(?<=[\u4e00-\u9fff]{2})(?<!分别)(?:覆盖|惠及)$", "电梯按需维保试点覆盖200台以上"),
    ("tally_after", r"(?<=[\u4e00-\u9fff”]{2})(?:全年|每年|年均)$", "跨境电商企业全年新增1500家 → 跨境电商企业 (the tally word before the verb; round 17)"),
    ("sent_to", r"(?<=[\u4e00-\u9fff]{2})赴[^,;。\d]{2,12}(?:进修|学习|培训|挂职|跟岗|研修|交流)(?:锻炼)?$", "骨干医师赴上级医院进修不少于10人次 → 骨干医师 / 青年干部赴沿海发达地区挂职锻炼50名 → 青年干部 (round 23: yuping 22b; the people sent are counted)"),
    # session 20: after 选派 (a pivot: the people sent, then what they go to do) any verb of going or taking part ends the people's
    # name — 「选派监管骨干参加国家级业务培训不少于50人次」 bichuan 30b, 「选派康复专业技术人员到基层服务不少于100名」 congchuan 23b,
    # 「选派优秀教练员进校园不少于100人次」 yanxun 29b: 3 labels in 3 notices of 3 rounds name the people, none the errand
    ("sent_on_errand", r"选派[^,;。\d]{2,10}?(?P<errand>(?:到|赴|进|参加|前往)[^,;。\d]{2,14})$", "每年选派骨干教师参加省级培训不少于30人次 → 骨干教师"),
)
DONE_END = re.compile(one_of(DONE_ENDS))


def name_and_deed(before: str) -> tuple[int, str, str]:
    """The offset and text of the name in the words before a value, and the name with the deed that
    closes it (DONE_ENDS; bare_value reads the deed's verb as making the value a count)."""
    offset, name = strip_fillers(before)
    if policy := SUPPORT_POLICY.search(name, max(0, len(name) - 3)):  # only its tail: a head may be long
        name = name[: policy.start()]  # 「生活费补贴政策每人每年只享受一次」 → 生活费补贴
        return offset, name, name
    if done := DONE_END.search(name):
        return offset, name[: done.start("errand") if done["errand"] else done.start()], name  # 「焦化企业完成改造8家」 → 焦化企业
    return offset, name, name


def sent_on_errand(before: str) -> bool:
    """Whether ``before`` closes with people sent (选派) and the errand they are sent on (DONE_ENDS sent_on_errand), the
    errand's last word read as a verb: 「选派骨干教师参加省级培训」 counts the teachers, not the training."""
    done = DONE_END.search(before)
    return done is not None and done["errand"] is not None
