"""活动月 set-up through the service layer."""

from __future__ import annotations

from datetime import date, timedelta
from decimal import Decimal

import pytest
from sqlalchemy import select

from nursingqc.domain.errors import PermissionDenied, ValidationError
from nursingqc.domain.workflow import PhaseKind, PhaseState
from nursingqc.services.campaigns import CampaignSpec
from nursingqc.services.container import Services
from nursingqc.storage.models import AuditEntry
from tests.helpers import Hospital


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
        CampaignSpec(name="x", starts_on=date(2026, 8, 3), checklist_codes=["SERVICE", "SERVICE"]),
    ],
)
def test_a_bad_campaign_is_refused_and_nothing_is_created(
    services: Services, hospital: Hospital, spec: CampaignSpec
) -> None:
    with pytest.raises(ValidationError):
        services.campaigns.create_campaign(hospital.admin, spec)
    assert len(services.campaigns.list_campaigns(hospital.admin)) == 1


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
