"""Finding inspections (检查) and their item results."""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import Session, selectinload

from nursingqc.domain.scoring import ItemEntry
from nursingqc.domain.workflow import PhaseKind
from nursingqc.storage.models import Inspection


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
    """Every inspection of one ward in a phase, with results, in one round of queries."""
    return list(
        session.scalars(
            select(Inspection)
            .where(
                Inspection.campaign_id == campaign_id,
                Inspection.phase == phase,
                Inspection.ward_id == ward_id,
            )
            .options(*_with_results())  # type: ignore[arg-type]
            .order_by(Inspection.inspected_on, Inspection.id)
        )
    )


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
