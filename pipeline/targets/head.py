"""What stands between an indicator and its value — a comparator, a verb, 每月, 年均, a baseline — peeled
off the end of the words before the value (recognise reads the indicator in what is left)."""

from __future__ import annotations

from .. import rx as re
from dataclasses import dataclass

from .clause_values import BEFORE, VERB_BEFORE, limit_and_verb, limit_then_verb
from .kinds import AMOUNT_CUE
from .names import INDICATOR_NOUN
from .tables import one_of
from .tail import Ending, ending_together, may_end

# a support verb and who gets it (after 发放 only a person or a body: 「发放宣传资料5万份」 counts the leaflets)
RECIPIENT = Ending(r"(?:给予|奖励)[^,;。的]{2,8}$|发放(?=[^,;。的]{0,6}(?:企业|单位|机构|团队|个人|主体|人员|人才|家庭|农户|群众|学生))[^,;。的]{2,8}$")
ANNUAL = Ending(r"(?:年均|年平均|每年)$")
# (session 18: any one character after 每 is a per-unit word too, a classifier or a side — 「防火隔板长度每侧」, 「认养费每株」,
# 「收费标准每生每学期」: qishan 43a, tingyu 44a, longchuan 44b, every amount label with a name before such a word leaves it out;
# 每年, 每周 and 每期 are ANNUAL's and the rest of the chain's: 「农村建筑工匠培训每期不少于5天」 keeps 培训; a verb after 每 opens a
# condition, no unit — 「每隔500米设置1处」, 「每带1名学徒」, 「每增加1人」 — and a numeral a number of units)
PER = Ending(r"(?:每人每月|每人每天|每人每年|每(?:月|人|生|年度|户|个|家|次|平方米|班次|架次|人次|张|床|条|项|天|日|餐|辆|台|套|件|单|亩|吨|公里|千米|学期|学年)|每[^年周期隔带增多满超减降一二三四五六七八九十百千万亿两半\W\d]|单个|单次|单家|单项|一次性)$")  # 「维护费用不低于每公里每年1.2万元」
BASELINE = re.compile(r"(?:由|从)[^,]{0,12}?(?P<base>\d+(?:\.\d+)?)(?:万|亿)?[^,\d]{0,5}?(?:提高|提升|增加|下降|降低|减少|压缩|缩短|压减)?(?:到|至)$")  # 「由20个工作日压缩至5个工作日」
BASELINE_ENDS = ("到", "至", "到\n", "至\n")  # BASELINE (unbounded digits) is only tried where it can end
# The year a change is measured from, off the indicator: 「单位GDP能耗比2015年下降12%」, 「用水量较2025年下降5%」,
# 「覆盖率在2025年基础上提高5个百分点」.
# …or a base named otherwise before a rate of change: (name, pattern, example)
COMPARED_WITHS = (
    ("compared_with", r"(?:较|比(?![例重])|相比)[\u4e00-\u9fff]{1,6}?(?:同期|平均水平|水平)?$", "示范片单产较周边提高10%以上 (not the 比 of 比例 / 比重: 「医保报销比例提高5个百分点」)"),
    ("on_basis_of", r"在[\u4e00-\u9fff]{1,8}?(?:的)?基础上$", "谷段电价在平段电价基础上下浮50% (a price moved from another price)"),
    # a plan period in quotes, with what of it is compared (session 26, after round 72: 72a and 72c, 「较“十四五”时期」)
    ("compared_with_period", r"(?:较|比|相比)“[\u4e00-\u9fff]{2,6}”[\u4e00-\u9fff]{0,8}?$", "农村火灾起数较“十四五”时期年均起数下降20%以上 / 万元GDP能耗较“十四五”末下降13.5%"),
)
COMPARED_WITH = Ending(one_of(COMPARED_WITHS))
BASELINE_YEAR = Ending(r"(?:比|较|在)(?P<year>(?:19|20)\d\d)年(?:末|底)?(?:(?:的)?基础上)?(?:分别)?$")  # 「…排放总量比2025年分别下降8%、7%」

# A batch word between a verb and its value names which batch, not an order of things: 「建成首批8个
# 产业链协同平台」 counts 8 platforms. (name, pattern, example)
BATCH_WORDS = (("batch", r"(?:首批|第[一二三四五六七八九十]批|新一批)$", "2026年底前建成首批8个产业链协同平台"),)
BATCH = Ending(one_of(BATCH_WORDS))
# Which of the works a verb of completion finishes, between the verb and their count, as a batch word does: the
# count is still of the works (7 goal labels in 6 notices of 6 rounds, every one a goal counting the works; session 14). (name, pattern, example)
WHICH_WORKS = (
    ("remaining", r"剩余", "2026年底前完成剩余40台燃煤锅炉淘汰任务 → 燃煤锅炉"),
    ("listed", r"清单内", "完成清单内9条农村黑臭水体治理 → 农村黑臭水体"),
    ("found_before", r"(?:全部)?已排查(?:出)?的", "完成已排查出的6条农村黑臭水体治理 → 农村黑臭水体"),
    ("year_of_works", r"(?:19|20)\d\d年度", "完成2027年度50条背街小巷路面整治 → 背街小巷路面整治"),
    ("phase", r"[一二三]期", "完成一期8万平方米标准厂房建设 → 标准厂房"),
)
WHICH_WORK = Ending(r"(?:完成|建成)(?P<which>" + one_of(WHICH_WORKS) + ")$")
# The territory a verb's works lie in, between the verb and its value, is their scope, not the thing
# counted: 「2027年底前完成全区42处应急避难场所无障碍改造」. (name, pattern, example)
# After 完成, a named part of the town (…城区, …片区, …两岸, …沿线), or a list of them closed by 等, is where the works lie too
# (session 15; after 建成 the same words are what is built: 「建成示范片区3个」).
PLACES_AFTER_VERB = (("scope_after_verb", r"(?:(?:完成|建成|新建|改造|整治)(?P<place>全区|全市|全县|全省|主城区|中心城区)|完成(?P<area>[^,;。\d]{1,12}?(?:城区|片区|两岸|沿线|沿岸|镇区)等?))$", "2027年底前完成主城区32条主次干道无障碍设施整治 / 完成老城区3000个雨水篦子防堵改造 / 完成火车站片区、老城区等18处易涝点整治 / 完成樾江两岸45公里滨江绿道全线贯通"),)
PLACE_AFTER_VERB = Ending(one_of(PLACES_AFTER_VERB))
# A word of change right after the works it upgrades is part of the works' name, no increase: 「完成县城步行街
# 改造提升8条」 → 县城步行街改造提升, equal (every label so). (name, pattern of the works and the change, example)
WORKS_NAMES = (("upgrade_works", r"(?:改造|改建|升级|修缮|整治|扩容|维修)提升$", "2027年底前完成县城步行街改造提升8条 → 县城步行街改造提升 / 累计完成烈士纪念设施修缮提升300处 (修缮, 整治, 扩容, 维修: session 25, round 63a)"),)
WORKS_NAME = Ending(one_of(WORKS_NAMES))
# A verb and 至 / 到 right before the value change the thing named before them to that level, as 压缩至 does (a comparator of
# reach; a limit after the value still wins): 「全区供热企业整合至5家以内」 → 供热企业. jieba must read the two characters as
# one verb, and the value close its clause (「拨付到12个乡镇」 names where to). (name, pattern, example)
CHANGED_TO = (("verb_to", r"(?P<verb>[\u4e00-\u9fff]{2})(?:至|到)$", "到2027年底全区供热企业整合至5家以内 → 供热企业, at most"),)
CHANGED = Ending(one_of(CHANGED_TO))


def changed_to(parts: "Head", rest: str) -> None:
    """CHANGED_TO closing ``parts.before`` where jieba reads its two characters as one verb and nothing but
    ``rest`` (the clause after the value, empty) follows: the verb becomes a comparator of reach."""
    from .indicator import is_verb, tag

    if parts.comparator is not None or parts.verb is not None or rest.strip() or not (m := CHANGED.search(parts.before)):
        return
    if len(words := tag(m["verb"])) == 1 and is_verb(*words[0]):
        parts.comparator, parts.before = "reach", parts.before[: m.start()]


# A limit word before a verb of equipping or building, its object, then the value closing the clause: the limit bounds
# the value (the limit before the verb, the value after the object). (name, pattern, example)
LIMITS_BEFORE_OBJECT = (("limit_verb_object", r"(?P<limit>至少|最少|不少于)(?:配备|配置|建成|设立)[^,;。\d的]{2,16}$", "每个乡镇至少配备专职网格员3名 → 专职网格员 at least"),)
LIMIT_BEFORE_OBJECT = re.compile(one_of(LIMITS_BEFORE_OBJECT))
# …and a limit word before the one served (为 / 向 …), then 提供 and the value: the limit bounds the times the service is provided
# (session 15: all 4 labels of every round so written are at_least, in 4 notices of 3 rounds — gutang 28b, langshui 39b, pengyang 36b,
# ruiyang 39b — read as equal). (name, pattern closing the head, example)
LIMITS_FOR_RECIPIENT = (("limit_for_recipient", r"(?P<limit>至少|最少|不少于)(?:为|向)[^,;。\d]{1,16}?(?:免费)?提供$", "每年至少为签约独居老人提供2次上门随访 → at least"),)
LIMIT_FOR_RECIPIENT = re.compile(one_of(LIMITS_FOR_RECIPIENT))


# A limit word, then a per-unit frame of any item, then the value: the frame is no part of the name, as PER's listed frames
# are not (round 30: yujiang 29 「充电服务费原则上不高于每千瓦时0.6元」, liquan 29 「配套消纳用地不少于每头存栏生猪0.5亩」;
# all 7 labels of 「limit 每X value」 in 7 notices leave the frame out). (name, pattern, example)
LIMITS_THEN_FRAME = (("limit_then_frame", r"(?P<limit>不少于|不低于|不超过|不高于|最高|最多|至少)每[^,;。\d每的]{1,6}$", "充电服务费不高于每千瓦时0.6元 → 充电服务费 at most"),)
LIMIT_THEN_FRAME = Ending(one_of(LIMITS_THEN_FRAME))
# 限 alone right before a verb of granting or taking caps what one beneficiary gets, as 限领 / 限补 do (patterns.COMPARATOR_BEFORE):
# 「每户限补贴2台」 → 补贴 at most (session 20: 3 labels in 3 notices of 3 rounds — junxi 21b, lanxi 15a, yuanxi 17d — all at_most,
# read equal; the verb was peeled first and left 限 behind). A noun ending in 限 (期限, 时限, 年限, 上限…) is no such word. (name, example)
# (name, pattern closing the words before the verb, example)
LIMITED_GRANTS = (("limited_grant", r"(?<![期时年上下权界极有无局受门])限$", "每户限补贴2台 / 每人每类产品限补贴1件 → 补贴 at most"),)
LIMITED_GRANT = re.compile(one_of(LIMITED_GRANTS))
_CHAIN_ENDS = ending_together(BATCH, WHICH_WORK, PLACE_AFTER_VERB, PER, ANNUAL, VERB_BEFORE, BEFORE)  # read_head's chain, every branch one of these


@dataclass(slots=True)
class Head:
    """What stands between the indicator and the value: 「…给予最高」, 「…最高可获」, 「…年均增长」."""

    before: str  # the text left for the indicator
    comparator: str | None = None
    verb: str | None = None  # a VALUE_FIRST_VERBS group: the measured thing follows the value
    verb_at: int = -1  # where that verb stands in the head, and its word
    verb_word: str = ""
    per: bool = False
    annual: bool = False
    baseline: float | None = None
    baseline_year: int | None = None


def read_head(head: str) -> Head:
    """Peel comparator, verb, 每月 and 年均 off the end of ``head``, in whatever order they stand."""
    parts = Head(head)
    _peel(parts)
    if parts.verb == "amount" and parts.comparator is None and LIMITED_GRANT.search(parts.before):
        parts.comparator, parts.before = "at_most", parts.before[:-1]  # 「每户限补贴2台」
    if parts.verb is None and parts.comparator is None and (m := limit_then_verb(parts.before)):  # 「至少配备1名」
        limit, verb, verb_at = limit_and_verb(m)
        parts.comparator, parts.verb, parts.verb_at, parts.verb_word = BEFORE.search(limit).lastgroup, "goal", verb_at, verb
        parts.before = parts.before[: m.start()]
    if parts.verb is None and parts.comparator is None and (m := LIMIT_THEN_FRAME.search(parts.before)):  # 「不高于每千瓦时0.6元」
        parts.per, parts.before = True, parts.before[: m.start()]
        parts.comparator = BEFORE.search(m["limit"]).lastgroup
        _peel(parts)  # 「原则上不高于」: what stands before the limit
    if parts.verb is None and parts.comparator is None and (m := LIMIT_BEFORE_OBJECT.search(parts.before)):  # 「至少配备文物专业技术人员3名」
        parts.comparator = BEFORE.search(m["limit"]).lastgroup
    if parts.comparator is None and (m := LIMIT_FOR_RECIPIENT.search(head)):  # 「每年至少为入住老人提供1次…」
        parts.comparator = BEFORE.search(m["limit"]).lastgroup
    if parts.verb is None and (m := RECIPIENT.search(parts.before)) and not AMOUNT_CUE.search(m.group()[2:]) and not INDICATOR_NOUN.search(m.group()):  # 「奖励总额」 is measured  # 「发放消费券」 names the support
        parts.verb, parts.before = "amount", parts.before[: m.start()]  # 「给予研发单位最高100万元奖励」
    if head.endswith(BASELINE_ENDS) and (b := BASELINE.search(head)):
        parts.baseline = float(b["base"])
        parts.before = parts.before[: min(len(parts.before), b.start())]
        parts.comparator = "reach" if parts.comparator in (None, "increase", "decrease") else parts.comparator
    if by := BASELINE_YEAR.search(parts.before):
        parts.baseline_year, parts.before = int(by["year"]), parts.before[: by.start()]
    elif parts.comparator in ("increase", "decrease") and (base := COMPARED_WITH.search(parts.before)):
        parts.before = parts.before[: base.start()]  # 「示范片单产较周边提高10%」: what the change is measured against
    return parts


def _peel(parts: Head) -> None:
    """read_head's chain: comparator, verb, 每月, 年均 peeled off ``parts.before`` in whatever order they stand."""
    for _ in range(6):
        text = parts.before
        if not may_end(text, _CHAIN_ENDS):
            break  # (most heads: no pattern of the chain can end the text; each would say None)
        if m := BATCH.search(text):  # 「建成首批8个产业链协同平台」: the batch word says which, the verb counts
            parts.before = text[: m.start()]
        elif m := WHICH_WORK.search(text):  # 「完成剩余126台燃煤锅炉淘汰任务」: which works, then the verb counts
            parts.before = text[: m.start("which")]
        elif parts.verb is None and (m := PLACE_AFTER_VERB.search(text)):
            parts.before = text[: m.start("place" if m["place"] else "area")]  # 「完成全区42处…改造」: where, then the verb counts
        elif m := PER.search(text):  # 「每月每平方米20元」: one per-unit word after another
            parts.per, parts.before = True, text[: m.start()]
        elif not parts.annual and (m := ANNUAL.search(text)):
            parts.annual, parts.before = True, text[: m.start()]
        elif parts.verb is None and (m := VERB_BEFORE.search(text)):
            parts.verb, parts.before = m.lastgroup, text[: m.start()]
            parts.verb_at, parts.verb_word = m.start(), m[m.lastgroup]
        elif parts.comparator is None and (m := BEFORE.search(text)) and not (m.lastgroup == "increase" and WORKS_NAME.search(text)):
            parts.comparator, parts.before = m.lastgroup, text[: m.start()]
        elif parts.comparator == "at_most" and (m := BEFORE.search(text)) and m.lastgroup == "at_most":
            parts.before = text[: m.start()]  # 「最长不超过30天」: two limit words, one limit
        else:
            break
