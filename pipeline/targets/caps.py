"""A cap written 不超过 / 不高于 / 不大于 / 不多于 right before its value is a limit each one must keep — a class size, a time, a
price, a number of books lent, a response time — an amount (TARGET_LABELING.md, "standards a facility or a person must meet":
a floor or cap on what each facility, site, team or person served must have), unless the clause counts what the government
itself selects, funds or adds (「每年遴选不超过20个示范项目」: its own work, a goal) or caps its own work (its checks of each firm,
its handling time: 「涉企检查每年不超过1次」, 「平均办理时间不超过3个工作日」, goals).

Session 21, counted over the labels of every development round (1–48, the written forms and the real notices): of the 1,421
labels right after such a cap word, 1,368 are amounts and 53 goals; 47 of the goals count what is selected or funded (评选, 遴选,
评定, 认定, 资助, 补助 …), the 6 others are the government's own checks (2; heldout27b's 「对同一外资企业的行政检查原则上每年不超过1次」
is labelled an amount against them) and handling time, a level brought about (「实现城市急救站点服务半径不超过5公里」), a quota of
a 乡镇 and one selection whose verb stands in the sentence before. 18 amounts in 11
notices of 10 writers were read as goals (juzhou 37b 班额 ×3, renxi 38a and penze 47b 书面作业平均完成时间 ×4, yunlan 44a 借阅册数,
and 15a, 18a, 21a ×2, 23b, 27b, 30b, 32a, 35b ×2 …)."""

from __future__ import annotations

from .. import rx as re

from .tables import one_of

# (name, pattern, example)
CAPS = (("cap_before_value", r"(?:不超过|不高于|不大于|不多于)$", "班额不超过25人 / 书面作业平均完成时间不超过60分钟 / 每次借阅册数不超过10册"),)
CAP = re.compile(one_of(CAPS))
# What keeps a capped count the government's own: a verb of selecting, funding or adding, a level brought about, its own checks or
# handling time. (name, pattern on the clause's words before the value or on the name, example)
OWN_WORK = (
    ("selected", r"评选|遴选|评定|认定|评审|培育|资助|补助|奖励|新增|推荐|命名|授予|选树|名额", "每年遴选省级重点培育展会不超过30个 / 每年奖励名额不超过300名"),
    ("brought_about", r"实现", "实现城市急救站点服务半径不超过5公里"),
    ("own_checks_or_handling", r"检查|办理时间|办结时间|审批时间", "涉企检查每年不超过1次 / 平均办理时间不超过3个工作日"),
    # an average is left to the rules before (tests/test_targets_round22_amounts.py: 「院前急救平均反应时间不超过12分钟」, a level the
    # government brings down, a goal) — though 9 of the 10 dev labels of an average right under a cap are amounts (22a ×2, 26b, 28a,
    # 35b, 38a ×2, 47b ×2; the goal is dev5's 平均办理时间): a question for the lead
    ("average", r"平均", "院前急救平均反应时间不超过12分钟"),
)
OWN_WORKS = re.compile(one_of(OWN_WORK))


def capped(indicator: str, head: str, comparator: str | None) -> bool:
    """Whether the value is a cap right after its limit word (CAPS) on what each one must keep, not the government's own work (OWN_WORK)."""
    return comparator == "at_most" and CAP.search(head) is not None and OWN_WORKS.search(head) is None and OWN_WORKS.search(indicator) is None
