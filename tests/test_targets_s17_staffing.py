"""Per-unit provision standards of session 17 (issue 11, AREA staffing). A zone that is a site and no division of the
territory — a scenic area, a port area, a pilot zone, a service area, a project area, a reserve, an irrigation district
(facility_kinds.ZONE_STANDARDS, each_site_zone) — makes what is built, set up or staffed in each of them its standard, an
amount, whatever the verb (TARGET_LABELING.md: a zone after 每个 makes it an amount). Sentences written for the test."""

import pytest

from target_rows import targets_with_spans

SITE_ZONES = [
    ("每个3A级以上旅游景区至少设立1个游客咨询服务点。", [
        ("游客咨询服务点", 1.0, "个", "at_least", "amount", "至少设立1个游客咨询服务点"),
    ]),
    ("每个内河重点港区至少配备1支船舶污染应急队伍。", [
        ("船舶污染应急队伍", 1.0, "支", "at_least", "amount", "至少配备1支船舶污染应急队伍"),
    ]),
    ("每个跨境电商综合试验区至少建成1个海外仓服务中心。", [
        ("海外仓服务中心", 1.0, "个", "at_least", "amount", "至少建成1个海外仓服务中心"),
    ]),
]
# Where it must not change: a division of the territory keeps its quota a goal, a forest area qualifying a township included.
DIVISIONS = [
    ("每个区至少建成1个社区食堂示范点。", [
        ("社区食堂示范点", 1.0, "个", "at_least", "goal", "至少建成1个社区食堂示范点"),
    ]),
    ("每个重点林区乡镇至少组建1支森林消防队伍。", [
        ("森林消防队伍", 1.0, "支", "at_least", "goal", "至少组建1支森林消防队伍"),
    ]),
]


@pytest.mark.parametrize(("sentence", "expected"), SITE_ZONES + DIVISIONS, ids=[s[:12] for s, _ in SITE_ZONES + DIVISIONS])
def test_site_zones(sentence, expected):
    assert targets_with_spans(sentence) == expected


# A village of any qualifier — a mountain village, an urban village, an established village — is a division of the territory:
# what it is staffed or equipped with is its quota, a goal (patterns.PER_PLACE_QUOTAS); a village's clinic stays a facility.
VILLAGES = [
    ("每个山区村至少明确1名农村寄递联络员。", [
        ("农村寄递联络员", 1.0, "名", "at_least", "goal", "至少明确1名农村寄递联络员"),
    ]),
    ("每个建制村至少配备1名村级河道保洁员。", [
        ("村级河道保洁员", 1.0, "名", "at_least", "goal", "至少配备1名村级河道保洁员"),
    ]),
]
CLINICS = [
    ("每个村卫生室至少配备1名乡村医生。", [
        ("乡村医生", 1.0, "名", "at_least", "amount", "至少配备1名乡村医生"),
    ]),
]


@pytest.mark.parametrize(("sentence", "expected"), VILLAGES + CLINICS, ids=[s[:12] for s, _ in VILLAGES + CLINICS])
def test_qualified_villages(sentence, expected):
    assert targets_with_spans(sentence) == expected
