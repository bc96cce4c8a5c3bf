"""HTML → the notice body as lines: chrome dropped, breaks, entities, encodings, tables, metadata."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from conftest import FORMS
from pipeline.errors import InputError
from pipeline.read import read_document
from pipeline.read.html import html_to_text

CORPUS = Path(__file__).resolve().parent / "data" / "corpus"


def lines(markup: str | bytes) -> list[str]:
    data = markup.encode("utf-8") if isinstance(markup, str) else markup
    text, _, _ = html_to_text("page.html", data)
    assert text.endswith("\n")
    return text.splitlines()


def page(body: str) -> str:
    return f'<html><head><meta charset="utf-8"><title>页面标题</title></head><body>{body}</body></html>'


# ---------------------------------------------------------------- line breaks, entities, whitespace

SNIPPETS = [
    (
        "block_elements_and_br_break_lines",
        "<h1>一、总体要求</h1><p>（一）加强领导。</p><div>牵头单位：市发展改革委<br>配合单位：市财政局</div>"
        "<ul><li>甲</li><li>乙</li></ul>",
        ["一、总体要求", "（一）加强领导。", "牵头单位：市发展改革委", "配合单位：市财政局", "甲", "乙"],
    ),
    (
        "inline_elements_do_not_break",
        '<p><span style="font-family:黑体">牵头单位</span>：<b>市生态</b><font>环境局</font></p>',
        ["牵头单位：市生态环境局"],
    ),
    (
        "entities_decoded",
        "<p>&#x4E00;、&ldquo;放管服&rdquo;改革&mdash;&mdash;持续推进&amp;深化</p>",
        ["一、“放管服”改革——持续推进&深化"],
    ),
    (
        "whitespace_collapsed_and_indentation_dropped",
        "<p>&nbsp;&nbsp;&emsp;新增绿道&nbsp;30&nbsp;&nbsp;公里，\t提升 quality   of life。</p>",
        ["新增绿道 30 公里， 提升 quality of life。"],
    ),
    (
        "source_line_wrap_between_chinese_characters_is_not_a_space",
        "<p>按照党中央、国务院决策部署，\n   京津冀率先开展\r\n试点。</p>",
        ["按照党中央、国务院决策部署，京津冀率先开展试点。"],
    ),
    (
        "at_most_one_empty_line",
        "<p>标题</p><p><br></p><p><br></p><br><br><p>正文</p><p><br></p>",
        ["标题", "", "正文"],
    ),
    (
        "scripts_styles_forms_and_chrome_dropped",
        '<nav>首页 政务公开</nav><header>临江市人民政府</header><script>var a="牵头单位：x";</script>'
        "<style>p{}</style><noscript>请启用脚本</noscript><form>搜索</form><iframe>框架</iframe>"
        '<div class="breadcrumb">当前位置：首页</div><p>正文第一段。</p><p style="display:none">隐藏文字</p>'
        "<footer>版权所有 网站地图</footer>",
        ["正文第一段。"],
    ),
    (
        "text_after_a_dropped_element_is_kept",
        "<p>正文<script>x()</script>继续。</p>",
        ["正文继续。"],
    ),
    (
        "malformed_html_still_gives_text",
        "<div><p>一、总体要求<b>加粗</p></i>尾文字<table><tr><td>单元格",
        ["一、总体要求加粗", "尾文字", "单元格"],
    ),
    (
        "layout_table_with_a_nested_table_is_read_as_blocks",
        '<div class="TRS_Editor"><table><tr><td><p>正文甲。</p><table><tr><td>序号</td><td>任务</td><td>责任单位</td></tr>'
        "<tr><td>1</td><td>任务一。</td><td>市水务局</td></tr></table></td><td>落款文字</td></tr></table></div>",
        ["正文甲。", "1.任务一。", "责任单位：市水务局", "落款文字"],
    ),
    (
        "table_without_unit_columns",
        "<p>主要指标</p><table><tr><th>指标</th><th>目标值</th></tr><tr><td>森林覆盖率</td><td>45.22%</td></tr></table>",
        ["主要指标", "指标；目标值", "森林覆盖率；45.22%"],
    ),
    (
        "table_with_unit_columns_rowspan_colspan_and_br",
        "<table><tr><td><b>序号</b></td><td>工作任务</td><td>牵头单位</td><td>配合单位</td></tr>"
        '<tr><td colspan="4">一、优化营商环境</td></tr>'
        '<tr><td>1</td><td>任务一。</td><td rowspan="2">市市场监管局</td><td>市公安局<br>市税务局</td></tr>'
        "<tr><td>2</td><td><p>任务二第一段。</p><p>任务二第二段。</p></td><td>&nbsp;</td></tr></table>",
        [
            "一、优化营商环境",
            "1.任务一。",
            "牵头单位：市市场监管局",
            "配合单位：市公安局、市税务局",
            "2.任务二第一段。任务二第二段。",
            "牵头单位：市市场监管局",
        ],
    ),
]


@pytest.mark.parametrize("body, expected", [case[1:] for case in SNIPPETS], ids=[case[0] for case in SNIPPETS])
def test_snippet_lines(body, expected):
    assert lines(page(body)) == expected


# ---------------------------------------------------------------- finding the body

BODIES = [
    (
        "named_content_container_wins_over_the_rest_of_the_page",
        '<div class="side">友情链接：某某网、某某网、某某网、某某网、某某网</div>'
        '<div class="article"><h1>标题在外</h1><div id="zoom"><p>一、正文在内。</p>'
        "<p>牵头单位：市科技局</p></div></div>",
        ["一、正文在内。", "牵头单位：市科技局"],
    ),
    (
        "a_small_container_named_content_is_not_the_body",
        '<div class="content">热点</div>'
        "<div><p>一、这里才是通知的正文，文字远多于任何小部件。</p><p>牵头单位：市财政局</p></div>",
        ["一、这里才是通知的正文，文字远多于任何小部件。", "牵头单位：市财政局"],
    ),
    (
        "without_a_named_container_the_dominant_block_is_the_body",
        "<div><div>网站导航 新闻中心</div>"
        "<div><p>一、正文第一段，说明工作任务和要求。</p><p>二、正文第二段，说明保障措施和分工。</p></div></div>",
        ["一、正文第一段，说明工作任务和要求。", "二、正文第二段，说明保障措施和分工。"],
    ),
]


@pytest.mark.parametrize("body, expected", [case[1:] for case in BODIES], ids=[case[0] for case in BODIES])
def test_finding_the_body(body, expected):
    assert lines(page(body)) == expected


# ---------------------------------------------------------------- metadata

def test_metadata_table_is_read_and_left_out_of_the_text():
    markup = page(
        "<table><tr><td><b>索 引 号：</b></td><td>000014349/2018-00212</td><td>主题分类:</td><td>劳动就业</td></tr>"
        "<tr><td>发文机关：</td><td>国务院</td><td>成文日期：</td><td>2018年11月16日</td></tr>"
        '<tr><td>标&emsp;&emsp;题：</td><td colspan="3">国务院关于促进就业的意见</td></tr>'
        "<tr><td>发文字号：</td><td>国发〔2018〕39号</td><td>发布日期：</td><td></td></tr></table>"
        '<div id="UCAP-CONTENT"><p>国务院关于促进就业的意见</p><p>一、支持企业稳定发展</p></div>'
    )
    text, encoding, metadata = html_to_text("page.html", markup.encode("utf-8"))
    assert text == "国务院关于促进就业的意见\n一、支持企业稳定发展\n"
    assert encoding == "utf-8"
    assert metadata == {
        "索引号": "000014349/2018-00212",
        "主题分类": "劳动就业",
        "发文机关": "国务院",
        "成文日期": "2018年11月16日",
        "标题": "国务院关于促进就业的意见",
        "发文字号": "国发〔2018〕39号",
    }  # an empty value (发布日期) is not recorded


def test_a_portal_metadata_line_is_read_where_no_table_states_the_fields():
    """Portals put the fields on one line of the page's chrome; the body text is unchanged."""
    markup = page(
        '<div class="meta">索引号：ABC-0105-2026-00072　　发文字号：某发改能源〔2026〕27号　　成文日期：2026-04-15'
        "　　发布日期：2026-04-21　　来源：市发展改革委</div>"
        '<div class="content"><p>关于印发某市分布式光伏发电规范发展实施方案的通知</p><p>一、总体要求</p></div>'
    )
    text, _, metadata = html_to_text("page.html", markup.encode("utf-8"))
    assert metadata == {
        "索引号": "ABC-0105-2026-00072",
        "发文字号": "某发改能源〔2026〕27号",
        "成文日期": "2026-04-15",
        "发布日期": "2026-04-21",
    }  # 来源 is no metadata label: the last value stops at the wide space before it
    assert "成文日期" not in text


def test_a_sentence_naming_one_label_is_no_metadata_line():
    markup = page("<p>本方案自成文日期：2026年4月15日起施行，有效期3年。</p><p>一、正文。</p>")
    _, _, metadata = html_to_text("page.html", markup.encode("utf-8"))
    assert metadata == {}


def test_a_single_label_like_cell_in_the_body_is_not_metadata():
    markup = page("<table><tr><td>标题：</td><td>某项工作</td></tr></table><p>一、正文。</p>")
    text, _, metadata = html_to_text("page.html", markup.encode("utf-8"))
    assert metadata == {}
    assert text.splitlines() == ["标题：；某项工作", "一、正文。"]


# ---------------------------------------------------------------- encodings

BODY = "<p>一、牵头单位：市发展改革委——推进</p>"
ENCODINGS = [
    ("meta_charset_gb2312_decoded_as_gb18030", f'<html><head><meta charset="gb2312"></head><body>{BODY}</body></html>', "gb18030", "gb18030"),
    (
        "http_equiv_gbk",
        f'<html><head><meta http-equiv="Content-Type" content="text/html; charset=GBK"></head><body>{BODY}</body></html>',
        "gb18030",
        "gb18030",
    ),
    ("no_declaration_utf8", f"<html><body>{BODY}</body></html>", "utf-8", "utf-8"),
    ("no_declaration_gb18030", f"<html><body>{BODY}</body></html>", "gb18030", "gb18030"),
    # a wrong declaration is recorded in the encoding (issue 17: the diagnostic)
    ("wrong_declaration_falls_back", f'<html><head><meta charset="utf-8"></head><body>{BODY}</body></html>', "gb18030",
     "gb18030 (declared utf-8, which the bytes are not in)"),
    (
        "single_byte_declaration_loses_to_valid_utf8",
        f'<html><head><meta charset="iso-8859-1"></head><body>{BODY}</body></html>',
        "utf-8",
        "utf-8 (declared iso-8859-1, which the bytes are not in)",
    ),
]


@pytest.mark.parametrize("markup, codec, expected_encoding", [c[1:] for c in ENCODINGS], ids=[c[0] for c in ENCODINGS])
def test_decoding(markup, codec, expected_encoding):
    text, encoding, _ = html_to_text("page.html", markup.encode(codec))
    assert (text, encoding) == ("一、牵头单位：市发展改革委——推进\n", expected_encoding)


@pytest.mark.parametrize("codec, expected_encoding", [("utf-8-sig", "utf-8-sig"), ("utf-16", "utf-16")])
def test_byte_order_mark_wins(codec, expected_encoding):
    markup = '<html><head><meta charset="gb2312"></head><body><p>正文。</p></body></html>'
    text, encoding, _ = html_to_text("page.html", markup.encode(codec))
    assert (text, encoding) == ("正文。\n", expected_encoding)


# ---------------------------------------------------------------- refusals

@pytest.mark.parametrize(
    "markup",
    [
        "<html><head><script>var notice = '牵头单位：市科技局';</script></head><body></body></html>",
        "<html><body><script>document.write('正文')</script><style>p{}</style></body></html>",
        "<html><body><nav>首页</nav><footer>版权所有</footer></body></html>",
        "<html><body>   </body></html>",
    ],
    ids=["script_in_head", "script_in_body", "only_chrome", "whitespace"],
)
def test_page_without_body_text_is_refused(markup, tmp_path):
    path = tmp_path / "empty.html"
    path.write_text(markup, encoding="utf-8")
    with pytest.raises(InputError) as error:
        read_document(path)
    assert str(error.value) == f"{path}: HTML page has no body text"


# ---------------------------------------------------------------- the forms documents

def test_portal_page():
    document = read_document(FORMS / "portal_page.html")
    assert (document.format, document.encoding) == ("html", "utf-8")
    assert document.metadata == {
        "索引号": "11321000MB1987654X/2024-00031",
        "主题分类": "城乡建设、环境保护",
        "发文机关": "临江市人民政府",
        "成文日期": "2024年04月08日",
        "标题": "临江市人民政府关于印发临江市2024年重点民生工程分工方案的通知",
        "发文字号": "临政发〔2024〕26号",
        "发布日期": "2024年04月12日",
    }
    assert document.text.splitlines() == [
        "临政发〔2024〕26号",
        "各区、县级市人民政府，市政府各部门、各直属单位：",
        "现将《临江市2024年重点民生工程分工方案》印发给你们，请结合“我为群众办实事”实践活动，认真抓好落实。",
        "一、城乡住房保障",
        "（一）筹集保障性租赁住房3000套（间），新开工公共租赁住房500套。",
        "牵头单位：市住房城乡建设局",
        "配合单位：市自然资源和规划局、市财政局，各区、县级市人民政府",
        "（二）改造城镇老旧小区45个，惠及居民1.2万户。",
        "牵头单位：市住房城乡建设局",
        "配合单位：市发展改革委、市财政局等",
        "二、生态环境改善",
        "（三）新建和改造城市公园绿地10处，新增绿道 30 公里。",
        "责任单位：市园林绿化局",
        "（四）完成农村生活污水治理行政村60个。",
        "牵头单位：市生态环境局",
        "配合单位：市农业农村局、市水务局",
        "临江市人民政府",
        "2024年4月8日",
        "（此件公开发布）",
    ]  # exactly these lines: no 首页, 当前位置, 主办单位, setFontSize, 索引号 … from the page chrome


def test_table_tasks():
    assert read_document(FORMS / "table_tasks.html").text.splitlines() == [
        "附件",
        "云溪市2024年优化营商环境重点任务分工表",
        "一、优化营商环境",
        "1.推行企业开办“一网通办”，开办时间压缩至1个工作日以内。",
        "完成时限：2024年6月底前",
        "牵头单位：市市场监管局",
        "配合单位：市公安局、市税务局",
        "2.全面实行涉企经营许可事项清单管理。",
        "完成时限：2024年9月底前",
        "牵头单位：市市场监管局",
        "配合单位：市司法局、市政务服务管理局",
        "3.深化工程建设项目审批制度改革，全流程审批时间压减至60个工作日以内。",
        "完成时限：2024年12月底前",
        "牵头单位：市住房城乡建设局",
        "配合单位：市自然资源和规划局、市发展改革委、各区、县级市人民政府",
        "二、强化要素保障",
        "4.开展“政银企”融资对接活动不少于10场，新增普惠小微贷款50亿元。",
        "完成时限：全年",
        "牵头单位：市金融工作局",
        "配合单位：人民银行云溪市分行、市财政局等",
        "5.保障省市重点项目用地需求，盘活存量建设用地3000亩。",
        "完成时限：持续推进",
        "牵头单位：市自然资源和规划局",
        "注：完成时限为“持续推进”的，每半年报送一次进展情况。",
    ]


def test_table_tasks_zhuze():
    assert read_document(FORMS / "table_tasks_zhuze.html").text.splitlines() == [
        "澄湖市深化“放管服”改革重点事项责任分工",
        "（一）深化审批制度改革",
        "1.推进“证照分离”改革全覆盖，实行告知承诺制事项清单管理。",
        "完成时限：2024年6月",
        "主责单位：市市场监管局",
        "协办单位：各区人民政府",
        "指导部门：省市场监管局",
        "2.推行个体工商户登记“智能审批”。",
        "完成时限：2024年9月",
        "主责单位：市行政审批局",
        "协办单位：市市场监管局、市税务局",
        "指导部门：省市场监管局",
        "（二）提升监管效能",
        "3.全面推行部门联合“双随机、一公开”监管。",
        "完成时限：2024年12月",
        "主责单位：市市场监管局、市司法局",
        "协办单位：市级各有关部门",
        "指导部门：省市场监管局；省司法厅",
        "4.建立健全信用分级分类监管制度。",
        "完成时限：长期坚持",
        "主责单位：市发展改革委",
        "协办单位：市人民银行、市市场监管局等",
    ]


# ---------------------------------------------------------------- the gov.cn corpus pages

# Text on the pages outside the notice: the metadata table's labels and values, the empty 主题词
# table, the QR-code caption.
GOVCN_CHROME = ("扫一扫", "主 题 词", "主题词", "索 引 号", "索引号", "000014349", "发布日期")

CORPUS_PAGES = [
    (
        "govcn_guofa_2018_39_jiuye.html",
        {
            "索引号": "000014349/2018-00212",
            "主题分类": "劳动、人事、监察\\劳动就业",
            "发文机关": "国务院",
            "成文日期": "2018年11月16日",
            "标题": "国务院关于做好当前和今后一个时期促进就业工作的若干意见",
            "发文字号": "国发〔2018〕39号",
            "发布日期": "2018年12月05日",
        },
        ["国务院关于做好当前和今后一个时期", "促进就业工作的若干意见", "国发〔2018〕39号"],
        ["2018年11月16日", "（此件公开发布）"],
        [16, 11, 11, 0, 28, 221, 10, 201, 126, 10, 295, 169, 136, 8, 129, 231, 150, 14, 150, 80, 164, 8, 221, 153, 195,
         232, 150, 3, 11, 8],
    ),
    (
        "govcn_guobanfa_2018_129_xiaofei_fupin.html",
        {
            "索引号": "000014349/2018-00229",
            "主题分类": "民政、扶贫、救灾\\扶贫",
            "发文机关": "国务院办公厅",
            "成文日期": "2018年12月30日",
            "标题": "国务院办公厅关于深入开展消费扶贫助力打赢脱贫攻坚战的指导意见",
            "发文字号": "国办发〔2018〕129号",
            "发布日期": "2019年01月14日",
        },
        ["国务院办公厅关于深入开展消费扶贫", "助力打赢脱贫攻坚战的指导意见", "国办发〔2018〕129号"],
        ["2018年12月30日", "（此件公开发布）"],
        [16, 14, 13, 0, 28, 265, 6, 333, 21, 335, 283, 304, 20, 155, 547, 260, 20, 311, 271, 310, 23, 301, 251, 193, 190,
         6, 257, 169, 252, 201, 6, 11, 8],
    ),
    (
        "govcn_guobanfa_2018_126_table.html",
        {
            "索引号": "000014349/2018-00228",
            "主题分类": "科技、教育\\科技",
            "发文机关": "国务院办公厅",
            "成文日期": "2018年12月23日",
            "标题": "国务院办公厅关于推广第二批支持创新相关改革举措的通知",
            "发文字号": "国办发〔2018〕126号",
            "发布日期": "2019年01月08日",
        },
        ["国务院办公厅关于推广第二批", "支持创新相关改革举措的通知", "国办发〔2018〕126号"],
        [
            "23.以地方立法形式建立推动改革创新的决策容错机制；通过制定实施地方性法规，对政府部门、国有企业负责人在"
            "推动战略性新兴产业发展和实施创新项目中出现工作过失或影响任期目标实现的，只要没有谋取私利、符合程序规定，"
            "可免除行政追责和效能问责。；全国",
            "指导部门：国家发展改革委、国务院国资委、审计署",
        ],
        [13, 13, 13, 0, 28, 226, 15, 131, 117, 134, 14, 88, 10, 264, 10, 225, 0, 20, 6, 11, 7, 0, 2, 0, 17, 0, 15, 91, 27,
         103, 19, 77, 19, 72, 19, 180, 19, 17, 111, 47, 118, 8, 113, 15, 120, 8, 15, 107, 10, 171, 22, 85, 16, 93, 34, 106,
         16, 15, 15, 120, 18, 145, 19, 120, 23],
    ),
]


@pytest.mark.parametrize(
    "name, metadata, first, last, lengths", CORPUS_PAGES, ids=[page[0].removesuffix(".html") for page in CORPUS_PAGES]
)
def test_govcn_page(name, metadata, first, last, lengths):
    document = read_document(CORPUS / name)
    body = document.text.splitlines()
    assert (document.format, document.encoding) == ("html", "utf-8")  # no declaration: strict UTF-8
    assert document.metadata == metadata
    assert body[:3] == first
    assert body[-2:] == last
    assert [len(line) for line in body] == lengths  # text lost, doubled or split anywhere changes a length
    for chrome in GOVCN_CHROME:
        assert chrome not in document.text


def test_govcn_table_page_rows():
    body = read_document(CORPUS / "govcn_guobanfa_2018_126_table.html").text.splitlines()
    numbers = [m[1] for line in body if (m := re.match(r"(\d+)\.", line))]
    assert numbers == [str(n) for n in [*range(1, 15), 21, 22, 23]]  # section 四 declares 6 items and has none
    assert [line for line in body if line.startswith("指导部门：")] == [
        "指导部门：" + units
        for units in (
            "最高人民法院、最高人民检察院、国家知识产权局",
            "最高人民法院、国家知识产权局",
            "国家知识产权局、中国银保监会",
            "最高人民法院、国家知识产权局",
            "最高人民法院、国家知识产权局",
            "科技部、国家发展改革委、财政部、国家知识产权局、教育部、国务院国资委、中科院、司法部",
            "科技部",
            "科技部、国务院国资委",
            "科技部",
            "中国证监会",
            "中国银保监会、科技部、中国人民银行",
            "国家发展改革委、财政部",
            "中国人民银行、中国银保监会、工业和信息化部、国家知识产权局",
            "国家发展改革委、财政部",
            "教育部、人力资源社会保障部",
            "科技部、财政部、国务院国资委",
            "国家发展改革委、国务院国资委、审计署",
        )
    ]
    assert not any("改革举措；主要内容" in line or line.startswith("序号") for line in body)  # the header row is not a line

    def row(number: str) -> list[str]:
        i = next(i for i, line in enumerate(body) if line.startswith(number + "."))
        return body[i : i + 2]

    assert row("1") == [
        "1.知识产权民事、刑事、行政案件“三合一”审判；整合分散的审判资源，实行知识产权民事、刑事、行政案件审判"
        "“三合一”，实现审判力量集中、审判标准统一，提高审判效率，缩短审判周期。；全国",
        "指导部门：最高人民法院、最高人民检察院、国家知识产权局",
    ]
    assert row("9") == [
        "9.“定向研发、定向转化、定向服务”的订单式研发和成果转化机制；以校地产业研究院为平台，有针对性为企业设计和"
        "实施研发项目，研发团队全程参与企业技术攻关和成果转化，帮助企业突破发展急需的关键技术，提高高校和科研院所"
        "科技成果供给的有效性。；全国",
        "指导部门：科技部",
    ]
    assert row("21") == [
        "21.允许地方高校自主开展人才引进和职称评审；将职称评审和人才引进自主权下放给地方高校，允许高校因需评聘科研"
        "教学人员，自主制定招聘方案、设置岗位条件，依规发布招聘信息、组织公开招聘，及时引进“高精尖缺”人才和稳定骨干"
        "人才。；8个改革试验区域",
        "指导部门：教育部、人力资源社会保障部",
    ]
    # section 四 is a section row directly followed by section 五
    i = body.index("四、军民深度融合方面（共6项）")
    assert body[i + 1] == "五、管理体制创新方面（共3项）"


# ---------------------------------------------------------------- spans point into the stored text

@pytest.mark.parametrize(
    "name, tasks, assignments",
    [("table_tasks.html", 5, 14), ("portal_page.html", 4, 11), ("docx_simple.docx", 5, 13)],
    ids=["table_tasks.html", "portal_page.html", "docx_simple.docx"],
)
def test_spans_point_into_the_extracted_text_the_output_stores(name, tasks, assignments):
    from pipeline import extract

    extraction = extract(FORMS / name)
    text = extraction.source.text
    assert text == read_document(FORMS / name).text
    assert (len(extraction.tasks), sum(len(task.assignments) for task in extraction.tasks)) == (tasks, assignments)
    for task in extraction.tasks:
        assert text[task.span.start : task.span.end] == task.text
        for assignment in task.assignments:
            assert text[assignment.span.start : assignment.span.end] == assignment.unit


def test_plain_text_output_does_not_repeat_the_file():
    from pipeline import extract

    assert extract(FORMS / "unit_lines_fullwidth.txt").source.text is None


@pytest.mark.parametrize("written, expected", [
    ("2018年11月16日", "2018-11-16"),
    ("2026-04-15", "2026-04-15"),
    ("2026/4/5", "2026-04-05"),
    ("2026.04.15", "2026-04-15"),
    ("2026年4月", None),  # no day: no date, rather than the words as a date
    ("2026-04/15", None),
])
def test_a_metadata_date_is_read_in_figures_too(written, expected):
    from pipeline.structure.header import Header, apply_metadata

    header = Header()
    apply_metadata(header, {"成文日期": written})
    assert header.date == expected
