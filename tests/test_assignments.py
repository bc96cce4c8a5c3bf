import pytest

from pipeline.assignments import split_unit_list

PROTECTED = ("各区、县级市", "各有关区、县级市")


@pytest.mark.parametrize(
    "text, names, open_ended",
    [
        pytest.param("市工信委、市住房城乡建设委、市交通局、市商务局、市农委等", ["市工信委", "市住房城乡建设委", "市交通局", "市商务局", "市农委"], ["市农委"], id="enumeration-with-deng"),
        pytest.param("各县(市)区政府", ["各县(市)区政府"], [], id="parenthesis-inside-name"),
        pytest.param("市农委(市扶贫办)", ["市农委(市扶贫办)"], [], id="second-name-in-parenthesis"),
        pytest.param("市政府办公室(法制办)、市司法局", ["市政府办公室(法制办)", "市司法局"], [], id="parenthesis-then-separator"),
        pytest.param("市农委（市扶贫办、市乡村振兴局）、市财政局", ["市农委（市扶贫办、市乡村振兴局）", "市财政局"], [], id="separator-inside-parenthesis"),
        pytest.param("市财政局、市教育局，各区、县级市", ["市财政局", "市教育局", "各区、县级市"], [], id="collective-with-separator"),
        pytest.param("市民政局；各有关区、县级市", ["市民政局", "各有关区、县级市"], [], id="semicolon-and-collective"),
        pytest.param("教育部、科技部等有关部门和单位", ["教育部", "科技部"], ["科技部"], id="deng-youguan-bumen-he-danwei"),
        pytest.param("民政部、财政部等和各有关省级人民政府", ["民政部", "财政部", "各有关省级人民政府"], ["财政部"], id="deng-he-collective"),
        pytest.param("市级各有关部门及各县市区政府", ["市级各有关部门", "各县市区政府"], [], id="ji-before-collective"),
        pytest.param("市人力资源和社会保障局", ["市人力资源和社会保障局"], [], id="he-inside-name"),
        pytest.param("营口市社会信用体系建设领导小组成员单位", ["营口市社会信用体系建设领导小组成员单位"], [], id="group-members"),
        pytest.param("市科技局,市财政局", ["市科技局", "市财政局"], [], id="ascii-comma"),
        pytest.param("", [], [], id="empty"),
    ],
)
def test_split_unit_list(text, names, open_ended):
    items = split_unit_list(text, 100, PROTECTED)
    assert [i.name for i in items] == names
    assert [i.name for i in items if i.open_ended] == open_ended  # the item the 等 closes
    for item in items:
        assert text[item.start - 100 : item.end - 100] == item.name
