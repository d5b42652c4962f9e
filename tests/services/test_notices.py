"""整改通知单 through the services: one notice per ward with work left, or the ward asked for."""

from __future__ import annotations

import dataclasses
from datetime import timedelta
from decimal import Decimal

import pytest

from nursingqc.domain.accounts import Actor, Role
from nursingqc.domain.checklists import ChecklistSection
from nursingqc.domain.errors import NotFound, PermissionDenied
from nursingqc.domain.scoring import ItemEntry
from nursingqc.domain.workflow import PhaseKind
from nursingqc.services.campaigns import CampaignSpec
from nursingqc.services.container import Services
from nursingqc.services.inspections import SheetKey
from nursingqc.services.notices import (
    MSG_NOTICES_BY_DEPARTMENT,
    MSG_UNKNOWN_WARD_CODE,
    NoticeService,
)
from tests.helpers import PASSWORD, TODAY, Hospital, full_marks, submit, submit_with_problems


@pytest.fixture
def notices(services: Services) -> NoticeService:
    return NoticeService(services.database, today=lambda: TODAY)


def test_notices_list_the_wards_with_work_left_and_one_ward_on_request(
    services: Services, hospital: Hospital, notices: NoticeService
) -> None:
    submit_with_problems(services, hospital)
    (notice,) = notices.notices(hospital.admin, hospital.campaign.id)
    assert (notice.hospital, notice.ward_code, notice.head_nurse) == (
        "测试市人民医院",
        "NK01",
        "张丽",
    )
    assert [p.item_code for p in notice.problems] == ["WE02", "WE04"]
    assert (notice.issued_on, notice.deadline) == (TODAY, TODAY + timedelta(days=7))
    assert notice.inspectors == ("张丽",) and notice.inspection_dates == (TODAY,)
    # The head nurse's own findings: a self-check notice, its number marked -ZC.
    assert notice.number == f"ZG202607-{hospital.campaign.id}-NK01-ZC"
    assert notice.source is PhaseKind.SELF_CHECK
    # A ward with nothing to do gets a 无需整改 notice only when asked for by name.
    (clean,) = notices.notices(hospital.admin, hospital.campaign.id, "WK01")
    assert clean.problems == ()
    with pytest.raises(PermissionDenied) as refused:
        notices.notices(hospital.nurse_a, hospital.campaign.id)
    assert refused.value.template == MSG_NOTICES_BY_DEPARTMENT


def test_a_notice_for_a_ward_not_in_the_campaign_is_refused_naming_it(
    services: Services, hospital: Hospital, notices: NoticeService
) -> None:
    with pytest.raises(NotFound) as refused:
        notices.notices(hospital.admin, hospital.campaign.id, "XX09")
    assert (refused.value.template, refused.value.params) == (
        MSG_UNKNOWN_WARD_CODE,
        {"ward": "XX09"},
    )


def found(services: Services, actor: Actor, key: SheetKey, problems: dict[str, str]) -> None:
    """Submits ``key``'s sheet with a point off each item of ``problems`` (code: problem)."""
    entries = full_marks(services.checklists.definition(key.checklist_id))
    for code, problem in problems.items():
        entries[code] = ItemEntry(Decimal(1), problem=problem)
    submit(services, actor, key, entries)


def test_a_ward_found_wanting_in_both_rounds_gets_a_notice_for_each_naming_its_inspectors(
    services: Services, hospital: Hospital, notices: NoticeService
) -> None:
    """The self-check notice names the head nurse who checked, the evaluation notice only the
    department's inspectors; each row names its round and inspector (rules §6.7)."""
    admin, campaign = hospital.admin, hospital.campaign.id
    second = services.accounts.create_user(
        admin, "zk2", "质控组 孙倩", Role.INSPECTOR, PASSWORD, first_password=False
    )
    inspector_b = Actor(second.id, "zk2", "质控组 孙倩", Role.INSPECTOR, None)
    found(services, hospital.nurse_a, hospital.key(), {"WE02": "12床病室有异味"})
    services.campaigns.open_phase(admin, campaign, PhaseKind.EVALUATION)
    evaluation = dataclasses.replace(hospital.key("TREAT_ROOM"), phase=PhaseKind.EVALUATION)
    found(services, hospital.inspector, evaluation, {"TR05": "2包纱布过期"})
    evaluation = dataclasses.replace(hospital.key("BED_UNIT"), phase=PhaseKind.EVALUATION)
    found(services, inspector_b, evaluation, {"BU02": "床下放置脸盆"})

    self_check, department = notices.notices(admin, campaign)

    assert (self_check.source, self_check.number, self_check.inspectors) == (
        PhaseKind.SELF_CHECK,
        f"ZG202607-{campaign}-NK01-ZC",
        ("张丽",),
    )
    assert [(p.item_code, p.source, p.checker) for p in self_check.problems] == [
        ("WE02", PhaseKind.SELF_CHECK, "张丽")
    ]
    assert (department.source, department.number, department.inspectors) == (
        PhaseKind.EVALUATION,
        f"ZG202607-{campaign}-NK01",
        ("质控组 孙倩", "质控组 赵静"),
    )
    assert [(p.item_code, p.checker) for p in department.problems] == [
        ("BU02", "质控组 孙倩"),
        ("TR05", "质控组 赵静"),
    ]
    # Asked for by name, the ward's two notices; a ward without items its one 无需整改.
    assert [n.source for n in notices.notices(admin, campaign, "NK01")] == [
        PhaseKind.SELF_CHECK,
        PhaseKind.EVALUATION,
    ]
    assert [n.source for n in notices.notices(admin, campaign, "WK01")] == [None]


def test_a_notices_rows_follow_the_campaigns_checklists_and_their_items_order(
    services: Services, hospital: Hospital, notices: NoticeService
) -> None:
    """Not by checklist name (治疗室 before 病房环境), item code or the order the problems were
    found in, but as the campaign lists its checklists and each its items (rules §6.7)."""
    admin = hospital.admin
    ward_env = services.checklists.definition(hospital.key().checklist_id)
    first, *rest = ward_env.sections
    reordered = dataclasses.replace(
        ward_env, sections=(ChecklistSection(first.title, first.items[::-1]), *rest)
    )
    services.checklists.save_new_version(admin, reordered)
    campaign = services.campaigns.create_campaign(
        admin,
        CampaignSpec(
            name="2026年8月基础护理质量提升活动月",
            starts_on=TODAY,
            checklist_codes=("WARD_ENV", "TREAT_ROOM"),
        ),
        allow_clash=True,
    )
    campaign = services.campaigns.open_phase(admin, campaign.id, PhaseKind.SELF_CHECK)
    ids = {c.code: c.checklist_id for c in campaign.checklists}
    treat_room = SheetKey(campaign.id, hospital.ward_a, ids["TREAT_ROOM"])
    found(services, hospital.nurse_a, treat_room, {"TR05": "纱布过期", "TR02": "未标识"})
    ward_env_key = SheetKey(campaign.id, hospital.ward_a, ids["WARD_ENV"])
    found(services, hospital.nurse_a, ward_env_key, {"WE02": "有异味", "WE04": "床帘脱钩"})

    (notice,) = notices.notices(admin, campaign.id)

    assert [p.item_code for p in notice.problems] == ["WE04", "WE02", "TR02", "TR05"]
