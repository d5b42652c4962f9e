"""A read-only table of figures already formatted by its page: the summary's many small tables and
a head nurse's published result, where sorting or editing would add nothing."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush, QColor, QFont

Index = QModelIndex | QPersistentModelIndex


@dataclass(frozen=True)
class TableRow:
    """One row's texts; ``background`` marks it (a lenient self-check, the reader's own ward),
    and the page says why in a column or ``tooltip`` too, not by colour alone."""

    cells: tuple[str, ...]
    background: QColor | None = None
    bold: bool = False
    tooltip: str = ""


class TextTableModel(QAbstractTableModel):
    """Columns in ``numeric`` are right-aligned, so their decimals line up."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.headers: tuple[str, ...] = ()
        self.numeric: frozenset[int] = frozenset()
        self.rows: list[TableRow] = []

    def load(
        self, headers: Sequence[str], rows: Sequence[TableRow], numeric: Sequence[int] = ()
    ) -> None:
        self.beginResetModel()
        self.headers = tuple(headers)
        self.numeric = frozenset(numeric)
        self.rows = list(rows)
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.headers)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = 0) -> Any:
        if (
            orientation is Qt.Orientation.Horizontal
            and role == Qt.ItemDataRole.DisplayRole
            and 0 <= section < len(self.headers)
        ):
            return self.headers[section]
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        row = self.rows[index.row()]
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return row.cells[column] if column < len(row.cells) else ""
        if role == Qt.ItemDataRole.ToolTipRole:
            return row.tooltip or None
        if role == Qt.ItemDataRole.BackgroundRole and row.background is not None:
            return QBrush(row.background)
        if role == Qt.ItemDataRole.FontRole and row.bold:
            font = QFont()
            font.setBold(True)
            return font
        if role == Qt.ItemDataRole.TextAlignmentRole:
            horizontal = (
                Qt.AlignmentFlag.AlignRight
                if column in self.numeric
                else Qt.AlignmentFlag.AlignLeft
            )
            return int(horizontal | Qt.AlignmentFlag.AlignVCenter)
        return None
