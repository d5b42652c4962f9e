"""Dialogs in tests: the program's start-up dialogs cancelled, a message box answered."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QDialog, QMessageBox, QPushButton

from nursingqc.ui.dialogs.login import LoginDialog
from nursingqc.ui.dialogs.setup import SetupDialog


def started_dialogs(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """Cancels the first-start and log-in dialogs, and lists which ones the program started."""
    started: list[str] = []

    def cancel(dialog: QDialog) -> int:
        started.append(type(dialog).__name__)
        return QDialog.DialogCode.Rejected

    monkeypatch.setattr(SetupDialog, "exec", cancel)
    monkeypatch.setattr(LoginDialog, "exec", cancel)
    return started


def answer_next_box(button_text: str, seen: list[str]) -> None:
    """Clicks the button whose text starts with ``button_text`` in the next message box."""

    def click() -> None:
        box = QApplication.activeModalWidget()
        if not isinstance(box, QMessageBox):
            QTimer.singleShot(10, click)
            return
        seen.append(box.text())
        button = next(b for b in box.findChildren(QPushButton) if b.text().startswith(button_text))
        button.click()

    QTimer.singleShot(0, click)
