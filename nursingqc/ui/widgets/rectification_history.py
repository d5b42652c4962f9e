"""The history of a rectification item (整改记录): who did what and when, newest first, with the
status and deadline each step left behind."""

from __future__ import annotations

from PySide6.QtWidgets import QTableWidget, QTableWidgetItem, QWidget

from nursingqc.domain.errors import QT_TRANSLATE_NOOP
from nursingqc.domain.rectification import RectificationAction
from nursingqc.services.rectification import HistoryLine
from nursingqc.ui.models.rectification_items import status_text

ACTION_NAMES: dict[RectificationAction, str] = {
    RectificationAction.CREATED: QT_TRANSLATE_NOOP("RectificationHistory", "Issued"),
    RectificationAction.REVISED: QT_TRANSLATE_NOOP("RectificationHistory", "Finding corrected"),
    RectificationAction.FILLED: QT_TRANSLATE_NOOP("RectificationHistory", "Answer saved"),
    RectificationAction.MARKED_DONE: QT_TRANSLATE_NOOP(
        "RectificationHistory", "Marked as rectified"
    ),
    RectificationAction.VERIFIED: QT_TRANSLATE_NOOP("RectificationHistory", "Re-check passed"),
    RectificationAction.REJECTED: QT_TRANSLATE_NOOP("RectificationHistory", "Re-check failed"),
    RectificationAction.DELAYED: QT_TRANSLATE_NOOP("RectificationHistory", "Deadline delayed"),
    RectificationAction.WITHDRAWN: QT_TRANSLATE_NOOP("RectificationHistory", "Withdrawn"),
    RectificationAction.RESTORED: QT_TRANSLATE_NOOP("RectificationHistory", "Restored"),
    RectificationAction.PHOTO_ADDED: QT_TRANSLATE_NOOP("RectificationHistory", "Photo added"),
}
HISTORY_HEADERS = (
    QT_TRANSLATE_NOOP("RectificationHistory", "When"),
    QT_TRANSLATE_NOOP("RectificationHistory", "Who"),
    QT_TRANSLATE_NOOP("RectificationHistory", "What"),
    QT_TRANSLATE_NOOP("RectificationHistory", "Status"),
    QT_TRANSLATE_NOOP("RectificationHistory", "Deadline"),
    QT_TRANSLATE_NOOP("RectificationHistory", "Note"),
)


class RectificationHistory(QTableWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setColumnCount(len(HISTORY_HEADERS))
        self.setHorizontalHeaderLabels([self.tr(text) for text in HISTORY_HEADERS])
        self.verticalHeader().setVisible(False)
        self.horizontalHeader().setStretchLastSection(True)
        self.setColumnWidth(0, self.fontMetrics().horizontalAdvance("2026-12-31 ") + 12)

    def show_history(self, history: tuple[HistoryLine, ...]) -> None:
        self.setRowCount(len(history))
        for row, line in enumerate(reversed(history)):  # newest first: what just happened on top
            # A move is shown on two lines ("before →" above "after"): the panel is narrow.
            after = status_text(line.status_after)
            if line.status_before is not None and line.status_before is not line.status_after:
                status = f"{status_text(line.status_before)} →\n{after}"
            else:
                status = after
            if line.deadline_before is not None and line.deadline_before != line.deadline_after:
                deadline = f"{line.deadline_before:%Y-%m-%d} →\n{line.deadline_after:%Y-%m-%d}"
            else:
                deadline = f"{line.deadline_after:%Y-%m-%d}"
            cells = (
                f"{line.at.astimezone():%Y-%m-%d\n%H:%M}",
                line.who,
                self.tr(ACTION_NAMES[line.action]),
                status,
                deadline,
                line.note,
            )
            for column, text in enumerate(cells):
                cell = QTableWidgetItem(text)
                cell.setToolTip(text)
                self.setItem(row, column, cell)
        for column in range(1, self.columnCount() - 1):
            self.resizeColumnToContents(column)
        self.resizeRowsToContents()
