"""The general reading of a 分别 list no frame named: the last 、 list before the 分别 clause with one member per value,
its first and last members cut to the others' words (TARGET_LABELING.md, 分别: each value with its own name)."""

from __future__ import annotations

from .. import rx as re

from . import indicator as nouns
from .names import trim

# Where the members stand: right after 分别按 up to the support verb (「分别按初级工、中级工、高级工给予…」), or in the
# clause before the 分别 clause (「对考核等次为优秀、良好的乡镇，分别给予…」). A run of 、-joined pieces with no
# separator, value or bracket inside. (name, pattern, example)
MEMBER_SOURCES = (
    ("after_by", r"分别按(?P<list>[^,;。\d]+?)(?:给予|发放)", "分别按初级工、中级工、高级工给予800元、1200元、1500元的一次性技能补贴 → 初级工"),
)
AFTER_BY = re.compile(MEMBER_SOURCES[0][1])
LIST_RUN = re.compile(r"[^,;。、\d（）()“”]+(?:、[^,;。、\d（）()“”]+)+")


def members_before(clause: str, previous: str, count: int) -> list[str]:
    """The ``count`` members of the last 、 list after 分别按 in ``clause``, else before its 分别, else in ``previous``: the middle
    members as written, the first cut to its last jieba words and the last to its first, as long as the middle
    ones (a word kept whole: 「对取得初级、中级、高级乡村工匠证书的」 → 初级, 中级, 高级; with two members, the
    first's last word sets the length: 「入选国家级、省级非物质…」 → 国家级, 省级); [] where no such list is."""
    if "分别" not in clause:
        return []
    by, before = AFTER_BY.search(clause), clause[: clause.find("分别")]
    source = by["list"] if by else before if "、" in before else previous
    runs = LIST_RUN.findall(source)
    if not runs or len(members := runs[-1].split("、")) != count:
        return []
    first, middle, last = members[0], members[1:-1], members[-1]
    if (middle and len({len(name) for name in middle}) != 1) or (len(whole := last.split("的")[0]) >= 3 and first[-2:] == whole[-2:] and len(first) != len(whole)):
        return []  # 「购买新能源乘用车、燃油乘用车的」: whole names alike, no member to cut out of them
    words = [word for word, _ in nouns.tag(first)]
    length = len(middle[0]) if middle else len(words[-1])
    cut, taken = "", 0
    for word in reversed(words):
        if taken >= length:
            break
        cut, taken = word + cut, taken + len(word)
    head, taken = "", 0
    for word, _ in nouns.tag(last):
        if taken >= (length if middle else length - 1):
            break
        head, taken = head + word, taken + len(word)
    names = [cut, *middle, head]
    if any(not name or abs(len(name) - length) > 1 or all(nouns.is_verb(word, flag) for word, flag in nouns.tag(name)) for name in names):
        return []  # a member far longer than the others, or a verb (「…自行车、使用满5年的…」), is no cut of the list
    return names


# The members a shared name after them takes, in the clause before its 分别 clause (「对专精特新企业、创新型企业，贴息比例
# 分别提高至50%、45%」, 「新建城东水厂、城西水厂，设计日供水能力分别为2万吨、1.5万吨」): whole names, the first after the words
# that open it (对, a verb: names.trim). Session 19: dev labels name each member with the shared name (chuyang 34a, ruochuan 17a).
MEMBER_MAX = 20


def members_before_name(clause: str, previous: str, count: int) -> list[str]:
    """The ``count`` members of the 、 list closing ``previous`` where ``clause``'s words before 分别 list none; [] else."""
    if "分别" not in clause or "、" in clause[: clause.find("分别")] or not (run := LIST_RUN.search(previous.rstrip())) or run.end() != len(previous.rstrip()):
        return []
    members = run.group().split("、")
    members[0] = members[0][trim(members[0]) :]
    if len(members) != count or any(not 2 <= len(member) <= MEMBER_MAX or "的" in member for member in members):
        return []
    return members
