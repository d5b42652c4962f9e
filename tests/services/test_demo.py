"""演示医院: wards in the groups a nursing department uses, phases in whole weeks from a Monday."""

from __future__ import annotations

import random
from datetime import date, timedelta

import pytest

from nursingqc.domain.workflow import PhaseKind, PhaseState
from nursingqc.services.container import Services
from nursingqc.services.demo import ADMIN_PASSWORD, WARD_GROUPS, create_demo, demo_wards

GROUP_OF_PREFIX = {prefix: group for group, prefix, _ in WARD_GROUPS}
DEPARTMENTS_OF_GROUP = {group: departments for group, _, departments in WARD_GROUPS}


def test_the_demo_wards_are_in_sensible_groups_with_matching_codes(services: Services) -> None:
    create_demo(services, wards=12, today=date(2026, 7, 8))
    admin = services.accounts.login("admin", ADMIN_PASSWORD)
    wards = services.wards.list_wards(admin)
    assert {ward.group_name for ward in wards} == {
        "内科片",
        "外科片",
        "妇儿片",
        "急重症片",
        "专科片",
    }
    for ward in wards:
        prefix = ward.code.rstrip("0123456789")
        assert GROUP_OF_PREFIX[prefix] == ward.group_name, ward
        assert ward.name in DEPARTMENTS_OF_GROUP[ward.group_name], ward
    by_code = {ward.code: (ward.name, ward.group_name) for ward in wards}
    assert by_code["NK01"] == ("心血管内科", "内科片")
    assert by_code["WK01"] == ("普通外科", "外科片")
    assert by_code["FE01"] == ("妇科", "妇儿片")
    assert by_code["JZ01"] == ("重症医学科", "急重症片")
    assert sum(ward.group_name == "内科片" for ward in wards) == 4  # the largest group


def test_the_groups_hold_the_departments_a_hospital_puts_there() -> None:
    assert {"心血管内科", "呼吸内科", "消化内科", "神经内科", "内分泌科"} <= set(
        DEPARTMENTS_OF_GROUP["内科片"]
    )
    assert {"普通外科", "骨科", "神经外科", "泌尿外科"} <= set(DEPARTMENTS_OF_GROUP["外科片"])
    assert {"妇科", "产科", "儿科", "新生儿科"} == set(DEPARTMENTS_OF_GROUP["妇儿片"])
    assert {"重症医学科", "急诊科"} == set(DEPARTMENTS_OF_GROUP["急重症片"])
    every = [name for departments in DEPARTMENTS_OF_GROUP.values() for name in departments]
    assert len(every) == len(set(every))


@pytest.mark.parametrize("count", [1, 12, 30, 31, 300, 999])
def test_demo_ward_codes_and_names_are_unique(count: int) -> None:
    wards = demo_wards(count, random.Random(2026))
    assert len({ward["code"] for ward in wards}) == count
    assert len({ward["name"] for ward in wards}) == count
    for ward in wards:
        prefix = str(ward["code"]).rstrip("0123456789")
        assert GROUP_OF_PREFIX[prefix] == ward["group_name"]


@pytest.mark.parametrize("weekday", range(7))
def test_every_phase_starts_on_a_monday_and_the_self_check_is_under_way(
    services: Services, weekday: int
) -> None:
    today = date(2026, 7, 6) + timedelta(days=weekday)  # Monday 6 July … Sunday 12 July
    demo = create_demo(services, wards=2, today=today)
    admin = services.accounts.login("admin", ADMIN_PASSWORD)
    campaign = services.campaigns.get_campaign(admin, demo.campaign_id)
    assert campaign.starts_on == date(2026, 7, 6)
    assert [phase.starts_on.weekday() for phase in campaign.phases] == [0, 0, 0, 0]
    running = campaign.phase(PhaseKind.SELF_CHECK)
    assert running.starts_on <= today <= running.ends_on
    assert running.state is PhaseState.OPEN
