"""Names of a 分别 list read outside the recipient tables: a field opening the first name is the scope of
every name, not part of the first (「生物医药领域顶尖人才、领军人才」 → 顶尖人才, 领军人才), and a plain list
after a 「…的」 condition gives its last name's head to the others (「毕业5年内的博士、硕士研究生」 →
博士研究生, 硕士研究生)."""

from __future__ import annotations

import re

from .tables import one_of

# A field or sector opening the first listed name, shared by every name. (name, pattern, example)
LIST_SCOPES = (("field", r"^[^、,;。的]{2,8}?领域(?=[^、]{2,})", "对新引进的生物医药领域顶尖人才、领军人才，分别给予最高500万元、200万元安家补贴"),)
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


def levels_held(names: list[str]) -> list[str] | None:
    """Levels of what the recipients hold or host, the holding closing the last name: the levels name them
    and the holding is not repeated (TARGET_LABELING.md, 分别): 「国家级、省级家政服务品牌」 → 国家级, 省级;
    「国际性、全国性设计赛事」 → 国际性, 全国性. None where the names share no level word."""
    last, ends = names[-1], {name[-1] for name in names[:-1] if name}
    if len(names) < 2 or ends - {c for _, c, _ in LEVEL_ENDS} or len(ends) != 1 or not 0 < (at := last.find(ends.pop())) < len(last) - 2 or any(len(name) > 4 for name in names[:-1]):
        return None
    return names[:-1] + [last[: at + 1]]
