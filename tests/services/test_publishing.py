"""发布: closing the summary phase locks the whole campaign; reopening it needs a reason."""

from __future__ import annotations

import inspect
from collections.abc import Callable
from dataclasses import dataclass, fields
from datetime import timedelta
from decimal import Decimal

import pytest
from sqlalchemy import select, update

from nursingqc.domain.errors import PhaseNotOpen
from nursingqc.domain.scoring import ItemEntry
from nursingqc.domain.workflow import MSG_CAMPAIGN_LOCKED, PhaseKind
from nursingqc.services.campaigns import CampaignSpec
from nursingqc.services.container import Services
from nursingqc.services.inspections import Sheet, SheetKey
from nursingqc.services.nominations import NomineeView
from nursingqc.services.rectification import RectificationInfo
from nursingqc.services.summary import SummaryText
from nursingqc.services.use_cases import CampaignAccess, campaign_access
from nursingqc.services.ward_import import WardRow
from nursingqc.services.wards import WardEdit
from nursingqc.storage.models import AuditEntry, Base
from nursingqc.storage.models import Hospital as HospitalRow
from tests.helpers import TODAY, Hospital, full_marks, save_draft, submit
from tests.months import publish, run_month


@dataclass(frozen=True)
class Published:
    """A published campaign that holds one of everything a write could change: a submitted
    sheet with a finding, a draft, a rectification item and a nomination."""

    services: Services
    hospital: Hospital
    submitted: SheetKey
    draft: Sheet
    item: RectificationInfo
    nominee: NomineeView

    @property
    def campaign(self) -> int:
        return self.hospital.campaign.id


@pytest.fixture
def published(services: Services, hospital: Hospital) -> Published:
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
    draft = services.inspections.open_sheet(hospital.nurse_a, hospital.key("BED_UNIT"))
    return Published(services, hospital, key, draft, item, nominee)


#: One call of every campaign write, by someone allowed to make it while the campaign is open.
WRITES: dict[str, Callable[[Published], object]] = {
    "campaigns.open_phase": lambda p: p.services.campaigns.open_phase(
        p.hospital.admin, p.campaign, PhaseKind.EVALUATION
    ),
    "campaigns.close_phase": lambda p: p.services.campaigns.close_phase(
        p.hospital.admin, p.campaign, PhaseKind.SELF_CHECK
    ),
    "campaigns.delete_campaign": lambda p: p.services.campaigns.delete_campaign(
        p.hospital.admin, p.campaign
    ),
    "inspections.save_draft": lambda p: p.services.inspections.save_draft(
        p.hospital.nurse_a, p.draft.key, {}, p.draft.version
    ),
    "inspections.submit": lambda p: p.services.inspections.submit(
        p.hospital.nurse_a, p.draft.key, {}, p.draft.version
    ),
    "inspections.reopen": lambda p: p.services.inspections.reopen(
        p.hospital.admin, p.submitted, "改错"
    ),
    "rectification.fill": lambda p: p.services.rectification.fill(
        p.hospital.nurse_a, p.item.id, p.item.version, "原因", "措施", "张丽"
    ),
    "rectification.mark_done": lambda p: p.services.rectification.mark_done(
        p.hospital.nurse_a, p.item.id, p.item.version, TODAY
    ),
    "rectification.verify": lambda p: p.services.rectification.verify(
        p.hospital.inspector, p.item.id, p.item.version
    ),
    "rectification.reject": lambda p: p.services.rectification.reject(
        p.hospital.inspector, p.item.id, p.item.version, "仍有异味", TODAY + timedelta(days=3)
    ),
    "rectification.delay": lambda p: p.services.rectification.delay(
        p.hospital.admin, p.item.id, p.item.version, "等待维修", TODAY + timedelta(days=14)
    ),
    "rectification.add_photo": lambda p: p.services.rectification.add_photo(
        p.hospital.nurse_a, p.item.id, "a.jpg", b"x", (1, 1)
    ),
    "rectification.remove_photo": lambda p: p.services.rectification.remove_photo(
        p.hospital.nurse_a, p.item.id, p.item.version, 1, "拍错了"
    ),
    "campaigns.update_campaign": lambda p: p.services.campaigns.update_campaign(
        p.hospital.admin,
        p.services.campaigns.get_campaign(p.hospital.admin, p.campaign),
        CampaignSpec(name="改名", starts_on=TODAY),
    ),
    "ranking.confirm_model_wards": lambda p: p.services.ranking.confirm_model_wards(
        p.hospital.admin, p.campaign, [], "无", seen=None
    ),
    "nominations.nominate": lambda p: p.services.nominations.nominate(
        p.hospital.nurse_a, p.campaign, p.hospital.ward_a, "王芳", "带教认真"
    ),
    "nominations.decide_nomination": lambda p: p.services.nominations.decide_nomination(
        p.hospital.admin, p.nominee.id, approve=True, seen=None
    ),
    "score_import.import_scores": lambda p: p.services.score_import.import_scores(
        p.hospital.admin, p.campaign, []
    ),
    "summary.save_draft": lambda p: p.services.summary.save_draft(
        p.hospital.admin, p.campaign, SummaryText(conclusions="结论")
    ),
    "summary.save_text": lambda p: p.services.summary.save_text(
        p.hospital.admin, p.campaign, SummaryText(conclusions="结论")
    ),
}


def use_cases(services: Services) -> dict[str, CampaignAccess | None]:
    """Every public method of every service the program is given, with its mark."""
    found = {}
    for group in fields(services):
        service = getattr(services, group.name)
        if not type(service).__module__.startswith("nursingqc.services."):
            continue
        for name, method in inspect.getmembers(type(service), inspect.isfunction):
            if not name.startswith("_"):
                found[f"{group.name}.{name}"] = campaign_access(method)
    return found


def every_row(services: Services) -> dict[str, list[tuple[object, ...]]]:
    """The whole database, table by table."""
    with services.database.transaction(read_only=True) as session:
        return {
            table.name: sorted((tuple(row) for row in session.execute(select(table))), key=repr)
            for table in Base.metadata.sorted_tables
        }


def test_every_public_service_method_says_what_it_does_to_a_campaign(
    services: Services,
) -> None:
    unmarked = [name for name, access in use_cases(services).items() if access is None]
    assert unmarked == [], "mark each with a decorator of nursingqc/services/use_cases.py"


def test_every_campaign_write_is_called_below_on_a_published_campaign(
    services: Services,
) -> None:
    writes = {n for n, access in use_cases(services).items() if access is CampaignAccess.WRITES}
    assert sorted(writes) == sorted(WRITES)


@pytest.mark.parametrize("use_case", sorted(WRITES))
def test_a_published_campaign_refuses_every_write_and_changes_nothing(
    published: Published, use_case: str
) -> None:
    before = every_row(published.services)
    with pytest.raises(PhaseNotOpen) as refused:
        WRITES[use_case](published)
    assert refused.value.template == MSG_CAMPAIGN_LOCKED
    assert every_row(published.services) == before


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
    from nursingqc.services.wards import MSG_WARD_IN_RECORDS

    services.ward_import.import_wards(hospital.admin, [WardRow(4, "EK01", "儿科")])
    ward = next(w for w in services.wards.list_wards(hospital.admin) if w.code == "EK01")

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
    notices = services.notices.notices(admin, campaign, "NK01")
    names = {ranking.hospital, summary.hospital, *(n.hospital for n in notices)}
    names |= {row.ward.name for row in ranking.rows}
    with services.ranking.details(admin, campaign) as details:
        names |= {line.ward_name for line in details}
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

    services.ward_import.import_wards(
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
