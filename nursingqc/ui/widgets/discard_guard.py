"""Dialogs that ask before throwing away what was typed in them: 放弃已填写的内容？

A ``GuardedDialog`` notes the value of every field when it is first shown, so what the program
fills in beforehand does not count as typed. Esc, 取消 and the window's × all end in
``reject()``; there it compares, and only a changed dialog asks. 继续填写 is the default and the
Esc button of the question: a key pressed by habit keeps the text.
"""

from __future__ import annotations

from PySide6.QtCore import QAbstractItemModel, QCoreApplication, QModelIndex, Qt
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QAbstractSpinBox,
    QCheckBox,
    QComboBox,
    QDialog,
    QHeaderView,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QTextEdit,
    QWidget,
)

# The kinds of widget a user types into or chooses with.
FIELD_KINDS = (
    QLineEdit,
    QPlainTextEdit,
    QTextEdit,
    QAbstractSpinBox,
    QComboBox,
    QCheckBox,
    QAbstractItemView,
)


def _is_part_of_a_field(widget: QWidget, dialog: QWidget) -> bool:
    """A table's headers, a spin box's line edit, a combo box's list and a date edit's calendar
    show their owner's value (and the calendar appears only when first opened)."""
    if isinstance(widget, QHeaderView):
        return True
    parent = widget.parentWidget()
    while parent is not None and parent is not dialog:
        if isinstance(parent, QAbstractSpinBox | QComboBox):
            return True
        parent = parent.parentWidget()
    return False


def fields(dialog: QWidget) -> list[QWidget]:
    return [
        widget
        for widget in dialog.findChildren(QWidget)
        if isinstance(widget, FIELD_KINDS) and not _is_part_of_a_field(widget, dialog)
    ]


def _items(model: QAbstractItemModel) -> list[object]:
    """What a list or table lets a user change: ticks, and the text of editable cells."""
    values: list[object] = []
    top = QModelIndex()
    for row in range(model.rowCount(top)):
        # hasIndex, not columnCount: a list model's columnCount is private and not bound.
        column = 0
        while model.hasIndex(row, column, top):
            index = model.index(row, column, top)
            values.append(index.data(Qt.ItemDataRole.CheckStateRole))
            if model.flags(index) & Qt.ItemFlag.ItemIsEditable:
                values.append(index.data(Qt.ItemDataRole.EditRole))
            column += 1
    return values


def value(field: QWidget) -> object:
    if isinstance(field, QLineEdit):
        return field.text()
    if isinstance(field, QPlainTextEdit | QTextEdit):
        return field.toPlainText()
    if isinstance(field, QAbstractSpinBox):
        # The shown text covers every spin box and date edit alike, "not given" included.
        return field.text()
    if isinstance(field, QComboBox):
        return field.currentIndex(), field.currentText()
    if isinstance(field, QCheckBox):
        return field.checkState()
    assert isinstance(field, QAbstractItemView)
    model = field.model()
    return _items(model) if model is not None else []


def ask_to_discard(parent: QWidget) -> bool:
    """True when the user chose 放弃; Enter and Esc both mean 继续填写."""
    box = QMessageBox(
        QMessageBox.Icon.Question,
        parent.windowTitle(),
        QCoreApplication.translate("GuardedDialog", "Discard what you have filled in?"),
        QMessageBox.StandardButton.Discard | QMessageBox.StandardButton.Cancel,
        parent,
    )
    box.setInformativeText(
        QCoreApplication.translate(
            "GuardedDialog", "What you typed in this window has not been saved."
        )
    )
    keep = box.button(QMessageBox.StandardButton.Cancel)
    keep.setText(QCoreApplication.translate("GuardedDialog", "Keep editing"))
    discard = box.button(QMessageBox.StandardButton.Discard)
    discard.setText(QCoreApplication.translate("GuardedDialog", "Discard"))
    box.setDefaultButton(QMessageBox.StandardButton.Cancel)
    box.setEscapeButton(keep)
    box.exec()
    chosen = box.clickedButton() is discard
    # Each question makes a box owned by the dialog; it should not stay until the dialog goes.
    box.deleteLater()
    return chosen


class GuardedDialog(QDialog):
    """A dialog whose Esc, 取消 and × ask first once something in it was changed."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._fields: list[QWidget] | None = None
        self._shown: list[object] = []

    def showEvent(self, event: QShowEvent) -> None:
        # The size the form was drawn at fits normal Chinese; a larger font size (字体大小) or
        # English wraps a hint onto more lines than that height holds, so the dialog grows.
        layout = self.layout()
        if layout is not None and layout.hasHeightForWidth():
            needed = layout.totalHeightForWidth(self.width())
            if needed > self.height():
                self.resize(self.width(), needed)
        super().showEvent(event)
        if self._fields is None:
            self._fields = fields(self)
            self._shown = [value(field) for field in self._fields]

    def has_changes(self) -> bool:
        if self._fields is None:
            return False
        return [value(field) for field in self._fields] != self._shown

    def reject(self) -> None:
        if self.has_changes() and not ask_to_discard(self):
            return
        super().reject()

    def discard(self) -> None:
        """Closes without asking, when the program, not the user, ends the dialog."""
        super().reject()
