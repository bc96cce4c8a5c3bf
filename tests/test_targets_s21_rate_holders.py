"""The rate holder model (pipeline/targets/holder_model.py, session 21): where the holder tables are silent, a second
logistic regression, trained on the rate and share names of the dev labels (rounds 1–48), cuts off the holder whose
property a rate is (「服务区绿地率」 → 绿地率). Sentences written for the test: rates it now cuts (kept whole with the model
off), rates that keep their names (a 的-clause, a base named by 占 or 中, a threshold, the guide's own example), and the
trainer rebuilding the shipped rate weights byte for byte."""

import json
import sys
from pathlib import Path

import pytest

from pipeline.targets import holder_model
from target_rows import targets_with_spans

ROOT = Path(__file__).resolve().parent.parent

CUT = [
    # a site's share of floor area: the park's, the rate is its land's
    ("物流园区仓储用地容积率原则上不低于1.5。", [
        ("仓储用地容积率", 1.5, "", "at_least", "amount", "仓储用地容积率原则上不低于1.5"),
    ]),
    # a facility's green share
    ("高速公路服务区绿地率应不低于30%。", [
        ("绿地率", 30.0, "%", "at_least", "amount", "绿地率应不低于30%"),
    ]),
    # a plot's survival rate of what is planted on it
    ("新造林地苗木成活率应不低于85%。", [
        ("苗木成活率", 85.0, "%", "at_least", "amount", "苗木成活率应不低于85%"),
    ]),
]
# What the tables alone read in CUT's sentences: the whole name.
TABLES_ALONE = {
    "物流园区仓储用地容积率原则上不低于1.5。": "物流园区仓储用地容积率",
    "高速公路服务区绿地率应不低于30%。": "高速公路服务区绿地率",
    "新造林地苗木成活率应不低于85%。": "新造林地苗木成活率",
}
KEPT = [
    # the guide's rate line: a 的-clause before the rate says what is counted
    ("二级以上综合医院设立老年医学科的比例应不低于60%。", [
        ("二级以上综合医院设立老年医学科的比例", 60.0, "%", "at_least", "amount", "二级以上综合医院设立老年医学科的比例应不低于60%"),
    ]),
    ("开展家庭病床服务的基层医疗机构比例应不低于40%。", [
        ("开展家庭病床服务的基层医疗机构比例", 40.0, "%", "at_least", "amount", "开展家庭病床服务的基层医疗机构比例应不低于40%"),
    ]),
    # a part as a share of a named whole (占…比例)
    ("骨干教师占专任教师比例应不低于30%。", [
        ("骨干教师占专任教师比例", 30.0, "%", "at_least", "amount", "骨干教师占专任教师比例应不低于30%"),
    ]),
    # a threshold before the rate says what is counted
    ("年产值500万元以上企业数字化改造覆盖率应不低于50%。", [
        ("年产值500万元以上企业数字化改造覆盖率", 50.0, "%", "at_least", "amount", "年产值500万元以上企业数字化改造覆盖率应不低于50%"),
    ]),
]
# A base named by the localiser 中 (「…中…的比例」): kept by rate_domain; the model alone would cut it off.
AMONG = [
    ("新购公务用车中新能源汽车比例应不低于50%。", "新购公务用车中新能源汽车比例", "新能源汽车比例"),
    ("街区商户中老字号门店占比应不低于20%。", "街区商户中老字号门店占比", "老字号门店占比"),
]


@pytest.mark.parametrize(("sentence", "expected"), CUT + KEPT, ids=[s[:10] for s, _ in CUT + KEPT])
def test_rate_model(sentence, expected, monkeypatch):
    """With the model on (the default)."""
    monkeypatch.setattr(holder_model, "ENABLED", True)
    assert targets_with_spans(sentence) == expected


@pytest.mark.parametrize(("sentence", "expected"), CUT, ids=[s[:10] for s, _ in CUT])
def test_rate_model_off(sentence, expected, monkeypatch):
    """With the model off the tables keep the whole name: the cut is the rate model's."""
    monkeypatch.setattr(holder_model, "ENABLED", False)
    assert [row[0] for row in targets_with_spans(sentence)] == [TABLES_ALONE[sentence]]


@pytest.mark.parametrize(("sentence", "kept", "unguarded"), AMONG, ids=[s[:10] for s, *_ in AMONG])
def test_base_among_kept(sentence, kept, unguarded, monkeypatch):
    """The 中 guard keeps the base; with rate_domain reading every rate the model would cut it off."""
    assert [row[0] for row in targets_with_spans(sentence)] == [kept]

    def loose(name: str) -> bool:
        return bool(holder_model.NAME_CHARACTERS.fullmatch(name) and holder_model.RATE_NAME.search(name))

    monkeypatch.setattr(holder_model, "rate_domain", loose)
    assert [row[0] for row in targets_with_spans(sentence)] == [unguarded]


def test_standard_model_untouched():
    """A standard's name still goes to the standard model, a rate to the rate model, a support to neither."""
    assert holder_model.model_domain("演出区面积") and not holder_model.rate_domain("演出区面积")
    assert holder_model.rate_domain("服务区绿地率") and not holder_model.model_domain("服务区绿地率")
    assert not holder_model.rate_domain("首付贷款比例") and not holder_model.rate_domain("设立老年医学科的比例")


def test_trainer_reproduces_rate_weights():
    """tools/train_holder_model.py fits the shipped rate weights again from tools/holder_rate_cuts.tsv, with the
    regularisation and threshold its cross-validation chose (recorded in the file), byte for byte."""
    sys.path.insert(0, str(ROOT / "tools"))
    import train_holder_model as trainer

    shipped = (ROOT / "pipeline" / "data" / "holder_rate_model.json").read_text(encoding="utf-8")
    cv = json.loads(shipped)["cross_validation"]
    items = trainer.instances(trainer.read_rows(trainer.RATE_DATASET))
    cell = (cv["right"], cv["total"], cv["cuts_right"], cv["cuts_wrong"])
    assert trainer.model_text(items, cv["l2"], cv["threshold"], cell, trainer.RATE_NOTE, trainer.in_rate_domain) == shipped
