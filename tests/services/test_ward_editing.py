"""The department edits, deactivates and (while it has no results) deletes a ward."""

from __future__ import annotations

import json
from datetime import timedelta

import pytest
from sqlalchemy import select

from nursingqc.domain.errors import (
    ConcurrentChange,
    NotFound,
    PermissionDenied,
    ValidationError,
)
from nursingqc.domain.texts import MSG_NOT_UNICODE
from nursingqc.i18n import error_text
from nursingqc.services.campaigns import CampaignSpec
from nursingqc.services.container import Services
from nursingqc.services.ward_import import WardRow
from nursingqc.services.wards import (
    MSG_FIELD_TOO_LONG,
    MSG_NO_SUCH_WARD,
    MSG_WARD_BEDS,
    MSG_WARD_CHANGED,
    MSG_WARD_HAS_ACCOUNTS,
    MSG_WARD_HAS_RESULTS,
    MSG_WARD_NAME_EMPTY,
    WardDetails,
    WardEdit,
)
from nursingqc.storage.models import AuditEntry, CampaignWard, Ward
from tests.helpers import TODAY, Hospital, audit_entries, database_state, full_marks, save_draft


def audit(services: Services, action: str) -> list[tuple[str, int | None, object, object]]:
    with services.database.transaction() as session:
        entries = session.scalars(
            select(AuditEntry)
            .where(AuditEntry.entity == "ward", AuditEntry.action == action)
            .order_by(AuditEntry.id)
        ).all()
        return [
            (e.username, e.entity_id, json.loads(e.before or "null"), json.loads(e.after or "null"))
            for e in entries
        ]


def add_ward(services: Services, hospital: Hospital, code: str = "EK01") -> int:
    services.ward_import.import_wards(
        hospital.admin, [WardRow(2, code, "儿科", "王芳", "30", "妇儿片")]
    )
    return next(w.id for w in services.wards.manage_wards(hospital.admin) if w.code == code)


def loaded(services: Services, hospital: Hospital, code: str = "NK01") -> WardDetails:
    """The ward as the department's edit dialog shows it."""
    return next(w for w in services.wards.manage_wards(hospital.admin) if w.code == code)


def test_the_department_edits_name_head_nurse_beds_and_group(
    services: Services, hospital: Hospital
) -> None:
    edited = services.wards.update_ward(
        hospital.admin,
        loaded(services, hospital),
        WardEdit(" 心内科一病区\u200b ", "刘洋", 42, "大内科"),
    )
    assert (edited.code, edited.name, edited.head_nurse_name, edited.beds, edited.group_name) == (
        "NK01",
        "心内科一病区",
        "刘洋",
        42,
        "大内科",
    )
    listed = next(w for w in services.wards.list_wards(hospital.admin) if w.code == "NK01")
    assert (listed.name, listed.beds) == ("心内科一病区", 42)
    assert audit(services, "update")[-1] == (
        "admin",
        hospital.ward_a,
        {"name": "心血管内科", "head_nurse_name": "张丽", "beds": 40, "group_name": "内科片"},
        {"name": "心内科一病区", "head_nurse_name": "刘洋", "beds": 42, "group_name": "大内科"},
    )


def test_saving_a_ward_unchanged_writes_no_audit_entry(
    services: Services, hospital: Hospital
) -> None:
    before = len(audit(services, "update"))
    services.wards.update_ward(
        hospital.admin, loaded(services, hospital), WardEdit("心血管内科", "张丽", 40, "内科片")
    )
    assert len(audit(services, "update")) == before


def test_an_edit_begun_before_another_admins_change_saves_nothing(
    services: Services, hospital: Hospital
) -> None:
    """Two department PCs open the same ward; the first changes the head nurse; the second,
    fixing the beds on the old screen, would put the old head nurse back — it is refused."""
    first, second = loaded(services, hospital), loaded(services, hospital)
    services.wards.update_ward(hospital.admin, first, WardEdit("心血管内科", "刘洋", 40, "内科片"))
    with pytest.raises(ConcurrentChange) as refused:
        services.wards.update_ward(
            hospital.admin, second, WardEdit("心血管内科", "张丽", 42, "内科片")
        )
    assert refused.value.template == MSG_WARD_CHANGED
    assert refused.value.params == {"changed_by": "admin", "ward": "NK01"}
    now = loaded(services, hospital)
    assert (now.head_nurse_name, now.beds) == ("刘洋", 40)
    assert len(audit(services, "update")) == 1


@pytest.mark.parametrize(
    ("edit", "template", "params"),
    [
        (WardEdit("  \u200b"), MSG_WARD_NAME_EMPTY, {}),
        (WardEdit("儿科", beds=1000), MSG_WARD_BEDS, {"value": 1000}),
        (WardEdit("儿科", beds=-1), MSG_WARD_BEDS, {"value": -1}),
    ],
)
def test_a_bad_edit_is_refused_with_its_reason(
    services: Services,
    hospital: Hospital,
    edit: WardEdit,
    template: str,
    params: dict[str, object],
) -> None:
    with pytest.raises(ValidationError) as refused:
        services.wards.update_ward(hospital.admin, loaded(services, hospital), edit)
    assert (refused.value.template, refused.value.params) == (template, params)
    assert services.wards.list_wards(hospital.admin)[0].name == "心血管内科"


def test_a_too_long_head_nurse_name_says_which_field_and_how_long(
    services: Services, hospital: Hospital, chinese: None
) -> None:
    with pytest.raises(ValidationError) as refused:
        services.wards.update_ward(
            hospital.admin, loaded(services, hospital), WardEdit("心内科", "张" * 51)
        )
    assert refused.value.template == MSG_FIELD_TOO_LONG
    assert error_text(refused.value) == "护士长姓名有 51 个字，最多只能 50 个，请缩短。"


def test_only_the_department_edits_wards(services: Services, hospital: Hospital) -> None:
    ward = loaded(services, hospital)
    for action in (
        lambda: services.wards.update_ward(hospital.nurse_a, ward, WardEdit("x")),
        lambda: services.wards.set_ward_active(hospital.inspector, hospital.ward_a, False),
        lambda: services.wards.delete_ward(hospital.nurse_a, hospital.ward_a),
        lambda: services.wards.manage_wards(hospital.inspector),
    ):
        with pytest.raises(PermissionDenied):
            action()


def test_a_deactivated_ward_is_not_offered_for_new_campaigns_but_keeps_its_results(
    services: Services, hospital: Hospital
) -> None:
    key = hospital.key()
    save_draft(
        services,
        hospital.nurse_a,
        key,
        full_marks(services.checklists.definition(key.checklist_id)),
    )
    services.wards.set_ward_active(hospital.admin, hospital.ward_a, False)
    assert [w.code for w in services.wards.list_wards(hospital.admin)] == ["WK01"]
    managed = {w.code: w for w in services.wards.manage_wards(hospital.admin)}
    assert (managed["NK01"].active, managed["NK01"].sheets) == (False, 1)
    campaign = services.campaigns.create_campaign(
        hospital.admin, CampaignSpec(name="2026年8月活动月", starts_on=TODAY + timedelta(days=26))
    )
    with services.database.transaction() as session:
        wards_in = set(
            session.scalars(
                select(Ward.code)
                .join(CampaignWard, CampaignWard.ward_id == Ward.id)
                .where(CampaignWard.campaign_id == campaign.id)
            )
        )
        wards_in_first = set(
            session.scalars(
                select(Ward.code)
                .join(CampaignWard, CampaignWard.ward_id == Ward.id)
                .where(CampaignWard.campaign_id == hospital.campaign.id)
            )
        )
    assert wards_in == {"WK01"}
    assert wards_in_first == {"NK01", "WK01"}
    assert services.inspections.open_sheet(hospital.admin, key).version >= 1
    assert audit(services, "deactivate") == [
        (
            "admin",
            hospital.ward_a,
            {"code": "NK01", "active": True},
            {"code": "NK01", "active": False},
        )
    ]
    services.wards.set_ward_active(hospital.admin, hospital.ward_a, True)
    assert [w.code for w in services.wards.list_wards(hospital.admin)] == ["NK01", "WK01"]
    assert len(audit(services, "activate")) == 1


def test_a_ward_with_results_cannot_be_deleted(
    services: Services, hospital: Hospital, chinese: None
) -> None:
    key = hospital.key()
    definition = services.checklists.definition(key.checklist_id)
    save_draft(services, hospital.nurse_a, key, full_marks(definition))
    with pytest.raises(ValidationError) as refused:
        services.wards.delete_ward(hospital.admin, hospital.ward_a)
    assert (refused.value.template, refused.value.params) == (
        MSG_WARD_HAS_RESULTS,
        {"ward": "NK01 心血管内科", "count": 1},
    )
    assert error_text(refused.value).startswith("病区“NK01 心血管内科”已有 1 份评分表，不能删除。")
    assert [w.code for w in services.wards.list_wards(hospital.admin)] == ["NK01", "WK01"]


def test_a_ward_with_an_account_cannot_be_deleted(services: Services, hospital: Hospital) -> None:
    with pytest.raises(ValidationError) as refused:
        services.wards.delete_ward(hospital.admin, hospital.ward_b)
    assert (refused.value.template, refused.value.params) == (
        MSG_WARD_HAS_ACCOUNTS,
        {"ward": "WK01 普通外科", "accounts": "wk01"},
    )


def test_a_ward_without_results_is_deleted_from_campaigns_too_and_audited(
    services: Services, hospital: Hospital
) -> None:
    ward = add_ward(services, hospital)
    campaign = services.campaigns.create_campaign(
        hospital.admin, CampaignSpec(name="2026年8月活动月", starts_on=TODAY + timedelta(days=26))
    )
    services.wards.delete_ward(hospital.admin, ward)
    assert [w.code for w in services.wards.manage_wards(hospital.admin)] == ["NK01", "WK01"]
    with services.database.transaction() as session:
        assert session.scalars(select(CampaignWard).where(CampaignWard.ward_id == ward)).all() == []
    [(who, ward_id, before, after)] = audit(services, "delete")
    assert (who, ward_id, after) == ("admin", ward, None)
    assert before == {
        "code": "EK01",
        "name": "儿科",
        "head_nurse_name": "王芳",
        "beds": 30,
        "group_name": "妇儿片",
        "campaigns": [campaign.id],
    }
    with pytest.raises(NotFound) as missing:
        services.wards.delete_ward(hospital.admin, ward)
    assert missing.value.template == MSG_NO_SUCH_WARD


def test_a_broken_character_in_an_edit_is_refused(services: Services, hospital: Hospital) -> None:
    with pytest.raises(ValidationError) as refused:
        services.wards.update_ward(
            hospital.admin, loaded(services, hospital), WardEdit("心内科", "张\ud800丽")
        )
    assert refused.value.template == MSG_NOT_UNICODE
    assert refused.value.params["position"] == 2
    assert services.wards.list_wards(hospital.admin)[0].head_nurse_name != "张\ud800丽"


def test_a_single_ward_is_added_with_its_code_checked_and_audited(
    services: Services, hospital: Hospital
) -> None:
    before = database_state(services)
    for code, refused in (
        ("  \u200b", "Please fill in the ward's code"),
        ("NK01", "is taken already, by 心血管内科"),
        ("X" * 21, "has 21 characters, but at most 20 fit"),
    ):
        with pytest.raises(ValidationError, match=refused):
            services.wards.create_ward(hospital.admin, code, WardEdit("眼科"))
    with pytest.raises(ValidationError, match="fill in the ward's name"):
        services.wards.create_ward(hospital.admin, "YK01", WardEdit(" "))
    with pytest.raises(PermissionDenied):
        services.wards.create_ward(hospital.nurse_a, "YK01", WardEdit("眼科"))
    assert database_state(services) == before
    added = services.wards.create_ward(hospital.admin, " YK01\u200b", WardEdit("眼科", beds=30))
    assert (added.code, added.name, added.beds, added.active, added.sheets) == (
        "YK01",
        "眼科",
        30,
        True,
        0,
    )
    (entry,) = audit_entries(services, "create")[-1:]
    assert entry.entity == "ward" and entry.entity_id == added.id
