"""Levels in a 分别 list of recipients (TARGET_LABELING.md, 分别): a level word opening the first name is every
name's (「国家五星级、四星级冷链物流企业」 → 国家四星级…), bare places are levels (「在全国、省、市…大赛中获得一等奖」
→ 全国, 省, 市), and a recipient named after 给予 makes the listed things what it holds or hosts, named by their
levels (「对在我县举办的国际性、全国性、省级体育赛事，分别给予办赛主体…」 → 国际性, 全国性, 省级)."""

from __future__ import annotations

from .. import rx as re

from . import indicator as nouns
from .tables import one_of


def word_boundary(name: str, at: int) -> bool:
    """Whether jieba's words of ``name`` meet at ``at``: a name is never cut inside a word
    (「国家级、省级」 keeps 国家级; 「领域A类、B类」 → A类)."""
    position = 0
    for word, _ in nouns.tag(name):
        if position >= at:
            break
        position += len(word)
    return position == at


# A level word opening the first listed name, the rest as long as each name after it and of the same kind (the same
# first two or last character): the level is every name's. (name, pattern, example)
SHARED_LEVELS = (
    ("level_first", r"(?:国家|国际|全国|中国|省级|市级|县级|区级)(?!级)", "对首次获评国家五星级、四星级、三星级冷链物流企业的 → 国家四星级冷链物流企业 / 对新获评国家体育产业示范基地、示范单位、示范项目的 → 国家体育产业示范单位 / 获得中国专利金奖、银奖、优秀奖的 → 中国专利银奖"),
)
SHARED_LEVEL = re.compile(one_of(SHARED_LEVELS))
# …but not a contest the prizes listed were won at, nor over names with a level of their own. (name, pattern, example)
NOT_SHARED_LEVELS = (
    ("contest", r"(?:赛|赛事|评选|活动|奖)$", "对获得全国家政服务技能竞赛一等奖、二等奖、三等奖的选手 → 二等奖 / 获得中国优秀工业设计奖金奖、银奖、铜奖的 → 银奖 (the contest or award is where, not which)"),
    ("own_level", r"^(?:国家|国际|全国|省|市|县|区)", "对新引进的国际品牌首店、全国首店、省级首店 → 全国首店"),
)
CONTEST_END = re.compile(NOT_SHARED_LEVELS[0][1])
OWN_LEVEL = re.compile(NOT_SHARED_LEVELS[1][1])


def level_shared(names: list[str]) -> list[str]:
    """``names`` with the level opening the first (SHARED_LEVELS) and the words up to the part as long as the
    middle names (or the last's opening) given to the others; ``names`` unchanged where none is."""
    first, others = names[0], names[1:]
    if not others or not SHARED_LEVEL.match(first) or any(OWN_LEVEL.match(name) for name in others):
        return names  # 「国际品牌首店、全国首店」: levels of their own
    prefix = _prefix_of_kind(first, others)  # (not 「国家5A级、4A级旅游景区」: two names, the last with its head — round 6's label)
    return [first] + [prefix + name for name in others] if prefix else names


def _prefix_of_kind(first: str, others: list[str]) -> str:
    """The words opening ``first`` before a part as long as the middle names (or the last) and of their kind (the
    same first two or last character); "" where there is none, or it names a contest (NOT_SHARED_LEVELS)."""
    length = len((others[:-1] or others)[0])
    rest, prefix = first[-length:], first[:-length]
    if len(prefix) < 2 or any(len(name) != length for name in others[:-1]) or not word_boundary(first, len(prefix)) or CONTEST_END.search(prefix):
        return ""  # 「全国家政服务技能竞赛一等奖、二等奖」: where a prize was won
    if not all(name[:2] == rest[:2] or name[-1] == rest[-1] for name in others[:-1]) or not (others[-1][:2] == rest[:2] or rest[-1] in others[-1]):
        return ""  # (the last name may carry the head: 「…三星级冷链物流企业」)
    return prefix


# Places standing for the level of what the recipients won (a 在 before the first): 「在全国、省、市职业院校技能
# 大赛中获得一等奖的学生」 → 全国, 省, 市. (name, pattern, example)
PLACE_LEVELS = (("place_level", r"全国|国家|国际|省|市|县|区", "对在全国、省、市职业院校技能大赛中获得一等奖的学生，分别给予每人1万元、5000元、2000元奖励"),)
PLACE_LEVEL = re.compile(one_of(PLACE_LEVELS))


def place_levels(names: list[str]) -> list[str] | None:
    """The places of a list read as levels: every name but the last one place (PLACE_LEVELS), the last opening
    with one before four characters or more; None otherwise."""
    firsts = [names[0].removeprefix("在")] + names[1:-1]
    if len(names) < 2 or not all(PLACE_LEVEL.fullmatch(name) for name in firsts):
        return None
    last = PLACE_LEVEL.match(names[-1])
    return firsts + [last.group()] if last and len(names[-1]) - last.end() >= 4 else None


# A recipient named after the support verb of a 分别 clause: what the list before names is what it holds or
# hosts, and the levels name the amounts. (name, pattern, example)
RECIPIENTS_AFTER = (("recipient_after_verb", r"分别给予[\u4e00-\u9fff]{0,4}?(?:主体|单位|机构)", "对在我县举办的国际性、全国性、省级体育赛事，经认定后分别给予办赛主体最高50万元、30万元、10万元的办赛补助"),)
RECIPIENT_AFTER = re.compile(one_of(RECIPIENTS_AFTER))


# …where the listed things are hosted (the hosting verb in the clause before): titles won by a place run by the
# recipient keep their head — 「对新获评国家级、省级…集聚区的，分别给予运营主体…」 → 国家级…集聚区 (rounds 4 and 6).
HOSTED = re.compile(r"举办|承办|承担")


def recipient_after(clause: str, previous: str) -> bool:
    """Whether the 分别 clause names its recipient after the verb (RECIPIENTS_AFTER) of things hosted (HOSTED)."""
    return RECIPIENT_AFTER.search(clause) is not None and HOSTED.search(previous) is not None


# …or recipients named in a clause of their own by what they were certified as, the payer or 分别 in the next:
# the listed things are the recipients, their head repeated. (name, pattern, example)
CERTIFIED_LISTS = (("certified_as", r"^经?(?:认定|评定|评审认定)为(?P<names>[^,;。的]+、[^,;。的]+?)的$", "对外商投资设立的研发中心，经认定为国家级、省级外资研发中心的，分别给予一次性奖励200万元、100万元 → 国家级外资研发中心"),)
CERTIFIED_LIST = re.compile(one_of(CERTIFIED_LISTS))


# A condition clause between the listed recipients and their 分别 clause says who of them qualifies: the list stays
# the clause before 分别 (lists.distribute). (name, pattern on the condition clause, example)
# (Up to 40 characters: a condition may state thresholds of its own — 「参会人数在300人以上且外省（境外）参会代表占比不低于
# 50%的」, round 29's jiyuan; 3 labels of 3 notices, chengyang, pulan, jiyuan, keep the list before it.)
CONDITIONS_BETWEEN = (
    ("condition_between", r"^[^、,;。分]{2,40}的$", "对引进的运动健将、国际级运动健将，签订3年以上劳动合同的，分别给予每人每月3000元、5000元生活补贴 / 对在本市举办的国际性、全国性学术会议，参会人数在500人以上且外地参会代表占比不低于60%的，分别给予…"),
)
CONDITION_BETWEEN = re.compile(one_of(CONDITIONS_BETWEEN))


def condition_between(clause: str, previous: str) -> bool:
    """Whether ``clause`` is a condition (CONDITIONS_BETWEEN) after a clause listing names."""
    return "、" in previous and CONDITION_BETWEEN.match(clause.strip()) is not None


# Places listed with a count of levels after the last (「省、市、县三级」): each place is a level, written with 级, and the
# count word is dropped (TARGET_LABELING.md, a word joining levels: 「县乡村三级…」 → 县级, 乡级, 村级). (name, pattern, example)
COUNTED_PLACES = (("places_counted", r"(?P<place>国家|省|市|县|区|乡|镇|村)(?:两|二|三|四|五)级(?P<rest>[^、]{2,})", "省、市、县三级政务服务中心“一窗通办”覆盖率分别达到100%、95%、90%"),)
COUNTED_PLACE = re.compile(one_of(COUNTED_PLACES))
BARE_PLACE = re.compile(r"国家|省|市|县|区|乡|镇|村")


def counted_places(names: list[str]) -> list[str] | None:
    """Every listed place as its level with the rest of the last name (COUNTED_PLACES); None where the names are no
    bare places before a count of levels."""
    if len(names) < 2 or not all(BARE_PLACE.fullmatch(name) for name in names[:-1]) or not (m := COUNTED_PLACE.fullmatch(names[-1])):
        return None
    return [place + "级" + m["rest"] for place in names[:-1] + [m["place"]]]


# Approvals passed at each level, named whole before the thing approved: they name the 分别 support and the thing approved
# is no recipient repeated, as levels of what is held are not (TARGET_LABELING.md, 分别). (name, pattern, example)
LEVEL_APPROVAL = r"(?:国家|国家级|省|省级|市级|县级)(?:审定|认定|认证|登记|验收)"
PASSED_LISTS = (("passed", r"^(?:对)?[^,;。、]{0,16}?通过(?P<names>" + LEVEL_APPROVAL + "(?:、" + LEVEL_APPROVAL + ")+)的[^,;。的、]{0,8}$", "自主选育通过国家审定、省级审定的蔬菜新品种，分别给予每个15万元、8万元奖励"),)
PASSED_LIST = re.compile(one_of(PASSED_LISTS))


# What the recipients won that is an approval or a listing, closing a list of its levels: never a recipient itself, so the
# levels name the support with or without a recipient after the list's 的 (TARGET_LABELING.md, 分别: levels of what the
# recipients won). 4 labels of 4 notices read so — yiyuan 29's 认定, tanmei 28's 推荐目录, lingyue 27's 评审, qiaonan 26's
# 评估 — and none repeats the approval. (name, pattern, example)
APPROVALS_WON = (
    ("approval", r"(?:认定|评审|评估|审定|验收|认证)$", "对获得国家级、省级森林康养基地认定的，分别给予30万元、10万元奖励 → 国家级奖励"),
    ("listing", r"(?:目录|名单|名录)$", "对首次入选国家级、省级专精特新服务机构推荐目录的，分别给予… → 国家级一次性奖励"),
)
APPROVAL_WON = re.compile(one_of(APPROVALS_WON))


# After 对 and a 、 list, a recipient of any other name after the list's 的 (现役军人家庭, 成果, 社区消防站): read only where
# the listed names are whole — levels of what the recipients won or hold, or names no head is repeated on, the first no
# longer than the last by more than a level word (15 labels of 6 lists in 4 notices — rounds 14a, 32b, 36b, 39b — none
# read otherwise: 「对荣获一等功、二等功的现役军人家庭」 → 一等功…, 「对评为五星级、四星级的社区消防站」 → 五星级…,
# 「对新评定为4A级、3A级旅游景区的茶园景区」 → 4A级…). (name, pattern, example)
OTHER_RECIPIENTS = (("for_listed_other", r"^(?:对|向|为)(?:[^,;。]*的)?(?P<names>[^,;。的]+、[^,;。的]+?)的(?P<recipient>[^,;。的、]{2,8})$", "对荣获一等功、二等功、三等功的现役军人家庭"),)
OTHER_RECIPIENT = re.compile(one_of(OTHER_RECIPIENTS))
LEVEL_WORD_MAX = 2  # 「市级一等奖、二等奖、三等奖」: the first name's 市级 is every name's


def with_head(names: list[str], head: str, other_recipient: bool) -> list[str]:
    """The listed recipients, the last name's head given to the others (lists.recipients); none for an
    OTHER_RECIPIENTS list whose names are not whole: 「对取得船长、大副、二副适任证书的本省户籍船员」 (a holding after the
    last name), 「对年度考核等次为优秀、良好的…」 (a condition before the first)."""
    if other_recipient and (head or len(names[0]) > len(names[-1]) + LEVEL_WORD_MAX):
        return []
    return [name + head for name in names[:-1]] + [names[-1]]
