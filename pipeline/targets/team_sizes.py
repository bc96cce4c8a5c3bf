"""The size of each team set up, written as a floor before the team (「组建1支不少于30人的应急队伍」), is a standard the
team must meet, an amount (TARGET_LABELING.md: "standards a facility or a person must meet … what each facility, site, team
or person served must have — its size, staff"); the count of teams itself stays with the quota rules. Round 22: the four
labels of rounds 1–21 of this shape, by four writers — shiling 7, wenlan 19c, linjiang 21a, lanxi 21c — are amounts, and all
four were read as goals."""

from __future__ import annotations

from .. import rx as re
from dataclasses import replace

from .found import FoundTarget
from .tables import one_of

# (name, pattern on the target's text, example)
TEAM_SIZES = (
    ("team_size_floor", r"^(?:不少于|不低于|至少)[\d.]+(?:人|名)的[^,;。\d]{0,14}(?:队伍|队|团队|分队|小组)$", "每个乡镇至少组建1支不少于30人的防汛抢险应急队伍 → 防汛抢险应急队伍 30 人 / 建立不少于15人的综合性应急救援队伍"),
)
TEAM_SIZE = re.compile(one_of(TEAM_SIZES))


def team_size(folded: str, target: FoundTarget) -> FoundTarget:
    """``target`` as an amount where it is the floor of a team's size written before the team (TEAM_SIZES)."""
    if target.kind != "goal" or target.comparator != "at_least" or target.unit not in ("人", "名"):
        return target
    return replace(target, kind="amount") if TEAM_SIZE.search(folded[target.start : target.end]) else target


# The members of a team or board set up in the clause right before, counted under a floor in a clause of their own, are that
# team's size, a standard it must meet, an amount: 「组建区级应急技术支撑队伍，队伍专业技术人员不少于15名」. Round 25: the 4
# labels of rounds 1–24 of this shape, in 4 notices — jingbin 23b, luyu 14b, qinchuan 24b (队伍), shiping 18a (膳食委员会) — are
# amounts, all read as goals. An expert pool (专家库) is no team: its 专家人数 are labelled both ways (lanjiang and lanzhou goals,
# tongqu 24a an amount). Session 14 widened it to 议事会, 服务团, 讲师团 and 小组, to 配备 (a team each place is equipped with), to a
# clause saying who the body is made of between (「由…组成」), and to 组员 and 人数: all 20 labels of every round with a members' clause
# after a team named earlier in the sentence are amounts, 6 read as goals (hengxi 34b, laijiang 31b, meiyang 34a, qingshan 33b,
# tanlan 32b, tiaochuan 35a); a 专家组 (lilan 37a, liquan 29) and a 专家库 stay goals. Session 15: any team named by 队 (护学队, 扑火队) and the
# team's count written after it (「组建县级排水抢险队伍1支，队员不少于40人」): all 32 labels of every round of a members' clause after a
# team are amounts; chengshui 40b's 护学队 and fuchuan 40a's 队伍1支 were read as goals. (name, pattern closing the text before the members' clause, pattern on their name, example)
TEAM_MEMBERS = (
    (
        "members_after_team",
        r"(?:组建|成立|建立|设立|组成|配备)[^,;。，；\n]{0,30}?(?:队伍|队|团队|委员会|理事会|监事会|议事会|服务团|讲师团|小组)(?:\d+支|[一两二三四五六七八九十]支)?(?:[,，]由[^,;。，；\n]{1,40}?组成)?[,，]$",
        r"(?:人员|成员|队员|组员|代表|志愿者|骨干|人数)$",
        "组建村级应急服务队伍，队员不少于20名 / 每所学校成立家长委员会，家长代表不少于7人 / 成立护河小组，由村干部和村民组成，组员不少于6人 / 组建县级道路抢通队伍1支，队员不少于25人",
    ),
)
TEAM_SET_UP = re.compile(TEAM_MEMBERS[0][1])
MEMBERS = re.compile(TEAM_MEMBERS[0][2])


def team_members(folded: str, target: FoundTarget) -> FoundTarget:
    """``target`` as an amount where it counts the members of a team set up in the clause right before (TEAM_MEMBERS)."""
    if target.kind != "goal" or target.comparator not in ("at_least", "equal") or target.unit not in ("人", "名") or not MEMBERS.search(target.indicator):
        return target
    name_at = folded.find(target.indicator, target.start, target.end)
    if name_at < 0 or TEAM_SET_UP.search(folded, max(0, name_at - 40), name_at) is None:
        return target
    return replace(target, kind="amount")
