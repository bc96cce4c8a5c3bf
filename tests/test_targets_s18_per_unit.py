"""Session 18: where a value counts things after a per-unit word and the item the notice has just named, the things
counted are the name and the item is left out (per_unit_names.counted_things_named). Sentences written for the test:
every target with its exact fields and the text its span gives back."""

import pytest

from target_rows import targets_with_spans

NAMED = [
    ("新建渔港码头6处。每个渔港码头渔船泊位不少于40个。", [
        ("渔港码头", 6.0, "处", "equal", "goal", "渔港码头6处"),
        ("渔船泊位", 40.0, "个", "at_least", "amount", "渔船泊位不少于40个"),
    ]),
    ("设置便民驿站，每个便民驿站座椅不少于6张。", [
        ("座椅", 6.0, "张", "at_least", "amount", "座椅不少于6张"),
    ]),
    ("各地开办周末农民集市，每个农民集市摊位原则上不少于20个。", [
        ("摊位", 20.0, "个", "at_least", "amount", "摊位原则上不少于20个"),
    ]),
]
# Where the pass must not change the reading: no item named before, a bare measure, a deed opening the rest, a holder.
KEPT = [
    ("每个农民集市摊位原则上不少于20个。", [
        ("农民集市摊位", 20.0, "个", "at_least", "amount", "农民集市摊位原则上不少于20个"),
    ]),
    # (a site that is no holder: a 码头 is one since standard_holders.structure_or_device, and is left out there)
    ("新建口袋公园6处。每个口袋公园停靠泊位不少于40个。", [
        ("口袋公园", 6.0, "处", "equal", "goal", "口袋公园6处"),
        ("口袋公园停靠泊位", 40.0, "个", "at_least", "amount", "口袋公园停靠泊位不少于40个"),
    ]),
    ("改造街心花园，每个街心花园设置座椅不少于8个。", [
        ("座椅", 8.0, "个", "at_least", "amount", "座椅不少于8个"),
    ]),
]


@pytest.mark.parametrize(("sentence", "expected"), NAMED + KEPT, ids=[s[:10] for s, _ in NAMED + KEPT])
def test_counted_things_named(sentence, expected):
    assert targets_with_spans(sentence) == expected
