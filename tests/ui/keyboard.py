"""Typing as a user does: keys go to whichever widget has the focus; a message box is answered
by its button."""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QInputMethodEvent
from PySide6.QtWidgets import QApplication, QMessageBox, QPushButton, QWidget
from pytestqt.qtbot import QtBot


def focused() -> QWidget:
    widget = QApplication.focusWidget()
    assert widget is not None, "nothing has the keyboard focus"
    return widget


def press(qtbot: QtBot, key: Qt.Key, times: int = 1) -> None:
    for _ in range(times):
        qtbot.keyClick(focused(), key)
        # Item views finish an edit in a queued call; a real event loop runs it before the next key.
        QApplication.processEvents()


def type_ascii(qtbot: QtBot, text: str) -> None:
    for character in text:
        qtbot.keyClicks(focused(), character)
        QApplication.processEvents()


def type_chinese(text: str) -> None:
    """Chinese arrives from the input method as a commit string (keyClicks aborts on non-ASCII)."""
    event = QInputMethodEvent("", [])
    event.setCommitString(text)
    QApplication.sendEvent(focused(), event)
    QApplication.processEvents()


def answer_next_box(button_text: str, seen: list[str]) -> None:
    """Clicks the button whose text starts with ``button_text`` in the next message box, once it
    is open; ``seen`` gets the box's text."""

    def click() -> None:
        box = QApplication.activeModalWidget()
        if not isinstance(box, QMessageBox):
            QTimer.singleShot(10, click)
            return
        seen.append(box.text())
        button = next(b for b in box.findChildren(QPushButton) if b.text().startswith(button_text))
        button.click()

    QTimer.singleShot(0, click)
