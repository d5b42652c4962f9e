"""Finding inspections (检查) and their item results."""

from __future__ import annotations

from fractions import Fraction

from sqlalchemy import Integer, case, func, select, type_coerce
from sqlalchemy.orm import Session, selectinload

from nursingqc.domain.scoring import ItemEntry, standardized
from nursingqc.domain.workflow import PhaseKind
from nursingqc.storage.models import ChecklistItemRow, Inspection, ItemResult


def _with_results() -> list[object]:
    # Not ``ItemResult.item``: every caller holds the sheet's checklist with its items, loaded
    # first, so ``result.item`` comes from the session's identity map without a query (one
    # statement fewer on every autosave). The map keeps only objects still referenced.
    return [selectinload(Inspection.results)]


def self_check_inspection(
    session: Session, campaign_id: int, ward_id: int, checklist_id: int
) -> Inspection | None:
    """The ward's one self-check sheet of a checklist in a campaign, if it was ever saved."""
    return session.scalar(
        select(Inspection)
        .where(
            Inspection.campaign_id == campaign_id,
            Inspection.phase == PhaseKind.SELF_CHECK,
            Inspection.ward_id == ward_id,
            Inspection.checklist_id == checklist_id,
        )
        .options(*_with_results())  # type: ignore[arg-type]
    )


def inspection_by_id(session: Session, inspection_id: int) -> Inspection | None:
    return session.get(Inspection, inspection_id, options=_with_results())  # type: ignore[arg-type]


def ward_inspections(
    session: Session, campaign_id: int, phase: PhaseKind, ward_id: int
) -> list[Inspection]:
    """Every inspection of one ward in a phase, without their results (``scores_so_far``)."""
    return list(
        session.scalars(
            select(Inspection)
            .where(
                Inspection.campaign_id == campaign_id,
                Inspection.phase == phase,
                Inspection.ward_id == ward_id,
            )
            .order_by(Inspection.inspected_on, Inspection.id)
        )
    )


def scores_so_far(
    session: Session,
    campaign_id: int,
    phase: PhaseKind,
    ward_id: int,
    checklist_id: int | None = None,
) -> dict[int, Fraction | None]:
    """The score so far (``scoring.sheet_score``) of every inspection of one ward in a phase,
    drafts too, by inspection id, from one ``GROUP BY`` in integer tenths: the lists refreshed
    after every autosave need no result or item row loaded. ``checklist_id`` narrows it to one
    checklist. An inspection without results is missing (its score is None too)."""
    applicable = ItemResult.not_applicable.is_(False)
    points = type_coerce(ChecklistItemRow.points, Integer)
    deduction = type_coerce(ItemResult.deduction, Integer)
    query = (
        select(
            Inspection.id,
            func.sum(case((applicable, points - deduction), else_=0)),
            func.sum(case((applicable, points), else_=0)),
        )
        .join(ItemResult, ItemResult.inspection_id == Inspection.id)
        .join(ChecklistItemRow, ChecklistItemRow.id == ItemResult.item_id)
        .where(
            Inspection.campaign_id == campaign_id,
            Inspection.phase == phase,
            Inspection.ward_id == ward_id,
        )
        .group_by(Inspection.id)
    )
    if checklist_id is not None:
        query = query.where(Inspection.checklist_id == checklist_id)
    return {
        inspection_id: standardized(int(earned), int(possible))
        for inspection_id, earned, possible in session.connection().execute(query)
    }


def stored_entries(inspection: Inspection | None) -> dict[str, ItemEntry]:
    """An inspection's item results as the domain's entries, by item code (results loaded)."""
    if inspection is None:
        return {}
    return {
        result.item.code: ItemEntry(
            result.deduction,
            result.not_applicable,
            result.veto_failed,
            result.problem,
            result.nurse,
        )
        for result in inspection.results
    }
