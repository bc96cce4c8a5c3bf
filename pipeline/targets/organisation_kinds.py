"""A limit whose subject is an organisation of members named first in its clause — an association, a society, a chamber of
commerce, a federation, an alliance, a cooperative, a club, a service, assessment or trade organisation — is that organisation's
standard, an amount, whatever it counts: its members, its staff, its yearly activities (TARGET_LABELING.md, "standards a facility
or a person must meet": any noun but a division of the territory; 每年 before a verb, "each facility, enterprise, team or person").
No body of the government and no place of its territory is such an organisation, and the holder rules (standard_kinds.
holder_subject, periodic_duties.holder_period) read only facilities, teams, firms and units, not these.

Session 19, counted over the labels of rounds 1–36 (the development rounds): all 20 labels of a limit in a clause opening with such
an organisation, something of its own after it, are amounts, in 11 notices of 9 rounds (21c, 23b, 24b, 25a, 28a, 28b, 29b, 31b,
32a, 32b, 36a); 3 were read as goals (tanyang 31b 「乡村工匠协会每年组织会员交流活动不少于2次」, xiuling 32a 「社会培训评价组织每年开展
评价不少于1000人次」, yanxun 29b 「青少年体育俱乐部注册会员不少于200人」). The 5 goals that name such organisations count the
organisations themselves (「市级单项体育协会达到45个」, 「接入养老机构和服务组织不少于300家」: nothing of their own after them, or a verb
acting on them first) and stay goals."""

from __future__ import annotations

from .. import rx as re

from .standard_kinds import CLAUSE_OPENING, GOVERNMENT_CLAUSE, GOVERNMENT_SUBJECT, SUBJECT_LIMIT, acted_on
from .tables import one_of

# (name, pattern on the organisation's noun, example)
ORGANISATIONS = (
    ("member_body", r"协会|学会|商会|联合会|联盟|合作社|俱乐部|社团", "书画爱好者协会每年开展技艺交流活动不少于3次 / 社区足球俱乐部注册球员不少于80人"),
    # 组织 as a noun only after what kind of organisation it is (组织 alone is mostly the verb, 「每年组织…」)
    ("kind_of_organisation", r"(?:社会|服务|评价|行业|中介|志愿服务|公益|经济)组织", "行业服务组织每年开展技能评价不少于500人次"),
)
ORGANISATION = re.compile("(?:" + one_of(ORGANISATIONS) + ")")
# What may stand before the organisation's noun: no clause break, no 对 / 为 / 在 (what is acted on, served or placed).
OPENING = re.compile(r"^[^,;。，；、对为在\d]{0,14}$")


def organisation_subject(head: str, unit: str | None, comparator: str | None) -> bool:
    """Whether the clause ``head`` (its words before the value) opens with an organisation of members (ORGANISATIONS), something of its
    own after it, and closes with a limit; not the government's clause, nor one acting on the organisation."""
    if comparator not in ("at_least", "at_most") or (unit or "").startswith("亿") or not (limit := SUBJECT_LIMIT.search(head)):
        return False
    words = CLAUSE_OPENING.sub("", head[: limit.start()])
    named = ORGANISATION.search(words)
    if named is None or not OPENING.match(words[: named.start()]) or named.end() == len(words):
        return False  # (nothing after the organisation: it is what is counted, 「市级单项体育协会不少于45个」)
    if GOVERNMENT_CLAUSE.search(head) or GOVERNMENT_SUBJECT.search(words):
        return False
    return not acted_on(words, named.start())
