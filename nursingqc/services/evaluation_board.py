"""评比进度: the evaluation board — which inspector has inspected which ward on which checklist,
and which ward × checklist pairs still lack a submitted inspection. A read model only; the
inspections themselves are opened and saved by ``services.inspections``.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date

from sqlalchemy import select
from sqlalchemy.orm import Session

from nursingqc.domain.ranking import WardRef
from nursingqc.domain.workflow import PhaseKind, SheetStatus
from nursingqc.services.campaigns import CampaignChecklistInfo, PhaseInfo, checklist_infos
from nursingqc.storage.models import Inspection
from nursingqc.storage.repositories.campaigns import load_campaign


@dataclass(frozen=True)
class BoardInspection:
    """An evaluation inspection on the board: who, which day, draft or submitted."""

    inspector_id: int | None
    inspector_name: str
    inspected_on: date
    status: SheetStatus

    @property
    def submitted(self) -> bool:
        return self.status is SheetStatus.SUBMITTED


@dataclass(frozen=True)
class EvaluationBoard:
    """评比进度: the campaign's wards × checklists and the inspections of each pair.

    A pair without a submitted inspection is missing: the ward cannot be ranked until it has one.
    """

    campaign_id: int
    campaign_name: str
    phase: PhaseInfo
    wards: tuple[WardRef, ...]
    checklists: tuple[CampaignChecklistInfo, ...]
    inspections: Mapping[tuple[int, int], tuple[BoardInspection, ...]]

    def cell(self, ward_id: int, checklist_id: int) -> tuple[BoardInspection, ...]:
        return self.inspections.get((ward_id, checklist_id), ())

    def submitted(self, ward_id: int, checklist_id: int) -> int:
        return sum(1 for inspection in self.cell(ward_id, checklist_id) if inspection.submitted)

    @property
    def missing(self) -> int:
        """Ward × checklist pairs with no submitted inspection yet."""
        return sum(
            1
            for ward in self.wards
            for checklist in self.checklists
            if not self.submitted(ward.id, checklist.checklist_id)
        )

    def drafts(self, inspector_id: int | None = None) -> int:
        """Drafts not yet submitted: everyone's, or one inspector's."""
        return sum(
            1
            for listed in self.inspections.values()
            for inspection in listed
            if not inspection.submitted
            and (inspector_id is None or inspection.inspector_id == inspector_id)
        )


def load_evaluation_board(session: Session, campaign_id: int) -> EvaluationBoard:
    """The board of one campaign, in one query of small rows (never whole inspections)."""
    campaign = load_campaign(session, campaign_id)
    rows = session.execute(
        select(
            Inspection.ward_id,
            Inspection.checklist_id,
            Inspection.inspector_id,
            Inspection.inspector_name,
            Inspection.inspected_on,
            Inspection.status,
        )
        .where(
            Inspection.campaign_id == campaign_id,
            Inspection.phase == PhaseKind.EVALUATION,
        )
        .order_by(Inspection.inspected_on, Inspection.id)
    )
    found: dict[tuple[int, int], list[BoardInspection]] = {}
    for ward_id, checklist_id, inspector_id, name, inspected_on, status in rows:
        found.setdefault((ward_id, checklist_id), []).append(
            BoardInspection(inspector_id, name, inspected_on, status)
        )
    phase = next(p for p in campaign.phases if p.kind is PhaseKind.EVALUATION)
    wards = sorted(
        (WardRef(link.ward.id, link.ward.code, link.ward.name) for link in campaign.wards),
        key=lambda ward: ward.code,
    )
    return EvaluationBoard(
        campaign_id=campaign.id,
        campaign_name=campaign.name,
        phase=PhaseInfo(phase.kind, phase.starts_on, phase.ends_on, phase.state),
        wards=tuple(wards),
        checklists=checklist_infos(campaign),
        inspections={cell: tuple(listed) for cell, listed in found.items()},
    )
