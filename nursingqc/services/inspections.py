"""检查: opening, autosaving, scoring and submitting any score sheet — a ward's self-check
(自查, one per ward, checklist and campaign) or an evaluation inspection (评比, any number per ward
and checklist, each with its inspector and date).

Every save names the version of the sheet it was typed on; a sheet saved by someone else since then
is refused with who and when, never overwritten (the write itself waits for the other writer).
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, replace
from datetime import date, datetime
from fractions import Fraction

from sqlalchemy import select
from sqlalchemy.orm import Session

from nursingqc.domain import texts
from nursingqc.domain.accounts import (
    Actor,
    Permission,
    may,
    require_admin,
    require_evaluation_access,
    require_self_check_access,
)
from nursingqc.domain.checklists import ChecklistDefinition
from nursingqc.domain.errors import (
    QT_TRANSLATE_NOOP,
    ConcurrentChange,
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
    submission_problems,
)
from nursingqc.domain.texts import checked_text
from nursingqc.domain.workflow import (
    PhaseKind,
    PhaseState,
    SheetStatus,
    require_open,
)
from nursingqc.services.campaigns import (
    PhaseInfo,
    campaign_published,
    require_unlocked_campaign,
)
from nursingqc.services.clock import DatedService, local_time
from nursingqc.services.evaluation_board import EvaluationBoard, load_evaluation_board
from nursingqc.services.findings import record_findings
from nursingqc.services.use_cases import reads_only, writes_campaign
from nursingqc.storage import audit
from nursingqc.storage.models import (
    Campaign,
    CampaignPhase,
    Checklist,
    Inspection,
    ItemResult,
    Ward,
)
from nursingqc.storage.repositories.campaigns import (
    campaign_checklist,
    campaign_ward,
    load_campaign,
    load_campaign_phases,
)
from nursingqc.storage.repositories.checklists import definition_of
from nursingqc.storage.repositories.inspections import (
    inspection_by_id,
    scores_so_far,
    self_check_inspection,
    stored_entries,
    ward_inspections,
)

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
MSG_INSPECTION_NOT_FOUND = QT_TRANSLATE_NOOP(
    "Errors", "This inspection no longer exists (it may have been deleted on another computer)."
)
MSG_CHANGED_ELSEWHERE = QT_TRANSLATE_NOOP(
    "Errors",
    "{changed_by} saved this sheet at {when}, after you opened it. Your latest entries were not "
    "saved, so that neither of you loses work. Reload the sheet to see the saved entries.",
)
MSG_NOT_A_SHEET_PHASE = QT_TRANSLATE_NOOP(
    "Errors", "Score sheets belong to the self-check or the evaluation, not to the {phase} phase."
)
MSG_ALREADY_INSPECTED = QT_TRANSLATE_NOOP(
    "Errors",
    "{changed_by} already has an inspection of this ward on this checklist dated {date} (saved "
    "at {when}); an inspector scores a ward on a checklist once a day. Your entries here were not "
    "saved. Open that inspection to continue it.",
)


class InspectionExists(ConcurrentChange):
    """A second evaluation inspection by the same inspector of the same ward, checklist and day;
    ``key`` names the one that exists, so the page can open it."""

    def __init__(self, key: SheetKey, changed_by: str, **params: object) -> None:
        self.key = key
        super().__init__(MSG_ALREADY_INSPECTED, changed_by, **params)


@dataclass(frozen=True)
class SheetKey:
    """Which score sheet: the ward's self-check of a checklist, or one evaluation inspection.

    ``inspection_id`` names an evaluation inspection once it has been saved; a self-check sheet
    is found by campaign, ward and checklist alone, and None in the evaluation means a new
    inspection by the acting inspector, dated today.
    """

    campaign_id: int
    ward_id: int
    checklist_id: int
    phase: PhaseKind = PhaseKind.SELF_CHECK
    inspection_id: int | None = None


@dataclass(frozen=True)
class Saved:
    """What a save leaves behind: the key (with the inspection's id) and the version to save on."""

    key: SheetKey
    version: int
    saved_at: datetime
    saved_by: str


@dataclass(frozen=True)
class Sheet:
    """A score sheet as the panel shows it: checklist, entries so far, who saved, lock state.

    ``version`` is 0 for a sheet never saved; the next save must name it.
    """

    key: SheetKey
    campaign_name: str
    ward_code: str
    ward_name: str
    definition: ChecklistDefinition
    entries: Mapping[str, ItemEntry]
    status: SheetStatus | None
    phase: PhaseInfo
    version: int
    inspector_name: str
    inspected_on: date
    saved_at: datetime | None
    saved_by: str
    submitted_at: datetime | None
    outside_phase_dates: bool
    can_reopen: bool
    #: The campaign is published (its summary closed): nothing in it changes any more.
    published: bool = False

    @property
    def editable(self) -> bool:
        return (
            not self.published
            and self.phase.state is PhaseState.OPEN
            and self.status is not SheetStatus.SUBMITTED
        )

    def after_save(self, saved: Saved, entries: Mapping[str, ItemEntry]) -> Sheet:
        return replace(
            self,
            key=saved.key,
            entries=dict(entries),
            status=self.status or SheetStatus.DRAFT,
            version=saved.version,
            saved_at=saved.saved_at,
            saved_by=saved.saved_by,
        )


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
class SelfCheckBoard:
    """自查进度 by ward: the state of each ward's sheet on each checklist of the campaign, for the
    wards the reader may see; a pair not in ``states`` is not started."""

    checklists: tuple[tuple[int, str], ...]
    states: Mapping[tuple[int, int], SheetStatus]

    def ward_checklists(self, ward_id: int, status: SheetStatus | None) -> list[str]:
        """The names, in the campaign's order, of the ward's checklists in ``status`` (None:
        not started)."""
        return [
            name
            for checklist_id, name in self.checklists
            if self.states.get((ward_id, checklist_id)) is status
        ]


@dataclass(frozen=True)
class _SheetContext:
    """What every use case on one sheet loads first, after the permission check."""

    campaign: Campaign
    ward: Ward
    #: Held with the context: its items are what ``result.item`` finds in the session, which
    #: keeps only the objects still referenced (the inspection's results do not load them).
    checklist: Checklist
    definition: ChecklistDefinition
    item_ids: dict[str, int]
    inspection: Inspection | None

    def phase_row(self, kind: PhaseKind) -> CampaignPhase:
        return next(p for p in self.campaign.phases if p.kind is kind)


class InspectionService(DatedService):
    # -- reading ---------------------------------------------------------------------------

    @staticmethod
    def _require_access(actor: Actor, phase: PhaseKind, ward: Ward) -> None:
        if phase is PhaseKind.SELF_CHECK:
            require_self_check_access(actor, ward.id, ward.code)
        elif phase is PhaseKind.EVALUATION:
            require_evaluation_access(actor)
        else:
            raise ValidationError(MSG_NOT_A_SHEET_PHASE, phase=phase.chinese_name)

    def _ward(
        self, session: Session, actor: Actor, campaign: Campaign, ward_id: int, phase: PhaseKind
    ) -> Ward:
        """The ward, if it takes part in the campaign and the actor may see its sheets."""
        ward = campaign_ward(session, campaign.id, ward_id)
        if ward is None:
            raise NotFound(MSG_NOT_IN_CAMPAIGN, ward=ward_id, checklist="")
        self._require_access(actor, phase, ward)
        return ward

    def _find(self, session: Session, key: SheetKey) -> Inspection | None:
        if key.inspection_id is not None:
            inspection = inspection_by_id(session, key.inspection_id)
            if inspection is None or (
                inspection.campaign_id,
                inspection.ward_id,
                inspection.checklist_id,
                inspection.phase,
            ) != (key.campaign_id, key.ward_id, key.checklist_id, key.phase):
                raise NotFound(MSG_INSPECTION_NOT_FOUND)
            return inspection
        if key.phase is PhaseKind.SELF_CHECK:
            return self_check_inspection(session, key.campaign_id, key.ward_id, key.checklist_id)
        return None

    def _context(self, session: Session, actor: Actor, key: SheetKey) -> _SheetContext:
        # One ward and one checklist, never the campaign's all: every autosave runs this.
        campaign = load_campaign_phases(session, key.campaign_id)
        ward = self._ward(session, actor, campaign, key.ward_id, key.phase)
        link = campaign_checklist(session, key.campaign_id, key.checklist_id)
        if link is None:
            raise NotFound(MSG_NOT_IN_CAMPAIGN, ward=ward.code, checklist=key.checklist_id)
        return _SheetContext(
            campaign=campaign,
            ward=ward,
            checklist=link.checklist,
            definition=definition_of(link.checklist),
            item_ids={item.code: item.id for item in link.checklist.items},
            inspection=self._find(session, key),
        )

    @reads_only
    def open_sheet(self, actor: Actor, key: SheetKey) -> Sheet:
        with self._db.transaction(read_only=True) as session:
            context = self._context(session, actor, key)
            inspection = context.inspection
            phase = context.phase_row(key.phase)
            published = campaign_published(context.campaign)
            today = self._today()
            if inspection is not None:
                key = replace(key, inspection_id=inspection.id)
            return Sheet(
                key=key,
                campaign_name=context.campaign.name,
                ward_code=context.ward.code,
                ward_name=context.ward.name,
                definition=context.definition,
                entries=stored_entries(inspection),
                status=inspection.status if inspection else None,
                phase=PhaseInfo(phase.kind, phase.starts_on, phase.ends_on, phase.state),
                version=inspection.version if inspection else 0,
                inspector_name=inspection.inspector_name if inspection else actor.display_name,
                inspected_on=inspection.inspected_on if inspection else today,
                saved_at=inspection.updated_at if inspection else None,
                saved_by=inspection.updated_by if inspection else "",
                submitted_at=inspection.submitted_at if inspection else None,
                outside_phase_dates=not phase.starts_on <= today <= phase.ends_on,
                can_reopen=may(actor, Permission.ADMINISTER) and not published,
                published=published,
            )

    @reads_only
    def sheets(self, actor: Actor, campaign_id: int, ward_id: int) -> list[SheetSummary]:
        """The ward's self-check sheets in checklist order, with their status and score so far."""
        with self._db.transaction(read_only=True) as session:
            campaign = load_campaign(session, campaign_id, with_wards=False)
            self._ward(session, actor, campaign, ward_id, PhaseKind.SELF_CHECK)
            by_checklist = {
                inspection.checklist_id: inspection
                for inspection in ward_inspections(
                    session, campaign_id, PhaseKind.SELF_CHECK, ward_id
                )
            }
            scores = scores_so_far(session, campaign_id, PhaseKind.SELF_CHECK, ward_id)
            summaries = []
            for link in campaign.checklists:
                inspection = by_checklist.get(link.checklist_id)
                summaries.append(
                    SheetSummary(
                        SheetKey(
                            campaign_id,
                            ward_id,
                            link.checklist_id,
                            inspection_id=inspection.id if inspection else None,
                        ),
                        link.checklist.code,
                        link.checklist.name,
                        inspection.status if inspection else None,
                        scores.get(inspection.id) if inspection else None,
                    )
                )
            return summaries

    @reads_only
    def progress(self, actor: Actor, campaign_id: int) -> SelfCheckProgress:
        """How many sheets are submitted: of her ward for a head nurse, of all wards otherwise."""
        with self._db.transaction(read_only=True) as session:
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

    @reads_only
    def self_check_board(self, actor: Actor, campaign_id: int) -> SelfCheckBoard:
        """Every sheet's state, in one query: of her ward for a head nurse, of all wards
        otherwise (the self-check page's ward picker says how far each ward is)."""
        with self._db.transaction(read_only=True) as session:
            campaign = load_campaign(session, campaign_id)
            ward_ids = [link.ward_id for link in campaign.wards]
            if actor.ward_id is not None and not actor.is_admin:
                ward_ids = [ward_id for ward_id in ward_ids if ward_id == actor.ward_id]
            rows = session.execute(
                select(Inspection.ward_id, Inspection.checklist_id, Inspection.status).where(
                    Inspection.campaign_id == campaign_id,
                    Inspection.phase == PhaseKind.SELF_CHECK,
                    Inspection.ward_id.in_(ward_ids),
                )
            ).all()
            return SelfCheckBoard(
                tuple((link.checklist_id, link.checklist.name) for link in campaign.checklists),
                {(ward_id, checklist_id): status for ward_id, checklist_id, status in rows},
            )

    # -- writing ---------------------------------------------------------------------------

    def _writable(
        self,
        session: Session,
        actor: Actor,
        key: SheetKey,
        entries: Mapping[str, ItemEntry],
        version: int,
    ) -> tuple[_SheetContext, Inspection]:
        context = self._context(session, actor, key)
        definition, item_ids, inspection = context.definition, context.item_ids, context.inspection
        require_unlocked_campaign(context.campaign)
        phase = context.phase_row(key.phase)
        require_open(phase.kind, phase.state)
        if (inspection.version if inspection else 0) != version:
            assert inspection is not None  # version 0 was expected, so someone created it
            raise ConcurrentChange(
                MSG_CHANGED_ELSEWHERE,
                changed_by=inspection.updated_by or inspection.inspector_name,
                when=local_time(inspection.updated_at),
            )
        if inspection is not None and inspection.status is SheetStatus.SUBMITTED:
            raise PhaseNotOpen(MSG_SHEET_SUBMITTED, when=local_time(inspection.submitted_at))
        if inspection is not None and key.phase is PhaseKind.EVALUATION:
            require_evaluation_access(actor, inspection.inspector_id)
        for code, entry in entries.items():
            item = definition.item(code)
            if item is None:
                raise ValidationError(MSG_UNKNOWN_ITEM, checklist=definition.code, item=code)
            check_entry(item, entry)
        if inspection is None and key.phase is PhaseKind.EVALUATION:
            _refuse_second_inspection(session, actor, key, self._today())
        now = self._now()
        if inspection is None:
            inspection = Inspection(
                campaign_id=key.campaign_id,
                phase=key.phase,
                ward_id=context.ward.id,
                checklist_id=key.checklist_id,
                inspector_id=actor.user_id,
                inspector_name=actor.display_name,
                inspected_on=self._today(),
                status=SheetStatus.DRAFT,
                created_at=now,
                version=0,
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
            result.nurse = entry.nurse.strip()
        for leftover in by_item.values():
            inspection.results.remove(leftover)
        inspection.updated_at = now
        inspection.updated_by = actor.display_name
        inspection.version += 1
        if key.phase is PhaseKind.SELF_CHECK:
            # The self-check is the ward's own: whoever fills it last answers for it.
            inspection.inspector_id = actor.user_id
            inspection.inspector_name = actor.display_name
        session.flush()
        return context, inspection

    @staticmethod
    def _saved(key: SheetKey, inspection: Inspection) -> Saved:
        return Saved(
            replace(key, inspection_id=inspection.id),
            inspection.version,
            inspection.updated_at,
            inspection.updated_by,
        )

    @writes_campaign
    def save_draft(
        self, actor: Actor, key: SheetKey, entries: Mapping[str, ItemEntry], version: int
    ) -> Saved:
        """Autosave (草稿): stores exactly the entries given, on the version they were typed on."""
        with self._db.transaction() as session:
            _, inspection = self._writable(session, actor, key, entries, version)
            return self._saved(key, inspection)

    @writes_campaign
    def submit(
        self, actor: Actor, key: SheetKey, entries: Mapping[str, ItemEntry], version: int
    ) -> Fraction:
        """Saves and submits in one transaction; afterwards the sheet is read-only."""
        with self._db.transaction() as session:
            context, inspection = self._writable(session, actor, key, entries, version)
            definition = context.definition
            problems = submission_problems(definition, entries)
            if problems:
                raise SubmissionIncomplete(MSG_CANNOT_SUBMIT, problems, count=len(problems))
            score = inspection_score((item, entries[item.code]) for item in definition.items)
            inspection.status = SheetStatus.SUBMITTED
            inspection.submitted_at = inspection.updated_at
            record_findings(
                session,
                actor,
                inspection,
                definition,
                context.item_ids,
                entries,
                context.campaign,
                self._today(),
                inspection.updated_at,
            )
            audit.record(
                session,
                actor,
                "submit",
                "inspection",
                inspection.id,
                after={
                    "phase": key.phase.value,
                    "ward": inspection.ward_id,
                    "checklist": definition.code,
                    "inspector": inspection.inspector_name,
                    "score": round_half_up(score),
                    "items": audit.entries(entries),
                },
            )
            return score

    @writes_campaign
    def reopen(self, actor: Actor, key: SheetKey, reason: str) -> None:
        """The department reopens a submitted sheet for correction; the reason is audited."""
        require_admin(actor)
        reason = checked_text(reason, texts.REASON)
        if not reason:
            raise ValidationError(MSG_REASON_REQUIRED)
        with self._db.transaction() as session:
            context = self._context(session, actor, key)
            require_unlocked_campaign(context.campaign)
            inspection = context.inspection
            if inspection is None or inspection.status is not SheetStatus.SUBMITTED:
                raise ValidationError(MSG_SHEET_NOT_SUBMITTED)
            inspection.status = SheetStatus.DRAFT
            inspection.submitted_at = None
            inspection.version += 1
            inspection.updated_by = actor.display_name
            inspection.updated_at = self._now()
            audit.record(
                session,
                actor,
                "reopen",
                "inspection",
                inspection.id,
                before={"status": SheetStatus.SUBMITTED.value},
                after={"status": SheetStatus.DRAFT.value},
                reason=reason,
            )

    # -- the evaluation's overview --------------------------------------------------------------

    @reads_only
    def evaluation_inspections(
        self, actor: Actor, campaign_id: int, ward_id: int, checklist_id: int
    ) -> list[EvaluationLine]:
        """评比: every inspection of a ward on a checklist, oldest first, with its score so far."""
        key = SheetKey(campaign_id, ward_id, checklist_id, PhaseKind.EVALUATION)
        with self._db.transaction(read_only=True) as session:
            self._context(session, actor, key)  # the permission and the pair's checks
            scores = scores_so_far(
                session, campaign_id, PhaseKind.EVALUATION, ward_id, checklist_id
            )
            found = session.scalars(
                select(Inspection)
                .where(
                    Inspection.campaign_id == campaign_id,
                    Inspection.phase == PhaseKind.EVALUATION,
                    Inspection.ward_id == ward_id,
                    Inspection.checklist_id == checklist_id,
                )
                .order_by(Inspection.inspected_on, Inspection.id)
            )
            return [
                EvaluationLine(
                    replace(key, inspection_id=inspection.id),
                    inspection.inspector_id,
                    inspection.inspector_name,
                    inspection.inspected_on,
                    inspection.status,
                    scores.get(inspection.id),
                    inspection.updated_at,
                )
                for inspection in found
            ]

    @reads_only
    def evaluation_board(self, actor: Actor, campaign_id: int) -> EvaluationBoard:
        """评比进度: who has inspected which ward on which checklist."""
        require_evaluation_access(actor)
        with self._db.transaction(read_only=True) as session:
            return load_evaluation_board(session, campaign_id)


def _refuse_second_inspection(session: Session, actor: Actor, key: SheetKey, day: date) -> None:
    """One evaluation inspection per inspector, ward, checklist and day (the database's unique
    index says the same): a second one is refused naming the first, instead of failing the write."""
    existing = session.scalar(
        select(Inspection).where(
            Inspection.campaign_id == key.campaign_id,
            Inspection.phase == PhaseKind.EVALUATION,
            Inspection.ward_id == key.ward_id,
            Inspection.checklist_id == key.checklist_id,
            Inspection.inspector_name == actor.display_name,
            Inspection.inspected_on == day,
        )
    )
    if existing is not None:
        raise InspectionExists(
            replace(key, inspection_id=existing.id),
            existing.inspector_name,
            date=f"{day:%Y-%m-%d}",
            when=local_time(existing.updated_at),
        )


@dataclass(frozen=True)
class EvaluationLine:
    """One evaluation inspection (评比检查) as the evaluation page lists it; ``score`` is the
    standardized score so far (None before any applicable item is scored)."""

    key: SheetKey
    inspector_id: int | None
    inspector_name: str
    inspected_on: date
    status: SheetStatus
    score: Fraction | None
    saved_at: datetime | None
