"""Session 14, the kind of a target (goal or amount) read from a construction that recurs in many notices of many
writers (issue 11). Sentences written for the test: every target with its exact fields and the text its span gives back."""

import pytest

from target_rows import targets_with_spans

# team_sizes.TEAM_MEMBERS: the members of a team, group, board or 团 set up (or equipped) in the clause before — a
# clause saying who it is made of may come between — counted in a clause of their own are that team's size, an amount.
TEAM_MEMBERS = [
    ("每个试点社区成立邻里议事会，由社区干部、楼栋长和物业代表组成，议事会成员不少于7人。", [
        ("议事会成员", 7.0, "人", "at_least", "amount", "议事会成员不少于7人"),
    ]),
    ("组建县级非遗传承讲师团，成员不少于30人。", [
        ("成员", 30.0, "人", "at_least", "amount", "成员不少于30人"),
    ]),
    ("各村应成立护林小组，组员不少于4人。", [
        ("组员", 4.0, "人", "at_least", "amount", "组员不少于4人"),
    ]),
    ("组建区级食品安全科普专家队伍，专家人数不少于25名。", [
        ("专家人数", 25.0, "名", "at_least", "amount", "专家人数不少于25名"),
    ]),
    ("每个渡口至少配备1支水上救援队伍，队员不少于12人。", [
        ("水上救援队伍", 1.0, "支", "at_least", "amount", "至少配备1支水上救援队伍"),
        ("队员", 12.0, "人", "at_least", "amount", "队员不少于12人"),
    ]),
]
# An expert pool (专家库) is no team: the experts the government registers are its goal.
NOT_TEAM_MEMBERS = [
    ("组建市级应急管理专家库，入库专家不少于40名。", [
        ("入库专家", 40.0, "名", "at_least", "goal", "入库专家不少于40名"),
    ]),
]


@pytest.mark.parametrize(("sentence", "expected"), TEAM_MEMBERS + NOT_TEAM_MEMBERS, ids=[s[:12] for s, _ in TEAM_MEMBERS + NOT_TEAM_MEMBERS])
def test_team_members(sentence, expected):
    assert targets_with_spans(sentence) == expected


# standard_kinds.LEVEL_HOLDERS and _acted_on: a level's own facility (县…站, 市级…基地) opening the clause with its own measure, and a
# holder named by what it does (a verbal noun right before it: 监测站, 培训机构), are the holder's standard, an amount.
LEVEL_HOLDERS = [
    ("县水质监测站监测指标不少于35项。", [
        # (session 20: the station is the holder and leaves the name, the holder model; the kind is this test's point)
        ("监测指标", 35.0, "项", "at_least", "amount", "监测指标不少于35项"),
    ]),
    ("市级职业技能培训基地实训工位不少于60个。", [
        ("实训工位", 60.0, "个", "at_least", "amount", "实训工位不少于60个"),  # (session 18: the base is its holder, as tanyang 31b's 实训工位)
    ]),
    ("艺术培训机构单次预收费不超过3000元。", [
        ("单次预收费", 3000.0, "元", "at_most", "amount", "单次预收费不超过3000元"),
    ]),
]
# What a level keeps in reserve or does each year, and a market's level (市场 is no 市), stay goals.
NOT_LEVEL_HOLDERS = [
    ("县级应急物资储备库储备发电机不少于50台。", [
        ("发电机", 50.0, "台", "at_least", "goal", "发电机不少于50台"),
    ]),
    ("县级每年组织护林员培训不少于300人次。", [
        ("护林员培训", 300.0, "人次", "at_least", "goal", "护林员培训不少于300人次"),
    ]),
    ("市场主体满意度不低于90%。", [
        ("市场主体满意度", 90.0, "%", "at_least", "goal", "市场主体满意度不低于90%"),
    ]),
]


@pytest.mark.parametrize(("sentence", "expected"), LEVEL_HOLDERS + NOT_LEVEL_HOLDERS, ids=[s[:12] for s, _ in LEVEL_HOLDERS + NOT_LEVEL_HOLDERS])
def test_level_holders(sentence, expected):
    assert targets_with_spans(sentence) == expected


# yearly_selections.YEARLY_SELECTIONS: how many a level selects or funds each year, capped, is a goal even after the support each
# one selected gets; a beneficiary opening the clause keeps the cap its amount. (The names are not this rule's: only value, unit,
# comparator and kind are checked.)
YEARLY_SELECTIONS = [
    ("对获评县级示范农家乐的，给予每家2万元奖励，每年评选不超过20家。", [(2.0, "万元", "equal", "amount"), (20.0, "家", "at_most", "goal")]),
    ("设立市级社科专项课题，每年资助不超过12项，每项资助经费最高3万元。", [(12.0, "项", "at_most", "goal"), (3.0, "万元", "at_most", "amount")]),
    ("对年度考核优秀的网格员，给予每人500元奖励，每年奖励名额不超过200名。", [(500.0, "元", "equal", "amount"), (200.0, "名", "at_most", "goal")]),
]
NOT_YEARLY_SELECTIONS = [
    ("对主导制定地方标准的企业，每项奖励2万元，同一企业每年奖励不超过5项。", [(2.0, "万元", "equal", "amount"), (5.0, "项", "at_most", "amount")]),
]


@pytest.mark.parametrize(("sentence", "expected"), YEARLY_SELECTIONS + NOT_YEARLY_SELECTIONS, ids=[s[:12] for s, _ in YEARLY_SELECTIONS + NOT_YEARLY_SELECTIONS])
def test_yearly_selections(sentence, expected):
    assert [row[1:5] for row in targets_with_spans(sentence)] == expected


# standard_kinds.SHOULD_MEETS must_not_pass: a limit forbidden to pass (不得超过 / 不得低于 / 不得少于) is a standard each one meets, an
# amount, and 不得低于 / 不得少于 is a floor (patterns.COMPARATOR_BEFORE); a level the government brings down (控制在…以内) stays a goal.
# (Names are not this rule's: value, unit, comparator and kind are checked.)
MUST_NOT_PASS = [
    ("出租房屋人均居住面积不得低于6平方米。", [(6.0, "平方米", "at_least", "amount")]),
    ("现场检查时检查人员不得少于2人。", [(2.0, "人", "at_least", "amount")]),
    ("农村客运车辆驾驶人连续驾驶时间不得超过4小时。", [(4.0, "小时", "at_most", "amount")]),
]
NOT_MUST_NOT_PASS = [
    ("全县森林火灾受害率控制在0.9‰以内。", [(0.9, "‰", "at_most", "goal")]),
]


@pytest.mark.parametrize(("sentence", "expected"), MUST_NOT_PASS + NOT_MUST_NOT_PASS, ids=[s[:12] for s, _ in MUST_NOT_PASS + NOT_MUST_NOT_PASS])
def test_must_not_pass(sentence, expected):
    assert [row[1:5] for row in targets_with_spans(sentence)] == expected


# kinds.OBLIGATIONS ratio_equipped: so many staff or things for every so many beds, people or ports, under a floor, is the ratio each
# site keeps, an amount; a ratio per head of the population reached (达到) stays a goal. (Value, unit, comparator and kind checked.)
RATIO_EQUIPPED = [
    ("医养结合病区每50张床位配备护理员不少于10名。", [(10.0, "名", "at_least", "amount")]),
    ("每30个充电车位配置灭火器不少于4具。", [(4.0, "具", "at_least", "amount")]),
    ("大型赛事现场每2万人配置医疗救护组不少于1组。", [(1.0, "组", "at_least", "amount")]),
]
NOT_RATIO_EQUIPPED = [
    ("到2027年，每千人口拥有3岁以下婴幼儿托位数达到4.5个。", [(4.5, "个", "reach", "goal")]),
]


@pytest.mark.parametrize(("sentence", "expected"), RATIO_EQUIPPED + NOT_RATIO_EQUIPPED, ids=[s[:12] for s, _ in RATIO_EQUIPPED + NOT_RATIO_EQUIPPED])
def test_ratio_equipped(sentence, expected):
    assert [row[1:5] for row in targets_with_spans(sentence)] == expected


# facility_kinds.TERRITORY_EACH: a place of the territory with an alternative in brackets (乡镇（街道）) staffed under a floor is the
# place's quota, a goal, as without the brackets; a facility named after a place keeps its standard. (Value, unit, comparator, kind.)
TERRITORY_EACH = [
    ("每个乡镇（街道）配备专职安全管理人员不少于2名。", [(2.0, "名", "at_least", "goal")]),
    ("每个乡镇配备专职安全管理人员不少于2名。", [(2.0, "名", "at_least", "goal")]),
]
NOT_TERRITORY_EACH = [
    ("每个乡镇卫生院配备全科医生不少于3名。", [(3.0, "名", "at_least", "amount")]),
]


@pytest.mark.parametrize(("sentence", "expected"), TERRITORY_EACH + NOT_TERRITORY_EACH, ids=[s[:12] for s, _ in TERRITORY_EACH + NOT_TERRITORY_EACH])
def test_territory_each(sentence, expected):
    assert [row[1:5] for row in targets_with_spans(sentence)] == expected
