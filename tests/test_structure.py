import pytest

from pipeline.structure.lines import assign_levels, classify, split_lines


def one_line(text: str):
    return classify(split_lines(text))[0]


@pytest.mark.parametrize(
    "text, scheme, label, title",
    [
        pytest.param("  一、分工原则", "cn_comma", "一、", "分工原则", id="cn-comma"),
        pytest.param("  (一)约束性指标", "cn_paren", "(一)", "约束性指标", id="cn-paren-ascii"),
        pytest.param("\u3000（十二）加快沿海经济带开发开放步伐", "cn_paren", "（十二）", "加快沿海经济带开发开放步伐", id="cn-paren-full-width"),
        pytest.param("  1.构建以企业为主体的创新体系", "arabic_dot", "1.", "构建以企业为主体的创新体系", id="arabic-dot"),
        pytest.param("3、深化改革", "arabic_dot", "3、", "深化改革", id="arabic-comma"),
        pytest.param("１．强化项目支撑", "arabic_dot", "１．", "强化项目支撑", id="arabic-full-width"),
        pytest.param("(2)完善机制", "arabic_paren", "(2)", "完善机制", id="arabic-paren"),
        pytest.param("①加强监督", "circled", "①", "加强监督", id="circled"),
        pytest.param("第三章 创新驱动", "chapter", "第三章", "创新驱动", id="chapter"),
        pytest.param("第二节 产业", "part", "第二节", "产业", id="part"),
        pytest.param("第十条 分工", "article", "第十条", "分工", id="article"),
        pytest.param(
            "  (一)正确处理政府与市场的关系。使市场在资源配置中发挥决定性作用。",
            "cn_paren",
            "(一)",
            "正确处理政府与市场的关系",
            id="title-stops-at-first-full-stop",
        ),
        pytest.param("  3.深化财政投资价格改革。", "arabic_dot", "3.", "深化财政投资价格改革", id="title-trailing-full-stop"),
    ],
)
def test_heading(text, scheme, label, title):
    line = one_line(text)
    assert (line.kind, line.scheme, line.label, line.title) == ("heading", scheme, label, title)
    assert text[line.title_start : line.title_start + len(title)] == title


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("2020年,公路总里程达到4802.4公里", id="year-is-not-a-number-heading"),
        pytest.param("1.3%以上", id="decimal-is-not-a-heading"),
        pytest.param("  鼓励企业建设企业技术中心。", id="body"),
    ],
)
def test_not_heading(text):
    assert one_line(text).kind == "body"


@pytest.mark.parametrize(
    "text, role, units",
    [
        pytest.param("  牵头单位:市发展改革委", "lead", "市发展改革委", id="half-width-colon"),
        pytest.param("\u3000配合单位：市工信委、市交通局等", "cooperate", "市工信委、市交通局等", id="full-width-colon"),
        pytest.param("  责任单位:市环保局", "responsible", "市环保局", id="responsible"),
        pytest.param("  牵头单位:市住房城乡建设委。", "lead", "市住房城乡建设委", id="stray-full-stop"),
        pytest.param("  配合单位:各有关部门。", "cooperate", "各有关部门", id="stray-full-stop-collective"),
        pytest.param("  责任单位:市民委(宗教局)。", "responsible", "市民委(宗教局)", id="parenthesis-then-full-stop"),
        pytest.param("牽頭單位：市發展改革委", "lead", "市發展改革委", id="traditional"),
        pytest.param("牵头部门：市科技局", "lead", "市科技局", id="department-label"),
    ],
)
def test_unit_line(text, role, units):
    line = one_line(text)
    assert (line.kind, line.role) == ("unit", role)
    assert text[line.units_start : line.units_end] == units


@pytest.mark.parametrize(
    "text, kind, label, title",
    [
        pytest.param("  专栏1 “互联网+”行动计划", "box", "专栏1", "“互联网+”行动计划", id="box"),
        pytest.param("  专栏6 “七个一批”工程。", "box", "专栏6", "“七个一批”工程", id="box-full-stop"),
        pytest.param("  ——高效种植业。重点发展粮食、果品。", "bullet", "——", "高效种植业", id="bullet"),
    ],
)
def test_box_and_bullet(text, kind, label, title):
    line = one_line(text)
    assert (line.kind, line.label, line.title) == (kind, label, title)
    assert text[line.title_start : line.title_start + len(title)] == title


def test_levels_follow_the_schemes_a_document_uses():
    lines = classify(split_lines("第一章 总则\n一、目标\n(一)产业\n1.工业\n"))
    assert assign_levels(lines) == {"chapter": 1, "cn_comma": 2, "cn_paren": 3, "arabic_dot": 4}
    lines = classify(split_lines("一、目标\n1.工业\n"))
    assert assign_levels(lines) == {"cn_comma": 1, "arabic_dot": 2}


def test_line_offsets_survive_crlf_and_indentation():
    text = "一、目标\r\n\u3000\u3000牵头单位：市科技局\r\n"
    lines = classify(split_lines(text))
    unit = lines[1]
    assert (unit.number, text[unit.start : unit.end]) == (2, "牵头单位：市科技局")
    assert text[unit.units_start : unit.units_end] == "市科技局"


# Issue 10, item 6: a numbered line that is a task is its headings' sibling, and a task whose
# block could not be read stays a task (with no assignment), never a heading over the next ones.
SIBLINGS = (
    "一、重点任务\n"
    "（一）推进数字政府建设。加快政务数据共享（市数据局牵头负责\n"
    "（二）优化营商环境。深化改革。（市发展改革委牵头，市市场监管局配合）\n"
    "（三）强化要素保障\n"
    "1.加强用地保障。\n"
    "责任单位：市自然资源局\n"
    "（四）做好宣传引导。（市委宣传部负责）\n"
)


def test_a_task_is_never_filed_under_its_sibling_and_an_unread_block_stays_a_task(tmp_path):
    from pipeline import extract

    path = tmp_path / "siblings.txt"
    path.write_text(SIBLINGS, encoding="utf-8")
    result = extract(path)
    assert [(t.path, t.label, [(a.role, a.unit) for a in t.assignments]) for t in result.tasks] == [
        (["一、重点任务"], "（一）", []),
        (["一、重点任务"], "（二）", [("lead", "市发展改革委"), ("cooperate", "市市场监管局")]),
        (["一、重点任务", "（三）强化要素保障"], "1.", [("responsible", "市自然资源局")]),
        (["一、重点任务"], "（四）", [("responsible", "市委宣传部")]),
    ]
    assert [(d.line, d.code) for d in result.diagnostics if d.code == "unparsed_assignment"] == [(2, "unparsed_assignment")]
