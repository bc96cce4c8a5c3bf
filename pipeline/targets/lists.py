"""分别 lists: 「A、B分别达到95%、85%」 pairs each value with its own indicator; 「A、B、C分别下降*」
shares one value; 「城市、县城污水处理率分别达到…」 gives the shared head (污水处理率) to every name."""

from __future__ import annotations

from .. import rx as re
from dataclasses import replace

from . import indicator as nouns
from .found import strip_fillers
from .list_before import members_before, members_before_name
from .list_measures import measured_groups, without_category
from .list_levels import APPROVAL_WON, CERTIFIED_LIST, OTHER_RECIPIENT, OWN_LEVEL, PASSED_LIST, counted_places, level_shared, place_levels, recipient_after, with_head, word_boundary
from .list_tails import joined_head, level_prefix, parallel_member, member_length, member_tail, member_words, sector_head, things
from .list_names import COMPOUND_NAMES, compound_recipients, conditioned_list, counted_measure, counted_names, last_member, levels_held, obtained_list, plain_list, qualifier_cut, scope_cut, without_attribute, without_trade
from .names import INDICATOR_NOUN, TABLE_VERB_START
from .tables import one_of
from .values import VALUE, value_fields

NAMES_BEFORE = re.compile(r"(?P<names>[^,;。]+?)(?:还|也|可|再)*分别")
# one pass over the clause for NAMES_BEFORE's start: a bare search retries from every position and
# scans each separator-free run again to its end (quadratic on a long clause without 分别)
_RUN_MARK = re.compile(r"[,;。]|分别")


BRACKET_OPEN = r"(?![^（(]*[）)])"  # not inside brackets
OUTSIDE_BRACKETS = re.compile("、" + BRACKET_OPEN)
LISTED = re.compile("、|和|及|”“|^(?:" + "|".join(word for word, _, _ in COMPOUND_NAMES) + ")")


def _names(listed: str, start: int, count: int) -> list[tuple[int, str]]:
    """The listed names with their starts: split at 、, or — where that leaves fewer names than the
    values paired with them — a compound's members (「城乡社区…」, all starting at the compound) or names
    joined by 和 / 及 (「大豆和油料扩种面积分别达到1.2万亩、2.5万亩」)."""
    split = OUTSIDE_BRACKETS.split(listed)  # 「高速铁路县（市、区）覆盖率」 is one name
    if len(split) < count:
        for word, members, _ in COMPOUND_NAMES:
            if listed.startswith(word) and len(members) == count and len(listed) - len(word) >= 2:
                return [(start, member + listed[len(word) :]) for member in members]
        if len(joined := re.split(f"(?:、|和|及|”(?=“)){BRACKET_OPEN}", listed)) == count:  # 「“A”“B”试点县」
            split = joined
    names, pos = [], start
    for name in split:
        names.append((pos, name))
        pos += len(name) + 1
    if levels := counted_places(split):  # 「省、市、县三级…」 → 省级…, 市级…, 县级…
        return [(at, level) for (at, _), level in zip(names, levels)]
    return names


def respectively(text: str, clause_start: int, clause: str, target, first_value: re.Match[str], previous_clause: str = "") -> list | None:
    """Each listed name with its own value (or the one value for each); None where one name is left. A name with no
    list of its own takes the members listed in the clause before (list_before.members_before_name)."""
    listed, predicate = _predicate(target.indicator)
    values = [first_value]
    after = first_value.end()
    while clause[after : after + 1] in ("、", "和", "及") and (m := VALUE.match(clause, after + 1)) and m.group():  # 「分别增长7%和8%」
        values.append(m)
        after = m.end()
    names = _names(listed, target.start, len(values))
    if len(names) == 1 and len(values) > 1 and listed in clause[: clause.find("分别")] and (members := members_before_name(clause, previous_clause, len(values))):
        names = [(target.start, member + listed) for member in members]  # 「对A、B，贴息比例分别提高至50%、45%」 → A贴息比例, B贴息比例
    if len(names) == 1 or any(not name or VALUE.fullmatch(name) for _, name in names):
        return None  # an empty member or a value where a name should stand: nothing to pair a value with
    paired = len(values) == len(names)
    shared = level_shared([name for _, name in names])  # 「国家体育产业示范基地、示范单位、示范项目」 → 国家体育产业示范单位
    names = without_category([(at, name) for (at, _), name in zip(names, measured_groups(shared) or shared)])  # 「田间道路通达度平原区、丘陵区」 (list_measures.py)
    head = shared_head([name for _, name in names])
    if predicate:
        names[-1] = (names[-1][0], names[-1][1] + predicate)
        head = predicate  # 「县道、乡道分别完成改造60公里、120公里」 → 县道改造, 乡道改造
    comparator = target.comparator
    if paired and (limit := AFTER_LIST.match(clause, values[-1].end())):
        comparator = AFTER_COMPARATOR[limit.group()]  # 「分别达到420班次、680班次左右」: the last value's 左右 is the list's
    prefix = shared_prefix([name for _, name in names]) or _shared_qualifier([name for _, name in names]) or level_prefix([name for _, name in names])
    if not head and not prefix and not predicate and (parallel := parallel_member([name for _, name in names])):
        prefix, head = parallel  # 「法律援助民事、刑事案件办案补贴」 → 法律援助民事案件办案补贴, 法律援助刑事案件办案补贴
    names[-1], head = last_member(names, head)  # 「…、海葬等…安葬数量」 → 海葬安葬数量, 「…、县级市的…标准」
    last_unit = (values[-1]["scale"] or "") + (values[-1]["unit"] or "")
    targets = []
    for index, (name_start, name) in enumerate(names):
        value = values[index] if paired else first_value
        fields = value_fields(text, clause_start, value)
        if paired and last_unit.startswith(fields["unit"]) and fields["unit"] != last_unit and fields["value"] is not None:
            fields["unit"] = last_unit  # 「压缩至3个、4个工作日以内」: the first unit written short
        named = name if index == len(names) - 1 or not head else joined_head(name, head)
        if head and named.endswith("中" + head):
            named = named[: -len(head) - 1] + head  # the last name 「乡道中三级及以上公路比例」 → 乡道三级及以上公路比例
        named = named if index == 0 else prefix + named
        targets.append(
            replace(
                target,
                indicator=named,
                comparator=comparator,
                **fields,
                start=name_start,
                end=clause_start + (value.end() if paired else target.end - clause_start),
                rule="respectively",
            )
        )
    return targets


# A word after the last value that limits or rounds every value of the list. (name, pattern, example)
LIST_LIMITS = (
    ("list_about", "左右", "日均发班次分别达到420班次、680班次左右"),
    ("list_at_most", "以内", "进口、出口整体通关时间分别压缩至30小时、1.2小时以内"),
    ("list_at_least", "及以上|以上", "县级、乡级覆盖率分别达到95%、80%以上"),
)
AFTER_LIST = re.compile(one_of(LIST_LIMITS))
AFTER_COMPARATOR = {"左右": "approx", "以内": "at_most", "以上": "at_least", "及以上": "at_least"}
PREDICATE = re.compile(r"分别(?P<predicate>[^、,;。]+)$")


def _predicate(indicator: str) -> tuple[str, str]:
    """The listed names and the measured action after their 分别, its verb of commitment off:
    「县道、乡道分别完成改造」 → (县道、乡道, 改造); the predicate is empty where no 分别 stands inside."""
    if not (m := PREDICATE.search(indicator)):
        return indicator, ""
    action = m["predicate"]
    if (verb := TABLE_VERB_START.match(action)) and len(action) - verb.end() >= 2:
        action = action[verb.end() :]
    elif (verb and verb.end() == len(action)) or all(nouns.is_verb(word, flag) for word, flag in nouns.tag(action.removeprefix("新"))):
        action = ""  # 「供水管网、排水管网分别改造260公里、420公里」: the verb is the commitment's → 供水管网
    return indicator[: m.start()], action


# A base or a scope of firms opening the first listed name qualifies every name of the list, each a
# whole indicator otherwise. (name, pattern, example)
SHARED_QUALIFIERS = (
    ("per_population", r"每(?:千|万|十万|百万)(?:常住)?(?:人口|人|户|老年人)", "每千人口执业（助理）医师数、注册护士数分别达到3.6人、4.2人"),
    ("firm_scope", r"规模以上(?:工业)?企业(?=[^、]{4,})", "规模以上工业企业关键工序数控化率、数字化研发设计工具普及率分别达到70%、88%"),
)
SHARED_QUALIFIER = re.compile(one_of(SHARED_QUALIFIERS))


def _shared_qualifier(names: list[str]) -> str:
    """SHARED_QUALIFIERS opening the first name and none of the others: what the others take before them."""
    m = SHARED_QUALIFIER.match(names[0])
    return m.group() if m and not any(SHARED_QUALIFIER.match(name) for name in names[1:]) else ""


def shared_prefix(names: list[str]) -> str:
    """The qualifier the first name carries and the later, short ones only imply:
    「基本养老服务清单覆盖率、落实率」 → 基本养老服务清单 for 落实率; empty when a later name is whole."""
    first, others = names[0], names[1:]
    if not others or any(len(name) > 4 for name in others) or len(first) < 5:  # 「起数、死亡人数」: four still short
        return ""
    if any(OWN_LEVEL.match(name) for name in others):
        return ""  # 「国际品牌首店、全国首店、省级首店」: levels of their own, whole names
    last_word = nouns.tag(first)[-1][0]
    if not all(name[-1] == last_word[-1] for name in others):
        return ""  # 「覆盖率、落实率」 share their measure word; 「化学需氧量、氨氮」 do not
    return first[: len(first) - len(last_word)]


# A measure closing the last listed name that each listed thing has: the names before it are things,
# not qualifiers. (name, pattern, example)
SHARED_MEASURES = (
    ("count_of", r"(?:数量|总数|个数)$", "A级旅游景区、星级旅游饭店数量分别达到65家、42家"),
    ("emission_of", r"排放(?:总量|量|强度)$", "氮氧化物、挥发性有机物排放总量比2025年分别下降8%、7%"),
)
SHARED_MEASURE = re.compile(one_of(SHARED_MEASURES))


def shared_head(names: list[str]) -> str:
    """The measured noun the last name carries and the others only imply: 县城污水处理率 → 污水处理率
    when the others are bare qualifiers (城市); empty when every name is whole (化学需氧量、氨氮排放量);
    where that leaves no head, or a verb alone as the last member, the measure after the member's noun
    (list_tails.MEMBER_TAILS: 「废纸、废塑料回收量」 → 回收量, 「粉煤灰、冶炼渣综合利用率」 → 综合利用率)."""
    head = sector_head(names) or _shared_head(names)
    member = names[-1][: len(names[-1]) - len(head)] if head else ""
    if not head or (member and all(nouns.is_verb(word, flag) for word, flag in nouns.tag(member))):
        return member_tail(names) or head
    return head


def _shared_head(names: list[str]) -> str:
    last = names[-1]
    if (measure := SHARED_MEASURE.search(last)) and measure.start() >= 2 and not any(INDICATOR_NOUN.search(name) for name in names[:-1]):
        return counted_measure(last, measure.start())  # 「A级旅游景区、星级旅游饭店数量」 → 数量 for each, 「…安葬数量」
    words = nouns.tag(last)
    if len(words) < 2 or any(len(name) >= len(last) - 1 for name in names[:-1]) or _modified_thing(names, words):
        return ""
    if all(MEMBER_END.search(name[-2:]) for name in names[:-1]) and (head := _head_after_member(names)):
        return head  # 「县医院、乡镇卫生院床位使用率」 → 床位使用率
    qualifier = words[0][0]
    if len(lengths := {len(name) for name in names[:-1]}) == 1 and (length := lengths.pop()) <= len(last) - 3:
        bounds = {sum(len(w) for w, _ in words[: i + 1]) for i in range(len(words))}
        if last[length - 1] == names[0][-1] and length <= 4 or (length == 2 and (length in bounds or len(words[0][0]) < length)):
            qualifier = last[:length]  # 「县道、乡道优良中等路率」, 「用水、用气报装时间」, 「一般登记、抵押登记办理时间」
    if qualifier == words[0][0] and things(names[:-1], qualifier):
        qualifier = last[: member_words(words, len(qualifier), member_length(names), len(last) - 3)]
    if all(len(name) <= len(qualifier) + 1 for name in names[:-1]):
        rest = last[len(qualifier) :]
        return rest[1:] if rest.startswith("中") and word_boundary(last, len(qualifier) + 1) else rest  # 「县道、乡道中三级…」: among them (「市级中医…」 keeps 中医)
    return _head_after_member(names)


# Words that end the name of a member (an institution, a group of people) in a listed name: the
# measured thing of every listed member follows the last member's. (name, pattern, example)
MEMBER_ENDS = (
    ("institution", r"院|中心|机构|学校|站|所|服务点|企业|园区|基地", "乡镇卫生院、社区卫生服务中心服务能力达标率分别达到40%、50% / 县级配送中心、村级服务点覆盖率"),
    ("people", r"患者|人群|老人|儿童|学生|家庭", "高血压、糖尿病患者基层规范管理服务率分别不低于65%、60%"),
)
MEMBER_END = re.compile(one_of(MEMBER_ENDS))


def _modified_thing(names: list[str], words) -> bool:
    """「对山塘、堰坝、小型灌溉泵站，分别…」: things listed, the last opening on a distinguishing word (jieba's b: 小型,
    新建) the others lack, is one more thing with its own modifier, no qualifier of a head the others share."""
    return words[0][1] == "b" and not INDICATOR_NOUN.search(names[-1]) and things(names[:-1], words[0][0]) and all(nouns.tag(name)[0][1] != "b" for name in names[:-1])


def _head_after_member(names: list[str]) -> str:
    """The measured thing after the last member named in the last name: 「…社区卫生服务中心服务能力达标率」
    → 服务能力达标率 when the other names end in a member too (乡镇卫生院), 患者基层规范管理服务率 when they
    do not (「高血压、糖尿病患者…」: the member word is shared); empty when a listed name is a whole
    indicator of its own."""
    last = names[-1]
    ends = [m for m in MEMBER_END.finditer(last) if m.start() > 0 and len(last) - m.end() >= 3 and word_boundary(last, m.end())]  # not 院 of 院校
    if not ends or any(INDICATOR_NOUN.search(name) for name in names[:-1]) or not INDICATOR_NOUN.search(last):
        return ""
    member = ends[-1]
    if all(MEMBER_END.search(name[-2:]) for name in names[:-1]):
        return last[member.end() :]
    return last[member.start() :]


def distribute(text: str, clause_start: int, clause: str, targets: list, previous_clause: str = "") -> list:
    """「博士、硕士还可分别申领15万元、10万元一次性购房补贴」: values listed before one noun, each with the
    name listed before 分别 (博士一次性购房补贴 15万元, 硕士一次性购房补贴 10万元); a clause opening with
    分别 takes the names from the recipients of the clause before (RECIPIENT_LISTS)."""
    listed = [t for t in targets if t.rule in ("value_first", "share", "support_named", "support_word")]
    if len(listed) < 2 or len({t.indicator for t in listed}) != 1:
        return targets
    m = names_before(clause)
    if m and "、" not in m["names"] and previous_clause:
        parts = recipients(previous_clause, recipient_after(clause, previous_clause))  # 「对新获批国家…、省级…的，市财政分别给予…」: the payer stands before 分别
    elif m:
        offset, names = strip_fillers(m["names"])
        parts = recipients(names) or plain_list(names)  # 「对获得一、二、三等奖的项目分别给予…」 → 一等奖…
        if ordinals := ORDINAL_LIST.search(m["names"]):  # 「一、二、三等奖」 → 一等奖, 二等奖, 三等奖 (no item labels)
            *firsts, last = ordinals.group().split("、")
            parts = [first + last[1:] for first in firsts] + [last]
    elif OPENS_WITH_RESPECTIVELY.match(clause):  # (「…工作的中医专业博士、硕士研究生，分别给予…」: no 对 before them)
        parts = recipients(previous_clause, recipient_after(clause, previous_clause)) or conditioned_list(previous_clause) or counted_names(previous_clause)
    else:
        parts = []
    parts = without_attribute(parts)
    if len(parts) != len(listed) or any(not part or len(part.strip("“”")) > LISTED_NAME_MAX for part in parts):
        parts = members_before(clause, previous_clause, len(listed))  # no frame named them: the general reading
        if not parts:
            return targets
    renamed = iter(part + listed[0].indicator for part in parts)
    return [replace(t, indicator=next(renamed)) if t in listed else t for t in targets]


# The longest listed name a 分别 list pairs with a value (longer is a clause, not a name): 「市级企业技术中心或工程技术
# 研究中心」 is 17 characters.
LISTED_NAME_MAX = 20
ORDINAL_LIST = re.compile(r"(?:^|(?<=[^、一二三四五六七八九]))[一二三四五六七八九](?:、[一二三四五六七八九])+、[一二三四五六七八九][^、,;。]{1,4}$")
OPENS_WITH_RESPECTIVELY = re.compile(r"\s*分别")
# The recipients a 分别 clause pairs with its values, written in the clause before it: after 对 and
# its modifiers (up to the last 的 before the list), a 、 list; a 「的企业」 closing it names no member.
# (name, pattern, example)
RECIPIENT_LISTS = (
    ("for_listed", r"^(?:对|向|为)(?:[^,;。]*的)?(?P<names>[^,;。的]+、[^,;。的]+?)(?:的(?P<recipient>[^,;。的、]{0,6}?(?:企业|单位|机构|团队|个人|主体|项目|作品|产品|药|药品|器械|人员|选手|人才|组织|学生|青年|职工|劳动者|场(?:[（(][^）)]{1,3}[）)])?))?)?$", "对新评定为四星级、五星级的养老机构 / 对获得一、二、三等奖的作品 / 对承办国际性、全国性设计赛事的机构"),
)
# A number with its unit in the list makes thresholds, not names (「突破1亿元、5亿元的企业」); a grade
# such as 5A级 is a name.
THRESHOLD = re.compile(r"\d+(?:\.\d+)?(?:万|亿)?(?:元|美元|人|家|个|吨|项|件|%)")
# What the first listed name obtained, after where and how (the names are the awards or titles):
# 「对在全国总决赛中获得一等奖、二等奖的企业」 → 一等奖. (the last such verb of the first name)
OBTAINED = re.compile(r".*(?:获得|取得|获评|荣获|评为|认定为|入选|通过|制定|主办|承办|举办|新获(?=[\u4e00-\u9fff]{2}))")  # 「对体育企业牵头制定国家标准、行业标准的」 → 国家标准, 「对主办国际性、全国性学术会议的单位」 → 国际性
RECIPIENT_LIST = re.compile(one_of(RECIPIENT_LISTS))
# …or the holders named by what they obtained, without 对: 「企业职工取得高级工、技师、高级技师职业资格的」.
HOLDER_LISTS = (
    ("holders", r"^[^,;。、]{0,16}?(?:取得|获得|获评|制定|承办)(?P<names>[^,;。的]+、[^,;。的]+?)的(?:[^,;。的、]{0,6}?(?:企业|单位|机构|人员|人才|选手|团队|青年|职工|劳动者))?$", "企业职工取得高级工、技师职业资格的 / 主导制定国际标准、国家标准、行业标准的工业设计企业 / 在校期间或毕业后3年内取得技师、高级技师职业资格证书的 (when: up to 16 characters)"),
)
HOLDER_LIST = re.compile(one_of(HOLDER_LISTS))
# …or by the contests they won a prize at, listed after 在 and closed by 中: the levels name the support (3 labels of 3
# notices: luzhou and rongxi with 对, round 29's yanxun without). (name, pattern, example)
WON_AT_LISTS = (("won_at", r"^[^,;。、]{0,16}?在(?P<names>[^,;。的]+、[^,;。的]+?)中(?:获得|取得|荣获|获)[^,;。、的]{1,8}的$", "运动员在国家级、省级田径比赛中获得第一名的，分别给予2万元、8000元奖励 → 国家级奖励"),)
WON_AT_LIST = re.compile(one_of(WON_AT_LISTS))
# …or the stages or grades a support is paid by, after 按(照), a count of them closing the list:
# 「按照完成股份制改造、辅导备案、申报受理三个阶段，分别给予…」 → 股份制改造, 辅导备案, 申报受理.
STAGE_LISTS = (
    ("by_stages", r"^(?:按照|按)(?P<names>[^,;。的]+、[^,;。的]+?)(?:[一二两三四五六七八九十\d]+个?(?:阶段|环节|档次|等级|类别))?$", "按照完成股份制改造、辅导备案、申报受理三个阶段"),
)
STAGE_LIST = re.compile(one_of(STAGE_LISTS))


# Places in a ranking listed with 第 and the measure word written once: 「第一、二、三名」. (name, pattern, example)
PLACES_LISTS = (("places", r"第[一二三四五六七八九](?:、[一二三四五六七八九])*、[一二三四五六七八九][名位]", "在训运动员获得第一、二、三名的，分别给予主管教练员3000元、2000元、1000元奖励"),)
PLACES_LISTED = re.compile(one_of(PLACES_LISTS))


def recipients(clause: str, holder_after: bool = False) -> list[str]:
    """The recipients listed in ``clause`` (「对新认定的国家级、省级专精特新企业」 → 国家级专精特新企业,
    省级专精特新企业): the last name's head is every name's; a first name longer than the short ones
    after it keeps only as many characters (「领域A类、B类、C类人才」 → A类人才)."""
    if passed := PASSED_LIST.match(clause.strip()):
        return passed["names"].split("、")  # 「通过国家审定、省级审定的农作物新品种」 → 国家审定, 省级审定 (list_levels.PASSED_LISTS)
    m = RECIPIENT_LIST.match(clause.strip()) or CERTIFIED_LIST.match(clause.strip()) or HOLDER_LIST.match(clause.strip()) or WON_AT_LIST.match(clause.strip()) or STAGE_LIST.match(clause.strip()) or OTHER_RECIPIENT.match(clause.strip())
    if not m:
        return compound_recipients(clause.strip())
    listed = obtained_list(SECOND_CONDITION.sub("", m["names"]))  # 「…证书并在本市养老机构连续从业满2年」: a further condition
    if THRESHOLD.search(listed):
        return []  # 「对…突破1亿美元、5000万美元的企业」: thresholds, not names
    names = listed.split("、")
    if not all(len(name) == len(names[0]) >= 4 and name[-2:] == names[0][-2:] for name in names[1:]):  # (parallel names keep their words: 「通用大模型、行业大模型」)
        names[0] = names[0][_verbs_through(names[0]) :]  # 「新获评国家级、省级…」 → 国家级
    names[0] = names[0][scope_cut(names[0]) :][qualifier_cut(names[0][scope_cut(names[0]) :]) :]  # 「生物医药领域顶尖人才」 → 顶尖人才, 「全职博士」 → 博士
    if (won := OBTAINED.search(names[0])) and won.end() < len(names[0]):
        names[0] = names[0][won.end() :]  # 「在…大赛中获得一等奖、二等奖」 → 一等奖
    names = without_trade(without_attribute(names))  # 「电梯修理技师、高级技师职业资格证书」 → 技师, 高级技师
    if (m.re in (HOLDER_LIST, WON_AT_LIST) or m.groupdict().get("recipient") or holder_after or APPROVAL_WON.search(names[-1])) and (held := levels_held(names) or place_levels(names)):
        return held  # 「获评国家级、省级家政服务品牌的」 → 国家级, 省级: levels of what they hold (or a recipient after 给予) name them
    if all(len(name) == 1 and name in "一二三四五六七八九" for name in names[:-1]) and names[-1][:1] in "一二三四五六七八九":
        return [name + names[-1][1:] for name in names[:-1]] + [names[-1]]  # 「一、二、三等奖」
    if PLACES_LISTED.fullmatch("、".join(names)):
        return ["第" + name[-1] + names[-1][1:] for name in names[:-1]] + ["第" + names[-1]]  # 「获得第一、二、三名的」 → 第一名, 第二名, 第三名 (session 25: kanxi 62c)
    names = level_shared(names)  # 「国家五星级、四星级…」 → 国家四星级…
    middle = names[1:-1]
    if middle and len({len(n) for n in middle}) == 1 and len(middle[0]) <= 3 and len(names[0]) > len(middle[0]) and names[0][-1] == middle[0][-1] and word_boundary(names[0], len(names[0]) - len(middle[0])):
        names[0] = names[0][-len(middle[0]) :]  # 「领域A类、B类」 → A类 (「高级工、技师」 keeps 高级工; whole names 「国际品牌首店、全国首店」 stay)
    return with_head(names, _listed_head(names), m.re is OTHER_RECIPIENT)


# A condition joined to the listed names by 并 / 且 is no part of them. (name, pattern, example)
SECOND_CONDITIONS = (
    ("and_also", r"(?:并|且|并且)[^、]*$", "取得初级、中级职业技能等级证书并连续从业满2年"),
    ("where_doing", r"(?<=[\u4e00-\u9fffA-Za-z]{2})(?:在|到|来)(?:区内|市内|省内|县内|本市|本区|本省|本县|我市|我区|我省|我县)[^、]*$", "A、B、C类人才在区内首次购买商品住房的"),
)
SECOND_CONDITION = re.compile(one_of(SECOND_CONDITIONS))


# Words of manner opening a recipient's verb, part of the verb (jieba tags 主导 as a distinguishing word):
# 「对主导制定国际标准、国家标准…的企业」 → 国际标准. (name, pattern, example)
MANNERS = (("role_in_doing", r"主导|参与|牵头|联合|独立|合作", "对主导制定国际标准、国家标准、行业标准的企业"),)
MANNER = re.compile(one_of(MANNERS))


def _verbs_through(name: str) -> int:
    """Characters of ``name`` up to its last verb before its first noun (jieba's tags), while some
    name is left: 「新获评国家级」 → 国家级; 「国家级“单项冠军”示范企业」 keeps its 示范."""
    cut = position = 0
    words = nouns.tag(name)
    for index, (word, flag) in enumerate(words):
        position += len(word)
        leads_verb = index == 0 and MANNER.fullmatch(word) is not None and len(words) > 1 and nouns.is_verb(*words[1])  # 「主导制定国际标准」
        following = words[index + 1][1] if index + 1 < len(words) else ""
        verb = nouns.is_verb(word, flag) and (len(word) >= 2 or following in ("p", "q"))  # 「瞪羚企业」: 瞪 is no verb of it
        if (verb or (cut == position - len(word) > 0 and flag in ("p", "q"))) and len(name) - position >= 1:
            cut = position  # (a preposition right after the verb goes with it: 「评定为四星级」; jieba's 获/批: 「新获批」)
        elif (flag.startswith(("n", "b", "eng")) and not leads_verb) or word in "“”":
            break
    return cut


def _listed_head(names: list[str]) -> str:
    """The head the last name carries for all: after the character every other name ends with
    (「A类、B类、C类人才」 → 人才, 「国家级、省级专精特新企业」 → 专精特新企业), else shared_head's."""
    last, ends = names[-1], {name[-1] for name in names[:-1]}
    if ends == {last[-1]}:
        return ""  # 「国家级…企业、省级…企业」: every name whole
    if len(ends) == 1 and (at := last.find(ends.pop())) >= 0 and (at < len(last) - 2 or last[at + 1 :] == "级"):
        return last[at + 1 :]  # (「5A、4A级」 → 5A级: a level's 级)
    return shared_head(names)


def names_before(clause: str) -> re.Match[str] | None:
    """``NAMES_BEFORE.search(clause)`` in linear time: the match starts where the first separator-free
    run holding a 分别 after its first character begins, so only that run is matched."""
    run_start = 0
    for mark in _RUN_MARK.finditer(clause):
        if mark.group() != "分别":
            run_start = mark.end()
        elif mark.start() > run_start:
            return NAMES_BEFORE.match(clause, run_start)
    return None

