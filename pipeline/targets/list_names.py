"""Names of a 分别 list read outside the recipient tables: a field opening the first name is the scope of
every name, not part of the first (「生物医药领域顶尖人才、领军人才」 → 顶尖人才, 领军人才), and a plain list
after a 「…的」 condition gives its last name's head to the others (「毕业5年内的博士、硕士研究生」 →
博士研究生, 硕士研究生)."""

from __future__ import annotations

from .. import rx as re

from . import indicator as nouns
from .list_levels import word_boundary
from .tables import one_of

# A word joining levels or places stands for its members, in order, where 分别 gives each a value of its
# own: (word, members, example). The members are written as the genre writes them (TARGET_LABELING.md).
COMPOUND_NAMES = (
    ("城乡", ("城市", "农村"), "城乡社区老年助餐服务覆盖率分别达到90%、60%"),
    ("县乡村三级", ("县级", "乡级", "村级"), "县乡村三级物流节点覆盖率分别达到100%、100%、90%"),
    ("县乡村", ("县级", "乡级", "村级"), "县乡村医疗机构达标率分别达到100%、95%、90%"),
    ("省市县三级", ("省级", "市级", "县级"), "省市县三级平台接入率分别达到100%、95%、90%"),
    ("省市县", ("省级", "市级", "县级"), "省市县财政投入分别增长5%、8%、10%"),
    ("市县两级", ("市级", "县级"), "市县两级平台覆盖率分别达到100%、90%"),
    ("县乡两级", ("县级", "乡级"), "县乡两级服务网点覆盖率分别达到100%、90%"),
)


# A word joining places (COMPOUND_NAMES) naming the recipients after 对 stands for its members, as it does before 分别
# (TARGET_LABELING.md, a word joining levels or places): 「对建成…投放点的城乡社区，分别按每个1.5万元、1万元…」 → 城市社区,
# 农村社区 (round 29's songyang). (name, pattern, example)
COMPOUND_RECIPIENTS = (("joined_places", r"^(?:对|向|为)(?:[^,;。]*的)?(?P<word>" + "|".join(word for word, _, _ in COMPOUND_NAMES) + r")(?P<rest>[^,;。的、]{2,8})$", "对建成再生资源回收站的城乡社区，分别按每个2万元、1万元给予建设补助 → 城市社区建设补助"),)
COMPOUND_RECIPIENT = re.compile(one_of(COMPOUND_RECIPIENTS))


def compound_recipients(clause: str) -> list[str]:
    """The members of a joining word naming the recipients (COMPOUND_RECIPIENTS), each with the rest of the name."""
    if not (m := COMPOUND_RECIPIENT.match(clause)):
        return []
    members = next(members for word, members, _ in COMPOUND_NAMES if word == m["word"])
    return [member + m["rest"] for member in members]


# A field or sector opening the first listed name, shared by every name. (name, pattern, example)
LIST_SCOPES = (
    ("field", r"^[^、,;。的]{2,8}?领域(?=[^、]{2,})", "对新引进的生物医药领域顶尖人才、领军人才，分别给予最高500万元、200万元安家补贴"),
    ("speciality", r"^[^、,;。的]{2,6}?专业(?=[^、]{2,})", "全职引进的中医专业博士、硕士研究生，分别给予一次性安家补贴20万元、10万元"),
)
LIST_SCOPE = re.compile(one_of(LIST_SCOPES))
# A condition before the list, closed by 的, names who qualifies, not which member. (name, pattern, example)
LIST_CONDITIONS = (("whose", r"^[^、,;。]*的(?=[^、的]{1,8}$)", "毕业5年内的博士、硕士研究生可再分别申请8万元、5万元一次性购房补贴"),)
LIST_CONDITION = re.compile(one_of(LIST_CONDITIONS))


def scope_cut(first: str) -> int:
    """Characters of a field (LIST_SCOPES) opening the first listed name; 0 where none does."""
    return m.end() if (m := LIST_SCOPE.match(first)) else 0


def plain_list(names: str) -> list[str]:
    """The names of a list written without 对 before 分别: each after a leading condition (LIST_CONDITIONS),
    the last name's head after the first name's last character given to the others (「博士、硕士研究生」 →
    博士研究生)."""
    parts = names.split("、")
    if (m := LIST_CONDITION.match(parts[0])) and len(parts) > 1:
        parts[0] = parts[0][m.end() :]
        last, ends = parts[-1], {part[-1] for part in parts[:-1] if part}
        if len(ends) == 1 and 0 <= (at := last.find(ends.pop())) < len(last) - 2:
            parts = [part + last[at + 1 :] for part in parts[:-1]] + [last]
    return parts


# Recipients written in a clause of their own without 对, after the 「…的」 condition that says who qualifies, the 分别
# clause after it: 「全职引进到县级公立医疗机构工作的中医专业博士、硕士研究生，分别给予…」. (name, pattern, example)
CONDITIONED_LISTS = (("whose_list", r"^[^,;。]*的[^、的,;。]{1,8}(?:、[^、的,;。]{1,8})+$", "全职引进到县级公立医疗机构工作的中医专业博士、硕士研究生，分别给予一次性安家补贴20万元、10万元"),)
CONDITIONED_LIST = re.compile(one_of(CONDITIONED_LISTS))


# Names set up with a count each in the clause before 分别 (prizes, places): the names pair with the values, the counts
# say how many get each (「设立一等奖3名、二等奖6名，分别给予…」 → 一等奖, 二等奖; round 25: jizhou 24b). (name, pattern, example)
COUNTED_NAMES = (("names_counted", r"^(?:设立|设置|评选|评出)?(?P<names>[^、,;。\d]{2,6}\d+名(?:、[^、,;。\d]{2,6}\d+名)+)$", "设立一等奖3名、二等奖6名、三等奖10名，分别给予2万元、1万元、5000元奖励"),)
COUNTED_NAME = re.compile(one_of(COUNTED_NAMES))
COUNT_OFF = re.compile(r"\d+名$")


def counted_names(clause: str) -> list[str]:
    """The names of a clause setting each up with a count (COUNTED_NAMES), the counts off; empty where the clause is none."""
    if not (m := COUNTED_NAME.match(clause.strip())):
        return []
    return [COUNT_OFF.sub("", name) for name in m["names"].split("、")]


def conditioned_list(clause: str) -> list[str]:
    """The names of a clause of recipients after their condition (CONDITIONED_LISTS), a field off the first
    (LIST_SCOPES): 「…工作的中医专业博士、硕士研究生」 → 博士研究生, 硕士研究生; empty where the clause is none."""
    if not CONDITIONED_LIST.match(clause := clause.strip()):
        return []
    parts = plain_list(clause)
    return [parts[0][scope_cut(parts[0]) :]] + parts[1:]


# What a count closing a list counts, the verb before it kept: 「…海葬等节地生态安葬方式每年安葬数量」 → 安葬数量
# for each (「A级旅游景区、星级旅游饭店数量」 → 数量: a noun before it is the last member's). (name, tags, example)
COUNTED_DEEDS = (("deed_count", ("v", "vn"), "树葬、海葬等节地生态安葬方式每年安葬数量分别达到3000例、800例左右"),)


def counted_measure(last: str, measure_at: int) -> str:
    """The shared measure of a list from ``measure_at`` in its last name, with a verb just before it (COUNTED_DEEDS)."""
    at, before = 0, ""
    for word, flag in nouns.tag(last[:measure_at]):
        at += len(word)
        before = word if flag in COUNTED_DEEDS[0][1] and at == measure_at else ""
    return last[measure_at - len(before) :]


def last_member(names: list[tuple[int, str]], head: str) -> tuple[tuple[int, str], str]:
    """The last listed name and the shared head: the member and the head where examples before 等 and their
    category stand between them (「海葬等节地生态安葬方式每年安葬数量」 → 海葬安葬数量); a 的 joining the listed
    owners to what they have is no part of either (「设区市、县级市的内涝防治标准」 → 县级市内涝防治标准, head
    内涝防治标准); after names in quotes the head is what follows the last quote."""
    name = names[-1]
    start, text = name
    if not head and text.startswith("“") and (at := text.rfind("”")) > 0 and len(text) - at > 3:
        return name, text[at + 1 :]  # 「“家政+养老”“家政+托育”融合发展试点县」: the head after the quoted names
    if head.startswith("的") and len(head) >= 3 and text.endswith(head):
        head = head[1:]
        return (start, text[: -len(head) - 1] + head), head
    if head and text.endswith(head) and 0 < (at := text.find("等")) <= 8 and at < len(text) - len(head) and _word_of_its_own(text, at):
        return (start, text[:at] + head), head  # (not the 等 of 高等, 中等: 「…、高等职业院校在校生规模」)
    return name, head


def _word_of_its_own(text: str, at: int) -> bool:
    """Whether the character at ``at`` is a word of its own in jieba's reading of ``text``."""
    position = 0
    for word, _ in nouns.tag(text):
        if position == at:
            return len(word) == 1
        position += len(word)
    return False


# Words opening the first listed recipient that say how all of them are employed, not which member:
# 「对新引进的全职博士、硕士学历设计人才」 → 博士, 硕士. (name, pattern, example)
LIST_QUALIFIERS = (("employment", r"^(?:全职|全日制|柔性引进的?)(?=[^、]{2,})", "对新引进的全职博士、硕士学历设计人才，分别按每人每月5000元、3000元发放生活补贴"),)
LIST_QUALIFIER = re.compile(one_of(LIST_QUALIFIERS))


def qualifier_cut(first: str) -> int:
    """Characters of an employment word (LIST_QUALIFIERS) opening the first listed name; 0 where none does."""
    return m.end() if (m := LIST_QUALIFIER.match(first)) else 0


# The verb by which the recipients hold what is listed, after a list of their own activities: the list after
# the verb names them — 「参加家政服务员、育婴员职业技能培训并取得初级、中级、高级证书」 → 初级, 中级, 高级证书.
# (name, pattern, example)
OBTAINED_LISTS = (("obtained_after_list", r"、[^,;。]*(?:取得|获得|获评|荣获)(?=[^、]+、)", "对参加家政服务员、育婴员、养老护理员职业技能培训并取得初级、中级、高级证书的人员"),)
OBTAINED_LIST = re.compile(one_of(OBTAINED_LISTS))


def obtained_list(listed: str) -> str:
    """``listed`` from the verb of holding on (OBTAINED_LISTS) where a list of activities stands before it."""
    return listed[m.end() :] if (m := OBTAINED_LIST.search(listed)) else listed


# The last character of a level: a rank (国家级, 省级, 初级) or a reach (国际性, 全国性); stages (「Ⅰ期、Ⅱ期临床试验」)
# are no levels of a holding. (name, character, example)
LEVEL_ENDS = (("rank", "级", "获评国家级、省级家政服务品牌的"), ("reach", "性", "对承办国际性、全国性设计赛事的机构"))


# An ordinal class is a level of what is held as a rank is: 「取得第二类、第三类医疗器械注册证的产品」 → 第二类, 第三类.
# (name, pattern, example)
ORDINAL_CLASSES = (("ordinal_class", r"第[一二三四五六七八九\d]类", "对取得第二类、第三类医疗器械注册证的产品，分别给予50万元、200万元奖励"),)
ORDINAL_CLASS = re.compile(one_of(ORDINAL_CLASSES))


def levels_held(names: list[str]) -> list[str] | None:
    """Levels of what the recipients hold or host, the holding closing the last name: the levels name them
    and the holding is not repeated (TARGET_LABELING.md, 分别): 「国家级、省级家政服务品牌」 → 国家级, 省级;
    「国际性、全国性设计赛事」 → 国际性, 全国性; 「第二类、第三类医疗器械注册证」 → 第二类, 第三类 (ORDINAL_CLASSES).
    A kind before the first level is the holding's, not the level's (「农业类中级、高级职称」 → 中级). None where the
    names share no level word."""
    if all(ORDINAL_CLASS.fullmatch(name) for name in names[:-1]) and (last_class := ORDINAL_CLASS.match(names[-1])) and len(names[-1]) - last_class.end() >= 2:
        return names[:-1] + [last_class.group()]
    names = [_level_of_first(names)] + names[1:]
    last, ends, levels = names[-1], {name[-1] for name in names[:-1] if name}, {c for _, c, _ in LEVEL_ENDS}
    at = min((i for i, c in enumerate(last) if c in levels), default=-1)  # 「国际性、全国性、省级体育赛事」: either end
    if len(names) < 2 or not ends or ends - levels or not 0 < at < len(last) - 2 or any(len(name) > 4 for name in names[:-1]):
        return None
    return names[:-1] + [last[: at + 1]]


def _level_of_first(names: list[str]) -> str:
    """The first name's level where a kind of holding stands before it (「农业类中级」 → 中级: a 类 word, then a level as
    long as the last name's opening level); the first name otherwise."""
    first, last = names[0], names[-1]
    if len(names) < 2 or not (kind := re.match(r"[\u4e00-\u9fff]{1,4}类(?=[\u4e00-\u9fff]{2}$)", first)) or first[-1] != "级" or last[1:2] != "级":
        return first
    return first[kind.end() :]


# What the listed recipients hold, closing the last name: the list names them by its levels, and the
# levels are the names (「按本科、专科、中职学历分别给予…」 → 本科, 专科, 中职; 「取得高级工、技师、高级技师职业资格
# 证书的，分别给予…」 → 高级技师). (name, pattern, example)
ATTRIBUTE_TAILS = (
    ("schooling", r"学历|学位", "按本科、专科、中职学历分别给予5万元、3万元、2万元的一次性入职奖励"),
    ("certificate", r"(?:职业资格|职业技能等级|技能等级|资格)证书(?:或(?:职业资格|职业技能等级|技能等级|资格)?证书)*|(?<=[级工师])证书|职业资格", "取得高级工、技师职业资格证书的，分别给予1000元、2000元 / 取得初级、中级、高级证书的 / 取得中级工、高级工、技师证书的 (the trade levels 工, 技师)"),
)
ATTRIBUTE_TAIL = re.compile("(?:" + one_of(ATTRIBUTE_TAILS) + ")(?:[\u4e00-\u9fff]{0,2}?(?:人才|人员|毕业生))?$")  # 「博士、硕士、本科学历人才」 → 博士, 「…学历设计人才」


def without_attribute(names: list[str]) -> list[str]:
    """``names`` with an attribute tail (ATTRIBUTE_TAILS) off the last one, when one is left; levels as
    long as the first names, with their last character, are the names (「初级、中级、高级养老护理员职业
    技能等级证书」 → 初级, 中级, 高级)."""
    if not names or not (m := ATTRIBUTE_TAIL.search(names[-1])) or m.start() == 0:
        return names
    last = names[-1]
    if len(lengths := {len(name) for name in names[:-1]}) == 1 and (length := lengths.pop()) < m.start() and last[length - 1] == names[0][-1]:
        return names[:-1] + [last[:length]]
    return names[:-1] + [last[: m.start()]]


# A skill grade closing every listed name, a trade before the first: the trade names the certificate, not the member, and
# the grades name the support (5 labels of 5 notices — censhui's 养老护理员初级, tanxi's 民宿管家初级, yuanwu's 物流管理师一级,
# tongwan's 互联网营销师初级, yuanze's 电梯修理技师 — drop it). (name, pattern, example)
SKILL_GRADES = (("skill_grade", r"(?:高级技师|技师|高级工|中级工|初级工|[初中高]级|[一二三四五]级)$", "新取得电梯修理技师、高级技师职业资格证书的，分别给予2000元、3000元 → 技师, 高级技师"),)
SKILL_GRADE = re.compile(one_of(SKILL_GRADES))


def without_trade(names: list[str]) -> list[str]:
    """``names`` with a trade (two characters or more, a word of its own) off the first where every other name is a
    skill grade (SKILL_GRADES) and the first ends in one; ``names`` unchanged otherwise."""
    if len(names) < 2 or not all(SKILL_GRADE.fullmatch(name) for name in names[1:]) or not (m := SKILL_GRADE.search(names[0])):
        return names
    if m.start() < 2 or not word_boundary(names[0], m.start()):
        return names
    return [m.group()] + names[1:]
