"""A standard set for listed members, each named before its own value, measures what the first member's value measured."""

from __future__ import annotations

from .. import rx as re
from .limit_words import LIMITS_BEFORE_VALUE as LIMIT_WORDS

from ..normalize import fold_simplified
from .listed_groups import listed_group_cut, listed_group_measure
from .member_holders import holder_member_continues, same_dimension
from .tables import one_of

# Members a standard is set for, each before its value: 「每天睡眠时间小学生不少于10小时、初中生不少于9小时」 → 睡眠时间 for
# each, 「省级…用房面积不少于1000平方米，市级不少于600平方米」 → 用房面积. The member is the standard's holder and leaves
# the name, as TARGET_LABELING.md's holder line has it. (name, pattern, example)
AREA_MEMBERS = r"(?:中心|主)?城区|(?:偏远|边远)?(?:农村|山区|乡镇|郊区|平原)(?:地区)?|其他(?:区域|地区)|[省市县](?:内|外)"
# Seasons and times of day a standard is set for, one or more (session 23, counted over rounds 1–53: every label names the
# measure alone — 「监测数据上传频次汛期不少于每小时1次」 → 监测数据上传频次, 「巡查频次汛期每日不少于1次、非汛期每周不少于2次」,
# 「厂界噪声昼间不超过60分贝」; 「血液送达时间省内不超过6小时」 an area, above).
SEASON_MEMBERS = r"(?:非)?汛期|昼间|夜间|白天|夏季|冬季"
PLACE_OR_SEASON_MEMBER = re.compile(AREA_MEMBERS + "|" + SEASON_MEMBERS)
MEMBER_GROUPS = (
    ("level", r"(?:国家|省|市|县|区|乡|镇|村|街道|社区)级", "街道级养老服务中心建筑面积不少于800平方米，社区级不少于300平方米"),
    ("range", r"[\u4e00-\u9fff]{1,4}范围内", "城区范围内到达现场时间不超过20分钟，山区范围内不超过45分钟"),
    ("pupils", r"(?:小学|初中|高中|中职|高职|大学)生|幼儿|学龄前儿童", "每天睡眠时间小学生不少于10小时、初中生不少于9小时"),
    ("school_stage", r"小学|初中|高中|中学|[小中大]班", "生均体育运动场地面积小学不低于2.3平方米、中学不低于3.3平方米 / 班额小班不超过25人、中班不超过30人"),
    ("institution", r"[\u4e00-\u9fff]{0,6}(?:医院|卫生院|次中心|分院)", "乡镇卫生院业务用房建筑面积不少于1500平方米，县域医疗次中心不少于4000平方米"),
    # session 13: the areas a response time is set for (lanzhou 18b, muchuan 15b, meicen 35a, tongyuan 34a: every such label
    # names 到达现场时间 alone, with one area or two)
    ("area", AREA_MEMBERS, "到达现场时间城区不超过30分钟、偏远乡镇不超过60分钟 / 血液送达时间省内不超过6小时"),
    ("season", SEASON_MEMBERS, "巡查频次汛期每日不少于1次、非汛期每周不少于2次"),
)
MEMBER_GROUP = re.compile(one_of(MEMBER_GROUPS))
# A member standing after the measure, before the first value: 「睡眠时间小学生」 → 睡眠时间 when more members follow.
MEMBER_AFTER_MEASURE = re.compile("(?P<measure>.+?)(?P<member>" + one_of(MEMBER_GROUPS) + ")$")
# …or before it, where the first value kept its holder: 「乡镇卫生院业务用房建筑面积」 → 业务用房建筑面积 for the next member.
MEMBER_BEFORE_MEASURE = re.compile("(?P<member>" + one_of(MEMBER_GROUPS) + ")(?P<measure>.{2,})$")
# What a standard measures for each member: a size, a time or a distance each must meet (a count of things,
# 「风力灭火机不少于200台、二号工具不少于3000把」, names a thing of its own; a rate keeps its member, elliptic.py).
# (name, pattern, example)
STANDARD_MEASURES = (
    ("standard_measure", r"(?:面积|时间|时长|宽度|距离|半径|间距|库容|容积|班额)$", "用房面积 / 睡眠时间 / 到达现场时间 / 班额 (a class's size)"),
    ("standard_frequency", r"频次$", "燃气管线巡查频次中心城区每日不少于1次 (a frequency each must keep, session 23)"),
    ("standard_temperature", r"温度$", "室内空调温度夏季不低于26摄氏度，冬季不高于20摄氏度 (session 23)"),
    ("standard_noise", r"噪声$", "边界噪声昼间不超过60分贝，夜间不超过50分贝 (session 23, after round 55's score: piyuan 55b twice, qiaoyang 38b's 厂界噪声)"),
)
STANDARD_MEASURE = re.compile(one_of(STANDARD_MEASURES))
# The next member of the list, right after the first value: 「、初中生不少于」.
# The limit words a member's own value follows (「、初中生不少于…」, 「，市级储备库不少于…」).
NEXT_MEMBER = re.compile(r"[、，,](?P<member>[^、,;。\d]{1,10}?)(?:" + LIMIT_WORDS + r"|原则上)")
SENTENCE_BREAK = re.compile(r"[。;；\n]")


def member_measure_of(indicator: str, previous: str, last, unit: str, folded: str, clause_start: int) -> str | None:
    """The measure ``previous`` (the name of ``last``, the last target, of the same sentence) names for a member
    ``indicator`` written alone before a value of the same unit; None where ``indicator`` is no member."""
    if not previous or last is None or unit != (last.unit or "") or SENTENCE_BREAK.search(folded, last.end, clause_start):
        return None
    if not MEMBER_GROUP.fullmatch(indicator):
        return listed_group_measure(indicator, previous, folded[last.start : last.end], folded[last.end : folded.find(indicator, last.end)])  # 「…、丘陵山区不超过200平方米」
    if (own := MEMBER_AFTER_MEASURE.fullmatch(previous)) and STANDARD_MEASURE.search(own["measure"]):
        previous = own["measure"]
    elif (own := MEMBER_BEFORE_MEASURE.fullmatch(previous)) and STANDARD_MEASURE.search(own["measure"]):
        previous = own["measure"]
    return previous if STANDARD_MEASURE.search(previous) and not previous.startswith(indicator) else None


def first_member_cut(indicator: str, after_value: str, unit: str = "", following: str = "", named: str = "") -> str:
    """``indicator`` without the member closing it where the next value of the list is another member's:
    「睡眠时间小学生」 before 「、初中生不少于9小时」 → 睡眠时间; and without an area closing it, alone too; any group the
    list shows to be one (listed_groups.py): 「宅基地面积平原地区」 before 「、丘陵山区不超过200平方米」 → 宅基地面积."""
    if measure := listed_group_cut(indicator, following or after_value, unit, named):
        return measure
    own = MEMBER_AFTER_MEASURE.fullmatch(indicator)
    following = NEXT_MEMBER.match(after_value)
    if own and following and STANDARD_MEASURE.search(own["measure"]) and MEMBER_GROUP.fullmatch(following["member"]):
        return own["measure"]
    if own and STANDARD_MEASURE.search(own["measure"]) and PLACE_OR_SEASON_MEMBER.fullmatch(own["member"]):
        return own["measure"]  # an area or season after a time or size is whose it is, one or more: 「到达现场时间城区不超过30分钟」
    return indicator


# A clause that is only a member — a place, level, school stage, institution or class — and a limit or a verb of building
# before its value, after a target of the same unit in the same sentence, sets that target's figure for the member: the
# member leaves the name, as a holder does (「开设课后服务课程不少于30门、农村学校不少于15门」 → 课后服务课程 15 门,
# 「每个乡镇至少建成1个产地冷链集配点，重点乡镇建设2至3个」 → 产地冷链集配点). A rate's member takes its place in the name
# instead (elliptic.member_measure runs first: 「…清扫率达到80%以上，县城达到70%以上」). (name, pattern, example)
MEMBER_CLAUSES = (
    ("member_then_limit", r"[、,，;；]?(?:每个|各)?(?:[\u4e00-\u9fff]{2,8}的)?(?P<member>(?!其中)[\u4e00-\u9fff]{1,8}?(?:\([\u4e00-\u9fff、]{1,6}\))?)(?P<tail>(?:每[\u4e00-\u9fff]{1,3}?){0,2}(?:原则上|一般)?(?P<duty>配备|聘请|选聘|组织|开展|建成|建设|设置)?)", "书面作业平均完成时间不超过60分钟，初中不超过90分钟 → 书面作业平均完成时间"),
)
MEMBER_CLAUSE = re.compile(one_of(MEMBER_CLAUSES))
# …the member followed by a limit, or by a verb of building for a division of the territory (a part 其中 names is counted by
# its own name: 「…不少于30家，其中县级以上医院不少于9家」; a member and its value alone, 「、乡镇冷链服务站100个」, is a thing).
LIMIT_AFTER_MEMBER = re.compile(r"(?:原则上|一般|每[年月周天日])?(?:" + LIMIT_WORDS + ")")
BUILT_AFTER_PLACE = re.compile(r"(?:建设|建成|新建)")
# The members such a clause names: a division or part of the territory, a level, a road class, a school stage or class, or
# an institution or facility (any other noun is a thing counted of its own: 「停车位不少于200个，第三卫生间不少于1个」).
# (name, pattern closing the member, example)
TERRITORY_ENDS = r"城区|建成区|县城|农村|地区|区域|乡镇|镇|街道|社区|村|设区市|县\(市、区\)|市|县"
MEMBER_KINDS = (
    ("territory", TERRITORY_ENDS, "城区学校…不少于30门、农村学校不少于15门 / 每个乡镇至少建成1个…，重点乡镇建设2至3个"),
    ("level", r"级", "省级不少于8名，市级不少于4名"),
    ("road_class", r"[国省县乡村]道|[主次]干路|支路", "…不少于10米，乡道不少于5米 / 路面平均亮度主干路不低于…、次干路不低于…"),
    ("school_stage", r"小学|初中|高中|中学|中职|幼儿园|[小中大]班|阶段", "…平均完成时间不超过60分钟，初中不超过90分钟 / 高中阶段每周不少于2课时"),
    ("institution", r"学校|医院|卫生院|卫生室|公园|站|库|桥|食堂", "市级储备库不少于4名 / 二级站不少于6名 / 社区公园不少于1000平方米 / 社区食堂不少于100平方米"),
    ("period", r"[高平低]峰(?:时段|期)?|" + SEASON_MEMBERS, "发车间隔不超过8分钟，平峰不超过15分钟 / …夏季不低于26摄氏度，冬季不高于20摄氏度"),
)
MEMBER_KIND = re.compile("(?:" + one_of(MEMBER_KINDS) + ")$")
TERRITORY_MEMBER = re.compile("(?:" + TERRITORY_ENDS + ")$")
# A gloss in brackets closing a member: 「乡镇(街道)」, 「村(社区)」 are of the kind of what precedes it.
BRACKET_GLOSS = re.compile(r"\([\u4e00-\u9fff、]{1,6}\)$")


def member_continues(indicator: str, before: str, rule: str, previous: str, last, unit: str, folded: str, clause_start: int) -> str | None:
    """``previous`` (the name of ``last``) where the clause before the value is only a member (MEMBER_CLAUSES) and a limit
    or a verb of building, the value of ``last``'s unit in the same sentence; None otherwise."""
    if rule not in ("comparator", "verb_last") or not previous or last is None or not same_dimension(unit, last.unit or "") or SENTENCE_BREAK.search(folded, last.end, clause_start):
        return None
    member = fold_simplified(indicator).replace("（", "(").replace("）", ")")  # (the name keeps the text's brackets, the clause is the folded text)
    # (the name may keep what follows the member: a period, 「设区市每半年」, or a verb of staffing, 「乡镇(街道)配备」)
    if not (m := MEMBER_CLAUSE.fullmatch(before)) or not member.startswith(m["member"]) or not before[m.start("member") :].startswith(member) or indicator in previous:
        return None
    member = m["member"]
    if (at := folded.find(before, max(last.end, clause_start))) < 0:
        return None
    after = at + len(before)
    if holder_member_continues(member, unit, last.unit or "", folded, after):
        return previous  # 「…，其他区域不超过1小时」, 「…，复杂问题不超过15天」 (member_holders.py)
    if unit != (last.unit or "") or not MEMBER_KIND.search(BRACKET_GLOSS.sub("", member)):
        return None
    if LIMIT_AFTER_MEMBER.match(folded, after) or (TERRITORY_MEMBER.search(BRACKET_GLOSS.sub("", member)) and (m["duty"] or BUILT_AFTER_PLACE.match(folded, after))):
        return previous  # 「…至少配备1名灾害信息员，乡镇(街道)配备2名以上」 → 灾害信息员
    return None
