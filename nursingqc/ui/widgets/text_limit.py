"""The limit of a text field, shown under it: "120 / 2000 字" in grey, red once it is over.

The services refuse a longer text with the same limit (``domain.texts``); the counter tells the
user before she saves, where a QPlainTextEdit, unlike a QLineEdit, cannot stop her typing.
"""

from __future__ import annotations

from typing import cast

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QBoxLayout, QFormLayout, QLabel, QLayout, QPlainTextEdit, QWidget

from nursingqc.domain.texts import TextField

OVER_COLOUR = "#b3261e"
UNDER_COLOUR = "#666666"


class LimitLabel(QLabel):
    """Counts the characters of ``edit`` against ``field.limit``."""

    def __init__(
        self, edit: QPlainTextEdit, field: TextField, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self._edit = edit
        self._field = field
        self.setAlignment(Qt.AlignmentFlag.AlignRight)
        edit.textChanged.connect(self.update_count)
        self.update_count()

    @property
    def over(self) -> bool:
        return len(self._edit.toPlainText().strip()) > self._field.limit

    def update_count(self) -> None:
        count = len(self._edit.toPlainText().strip())
        self.setText(
            self.tr("{count} / {limit} characters").format(count=count, limit=self._field.limit)
        )
        colour = OVER_COLOUR if self.over else UNDER_COLOUR
        self.setStyleSheet(f"color: {colour}; font-size: 9pt;")


def _layout_holding(layout: QLayout, widget: QWidget) -> QLayout | None:
    if layout.indexOf(widget) >= 0:
        return layout
    for index in range(layout.count()):
        item = layout.itemAt(index)
        child = item.layout() if item is not None else None
        if child is not None and (found := _layout_holding(child, widget)) is not None:
            return found
    return None


def show_limit(edit: QPlainTextEdit, field: TextField) -> LimitLabel:
    """Puts the counter of ``field`` right under ``edit``, in the layout that holds it."""
    parent = edit.parentWidget()
    label = LimitLabel(edit, field, parent)
    top = parent.layout() if parent is not None else None
    layout = _layout_holding(top, edit) if top is not None else None
    if isinstance(layout, QFormLayout):
        row, _role = cast(tuple[int, QFormLayout.ItemRole], layout.getWidgetPosition(edit))
        layout.insertRow(row + 1, "", label)
    elif isinstance(layout, QBoxLayout):
        layout.insertWidget(layout.indexOf(edit) + 1, label)
    else:
        raise ValueError(f"{edit.objectName()} is in no form or box layout")
    return label
