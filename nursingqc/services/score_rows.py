"""Reading the rows of the 评分 sheet of paper rounds (rules §3.5): its columns and every problem of
every row, found before anything is written — each with its row, column and reason, under the
column the user has to correct. ``score_import`` writes what passes.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal, InvalidOperation

from sqlalchemy import String, select
from sqlalchemy.orm import Session

from nursingqc.domain.accounts import (
    MSG_OTHER_WARD,
    Actor,
    Role,
)
from nursingqc.domain.checklists import ChecklistDefinition, ChecklistItem
from nursingqc.domain.errors import (
    MSG_DEDUCTION_ABOVE_POINTS,
    MSG_DEDUCTION_NEGATIVE,
    MSG_DEDUCTION_STEP,
    MSG_ITEM_UNKNOWN,
    MSG_NOT_APPLICABLE_WITH_DEDUCTION,
    MSG_NOT_APPLICABLE_WITH_VETO,
    MSG_VETO_ON_ORDINARY_ITEM,
    QT_TRANSLATE_NOOP,
    Message,
    RowProblem,
    ValidationError,
)
from nursingqc.domain.scoring import (
    MSG_EVERY_ITEM_NA,
    MSG_ITEM_NEEDS_PROBLEM,
    MSG_ITEM_TEXT,
    MSG_ITEM_UNSCORED,
    MSG_VETO_NEEDS_PROBLEM,
    ItemEntry,
    check_entry,
    submission_problems,
)
from nursingqc.domain.workflow import PhaseKind, PhaseState
from nursingqc.services.ward_import import MSG_REQUIRED, MSG_TOO_LONG
from nursingqc.services.wards import visible_text
from nursingqc.storage.models import (
    Campaign,
    CampaignChecklist,
    Checklist,
    Inspection,
    Ward,
)
from nursingqc.storage.repositories.checklists import definition_of

SCORES_SHEET = "评分"
WARD = "病区编码"
WARD_NAME = "病区名称"
CHECKLIST = "检查表编码"
ITEM = "条目编码"
ITEM_TEXT = "检查内容"
POINTS = "分值"
VETO_ITEM = "一票否决项"
PHASE = "阶段"
INSPECTOR = "检查人"
DATE = "检查日期"
DEDUCTION = "扣分"
NOT_APPLICABLE = "不适用"
VETO = "否决"
PROBLEM = "问题描述"
#: The sheet's columns in order (rules §3.5).
COLUMNS = (
    WARD,
    WARD_NAME,
    CHECKLIST,
    ITEM,
    ITEM_TEXT,
    POINTS,
    VETO_ITEM,
    PHASE,
    INSPECTOR,
    DATE,
    DEDUCTION,
    NOT_APPLICABLE,
    VETO,
    PROBLEM,
)
#: Shown to the reader and ignored on import, so a file may leave them out.
READER_COLUMNS = (WARD_NAME, ITEM_TEXT, POINTS, VETO_ITEM)
REQUIRED_COLUMNS = tuple(column for column in COLUMNS if column not in READER_COLUMNS)
YES = "是"
#: Paper rounds are scored in the self-check and the evaluation only.
SHEET_PHASES = (PhaseKind.SELF_CHECK, PhaseKind.EVALUATION)

MSG_UNKNOWN_WARD = QT_TRANSLATE_NOOP(
    "Errors", "there is no ward with code {code}; use the codes of the template"
)
MSG_WARD_NOT_IN_CAMPAIGN = QT_TRANSLATE_NOOP(
    "Errors", "ward {code} does not take part in this campaign"
)
MSG_UNKNOWN_CHECKLIST = QT_TRANSLATE_NOOP(
    "Errors", "there is no checklist with code {code}; use the codes of the template"
)
MSG_CHECKLIST_NOT_IN_CAMPAIGN = QT_TRANSLATE_NOOP(
    "Errors", "checklist {code} is not used in this campaign (it uses {codes})"
)
MSG_BAD_PHASE = QT_TRANSLATE_NOOP("Errors", "must be 自查 or 评比, not {value}")
MSG_BAD_DATE = QT_TRANSLATE_NOOP("Errors", "{value} is not a date; write it like 2026-07-08")
MSG_NO_DATE_READABLE = QT_TRANSLATE_NOOP(
    "Errors",
    "none of the {count} dates of this column (rows {first} to {last}) can be read as a date, "
    "for example {value}; write them like 2026-07-08, or format the column as dates in Excel "
    "(Format Cells › Date)",
)
MSG_OUTSIDE_PHASE = QT_TRANSLATE_NOOP(
    "Errors",
    "{date} is outside the {phase} week ({start} ~ {end}); imported all the same, as entries "
    "are accepted while the phase is open",
)
MSG_FUTURE_DATE = QT_TRANSLATE_NOOP(
    "Errors", "{value} is a day in the future; write the day of the round"
)
MSG_NOT_A_NUMBER = QT_TRANSLATE_NOOP(
    "Errors",
    "{value} is not a number; write the points deducted, such as 0.5, or leave it empty for 0",
)
MSG_YES_OR_EMPTY = QT_TRANSLATE_NOOP("Errors", "must be 是 or empty, not {value}")
MSG_SCORES_WITHOUT_INSPECTOR = QT_TRANSLATE_NOOP(
    "Errors",
    "the row has scores but no inspector; write who inspected, or clear the row "
    "(only rows without scores are skipped)",
)
MSG_ITEM_REPEATED = QT_TRANSLATE_NOOP(
    "Errors", "item {item} appears twice in the same inspection (first in row {first_row})"
)
MSG_MISSING_ITEMS = QT_TRANSLATE_NOOP(
    "Errors",
    "the inspection of ward {ward}, checklist {checklist} by {inspector} on {date} has no row "
    "for item(s) {items}; every item of the checklist needs a row",
)
MSG_SECOND_SELF_CHECK = QT_TRANSLATE_NOOP(
    "Errors",
    "ward {ward} already has a self-check of checklist {checklist} in row {first_row} "
    "({inspector}, {date}); a ward fills one self-check per checklist",
)
MSG_PHASE_NOT_OPEN = QT_TRANSLATE_NOOP(
    "Errors",
    "the {phase} phase is not open ({state}), so its scores cannot be imported; "
    "the nursing department opens it on the Campaigns page",
)
MSG_ALREADY_SUBMITTED = QT_TRANSLATE_NOOP(
    "Errors",
    "ward {ward} checklist {checklist}: a {phase} sheet ({inspector}, {date}) was already "
    "submitted on {when} with other scores; it stays as it is. If the paper sheet is right, ask "
    "the nursing department to reopen that sheet, then import again",
)
MSG_HEAD_NURSE_SELF_CHECK_ONLY = QT_TRANSLATE_NOOP(
    "Errors",
    "a head nurse imports only her own ward's self-check (自查); evaluation scores are imported "
    "by the inspectors or the nursing department",
)
MSG_INSPECTOR_EVALUATION_ONLY = QT_TRANSLATE_NOOP(
    "Errors",
    "inspectors import evaluation (评比) scores; a ward's self-check is imported by its head "
    "nurse or the nursing department",
)

# check_entry's reasons, each under the column the user has to correct.
_ENTRY_COLUMNS = {
    MSG_DEDUCTION_NEGATIVE: DEDUCTION,
    MSG_DEDUCTION_ABOVE_POINTS: DEDUCTION,
    MSG_DEDUCTION_STEP: DEDUCTION,
    MSG_NOT_APPLICABLE_WITH_DEDUCTION: NOT_APPLICABLE,
    MSG_NOT_APPLICABLE_WITH_VETO: NOT_APPLICABLE,
    MSG_VETO_ON_ORDINARY_ITEM: VETO,
    MSG_ITEM_TEXT: PROBLEM,
}
_SUBMISSION_COLUMNS = {MSG_ITEM_NEEDS_PROBLEM: PROBLEM, MSG_VETO_NEEDS_PROBLEM: PROBLEM}
_NUMBER = re.compile(r"[+-]?\d+(\.\d*)?|[+-]?\.\d+")
# 2026-07-08, 2026/7/8, 2026.7.8, 2026年7月8日; a date cell reads as "2026-07-08 00:00:00".
_DATE = re.compile(
    r"(\d{4})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})\s*日?(?:[ T]0?0:00(?::00)?)?"
)


def _inspector_length() -> int:
    column_type = Inspection.__table__.c.inspector_name.type
    assert isinstance(column_type, String) and column_type.length is not None
    return column_type.length


_INSPECTOR_LENGTH = _inspector_length()


@dataclass(frozen=True)
class ScoreRow:
    """One row of the 评分 sheet as read, as text, before checking; ``row`` is the Excel row."""

    row: int
    ward_code: str
    checklist_code: str
    item_code: str
    phase: str
    inspector: str
    inspected_on: str
    deduction: str = ""
    not_applicable: str = ""
    veto: str = ""
    problem: str = ""


@dataclass
class InspectionRows:
    """The rows of one inspection, keyed by ward, checklist, phase, inspector and date."""

    ward: Ward
    link: CampaignChecklist
    definition: ChecklistDefinition
    phase: PhaseKind
    inspector: str
    day: date
    first_row: int
    entries: dict[str, ItemEntry] = field(default_factory=dict)
    rows: dict[str, int] = field(default_factory=dict)
    #: False once a row of it or the inspection as a whole has a problem.
    clean: bool = True


def _parse_date(text: str) -> date | None:
    match = _DATE.fullmatch(text.strip())
    if match is None:
        return None
    try:
        return date(*(int(part) for part in match.groups()))
    except ValueError:
        return None


def _parse_deduction(text: str) -> Decimal | None:
    """Empty is 0; None when the text is no plain number (so "1e3", "NaN" and "1,5" are refused)."""
    text = text.strip()
    if not text:
        return Decimal(0)
    if not _NUMBER.fullmatch(text):
        return None
    try:
        return Decimal(text)
    except InvalidOperation:
        return None


class RowChecker:
    """Reads every row against the campaign and collects every problem, row by row."""

    def __init__(self, session: Session, campaign: Campaign, actor: Actor, today: date) -> None:
        self.campaign, self.actor, self.today = campaign, actor, today
        self.problems: list[RowProblem] = []
        self.groups: dict[tuple[int, int, PhaseKind, str, date], InspectionRows] = {}
        self.template_rows = 0
        self.all_wards = set(session.scalars(select(Ward.code)))
        self.all_checklists = set(session.scalars(select(Checklist.code)))
        self.wards = {link.ward.code: link.ward for link in campaign.wards}
        self.links = {link.checklist.code: link for link in campaign.checklists}
        self.definitions = {
            code: definition_of(link.checklist) for code, link in self.links.items()
        }
        self.phases = {phase.kind: phase.state for phase in campaign.phases}
        self._phase_reported: set[PhaseKind] = set()
        self._row_groups: dict[int, InspectionRows] = {}
        self._rights_checked: set[tuple[PhaseKind, int]] = set()
        self._dated_rows = 0
        self._bad_dates: list[tuple[int, str]] = []

    def problem(self, row: int, column: str, template: str, **params: object) -> None:
        self.problems.append(RowProblem(SCORES_SHEET, row, column, Message(template, params)))

    def check(self, row: ScoreRow) -> None:
        before = len(self.problems)
        self._check_row(row)
        group = self._row_groups.get(row.row)
        if group is not None and len(self.problems) > before:
            group.clean = False

    def _check_row(self, row: ScoreRow) -> None:
        inspector = visible_text(row.inspector)
        if not inspector:
            scored = (row.deduction, row.not_applicable, row.veto, row.problem, row.inspected_on)
            if any(visible_text(text) for text in scored):
                self.problem(row.row, INSPECTOR, MSG_SCORES_WITHOUT_INSPECTOR)
            else:
                self.template_rows += 1
            return
        if len(inspector) > _INSPECTOR_LENGTH:
            self.problem(
                row.row, INSPECTOR, MSG_TOO_LONG, count=len(inspector), length=_INSPECTOR_LENGTH
            )
        ward = self._ward(row)
        link, definition = self._checklist(row)
        item = self._item(row, definition)
        phase = self._phase(row)
        day = self._date(row)
        entry = self._entry(row, item)
        if phase is not None and ward is not None:
            self._check_rights(row, phase, ward)
        if None in (ward, link, definition, phase, day) or len(inspector) > _INSPECTOR_LENGTH:
            return
        assert ward and link and definition and phase and day
        key = (ward.id, link.checklist_id, phase, inspector, day)
        group = self.groups.get(key)
        if group is None:
            group = InspectionRows(ward, link, definition, phase, inspector, day, row.row)
            self.groups[key] = group
        self._row_groups[row.row] = group
        if item is None:
            return
        if item.code in group.rows:
            self.problem(
                row.row, ITEM, MSG_ITEM_REPEATED, item=item.code, first_row=group.rows[item.code]
            )
            return
        # A row with a bad entry still covers its item: it is wrong, not missing.
        group.rows[item.code] = row.row
        if entry is not None:
            group.entries[item.code] = entry

    def _ward(self, row: ScoreRow) -> Ward | None:
        code = visible_text(row.ward_code)
        ward = self.wards.get(code)
        if ward is not None:
            return ward
        if not code:
            self.problem(row.row, WARD, MSG_REQUIRED)
        elif code in self.all_wards:
            self.problem(row.row, WARD, MSG_WARD_NOT_IN_CAMPAIGN, code=code)
        else:
            self.problem(row.row, WARD, MSG_UNKNOWN_WARD, code=code)
        return None

    def _checklist(
        self, row: ScoreRow
    ) -> tuple[CampaignChecklist | None, ChecklistDefinition | None]:
        code = visible_text(row.checklist_code)
        if code in self.links:
            return self.links[code], self.definitions[code]
        if not code:
            self.problem(row.row, CHECKLIST, MSG_REQUIRED)
        elif code in self.all_checklists:
            codes = "、".join(self.links)
            self.problem(row.row, CHECKLIST, MSG_CHECKLIST_NOT_IN_CAMPAIGN, code=code, codes=codes)
        else:
            self.problem(row.row, CHECKLIST, MSG_UNKNOWN_CHECKLIST, code=code)
        return None, None

    def _item(self, row: ScoreRow, definition: ChecklistDefinition | None) -> ChecklistItem | None:
        code = visible_text(row.item_code)
        if not code:
            self.problem(row.row, ITEM, MSG_REQUIRED)
            return None
        if definition is None:
            return None
        item = definition.item(code)
        if item is None:
            self.problem(row.row, ITEM, MSG_ITEM_UNKNOWN, checklist=definition.code, item=code)
        return item

    def _phase(self, row: ScoreRow) -> PhaseKind | None:
        text = visible_text(row.phase)
        phase = next((kind for kind in SHEET_PHASES if kind.chinese_name == text), None)
        if phase is None:
            if text:
                self.problem(row.row, PHASE, MSG_BAD_PHASE, value=text)
            else:
                self.problem(row.row, PHASE, MSG_REQUIRED)
            return None
        return phase

    def require_open(self, group: InspectionRows) -> None:
        """Once per phase: every inspection of it has the same cause and the same remedy."""
        state = self.phases[group.phase]
        if state is not PhaseState.OPEN and group.phase not in self._phase_reported:
            self._phase_reported.add(group.phase)
            self.problem(
                group.first_row,
                PHASE,
                MSG_PHASE_NOT_OPEN,
                phase=group.phase.chinese_name,
                state=Message(state.display_name, {}, "Phase"),
            )

    def _date(self, row: ScoreRow) -> date | None:
        text = visible_text(row.inspected_on)
        if not text:
            self.problem(row.row, DATE, MSG_REQUIRED)
            return None
        self._dated_rows += 1
        day = _parse_date(text)
        if day is None:
            # Reported once all rows are read: a column wrong as a whole gets one line.
            self._bad_dates.append((row.row, text))
        elif day > self.today:
            self.problem(row.row, DATE, MSG_FUTURE_DATE, value=day.isoformat())
            return None
        return day

    def _flag(self, row: ScoreRow, column: str, text: str) -> bool | None:
        text = visible_text(text)
        if text in ("", YES):
            return text == YES
        self.problem(row.row, column, MSG_YES_OR_EMPTY, value=text)
        return None

    def _entry(self, row: ScoreRow, item: ChecklistItem | None) -> ItemEntry | None:
        deduction = _parse_deduction(visible_text(row.deduction))
        if deduction is None:
            self.problem(row.row, DEDUCTION, MSG_NOT_A_NUMBER, value=visible_text(row.deduction))
        not_applicable = self._flag(row, NOT_APPLICABLE, row.not_applicable)
        veto = self._flag(row, VETO, row.veto)
        if deduction is None or not_applicable is None or veto is None or item is None:
            return None
        entry = ItemEntry(deduction, not_applicable, veto, row.problem.strip())
        try:
            check_entry(item, entry)
        except ValidationError as error:
            column = _ENTRY_COLUMNS.get(error.template, DEDUCTION)
            self.problem(row.row, column, error.template, **error.params)
            return None
        return entry

    def _check_rights(self, row: ScoreRow, phase: PhaseKind, ward: Ward) -> None:
        """Once per phase and ward: the first row says it, the others would only repeat it."""
        if self.actor.is_admin or (phase, ward.id) in self._rights_checked:
            return
        self._rights_checked.add((phase, ward.id))
        if self.actor.role is Role.INSPECTOR:
            if phase is not PhaseKind.EVALUATION:
                self.problem(row.row, PHASE, MSG_INSPECTOR_EVALUATION_ONLY)
        elif phase is not PhaseKind.SELF_CHECK:
            self.problem(row.row, PHASE, MSG_HEAD_NURSE_SELF_CHECK_ONLY)
        elif ward.id != self.actor.ward_id:
            self.problem(row.row, WARD, MSG_OTHER_WARD, ward=ward.code)

    def outside_phase(self, group: InspectionRows) -> Message | None:
        """The warning rules §2.4 asks for when a sheet's date is outside its phase's week."""
        phase = next(phase for phase in self.campaign.phases if phase.kind is group.phase)
        if phase.starts_on <= group.day <= phase.ends_on:
            return None
        return Message(
            MSG_OUTSIDE_PHASE,
            {
                "date": group.day.isoformat(),
                "phase": group.phase.chinese_name,
                "start": phase.starts_on.isoformat(),
                "end": phase.ends_on.isoformat(),
            },
        )

    def _report_bad_dates(self) -> None:
        """One line when no date of the file can be read (a column of numbers or of "7月8日"):
        the same reason on every row would bury every other problem."""
        bad = self._bad_dates
        if len(bad) > 1 and len(bad) == self._dated_rows:
            (first, value), (last, _) = bad[0], bad[-1]
            self.problem(
                first,
                DATE,
                MSG_NO_DATE_READABLE,
                count=len(bad),
                first=first,
                last=last,
                value=value,
            )
            return
        for row, text in bad:
            self.problem(row, DATE, MSG_BAD_DATE, value=text)

    def check_groups(self) -> None:
        """Per inspection: every item there, one self-check per ward and checklist, submittable."""
        self._report_bad_dates()
        self_checks: dict[tuple[int, int], InspectionRows] = {}
        for group in self.groups.values():
            definition = group.definition
            missing = [item.code for item in definition.items if item.code not in group.rows]
            if missing:
                group.clean = False
                self.problem(
                    group.first_row,
                    ITEM,
                    MSG_MISSING_ITEMS,
                    ward=group.ward.code,
                    checklist=definition.code,
                    inspector=group.inspector,
                    date=group.day.isoformat(),
                    items="、".join(missing),
                )
            if group.phase is PhaseKind.SELF_CHECK:
                first = self_checks.setdefault((group.ward.id, group.link.checklist_id), group)
                if first is not group:
                    group.clean = False
                    self.problem(
                        group.first_row,
                        INSPECTOR,
                        MSG_SECOND_SELF_CHECK,
                        ward=group.ward.code,
                        checklist=definition.code,
                        first_row=first.first_row,
                        inspector=first.inspector,
                        date=first.day.isoformat(),
                    )
            complete = len(group.entries) == len(definition.items)
            for reason in submission_problems(definition, group.entries):
                # Unscored items were reported above (missing) or are rows with a bad entry.
                if reason.template == MSG_ITEM_UNSCORED or (
                    reason.template == MSG_EVERY_ITEM_NA and not complete
                ):
                    continue
                group.clean = False
                code = str(reason.params.get("item", ""))
                row = group.rows.get(code, group.first_row)
                column = _SUBMISSION_COLUMNS.get(reason.template, NOT_APPLICABLE)
                self.problems.append(RowProblem(SCORES_SHEET, row, column, reason))
