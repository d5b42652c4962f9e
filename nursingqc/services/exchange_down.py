"""下发包: what the department sends one ward's PC (rules §14) — its campaigns as they stand
(phases, settings, the names printed once published) with their checklist versions, the
self-check sheets the department reopened, the ward's submitted evaluation sheets, and every
rectification item changed since the last exchange: the findings as items, re-check results
and new deadlines.

As up, a record travels until the ward PC has it; the campaigns travel every time (a few rows),
so that a published campaign is published on the ward PC with its results, and with the
ranking as published (the ward PC cannot rank wards it does not hold).
"""

from __future__ import annotations

from sqlalchemy import or_, select
from sqlalchemy.orm import Session, selectinload

from nursingqc.domain.exchange_records import RECORDS_VERSION, RecordsDocument
from nursingqc.domain.workflow import PhaseKind, SheetStatus
from nursingqc.services.campaigns import campaign_published
from nursingqc.services.exchange_rows import (
    campaign_record,
    checklist_record,
    rectification_records,
    sheet_record,
)
from nursingqc.services.summary import published_ranking
from nursingqc.storage.models import (
    Campaign,
    CampaignChecklist,
    CampaignWard,
    Checklist,
    Inspection,
    RectificationItem,
    Ward,
)


def down_records(session: Session, ward: Ward) -> tuple[RecordsDocument, dict[str, bytes]]:
    """The department's records of ``ward`` that its PC lacks, and the photos they name."""
    campaigns = list(
        session.scalars(
            select(Campaign)
            .join(CampaignWard, CampaignWard.campaign_id == Campaign.id)
            .where(CampaignWard.ward_id == ward.id)
            .options(
                selectinload(Campaign.phases),
                selectinload(Campaign.wards),
                selectinload(Campaign.checklists).selectinload(CampaignChecklist.checklist),
            )
            .order_by(Campaign.starts_on, Campaign.id)
        )
    )
    uids = {campaign.id: campaign.uid for campaign in campaigns}
    checklists = {
        row.id: row
        for row in session.scalars(
            select(Checklist)
            .where(
                Checklist.id.in_(
                    {link.checklist_id for campaign in campaigns for link in campaign.checklists}
                )
            )
            .options(selectinload(Checklist.items))
            .order_by(Checklist.code, Checklist.version)
        )
    }
    sheets = session.scalars(
        select(Inspection)
        .where(
            Inspection.ward_id == ward.id,
            Inspection.campaign_id.in_(uids),
            Inspection.version > Inspection.exchanged_version,
            or_(
                # Reopened: a sheet the ward sent, changed here since.
                (Inspection.phase == PhaseKind.SELF_CHECK) & (Inspection.exchanged_version > 0),
                (Inspection.phase == PhaseKind.EVALUATION)
                & (Inspection.status == SheetStatus.SUBMITTED),
            ),
        )
        .options(selectinload(Inspection.results))
        .order_by(Inspection.id)
    )
    sheet_records = tuple(
        sheet_record(row, ward.code, checklists[row.checklist_id], uids[row.campaign_id])
        for row in sheets
    )
    inspections: dict[int, str] = {
        row_id: uid
        for row_id, uid in session.execute(
            select(Inspection.id, Inspection.uid).where(Inspection.ward_id == ward.id)
        )
    }
    items = session.scalars(
        select(RectificationItem)
        .where(
            RectificationItem.ward_id == ward.id,
            RectificationItem.campaign_id.in_(uids),
            RectificationItem.version > RectificationItem.exchanged_version,
        )
        .options(selectinload(RectificationItem.events), selectinload(RectificationItem.photos))
        .order_by(RectificationItem.id)
    )
    records, photos = rectification_records(items, ward.code, inspections, uids)
    document = RecordsDocument(
        records_version=RECORDS_VERSION,
        checklists=tuple(checklist_record(row) for row in checklists.values()),
        campaigns=tuple(campaign_record(campaign, ward) for campaign in campaigns),
        sheets=sheet_records,
        rectifications=tuple(records),
        rankings=tuple(
            published_ranking(session, campaign)
            for campaign in campaigns
            if campaign_published(campaign)
        ),
    )
    return document, photos
