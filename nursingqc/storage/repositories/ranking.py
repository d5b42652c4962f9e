"""The ranking's queries: inspection sums in integer tenths, rectification rates, item details.

The sums are what ``domain.ranking.rank_wards`` takes: one ``GROUP BY`` inspection, adding whole
tenths in SQL. SQL ``AVG`` and ``ROUND`` work in floating point and are never used; the means and
the standardization are done exactly in the domain.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from datetime import date, datetime
from typing import NamedTuple

from sqlalchemy import Integer, case, func, select, type_coerce
from sqlalchemy.orm import Session

from nursingqc.domain.ranking import InspectionSum
from nursingqc.domain.rectification import Rates, RectificationStatus
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
        # Core on the session's connection: plain columns need none of the ORM's result work.
        for ward_id, code, earned, possible, veto in session.connection().execute(query)
    ]


class EvaluationStamp(NamedTuple):
    """What the evaluation inspections of a campaign are, cheaply: every save of a sheet adds
    to its ``version`` and sets ``updated_at``, a new sheet raises the count and the last id,
    so any change to the evaluation since the stamp was read gives another one."""

    inspections: int
    versions: int
    last_id: int
    last_saved: datetime | None


def evaluation_stamps(session: Session, campaign_ids: Sequence[int]) -> dict[int, EvaluationStamp]:
    """The ``EvaluationStamp`` of each campaign that has an evaluation inspection, drafts too
    (one ``GROUP BY`` on the sheets' index; no item row read)."""
    query = (
        select(
            Inspection.campaign_id,
            func.count(),
            func.sum(Inspection.version),
            func.max(Inspection.id),
            func.max(Inspection.updated_at),
        )
        .where(Inspection.campaign_id.in_(campaign_ids), Inspection.phase == PhaseKind.EVALUATION)
        .group_by(Inspection.campaign_id)
    )
    return {
        campaign_id: EvaluationStamp(int(count), int(versions), int(last_id), last_saved)
        for campaign_id, count, versions, last_id, last_saved in session.connection().execute(query)
    }


def rectification_rates(session: Session, campaign_id: int) -> dict[int, Rates]:
    """rules §6.6's counts of the campaign's rectification items by ward, in one ``GROUP BY``:
    what ``domain.rectification.rates`` counts from the items one by one (the tests hold the two
    equal). A ward without items, or with withdrawn ones only, is left out."""
    verified = RectificationItem.status == RectificationStatus.VERIFIED
    on_time = verified & (RectificationItem.verified_on <= RectificationItem.deadline)
    query = (
        select(
            RectificationItem.ward_id,
            func.count(),
            func.sum(case((verified, 1), else_=0)),
            func.sum(case((on_time, 1), else_=0)),
        )
        .where(
            RectificationItem.campaign_id == campaign_id,
            RectificationItem.status != RectificationStatus.WITHDRAWN,
        )
        .group_by(RectificationItem.ward_id)
    )
    return {
        ward_id: Rates(int(items), int(verified), int(on_time))
        for ward_id, items, verified, on_time in session.connection().execute(query)
    }


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
    share = shared.setdefault
    # Core on the session's connection, streamed, and each value shared by ``map`` (no Python
    # frame per value): the ORM's result work and a generator per row were a sixth of the
    # 明细's read (60,000 rows at 300 wards). The streaming is the statement's own: set on the
    # connection it would stay for the rest of the transaction, and PostgreSQL refuses the
    # server-side cursor it asks for on an INSERT (the audit log's, a nomination's).
    rows = session.connection().execute(query.execution_options(yield_per=2000))
    for row in rows:
        yield ItemLine._make(map(share, row, row))
