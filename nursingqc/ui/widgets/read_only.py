"""Read-only boxes that look read-only (app.qss styles ``[readOnly="true"]``).

Qt evaluates a style sheet's property selectors when a widget is polished: a box made read-only
after it is shown keeps looking editable until it is polished again. Every box whose read-only
state changes while it is on screen goes through here.
"""

from __future__ import annotations

from PySide6.QtWidgets import QAbstractSpinBox, QLineEdit, QPlainTextEdit, QTextEdit

TextBox = QLineEdit | QPlainTextEdit | QTextEdit | QAbstractSpinBox


def set_read_only(box: TextBox, read_only: bool) -> None:
    if box.isReadOnly() == read_only:
        return
    box.setReadOnly(read_only)
    style = box.style()
    style.unpolish(box)
    style.polish(box)
