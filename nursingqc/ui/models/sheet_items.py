"""The rows of a score sheet for a table view: section headings and items with their entries."""

from __future__ import annotations

import enum
from dataclasses import dataclass, replace
from decimal import ROUND_HALF_UP, Decimal
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QBrush, QColor, QFont

from nursingqc.domain.checklists import ChecklistDefinition, ChecklistItem
from nursingqc.domain.errors import QT_TRANSLATE_NOOP, ValidationError
from nursingqc.domain.scoring import ItemEntry, check_entry
from nursingqc.i18n import error_text, format_points
from nursingqc.reports.wording import MISSING

Index = QModelIndex | QPersistentModelIndex

SECTION_BACKGROUND = QColor("#e8f0f7")
ATTENTION_BACKGROUND = QColor("#fde2e1")
NOT_APPLICABLE_FOREGROUND = QColor("#8a8a8a")
GUIDE_ROLE = Qt.ItemDataRole.UserRole + 1


class Column(enum.IntEnum):
    CODE = 0
    CONTENT = 1
    POINTS = 2
    DEDUCTION = 3
    SCORE = 4
    NOT_APPLICABLE = 5
    VETO = 6
    PROBLEM = 7
    #: 涉及护士: shown only on evaluation sheets (see ``SheetItemsModel.load``).
    NURSE = 8


HEADERS: dict[Column, str] = {
    Column.CODE: QT_TRANSLATE_NOOP("SheetItemsModel", "No."),
    Column.CONTENT: QT_TRANSLATE_NOOP("SheetItemsModel", "Item and deduction guide"),
    Column.POINTS: QT_TRANSLATE_NOOP("SheetItemsModel", "Points"),
    Column.DEDUCTION: QT_TRANSLATE_NOOP("SheetItemsModel", "Deduction"),
    Column.SCORE: QT_TRANSLATE_NOOP("SheetItemsModel", "Score"),
    Column.NOT_APPLICABLE: QT_TRANSLATE_NOOP("SheetItemsModel", "N/A"),
    Column.VETO: QT_TRANSLATE_NOOP("SheetItemsModel", "Veto"),
    Column.PROBLEM: QT_TRANSLATE_NOOP("SheetItemsModel", "Problem found"),
    Column.NURSE: QT_TRANSLATE_NOOP("SheetItemsModel", "Nurse concerned"),
}


@dataclass(frozen=True)
class SheetRow:
    """A section heading (item is None) or an item of the checklist."""

    section: str
    item: ChecklistItem | None = None


def as_deduction(value: Any) -> Decimal:
    """A spin box's float or typed text as the number typed (the box takes two decimals): never
    rounded to a tenth here, so that 2.35 reaches the rules and is refused, not recorded as 2.4."""
    return Decimal(str(value)).quantize(Decimal("0.01"), rounding=ROUND_HALF_UP)


class SheetItemsModel(QAbstractTableModel):
    """Holds the working copy of the entries; ``entriesChanged`` fires whenever they change,
    ``entryRefused`` with the reason when an edit breaks a rule, ``entryAccepted`` otherwise."""

    entriesChanged = Signal()
    entryRefused = Signal(str)
    entryAccepted = Signal()

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._rows: list[SheetRow] = []
        self._entries: dict[str, ItemEntry] = {}
        self._editable = False
        self._attention: set[str] = set()
        self._nurse_column = False

    # -- loading -----------------------------------------------------------------------------

    def load(
        self,
        definition: ChecklistDefinition,
        entries: dict[str, ItemEntry],
        editable: bool,
        nurse_column: bool = False,
    ) -> None:
        """``nurse_column``: the evaluation names the nurse a deduction concerns; the self-check,
        a head nurse scoring her own ward, does not."""
        self.beginResetModel()
        self._nurse_column = nurse_column
        self._rows = []
        for section in definition.sections:
            self._rows.append(SheetRow(section.title))
            self._rows.extend(SheetRow(section.title, item) for item in section.items)
        self._entries = dict(entries)
        self._editable = editable
        self._attention = set()
        self.endResetModel()

    def clear(self) -> None:
        self.beginResetModel()
        self._rows, self._entries, self._editable, self._attention = [], {}, False, set()
        self._nurse_column = False
        self.endResetModel()

    @property
    def nurse_column(self) -> bool:
        return self._nurse_column

    def entries(self) -> dict[str, ItemEntry]:
        return dict(self._entries)

    def set_attention(self, codes: set[str]) -> None:
        """Items shown in red until fixed (unscored, or a deduction without a problem)."""
        self._attention = set(codes)
        self._emit_all()

    def is_section(self, row: int) -> bool:
        return 0 <= row < len(self._rows) and self._rows[row].item is None

    def item_at(self, row: int) -> ChecklistItem | None:
        return self._rows[row].item if 0 <= row < len(self._rows) else None

    def row_of(self, code: str) -> int:
        return next(r for r, row in enumerate(self._rows) if row.item and row.item.code == code)

    def section_rows(self) -> list[int]:
        return [r for r, row in enumerate(self._rows) if row.item is None]

    # -- Qt model ----------------------------------------------------------------------------

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(Column)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = 0) -> Any:
        if orientation is Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self.tr(HEADERS[Column(section)])
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        item = self.item_at(index.row())
        if item is None:
            return Qt.ItemFlag.ItemIsEnabled
        flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if not self._editable:
            return flags
        column = Column(index.column())
        if column in (Column.DEDUCTION, Column.PROBLEM):
            flags |= Qt.ItemFlag.ItemIsEditable
        if column is Column.NURSE and self._names_nurse(item.code):
            flags |= Qt.ItemFlag.ItemIsEditable
        if column is Column.NOT_APPLICABLE or (column is Column.VETO and item.veto):
            flags |= Qt.ItemFlag.ItemIsUserCheckable
        return flags

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        row = self._rows[index.row()] if index.isValid() else None
        if row is None:
            return None
        if row.item is None:
            return self._section_data(row.section, index.column(), role)
        item, entry = row.item, self._entries.get(row.item.code)
        column = Column(index.column())
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(item, entry, column)
        if role == Qt.ItemDataRole.EditRole:
            return _edited(entry, column)
        if role == Qt.ItemDataRole.CheckStateRole:
            return _checked(item, entry, column)
        if role == Qt.ItemDataRole.ToolTipRole and column in (Column.CONTENT, Column.DEDUCTION):
            guide = self.tr("Deduction guide")
            return f"{item.text}\n{guide}: {item.guide}"
        if role == GUIDE_ROLE:
            return item.guide
        if role == Qt.ItemDataRole.BackgroundRole and item.code in self._attention:
            return QBrush(ATTENTION_BACKGROUND)
        if role == Qt.ItemDataRole.ForegroundRole and entry and entry.not_applicable:
            return QBrush(NOT_APPLICABLE_FOREGROUND)
        if role == Qt.ItemDataRole.TextAlignmentRole and column not in (
            Column.CONTENT,
            Column.PROBLEM,
        ):
            return int(Qt.AlignmentFlag.AlignCenter)
        return None

    def _section_data(self, title: str, column: int, role: int) -> Any:
        if role == Qt.ItemDataRole.DisplayRole and column == Column.CODE:
            return title
        if role == Qt.ItemDataRole.BackgroundRole:
            return QBrush(SECTION_BACKGROUND)
        if role == Qt.ItemDataRole.FontRole:
            font = QFont()
            font.setBold(True)
            return font
        return None

    def _display(self, item: ChecklistItem, entry: ItemEntry | None, column: Column) -> Any:
        if column is Column.CODE:
            return item.code
        if column is Column.CONTENT:
            veto = self.tr("[veto item] ") if item.veto else ""
            return f"{veto}{item.text}\n{item.guide}" if item.guide else f"{veto}{item.text}"
        if column is Column.POINTS:
            return format_points(item.points)
        if entry is None:
            return "" if column is not Column.SCORE else MISSING
        if column is Column.DEDUCTION:
            return "" if entry.not_applicable else format_points(entry.deduction)
        if column is Column.SCORE:
            return (
                self.tr("N/A")
                if entry.not_applicable
                else format_points(item.points - entry.deduction)
            )
        if column is Column.PROBLEM:
            return entry.problem
        if column is Column.NURSE:
            return entry.nurse
        return None

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        item = self.item_at(index.row())
        if item is None or not self._editable:
            return False
        entry = self._entries.get(item.code) or ItemEntry()
        column = Column(index.column())
        if column is Column.DEDUCTION and role == Qt.ItemDataRole.EditRole:
            try:
                deduction = as_deduction(value)
            except ArithmeticError:
                return False
            # A nurse is named for a deduction; without one the name would mean nothing.
            nurse = entry.nurse if deduction else ""
            entry = replace(entry, deduction=deduction, not_applicable=False, nurse=nurse)
        elif column is Column.PROBLEM and role == Qt.ItemDataRole.EditRole:
            entry = replace(entry, problem=str(value))
        elif (
            column is Column.NURSE
            and role == Qt.ItemDataRole.EditRole
            and self._names_nurse(item.code)
        ):
            entry = replace(entry, nurse=str(value))
        elif column is Column.NOT_APPLICABLE and role == Qt.ItemDataRole.CheckStateRole:
            checked = _is_checked(value)
            # 合理缺项 excludes a deduction and a failed veto: ticking N/A clears both.
            entry = replace(
                entry,
                not_applicable=checked,
                deduction=Decimal(0),
                veto_failed=entry.veto_failed and not checked,
                nurse="" if checked else entry.nurse,
            )
        elif column is Column.VETO and role == Qt.ItemDataRole.CheckStateRole and item.veto:
            checked = _is_checked(value)
            entry = replace(
                entry, veto_failed=checked, not_applicable=entry.not_applicable and not checked
            )
        else:
            return False
        try:
            check_entry(item, entry)
        except ValidationError as error:
            self.entryRefused.emit(
                self.tr("{reason} Not recorded; please correct it.").format(
                    reason=error_text(error)
                )
            )
            return False
        self.restore(index.row(), entry)
        self.entryAccepted.emit()
        return True

    def restore(self, row: int, entry: ItemEntry | None) -> None:
        """Puts an item's entry as given (None: not scored), e.g. back to what it was before a
        refused value was typed over it, so a half-typed number is never left recorded."""
        item = self.item_at(row)
        if item is None or self._entries.get(item.code) == entry:
            return
        if entry is None:
            del self._entries[item.code]
        else:
            self._entries[item.code] = entry
            self._attention.discard(item.code)
        self.dataChanged.emit(self.index(row, 0), self.index(row, len(Column) - 1))
        self.entriesChanged.emit()

    def _names_nurse(self, code: str) -> bool:
        """涉及护士 is typed on an evaluation sheet, for an item with a deduction."""
        entry = self._entries.get(code)
        return self._nurse_column and entry is not None and entry.deduction > 0

    def entry_at(self, row: int) -> ItemEntry | None:
        item = self.item_at(row)
        return None if item is None else self._entries.get(item.code)

    def _emit_all(self) -> None:
        if self._rows:
            self.dataChanged.emit(
                self.index(0, 0), self.index(len(self._rows) - 1, len(Column) - 1)
            )


def _check(checked: bool) -> Qt.CheckState:
    return Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked


def _is_checked(value: Any) -> bool:
    if isinstance(value, Qt.CheckState):
        return value == Qt.CheckState.Checked
    return bool(value == Qt.CheckState.Checked.value or value is True)


def _edited(entry: ItemEntry | None, column: Column) -> Any:
    """What an editor starts from: the deduction as a number, the texts as typed."""
    if column is Column.DEDUCTION:
        return float(entry.deduction) if entry else 0.0
    if column is Column.PROBLEM:
        return entry.problem if entry else ""
    if column is Column.NURSE:
        return entry.nurse if entry else ""
    return None


def _checked(item: ChecklistItem, entry: ItemEntry | None, column: Column) -> Any:
    """The ticks: 不适用 on every item, 否决 on veto items only."""
    if column is Column.NOT_APPLICABLE:
        return _check(entry is not None and entry.not_applicable)
    if column is Column.VETO and item.veto:
        return _check(entry is not None and entry.veto_failed)
    return None
