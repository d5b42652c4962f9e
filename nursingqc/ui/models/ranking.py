"""The ranking page's tables: the ranking in rules §11.1's columns, the excellent-nurse nominees."""

from __future__ import annotations

from decimal import Decimal
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush, QColor

from nursingqc.domain.awards import NominationStatus
from nursingqc.domain.errors import QT_TRANSLATE_NOOP
from nursingqc.domain.ranking import TieBreak, WardStatus
from nursingqc.domain.statistics import LENIENT_MARGIN
from nursingqc.reports.wording import MISSING, percent_text, score_text
from nursingqc.services.nominations import NomineeView, WardOutcome
from nursingqc.services.ranking import RankingRow, RankingView

Index = QModelIndex | QPersistentModelIndex

#: What the proxy sorts on: numbers as numbers, so 100.00 comes after 99.50, not before 2.
SORT_ROLE = Qt.ItemDataRole.UserRole + 1
MODEL_WARD_BACKGROUND = QColor("#fdf0d2")
VETO_BACKGROUND = QColor("#fde2e1")
LENIENT_BACKGROUND = QColor("#fff4d6")
INCOMPLETE_FOREGROUND = QColor("#6b6b6b")
#: Sorted below every real value, whichever way round.
_NO_VALUE = float("-inf")

LEADING_HEADERS = (
    QT_TRANSLATE_NOOP("RankingModel", "Rank"),
    QT_TRANSLATE_NOOP("RankingModel", "Ward code"),
    QT_TRANSLATE_NOOP("RankingModel", "Ward name"),
)
TRAILING_HEADERS = (
    QT_TRANSLATE_NOOP("RankingModel", "Total"),
    QT_TRANSLATE_NOOP("RankingModel", "Self-check total"),
    QT_TRANSLATE_NOOP("RankingModel", "Self-check gap"),
    QT_TRANSLATE_NOOP("RankingModel", "Rectification rate"),
    QT_TRANSLATE_NOOP("RankingModel", "Veto"),
    QT_TRANSLATE_NOOP("RankingModel", "Result"),
)
RANK, CODE, NAME = range(3)
#: The tie rule of rules §4.7 that placed a ward after 上一名 with the same total, in a word.
TIE_BREAK_NAMES = {
    TieBreak.SERVICE_SCORE: QT_TRANSLATE_NOOP("RankingModel", "service score"),
    TieBreak.LOWEST_SCORE: QT_TRANSLATE_NOOP("RankingModel", "lowest score"),
}
#: ... and in a sentence, for the tooltip.
TIE_BREAK_REASONS = {
    TieBreak.SERVICE_SCORE: QT_TRANSLATE_NOOP(
        "RankingModel",
        "Same total as the ward ranked before it; placed after it by the service score "
        "(rules §4.7, second rule).",
    ),
    TieBreak.LOWEST_SCORE: QT_TRANSLATE_NOOP(
        "RankingModel",
        "Same total and service score as the ward ranked before it; placed after it by its "
        "lowest checklist score (rules §4.7, third rule).",
    ),
}


def _number(value: Decimal | None) -> float:
    return _NO_VALUE if value is None else float(value)


class RankingModel(QAbstractTableModel):
    """One row per ward in the service's order: ranked wards, then veto wards, then 未完成."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.view: RankingView | None = None
        self.rows: tuple[RankingRow, ...] = ()
        #: Every cell's text, formatted once per load: the view paints, sorts and fits its
        #: columns from them, and formatting 300 × 15 cells again on each call was most of
        #: the page's own time.
        self.texts: list[tuple[str, ...]] = []

    def load(self, view: RankingView | None) -> None:
        self.beginResetModel()
        self.view = view
        self.rows = view.rows if view is not None else ()
        kinds = [self.column_kind(column) for column in range(self.columnCount())]
        self.texts = [
            tuple(self._text(row, column, kind) for column, kind in enumerate(kinds))
            for row in self.rows
        ]
        self.endResetModel()

    def column_texts(self) -> list[tuple[str, ...]]:
        """The texts column by column, for ``FittedTableView.fit_columns``."""
        return list(zip(*self.texts, strict=True)) if self.texts else [()] * self.columnCount()

    @property
    def checklist_count(self) -> int:
        return len(self.view.checklists) if self.view is not None else 0

    def column_kind(self, column: int) -> str:
        """The column's English header (a checklist column: ``checklist``)."""
        if column < len(LEADING_HEADERS):
            return LEADING_HEADERS[column]
        column -= len(LEADING_HEADERS)
        if column < self.checklist_count:
            return "checklist"
        return TRAILING_HEADERS[column - self.checklist_count]

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        if parent.isValid() or self.view is None:
            return 0
        return len(LEADING_HEADERS) + self.checklist_count + len(TRAILING_HEADERS)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = 0) -> Any:
        if orientation is not Qt.Orientation.Horizontal or self.view is None:
            return None
        kind = self.column_kind(section)
        if role == Qt.ItemDataRole.DisplayRole:
            if kind == "checklist":
                return self.view.checklists[section - len(LEADING_HEADERS)].name
            return self.tr(kind)
        if role == Qt.ItemDataRole.ToolTipRole:
            if kind == "checklist":
                checklist = self.view.checklists[section - len(LEADING_HEADERS)]
                return self.tr("Mean standardized score of the evaluation; weight {weight}").format(
                    weight=f"{checklist.weight.normalize():f}"
                )
            if kind == "Self-check gap":
                return self.tr(
                    "Self-check total minus evaluation total; {margin} points or more is marked "
                    "as a lenient self-check."
                ).format(margin=LENIENT_MARGIN)
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or self.view is None:
            return None
        row = self.rows[index.row()]
        kind = self.column_kind(index.column())
        if role == Qt.ItemDataRole.DisplayRole:
            return self.texts[index.row()][index.column()]
        if role == SORT_ROLE:
            return self._sort_key(row, index.row(), index.column(), kind)
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._tooltip(row, kind)
        if role == Qt.ItemDataRole.TextAlignmentRole:
            if kind in ("Ward name", "Result"):
                return int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.BackgroundRole:
            if kind == "Self-check gap" and row.lenient:
                return QBrush(LENIENT_BACKGROUND)
            if row.veto:
                return QBrush(VETO_BACKGROUND)
            if row.model_ward:
                return QBrush(MODEL_WARD_BACKGROUND)
        if role == Qt.ItemDataRole.ForegroundRole and row.status is WardStatus.INCOMPLETE:
            return QBrush(INCOMPLETE_FOREGROUND)
        return None

    def rank_text(self, row: RankingRow) -> str:
        """The rank, with 并列 and the tie rule that placed it after a ward of the same total."""
        if row.rank is None:
            return MISSING
        text = self.tr("{rank} (tied)").format(rank=row.rank) if row.shared_rank else str(row.rank)
        if row.tie_break is None:
            return text
        return self.tr("{rank} ({rule})").format(
            rank=text, rule=self.tr(TIE_BREAK_NAMES[row.tie_break])
        )

    def result_text(self, row: RankingRow) -> str:
        """评选结果 in words, telling the rules' proposal from the department's confirmed choice."""
        if row.status is WardStatus.INCOMPLETE:
            return self.tr("Not complete")
        confirmed = self.view is not None and self.view.confirmation is not None
        if not confirmed:
            return self.tr("Proposed model ward") if row.proposed else ""
        if row.model_ward:
            return self.tr("Model ward") if row.proposed else self.tr("Model ward (added)")
        return self.tr("Proposed, not chosen") if row.proposed else ""

    def _text(self, row: RankingRow, column: int, kind: str) -> str:
        if kind == "Rank":
            return self.rank_text(row)
        if kind == "Ward code":
            return row.ward.code
        if kind == "Ward name":
            return row.ward.name
        if kind == "checklist":
            return score_text(row.scores[column - len(LEADING_HEADERS)])
        if kind == "Total":
            return score_text(row.total)
        if kind == "Self-check total":
            return score_text(row.self_check_total)
        if kind == "Self-check gap":
            if row.self_check_gap is None:
                return MISSING
            gap = f"{row.self_check_gap:+.2f}"
            return self.tr("{gap} lenient").format(gap=gap) if row.lenient else gap
        if kind == "Rectification rate":
            return percent_text(row.rectification_rate)
        if kind == "Veto":
            return self.tr("Yes") if row.veto else ""
        return self.result_text(row)

    def _sort_key(self, row: RankingRow, position: int, column: int, kind: str) -> Any:
        if kind == "Rank":
            # The service's order: rank, then the tie-break rules, veto and unfinished wards last.
            return position
        if kind in ("Ward code", "Ward name", "Result"):
            return self.texts[position][column]
        if kind == "checklist":
            return _number(row.scores[column - len(LEADING_HEADERS)])
        if kind == "Total":
            return _number(row.total)
        if kind == "Self-check total":
            return _number(row.self_check_total)
        if kind == "Self-check gap":
            return _number(row.self_check_gap)
        if kind == "Rectification rate":
            return _number(row.rectification_rate)
        return int(row.veto)

    def _tooltip(self, row: RankingRow, kind: str) -> str | None:
        if row.status is WardStatus.INCOMPLETE:
            return self.tr("Not evaluated yet on: {checklists}").format(
                checklists=self.tr(", ").join(row.missing)
            )
        if kind == "Veto" and row.veto:
            return self.tr("A veto item failed: ranked after every ward without one.")
        if kind in ("Rank", "Total") and row.tie_break is not None:
            reason = self.tr(TIE_BREAK_REASONS[row.tie_break])
            if kind == "Rank" and row.shared_rank:
                shared = self.tr("Same total and tie-break scores as another ward: the same rank.")
                return f"{reason}\n{shared}"
            return reason
        if kind == "Rank" and row.shared_rank:
            return self.tr("Same total and tie-break scores as another ward: the same rank.")
        if kind == "Rectification rate" and row.rectification_items:
            return self.tr("{items} rectification items").format(items=row.rectification_items)
        return None


NOMINEE_HEADERS = (
    QT_TRANSLATE_NOOP("NomineeModel", "Ward"),
    QT_TRANSLATE_NOOP("NomineeModel", "Nurse"),
    QT_TRANSLATE_NOOP("NomineeModel", "Reason"),
    QT_TRANSLATE_NOOP("NomineeModel", "Status"),
    QT_TRANSLATE_NOOP("NomineeModel", "Ward result"),
    QT_TRANSLATE_NOOP("NomineeModel", "Deductions naming her"),
)
NOMINATION_STATUS = {
    NominationStatus.PENDING: QT_TRANSLATE_NOOP("NomineeModel", "Waiting for the department"),
    NominationStatus.APPROVED: QT_TRANSLATE_NOOP("NomineeModel", "Approved"),
    NominationStatus.DECLINED: QT_TRANSLATE_NOOP("NomineeModel", "Declined"),
}
STATUS_BACKGROUND = {
    NominationStatus.APPROVED: QColor("#e3f1e6"),
    NominationStatus.DECLINED: QColor("#eeeeee"),
}


class NomineeModel(QAbstractTableModel):
    """优秀护士 nominees by ward and name, each with her ward's result."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.nominees: list[NomineeView] = []

    def load(self, nominees: list[NomineeView]) -> None:
        self.beginResetModel()
        self.nominees = list(nominees)
        self.endResetModel()

    def row_of(self, nomination_id: int) -> int:
        return next((r for r, n in enumerate(self.nominees) if n.id == nomination_id), -1)

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        return 0 if parent.isValid() else len(self.nominees)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(NOMINEE_HEADERS)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = 0) -> Any:
        if orientation is Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self.tr(NOMINEE_HEADERS[section])
        return None

    def status_text(self, nominee: NomineeView) -> str:
        return self.tr(NOMINATION_STATUS[nominee.status])

    def outcome_text(self, outcome: WardOutcome | None) -> str:
        if outcome is None:
            return self.tr("Shown once the results are published")
        if outcome.status is WardStatus.INCOMPLETE:
            return self.tr("Not complete")
        parts = [
            self.tr("No. {rank}").format(rank=outcome.rank),
            score_text(outcome.total),
        ]
        if outcome.status is WardStatus.VETO:
            parts.append(self.tr("Veto"))
        if outcome.model_ward:
            parts.append(self.tr("Model ward"))
        return self.tr(" · ").join(parts)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        nominee = self.nominees[index.row()]
        column = index.column()
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            values = (
                f"{nominee.ward.code} {nominee.ward.name}",
                nominee.nurse_name,
                nominee.reason,
                self.status_text(nominee),
                self.outcome_text(nominee.ward_outcome),
                self.tr("{count} deduction(s)").format(count=len(nominee.deductions))
                if nominee.deductions
                else self.tr("None"),
            )
            return values[column]
        if role == Qt.ItemDataRole.BackgroundRole and nominee.status in STATUS_BACKGROUND:
            return QBrush(STATUS_BACKGROUND[nominee.status])
        return None
