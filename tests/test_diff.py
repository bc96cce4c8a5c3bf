"""`fengong diff`: stable ids, alignment of revisions, the change records and the three reports.

Revisions of the reference notice are made here, by hand, from the seed with explicit
``str.replace`` edits (each asserted to apply exactly once) rather than committed as 100 KB copies;
each revision is written to a temporary directory and extracted once per module.
"""

from __future__ import annotations

import io
import json
import subprocess
import sys

import pytest

from conftest import ROOT, SEED
from pipeline.diff.align import TASK_THRESHOLD, align_tasks, char_diff, similarity
from pipeline.diff.changes import KINDS, Change, diff_extractions
from pipeline.diff.render import render_json, render_markdown, render_text

# ---------------------------------------------------------------------------------------------
# Planted edits: (old, new) pairs applied to the seed, each exactly once.

LEAD = "实现一个窗口接件、一颗印章审批。\n  牵头单位:市编委办\n"
EDITS: dict[str, list[tuple[str, str]]] = {
    "lead_changed": [(LEAD, LEAD.replace("市编委办", "市政府办公室"))],
    "cooperate_added": [("  配合单位:市统计局\n", "  配合单位:市统计局、市财政局\n")],
    "unit_removed": [("配合单位:市科技局、市公安局等", "配合单位:市科技局等")],
    "role_changed": [("城镇棚户区住房改造11615套。\n  责任单位:", "城镇棚户区住房改造11615套。\n  牵头单位:")],
    "deng_removed": [("配合单位:市人力资源社会保障局等\n  建立", "配合单位:市人力资源社会保障局\n  建立")],
    "target_value": [("9.森林覆盖率达到45.22%", "9.森林覆盖率达到46%")],
    "pending_filled": [("7.单位地区生产总值能源消耗降低*。", "7.单位地区生产总值能源消耗降低15%。")],
    "task_added": [
        (
            "  配合单位:市行政审批局\n  推动人事制度改革",
            "  配合单位:市行政审批局\n  推进“互联网+政务服务”,实现网上办理。\n  责任单位:市行政审批局\n  推动人事制度改革",
        )
    ],
    "task_removed": [
        (
            "  深化集体林权制度改革,全面完成368万亩林地确权和林权发证,鼓励集体林地经营权和树木所有权、使用权流转,"
            "研究制定以林抵押贷款管理办法。\n  责任单位:市林业局\n  配合单位:市不动产登记中心\n",
            "",
        )
    ],
    "task_moved": [
        (
            "  发挥政府引导基金作用,设立产业投资发展基金。\n  牵头单位:市国资委\n"
            "  配合单位:市发展改革委、市财政局、市政府金融办、市科技局、市工信委、市商务局等\n",
            "",
        ),
        (
            "  4.推动农村综合改革\n",
            "  发挥政府引导基金作用,设立产业投资发展基金。\n  牵头单位:市国资委\n"
            "  配合单位:市发展改革委、市财政局、市政府金融办、市科技局、市工信委、市商务局等\n"
            "  4.推动农村综合改革\n",
        ),
    ],
    "task_reworded": [("深化审批制度改革,实现一个窗口接件", "深化审批制度改革,全面实现一个窗口受理")],
    "heading_renamed": [("  (一)实施创新驱动\n", "  (一)实施创新驱动发展战略\n")],
    "date_changed": [("时间: 2016年12月31日", "时间: 2017年1月5日")],
    # Only renumbering: the boxes 专栏6 → 专栏7 (the task keeps its id, see
    # test_renumbering_a_box_keeps_the_task_id; the diff sees one renumbered task).
    "box_renumbered": [("专栏6 “七个一批”工程。", "专栏7 “七个一批”工程。")],
    # Only renumbering: items 1 and 2 of (二)预期性指标 swap places, numbers stay in order.
    "items_swapped": [
        (
            "  1.地区生产总值年均增长7%。\n  责任单位:市发展改革委\n  2.规模以上工业增加值年均增长7%。\n  责任单位:市工信委\n",
            "  1.规模以上工业增加值年均增长7%。\n  责任单位:市工信委\n  2.地区生产总值年均增长7%。\n  责任单位:市发展改革委\n",
        )
    ],
}

# An indicator item removed: items 4–12 of (一)约束性指标 become 3–11.
_ITEMS = [
    "耕地保有量171万亩。",
    "新增建设用地*万亩(*为待省分解下达目标,下同)。",
    "万元地区生产总值用水量下降20%。",
    "单位地区生产总值能源消耗降低*。",
    "单位地区生产总值二氧化碳排放降低*。",
    "森林覆盖率达到45.22%,森林蓄积量达到0.0296亿立方米。",
    "地级及以上城市空气质量优良天数比率达到*,细颗粒物(PM2.5)未达标地级及以上城市年均浓度下降*。",
    "达到或好于Ⅲ类水体比例33.3%,劣Ⅴ类水体比例0。",
    "主要污染物排放化学需氧量、氨氮、二氧化硫、氮氧化物分别下降*。",
]
EDITS["item_removed_renumbered"] = [("  3.城镇棚户区住房改造11615套。\n  责任单位:市住房城乡建设委\n", "")] + [
    (f"  {n}.{text}\n", f"  {n - 1}.{text}\n") for n, text in enumerate(_ITEMS, start=4)
]

# Headings: one renumbered, one moved to another parent (「(十八)」 now opens before 「3.拓宽融资渠道」),
# one added with its task (and, diffed backwards, removed).
PLANNING = "  (十八)建立规划保障机制\n"
EDITS["headings_changed"] = [
    ("  4.推进国际产能合作\n", "  5.推进国际产能合作\n"),
    ("  3.拓宽融资渠道\n", PLANNING + "  3.拓宽融资渠道\n"),
    (PLANNING + "  1.加强规划分工落实\n", "  1.加强规划分工落实\n"),
    ("  配合单位:市委宣传部等\n  四、", "  配合单位:市委宣传部等\n  4.强化考核问责\n  把规划实施情况纳入考核。\n  责任单位:市发展改革委\n  四、"),
]

# A unit written differently, and every kind of target change but value and pending.
RESEARCH_EDIT = ("高新技术企业达到100家;发明专利申请量和授权量年均增长10%;省级以上各类研发机构总数达到120个,",
                 "高新技术企业超过100家;发明专利申请量和授权量年均增长10%,")
PLATFORM_EDIT = ("创业导师团队达到100人,参加培训人数达到5000人,", "创业导师团队由50人增加到100人,参加培训人数达到5000人,孵化企业达到300家,")
EDITS["units_and_targets"] = [
    ("  7.单位地区生产总值能源消耗降低*。\n  牵头单位:市发展改革委\n", "  7.单位地区生产总值能源消耗降低*。\n  牵头单位:市发改委\n"),
    ("到2020年,确保3.86万", "到2019年,确保3.86万"),
    ("  4.耕地保有量171万亩。", "  4.耕地保有量171万公顷。"),
    ("  1.地区生产总值年均增长7%。", "  1.地区生产总值增长7%。"),
    RESEARCH_EDIT,
    PLATFORM_EDIT,
]

# Issue 11: a target's kind (goal → amount: 「每个」 makes it a per-unit parameter) and benchmark,
# and a task's deadline.
EDITS["kind_benchmark_deadline"] = [
    ("  3.城镇棚户区住房改造11615套。", "  3.城镇棚户区住房改造每个11615套。"),
    ("高于全省平均水平", "高于全国平均水平"),
    ("深化审批制度改革,实现一个窗口接件", "深化审批制度改革,2018年底前实现一个窗口接件"),
]

# 专栏 numbers in prose: 「专栏一」 is not a box number (ids keep it), 「专栏6」 is (ids leave it out).
BOX_REFERENCES = [("深化商事制度改革,允许", "深化商事制度改革(见专栏{}),允许"), ("深化审批制度改革,实现", "深化审批制度改革(见专栏{}),实现")]
EDITS["box_references_before"] = [(old, new.format(n)) for (old, new), n in zip(BOX_REFERENCES, ["6", "一"])]
EDITS["box_references_after"] = [(old, new.format(n)) for (old, new), n in zip(BOX_REFERENCES, ["7", "二"])]

COMBINED = ["lead_changed", "deng_removed", "target_value", "pending_filled", "task_added", "task_removed", "heading_renamed", "date_changed"]
EDITS["combined"] = [edit for name in COMBINED for edit in EDITS[name]]


# Revisions that change the whole notice: a unit renamed in all its 62 tasks (an institutional
# reform), and another notice (another 文号, signed by another issuer).
WHOLE = {
    "unit_reform": lambda text: text.replace("市工信委", "市工信局"),
    "unrelated": lambda text: text.replace("营政发〔2016〕45号", "辽政发〔2017〕3号").rstrip("\n") + "\n\n辽宁省人民政府\n2017年1月5日\n",
}


def revise(seed_text: str, edits: list[tuple[str, str]]) -> str:
    text = seed_text
    for old, new in edits:
        assert text.count(old) == 1, f"edit does not apply exactly once: {old!r}"
        text = text.replace(old, new)
    return text


@pytest.fixture(scope="module")
def revisions(tmp_path_factory, seed_text):
    """name → extraction of the revision, each extracted at most once."""
    from pipeline import extract

    folder = tmp_path_factory.mktemp("revisions")
    cache = {}

    def get(name: str):
        if name not in cache:
            path = folder / f"{name}.txt"
            path.write_text(WHOLE[name](seed_text) if name in WHOLE else revise(seed_text, EDITS[name]), encoding="utf-8")
            cache[name] = extract(path)
        return cache[name]

    return get


def summary(changes: list[Change]) -> list[tuple]:
    return [(c.kind, " > ".join(c.path), c.subject, c.old, c.new) for c in changes]


P_BINDING = "二、落实主要指标分工安排 > (一)约束性指标"
P_EXPECTED = "二、落实主要指标分工安排 > (二)预期性指标"
P_INNOVATE = "三、落实重点任务分工安排 > (一)实施创新驱动"
P_REFORM = "三、落实重点任务分工安排 > (二)全面深化改革"
P_EASE = P_INNOVATE + " > 3.创造创新创业宽松环境"
P_SERVICES = P_INNOVATE + " > 2.完善创新创业服务体系"
P_FINANCE = "三、落实重点任务分工安排 > (十七)强化要素保障 > 3.拓宽融资渠道"
APPROVAL = "深化审批制度改革,实现一个窗口接件、一颗印章审批。"
FOREST = "森林覆盖率达到45.22%,森林蓄积量达到0.0296亿立方米。"
ENERGY = "单位地区生产总值能源消耗降低*。"
FORESTRY = "深化集体林权制度改革,全面完成368万亩林地确权和林权发证,鼓励集体林地经营权和树木所有权、使用权流转,研究制定以林抵押贷款管理办法。"
ONLINE = "推进“互联网+政务服务”,实现网上办理。"
P_RESEARCH = P_INNOVATE + " > 1.构建以企业为主体的创新体系"
P_PLANNING = "三、落实重点任务分工安排 > (十八)建立规划保障机制"
RESEARCH = (
    "发挥中科院沈阳国家技术转移中心营口中心及有关大专院校技术转移中心的作用,实现科技成果转化。鼓励企业与高校、科研机构之间"
    "开展产学研用合作。到2020年,高新技术企业达到100家;发明专利申请量和授权量年均增长10%;省级以上各类研发机构总数达到120个,"
    "推进200项先进适用科技成果和技术转化。"
)
PLATFORM = (
    "建立和完善创新创业服务平台。建立和完善集技术供给、技术需求、供需对接、技术合同认定等于一体的技术交易信息服务平台。重点推进"
    "盼盼集团中国工程院院士专家工作站、生态健康环境建材检测中心、营口汽保检测设备支撑平台、营口市科技文献资源共享服务平台等服务平台"
    "建设。到2020年,各县(市)区、园区建成至少1个低成本、开放式、便利化、全要素的众创空间。新增创业服务平台10家,创业导师团队达到"
    "100人,参加培训人数达到5000人,举办各类创新创业竞赛、创业沙龙、创业培训等活动500场。"
)

SEED_TITLE = "关于落实《营口市国民经济和社会发展第十三个五年规划纲要》主要目标和任务工作分工的通知"

EXPECTED = {
    "lead_changed": [
        ("assignment_removed", P_EASE, "市编委办", "lead", None),
        ("assignment_added", P_EASE, "市政府办公室", None, "lead"),
    ],
    "cooperate_added": [("assignment_added", P_EXPECTED, "市财政局", None, "cooperate")],
    "unit_removed": [("assignment_removed", P_EASE, "市公安局", "cooperate", None)],
    "role_changed": [("role_changed", P_BINDING, "市住房城乡建设委", "responsible", "lead")],
    "deng_removed": [("open_ended_changed", P_SERVICES, None, ["cooperate"], [])],
    "target_value": [
        ("task_reworded", P_BINDING, None, FOREST, FOREST.replace("45.22", "46")),
        ("target_value_changed", P_BINDING, "森林覆盖率", "45.22%", "46%"),
    ],
    "pending_filled": [
        ("task_reworded", P_BINDING, None, ENERGY, ENERGY.replace("*", "15%")),
        ("target_pending_changed", P_BINDING, "单位地区生产总值能源消耗", "*", "15%"),
    ],
    "task_added": [("task_added", P_EASE, None, None, ONLINE)],
    "task_removed": [("task_removed", P_REFORM + " > 4.推动农村综合改革", None, FORESTRY, None)],
    "task_moved": [
        (
            "task_moved",
            P_REFORM + " > 3.深化财政投资价格改革",
            None,
            P_FINANCE.split(" > "),
            (P_REFORM + " > 3.深化财政投资价格改革").split(" > "),
        )
    ],
    "task_reworded": [
        ("task_reworded", P_EASE, None, APPROVAL, "深化审批制度改革,全面实现一个窗口受理、一颗印章审批。"),
    ],
    "heading_renamed": [("section_renamed", "三、落实重点任务分工安排 > (一)实施创新驱动发展战略", None, "实施创新驱动", "实施创新驱动发展战略")],
    "date_changed": [("metadata_changed", "", "date", "2016-12-31", "2017-01-05")],
    "box_renumbered": [
        ("task_renumbered", "三、落实重点任务分工安排 > (十三)实施扶贫攻坚工程 > 2.实施精准扶贫", None, "专栏6", "专栏7"),
    ],
    "items_swapped": [
        ("task_renumbered", P_EXPECTED, None, "2.", "1."),
        ("task_renumbered", P_EXPECTED, None, "1.", "2."),
    ],
    "item_removed_renumbered": [
        ("task_removed", P_BINDING, None, "城镇棚户区住房改造11615套。", None),
        ("items_renumbered", P_BINDING, "-1", "4–12", "3–11"),
    ],
    "unit_reform": [("unit_replaced", "", None, "市工信委", "市工信局")],
    "unrelated": [("notices_unrelated", "", None, "营政发〔2016〕45号 营口市人民政府 " + SEED_TITLE, "辽政发〔2017〕3号 辽宁省人民政府 " + SEED_TITLE)],
    "headings_changed": [
        ("section_renumbered", "三、落实重点任务分工安排 > (十一)培育外贸竞争新优势 > 5.推进国际产能合作", "推进国际产能合作", "4.", "5."),
        ("section_moved", P_PLANNING + " > 3.拓宽融资渠道", None, P_FINANCE.split(" > ")[:-1], P_PLANNING.split(" > ")),
        ("section_added", P_PLANNING + " > 4.强化考核问责", None, None, "4.强化考核问责"),
        ("task_added", P_PLANNING + " > 4.强化考核问责", None, None, "把规划实施情况纳入考核。"),
    ],
    "kind_benchmark_deadline": [
        ("task_reworded", P_BINDING, None, "城镇棚户区住房改造11615套。", "城镇棚户区住房改造每个11615套。"),
        ("target_kind_changed", P_BINDING, "城镇棚户区住房改造", "goal", "amount"),
        ("task_reworded", P_EXPECTED, None, "外贸出口额、外商直接投资高于全省平均水平。", "外贸出口额、外商直接投资高于全国平均水平。"),
        ("target_benchmark_changed", P_EXPECTED, "外贸出口额", "全省平均水平", "全国平均水平"),
        ("target_benchmark_changed", P_EXPECTED, "外商直接投资", "全省平均水平", "全国平均水平"),
        ("task_reworded", P_EASE, None, APPROVAL, APPROVAL.replace("改革,实现", "改革,2018年底前实现")),
        ("deadline_changed", P_EASE, None, [], ["2018年底前"]),
    ],
    "units_and_targets": [
        ("task_reworded", P_BINDING, None, "到2020年,确保3.86万国标贫困人口全部实现脱贫。", "到2019年,确保3.86万国标贫困人口全部实现脱贫。"),
        ("target_year_changed", P_BINDING, "国标贫困人口", 2020, 2019),
        ("task_reworded", P_BINDING, None, "耕地保有量171万亩。", "耕地保有量171万公顷。"),
        ("target_unit_changed", P_BINDING, "耕地保有量", "万亩", "万公顷"),
        ("unit_renamed", P_BINDING, "营口市发展和改革委员会", "市发展改革委", "市发改委"),
        ("task_reworded", P_EXPECTED, None, "地区生产总值年均增长7%。", "地区生产总值增长7%。"),
        ("target_annual_changed", P_EXPECTED, "地区生产总值", True, False),
        ("task_reworded", P_RESEARCH, None, RESEARCH, RESEARCH.replace(*RESEARCH_EDIT)),
        ("target_removed", P_RESEARCH, "省级以上各类研发机构总数", "120个", None),
        ("target_comparator_changed", P_RESEARCH, "高新技术企业", "reach", "at_least"),
        ("task_reworded", P_SERVICES, None, PLATFORM, PLATFORM.replace(*PLATFORM_EDIT)),
        ("target_added", P_SERVICES, "孵化企业", None, "300家"),
        ("target_baseline_changed", P_SERVICES, "创业导师团队", None, "50"),
    ],
}


def _under_renamed_heading(name: str) -> list[tuple]:
    """EXPECTED[name] with the heading of "heading_renamed" renamed in every path."""
    return [(k, p.replace("实施创新驱动", "实施创新驱动发展战略"), s, o, n) for k, p, s, o, n in EXPECTED[name]]


EXPECTED["combined"] = [
    *EXPECTED["date_changed"],
    *EXPECTED["pending_filled"],
    *EXPECTED["target_value"],
    *EXPECTED["heading_renamed"],
    *_under_renamed_heading("deng_removed"),
    *_under_renamed_heading("lead_changed"),
    *_under_renamed_heading("task_added"),
    *EXPECTED["task_removed"],
]


# ---------------------------------------------------------------------------------------------
# 1. Stable ids


def test_reextracting_gives_the_same_ids(seed):
    from pipeline import extract

    again = extract(SEED)
    assert [t.id for t in again.tasks] == [t.id for t in seed.tasks]
    assert [s.id for s in again.sections] == [s.id for s in seed.sections]
    assert [g.id for g in again.targets] == [g.id for g in seed.targets]


@pytest.mark.parametrize("name", ["task_added", "task_removed", "task_moved", "items_swapped", "item_removed_renumbered", "combined"])
def test_untouched_tasks_keep_their_ids(name, seed, revisions):
    """Every task whose text is unchanged keeps its id when others are inserted, deleted,
    moved or renumbered around it."""
    new = revisions(name)
    old_by_text = {t.text: t.id for t in seed.tasks}
    kept = {t.text: t.id for t in new.tasks if t.text in old_by_text}
    assert kept == {text: old_by_text[text] for text in kept}
    unchanged = {"task_added": 220, "task_removed": 219, "task_moved": 220, "items_swapped": 220,
                 "item_removed_renumbered": 219, "combined": 217}
    assert len(kept) == unchanged[name]


def test_renumbered_items_keep_their_ids_and_targets(seed, revisions):
    new = revisions("item_removed_renumbered")
    old_forest = next(t for t in seed.tasks if t.text == FOREST)
    new_forest = next(t for t in new.tasks if t.text == FOREST)
    assert (old_forest.label, new_forest.label) == ("9.", "8.")
    assert new_forest.id == old_forest.id == "t2b6dd55ffc"
    assert new_forest.targets == old_forest.targets == ["t2b6dd55ffc.gc5973320b4", "t2b6dd55ffc.g91ad271b86"]


def test_renamed_heading_keeps_task_ids_and_renumbered_heading_keeps_its_id(seed, revisions):
    new = revisions("heading_renamed")
    assert [t.id for t in new.tasks] == [t.id for t in seed.tasks]
    changed = [(a.id, b.id) for a, b in zip(seed.sections, new.sections) if a.id != b.id]
    assert changed == [("se908435e7a", "sc9e8e1d043")]  # the renamed heading's id hashes its title
    renumbered = revisions("item_removed_renumbered")  # no heading renumbered here: sections identical
    assert [s.id for s in renumbered.sections] == [s.id for s in seed.sections]


def test_renumbering_a_box_keeps_the_task_id(seed, revisions):
    new = revisions("box_renumbered")
    assert [t.id for t in new.tasks] == [t.id for t in seed.tasks]


# ---------------------------------------------------------------------------------------------
# 2. Alignment and change records, one revision per change kind


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_revision_report(name, seed, revisions):
    assert summary(diff_extractions(seed, revisions(name))) == EXPECTED[name]


def test_a_unit_replaced_everywhere_is_one_change(seed, revisions):
    (change,) = diff_extractions(seed, revisions("unit_reform"))
    assert (change.kind, change.old, change.new, change.count) == ("unit_replaced", "市工信委", "市工信局", 62)
    assert render_text([change]) == "notice\n  unit replaced in 62 tasks: 市工信委 → 市工信局\n"


def test_a_renumbered_run_is_one_change_and_removed_tasks_list_their_units(seed, revisions):
    removed, run = diff_extractions(seed, revisions("item_removed_renumbered"))
    assert (removed.units, removed.old_line, removed.new_line) == ([("responsible", "市住房城乡建设委")], 21, None)
    assert (run.count, run.subject, run.old_line, run.new_line) == (9, "-1", 23, 21)
    assert render_text([removed, run]) == (
        f"{P_BINDING}\n  task removed: [-城镇棚户区住房改造11615套。-] (责任 市住房城乡建设委)\n"
        "  items 4–12 renumbered -1 (now 3–11; 9 tasks)\n"
    )


def test_json_changes_carry_line_numbers_on_both_sides(seed, seed_text, revisions):
    changes = diff_extractions(seed, revisions("combined"))
    assert [(c.kind, c.old_line, c.new_line) for c in changes] == [
        ("metadata_changed", None, None),  # the date has no span
        ("task_reworded", 29, 29), ("target_pending_changed", 29, 29),
        ("task_reworded", 34, 34), ("target_value_changed", 34, 34),
        ("section_renamed", 80, 80), ("open_ended_changed", 90, 90),
        ("assignment_removed", 99, 99), ("assignment_added", 99, 99),
        ("task_added", None, 102),  # inserted after the task of line 99 and its two unit lines
        ("task_removed", 166, None),
    ]
    assert "  " + seed_text.splitlines()[165].strip() == "  " + FORESTRY


def test_identical_inputs_have_no_changes(seed):
    assert diff_extractions(seed, seed) == []


BACKWARDS = {
    "task_added": [("task_removed", P_EASE, None, ONLINE, None)],
    "headings_changed": [
        ("section_renumbered", "三、落实重点任务分工安排 > (十一)培育外贸竞争新优势 > 4.推进国际产能合作", "推进国际产能合作", "5.", "4."),
        ("section_moved", P_FINANCE, None, P_PLANNING.split(" > "), P_FINANCE.split(" > ")[:-1]),
        ("section_removed", P_PLANNING + " > 4.强化考核问责", None, "4.强化考核问责", None),
        ("task_removed", P_PLANNING + " > 4.强化考核问责", None, "把规划实施情况纳入考核。", None),
    ],
}


def test_every_change_kind_has_an_expected_report():
    stated = {row[0] for rows in [*EXPECTED.values(), *BACKWARDS.values()] for row in rows}
    assert sorted(stated, key=KINDS.index) == list(KINDS)


@pytest.mark.parametrize("name", sorted(BACKWARDS))
def test_reverse_report(name, seed, revisions):
    assert summary(diff_extractions(revisions(name), seed)) == BACKWARDS[name]


def test_box_numbers_in_prose_are_renumbering_only_when_ids_leave_them_out(revisions):
    """「专栏6」→「专栏7」 is renumbering (as for a box's own title); 「专栏一」→「专栏二」 is no box
    number, so the text is reworded. Neither goes unreported."""
    changes = diff_extractions(revisions("box_references_before"), revisions("box_references_after"))
    approval = "深化审批制度改革(见专栏{}),实现一个窗口接件、一颗印章审批。"
    assert summary(changes) == [
        ("task_renumbered", P_EASE, None, "专栏6", "专栏7"),
        ("task_reworded", P_EASE, None, approval.format("一"), approval.format("二")),
    ]


def test_reworded_task_ids_and_character_diff(seed, revisions):
    (change,) = diff_extractions(seed, revisions("task_reworded"))
    assert (change.old_id, change.new_id) == ("td839eab6a0", "t2fd6dc3f68")
    assert change.diff == [
        ("=", "深化审批制度改革,"),
        ("+", "全面"),
        ("=", "实现一个窗口"),
        ("-", "接件"),
        ("+", "受理"),
        ("=", "、一颗印章审批。"),
    ]


def test_target_value_diff_shows_whole_numbers():
    assert char_diff(FOREST, FOREST.replace("45.22", "46")) == [
        ("=", "森林覆盖率达到"),
        ("-", "45.22"),
        ("+", "46"),
        ("=", "%,森林蓄积量达到0.0296亿立方米。"),
    ]
    assert char_diff(ENERGY, ENERGY.replace("*", "15%")) == [("=", "单位地区生产总值能源消耗降低"), ("-", "*"), ("+", "15%"), ("=", "。")]


def test_task_threshold_separates_rewording_from_different_tasks(seed):
    """0.8: above the most similar pair of different tasks in the seed, below a real rewording."""
    texts = {t.text for t in seed.tasks}
    urban = next(t for t in texts if t.startswith("城镇常住居民人均可支配收入"))
    rural = next(t for t in texts if t.startswith("农村常住居民人均可支配收入"))
    assert round(similarity(urban, rural), 3) == 0.774 < TASK_THRESHOLD
    assert round(similarity(APPROVAL, "深化审批制度改革,全面实现一个窗口受理、一颗印章审批。"), 3) == 0.885 >= TASK_THRESHOLD
    assert round(similarity(FOREST, FOREST.replace("45.22", "46")), 3) == 0.918 >= TASK_THRESHOLD
    # no two different tasks of the seed are aligned to each other
    mapping = align_tasks(seed.tasks[:110], seed.tasks[110:])
    assert mapping == {}


# ---------------------------------------------------------------------------------------------
# 3. Reports


def test_text_report_golden(seed, revisions, file_regression):
    file_regression.check(render_text(diff_extractions(seed, revisions("combined"))), extension=".txt")


def test_json_report_golden(seed, revisions, file_regression):
    file_regression.check(render_json(diff_extractions(seed, revisions("combined"))), extension=".json")


def test_markdown_report_golden(seed, revisions, file_regression):
    report = render_markdown(diff_extractions(seed, revisions("combined")), "OLD.txt", "NEW.txt")
    file_regression.check(report, extension=".md")


def test_json_report_is_deterministic_and_complete(seed, revisions):
    changes = diff_extractions(seed, revisions("combined"))
    report = render_json(changes)
    assert report == render_json(diff_extractions(seed, revisions("combined")))
    data = json.loads(report)
    assert report == json.dumps(data, ensure_ascii=False, indent=2, sort_keys=True) + "\n"  # keys sorted
    assert "\\u" not in report  # Chinese as written
    assert list(data) == ["changes"]
    assert [c["kind"] for c in data["changes"]] == [row[0] for row in EXPECTED["combined"]]
    assert data["changes"][0] == {"kind": "metadata_changed", "path": [], "old_id": None, "new_id": None, "task": None,
                                  "subject": "date", "old": "2016-12-31", "new": "2017-01-05", "diff": None,
                                  "old_line": None, "new_line": None, "units": None, "count": None}
    assert data["changes"] == [c.model_dump(mode="json") for c in changes]


def test_colour_only_when_asked(seed, revisions):
    from pipeline.commands.diff import use_colour

    changes = diff_extractions(seed, revisions("target_value"))
    task = "  task 9.森林覆盖率达到46%,森林蓄积量达到0.0296… [t2b6dd55ffc → td87c0f11af]\n"
    target = "    target 森林覆盖率 value: 45.22% → 46%\n"
    assert render_text(changes) == (
        f"{P_BINDING}\n{task}    reworded: 森林覆盖率达到[-45.22-]{{+46+}}%,森林蓄积量达到0.0296亿立方米。\n{target}"
    )
    assert render_text(changes, colour=True) == (
        f"\033[1m{P_BINDING}\033[0m\n{task}"
        "    reworded: 森林覆盖率达到\033[31m[-45.22-]\033[0m\033[32m{+46+}\033[0m%,森林蓄积量达到0.0296亿立方米。\n"
        f"{target}"
    )

    class Terminal:
        def isatty(self):
            return True

    assert use_colour(Terminal(), {}) is True
    assert use_colour(Terminal(), {"NO_COLOR": "1"}) is False
    assert use_colour(io.StringIO(), {}) is False


def test_markdown_escapes_pending_star(seed, revisions):
    report = render_markdown(diff_extractions(seed, revisions("pending_filled")))
    assert report == (
        "# fengong diff: `OLD` → `NEW`\n\n2 changes.\n\n"
        f"## {P_BINDING}\n\n"
        "- task 7.单位地区生产总值能源消耗降低15%。 (`te310df1e7e` → `t60f00dfb2d`)\n"
        "  - reworded: 单位地区生产总值能源消耗降低~~\\*~~**15%**。\n"
        "  - target 单位地区生产总值能源消耗 pending: ~~\\*~~ → **15%**\n"
    )


# ---------------------------------------------------------------------------------------------
# The command: sides as notices or extracted JSON, exit status like diff(1), one-line errors


def fengong(*args: str) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "pipeline", *args], cwd=ROOT, capture_output=True, text=True)


@pytest.fixture(scope="module")
def sides(tmp_path_factory, seed_text, revisions):
    from pipeline.export import to_json

    folder = tmp_path_factory.mktemp("sides")
    (folder / "new.txt").write_text(revise(seed_text, EDITS["date_changed"]), encoding="utf-8")
    (folder / "new.json").write_bytes(to_json(revisions("date_changed")))
    (folder / "other.json").write_text('{"tasks": []}', encoding="utf-8")
    (folder / "broken.json").write_text('{"schema_version": "2", ', encoding="utf-8")
    (folder / "future.json").write_text('{"schema_version": "3"}', encoding="utf-8")
    (folder / "incomplete.json").write_text('{"schema_version": "2"}', encoding="utf-8")
    return folder


def test_cli_notice_against_extraction(sides):
    result = fengong("diff", str(ROOT / "extracted" / "yingkou_2016_45_shisanwu_fengong.json"), str(sides / "new.txt"))
    assert (result.returncode, result.stderr) == (1, "")
    assert result.stdout == "notice\n  date: 2016-12-31 → 2017-01-05\n"


def test_cli_json_format_and_no_differences(sides, capsys):
    from pipeline.cli import main

    assert main(["diff", str(sides / "new.json"), str(sides / "new.txt"), "--format", "json"]) == 0
    assert capsys.readouterr() == ('{\n  "changes": []\n}\n', "")
    result = fengong("diff", str(SEED), str(sides / "new.json"), "--format", "json")
    assert result.returncode == 1
    assert json.loads(result.stdout)["changes"] == [
        {"kind": "metadata_changed", "path": [], "old_id": None, "new_id": None, "task": None, "subject": "date",
         "old": "2016-12-31", "new": "2017-01-05", "diff": None, "old_line": None, "new_line": None, "units": None, "count": None}
    ]


def test_cli_markdown_format(sides, capsys):
    from pipeline.cli import main

    new = sides / "new.txt"
    assert main(["diff", str(SEED), str(new), "--format", "md"]) == 1
    assert capsys.readouterr() == (
        f"# fengong diff: `{SEED}` → `{new}`\n\n1 change.\n\n## notice\n\n- date: ~~2016-12-31~~ → **2017-01-05**\n",
        "",
    )


@pytest.mark.parametrize(
    "name, problem",
    [
        ("missing.txt", "no such file"),
        ("other.json", 'a JSON file that is not a fengong extraction (no "schema_version")'),
        ("broken.json", "invalid JSON: Expecting property name enclosed in double quotes: line 1 column 25 (char 24)"),
        ("future.json", "unsupported schema_version '3' (this fengong reads \"2\")"),
        ("incomplete.json", "not a valid extraction: source: Field required"),
    ],
    ids=["missing", "not-an-extraction", "broken-json", "other-schema-version", "invalid-extraction"],
)
def test_cli_errors_are_one_line_with_status_2(name, problem, sides, capsys):
    from pipeline.cli import main

    path = str(sides / name)
    assert main(["diff", path, str(sides / "new.txt")]) == 2
    captured = capsys.readouterr()
    assert (captured.out, captured.err) == ("", f"fengong: error: {path}: {problem}\n")


def test_cli_compares_two_folders_stem_by_stem(tmp_path, seed_text, capsys):
    from pipeline.cli import main

    old, new = tmp_path / "old", tmp_path / "new"
    old.mkdir(), new.mkdir()
    (old / "ref.txt").write_text(seed_text, encoding="utf-8")
    (new / "ref.txt").write_text(revise(seed_text, EDITS["item_removed_renumbered"]), encoding="utf-8")
    (old / "same.txt").write_text(seed_text, encoding="utf-8")
    (new / "same.txt").write_text(seed_text, encoding="utf-8")
    (new / "other.txt").write_text(WHOLE["unrelated"](seed_text), encoding="utf-8")
    (old / "other.txt").write_text(seed_text, encoding="utf-8")
    (old / "gone.txt").write_text(seed_text, encoding="utf-8")
    assert main(["diff", str(old), str(new)]) == 1
    out = capsys.readouterr().out
    assert out.splitlines()[:6] == [
        f"{old} → {new}: 4 notices, 2 changed, 0 only in NEW, 1 only in OLD",
        "  gone: only in OLD",
        "  other: 1 change: 1 notices_unrelated",
        "  ref: 2 changes: 1 task_removed, 1 items_renumbered",
        "  same: no changes",
        "",
    ]
    assert "== ref ==\n" + f"{P_BINDING}\n  task removed: [-城镇棚户区住房改造11615套。-] (责任 市住房城乡建设委)\n" in out
    assert main(["diff", str(old), str(new), "--format", "json"]) == 1
    notices = json.loads(capsys.readouterr().out)["notices"]
    assert [(n["stem"], n["status"], n["summary"]) for n in notices] == [
        ("gone", "removed", {}), ("other", "changed", {"notices_unrelated": 1}),
        ("ref", "changed", {"task_removed": 1, "items_renumbered": 1}), ("same", "unchanged", {}),
    ]
    assert notices[2]["changes"][1]["old_line"] == 23 and notices[2]["changes"][1]["new_line"] == 21
