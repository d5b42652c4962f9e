"""纸质评分: the 评分 sheet of paper rounds — its template, and importing it all or nothing.

One inspection is the rows sharing ward, checklist, phase, inspector and date (rules §3.5). Imported
inspections are submitted at once: the paper sheet is signed and final. Rules of this module:

- Admins import anything; inspectors import evaluation (评比) rows; a head nurse imports only her
  own ward's self-check (自查) rows — the same rights as on screen (rules §1.2).
- Importing the same file again adds nothing: an inspection already submitted with the same
  inspector, date and entries is left alone and reported as already there. One submitted with
  other entries is refused (the department reopens it first, so no signed result is overwritten
  silently); a draft with the same key (an on-screen sheet never submitted) is replaced by the
  paper sheet, its entries kept in the audit log's ``before``.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, replace
from datetime import date
from decimal import Decimal

from sqlalchemy import select
from sqlalchemy.orm import Session, selectinload

from nursingqc.domain.accounts import (
    MSG_NOT_FOR_ROLE,
    MSG_OTHER_INSPECTOR,
    Actor,
    Role,
)
from nursingqc.domain.errors import (
    ImportRefused,
    Message,
    PermissionDenied,
    RowProblem,
    ValidationError,
)
from nursingqc.domain.rectification import findings
from nursingqc.domain.scoring import (
    ItemEntry,
    inspection_score,
    round_half_up,
)
from nursingqc.domain.workflow import PhaseKind, SheetStatus
from nursingqc.services.campaigns import require_unlocked_campaign
from nursingqc.services.clock import DatedService
from nursingqc.services.findings import record_findings
from nursingqc.services.inspections import MSG_NOT_A_SHEET_PHASE
from nursingqc.services.score_rows import (
    COLUMNS,
    INSPECTOR,
    MSG_ALREADY_SUBMITTED,
    SHEET_PHASES,
    InspectionRows,
    RowChecker,
    ScoreRow,
)
from nursingqc.services.use_cases import reads_only, writes_campaign
from nursingqc.storage import audit
from nursingqc.storage.models import (
    Campaign,
    Inspection,
    ItemResult,
)
from nursingqc.storage.repositories.campaigns import load_campaign
from nursingqc.storage.repositories.inspections import stored_entries


@dataclass(frozen=True)
class TemplateRow:
    """One pre-filled row of the template: a ward and an item, for the reader."""

    ward_code: str
    ward_name: str
    checklist_code: str
    item_code: str
    item_text: str
    points: Decimal
    veto: bool


@dataclass(frozen=True)
class ScoreTemplate:
    campaign_name: str
    phase: PhaseKind
    rows: tuple[TemplateRow, ...]


@dataclass(frozen=True)
class ImportedInspection:
    """One inspection of the file: where it starts, whose it is and its standardized score."""

    first_row: int
    ward_code: str
    ward_name: str
    checklist_code: str
    checklist_name: str
    phase: PhaseKind
    inspector_name: str
    inspected_on: date
    score: Decimal
    findings: int
    replaced_draft: bool = False
    #: Why the user should look at it again though it was imported (a date outside the phase).
    warning: Message | None = None


@dataclass(frozen=True)
class ScoreImportResult:
    """``imported`` were added (submitted); ``already_there`` were in the database already,
    identical, and left alone; ``template_rows`` rows had no inspector and were skipped."""

    imported: tuple[ImportedInspection, ...]
    already_there: tuple[ImportedInspection, ...]
    template_rows: int


class ScoreImportService(DatedService):
    @reads_only
    def template(self, actor: Actor, campaign_id: int, phase: PhaseKind) -> ScoreTemplate:
        """Every participating ward and every item of every campaign checklist; a head nurse gets
        her own ward's self-check only, an inspector the evaluation only."""
        if phase not in SHEET_PHASES:
            raise ValidationError(MSG_NOT_A_SHEET_PHASE, phase=phase.chinese_name)
        if not actor.is_admin and (phase is PhaseKind.EVALUATION) != (actor.role is Role.INSPECTOR):
            raise PermissionDenied(MSG_NOT_FOR_ROLE, role=actor.role.value)
        with self._db.transaction(read_only=True) as session:
            campaign = load_campaign(session, campaign_id, with_items=True)
            wards = sorted((link.ward for link in campaign.wards), key=lambda ward: ward.code)
            if actor.role is Role.HEAD_NURSE:
                wards = [ward for ward in wards if ward.id == actor.ward_id]
            rows = tuple(
                TemplateRow(
                    ward.code,
                    ward.name,
                    link.checklist.code,
                    item.code,
                    item.text,
                    item.points,
                    item.veto,
                )
                for ward in wards
                for link in campaign.checklists
                for item in link.checklist.items
            )
            return ScoreTemplate(campaign.name, phase, rows)

    @writes_campaign
    def import_scores(
        self,
        actor: Actor,
        campaign_id: int,
        rows: Sequence[ScoreRow],
        source: str = "",
        cell_problems: Sequence[RowProblem] = (),
    ) -> ScoreImportResult:
        """Checks every row, then adds every inspection as submitted, in one transaction; any
        problem refuses the whole file (``ImportRefused`` lists them all) and changes nothing.

        ``source`` (the file's name) is written to the audit log with each inspection.
        """
        with self._db.transaction() as session:
            campaign = load_campaign(session, campaign_id, with_items=True)
            require_unlocked_campaign(campaign)
            checker = RowChecker(session, campaign, actor, self._today())
            checker.problems.extend(cell_problems)
            for row in rows:
                checker.check(row)
            checker.check_groups()
            existing = self._existing(session, campaign_id)
            imported: list[ImportedInspection] = []
            already: list[ImportedInspection] = []
            writes: list[tuple[InspectionRows, Inspection | None]] = []
            for group in checker.groups.values():
                if not group.clean:
                    continue
                stored = existing.get(self._key(group))
                outcome = self._compare(checker, group, stored)
                if outcome == "same":
                    already.append(self._summary(group, 0))
                elif outcome == "write":
                    # A closed phase refuses only what would change: the same file imported
                    # again after the phase closed still finds everything already there.
                    checker.require_open(group)
                    writes.append((group, stored))
            if checker.problems:
                checker.problems.sort(key=_problem_order)
                raise ImportRefused(checker.problems)
            for group, stored in writes:
                inspection = self._write(session, actor, campaign, group, stored, source)
                imported.append(replace(inspection, warning=checker.outside_phase(group)))
            return ScoreImportResult(tuple(imported), tuple(already), checker.template_rows)

    @staticmethod
    def _key(group: InspectionRows) -> tuple[object, ...]:
        if group.phase is PhaseKind.SELF_CHECK:
            return (group.phase, group.ward.id, group.link.checklist_id)
        return (group.phase, group.ward.id, group.link.checklist_id, group.inspector, group.day)

    def _existing(self, session: Session, campaign_id: int) -> dict[tuple[object, ...], Inspection]:
        """The campaign's score sheets by the key an imported one would take, in one query."""
        inspections = session.scalars(
            select(Inspection)
            .where(Inspection.campaign_id == campaign_id, Inspection.phase.in_(SHEET_PHASES))
            .options(selectinload(Inspection.results).selectinload(ItemResult.item))
        )
        found: dict[tuple[object, ...], Inspection] = {}
        for inspection in inspections:
            if inspection.phase is PhaseKind.SELF_CHECK:
                key: tuple[object, ...] = (
                    inspection.phase,
                    inspection.ward_id,
                    inspection.checklist_id,
                )
            else:
                key = (
                    inspection.phase,
                    inspection.ward_id,
                    inspection.checklist_id,
                    inspection.inspector_name,
                    inspection.inspected_on,
                )
            found[key] = inspection
        return found

    def _compare(
        self, checker: RowChecker, group: InspectionRows, stored: Inspection | None
    ) -> str:
        """ "write", "same" (already submitted, identical) or "refused" (a problem was added)."""
        if stored is None:
            return "write"
        if stored.status is SheetStatus.SUBMITTED:
            if (
                stored.inspector_name,
                stored.inspected_on,
                _without_nurses(stored_entries(stored)),
            ) == (group.inspector, group.day, group.entries):
                return "same"
            checker.problem(
                group.first_row,
                INSPECTOR,
                MSG_ALREADY_SUBMITTED,
                ward=group.ward.code,
                checklist=group.definition.code,
                phase=group.phase.chinese_name,
                inspector=stored.inspector_name,
                date=stored.inspected_on.isoformat(),
                when=f"{stored.submitted_at.astimezone():%Y-%m-%d %H:%M}"
                if stored.submitted_at
                else "",
            )
            return "refused"
        actor = checker.actor
        if (
            group.phase is PhaseKind.EVALUATION
            and not actor.is_admin
            and stored.inspector_id not in (None, actor.user_id)
        ):
            checker.problem(group.first_row, INSPECTOR, MSG_OTHER_INSPECTOR)
            return "refused"
        return "write"

    @staticmethod
    def _summary(
        group: InspectionRows, findings: int, replaced: bool = False
    ) -> ImportedInspection:
        definition = group.definition
        score = inspection_score((item, group.entries[item.code]) for item in definition.items)
        return ImportedInspection(
            first_row=group.first_row,
            ward_code=group.ward.code,
            ward_name=group.ward.name,
            checklist_code=definition.code,
            checklist_name=definition.name,
            phase=group.phase,
            inspector_name=group.inspector,
            inspected_on=group.day,
            score=round_half_up(score),
            findings=findings,
            replaced_draft=replaced,
        )

    def _write(
        self,
        session: Session,
        actor: Actor,
        campaign: Campaign,
        group: InspectionRows,
        stored: Inspection | None,
        source: str,
    ) -> ImportedInspection:
        now = self._now()
        checklist = group.link.checklist
        item_ids = {item.code: item.id for item in checklist.items}
        before = None
        if stored is None:
            inspection = Inspection(
                campaign_id=campaign.id,
                phase=group.phase,
                ward_id=group.ward.id,
                checklist_id=checklist.id,
                created_at=now,
                version=0,
            )
            session.add(inspection)
        else:
            inspection = stored
            before = {
                "status": stored.status.value,
                "inspector": stored.inspector_name,
                "inspected_on": stored.inspected_on,
                "items": audit.entries(stored_entries(stored)),
            }
            inspection.results.clear()
            # The old rows must be gone before new ones take the same (inspection, item) pair.
            session.flush()
        inspection.inspector_id = None
        inspection.inspector_name = group.inspector
        inspection.inspected_on = group.day
        inspection.status = SheetStatus.SUBMITTED
        inspection.updated_at = inspection.submitted_at = now
        inspection.updated_by = actor.display_name
        inspection.version += 1
        for code, entry in group.entries.items():
            inspection.results.append(
                ItemResult(
                    item_id=item_ids[code],
                    deduction=entry.deduction,
                    not_applicable=entry.not_applicable,
                    veto_failed=entry.veto_failed,
                    problem=entry.problem,
                )
            )
        session.flush()
        record_findings(
            session,
            actor,
            inspection,
            group.definition,
            item_ids,
            group.entries,
            campaign,
            self._today(),
            now,
        )
        summary = self._summary(group, len(findings(group.entries)), replaced=stored is not None)
        audit.record(
            session,
            actor,
            "import",
            "inspection",
            inspection.id,
            before=before,
            after={
                "source": source,
                "row": group.first_row,
                "phase": group.phase.value,
                "ward": group.ward.code,
                "checklist": group.definition.code,
                "inspector": group.inspector,
                "inspected_on": group.day,
                "score": summary.score,
                "items": audit.entries(group.entries),
            },
        )
        return summary


def _without_nurses(entries: dict[str, ItemEntry]) -> dict[str, ItemEntry]:
    """What the file can hold of a stored sheet: it has no 涉及护士 column."""
    return {code: replace(entry, nurse="") for code, entry in entries.items()}


def _problem_order(problem: RowProblem) -> tuple[int, int]:
    """By row, then by the sheet's column order (a column of the user's own last)."""
    column = COLUMNS.index(problem.column) if problem.column in COLUMNS else len(COLUMNS)
    return problem.row, column
