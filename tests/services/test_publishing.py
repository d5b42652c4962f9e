"""发布: closing the summary phase locks the whole campaign; reopening it needs a reason."""

from __future__ import annotations

from collections.abc import Callable
from decimal import Decimal

import pytest
from sqlalchemy import select, update

from nursingqc.domain.errors import PhaseNotOpen
from nursingqc.domain.scoring import ItemEntry
from nursingqc.domain.workflow import MSG_CAMPAIGN_LOCKED, PhaseKind
from nursingqc.services.container import Services
from nursingqc.services.wards import WardEdit, WardRow
from nursingqc.storage.models import AuditEntry
from nursingqc.storage.models import Hospital as HospitalRow
from tests.helpers import TODAY, Hospital, full_marks, save_draft, submit
from tests.months import run_month


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
    nominee = services.nominations.nominate(
        hospital.nurse_a, hospital.campaign.id, hospital.ward_a, "刘洋", "服务热情"
    )
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
        lambda: services.ranking.confirm_model_wards(hospital.admin, campaign, [], "无", seen=None),
        lambda: services.nominations.nominate(
            hospital.nurse_a, campaign, hospital.ward_a, "王芳", "带教认真"
        ),
        lambda: services.nominations.decide_nomination(
            hospital.admin, nominee.id, approve=True, seen=None
        ),
        lambda: services.score_import.import_scores(hospital.admin, campaign, []),
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


def test_a_ward_in_a_published_campaign_cannot_be_deleted(
    services: Services, hospital: Hospital
) -> None:
    from nursingqc.domain.errors import ValidationError
    from nursingqc.services.wards import MSG_WARD_IN_RECORDS, WardRow

    services.wards.import_wards(hospital.admin, [WardRow(4, "EK01", "儿科")])
    ward = next(w for w in services.wards.list_wards(hospital.admin) if w.code == "EK01")
    from nursingqc.services.campaigns import CampaignSpec

    later = services.campaigns.create_campaign(
        hospital.admin, CampaignSpec(name="2027年1月", starts_on=TODAY.replace(year=2027))
    )
    for kind in (PhaseKind.SUMMARY,):
        services.campaigns.open_phase(hospital.admin, later.id, kind)
        services.campaigns.close_phase(hospital.admin, later.id, kind)
    with pytest.raises(ValidationError) as refused:
        services.wards.delete_ward(hospital.admin, ward.id)
    assert refused.value.template == MSG_WARD_IN_RECORDS
    assert any(w.code == "EK01" for w in services.wards.list_wards(hospital.admin))


def test_a_sheet_of_a_published_campaign_opens_read_only_without_reopen(
    services: Services, hospital: Hospital
) -> None:
    submit(
        services,
        hospital.nurse_a,
        hospital.key(),
        full_marks(services.checklists.definition(hospital.key().checklist_id)),
    )
    publish(services, hospital)
    for actor in (hospital.nurse_a, hospital.admin):
        sheet = services.inspections.open_sheet(actor, hospital.key("BED_UNIT"))
        assert sheet.published and not sheet.editable
    submitted = services.inspections.open_sheet(hospital.admin, hospital.key())
    assert not submitted.can_reopen


def test_a_published_campaigns_rectification_items_say_they_are_locked(
    services: Services, hospital: Hospital
) -> None:
    key = hospital.key()
    entries = full_marks(services.checklists.definition(key.checklist_id))
    entries["WE02"] = ItemEntry(Decimal(1), problem="异味")
    submit(services, hospital.nurse_a, key, entries)
    (item,) = services.rectification.list_items(hospital.admin, hospital.campaign.id)
    assert not services.rectification.detail(hospital.nurse_a, item.id).locked
    publish(services, hospital)
    assert services.rectification.detail(hospital.nurse_a, item.id).locked


def names_printed(services: Services, hospital: Hospital) -> set[str]:
    """Every hospital, ward and head-nurse name the campaign's documents would print."""
    admin, campaign = hospital.admin, hospital.campaign.id
    ranking = services.ranking.ranking(admin, campaign)
    summary = services.summary.summary(admin, campaign)
    notices = services.rectification.notices(admin, campaign, "NK01")
    names = {ranking.hospital, summary.hospital, *(n.hospital for n in notices)}
    names |= {row.ward.name for row in ranking.rows}
    names |= {line.ward_name for line in services.ranking.details(admin, campaign)}
    names |= {row.ward_name for row in summary.ranking}
    names |= {line.ward_name for line in summary.rectification if line.ward_code}
    names |= {nurse.ward_name for nurse in summary.excellent_nurses}
    names |= {n.ward_name for n in notices} | {n.head_nurse for n in notices}
    for certificate in services.summary.certificates(admin, campaign, TODAY):
        names |= {certificate.hospital, certificate.ward_name}
    return names


def test_renaming_wards_or_the_hospital_after_publishing_changes_no_published_document(
    services: Services, hospital: Hospital
) -> None:
    run_month(services, hospital)
    before = names_printed(services, hospital)
    assert {"测试市人民医院", "心血管内科", "普通外科"} <= before
    publish(services, hospital)

    services.wards.import_wards(
        hospital.admin, [WardRow(2, "NK01", "心内一病区", head_nurse_name="新来的护士长")]
    )
    (surgery,) = [w for w in services.wards.manage_wards(hospital.admin) if w.code == "WK01"]
    services.wards.update_ward(hospital.admin, surgery, WardEdit("外科二病区"))
    with services.database.transaction() as session:
        session.execute(update(HospitalRow).values(name="测试市第二人民医院"))

    assert names_printed(services, hospital) == before

    services.campaigns.open_phase(
        hospital.admin, hospital.campaign.id, PhaseKind.SUMMARY, reason="补充总结"
    )
    after_reopening = names_printed(services, hospital)
    assert {"测试市第二人民医院", "心内一病区", "外科二病区", "新来的护士长"} <= after_reopening
    assert not {"测试市人民医院", "心血管内科", "普通外科"} & after_reopening
