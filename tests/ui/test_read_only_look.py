"""Read-only text boxes look read-only (the grey of app.qss's ``[readOnly="true"]``) on every page
and tab, for each kind of user, and a box that takes typing looks so: a head nurse must see at a
glance which boxes she can fill."""

from __future__ import annotations

from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import (
    QAbstractSpinBox,
    QApplication,
    QComboBox,
    QLineEdit,
    QPlainTextEdit,
    QTextEdit,
    QWidget,
)
from pytestqt.qtbot import QtBot

from nursingqc.services.container import Services
from nursingqc.ui.widgets.read_only import set_read_only
from tests.helpers import Hospital
from tests.ui.every_page import every_page

TextBox = QLineEdit | QPlainTextEdit | QTextEdit | QAbstractSpinBox


def background(box: QWidget) -> QColor:
    return box.palette().color(QPalette.ColorRole.Base)


def looks(qtbot: QtBot, read_only: bool) -> QColor:
    """The background the theme gives a box that is, from the start, read-only or not."""
    box = QLineEdit()
    box.setReadOnly(read_only)
    qtbot.addWidget(box)
    box.show()
    return background(box)


def boxes(window: QWidget) -> list[TextBox]:
    """The text boxes shown and enabled (a disabled one has Qt's greyed look); a spin box's or
    combo box's own line edit is the box's part."""
    return [
        box
        for box in window.findChildren(QWidget)
        if isinstance(box, TextBox)
        and box.isVisibleTo(window)
        and box.isEnabled()
        and not isinstance(box.parent(), QAbstractSpinBox | QComboBox)
    ]


def test_the_theme_tells_a_read_only_box_from_one_that_takes_typing(
    qtbot: QtBot, themed: QApplication
) -> None:
    assert looks(qtbot, True) != looks(qtbot, False)


def test_a_box_made_read_only_while_shown_looks_it_and_back(
    qtbot: QtBot, themed: QApplication
) -> None:
    read_only, editable = looks(qtbot, True), looks(qtbot, False)
    box = QPlainTextEdit("原因分析")
    qtbot.addWidget(box)
    box.show()
    set_read_only(box, True)
    assert background(box) == read_only
    set_read_only(box, False)
    assert background(box) == editable


def test_every_read_only_box_on_every_page_looks_read_only(
    qtbot: QtBot, services: Services, month: Hospital, themed: QApplication
) -> None:
    read_only, editable = looks(qtbot, True), looks(qtbot, False)
    wrong, seen = [], 0
    for where, window in every_page(qtbot, services, month):
        for box in boxes(window):
            seen += box.isReadOnly()
            wanted = read_only if box.isReadOnly() else editable
            if background(box) != wanted:
                state = "read-only" if box.isReadOnly() else "editable"
                wrong.append(f"{where}: {type(box).__name__}#{box.objectName()} {state}")
    assert wrong == [], "\n".join(wrong)
    assert seen > 0
