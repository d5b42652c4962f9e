"""发布: closing the summary phase locks the whole campaign; reopening it needs a reason."""

from __future__ import annotations

from collections.abc import Callable
from decimal import Decimal

import pytest
from sqlalchemy import select

from nursingqc.domain.errors import PhaseNotOpen
from nursingqc.domain.scoring import ItemEntry
from nursingqc.domain.workflow import MSG_CAMPAIGN_LOCKED, PhaseKind
from nursingqc.services.container import Services
from nursingqc.storage.models import AuditEntry
from tests.helpers import TODAY, Hospital, full_marks, save_draft, submit


def publish(services: Services, hospital: Hospital) -> None:
    campaigns, admin, campaign = services.campaigns, hospital.admin, hospital.campaign.id
    campaigns.open_phase(admin, campaign, PhaseKind.SUMMARY)
    campaigns.close_phase(admin, campaign, PhaseKind.SUMMARY)


def test_a_published_campaign_refuses_every_change_through_the_services(
    services: Services, hospital: Hospital
) -> None:
    key = hospital.key()
    entries = full_marks(services.checklists.definition(key.checklist_id))
    entries["WE02"] = ItemEntry(Decimal(1), problem="异味")
    submit(services, hospital.nurse_a, key, entries)
    save_draft(services, hospital.nurse_a, hospital.key("BED_UNIT"), {})
    (item,) = services.rectification.list_items(hospital.admin, hospital.campaign.id)
    publish(services, hospital)
    campaign = hospital.campaign.id
    draft = services.inspections.open_sheet(hospital.nurse_a, hospital.key("BED_UNIT"))
    changes: list[Callable[[], object]] = [
        lambda: services.inspections.save_draft(hospital.nurse_a, draft.key, {}, draft.version),
        lambda: services.inspections.submit(hospital.nurse_a, draft.key, {}, draft.version),
        lambda: services.inspections.reopen(hospital.admin, key, "改错"),
        lambda: services.rectification.fill(hospital.nurse_a, item.id, item.version, "a", "b", ""),
        lambda: services.rectification.mark_done(hospital.nurse_a, item.id, item.version, TODAY),
        lambda: services.rectification.verify(hospital.inspector, item.id, item.version),
        lambda: services.rectification.add_photo(hospital.nurse_a, item.id, "a.jpg", b"x", (1, 1)),
        lambda: services.campaigns.open_phase(hospital.admin, campaign, PhaseKind.EVALUATION),
        lambda: services.campaigns.close_phase(hospital.admin, campaign, PhaseKind.SELF_CHECK),
        lambda: services.campaigns.delete_campaign(hospital.admin, campaign),
    ]
    for change in changes:
        with pytest.raises(PhaseNotOpen) as refused:
            change()
        assert refused.value.template == MSG_CAMPAIGN_LOCKED
    assert services.inspections.open_sheet(hospital.nurse_a, draft.key).version == draft.version


def test_the_department_reopens_a_published_campaign_with_a_reason(
    services: Services, hospital: Hospital
) -> None:
    publish(services, hospital)
    services.campaigns.open_phase(
        hospital.admin, hospital.campaign.id, PhaseKind.SUMMARY, "示范病房名单需更正"
    )
    save_draft(services, hospital.nurse_a, hospital.key(), {})
    with services.database.transaction() as session:
        reopened = session.scalars(
            select(AuditEntry).where(AuditEntry.action == "reopen_phase")
        ).one()
    assert reopened.reason == "示范病房名单需更正"
