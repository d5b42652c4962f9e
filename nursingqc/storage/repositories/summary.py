"""The summary's queries: the evaluation's item counts, the inspectors, the findings with their
rectification status, earlier campaigns and the approved excellent nurses — each one query
(the item counts two)."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from decimal import Decimal
from typing import NamedTuple

from sqlalchemy import Integer, case, distinct, func, select, type_coerce
from sqlalchemy.orm import Session, selectinload

from nursingqc.domain.awards import NominationStatus
from nursingqc.domain.ranking import WardRef
from nursingqc.domain.rectification import RectificationStatus
from nursingqc.domain.statistics import ItemCount, ItemTally
from nursingqc.domain.workflow import PhaseKind, SheetStatus
from nursingqc.storage.models import (
    Campaign,
    CampaignChecklist,
    CampaignWard,
    Checklist,
    ChecklistItemRow,
    Inspection,
    ItemResult,
    Nomination,
    RectificationItem,
    Ward,
)
from nursingqc.storage.repositories.printed import PRINTED_CODE, PRINTED_NAME, join_printed


def item_tally(session: Session, campaign_id: int) -> ItemTally:
    """The counts the Pareto, 完全达标率 and the coverage are made of, over every item of every
    submitted evaluation inspection of the campaign's checklists: one ``GROUP BY`` item and one
    count of wards, so no item row leaves the database (tests check them against the rows)."""
    deduction = type_coerce(ItemResult.deduction, Integer)
    applicable = ItemResult.not_applicable.is_(False)
    # rules §7.2: a finding is an applicable item with a deduction or a failed veto.
    finding = applicable & ((deduction > 0) | ItemResult.veto_failed.is_(True))
    rows = (
        select()
        .select_from(Inspection)
        .join(
            CampaignChecklist,
            (CampaignChecklist.campaign_id == Inspection.campaign_id)
            & (CampaignChecklist.checklist_id == Inspection.checklist_id),
        )
        .join(ItemResult, ItemResult.inspection_id == Inspection.id)
        .where(
            Inspection.campaign_id == campaign_id,
            Inspection.phase == PhaseKind.EVALUATION,
            Inspection.status == SheetStatus.SUBMITTED,
        )
    )
    # Grouped by the item's id, then named: grouping by its texts sorts strings, 2.5× slower.
    counts = (
        rows.add_columns(
            ItemResult.item_id,
            func.sum(case((applicable, 1), else_=0)).label("applicable"),
            func.sum(case((finding, 1), else_=0)).label("findings"),
        )
        .group_by(ItemResult.item_id)
        .subquery()
    )
    named = (
        select(
            Checklist.name,
            ChecklistItemRow.code,
            ChecklistItemRow.text,
            counts.c.applicable,
            counts.c.findings,
        )
        .select_from(counts)
        .join(ChecklistItemRow, ChecklistItemRow.id == counts.c.item_id)
        .join(Checklist, Checklist.id == ChecklistItemRow.checklist_id)
    )
    wards = session.scalar(rows.add_columns(func.count(distinct(Inspection.ward_id))))
    return ItemTally(
        int(wards or 0),
        tuple(
            ItemCount(name, code, item_text, int(checked), int(found))
            for name, code, item_text, checked, found in session.execute(named)
        ),
    )


class InspectorCount(NamedTuple):
    name: str
    inspections: int
    wards: int


def inspector_lines(session: Session, campaign_id: int) -> list[InspectorCount]:
    """质控人员: each inspector's submitted evaluation inspections and wards, most first."""
    inspections = func.count(Inspection.id)
    query = (
        select(Inspection.inspector_name, inspections, func.count(distinct(Inspection.ward_id)))
        .where(
            Inspection.campaign_id == campaign_id,
            Inspection.phase == PhaseKind.EVALUATION,
            Inspection.status == SheetStatus.SUBMITTED,
        )
        .group_by(Inspection.inspector_name)
        .order_by(inspections.desc(), Inspection.inspector_name)
    )
    return [InspectorCount(*row) for row in session.execute(query)]


class Finding(NamedTuple):
    """A rectification item (a problem found) with where it stands."""

    ward_id: int
    phase: PhaseKind
    checklist_name: str
    item_code: str
    item_text: str
    deduction: Decimal
    veto_failed: bool
    problem: str
    status: RectificationStatus
    deadline: date
    verified_on: date | None


def ward_findings(session: Session, campaign_id: int, ward_id: int | None = None) -> list[Finding]:
    """The rectification items of the campaign (or of one ward): evaluation first, by item code
    (the codes follow the checklists: BU…, SV…, WE…)."""
    query = (
        select(
            RectificationItem.ward_id,
            Inspection.phase,
            RectificationItem.checklist_name,
            RectificationItem.item_code,
            RectificationItem.item_text,
            RectificationItem.deduction,
            RectificationItem.veto_failed,
            RectificationItem.problem,
            RectificationItem.status,
            RectificationItem.deadline,
            RectificationItem.verified_on,
        )
        .join(Inspection, Inspection.id == RectificationItem.inspection_id)
        .where(RectificationItem.campaign_id == campaign_id)
        .order_by(
            Inspection.phase,  # "evaluation" before "self_check"
            RectificationItem.item_code,
            RectificationItem.id,
        )
    )
    if ward_id is not None:
        query = query.where(RectificationItem.ward_id == ward_id)
    return [Finding(*row) for row in session.execute(query)]


def earlier_campaigns(session: Session, campaign: Campaign, limit: int) -> list[Campaign]:
    """Up to ``limit`` campaigns that started before this one, oldest first, with their phases
    and checklists but not their wards (``campaign_wards`` reads those lighter)."""
    query = (
        select(Campaign)
        .where(Campaign.starts_on < campaign.starts_on, Campaign.id != campaign.id)
        .options(
            selectinload(Campaign.phases),
            selectinload(Campaign.checklists).selectinload(CampaignChecklist.checklist),
        )
        .order_by(Campaign.starts_on.desc(), Campaign.id.desc())
        .limit(limit)
    )
    return list(reversed(session.scalars(query).all()))


def campaign_wards(session: Session, campaign_ids: Sequence[int]) -> dict[int, list[WardRef]]:
    """The wards of each campaign, named as its documents print them, in one query (loading
    the campaigns whole would make two objects of each of their wards)."""
    query = (
        select(CampaignWard.campaign_id, Ward.id, PRINTED_CODE, PRINTED_NAME)
        .join(Ward, Ward.id == CampaignWard.ward_id)
        .where(CampaignWard.campaign_id.in_(campaign_ids))
    )
    wards: dict[int, list[WardRef]] = {campaign_id: [] for campaign_id in campaign_ids}
    for campaign_id, ward_id, code, name in session.execute(query):
        wards[campaign_id].append(WardRef(ward_id, code, name))
    return wards


class NomineeLine(NamedTuple):
    nurse_name: str
    ward_code: str
    ward_name: str
    reason: str


def nominees(session: Session, campaign_id: int, status: NominationStatus) -> list[NomineeLine]:
    """The nominations in ``status`` with their ward, by ward code and name."""
    query = join_printed(
        select(Nomination.nurse_name, PRINTED_CODE, PRINTED_NAME, Nomination.reason).join(
            Ward, Ward.id == Nomination.ward_id
        ),
        campaign_id,
    )
    query = query.where(
        Nomination.campaign_id == campaign_id, Nomination.status == status
    ).order_by(PRINTED_CODE, Nomination.nurse_name)
    return [NomineeLine(*row) for row in session.execute(query)]
