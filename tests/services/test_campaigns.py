"""活动月 set-up through the service layer."""

from __future__ import annotations

import json
from dataclasses import replace
from datetime import date, timedelta
from decimal import Decimal
from typing import Any

import pytest
from sqlalchemy import func, select

from nursingqc.domain.errors import ConcurrentChange, PermissionDenied, ValidationError
from nursingqc.domain.workflow import PhaseKind, PhaseState
from nursingqc.i18n import error_text, message_text
from nursingqc.services.campaigns import MSG_CAMPAIGN_HAS_DECISIONS, MSG_WEIGHT_RANGE, CampaignSpec
from nursingqc.services.container import Services
from nursingqc.storage.models import AuditEntry, CampaignPhase
from tests.helpers import TODAY, Hospital, audit_entries, database_state, save_draft


def test_a_campaign_gets_four_one_week_phases_wards_and_weighted_checklists(
    services: Services, hospital: Hospital
) -> None:
    campaign = services.campaigns.create_campaign(
        hospital.admin,
        CampaignSpec(
            name="2026年8月活动月",
            starts_on=date(2026, 8, 3),
            checklist_codes=["WARD_ENV", "SERVICE"],
            weights=[Decimal(1), Decimal("1.5")],
            ward_ids=[hospital.ward_b],
            model_ward_count=2,
            model_ward_threshold=Decimal("92.5"),
        ),
    )
    assert [p.kind for p in campaign.phases] == list(PhaseKind)
    assert all(p.state is PhaseState.NOT_STARTED for p in campaign.phases)
    assert campaign.phases[0].starts_on == date(2026, 8, 3)
    assert all(p.ends_on - p.starts_on == timedelta(days=6) for p in campaign.phases)
    assert [(c.code, c.weight) for c in campaign.checklists] == [
        ("WARD_ENV", Decimal(1)),
        ("SERVICE", Decimal("1.5")),
    ]
    assert campaign.ward_count == 1
    assert campaign.model_ward_threshold == Decimal("92.5")


@pytest.mark.parametrize(
    "spec",
    [
        CampaignSpec(name="  ", starts_on=date(2026, 8, 3)),
        CampaignSpec(name="x", starts_on=date(2026, 8, 3), checklist_codes=["NOPE"]),
        CampaignSpec(name="x", starts_on=date(2026, 8, 3), checklist_codes=[]),
        CampaignSpec(name="x", starts_on=date(2026, 8, 3), weights=[Decimal(1)]),
        CampaignSpec(name="x", starts_on=date(2026, 8, 3), ward_ids=[]),
        CampaignSpec(name="x", starts_on=date(2026, 8, 3), model_ward_threshold=Decimal(101)),
        CampaignSpec(name="x", starts_on=date(2026, 8, 3), model_ward_threshold=Decimal("NaN")),
        CampaignSpec(name="x", starts_on=date(2026, 8, 3), weights=[Decimal("NaN")] * 5),
        CampaignSpec(name="x", starts_on=date(2026, 8, 3), weights=[Decimal("Infinity")] * 5),
        CampaignSpec(name="x", starts_on=date(2026, 8, 3), checklist_codes=["SERVICE", "SERVICE"]),
    ],
)
def test_a_bad_campaign_is_refused_and_nothing_is_created(
    services: Services, hospital: Hospital, spec: CampaignSpec
) -> None:
    with pytest.raises(ValidationError):
        services.campaigns.create_campaign(hospital.admin, spec)
    assert len(services.campaigns.list_campaigns(hospital.admin)) == 1


def test_a_campaign_that_cannot_be_created_is_refused_before_its_clashes_are_listed(
    services: Services, hospital: Hospital
) -> None:
    same_name = CampaignSpec(
        name=hospital.campaign.name, starts_on=date(2026, 8, 3), weights=[Decimal("NaN")] * 5
    )
    with pytest.raises(ValidationError) as refused:
        services.campaigns.clashes(hospital.admin, same_name)
    assert refused.value.template == MSG_WEIGHT_RANGE


def test_only_an_admin_creates_campaigns_and_changes_phases(
    services: Services, hospital: Hospital
) -> None:
    with pytest.raises(PermissionDenied):
        services.campaigns.create_campaign(
            hospital.nurse_a, CampaignSpec(name="x", starts_on=date(2026, 8, 3))
        )
    with pytest.raises(PermissionDenied):
        services.campaigns.close_phase(hospital.nurse_a, hospital.campaign.id, PhaseKind.SELF_CHECK)


def test_reopening_a_phase_writes_the_reason_to_the_audit_log(
    services: Services, hospital: Hospital
) -> None:
    campaign_id = hospital.campaign.id
    services.campaigns.close_phase(hospital.admin, campaign_id, PhaseKind.SELF_CHECK)
    with pytest.raises(ValidationError):
        services.campaigns.open_phase(hospital.admin, campaign_id, PhaseKind.SELF_CHECK)
    reopened = services.campaigns.open_phase(
        hospital.admin, campaign_id, PhaseKind.SELF_CHECK, "两个病区因停电未完成自查"
    )
    assert reopened.phase(PhaseKind.SELF_CHECK).state is PhaseState.OPEN
    with services.database.transaction() as session:
        entry = session.scalars(select(AuditEntry).where(AuditEntry.action == "reopen_phase")).one()
        assert entry.reason == "两个病区因停电未完成自查"
        assert '"closed"' in (entry.before or "") and '"open"' in (entry.after or "")


def test_the_current_campaign_is_the_one_running_today(
    services: Services, hospital: Hospital, today: date
) -> None:
    services.campaigns.create_campaign(
        hospital.admin, CampaignSpec(name="下一次", starts_on=today + timedelta(days=60))
    )
    current = services.campaigns.current_campaign(hospital.admin, today)
    assert current is not None and current.id == hospital.campaign.id


def test_without_a_campaign_today_the_one_with_an_open_phase_then_the_newest_is_current(
    services: Services, hospital: Hospital, today: date
) -> None:
    later = today + timedelta(days=200)
    newest = services.campaigns.create_campaign(
        hospital.admin, CampaignSpec(name="最新", starts_on=today + timedelta(days=100))
    )
    current = services.campaigns.current_campaign(hospital.admin, later)
    assert current is not None and current.id == hospital.campaign.id  # self-check still open
    services.campaigns.close_phase(hospital.admin, hospital.campaign.id, PhaseKind.SELF_CHECK)
    current = services.campaigns.current_campaign(hospital.admin, later)
    assert current is not None and current.id == newest.id


def test_the_campaign_choices_are_the_list_by_name_with_the_current_one(
    services: Services, hospital: Hospital, today: date
) -> None:
    """What a chooser shows without loading the campaigns: the same list, and the same current
    one on each kind of day (running, an open phase, the newest)."""
    admin = hospital.admin
    services.campaigns.create_campaign(
        admin, CampaignSpec(name="以前", starts_on=today - timedelta(days=100)), allow_clash=True
    )
    services.campaigns.create_campaign(
        admin, CampaignSpec(name="最新", starts_on=today + timedelta(days=100))
    )
    listed = [(c.id, c.name) for c in services.campaigns.list_campaigns(admin)]
    later = today + timedelta(days=200)

    def chosen(day: date) -> int | None:
        choices, of_today = services.campaigns.campaign_choices(admin, day)
        assert [(c.id, c.name) for c in choices] == listed
        current = services.campaigns.current_campaign(admin, day)
        assert current is not None and of_today == current.id
        return of_today

    assert chosen(today) == chosen(later) == hospital.campaign.id  # running; its phase open
    services.campaigns.close_phase(admin, hospital.campaign.id, PhaseKind.SELF_CHECK)
    assert chosen(later) == listed[0][0] != hospital.campaign.id  # the newest


def test_a_clashing_campaign_is_refused_unless_allowed_and_the_clash_is_named(
    services: Services, hospital: Hospital, chinese: None
) -> None:
    spec = CampaignSpec(name="2026年7月基础护理质量提升活动月", starts_on=date(2026, 7, 20))
    clashes = services.campaigns.clashes(hospital.admin, spec)
    assert [(c.campaign_id, c.name, c.starts_on, c.ends_on) for c in clashes] == [
        (hospital.campaign.id, spec.name, date(2026, 7, 6), date(2026, 8, 2))
    ]
    assert clashes[0].same_name and clashes[0].overlapping
    with pytest.raises(ValidationError) as refused:
        services.campaigns.create_campaign(hospital.admin, spec)
    assert error_text(refused.value) == (
        "活动未创建。已有同名活动“2026年7月基础护理质量提升活动月”（2026-07-06 至 2026-08-02），"
        "且日期与新活动重叠。请换一个名称或开始日期；如确实需要两个活动，请确认后再创建。"
    )
    assert len(services.campaigns.list_campaigns(hospital.admin)) == 1
    created = services.campaigns.create_campaign(hospital.admin, spec, allow_clash=True)
    assert len(services.campaigns.list_campaigns(hospital.admin)) == 2
    later = CampaignSpec(name="2026年8月活动月", starts_on=date(2026, 8, 3))
    assert [c.campaign_id for c in services.campaigns.clashes(hospital.admin, later)] == [
        created.id
    ]
    assert (
        services.campaigns.clashes(
            hospital.admin, CampaignSpec(name="2026年9月活动月", starts_on=date(2026, 8, 31))
        )
        == []
    )


def test_only_the_same_name_clashes_on_other_dates(services: Services, hospital: Hospital) -> None:
    spec = CampaignSpec(name=" 2026年7月基础护理质量提升活动月 ", starts_on=date(2027, 7, 5))
    [clash] = services.campaigns.clashes(hospital.admin, spec)
    assert clash.same_name and not clash.overlapping
    assert clash.message().template.endswith("already has this name.")


def test_an_empty_campaign_is_deleted_and_the_audit_log_keeps_its_name_and_dates(
    services: Services, hospital: Hospital
) -> None:
    spare = services.campaigns.create_campaign(
        hospital.admin, CampaignSpec(name="误建的活动", starts_on=date(2026, 9, 7))
    )
    with pytest.raises(PermissionDenied):
        services.campaigns.delete_campaign(hospital.nurse_a, spare.id)
    services.campaigns.ensure_deletable(hospital.admin, spare.id)
    services.campaigns.delete_campaign(hospital.admin, spare.id)
    assert [c.id for c in services.campaigns.list_campaigns(hospital.admin)] == [
        hospital.campaign.id
    ]
    with services.database.transaction() as session:
        entry = session.scalars(select(AuditEntry).where(AuditEntry.action == "delete")).one()
        assert (entry.entity, entry.entity_id, entry.username) == ("campaign", spare.id, "admin")
        assert json.loads(entry.before or "") == {
            "name": "误建的活动",
            "starts_on": "2026-09-07",
            "ends_on": "2026-10-04",
            "wards": 2,
            "checklists": ["WARD_ENV", "BED_UNIT", "SERVICE", "TREAT_ROOM", "BASIC_CARE"],
        }
        assert session.scalar(select(func.count(CampaignPhase.id))) == 4


def test_a_campaign_with_sheets_is_not_deleted_and_the_message_counts_them(
    services: Services, hospital: Hospital, chinese: None
) -> None:
    save_draft(services, hospital.nurse_a, hospital.key("WARD_ENV"), {})
    save_draft(services, hospital.nurse_b, hospital.key("SERVICE", hospital.ward_b), {})
    for attempt in (services.campaigns.ensure_deletable, services.campaigns.delete_campaign):
        with pytest.raises(ValidationError) as refused:
            attempt(hospital.admin, hospital.campaign.id)
        assert error_text(refused.value) == (
            "活动“2026年7月基础护理质量提升活动月”不能删除：其中已有 2 张检查表。"
            "只有还没有任何人填写过的活动才能删除。"
        )
    assert len(services.campaigns.list_campaigns(hospital.admin)) == 1


def test_a_campaign_with_a_nomination_but_no_sheet_is_not_deleted(
    services: Services, hospital: Hospital, chinese: None
) -> None:
    """A head nurse nominated a nurse before anyone filled a sheet: deleting the campaign would
    take her nomination with it unseen."""
    services.nominations.nominate(
        hospital.nurse_a, hospital.campaign.id, hospital.ward_a, "李娜", "带教认真"
    )
    for attempt in (services.campaigns.ensure_deletable, services.campaigns.delete_campaign):
        with pytest.raises(ValidationError) as refused:
            attempt(hospital.admin, hospital.campaign.id)
        assert refused.value.template == MSG_CAMPAIGN_HAS_DECISIONS
        assert refused.value.params["count"] == 1
    assert len(services.campaigns.list_campaigns(hospital.admin)) == 1
    assert len(services.nominations.nominations(hospital.admin, hospital.campaign.id)) == 1


def test_closing_a_phase_can_first_tell_what_is_still_unsubmitted(
    services: Services, hospital: Hospital
) -> None:
    from nursingqc.domain.workflow import PhaseKind
    from tests.helpers import full_marks, save_draft, submit

    key = hospital.key()
    submit(
        services,
        hospital.nurse_a,
        key,
        full_marks(services.checklists.definition(key.checklist_id)),
    )
    save_draft(services, hospital.nurse_a, hospital.key("BED_UNIT"), {})
    work = services.campaigns.open_work(hospital.admin, hospital.campaign.id, PhaseKind.SELF_CHECK)
    # 2 wards × 5 checklists, one submitted; one of the nine others is a draft.
    assert (work.unsubmitted, work.drafts) == (9, 1)


@pytest.mark.parametrize(
    ("setting", "value", "message"),
    [
        ("model_ward_count", 101, "示范病房名额须在 0 至 100 之间，不能是 101。"),
        (
            "model_ward_threshold",
            Decimal("100.5"),
            "示范病房最低分须在 0 至 100 之间，不能是 100.5。",
        ),
        ("rectification_days", 0, "整改期限须为通知后 1 至 60 天，不能是 0。"),
    ],
)
def test_award_and_rectification_settings_outside_their_range_are_refused_naming_it(
    services: Services, hospital: Hospital, chinese: None, setting: str, value: object, message: str
) -> None:
    wrong: dict[str, Any] = {setting: value}
    spec = CampaignSpec(name="2026年9月活动月", starts_on=date(2026, 9, 7), **wrong)
    with pytest.raises(ValidationError) as refused:
        services.campaigns.create_campaign(hospital.admin, spec)
    assert error_text(refused.value) == message


def test_opening_a_phase_out_of_order_is_warned_of_first(
    services: Services, hospital: Hospital
) -> None:
    campaigns, admin, campaign = services.campaigns, hospital.admin, hospital.campaign.id

    def warned(kind: PhaseKind, of: int = campaign) -> list[str]:
        return [message_text(m) for m in campaigns.opening_warnings(admin, of, kind)]

    assert warned(PhaseKind.RECTIFICATION) == [
        "The 自查 phase is still open. Opening 整改 now runs both at once; usually 自查 is "
        "closed first."
    ]
    campaigns.close_phase(admin, campaign, PhaseKind.SELF_CHECK)
    assert warned(PhaseKind.RECTIFICATION) == []
    assert warned(PhaseKind.EVALUATION) == [
        "The 整改 phase was never opened. Opening 评比 now skips it: its work (such as the "
        "wards' rectification) is not done in the program."
    ]
    other = campaigns.create_campaign(
        admin, CampaignSpec(name="八月", starts_on=TODAY + timedelta(days=40))
    )
    campaigns.open_phase(admin, campaign, PhaseKind.RECTIFICATION)
    assert warned(PhaseKind.SELF_CHECK, other.id) == [
        f"The 整改 phase of {hospital.campaign.name} is open too: head nurses then find two "
        "campaigns at work. Close it first unless both are meant to run."
    ]
    with pytest.raises(PermissionDenied):
        campaigns.opening_warnings(hospital.nurse_a, campaign, PhaseKind.EVALUATION)


def test_a_campaign_is_edited_as_far_as_its_phases_allow(
    services: Services, hospital: Hospital
) -> None:
    campaigns, admin = services.campaigns, hospital.admin
    planned = campaigns.create_campaign(
        admin, CampaignSpec(name="八月", starts_on=TODAY + timedelta(days=40))
    )
    edited = campaigns.update_campaign(
        admin,
        planned,
        CampaignSpec(
            name="2026年8月基础护理质量提升活动月",
            starts_on=TODAY + timedelta(days=47),
            checklist_codes=["WARD_ENV", "BASIC_CARE"],
            weights=[Decimal(1), Decimal(2)],
            ward_ids=[hospital.ward_a],
            model_ward_count=1,
        ),
    )
    assert edited.name == "2026年8月基础护理质量提升活动月" and edited.ward_count == 1
    assert [(c.code, c.weight) for c in edited.checklists] == [
        ("WARD_ENV", Decimal(1)),
        ("BASIC_CARE", Decimal(2)),
    ]
    assert edited.phases[0].starts_on == TODAY + timedelta(days=47)
    assert edited.phases[-1].ends_on == TODAY + timedelta(days=47 + 27)
    (entry,) = [e for e in audit_entries(services, "update") if e.entity == "campaign"]
    assert json.loads(entry.after or "")["wards"] == ["NK01"]

    # Editing what was opened before someone else's change is refused, naming them.
    with pytest.raises(ConcurrentChange) as stale:
        campaigns.update_campaign(
            admin, planned, CampaignSpec(name="又改", starts_on=planned.starts_on)
        )
    assert stale.value.changed_by == "admin"


def test_a_running_campaign_keeps_its_dates_checklists_and_scored_wards(
    services: Services, hospital: Hospital
) -> None:
    campaigns, admin = services.campaigns, hospital.admin
    running = hospital.campaign  # its self-check is open
    save_draft(services, hospital.nurse_a, hospital.key(), {})
    codes = [c.code for c in running.checklists]
    same = CampaignSpec(name=running.name, starts_on=running.starts_on, checklist_codes=codes)
    before = database_state(services)
    for refused, spec in (
        ("cannot move", replace(same, starts_on=running.starts_on + timedelta(days=7))),
        ("checklists of", replace(same, checklist_codes=codes[:2], weights=None)),
        ("cannot leave", replace(same, ward_ids=[hospital.ward_b])),
    ):
        with pytest.raises(ValidationError, match=refused):
            campaigns.update_campaign(admin, running, spec)
    assert database_state(services) == before
    weighted = replace(same, weights=[Decimal(2)] * len(codes), model_ward_count=5)
    changed = campaigns.update_campaign(admin, running, weighted)
    assert {c.weight for c in changed.checklists} == {Decimal(2)}
    assert changed.model_ward_count == 5
    with pytest.raises(PermissionDenied):
        campaigns.update_campaign(hospital.nurse_a, changed, weighted)
