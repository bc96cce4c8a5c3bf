"""Find quantitative targets (indicator, comparator, value, unit, kind) in text, clause by clause.

One mode for every text: a value is a target when a comparator, a verb of commitment or support, or
an indicator noun ending the clause stands with it; the numbers that are not targets (dates, item
numbers, ordinals, periods, eligibility conditions) are refused by named rules (refuse.py).
"""

from __future__ import annotations

from .. import rx as re

from ..brackets import split_outside
from ..normalize import fold_simplified
from .added import sized_before_refusal, taken
from .amount_names import age_group_only, condition_only, granted_total, tidied, tiers
from .after_value import restated, without_glosses
from .bare import EACH_EQUIPPED_COUNT, verb_inside
from .elliptic import elliptic_name, first_member_cut, member_continues, member_measure, member_measure_of, share_owner
from .clause_values import AFTER, ASIDE_CLOSES, ASIDE_OPENS, BEFORE, clause_values
from .cues import QuietClauses, may_hold_target
from .duty_hours import duty_kept, round_the_clock
from .found import FoundTarget, strip_fillers
from .head import changed_to, read_head
from .kinds import AMOUNT_CUE, kind_of, standards_continued
from .counted_objects import government_actions, scope_dropped, sources_named
from .measure_words import words_before_bare
from .list_levels import condition_between
from .lists import LISTED, distribute, respectively
from .shared_names import shared_heads
from .list_lines import continues_intro
from .names import trim, verb_led
from .rate_words import without_rate_word
from .patterns import CHANGE_IN_NAME_RULES, CONDITION_EACH_NAME, FUND_ATTRIBUTE, FUND_NAME, LIMIT_IN_NAME
from .patterns import RECIPIENT_HEAD, SHARE_LIMIT, SHARE_OF_BASE, STAGE_MARK, TIME_UNITS
from .reported_facts import SENTENCE_ENDS, ReportedFacts, past_clause
from .refuse import refusal
from .times_done import served_times, standard_order, times_done
from .relative import benchmarks
from .returned import returned_share, waiver_or_instalment
from .standard import named_before_standard
from .cells import without_scope_cells
from .tables import one_of
from .fund_names import funds_named_before
from .item_caps import caps_support, carried
from .members_after import members_after
from .joined_values import joined_value, members_named
from .built_counts import built_count
from .tail import Ending, Guarded
from .values import value_fields
from .clause_context import ClauseContext
from .value_shapes import value_shape

ALL_OF = Ending(r"(?:(?:^|[^年平人])均|都|各)[^、,;。]{0,4}$")  # 「…覆盖率、落实率均达到100%」: one value for every listed name, as 分别 with one value (年均 / 平均 / 人均 are no 均: 「A、B等…营业收入年均增长10%」 is one)  # 「国家级、省级示范基地各1个」: each name the value
INCREASE_STARTS = re.compile(r"^(?:全市|全省|全区|全县)?(?:每年|全年|年均)?(?:新增|增加)|^[^,;。的、\d对为给]{1,4}?新增(?=[^,;。]{2})")  # 「新增培育OPC企业1000家」: an increase (「每年新增10万亩」 too, round 17; 「园区新增载体面积」, round 19)
# (a baseline year is no target year: 「比2015年」, 「较2025年」, 「在2025年基础上」 — BASELINE_YEAR)
YEAR = Guarded(re.compile(r"(?<![比较])(?:到|至|在|于)?(?P<year>20\d\d)年(?!\d{1,2}月)(?!(?:末|底)?(?:的)?基础上)(?:底|末)?(?:前)?"))  # (searched once a clause)
CLAUSE_BREAK = "。;,:!?\n"
GIVEN = re.compile("(?:给予|发放|予以|提供)(?:" + RECIPIENT_HEAD.pattern + ")?")  # a support verb and its recipient
# A measure each listed member has of its own: one value for names listed before it holds for each, as
# with 均 (a count of things listed, 「零工市场、就业驿站不少于1200个」, is one total). (name, pattern, example)
EACH_MEASURES = (("time", r"(?:时间|时限|周期)$", "一般登记、抵押登记办理时间压缩至1个工作日"),)  # (a rate stays whole: 「乡镇、行政村…覆盖率」)
EACH_MEASURE = re.compile(one_of(EACH_MEASURES))
# …unless the list qualifies whose measure it is: 「一类、二类出口企业正常出口退税平均办理时间」 is one measure.
OWNER_IN_NAME = re.compile(r"、[^、]*(?:企业|机构|单位|主体)[^、]{2,}$")
# A verb of reaching before the name of a bare value: (name, pattern on the head, example)
REACH_LEADS = (("achieve", r"\s*(?:力争|确保)?实现", "实现重点山洪沟预警信息覆盖率100%"),)
REACH_LEAD = re.compile(one_of(REACH_LEADS))
# A further value of the support the value before named is of that support's kind: 「分别给予建设经费300万元、80万元」
# (80万元 an amount as 300万元 is). (rule, example)
CONTINUED_SUPPORTS = {r for r, _ in (("support_named", "分别给予建设经费300万元、80万元"), ("support_word", "分别奖励20万元、10万元"))}
RATIO_COLON = Guarded(re.compile(r"(?<=\d):(?=\d)"))  # 「10:40:50」 is one value, not three clauses


def find_targets(text: str, folded: str | None = None, notice_year: int | None = None, start_year: int | None = None) -> list[FoundTarget]:
    """Targets in ``text``; a year stated (「到2020年，」) governs the clauses after it until the
    paragraph ends or another year is named. ``folded``: ``text`` folded to Simplified (the run's
    folded text, one character for one), folded here when not given; ``notice_year``: the year the
    notice was issued (a sentence opening with an earlier year reports facts: PAST_OPENINGS); ``start_year``:
    the year an intro before ``text`` names for it (list_lines)."""
    if folded is None:
        folded = fold_simplified(text)  # Traditional text reads as Simplified, one character for one
    found: list[FoundTarget] = []
    year, last_support = start_year, ""
    subject_for_next = ""  # what a clause spoke of, for the next one: 「…达到43726元,年均增长7.5%」
    previous_clause, previous_start = "", 0
    reported, facts = False, ReportedFacts(folded, notice_year)  # the sentence reports facts (PAST_OPENINGS, PAST_PARAGRAPH_TURNS)
    quiet = QuietClauses(text)  # clauses with no cue since the last one read: what they carry is read when needed
    for clause_start, clause_end in _clauses(folded):
        if clause_start and folded[clause_start - 1] == "\n" and not continues_intro(folded, clause_start):
            year, last_support, previous_clause = None, "", ""  # a year governs its paragraph only
            quiet.new_paragraph()
        if not clause_start or folded[clause_start - 1] in SENTENCE_ENDS:
            reported = facts.sentence(clause_start)
        reported = reported or past_clause(folded, clause_start, notice_year)  # 「…，2025年产值达到18亿元，…」
        if reported:
            continue
        clause = folded[clause_start:clause_end]
        named_year = YEAR.search(clause)
        if not named_year and not may_hold_target(clause):  # only its subject may be wanted
            quiet.add(clause, clause_start)
            previous_clause, previous_start = clause, clause_start
            continue
        subject_for_next, last_support = quiet.read(lambda c, at: _subject(text, c, at), subject_for_next, last_support)
        if named_year:
            year = int(named_year["year"])
        context = ClauseContext(text, folded, clause, clause_start, year, subject_for_next, last_support, previous_clause=previous_clause, last=found[-1] if found else None)
        own = funds_named_before(text, previous_clause, previous_start, members_after(text, clause, clause_start, shared_heads(clause, clause_start, without_scope_cells(folded, clause, clause_start, _clause_targets(context)), found), year))
        if not condition_between(clause, previous_clause):  # 「…A、B，签订3年以上劳动合同的，分别给予…」: the list stays
            previous_clause, previous_start = clause, clause_start
        targets = own + benchmarks(text, clause, clause_start, year)
        found.extend(targets)
        # the last value's own indicator (a 分别 list's shared noun, not one member's), else the clause's noun
        subject_for_next = context.previous_subject if own else (targets[-1].indicator if targets else _subject(text, clause, clause_start))
        subject_for_next, last_support = carried([t.indicator for t in reversed(own)], subject_for_next, last_support)
    return words_before_bare(folded, scope_dropped(sources_named(folded, government_actions(folded, standards_continued(folded, found)))))


def _clause_targets(context: ClauseContext) -> list[FoundTarget]:
    clause = context.clause
    targets: list[FoundTarget] = []
    subject_from = 0  # the indicator of a later value starts after the previous value
    value_end = 0
    paired_until = 0  # the values a 分别 list paired with its names are taken
    for value in clause_values(clause):
        if value.end() <= paired_until:
            value_end = value.end()
            continue
        if value.start() < subject_from:  # inside the previous target: its own words since that value
            subject_from = value_end
        value_end = value.end()
        between = clause[subject_from : value.start()]
        joined = bool(targets) and between.strip(" “”") in ("、", "和", "及", "、和")
        context.list_item = not joined and bool(targets) and _list_item(between, targets[-1].rule)
        if not joined:
            context.list_mode = context.list_mode if between.strip() in ANNUAL_LINKS else ""  # (its limit is not kept, below)
            context.list_comparator = context.list_comparator if context.list_item else ""
        found = _target_at(context, value, subject_from) or joined_value(context.text, context.clause_start, clause, targets, value, subject_from)
        found = found or built_count(context.text, context.folded, context.clause_start, clause, context.previous_clause, context.last, context.year, value)
        targets.extend(found)
        if found and found[-1].rule == "respectively":
            paired_until = found[-1].end - context.clause_start
        if found:
            subject_from = max(value.end(), found[-1].end - context.clause_start)
            context.previous_subject, context.previous_kind, context.last = found[-1].indicator, found[-1].kind, found[-1]
            context.list_mode, context.list_comparator = found[-1].rule, found[-1].comparator
    return distribute(context.text, context.clause_start, clause, members_named(clause, context.previous_clause, targets), context.previous_clause)


# Rules whose target a further 「、name value」 item continues, with its comparator where that is 累计 or
# 新增: 「累计培育省级智能工厂200家、数字化车间1000个」 → 数字化车间 1000 个 (total). (rule, example)
LIST_ITEM_RULES = (
    ("bare_value", "累计建成智慧工地20个、数字车间100个"),
    ("comparator", "培育专精特新企业超300家、小巨人企业30家"),
    ("verb_last", "二级节点新增15个、边缘节点40个"),
    ("list_item", "建成县级物流配送中心1个、乡镇综合服务站18个、村级服务点260个"),
)
LIST_ITEM_NAME = re.compile(r"、[^,;。、的\d]{2,12}$")


# A per-period word after 、 still lists a value of the same support, a limit before it bounding only its own
# value: 「每人给予连续3年、每年20万元的科研经费支持」, 「最长24个月、每月1250元的安居补贴」 (1250 plain).
ANNUAL_LINKS = ("、每年", "、每月", "、每人每年", "、每人每月", "、每户每年", "、每户每月")  # 「最长24个月、每人每月800元的用工补贴」


def _list_item(between: str, previous_rule: str) -> bool:
    """Whether ``between`` (from the previous target to this value) is one more listed name."""
    return previous_rule in {rule for rule, _ in LIST_ITEM_RULES} and bool(LIST_ITEM_NAME.fullmatch(between))


def _subject(text: str, clause: str, clause_start: int) -> str:
    """A clause with no target may still name what the next clause measures: its last noun
    phrase (「…享受相应层级的生活补贴」 → 生活补贴)."""
    first = next(iter(clause_values(clause)), None)
    head = clause[: first.start() if first else len(clause)]
    offset, subject = strip_fillers(head)
    if "的" in subject:
        offset += subject.rindex("的") + 1
        subject = subject[subject.rindex("的") + 1 :]
    if m := GIVEN.search(subject) or verb_led(subject):  # 「给予获投企业股权投资扶持」 → 股权投资扶持, 「面向中小企业发放算力券」 → 算力券, 「设立…专项资金」 → …专项资金
        offset, subject = offset + m.end(), subject[m.end() :]
    absolute = clause_start + offset
    return text[absolute : absolute + len(subject)] if subject and len(subject) <= 30 else ""


def _clauses(folded: str) -> list[tuple[int, int]]:
    masked = STAGE_MARK.sub(",", RATIO_COLON.sub("∶", folded))  # same length: offsets stay valid
    return [(a, b) for a, b in split_outside(masked, CLAUSE_BREAK, ASIDE_OPENS, ASIDE_CLOSES) if b > a]


def _comparator(stated: str | None, after: re.Match[str] | None, name: str, indicator: str, context: ClauseContext, rule: str) -> str:
    """A limit word after the value beats the verb before it (「达到1.3%以上」 is at least); a limit
    in a share's name holds (「按照不超过…的15%」); a listed value keeps the list's limit."""
    comparator = None if stated in ("increase", "decrease") and rule in {r for r, _ in CHANGE_IN_NAME_RULES} else stated
    if after and comparator not in ("at_most", "at_least"):
        comparator = after.lastgroup
    if comparator is None and (limit := (SHARE_LIMIT if rule == "standard" else LIMIT_IN_NAME).search(name)):
        comparator = "at_least" if limit.group().endswith("不低于") else "at_most"  # (a standard's: after its 按 only)
    if comparator is None and rule == "value_first" and context.list_comparator in ("at_most", "at_least") and indicator == context.previous_subject:
        comparator = context.list_comparator  # 「最高5000元、1万元补贴」 (not 「最高500万元项目资助和200万元安家补贴」: a support of its own)
    if comparator is None and rule == "list_item" and (context.list_comparator in ("total", "increase") or "累计" in context.clause[: context.clause.find(name) + 1]):
        comparator = context.list_comparator if context.list_comparator in ("total", "increase") else "total"  # 累计 / 新增 govern the list, a limit word only its own value
    if comparator is None and INCREASE_STARTS.match(name) and not INCREASE_STARTS.match(indicator) and rule not in {r for r, _ in CHANGE_IN_NAME_RULES}:
        comparator = "increase"  # 「新增培育OPC企业1000家」 (the verb left the indicator; 新增建设用地 keeps it)
    return comparator or ("total" if "累计" in name else "equal")


def _target_at(context: ClauseContext, value: re.Match[str], subject_from: int) -> list[FoundTarget]:
    clause = context.clause
    head = clause[subject_from : value.start()]
    parts = round_the_clock(context.folded, context.clause_start, value, read_head(head))  # 「实行24小时值守」 (duty_hours)
    if parts.comparator is None and parts.verb is None and value["unit"] in ("%", "倍") and (m := SHARE_OF_BASE.match(parts.before)):
        parts.comparator, parts.before = BEFORE.search(m["verb"].removesuffix("可达").removesuffix("为") or "为").lastgroup, m["name"]  # 「租金标准为市场参考租金60%左右」, 「额度最高可达净资产的2倍」
    after = AFTER.match(clause, value.end())
    value_end = after.end() if after else value.end()
    changed_to(parts, clause[value_end:])  # 「供热企业整合至5家以内」 (head.CHANGED_TO)
    verb = parts.verb or ("amount" if context.list_mode == "value_first" and not parts.before.strip("和及、 ") else None)
    suffix = ""  # a graded rate's support, after its grade
    if granted := waiver_or_instalment(clause, value):
        parts.comparator, shape = granted[0], ("granted_period", granted[1], granted[2])  # 「3年内免收租金」
        value_end = max(value_end, granted[2] if clause.startswith(("内", "以内"), value.end()) else value_end)
    elif early := sized_before_refusal(clause, context.last_support, subject_from, value, value_end):
        shape, suffix = early
    elif refusal(clause, value, head, value_end, parts.comparator, parts.per, verb):  # 「…的项目资助和30万元的安家补贴」
        return []
    else:
        shape = duty_kept(clause, value, parts) or returned_share(clause, subject_from, value) or named_before_standard(clause, subject_from, value, value_end) or granted_total(clause, subject_from, value, value_end)
        shape = shape or served_times(context.folded, context.clause_start, clause, value, value_end, head) or times_done(clause, value, value_end, parts, subject_from) or value_shape(context, value, subject_from, parts, value_end, bool(parts.comparator or after))  # 「每半年至少清洗消毒1次」
    if shape is None:
        return []
    rule, ind_start, ind_end = shape
    if rule in ("value_first", "share", "support_named") and (m := RECIPIENT_HEAD.match(context.folded, context.clause_start + ind_start, context.clause_start + ind_end)):
        ind_start = m.end() - context.clause_start  # 「给予获投企业股权投资扶持」 → 股权投资扶持
    if ind_end > ind_start:
        indicator = context.text[context.clause_start + ind_start : context.clause_start + ind_end]
    else:
        indicator = taken(context.last_support) if rule in ("added_support", "limited_take") else elliptic_name(context.previous_subject, rule)
        if value["unit"] in TIME_UNITS and context.last_support and not AMOUNT_CUE.search(indicator):
            indicator = context.last_support  # 「博士学历人才每月1500元，最长可享3年」: the duration of the 生活补贴 named before
        if not indicator:
            return []
    indicator = first_member_cut(_named_elsewhere(context, without_rate_word(without_glosses(indicator)), parts.before, rule, parts.verb_word, (value["scale"] or "") + (value["unit"] or "")) + suffix, clause[value_end:], value["unit"] or "", context.folded[context.clause_start + value_end : context.clause_start + value_end + 40], context.text[context.clause_start + subject_from : context.clause_start + ind_end])  # 「高水平OPC（One Person Company）社区」 → 高水平OPC社区; 「睡眠时间小学生不少于10小时、初中生…」 → 睡眠时间
    verb_at = subject_from + len(parts.before)
    if rule in ("value_first", "share", "granted_period", "duty_hours", "served_times"):
        start, end = min(verb_at, value.start()), max(value_end, ind_end)
    elif ind_end > ind_start:
        start, end = ind_start, value_end
    else:
        start, end = verb_at, value_end
    comparator = _verb_comparator(_comparator(parts.comparator, after, strip_fillers(parts.before)[1], indicator, context, rule), rule, head, parts.before)
    target = FoundTarget(
        indicator=indicator,
        **value_fields(context.text, context.clause_start, value),
        comparator=comparator,
        kind=context.previous_kind if context.previous_kind and (rule == "part_of" or (rule in CONTINUED_SUPPORTS and ind_end <= ind_start)) else kind_of(indicator, *standard_order(head, rule), (value["scale"] or "") + (value["unit"] or ""), parts.comparator, parts.per, parts.verb),
        annual=parts.annual,
        year=context.year,
        range=(float(value["low"]), float(value["high"])) if value["high"] else None,
        baseline=parts.baseline,
        baseline_year=parts.baseline_year,
        benchmark=None,
        start=context.clause_start + start,
        end=context.clause_start + end,
        rule=rule,
    )
    each = "、" in indicator and "等" not in indicator and not value["ratio"] and EACH_MEASURE.search(indicator) is not None and not OWNER_IN_NAME.search(indicator)  # 「一般登记、抵押登记办理时间压缩至1个工作日」
    listed = "、" in indicator or ("分别" in head and (LISTED.search(indicator) or "、" in context.previous_clause))  # 「大豆和油料…分别」, 「城乡…分别」, 「对A、B，贴息比例分别…」
    if ("分别" in head or ALL_OF.search(head) or each) and listed and rule not in ("value_first", "share"):
        if (each_named := respectively(context.text, context.clause_start, clause, target, value, context.previous_clause)) is not None:
            return each_named
    return tiers(context.text, context.clause_start, clause, target, value) or [target] + restated(context.text, context.clause_start, context.clause, value, target)


def _named_elsewhere(context: ClauseContext, indicator: str, before: str, rule: str, verb_word: str = "", unit: str = "") -> str:
    """The indicator where the words before the value only qualify a thing named earlier: a per-unit
    cap of the support named before (「…给予补助，单个展会最高5万元」 → 补助), a fund's size
    (「设立人才发展基金，首期规模5亿元」 → 人才发展基金)."""
    if rule == "comparator" and context.last_support and caps_support(before, unit):
        return context.last_support
    if rule == "comparator" and context.last_support and (CONDITION_EACH_NAME.fullmatch(strip_fillers(before + verb_word)[1]) or condition_only(before, unit)):
        return context.last_support  # 「合伙创业的可按每人不超过30万元」, 「合伙创业的最高不超过150万元」: the loan named before
    if rule in ("comparator", "per_value") and context.previous_subject and age_group_only(indicator, unit):
        return context.previous_subject  # 「…高龄津贴100元，90周岁至99周岁每人每月200元」 (amount_names.AGE_GROUPS)
    if FUND_ATTRIBUTE.search(indicator) and FUND_NAME.search(fund := context.previous_subject[trim(context.previous_subject) :]):
        return fund
    return member_measure_of(indicator, context.previous_subject, context.last, unit, context.folded, context.clause_start) or tidied(member_measure(indicator, context.previous_subject) or member_continues(indicator, before, rule, context.previous_subject, context.last, unit, context.folded, context.clause_start) or share_owner(indicator, context.previous_subject) or indicator, context.last_support)  # 「…，县城达到70%以上」, 「…用房面积不少于1000平方米，市级不少于600平方米」 → 用房面积


def _verb_comparator(comparator: str, rule: str, head: str, before: str) -> str:
    """A plain value's comparator from the verb before its name: 新增 an increase (「主要景区新增停车泊位
    3000个」, 「二级节点新增15个」), 实现 a level reached (「实现重点山洪沟预警信息覆盖率100%」)."""
    if comparator != "equal":
        return comparator
    if rule == "bare_value" and (inside := verb_inside(before)) and inside.group() == "新增":
        return "increase"
    if rule in ("verb_last", "value_first") and INCREASE_STARTS.match(head[len(before) :]):  # 「新增1000家市场主体」
        return "increase"
    if rule == "bare_value" and REACH_LEAD.match(head):
        return "reach"
    if rule == "bare_value" and (equipped := EACH_EQUIPPED_COUNT.search(before)) and "至少" in equipped.group():
        return "at_least"  # 「每个候车厅至少设置电子屏1块」 (bare.EACH_EQUIPPED)
    return comparator


