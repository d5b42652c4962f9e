"""Tables of the evaluation (评比): one ward × checklist's inspections, and the board of all."""

from __future__ import annotations

import enum
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QBrush, QColor, QFont

from nursingqc.domain.errors import QT_TRANSLATE_NOOP
from nursingqc.domain.scoring import round_half_up
from nursingqc.domain.workflow import SheetStatus
from nursingqc.reports.wording import MISSING
from nursingqc.services.evaluation_board import BoardInspection, EvaluationBoard
from nursingqc.services.inspections import EvaluationLine

Index = QModelIndex | QPersistentModelIndex

MISSING_BACKGROUND = QColor("#fde2e1")
DRAFT_BACKGROUND = QColor("#fff4d6")
TOTAL_BACKGROUND = QColor("#e8f0f7")
#: Board cells: the inspections of a ward × checklist, for a detail line and the tooltip.
INSPECTIONS_ROLE = Qt.ItemDataRole.UserRole + 1


class InspectionColumn(enum.IntEnum):
    INSPECTOR = 0
    DATE = 1
    STATUS = 2
    SCORE = 3


INSPECTION_HEADERS = {
    InspectionColumn.INSPECTOR: QT_TRANSLATE_NOOP("InspectionListModel", "Inspector"),
    InspectionColumn.DATE: QT_TRANSLATE_NOOP("InspectionListModel", "Date"),
    InspectionColumn.STATUS: QT_TRANSLATE_NOOP("InspectionListModel", "Status"),
    InspectionColumn.SCORE: QT_TRANSLATE_NOOP("InspectionListModel", "Standardized score"),
}


STATUS_NAMES = {
    SheetStatus.SUBMITTED: QT_TRANSLATE_NOOP("InspectionListModel", "Submitted"),
    SheetStatus.DRAFT: QT_TRANSLATE_NOOP("InspectionListModel", "Draft"),
}


def status_text(status: SheetStatus) -> str:
    return QCoreApplication.translate("InspectionListModel", STATUS_NAMES[status])


class InspectionListModel(QAbstractTableModel):
    """The inspections of the chosen ward and checklist, oldest first."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.lines: list[EvaluationLine] = []

    def load(self, lines: list[EvaluationLine]) -> None:
        self.beginResetModel()
        self.lines = list(lines)
        self.endResetModel()

    def replace_line(self, row: int, line: EvaluationLine) -> None:
        """One inspection's line as it is now saved (an autosave), the others as they were."""
        self.lines[row] = line
        self.dataChanged.emit(self.index(row, 0), self.index(row, len(InspectionColumn) - 1))

    def row_of(self, inspection_id: int | None) -> int:
        return next(
            (r for r, line in enumerate(self.lines) if line.key.inspection_id == inspection_id), -1
        )

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        return 0 if parent.isValid() else len(self.lines)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(InspectionColumn)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = 0) -> Any:
        if orientation is Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self.tr(INSPECTION_HEADERS[InspectionColumn(section)])
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        line = self.lines[index.row()]
        column = InspectionColumn(index.column())
        if role == Qt.ItemDataRole.DisplayRole:
            if column is InspectionColumn.INSPECTOR:
                return line.inspector_name
            if column is InspectionColumn.DATE:
                return f"{line.inspected_on:%Y-%m-%d}"
            if column is InspectionColumn.STATUS:
                return status_text(line.status)
            return str(round_half_up(line.score)) if line.score is not None else MISSING
        if role == Qt.ItemDataRole.BackgroundRole and line.status is SheetStatus.DRAFT:
            return QBrush(DRAFT_BACKGROUND)
        if role == Qt.ItemDataRole.TextAlignmentRole and column is not InspectionColumn.INSPECTOR:
            return int(Qt.AlignmentFlag.AlignCenter)
        return None


class EvaluationBoardModel(QAbstractTableModel):
    """评比进度: a row per ward and a last row of totals; a column per checklist and a last column
    with the ward's checklists done. A missing cell says so in words and is tinted."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.board: EvaluationBoard | None = None
        self._wards: list[int] = []

    def load(self, board: EvaluationBoard | None, only_missing: bool = False) -> None:
        self.beginResetModel()
        self.board = board
        self._wards = []
        if board is not None:
            wanted = len(board.checklists)
            self._wards = [
                position
                for position, ward in enumerate(board.wards)
                if not only_missing or self._done(ward.id) < wanted
            ]
        self.endResetModel()

    def _done(self, ward_id: int) -> int:
        board = self.board
        assert board is not None
        return sum(1 for c in board.checklists if board.submitted(ward_id, c.checklist_id))

    def cell_at(self, index: Index) -> tuple[int, int] | None:
        """The (ward id, checklist id) of a checklist cell; None for totals."""
        board = self.board
        if board is None or not index.isValid():
            return None
        if index.row() >= len(self._wards) or index.column() >= len(board.checklists):
            return None
        ward = board.wards[self._wards[index.row()]]
        return ward.id, board.checklists[index.column()].checklist_id

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        return 0 if parent.isValid() or self.board is None else len(self._wards) + 1

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() or self.board is None else len(self.board.checklists) + 1

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = 0) -> Any:
        board = self.board
        if board is None or role != Qt.ItemDataRole.DisplayRole:
            return None
        if orientation is Qt.Orientation.Horizontal:
            if section < len(board.checklists):
                return board.checklists[section].name
            return self.tr("Checklists done")
        if section < len(self._wards):
            ward = board.wards[self._wards[section]]
            return f"{ward.code} {ward.name}"
        return self.tr("Wards done")

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        board = self.board
        if board is None or not index.isValid():
            return None
        cell = self.cell_at(index)
        if cell is None:
            return self._total_data(index, role)
        inspections = board.cell(*cell)
        submitted = [i for i in inspections if i.submitted]
        drafts = len(inspections) - len(submitted)
        if role == Qt.ItemDataRole.DisplayRole:
            parts = [
                self.tr("{count} submitted").format(count=len(submitted))
                if submitted
                else self.tr("Missing")
            ]
            if drafts:
                parts.append(self.tr("{count} draft(s)").format(count=drafts))
            return self.tr(" · ").join(parts)
        if role in (Qt.ItemDataRole.ToolTipRole, INSPECTIONS_ROLE):
            return (
                self.describe(inspections) if role == Qt.ItemDataRole.ToolTipRole else inspections
            )
        if role == Qt.ItemDataRole.BackgroundRole and not submitted:
            return QBrush(DRAFT_BACKGROUND if drafts else MISSING_BACKGROUND)
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return int(Qt.AlignmentFlag.AlignCenter)
        return None

    def describe(self, inspections: tuple[BoardInspection, ...]) -> str:
        if not inspections:
            return self.tr("No inspection yet")
        return "\n".join(
            f"{i.inspector_name}  {i.inspected_on:%Y-%m-%d}  {status_text(i.status)}"
            for i in inspections
        )

    def _total_data(self, index: Index, role: int) -> Any:
        board = self.board
        assert board is not None
        total_row = index.row() == len(self._wards)
        if role == Qt.ItemDataRole.DisplayRole:
            if total_row and index.column() < len(board.checklists):
                checklist = board.checklists[index.column()].checklist_id
                done = sum(1 for w in board.wards if board.submitted(w.id, checklist))
                return f"{done}/{len(board.wards)}"
            if total_row:
                return self.tr("{count} missing").format(count=board.missing)
            ward = board.wards[self._wards[index.row()]]
            return f"{self._done(ward.id)}/{len(board.checklists)}"
        if role == Qt.ItemDataRole.BackgroundRole:
            return QBrush(TOTAL_BACKGROUND)
        if role == Qt.ItemDataRole.FontRole and total_row:
            font = QFont()
            font.setBold(True)
            return font
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return int(Qt.AlignmentFlag.AlignCenter)
        return None
