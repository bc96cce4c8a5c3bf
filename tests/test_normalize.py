import pytest

from pipeline.normalize import FOLD_TABLE, fold, to_simplified


def test_every_fold_is_one_character_for_one():
    assert all(len(k) == 1 and len(v) == 1 for k, v in FOLD_TABLE.items())


@pytest.mark.parametrize(
    "original, folded",
    [
        pytest.param("牵头单位：市科技局", "牵头单位:市科技局", id="full-width-colon"),
        pytest.param("（市发展改革委牵头，市财政局配合）", "(市发展改革委牵头,市财政局配合)", id="full-width-parens-comma"),
        pytest.param("\u3000\u3000一、总体要求", "  一、总体要求", id="ideographic-space"),
        pytest.param("\u00a0１．", " 1.", id="nbsp-and-full-width-digit"),
        pytest.param("1―2个 7%～10% 3－5", "1—2个 7%—10% 3—5", id="range-dashes"),
        pytest.param("牽頭單位：市級各有關部門", "牵头单位:市级各有关部门", id="traditional-keywords"),
        pytest.param("“互联网+”、《纲要》〔2016〕", "“互联网+”、《纲要》〔2016〕", id="kept-as-is"),
    ],
)
def test_fold(original, folded):
    assert fold(original) == folded
    assert len(fold(original)) == len(original)


def test_to_simplified_maps_one_for_one_and_keeps_the_rest():
    assert to_simplified("臺灣省衛生廳：綜合處（藥品）") == "台湾省卫生厅：综合处（药品）"


def test_fold_simplified_is_fold_then_to_simplified_in_one_pass():
    from pipeline.normalize import FOLD_TABLE, TRADITIONAL_TO_SIMPLIFIED, fold_simplified, to_simplified

    every = "".join({**FOLD_TABLE, **TRADITIONAL_TO_SIMPLIFIED}) + "市发展改革委（牽頭）：１２"
    assert fold_simplified(every) == to_simplified(fold(every))
    assert fold_simplified("營口市發改委（牽頭）") == "营口市发改委(牵头)"
