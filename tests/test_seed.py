"""Facts of the reference notice 营政发〔2016〕45号, stage by stage, plus whole-notice invariants."""

import re
from collections import Counter

import pytest

from conftest import pairs, task_starting
from pipeline.records import to_plain
from pipeline.vocabulary import UNIT_LINE_LABELS


# --- notice metadata -------------------------------------------------------------------------


def test_notice_metadata(seed, seed_text):
    notice = seed.notice
    assert notice.title == "关于落实《营口市国民经济和社会发展第十三个五年规划纲要》主要目标和任务工作分工的通知"
    assert notice.doc_number == "营政发〔2016〕45号"
    assert notice.date == "2016-12-31"
    assert notice.source_site == "营口市政府网站"
    assert notice.issuer == "营口市人民政府"
    assert notice.addressees == ["各县(市)区人民政府", "市政府各部门", "各派出机构", "各直属单位"]
    span = notice.doc_number_span
    assert seed_text[span.start : span.end] == "营政发〔2016〕45号" and span.line == 7
    title = seed_text[notice.title_span.start : notice.title_span.end]
    assert title.split("\n") == ["关于落实《营口市国民经济和", "社会发展第十三个五年规划纲要》", "主要目标和任务工作分工的通知"]


# --- sections --------------------------------------------------------------------------------


def test_section_counts(seed):
    assert Counter((s.kind, s.level) for s in seed.sections) == {
        ("heading", 1): 4,
        ("heading", 2): 26,
        ("heading", 3): 66,
        ("box", 4): 1,
    }
    assert [s.label + s.title for s in seed.sections if s.level == 1] == [
        "一、分工原则",
        "二、落实主要指标分工安排",
        "三、落实重点任务分工安排",
        "四、工作要求",
    ]


@pytest.mark.parametrize(
    "label, title, parent, written",
    [
        pytest.param("(一)", "正确处理政府与市场的关系", "一、分工原则", "(一)正确处理政府与市场的关系", id="title-before-body-text"),
        pytest.param("(二)", "预期性指标", "二、落实主要指标分工安排", "(二)预期性指标", id="indicator-group"),
        pytest.param("3.", "深化财政投资价格改革", "(二)全面深化改革", "3.深化财政投资价格改革", id="title-with-trailing-full-stop"),
        pytest.param("专栏1", "“互联网+”行动计划", "5.实施“互联网+”行动计划", "专栏1 “互联网+”行动计划", id="box-with-items"),
    ],
)
def test_section(seed, seed_text, label, title, parent, written):
    [section] = [s for s in seed.sections if s.label == label and s.title == title]
    [parent_section] = [s for s in seed.sections if s.id == section.parent]
    assert parent_section.label + parent_section.title == parent
    assert seed_text[section.span.start : section.span.end] == written


def test_heading_numbers_run_in_sequence_within_each_parent(seed):
    numbers = {}
    for s in seed.sections:
        if s.kind == "heading":
            numbers.setdefault((s.parent, s.level), []).append(s.label)
    cn = "一 二 三 四 五 六 七 八 九 十 十一 十二 十三 十四 十五 十六 十七 十八".split()
    label_of = {1: lambda n: f"{cn[n]}、", 2: lambda n: f"({cn[n]})", 3: lambda n: f"{n + 1}."}
    for (_, level), labels in numbers.items():
        assert labels == [label_of[level](n) for n in range(len(labels))]
    assert [(level, len(labels)) for (_, level), labels in numbers.items()] == [
        (1, 4), (2, 3), (2, 2), (2, 18),
        (3, 5), (3, 6), (3, 5), (3, 3), (3, 5), (3, 4), (3, 3), (3, 3), (3, 4),
        (3, 4), (3, 4), (3, 4), (3, 3), (3, 2), (3, 3), (3, 3), (3, 3), (3, 2),
        (2, 3),
    ]


# --- tasks and assignments -------------------------------------------------------------------


def test_every_unit_line_lands_in_exactly_one_task(seed, seed_text):
    unit_lines = [
        number
        for number, line in enumerate(seed_text.split("\n"), start=1)
        if line.strip().startswith(tuple(UNIT_LINE_LABELS))
    ]
    assert len(unit_lines) == 376
    owner = Counter()
    for task in seed.tasks:
        for line in {a.span.line for a in task.assignments}:
            owner[line] += 1
    assert sorted(owner) == unit_lines
    assert set(owner.values()) == {1}


def test_counts(seed):
    assert len(seed.tasks) == 220
    assert Counter(a.role for t in seed.tasks for a in t.assignments) == {"cooperate": 558, "lead": 167, "responsible": 84}
    # 135 配合单位 lines and one 责任单位 line end in 等
    assert sum(1 for t in seed.tasks if "cooperate" in t.open_ended) == 135
    assert sum(1 for t in seed.tasks if "responsible" in t.open_ended) == 1


def test_the_28_indicator_items_are_tasks_not_sections(seed):
    items = [t for t in seed.tasks if t.label]
    assert len(items) == 28
    assert Counter(t.path[-1] for t in items) == {"(一)约束性指标": 12, "(二)预期性指标": 16}
    assert [t.label for t in items[:3]] == ["1.", "2.", "3."]
    assert not any(s.title.startswith("劳动年龄人口") for s in seed.sections)


@pytest.mark.parametrize(
    "prefix, expected, open_ended",
    [
        pytest.param("劳动年龄人口平均受教育年限", [("responsible", "市教育局")], [], id="item-responsible"),
        pytest.param(
            "单位地区生产总值能源消耗",
            [("lead", "市发展改革委"), ("cooperate", "市工信委"), ("cooperate", "市住房城乡建设委"), ("cooperate", "市交通局"), ("cooperate", "市商务局"), ("cooperate", "市农委")],
            ["cooperate"],
            id="item-lead-and-open-cooperate",
        ),
        pytest.param("到2020年,确保3.86万国标贫困人口", [("responsible", "市农委(市扶贫办)")], [], id="second-name-in-parentheses"),
        pytest.param("地级及以上城市空气质量", [("lead", "市环保局"), ("cooperate", "各县(市)区政府")], [], id="collective-with-parentheses"),
        pytest.param("城镇化质量明显提高", [("lead", "市住房城乡建设委"), ("cooperate", "市公安局")], [], id="stray-full-stop-after-unit"),
        pytest.param("深化集体林权制度改革", [("responsible", "市林业局"), ("cooperate", "市不动产登记中心")], [], id="responsible-then-cooperate"),
        pytest.param("开展食品药品安全专项整治", [("lead", "市食品药品监管局"), ("cooperate", "各有关部门")], [], id="stray-full-stops-on-both-lines"),
        pytest.param("依法加强民族宗教事务管理", [("responsible", "市民委(宗教局)")], [], id="parenthesis-then-full-stop"),
        pytest.param("扩大民航运输总量", [("lead", "市交通局(市机场办)")], [], id="lead-only"),
        pytest.param(
            "扎实开展政务诚信",
            [("lead", "市发展改革委"), ("cooperate", "营口市社会信用体系建设领导小组成员单位")],
            [],
            id="group-members",
        ),
        pytest.param("专栏4 重大工业项目", [("lead", "市工信委"), ("cooperate", "市发展改革委"), ("cooperate", "相关县(市)区政府")], ["cooperate"], id="empty-box-title-is-the-task"),
    ],
)
def test_task_assignments(seed, prefix, expected, open_ended):
    task = task_starting(seed, prefix)
    assert pairs(task) == expected
    assert task.open_ended == open_ended
    assert all(a.rule == "unit_line" for a in task.assignments)


def test_block_after_several_paragraphs_is_one_task(seed, seed_text):
    task = task_starting(seed, "按照“工业反哺农业,城市帮扶乡村”的原则")
    assert [p.kind for p in task.parts] == ["paragraph"] * 3
    assert [p.span.line for p in task.parts] == [389, 390, 391]
    assert task.path == ["三、落实重点任务分工安排", "(五)推进城乡协调发展", "5.全面推进东部振兴"]
    assert pairs(task) == [("lead", "市农委"), ("cooperate", "营口市东部振兴领导小组成员单位")]
    assert task.text.count("\n") == 2
    assert task.text.endswith("用菌、中药材、山野菜采集及人工栽培,野生动物驯养等特色产业。")


def test_bullets_and_empty_boxes_belong_to_the_task_their_block_closes(seed):
    task = task_starting(seed, "深入推进农业结构调整")
    assert [(p.kind, p.label, p.title) for p in task.parts] == [
        ("paragraph", "", ""),
        ("bullet", "——", "高效种植业"),
        ("bullet", "——", "低碳循环养殖业"),
        ("bullet", "——", "良种繁育业"),
        ("bullet", "——", "规模化农副产品加工业"),
        ("box", "专栏2", "“一带二区两园”农业发展格局"),
        ("box", "专栏3", "农副产品加工业发展方向与布局"),
    ]
    assert pairs(task) == [
        ("lead", "市农委"),
        ("cooperate", "市海洋渔业局"),
        ("cooperate", "市林业局"),
        ("cooperate", "市发展改革委"),
        ("cooperate", "市工信委"),
        ("cooperate", "市科技局"),
        ("cooperate", "相关县(市)区政府"),
    ]


def test_box_items_are_tasks_under_the_box(seed):
    box = next(s for s in seed.sections if s.kind == "box")
    under = [t for t in seed.tasks if t.section == box.id]
    assert [t.text.split(":")[0] for t in under] == [
        f"“互联网+”{field}"
        for field in ("协同制造", "现代农业", "公共服务", "高效物流", "电子商务", "金融", "智慧城市", "绿色生态", "创业创新", "便捷交通")
    ]
    assert {tuple(t.path) for t in under} == {("三、落实重点任务分工安排", "(一)实施创新驱动", "5.实施“互联网+”行动计划", "专栏1 “互联网+”行动计划")}


def test_task_ids_are_unique(seed):
    ids = [t.id for t in seed.tasks] + [g.id for g in seed.targets] + [s.id for s in seed.sections]
    assert len(ids) == len(set(ids))


# --- units -----------------------------------------------------------------------------------


def test_units_are_resolved_in_the_issuers_context(seed):
    by_name = {u.name: u for u in seed.units}
    assert by_name["市科技局"].canonical == "营口市科学技术局"
    assert by_name["市发展改革委"].kind == "government_department"
    assert by_name["各县(市)区政府"].kind == "collective"
    assert by_name["鲅鱼圈区政府"].kind == "lower_government"
    assert all(u.resolved for u in seed.units)


def test_units_are_resolved_by_the_dictionary_or_a_shape(seed, seed_run):
    assigned = {a.unit for t in seed.tasks for a in t.assignments}
    rules = {name: seed_run.units.resolutions[name].rule for name in assigned}
    assert Counter(rules.values()) == {"dictionary": 88, "shape:lower_government": 6}
    assert sorted(n for n, rule in rules.items() if rule != "dictionary") == [
        "大石桥市政府", "盖州市政府", "站前区政府", "老边区政府", "西市区政府", "鲅鱼圈区政府"
    ]


# --- targets ---------------------------------------------------------------------------------


def test_target_counts(seed):
    item_targets = [g for g in seed.targets if next(t for t in seed.tasks if t.id == g.task).label]
    # 27 items hold 39 quantitative targets and item 8's two relative ones (「高于全省平均水平」)
    assert len(item_targets) == 41
    assert [g.indicator for g in item_targets if g.benchmark] == ["外贸出口额", "外商直接投资"]
    assert sum(1 for t in seed.tasks if t.label and not t.targets) == 0
    # 「*」: items 5, 7, 8, 10 (two) and 12 (four pollutants sharing 「分别下降*」)
    assert sum(g.pending for g in item_targets) == 9
    assert sum(g.pending for g in seed.targets) == 9


def _target(seed, indicator, nth=0):
    return [g for g in seed.targets if g.indicator == indicator][nth]


@pytest.mark.parametrize(
    "indicator, nth, expected",
    [
        pytest.param("森林覆盖率", 0, dict(value=45.22, unit="%", comparator="reach"), id="percent"),
        pytest.param("森林蓄积量", 0, dict(value=0.0296, unit="亿立方米", scaled_value=2960000.0), id="second-target-of-item-yi"),
        pytest.param("耕地保有量", 0, dict(value=171.0, unit="万亩", comparator="equal", scaled_value=1710000.0), id="bare-value-wan"),
        pytest.param("新增建设用地", 0, dict(value=None, pending=True, unit="万亩"), id="pending-star"),
        pytest.param("万元地区生产总值用水量", 0, dict(value=20.0, unit="%", comparator="decrease", scaled_value=None), id="wan-in-name-is-no-multiplier"),
        pytest.param("每万人口发明专利拥有量", 0, dict(value=2.24, unit="件", scaled_value=None), id="mei-wan-renkou"),
        pytest.param("地区生产总值", 0, dict(value=7.0, comparator="increase", annual=True), id="annual"),
        pytest.param("氨氮", 0, dict(pending=True, comparator="decrease", rule="respectively"), id="shared-pending-value"),
        pytest.param("研究与试验发展(R&D)经费投入强度", 0, dict(value=1.3, comparator="at_least"), id="indicator-before-comma"),
        pytest.param("城镇常住居民人均可支配收入", 1, dict(value=7.5, annual=True, comparator="increase"), id="inherited-indicator"),
        pytest.param("城镇新增就业人数", 0, dict(value=7.75, comparator="total", scaled_value=77500.0), id="cumulative"),
        pytest.param("公路总里程", 0, dict(value=4802.4, unit="公里", year=2020), id="prose-with-year"),
        pytest.param("千名老人拥有养老床位", 0, dict(value=None, range={"low": 35.0, "high": 40.0}, unit="张"), id="range"),
        pytest.param("城镇登记失业率", 0, dict(value=3.5, comparator="at_most"), id="at-most"),
        pytest.param("粮食总产量", 0, dict(value=65.0, comparator="approx", unit="万吨"), id="approx"),
        pytest.param("常住人口人均居住面积", 0, dict(value=35.0, baseline=32.6, unit="平方米"), id="baseline"),
        pytest.param("规模以上单位工业增加值能耗", 0, dict(value=12.0, comparator="decrease", baseline_year=2015), id="baseline-year"),
        pytest.param("高级、中级、初级专业技术人才比例", 0, dict(value=None, value_text="10:40:50", comparator="equal", year=2020), id="ratio"),
        pytest.param("国标贫困人口", 0, dict(value=3.86, unit="万", scaled_value=38600.0, year=2020, rule="value_first"), id="value-first"),
    ],
)
def test_target(seed, indicator, nth, expected):
    target = _target(seed, indicator, nth)
    dumped = to_plain(target)
    assert {k: dumped[k] for k in expected} == expected


def test_item_with_two_targets_links_both(seed):
    task = task_starting(seed, "森林覆盖率达到45.22%")
    assert [g.indicator for g in seed.targets if g.id in task.targets] == ["森林覆盖率", "森林蓄积量"]


def test_every_target_span_runs_from_its_indicator_to_its_value(seed, seed_text):
    """A value-first target runs from the value to the indicator; any other from the indicator (or,
    when the clause before named it, from the verb) to the value and a trailing 以上/左右…"""
    inherited = 0
    for target in seed.targets:
        written = seed_text[target.span.start : target.span.end]
        if target.rule in ("value_first", "benchmark"):  # from the verb or value to the indicator
            assert target.value_text in written and written.endswith(target.indicator) or target.benchmark, written
            continue
        assert re.fullmatch(rf".*{re.escape(target.value_text)}(?:以上|以下|以内|左右)?", written, re.S), written
        inherited += not written.startswith(target.indicator)
    assert inherited == 19


# --- provenance ------------------------------------------------------------------------------


def test_every_span_gives_back_what_was_parsed(seed, seed_text):
    lines = seed_text.split("\n")

    def check(span, expected=None):
        assert 0 <= span.start < span.end <= len(seed_text)
        assert seed_text.count("\n", 0, span.start) + 1 == span.line
        if expected is not None:
            assert seed_text[span.start : span.end] == expected

    for section in seed.sections:
        check(section.span)
        assert seed_text[section.span.start : section.span.end].endswith(section.title)
    for task in seed.tasks:
        check(task.span, task.text)
        for part in task.parts:
            check(part.span)
        for assignment in task.assignments:
            check(assignment.span, assignment.unit)
            assert assignment.unit in lines[assignment.span.line - 1]
        for mention in task.mentions:
            check(mention.span, mention.name)
    for target in seed.targets:
        check(target.span)


def test_no_diagnostics_on_the_reference_notice(seed):
    assert seed.diagnostics == []
