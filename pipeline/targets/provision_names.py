"""A provision per unit — 「X按每<unit>不少于N<measure>配置」, 「按每千人不少于10个托位的标准」, 「按照每50公里不少于1处的标准
设置应急救援站点」 — is named by what is provided: the noun written after the value or after the verb of providing that follows
it, and where none follows, the noun before 按 (its holder left out by standard_holders). Who provides it (a district, a
residential area, an event) is never the name (TARGET_LABELING.md, the holder of a standard; per-unit quantifiers).

Session 17: of the labels of all rounds whose clause reads 按(照)每 + unit + a limit + value, every one names the provided
noun this way (35 read so, none names the one providing or the unit); 16 labels of 11 notices by many writers were misread
(heldout 17b, 19c ×2, 21a, 23c, 26b, 28a, 29b, 37b, 38b, 39b, 41a ×3)."""

from __future__ import annotations

from dataclasses import replace

from .. import rx as re

from .found import FoundTarget, value_clause
from .standard_holders import HOLDER_ENDING, holder_split

# (name, pattern, example)
PROVISION_PARTS = (
    # the frame between 按 and the limit: a unit, no verb of providing (「按每百名老人配备护理员不少于15名」 names what it equips)
    ("frame", r"(?P<before>[^,;。，；]*?)(?:原则上|应当|应|要|须|均)?按(?:照)?(?:[\u4e00-\u9fff]{2,4}?)?每(?!年|月|周|天|日|季度|半年|学期|学年)[^,;。，；按]{1,16}?(?:原则上)?(?:不少于|不低于|至少|不超过|不高于)$", "新建居住区按每千人不少于 / 医院停车泊位原则上按每床位不少于 / 物业服务人员按建筑面积每万平方米不少于 (the measure the unit counts may stand between 按 and 每)"),
    # the noun right after the value (and its unit)
    ("noun_after_value", r"^(?!的|配|设|落实|建设|计入|标准)(?P<name>[\u4e00-\u9fff（）()、]{2,14}?)(?=的标准|的要求|[,;。，；\n]|$)", "不少于10个托位的标准 → 托位"),
    # the verb of providing after the value, then what it provides
    ("verb_then_noun", r"^(?:的(?:标准|要求))?(?:配建|配套|设置|配备|配齐|配足|配置|建设|预留|落实){1,2}(?P<name>[\u4e00-\u9fff（）()、]{2,16}?)(?=[,;。，；\n]|$)", "不低于20平方米的标准配套社区养老服务设施 → 社区养老服务设施"),
)
FRAME = re.compile(PROVISION_PARTS[0][1])
NOUN_AFTER = re.compile(PROVISION_PARTS[1][1])
VERB_THEN_NOUN = re.compile(PROVISION_PARTS[2][1])
VERB_WORDS = re.compile(r"(?:配置|配备|设置|配建|配套|设立)")
# a farm or yard holding the provision (规模奶牛场, 生猪养殖场), besides the holder endings of standard_holders
FARM_ENDING = re.compile(r"[\u4e00-\u9fff]{2,}场")
# opening words of X before 按 that say which are built, not what (新建, 改扩建)
NEW_OPENING = re.compile(r"^(?:新建|改扩建|新建、改扩建|新建和改扩建)(?=[\u4e00-\u9fff]{2})")


def provision_named(folded: str, target: FoundTarget) -> FoundTarget:
    """``target`` named by what a per-unit provision provides (PROVISION_PARTS); unchanged where its clause has no such frame."""
    if target.comparator not in ("at_least", "at_most") or "元" in target.unit:
        return target  # (money per unit is a support, named by the support rules)
    if (place := value_clause(folded, target, 60)) is None:
        return target
    value_at, clause_start = place
    frame = FRAME.search(folded, clause_start, value_at)
    if frame is None or VERB_WORDS.search(frame.group()[len(frame.group("before")) :]):
        return target
    after = value_at + len(target.value_text)
    if target.unit and folded.startswith(target.unit, after):
        after += len(target.unit)
    rest = folded[after : after + 40]
    if (noun := NOUN_AFTER.match(rest)) or (noun := VERB_THEN_NOUN.match(rest)):
        name, start = noun.group("name"), after + noun.start("name")
    else:
        before = NEW_OPENING.sub("", frame.group("before"))
        if len(before) < 2:
            return target
        ends = [m.end() for m in (*HOLDER_ENDING.finditer(before), *FARM_ENDING.finditer(before)) if len(before) - m.end() >= 2]
        cut = holder_split(before) or min(ends, default=0)
        name, start = before[cut:], frame.end("before") - len(before) + cut
    if name == target.indicator.replace("（", "(").replace("）", ")"):
        return target
    # (the span runs over the name wherever it stands, so that it gives back what was read: 「…不少于12个托位」)
    return replace(target, indicator=name, start=min(start, target.start), end=max(target.end, start + len(name)))
