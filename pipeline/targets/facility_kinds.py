"""Standards each facility must meet, whatever it counts (TARGET_LABELING.md, "standards a facility or a
person must meet"): a limit or an equipment stated for 每个 + a facility — a station, a centre, an
office, a harbour, a site — is an amount, as 「每个中心建筑面积不少于800平方米」 is; a quota for each
place of the territory (每个行政村, 每个乡镇: patterns.PER_PLACE_QUOTAS) stays a goal. (Round 14: 16 of
the 22 kind errors were such standards read as goals.)"""

from __future__ import annotations

from .. import rx as re
from dataclasses import replace

from .patterns import AMOUNT_CUES, PER_PLACE_QUOTA
from .tables import one_of

# What names a facility, a site or an office at the end of its name: (name, pattern, example)
FACILITY_SUFFIXES = (
    ("station_or_point", r"站|站点|驿站|(?<!重)点(?!位)", "每个水生动物防疫站至少配备2名执业兽医 / 每个托育点托位数不少于30个"),
    ("centre_or_room", r"中心|室(?![外内])|馆|大厅|食堂|小院|院(?!校)|所(?!属)", "每个科技小院常驻科技人员不少于3名"),
    ("office", r"机构", "每个县级渔政执法机构执法人员不少于8名"),
    ("school_or_window", r"学校|幼儿园|专窗|窗口", "每个专窗配备专职服务人员不少于2名 / 每所学校配备专职保安不少于2名 (round 17: luzhou 16a)"),
    ("built_site", r"渔港|港口|码头|设施|示范区|基地|网点|公墓|场所|场馆|停车场|厂房?|车间", "每个一级渔港停泊渔船不少于300艘 / 每个设施配备专职社会工作者不少于2名 / 每个示范区核心面积不少于500亩"),
)
# 每个 (or 为每家 …配备: what each beneficiary is given) then up to 10 characters of qualifier, then the
# facility; not where the facility is what the government builds or grows (「每个县建成1个…中心」).
# (a station named by 每 alone, no measure word: 「每站配备…不少于3名」 — round 25: jiachuan 23a, jizhou 24b, both amounts)
EACH_FACILITY = re.compile(
    r"^(?:为)?每(?:(?:个|家|处|座|所)[^,;。的、每]{0,10}?(?:" + one_of(FACILITY_SUFFIXES) + r")|站(?:点)?)"
    r"(?![^,;。]*?(?:培育|建成|新增|打造|引进|集聚|建设))"
)
# …and a beneficiary given a person or a thing by the government: (name, pattern, example)
EACH_GIVEN = (
    ("each_given", r"^为每(?:家|个|名|位|户)[^,;。的、每]{1,10}?(?:配备|配置|安排|提供)", "为每家拟落户首店配备1名服务专员"),
    # a person named to each firm or post served (round 17: tongwan 13a, lanyu 16b, luzhou 16a; 「各乡镇要明确1名分管领导」 stays
    # each place's quota, a goal)
    ("each_firm_named", r"每(?:家|个)[^,;。的、每]{0,8}?(?:企业|岗位|项目|主体)应?明确", "每家入库企业明确1名服务专员"),
    # staff set per people or vehicles served (not per head of population: 「每万人口」 is the territory's ratio)
    # …and per so many people, households or mu served (round 23: fenghe 22a 「每500亩高标准农田至少配备1名专职管护员」; qingling's
    # 「每300人配备1名保洁员」 — 4 labels of 4 of rounds 1–22 amounts)
    ("staff_per_served", r"每(?:\d+(?:名|人|户|亩)|辆|台)[^,;。的、每\d]{0,8}?(?:配备|配置)", "每50名学生配备不少于1名专职研学导师 / 按照每辆救护车配备不少于5名急救人员的标准 (round 17: cuiling 16b, tuanchuan 15a) / 每500亩高标准农田至少配备1名专职管护员 / 每300人配备1名保洁员"),
)
EACH_GIVEN_TO = re.compile(one_of(EACH_GIVEN))


# A zone recognised by the notice — a cluster, a park, a demonstration zone, a street — and what each must hold (its firms,
# its kinds of shop, what it sets up or brings in) are the zone's standard, an amount, whatever the verb: every such label of
# rounds 1–18 (11, by 4 writers: chengwan, lanyu 16b, fengyu 17a, lujiang, yuanxi 17d) reads it so. (name, pattern, example)
ZONE_STANDARDS = (
    ("each_zone", r"每(?:个|条)[^,;。的、每]{0,8}?(?:集聚区|产业园|示范区|联合体|生活圈|街区|商圈|开发区|园区)", "每个集聚区夜间营业商户不少于50家 / 每个示范区集聚数字贸易企业不少于100家 / 每个市级夜间消费集聚区至少设置1个游客服务中心 / 每个省级以上开发区建成1座以上工业污水集中处理设施 (开发区, 园区: round 23, yingchuan 22b — a zone, no division of the territory, as the guide lists them)"),
    # …and a zone that is a site — a scenic area, a port area, a pilot zone, a service, project or irrigation area, a reserve — whatever
    # is built, set up or staffed there (session 17: all 15 labels of all rounds with 每个 / 每处 + such a zone are amounts, in 12 notices;
    # 5 were read as goals, 港区 taken for a district and the digit of 4A级 or 建成 / 培育 hiding the facility: jiyan 27a, laijiang 31b ×2,
    # shechuan 35b, zhenyang 38a; a forest area qualifying a division, 「每个重点林区乡镇」, is that division)
    ("each_site_zone", r"每(?:个|处)[^,;。的、每]{0,8}?(?:景区|港区|试验区|服务区|项目区|保护区|灌区)(?![^,;。、]{0,2}(?:村|乡|镇|县|旗))", "每个4A级以上旅游景区至少设立1个游客投诉受理点 / 每个危险货物港区至少配备1支专业应急救援队伍 / 每个综合试验区至少建成1个孵化中心"),
)
ZONE_STANDARD = re.compile(one_of(ZONE_STANDARDS))


def facility_each(head: str, comparator: str | None) -> bool:
    """Whether the clause's words before the value (``head``, fillers stripped) state what each facility
    must have or each beneficiary is given."""
    if EACH_GIVEN_TO.search(head) or (comparator in ("at_least", "at_most") and ZONE_STANDARD.search(head)):
        return True
    if PER_PLACE_QUOTA.match(head):
        return False  # 「每个行政村配备室外终端不少于3个」: a quota for each place of the territory
    return comparator in ("at_least", "at_most") and EACH_FACILITY.search(head) is not None


CREW_UNITS = frozenset({"名", "人"})


# Staff each unit named after 每 must have — a site, a building, a river, a check — under a floor are its standard, an amount:
# 32 of the 34 labels of rounds 1–19 of this shape are amounts, in 27 notices (round 20: lichuan 19b ×2, tanqiao 19b, tingwan
# 17b, wenlan 19c, lichuan 17c, chengwan 16b were read as goals); the two goals, and cangyuan 17b's 「每个城市社区配备专职社区工作者不少于8人」, are a quota for each place of
# the territory (「每个街道聘请不少于3名…」, 「每个村配备…」), TERRITORY_EACH, as patterns.PER_PLACE_QUOTAS reads them — an alternative in
# brackets after the place and 落实 too, as there (session 14: puxi 36a 「每个乡镇（街道）配备…」, 「每个行政村（社区）落实应急队员…」, goals
# like all 16 labels of every round of a place + 配备 / 落实 / 明确 / 聘请 + staff under a floor). (name, pattern closing the clause's words before the value, example)
STAFF_EACH = (
    ("staff_of_each", r"每(?:个|条|所|栋|座|处|家|支|次)[^,;。，；的、每]{1,24}?(?:不少于|不低于|至少)$", "每条省级河道聘请民间河长不少于2名 / 每个可采区现场监管人员不少于2名 / 每次执法检查应当邀请不少于2名专家参与"),
)
STAFF_EACH_CLAUSE = re.compile(one_of(STAFF_EACH))
TERRITORY_EACH = re.compile(r"每个(?:[^,;。的、每]{1,4}?(?:行政村|自然村|村|乡镇|街道|社区|开发区|园区|县)|行政村|自然村|村|乡镇|镇|街道|社区|县|区|设区市|市州|市|园区|开发区)(?:[(（][^)）,;。]{1,8}[)）])?(?=聘请|配备|配置|安排|至少|不少于|应|要|明确|落实|设|建|组建)")


def staff_each(head: str, unit: str | None, comparator: str | None) -> bool:
    """Whether the value is a floor on the staff of each unit named after 每 (STAFF_EACH), not a place's quota."""
    if unit not in CREW_UNITS or comparator != "at_least" or not (each := STAFF_EACH_CLAUSE.search(head)):
        return False
    return TERRITORY_EACH.match(head, each.start()) is None



# Anything counted for each unit that is no division of the territory — a facility, a site, a team, a firm, a street, a road,
# a river, a chain — is a standard that unit meets, an amount (TARGET_LABELING.md, written in round 21: 69 of the 74 labels of
# rounds 1–20 of this shape are amounts; 61 of the 63 for each 市, 县, 乡镇, 街道, 村 or 社区 are goals). Round 20 read as goals:
# xiling 20a 「每条街巷明确1名“街巷长”」, yuwan 20b 「每个乡镇卫生院至少配备2名全科医生」; what the government cultivates or builds
# for each (培育, 建成, 新增…) stays with the goal rules, as before. (name, pattern opening the clause's words before the value,
# example)
EACH_UNIT_STANDARDS = (
    ("each_unit", r"^(?:为)?每(?:个|条|家|所|处|座|支|栋|名|位|台|辆|艘)(?=[^,;。、每\d]{1,16}?(?:至少|不少于|不低于|应|要|须|均|明确|配备|配置|设置|建有|设有|聘请|落实|安排|建设|提供|开展|组织))(?![^,;。]*?(?:培育|建成|新增|打造|引进|集聚))", "每条街巷明确1名“街巷长” / 每个乡镇卫生院至少配备2名全科医生 / 每条产业链建设1个以上供应链协同平台 / 每艘养殖工船配备持证船员不少于12名 (艘: session 23, yungang 47b and hancheng 52a, both amounts read as goals)"),
    # …and each line or tree — a road, a channel, a river, an old tree: never a division of the territory — whatever alternatives
    # follow it (「每条县道、乡道」). Round 33: 30 of the 31 labels of all rounds opening 每条 / 每株 are amounts (the goal is what the
    # government cultivates, 培育, left out here); xiuchuan 21a 「每条县道、乡道明确1名路长」, xiexi 30b 「每条干渠、支渠明确1名渠长」 and
    # qiyu 30a 「每株一级古树应明确1名日常养护责任人」 were read as goals.
    ("each_line_or_tree", r"^每(?:条|株|棵)(?=[^,;。每\d]{1,20}?(?:至少|不少于|不低于|应|要|须|均|明确|确定|配备|配置|设置|聘请|落实))(?![^,;。]*?(?:培育|建成|新增|打造|引进|集聚))", "每条县道、乡道明确1名路长 / 每株一级古树应明确1名养护责任人"),
    # …and a facility named by one character after 每, whoever is named before it (session 25: all 11 labels of rounds 1–60 of
    # 每校 / 每站 + what each has, builds or is staffed with are amounts; 5 of the 每校 ones — 31a twice, 56b, 57c twice — were read
    # as goals, a school building its own court included)
    ("each_one_char_facility", r"^[^,;。每]{0,10}?每(?:校|院|馆|店|船)(?=[^,;。每\d]{0,16}?(?:至少|不少于|不低于|应|要|须|均|明确|配备|配置|设置|建有|设有|聘请|落实|安排|建设|建成|提供|开展|组织))", "城区中小学校每校至少配备3名专职体育教师 / 每校至少建成1块标准篮球场"),
)
EACH_UNIT_STANDARD = re.compile(one_of(EACH_UNIT_STANDARDS))
# Each facility, site, person or firm acted on or served (对每 / 为每 + a measure word + what is served) gets what follows as its
# standard, whoever acts — a bureau's checks of each canteen, an insurer's assessments for each school: an amount; each division of
# the territory so served (「为每个行政村送戏不少于1场」) is its quota, a goal. Round 33: of the 19 labels of all rounds written so, the
# 17 for a facility, site, person or firm are amounts (13 read so before; maoyang 31a 「对每个助餐点每年监督检查不少于2次」, xiexi 30b,
# xingzhou 33a, xuning 26b read as goals) and the 2 for a village are goals. (name, pattern on the clause's words before the value,
# example)
EACH_ACTED_ON = (
    ("each_acted_on", r"(?:对|为)每(?:个|座|所|家|处|条|株|支|栋|间|台|辆|艘|名|位|户)(?P<served>[^,;。，；\d每]{1,12})", "县市场监管局对每个助餐点每年监督检查不少于2次 / 每年为每所投保学校提供风险评估服务不少于1次"),
)
EACH_ACTED = re.compile(one_of(EACH_ACTED_ON))
SERVED_DIVISION = re.compile(r"^[^,;。的、每]{0,6}?(?:行政村|自然村|村|乡镇|镇|街道|社区|县|(?<![小采景矿校园])区|设区市|市州|市|州)(?![^,;。]{0,2}(?:卫生院|卫生室|中心|站|学校|幼儿园))")


def each_acted_on(head: str) -> bool:
    """Whether the clause's words before the value (``head``) name each facility, person or firm acted on or served, no division
    of the territory (EACH_ACTED_ON)."""
    acted = EACH_ACTED.search(head)
    return acted is not None and SERVED_DIVISION.match(acted.group("served")) is None


# A division of the territory right before its duty, an alternative in brackets or its 城区 allowed: 「每个乡镇（街道）至少配备」,
# 「每个设区市城区布设」 (round 21: lichuan 19b, meixi 11a, luchuan 13b — goals). (name, pattern, example)
EACH_DIVISIONS = (
    ("each_division", r"^(?:为)?每个[^,;。的、每]{0,6}?(?:行政村|自然村|村|乡镇|镇|街道|社区|县|(?<![小采景矿校])区|设区市|市州|市|州)(?:城区)?(?=至少|不少于|不低于|应|要|须|均|明确|配备|配置|设置|建有|设有|聘请|落实|安排|建设|提供|开展|组织|布设)", "每个乡镇（街道）至少配备专职管护员2名 / 每个设区市城区布设回收箱不少于500个 (a mining, scenic or school area, 采区 / 景区 / 矿区 / 校区, is a site, no district: round 23, lanxi 22b 「每个采区应当设置公示牌并明确1名现场监管人员」)"),
)
EACH_DIVISION = re.compile(one_of(EACH_DIVISIONS))
ASIDE = re.compile(r"[（(][^）)]{1,8}[）)]")


def each_unit_standard(head: str) -> bool:
    """Whether the clause's words before the value (``head``, fillers stripped) count something for each unit that is no
    division of the territory (EACH_UNIT_STANDARDS, EACH_DIVISIONS; PER_PLACE_QUOTAS and TERRITORY_EACH read the divisions)."""
    if EACH_UNIT_STANDARD.match(head) is None:
        return False
    plain = ASIDE.sub("", head)
    return not EACH_DIVISION.match(plain) and not PER_PLACE_QUOTA.search(plain) and TERRITORY_EACH.search(plain) is None


# A later clause of a facility's standard that opens with a verb of equipping or of what the facility can do, and no subject of
# its own, is more of the same facility's standard, whatever it counts: 「每个乡镇卫生院设置中医诊室不少于2间，能够规范开展6类以上
# 中医药适宜技术，配备中医类别医师不少于2名」 → 6 类 and 2 名 amounts (round 23: yuping 22b, both labelled amounts; a clause opening
# with 每年 or a territory stays with its own rules). (name, pattern on the clause's words before the target, example)
STANDARD_CLAUSES = (
    ("equipped_or_able", r"^(?:并|且|还|同时)?(?:能够|能|可|应当?|须)?(?:规范)?(?:配备|配置|设置|设有|建有|开展|具备|开设)(?:[^,;。\d]{0,12}?(?:不少于|不低于|至少))?$", "设置中医诊室不少于2间，能够规范开展6类以上中医药适宜技术，配备中医类别医师不少于2名"),
)
STANDARD_CLAUSE = re.compile(one_of(STANDARD_CLAUSES))
CLAUSE_OR_SENTENCE_BREAK = re.compile(r"[,;。，；\n]")
SENTENCE_BREAK = re.compile(r"[。;；!?\n]")


def standard_clause(folded: str, earlier_amount_end: int | None, start: int) -> bool:
    """Whether the clause holding ``start`` continues a facility's standard that ended at ``earlier_amount_end`` in the same
    sentence, opening with a verb of equipping or of ability (STANDARD_CLAUSES)."""
    if earlier_amount_end is None or earlier_amount_end > start or SENTENCE_BREAK.search(folded, earlier_amount_end, start):
        return False
    breaks = list(CLAUSE_OR_SENTENCE_BREAK.finditer(folded, earlier_amount_end, start))
    if not breaks:
        return False
    return STANDARD_CLAUSE.match(folded[breaks[-1].end() : start]) is not None


SUPPORT_NAMED = re.compile(one_of(AMOUNT_CUES))


def continues_standard(folded: str, earlier: list, target) -> bool:
    """Whether the goal ``target`` is one more clause (STANDARD_CLAUSES) of the last standard in ``earlier`` — an amount under a
    limit word naming no support."""
    if target.kind != "goal" or target.comparator not in ("at_least", "at_most"):
        return False
    standard = next((t for t in reversed(earlier) if t.kind == "amount" and t.comparator in ("at_least", "at_most")), None)
    return standard is not None and not SUPPORT_NAMED.search(standard.indicator) and standard_clause(folded, standard.end, target.start)


def zone_standard(folded: str, target):
    """``target`` as an amount where a zone after 每个 opens its clause and the limit stands after the value (「每个省级以上开发区
    建成1座以上…」: ZONE_STANDARDS read before the value's 以上 is known); unchanged otherwise."""
    if target.kind != "goal" or target.comparator not in ("at_least", "at_most"):
        return target
    breaks = list(CLAUSE_OR_SENTENCE_BREAK.finditer(folded, max(0, target.start - 24), target.start))
    clause = folded[breaks[-1].end() if breaks else max(0, target.start - 24) : target.start]
    zone = ZONE_STANDARD.search(clause)
    return replace(target, kind="amount") if zone and not PER_PLACE_QUOTA.search(clause[: zone.start()]) else target


# Staff a unit must be equipped with (配备) under a floor, in a sentence that names no 每 / 各 / 全 before it — the unit a class of
# school, firm or site qualified in words (「在校生规模在1000人以上的中小学至少配备2名…」) or by a condition (「劳动者超过100人的，
# 配备…不少于1名」) — is that unit's standard, an amount. Round 26: all 16 labels of rounds 1–25 with 配备 and staff under a floor and no
# 每 / 各 in their clause are amounts, in 14 notices (meichong 25b and xiuyuan 25a were read as goals); the 21 goals of the shape are
# each division's quota (「每个乡镇至少配备3名」), left to PER_PLACE_QUOTAS, and a division bare before 配备 is kept a goal too.
# (name, pattern on the clause's words before the value, example)
STAFF_EQUIPPED = (
    ("staff_equipped", r"(?:至少|应当?|须)?配备[^,;。，；\n\d]{0,16}?(?:不少于|不低于|至少)?$", "在校生规模在500人以上的学校至少配备1名专职校医 / 从业人员超过50人的，配备专职安全管理人员不少于1名"),
)
STAFF_EQUIPPED_CLAUSE = re.compile(one_of(STAFF_EQUIPPED))
DIVISION_OR_ALL = re.compile(r"每|各|全(?:省|市|县|区|镇|乡)|(?:乡镇|街道|行政村|村|社区|县|区|市)(?:[（(][^）)]{1,8}[）)])?(?:要|应当?|须)?(?:至少|应当?)?配备")
STAFF_UNITS_EQUIPPED = frozenset({"名", "人"})


# An organisation of the government or a firm named right before 配备 / 配置 is the holder of what it is equipped with under a floor
# — its staff, vehicles, instruments — an amount whatever division opens the sentence (「每个设区市应急管理部门配备…执法人员不少于5名」:
# the department, not the city, holds them). Session 24, counted over rounds 1–55: 34 labels of this shape are amounts, none a goal;
# 6 were read as goals (rounds 30b, 49b, 50c, 54b, 55b, 55c). (name, pattern closing the clause's words before the value, example)
ORGANISATIONS_EQUIPPED = (
    ("organisation_equipped", r"(?:部门|局|机构|集团|公司)(?:应当?|须|要)?(?:至少)?(?:配备|配置|配齐)[^,;。，；\n\d]{0,20}?(?:不少于|不低于|至少)$", "每个设区市应急管理部门配备粉尘防爆专业执法人员不少于5名 / 市水务集团配备应急供水车不少于10辆"),
)
ORGANISATION_EQUIPPED = re.compile(one_of(ORGANISATIONS_EQUIPPED))


def organisation_equipped(head: str, comparator: str | None) -> bool:
    """Whether the clause's words before the value close with an organisation equipped under a floor (ORGANISATIONS_EQUIPPED)."""
    return comparator == "at_least" and ORGANISATION_EQUIPPED.search(head) is not None


def staff_equipped(folded: str, target):
    """``target`` as an amount where it counts staff a unit is equipped with under a floor and no 每 / 各 / 全 / division opens the
    sentence's words before it (STAFF_EQUIPPED); unchanged otherwise."""
    if target.kind != "goal" or target.comparator != "at_least" or target.unit not in STAFF_UNITS_EQUIPPED:
        return target
    value_at = folded.rfind(target.value_text, target.start, target.end)
    breaks = list(SENTENCE_BREAK.finditer(folded, max(0, value_at - 120), value_at))
    sentence = folded[breaks[-1].end() if breaks else max(0, value_at - 120) : value_at]
    clause = CLAUSE_OR_SENTENCE_BREAK.split(sentence)[-1]
    if not STAFF_EQUIPPED_CLAUSE.search(clause) or DIVISION_OR_ALL.search(sentence):
        return target
    return replace(target, kind="amount")
