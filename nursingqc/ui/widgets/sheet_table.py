"""The score-sheet table: keyboard-first entry for a head nurse who types digits and presses Enter.

Digits on a row start editing its deduction; Enter saves and moves to the next item's deduction;
Tab goes on to the next box of the row — 不适用 (passed over once a deduction is typed: ticking it
would drop the deduction), 否决 on a veto item, the problem text — and then to the next item;
Space ticks N/A or veto; arrows skip sections. The current cell is framed, so that the keys' target
is seen without a mouse.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import (
    QAbstractItemModel,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QColor, QKeyEvent, QPainter, QPen, QValidator
from PySide6.QtWidgets import (
    QAbstractItemDelegate,
    QAbstractItemView,
    QDoubleSpinBox,
    QHeaderView,
    QLineEdit,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableView,
    QWidget,
)

from nursingqc.domain import texts
from nursingqc.domain.scoring import ItemEntry
from nursingqc.ui.models.sheet_items import Column, SheetItemsModel

Index = QModelIndex | QPersistentModelIndex

COLUMN_WIDTHS = {
    Column.CODE: 56,
    Column.POINTS: 48,
    Column.DEDUCTION: 64,
    Column.SCORE: 52,
    Column.NOT_APPLICABLE: 52,
    Column.VETO: 48,
    Column.NURSE: 84,
}


#: The frame of the current cell: where typing, Space and Enter act.
CURRENT_CELL_FRAME = QColor("#1f6fb2")
CURRENT_CELL_FRAME_WIDTH = 2

#: The deduction box takes more than any item's points, so that "20" typed on a 15-point item is
#: seen and refused with a note, instead of the "0" vanishing and "2" being recorded silently.
MAX_TYPED_DEDUCTION = 999.9


class SheetDelegate(QStyledItemDelegate):
    """Spin box for deductions and a line edit for the problem; both hand every keystroke to the
    model, so the score and the autosave follow the typing. A refused deduction puts the item back
    as it was when the box opened; the view keeps the box open (Enter and Tab wait) until it is
    fixed."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._before: ItemEntry | None = None
        self._refused: QWidget | None = None

    def createEditor(self, parent: QWidget, option: QStyleOptionViewItem, index: Index) -> QWidget:
        model = index.model()
        item = model.item_at(index.row()) if isinstance(model, SheetItemsModel) else None
        if index.column() == Column.DEDUCTION and item is not None:
            assert isinstance(model, SheetItemsModel)
            spin = QDoubleSpinBox(parent)
            # Two decimals accepted as typed, so "2.35" reaches the rules and is refused with a note
            # (deductions go in 0.1 steps) instead of the "5" vanishing and 2.3 being recorded.
            spin.setDecimals(2)
            spin.setRange(0.0, MAX_TYPED_DEDUCTION)
            spin.setSingleStep(float(item.per_occurrence or 0.1))
            spin.setButtonSymbols(QDoubleSpinBox.ButtonSymbols.NoButtons)
            spin.setAccessibleName(self.tr("Deduction for {item}").format(item=item.code))
            self._before = model.entry_at(index.row())
            self._refused = None
            # Only typing commits: an editor opened and left alone must not mark an item scored.
            spin.lineEdit().textEdited.connect(lambda _text: self.commitData.emit(spin))
            return spin
        editor = super().createEditor(parent, option, index)
        if isinstance(editor, QLineEdit):
            editor.setMaxLength(
                texts.NURSE.limit if index.column() == Column.NURSE else texts.PROBLEM.limit
            )
            editor.textEdited.connect(lambda _text: self.commitData.emit(editor))
        return editor

    def setEditorData(self, editor: QWidget, index: Index) -> None:
        # Every keystroke is committed; writing the value back would reset what is being typed
        # ("1." would become "1.0").
        typing = editor.lineEdit() if isinstance(editor, QDoubleSpinBox) else editor
        if isinstance(typing, QLineEdit) and typing.isModified():
            return
        super().setEditorData(editor, index)

    def setModelData(self, editor: QWidget, model: QAbstractItemModel, index: Index) -> None:
        if isinstance(editor, QDoubleSpinBox):
            # Read the text without interpretText(), which would rewrite "1." as "1.0" mid-typing.
            text = editor.cleanText()
            if not text or editor.validate(editor.text(), 0)[0] is QValidator.State.Invalid:
                return
            accepted = model.setData(index, editor.valueFromText(text), Qt.ItemDataRole.EditRole)
            if not accepted and isinstance(model, SheetItemsModel):
                model.restore(index.row(), self._before)
            self._mark_refused(editor, not accepted)
            return
        super().setModelData(editor, model, index)

    def _mark_refused(self, editor: QWidget, refused: bool) -> None:
        self._refused = editor if refused else None
        editor.setProperty("refused", refused)
        editor.style().unpolish(editor)
        editor.style().polish(editor)

    def is_refused(self, editor: QWidget) -> bool:
        return editor is self._refused

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: Index) -> None:
        super().paint(painter, option, index)
        view = self.parent()
        if isinstance(view, QAbstractItemView) and index == view.currentIndex():
            painter.save()
            painter.setPen(QPen(CURRENT_CELL_FRAME, CURRENT_CELL_FRAME_WIDTH))
            half = CURRENT_CELL_FRAME_WIDTH // 2
            painter.drawRect(option.rect.adjusted(half, half, -half, -half))
            painter.restore()


class SheetTableView(QTableView):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setItemDelegate(SheetDelegate(self))
        self.setEditTriggers(
            QAbstractItemView.EditTrigger.AnyKeyPressed
            | QAbstractItemView.EditTrigger.DoubleClicked
            | QAbstractItemView.EditTrigger.EditKeyPressed
        )
        self.setTabKeyNavigation(True)
        self.verticalHeader().setVisible(False)
        self.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)

    def setModel(self, model: QAbstractItemModel | None) -> None:
        super().setModel(model)
        if isinstance(model, SheetItemsModel):
            model.modelReset.connect(self._lay_out)
            model.dataChanged.connect(lambda *_: self.resizeRowsToContents())
            self._lay_out()

    def _lay_out(self) -> None:
        """Fixed narrow number columns, the two text columns share the rest: no sideways scroll."""
        header = self.horizontalHeader()
        for column in Column:
            if column in COLUMN_WIDTHS:
                header.setSectionResizeMode(column, QHeaderView.ResizeMode.Fixed)
                # Never narrower than its title in the language and font size shown (字体大小).
                title = header.sectionSizeFromContents(column).width()
                self.setColumnWidth(column, max(COLUMN_WIDTHS[column], title))
            else:
                header.setSectionResizeMode(column, QHeaderView.ResizeMode.Stretch)
        self.clearSpans()
        model = self.model()
        if isinstance(model, SheetItemsModel):
            self.setColumnHidden(Column.NURSE, not model.nurse_column)
            for row in model.section_rows():
                self.setSpan(row, 0, 1, len(Column))
        self.resizeRowsToContents()

    def resizeEvent(self, event: Any) -> None:
        super().resizeEvent(event)
        self.resizeRowsToContents()

    def _sheet(self) -> SheetItemsModel | None:
        model = self.model()
        return model if isinstance(model, SheetItemsModel) else None

    def first_item_index(self, column: Column = Column.DEDUCTION) -> QModelIndex:
        sheet = self._sheet()
        if sheet is None:
            return QModelIndex()
        for row in range(sheet.rowCount()):
            if not sheet.is_section(row):
                return sheet.index(row, column)
        return QModelIndex()

    def moveCursor(
        self, cursor_action: QAbstractItemView.CursorAction, modifiers: Qt.KeyboardModifier
    ) -> QModelIndex:
        sheet = self._sheet()
        action = QAbstractItemView.CursorAction
        if sheet is not None and cursor_action in (action.MoveNext, action.MovePrevious):
            # Tab and Shift+Tab go from one box to fill to the next, not through every cell.
            step = 1 if cursor_action is action.MoveNext else -1
            found = self._next_editable(self.currentIndex(), step)
            if found.isValid():
                return found
        index = super().moveCursor(cursor_action, modifiers)
        if sheet is None or not index.isValid() or not sheet.is_section(index.row()):
            return index
        step = -1 if cursor_action in (action.MoveUp, action.MovePageUp) else 1
        row = index.row() + step
        while 0 <= row < sheet.rowCount() and sheet.is_section(row):
            row += step
        if not 0 <= row < sheet.rowCount():
            return self.currentIndex()
        column = index.column() if index.column() != 0 or step < 0 else Column.DEDUCTION
        return sheet.index(row, column)

    def _next_editable(self, start: QModelIndex, step: int) -> QModelIndex:
        sheet = self._sheet()
        if sheet is None or not start.isValid():
            return QModelIndex()
        columns = len(Column)
        position = start.row() * columns + start.column() + step
        while 0 <= position < sheet.rowCount() * columns:
            index = sheet.index(position // columns, position % columns)
            if self._tab_stop(sheet, index):
                return index
            position += step
        return QModelIndex()

    @staticmethod
    def _tab_stop(sheet: SheetItemsModel, index: QModelIndex) -> bool:
        """A box to type in, or a tick (不适用, 否决) — but not 不适用 of an item with a deduction,
        so that "2, Tab" still leads from the deduction to the problem text."""
        flags = sheet.flags(index)
        if flags & Qt.ItemFlag.ItemIsEditable:
            return True
        if not flags & Qt.ItemFlag.ItemIsUserCheckable:
            return False
        entry = sheet.entry_at(index.row())
        return not (index.column() == Column.NOT_APPLICABLE and entry and entry.deduction > 0)

    def _next_item_row(self, row: int) -> int | None:
        sheet = self._sheet()
        if sheet is None:
            return None
        row += 1
        while row < sheet.rowCount() and sheet.is_section(row):
            row += 1
        return row if row < sheet.rowCount() else None

    def keyPressEvent(self, event: QKeyEvent) -> None:
        sheet = self._sheet()
        current = self.currentIndex()
        if sheet is not None and current.isValid() and self.state() != self.State.EditingState:
            if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
                if sheet.flags(current) & Qt.ItemFlag.ItemIsEditable:
                    self.edit(current)
                else:
                    self._move_down(current)
                return
            if event.text().isdigit() and current.column() != Column.PROBLEM:
                target = sheet.index(current.row(), Column.DEDUCTION)
                if sheet.flags(target) & Qt.ItemFlag.ItemIsEditable:
                    # A digit anywhere on a row means "this deduction": start typing it there.
                    self.setCurrentIndex(target)
                    self.edit(target, self.EditTrigger.AnyKeyPressed, event)
                    return
        super().keyPressEvent(event)

    def _move_down(self, current: QModelIndex, column: int | None = None) -> None:
        row = self._next_item_row(current.row())
        sheet = self._sheet()
        if row is not None and sheet is not None:
            self.setCurrentIndex(sheet.index(row, current.column() if column is None else column))

    def closeEditor(self, editor: QWidget, hint: QAbstractItemDelegate.EndEditHint) -> None:
        delegate = self.itemDelegate()
        # A refused value keeps its box open until it is corrected (Esc still leaves it). Done
        # here rather than in the delegate's eventFilter: overriding that in PySide6 6.12
        # corrupts the refcount of True and aborts the interpreter at exit.
        if (
            isinstance(delegate, SheetDelegate)
            and delegate.is_refused(editor)
            and hint is not QAbstractItemDelegate.EndEditHint.RevertModelCache
        ):
            editor.setFocus()
            return
        # Enter in an editor arrives as SubmitModelCache: save, then go on to the next item's
        # deduction, where the nurse types next.
        entered = hint is QAbstractItemDelegate.EndEditHint.SubmitModelCache
        super().closeEditor(editor, QAbstractItemDelegate.EndEditHint.NoHint if entered else hint)
        if entered:
            self._move_down(self.currentIndex(), Column.DEDUCTION)
