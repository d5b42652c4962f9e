"""The ranking's queries: inspection sums in integer tenths, rectification states, item details.

The sums are what ``domain.ranking.rank_wards`` takes: one ``GROUP BY`` inspection, adding whole
tenths in SQL. SQL ``AVG`` and ``ROUND`` work in floating point and are never used; the means and
the standardization are done exactly in the domain.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterator, Sequence
from datetime import date
from typing import NamedTuple

from sqlalchemy import Integer, case, func, select, type_coerce
from sqlalchemy.orm import Session

from nursingqc.domain.ranking import InspectionSum
from nursingqc.domain.rectification import RectificationStatus
from nursingqc.domain.workflow import PhaseKind, SheetStatus
from nursingqc.storage.models import (
    CampaignChecklist,
    Checklist,
    ChecklistItemRow,
    Inspection,
    ItemResult,
    RectificationItem,
    Ward,
)
from nursingqc.storage.repositories.printed import PRINTED_CODE, PRINTED_NAME, join_printed


def inspection_sums(session: Session, campaign_id: int, phase: PhaseKind) -> list[InspectionSum]:
    """Every submitted inspection of the phase: Σ(points − deduction) and Σ points over its
    applicable items, in tenths, and whether a veto item failed — one query, whatever the size."""
    points = type_coerce(ChecklistItemRow.points, Integer)
    deduction = type_coerce(ItemResult.deduction, Integer)
    applicable = ItemResult.not_applicable.is_(False)
    query = (
        select(
            Inspection.ward_id,
            Checklist.code,
            func.coalesce(func.sum(case((applicable, points - deduction), else_=0)), 0),
            func.coalesce(func.sum(case((applicable, points), else_=0)), 0),
            func.max(case((ItemResult.veto_failed.is_(True), 1), else_=0)),
        )
        .join(Checklist, Checklist.id == Inspection.checklist_id)
        .join(ItemResult, ItemResult.inspection_id == Inspection.id)
        .join(ChecklistItemRow, ChecklistItemRow.id == ItemResult.item_id)
        .where(
            Inspection.campaign_id == campaign_id,
            Inspection.phase == phase,
            Inspection.status == SheetStatus.SUBMITTED,
        )
        .group_by(Inspection.id, Inspection.ward_id, Checklist.code)
    )
    return [
        InspectionSum(ward_id, code, int(earned), int(possible), bool(veto))
        for ward_id, code, earned, possible, veto in session.execute(query)
    ]


RectificationState = tuple[RectificationStatus, date, date | None]


def rectification_states(session: Session, campaign_id: int) -> dict[int, list[RectificationState]]:
    """(status, deadline, verified on) of every rectification item, by ward: what
    ``domain.rectification.rates`` counts."""
    query = select(
        RectificationItem.ward_id,
        RectificationItem.status,
        RectificationItem.deadline,
        RectificationItem.verified_on,
    ).where(RectificationItem.campaign_id == campaign_id)
    by_ward: defaultdict[int, list[RectificationState]] = defaultdict(list)
    for ward_id, status, deadline, verified_on in session.execute(query):
        by_ward[ward_id].append((status, deadline, verified_on))
    return dict(by_ward)


class ItemLine(NamedTuple):
    """One item of one submitted inspection, as the details sheet lists it (points in tenths)."""

    ward_code: str
    ward_name: str
    checklist_code: str
    checklist_name: str
    phase: PhaseKind
    inspector: str
    inspected_on: date
    item_code: str
    item_text: str
    points_tenths: int
    deduction_tenths: int
    not_applicable: bool
    veto_item: bool
    veto_failed: bool
    problem: str
    nurse: str


def item_line_count(session: Session, campaign_id: int) -> int:
    """How many lines :func:`item_lines` yields for the whole campaign, counted in SQL."""
    query = (
        select(func.count())
        .select_from(ItemResult)
        .join(Inspection, Inspection.id == ItemResult.inspection_id)
        .where(Inspection.campaign_id == campaign_id, Inspection.status == SheetStatus.SUBMITTED)
    )
    return int(session.scalar(query) or 0)


def item_lines(
    session: Session,
    campaign_id: int,
    ward_ids: Sequence[int] | None = None,
    *,
    naming_a_nurse: bool = False,
) -> Iterator[ItemLine]:
    """Every item of every submitted inspection of the campaign, in one query: by ward code,
    phase, campaign checklist order, date, inspector and item position. ``ward_ids`` narrows it
    to those wards, ``naming_a_nurse`` to items whose 涉及护士 is filled in.

    The rows are streamed (a 300-ward month has 60,000): read them before the session ends.
    Texts repeated on many rows (ward, checklist, item, inspector) are shared, not copied.
    """
    query = (
        select(
            PRINTED_CODE,
            PRINTED_NAME,
            Checklist.code,
            Checklist.name,
            Inspection.phase,
            Inspection.inspector_name,
            Inspection.inspected_on,
            ChecklistItemRow.code,
            ChecklistItemRow.text,
            type_coerce(ChecklistItemRow.points, Integer),
            type_coerce(ItemResult.deduction, Integer),
            ItemResult.not_applicable,
            ChecklistItemRow.veto,
            ItemResult.veto_failed,
            ItemResult.problem,
            ItemResult.nurse,
        )
        .join(Ward, Ward.id == Inspection.ward_id)
        .join(Checklist, Checklist.id == Inspection.checklist_id)
        .join(ItemResult, ItemResult.inspection_id == Inspection.id)
        .join(ChecklistItemRow, ChecklistItemRow.id == ItemResult.item_id)
        .outerjoin(
            CampaignChecklist,
            (CampaignChecklist.campaign_id == Inspection.campaign_id)
            & (CampaignChecklist.checklist_id == Inspection.checklist_id),
        )
        .where(Inspection.campaign_id == campaign_id, Inspection.status == SheetStatus.SUBMITTED)
        .order_by(
            PRINTED_CODE,
            Inspection.phase.desc(),  # "self_check" before "evaluation"
            CampaignChecklist.position,
            Checklist.code,
            Inspection.inspected_on,
            Inspection.inspector_name,
            Inspection.id,
            ChecklistItemRow.position,
        )
    )
    query = join_printed(query, campaign_id)
    if ward_ids is not None:
        query = query.where(Inspection.ward_id.in_(ward_ids))
    if naming_a_nurse:
        query = query.where(ItemResult.nurse != "")
    shared: dict[object, object] = {}
    for row in session.execute(query).yield_per(2000):
        yield ItemLine._make(shared.setdefault(value, value) for value in row)
