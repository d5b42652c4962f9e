"""自查: a head nurse scores her own ward on each checklist of the campaign in week 1."""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass
from datetime import date, datetime
from fractions import Fraction

from sqlalchemy import func, select
from sqlalchemy.orm import Session, selectinload

from nursingqc.domain.accounts import Actor, require_admin, require_self_check_access
from nursingqc.domain.checklists import ChecklistDefinition
from nursingqc.domain.errors import (
    QT_TRANSLATE_NOOP,
    NotFound,
    PhaseNotOpen,
    SubmissionIncomplete,
    ValidationError,
)
from nursingqc.domain.scoring import (
    ItemEntry,
    check_entry,
    inspection_score,
    round_half_up,
    sheet_score,
    submission_problems,
)
from nursingqc.domain.workflow import PhaseKind, PhaseState, SheetStatus, require_open
from nursingqc.services.campaigns import PhaseInfo, load_campaign
from nursingqc.services.checklists import definition_of
from nursingqc.storage import audit
from nursingqc.storage.db import Database
from nursingqc.storage.models import Campaign, CampaignPhase, Inspection, ItemResult, Ward

MSG_SHEET_SUBMITTED = QT_TRANSLATE_NOOP(
    "Errors", "This sheet was submitted on {when}; only the nursing department can reopen it."
)
MSG_SHEET_NOT_SUBMITTED = QT_TRANSLATE_NOOP("Errors", "This sheet has not been submitted.")
MSG_NOT_IN_CAMPAIGN = QT_TRANSLATE_NOOP(
    "Errors", "Ward {ward} or checklist {checklist} is not part of this campaign."
)
MSG_UNKNOWN_ITEM = QT_TRANSLATE_NOOP("Errors", "Checklist {checklist} has no item {item}.")
MSG_REASON_REQUIRED = QT_TRANSLATE_NOOP("Errors", "Reopening a submitted sheet needs a reason.")
MSG_CANNOT_SUBMIT = QT_TRANSLATE_NOOP(
    "Errors", "The sheet cannot be submitted yet: {count} item(s) need attention."
)


@dataclass(frozen=True)
class SheetKey:
    """Which self-check sheet: one per campaign, ward and checklist."""

    campaign_id: int
    ward_id: int
    checklist_id: int


@dataclass(frozen=True)
class Sheet:
    """A self-check sheet as the page shows it: checklist, entries so far, lock state."""

    key: SheetKey
    campaign_name: str
    ward_code: str
    ward_name: str
    definition: ChecklistDefinition
    entries: Mapping[str, ItemEntry]
    status: SheetStatus | None
    phase: PhaseInfo
    saved_at: datetime | None
    submitted_at: datetime | None
    outside_phase_dates: bool

    @property
    def editable(self) -> bool:
        return self.phase.state is PhaseState.OPEN and self.status is not SheetStatus.SUBMITTED


@dataclass(frozen=True)
class SheetSummary:
    """One line of a ward's to-do: a checklist and how far its sheet is."""

    key: SheetKey
    checklist_code: str
    checklist_name: str
    status: SheetStatus | None
    score: Fraction | None


@dataclass(frozen=True)
class SelfCheckProgress:
    submitted: int
    drafts: int
    total: int


@dataclass(frozen=True)
class WardProgress:
    """How many of one ward's self-check sheets are submitted."""

    ward_code: str
    ward_name: str
    submitted: int
    total: int


def _entries(inspection: Inspection | None) -> dict[str, ItemEntry]:
    if inspection is None:
        return {}
    return {
        result.item.code: ItemEntry(
            result.deduction, result.not_applicable, result.veto_failed, result.problem
        )
        for result in inspection.results
    }


def _entries_for_audit(entries: Mapping[str, ItemEntry]) -> dict[str, dict[str, object]]:
    return {
        code: {
            "deduction": entry.deduction,
            "not_applicable": entry.not_applicable,
            "veto_failed": entry.veto_failed,
            "problem": entry.problem,
        }
        for code, entry in sorted(entries.items())
    }


@dataclass(frozen=True)
class _SheetContext:
    """What every use case on one sheet loads first, after the permission check."""

    campaign: Campaign
    ward: Ward
    definition: ChecklistDefinition
    item_ids: dict[str, int]
    inspection: Inspection | None

    @property
    def self_check_phase(self) -> CampaignPhase:
        return next(p for p in self.campaign.phases if p.kind is PhaseKind.SELF_CHECK)


class SelfCheckService:
    def __init__(self, database: Database, today: Callable[[], date] = date.today) -> None:
        self._db = database
        self._today = today

    # -- reading ---------------------------------------------------------------------------

    def _ward(self, session: Session, actor: Actor, campaign: Campaign, ward_id: int) -> Ward:
        """The ward, if it takes part in the campaign and the actor may see its self-check."""
        ward = session.get(Ward, ward_id)
        if ward is None or ward_id not in {link.ward_id for link in campaign.wards}:
            raise NotFound(MSG_NOT_IN_CAMPAIGN, ward=ward_id, checklist="")
        require_self_check_access(actor, ward.id, ward.code)
        return ward

    def _inspection(self, session: Session, key: SheetKey) -> Inspection | None:
        return session.scalar(
            select(Inspection)
            .where(
                Inspection.campaign_id == key.campaign_id,
                Inspection.phase == PhaseKind.SELF_CHECK,
                Inspection.ward_id == key.ward_id,
                Inspection.checklist_id == key.checklist_id,
            )
            .options(selectinload(Inspection.results).selectinload(ItemResult.item))
        )

    def _context(self, session: Session, actor: Actor, key: SheetKey) -> _SheetContext:
        campaign = load_campaign(session, key.campaign_id)
        ward = self._ward(session, actor, campaign, key.ward_id)
        link = next((c for c in campaign.checklists if c.checklist_id == key.checklist_id), None)
        if link is None:
            raise NotFound(MSG_NOT_IN_CAMPAIGN, ward=ward.code, checklist=key.checklist_id)
        return _SheetContext(
            campaign=campaign,
            ward=ward,
            definition=definition_of(link.checklist),
            item_ids={item.code: item.id for item in link.checklist.items},
            inspection=self._inspection(session, key),
        )

    def open_sheet(self, actor: Actor, key: SheetKey) -> Sheet:
        with self._db.transaction() as session:
            context = self._context(session, actor, key)
            inspection = context.inspection
            phase = context.self_check_phase
            today = self._today()
            return Sheet(
                key=key,
                campaign_name=context.campaign.name,
                ward_code=context.ward.code,
                ward_name=context.ward.name,
                definition=context.definition,
                entries=_entries(inspection),
                status=inspection.status if inspection else None,
                phase=PhaseInfo(phase.kind, phase.starts_on, phase.ends_on, phase.state),
                saved_at=inspection.updated_at if inspection else None,
                submitted_at=inspection.submitted_at if inspection else None,
                outside_phase_dates=not phase.starts_on <= today <= phase.ends_on,
            )

    def sheets(self, actor: Actor, campaign_id: int, ward_id: int) -> list[SheetSummary]:
        """The ward's sheets in checklist order, each with its status and score so far."""
        with self._db.transaction() as session:
            campaign = load_campaign(session, campaign_id)
            self._ward(session, actor, campaign, ward_id)
            summaries = []
            for link in campaign.checklists:
                key = SheetKey(campaign_id, ward_id, link.checklist_id)
                inspection = self._inspection(session, key)
                summaries.append(
                    SheetSummary(
                        key,
                        link.checklist.code,
                        link.checklist.name,
                        inspection.status if inspection else None,
                        sheet_score(definition_of(link.checklist), _entries(inspection)),
                    )
                )
            return summaries

    def progress(self, actor: Actor, campaign_id: int) -> SelfCheckProgress:
        """How many sheets are submitted: of her ward for a head nurse, of all wards otherwise."""
        with self._db.transaction() as session:
            campaign = load_campaign(session, campaign_id)
            ward_ids = [link.ward_id for link in campaign.wards]
            if actor.ward_id is not None and not actor.is_admin:
                ward_ids = [ward_id for ward_id in ward_ids if ward_id == actor.ward_id]
            statuses = session.scalars(
                select(Inspection.status).where(
                    Inspection.campaign_id == campaign_id,
                    Inspection.phase == PhaseKind.SELF_CHECK,
                    Inspection.ward_id.in_(ward_ids),
                )
            ).all()
            return SelfCheckProgress(
                submitted=statuses.count(SheetStatus.SUBMITTED),
                drafts=statuses.count(SheetStatus.DRAFT),
                total=len(ward_ids) * len(campaign.checklists),
            )

    def wards_behind(self, actor: Actor, campaign_id: int) -> list[WardProgress]:
        """The department's follow-up list: wards with sheets still to submit, fewest done first."""
        require_admin(actor)
        with self._db.transaction() as session:
            campaign = load_campaign(session, campaign_id)
            counts = session.execute(
                select(Inspection.ward_id, func.count())
                .where(
                    Inspection.campaign_id == campaign_id,
                    Inspection.phase == PhaseKind.SELF_CHECK,
                    Inspection.status == SheetStatus.SUBMITTED,
                )
                .group_by(Inspection.ward_id)
            )
            submitted = {ward_id: count for ward_id, count in counts}
            total = len(campaign.checklists)
            behind = [
                WardProgress(link.ward.code, link.ward.name, submitted.get(link.ward_id, 0), total)
                for link in campaign.wards
                if submitted.get(link.ward_id, 0) < total
            ]
            return sorted(behind, key=lambda ward: (ward.submitted, ward.ward_code))

    # -- writing ---------------------------------------------------------------------------

    def _writable(
        self, session: Session, actor: Actor, key: SheetKey, entries: Mapping[str, ItemEntry]
    ) -> tuple[ChecklistDefinition, Inspection]:
        context = self._context(session, actor, key)
        definition, item_ids, inspection = context.definition, context.item_ids, context.inspection
        phase = context.self_check_phase
        require_open(phase.kind, phase.state)
        if inspection is not None and inspection.status is SheetStatus.SUBMITTED:
            when = (
                inspection.submitted_at.strftime("%Y-%m-%d %H:%M")
                if inspection.submitted_at
                else ""
            )
            raise PhaseNotOpen(MSG_SHEET_SUBMITTED, when=when)
        for code, entry in entries.items():
            item = definition.item(code)
            if item is None:
                raise ValidationError(MSG_UNKNOWN_ITEM, checklist=definition.code, item=code)
            check_entry(item, entry)
        if inspection is None:
            inspection = Inspection(
                campaign_id=key.campaign_id,
                phase=PhaseKind.SELF_CHECK,
                ward_id=context.ward.id,
                checklist_id=key.checklist_id,
                inspector_id=actor.user_id,
                inspector_name=actor.display_name,
                inspected_on=self._today(),
                status=SheetStatus.DRAFT,
            )
            session.add(inspection)
        by_item = {result.item_id: result for result in inspection.results}
        for code, entry in entries.items():
            result = by_item.pop(item_ids[code], None)
            if result is None:
                result = ItemResult(item_id=item_ids[code])
                inspection.results.append(result)
            result.deduction = entry.deduction
            result.not_applicable = entry.not_applicable
            result.veto_failed = entry.veto_failed
            result.problem = entry.problem.strip()
        for leftover in by_item.values():
            inspection.results.remove(leftover)
        inspection.updated_at = datetime.now()
        inspection.inspector_id = actor.user_id
        inspection.inspector_name = actor.display_name
        return definition, inspection

    def save_draft(self, actor: Actor, key: SheetKey, entries: Mapping[str, ItemEntry]) -> datetime:
        """Autosave (草稿): stores exactly the entries given; unfinished sheets are fine here."""
        with self._db.transaction() as session:
            _, inspection = self._writable(session, actor, key, entries)
            return inspection.updated_at

    def submit(self, actor: Actor, key: SheetKey, entries: Mapping[str, ItemEntry]) -> Fraction:
        """Saves and submits in one transaction; afterwards the sheet is read-only."""
        with self._db.transaction() as session:
            definition, inspection = self._writable(session, actor, key, entries)
            problems = submission_problems(definition, entries)
            if problems:
                raise SubmissionIncomplete(MSG_CANNOT_SUBMIT, problems, count=len(problems))
            score = inspection_score((item, entries[item.code]) for item in definition.items)
            inspection.status = SheetStatus.SUBMITTED
            inspection.submitted_at = inspection.updated_at
            session.flush()
            audit.record(
                session,
                actor,
                "submit",
                "inspection",
                inspection.id,
                after={
                    "phase": PhaseKind.SELF_CHECK.value,
                    "checklist": definition.code,
                    "score": round_half_up(score),
                    "items": _entries_for_audit(entries),
                },
            )
            return score

    def reopen(self, actor: Actor, key: SheetKey, reason: str) -> None:
        """The department reopens a submitted sheet for correction; the reason is audited."""
        require_admin(actor)
        if not reason.strip():
            raise ValidationError(MSG_REASON_REQUIRED)
        with self._db.transaction() as session:
            inspection = self._context(session, actor, key).inspection
            if inspection is None or inspection.status is not SheetStatus.SUBMITTED:
                raise ValidationError(MSG_SHEET_NOT_SUBMITTED)
            inspection.status = SheetStatus.DRAFT
            inspection.submitted_at = None
            audit.record(
                session,
                actor,
                "reopen",
                "inspection",
                inspection.id,
                before={"status": SheetStatus.SUBMITTED.value},
                after={"status": SheetStatus.DRAFT.value},
                reason=reason.strip(),
            )
