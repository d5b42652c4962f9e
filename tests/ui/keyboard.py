"""Typing as a user does: keys go to whichever widget has the focus; a message box is answered
by its button."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QInputMethodEvent
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QLabel,
    QWidget,
)
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


def mnemonics(widget: QWidget) -> list[str]:
    """The Alt letter of every label and button in ``widget`` ("&&" is a plain ampersand)."""
    texts = [label.text() for label in widget.findChildren(QLabel)]
    texts += [button.text() for button in widget.findChildren(QAbstractButton)]
    plain = (text.replace("&&", "") for text in texts)
    return [text[text.index("&") + 1].upper() for text in plain if "&" in text]
