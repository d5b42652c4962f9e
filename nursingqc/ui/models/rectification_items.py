"""The rectification list for a table view: one row per item; overdue rows in red and in words.

The rows are the service's light lines (what the columns show, nothing more); the detail pane
reads the one item chosen."""

from __future__ import annotations

import enum
from datetime import date
from decimal import Decimal
from itertools import count
from operator import attrgetter
from typing import Any, Protocol

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QBrush, QColor, QFont

from nursingqc.domain.errors import QT_TRANSLATE_NOOP
from nursingqc.domain.rectification import RectificationStatus
from nursingqc.domain.workflow import PhaseKind
from nursingqc.i18n import format_points
from nursingqc.services.rectification import RectificationInfo, RectificationLine
from nursingqc.ui.models.sheet_items import ATTENTION_BACKGROUND

Index = QModelIndex | QPersistentModelIndex

OVERDUE_FOREGROUND = QColor("#b3261e")
FINISHED_FOREGROUND = QColor("#6b6b6b")
#: Rows of a long-text column measured, spread evenly over the list, when it is fitted.
WIDTH_SAMPLE = 50


class Column(enum.IntEnum):
    WARD = 0
    CHECKLIST = 1
    SOURCE = 2
    ITEM = 3
    DEDUCTION = 4
    PROBLEM = 5
    DEADLINE = 6
    STATUS = 7


HEADERS: dict[Column, str] = {
    Column.WARD: QT_TRANSLATE_NOOP("RectificationItemsModel", "Ward"),
    Column.CHECKLIST: QT_TRANSLATE_NOOP("RectificationItemsModel", "Checklist"),
    Column.SOURCE: QT_TRANSLATE_NOOP("RectificationItemsModel", "Found by"),
    Column.ITEM: QT_TRANSLATE_NOOP("RectificationItemsModel", "Item"),
    Column.DEDUCTION: QT_TRANSLATE_NOOP("RectificationItemsModel", "Deduction"),
    Column.PROBLEM: QT_TRANSLATE_NOOP("RectificationItemsModel", "Problem"),
    Column.DEADLINE: QT_TRANSLATE_NOOP("RectificationItemsModel", "Deadline"),
    Column.STATUS: QT_TRANSLATE_NOOP("RectificationItemsModel", "Status"),
}


def status_text(status: RectificationStatus) -> str:
    return QCoreApplication.translate("Rectification", status.display_name)


def recheck_failed_text() -> str:
    """复查未通过: an item sent back by the re-check, until the ward answers it again."""
    return QCoreApplication.translate("Rectification", "Re-check not passed")


def source_text(source: PhaseKind, inspector: str) -> str:
    """评比 · 赵静: which round found the problem, and who inspected."""
    phase = QCoreApplication.translate("Phase", source.display_name)
    return f"{phase} · {inspector}" if inspector else phase


class _Sent(Protocol):
    @property
    def recheck_failed(self) -> str: ...

    @property
    def status(self) -> RectificationStatus: ...


def item_sent_back(item: _Sent) -> bool:
    """复查未通过 and not answered since."""
    return bool(item.recheck_failed) and item.status is RectificationStatus.OPEN


def shown_status(item: _Sent, overdue: bool) -> str:
    status = recheck_failed_text() if item_sent_back(item) else status_text(item.status)
    # Red alone is lost on a grey-scale print-out or to a colour-blind eye: say it.
    if overdue:
        return QCoreApplication.translate("RectificationItemsModel", "{status} · overdue").format(
            status=status
        )
    return status


_EXPORT_COLUMNS = (
    (QT_TRANSLATE_NOOP("RectificationItemsModel", "Ward"), 18),
    (QT_TRANSLATE_NOOP("RectificationItemsModel", "Checklist"), 12),
    (QT_TRANSLATE_NOOP("RectificationItemsModel", "Found by"), 16),
    (QT_TRANSLATE_NOOP("RectificationItemsModel", "Item"), 40),
    (QT_TRANSLATE_NOOP("RectificationItemsModel", "Deduction"), 8),
    (QT_TRANSLATE_NOOP("RectificationItemsModel", "Problem"), 36),
    (QT_TRANSLATE_NOOP("RectificationItemsModel", "Issued on"), 12),
    (QT_TRANSLATE_NOOP("RectificationItemsModel", "Deadline"), 12),
    (QT_TRANSLATE_NOOP("RectificationItemsModel", "Status"), 14),
    (QT_TRANSLATE_NOOP("RectificationItemsModel", "Cause"), 36),
    (QT_TRANSLATE_NOOP("RectificationItemsModel", "Measures"), 36),
    (QT_TRANSLATE_NOOP("RectificationItemsModel", "Owner"), 10),
    (QT_TRANSLATE_NOOP("RectificationItemsModel", "Done on"), 12),
    (QT_TRANSLATE_NOOP("RectificationItemsModel", "Re-checked by"), 12),
    (QT_TRANSLATE_NOOP("RectificationItemsModel", "Re-checked on"), 12),
    (QT_TRANSLATE_NOOP("RectificationItemsModel", "Re-check not passed because"), 30),
    (QT_TRANSLATE_NOOP("RectificationItemsModel", "Photos"), 8),
)
#: Excel column widths (characters) of the exported list.
EXPORT_WIDTHS = tuple(width for _, width in _EXPORT_COLUMNS)


def export_headers() -> tuple[str, ...]:
    return tuple(
        QCoreApplication.translate("RectificationItemsModel", header)
        for header, _ in _EXPORT_COLUMNS
    )


def export_row(item: RectificationInfo) -> tuple[str | Decimal | int | date | None, ...]:
    """One item as the exported list has it: the list's columns, then the answer and re-check."""
    return (
        f"{item.ward_code} {item.ward_name}",
        item.checklist_name,
        source_text(item.source, item.inspector),
        f"{item.item_code} {item.item_text}",
        item.deduction,
        item.problem,
        item.issued_on,
        item.deadline,
        shown_status(item, item.overdue),
        item.cause,
        item.measure,
        item.owner,
        item.done_on,
        item.verified_by,
        item.verified_on,
        item.recheck_failed if item_sent_back(item) else "",
        item.photo_count,
    )


class RectificationItemsModel(QAbstractTableModel):
    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._items: list[RectificationLine] = []

    def load(self, items: list[RectificationLine]) -> None:
        self.beginResetModel()
        self._items = list(items)
        self.endResetModel()

    def item_at(self, row: int) -> RectificationLine | None:
        return self._items[row] if 0 <= row < len(self._items) else None

    def width_samples(self) -> dict[Column, list[int]]:
        """For each column the rows whose texts set its width — the long texts some spread
        evenly over the list and the longest, the short ones one row of each text shown — so the
        columns fit every row without measuring 13,000 of them. The problem column stretches
        over the room left: it needs none."""
        items = self._items
        if not items:
            return {}
        spread = range(0, len(items), max(1, len(items) // WIDTH_SAMPLE))

        def longest(lengths: list[int]) -> int:
            return lengths.index(max(lengths))

        def one_of_each(*fields: str) -> list[int]:
            # The last row of each value: any row shows the same text.
            return list(dict(zip(map(attrgetter(*fields), items), count(), strict=False)).values())

        return {
            Column.WARD: [*spread, longest([len(i.ward_code) + len(i.ward_name) for i in items])],
            Column.CHECKLIST: one_of_each("checklist_name"),
            Column.SOURCE: one_of_each("source", "inspector"),
            Column.ITEM: [*spread, longest([len(i.item_code) + len(i.item_text) for i in items])],
            Column.DEDUCTION: one_of_each("deduction", "veto_failed"),
            Column.DEADLINE: one_of_each("deadline"),
            Column.STATUS: one_of_each("status", "overdue", "recheck_failed"),
        }

    def row_of(self, item_id: int) -> int:
        return next((row for row, item in enumerate(self._items) if item.id == item_id), -1)

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        return 0 if parent.isValid() else len(self._items)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(Column)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = 0) -> Any:
        if orientation is Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self.tr(HEADERS[Column(section)])
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        item = self.item_at(index.row()) if index.isValid() else None
        if item is None:
            return None
        column = Column(index.column())
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(item, column)
        if role == Qt.ItemDataRole.ToolTipRole and column in (Column.ITEM, Column.PROBLEM):
            return f"{item.item_code} {item.item_text}\n{item.problem}"
        if role == Qt.ItemDataRole.ToolTipRole and column is Column.WARD:
            # A long ward name is cut at the column's width (the page's WIDEST).
            return self._display(item, column)
        if role == Qt.ItemDataRole.ToolTipRole and column is Column.STATUS and item.recheck_failed:
            return self.tr("Re-check not passed: {reason}").format(reason=item.recheck_failed)
        if role == Qt.ItemDataRole.BackgroundRole and item.overdue:
            return QBrush(ATTENTION_BACKGROUND)
        if role == Qt.ItemDataRole.ForegroundRole:
            if item.overdue and column in (Column.DEADLINE, Column.STATUS):
                return QBrush(OVERDUE_FOREGROUND)
            if item.status in (RectificationStatus.VERIFIED, RectificationStatus.WITHDRAWN):
                return QBrush(FINISHED_FOREGROUND)
        if role == Qt.ItemDataRole.FontRole and item.overdue and column is Column.STATUS:
            font = QFont()
            font.setBold(True)
            return font
        if role == Qt.ItemDataRole.TextAlignmentRole and column in (
            Column.DEDUCTION,
            Column.DEADLINE,
        ):
            return int(Qt.AlignmentFlag.AlignCenter)
        return None

    def _display(self, item: RectificationLine, column: Column) -> str:
        if column is Column.WARD:
            return f"{item.ward_code} {item.ward_name}"
        if column is Column.CHECKLIST:
            return item.checklist_name
        if column is Column.SOURCE:
            return source_text(item.source, item.inspector)
        if column is Column.ITEM:
            return f"{item.item_code} {item.item_text}"
        if column is Column.DEDUCTION:
            veto = self.tr("veto")
            if item.veto_failed and item.deduction:
                return f"{format_points(item.deduction)} · {veto}"
            return veto if item.veto_failed else format_points(item.deduction)
        if column is Column.PROBLEM:
            return item.problem
        if column is Column.DEADLINE:
            return f"{item.deadline:%Y-%m-%d}"
        return shown_status(item, item.overdue)
