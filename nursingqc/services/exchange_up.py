"""上报包: what a ward PC sends the department (rules §14) — its submitted self-check sheets and
every rectification item it changed since the last exchange (the answers: cause, measure,
owner, done date, and the photos by their hash), never the department's records.

A record travels until the department has it: its version above the version last exchanged.
That version moves when the department's receipt or its next package shows the record arrived,
so a package lost on the way loses nothing the next one does not carry again.
"""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import Session, selectinload

from nursingqc.domain.exchange_records import RECORDS_VERSION, RecordsDocument
from nursingqc.domain.workflow import PhaseKind, SheetStatus
from nursingqc.services.exchange_rows import (
    rectification_records,
    sheet_record,
)
from nursingqc.storage.models import (
    Campaign,
    Checklist,
    Inspection,
    RectificationItem,
    Ward,
)


def up_records(session: Session, ward: Ward) -> tuple[RecordsDocument, dict[str, bytes]]:
    """The ward's records the department lacks, and the photos they name."""
    campaigns = {campaign.id: campaign.uid for campaign in session.scalars(select(Campaign))}
    sheets = session.scalars(
        select(Inspection)
        .where(
            Inspection.ward_id == ward.id,
            Inspection.phase == PhaseKind.SELF_CHECK,
            Inspection.status == SheetStatus.SUBMITTED,
            Inspection.version > Inspection.exchanged_version,
        )
        .options(selectinload(Inspection.results))
        .order_by(Inspection.id)
    )
    checklists = {
        row.id: row
        for row in session.scalars(select(Checklist).options(selectinload(Checklist.items)))
    }
    sheet_records = tuple(
        sheet_record(row, ward.code, checklists[row.checklist_id], campaigns[row.campaign_id])
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
            RectificationItem.version > RectificationItem.exchanged_version,
        )
        .options(selectinload(RectificationItem.events), selectinload(RectificationItem.photos))
        .order_by(RectificationItem.id)
    )
    records, photos = rectification_records(items, ward.code, inspections, campaigns)
    document = RecordsDocument(
        records_version=RECORDS_VERSION,
        checklists=(),
        campaigns=(),
        sheets=sheet_records,
        rectifications=tuple(records),
        rankings=(),
    )
    return document, photos
