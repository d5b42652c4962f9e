"""Starting the program: first start, log-in, and a database it cannot open."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest
from PySide6.QtWidgets import QDialog, QMessageBox
from pytestqt.qtbot import QtBot

from nursingqc.domain.accounts import Role
from nursingqc.services.container import Services
from nursingqc.ui import app as program
from nursingqc.ui.dialogs.login import LoginDialog, SetupDialog
from tests.ui.dialogs import started_dialogs


def test_first_start_names_the_hospital_and_creates_the_admin(
    qtbot: QtBot, services: Services, chinese: None
) -> None:
    dialog = SetupDialog(services.accounts)
    qtbot.addWidget(dialog)
    dialog.ui.hospitalEdit.setText("滨江市第一人民医院")
    dialog.ui.displayNameEdit.setText("王主任")
    dialog.ui.passwordEdit.setText("admin123")
    dialog.ui.repeatEdit.setText("admin124")
    dialog.accept()
    assert dialog.ui.errorLabel.text() == "两次输入的密码不一致。" and dialog.actor is None
    dialog.ui.repeatEdit.setText("admin123")
    dialog.ui.hospitalEdit.setText("  ")
    dialog.accept()
    assert dialog.ui.errorLabel.text() == "请填写医院名称。"
    dialog.ui.hospitalEdit.setText("滨江市第一人民医院")
    dialog.accept()
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert dialog.actor is not None and dialog.actor.role is Role.ADMIN
    assert services.accounts.hospital_name() == "滨江市第一人民医院"


def test_the_program_asks_for_first_start_then_for_a_log_in(
    db_url: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(sys, "excepthook", sys.excepthook)  # run_program installs its own
    shown = started_dialogs(monkeypatch)
    assert program.run_program(db_url, "zh_CN") == 0
    from nursingqc.services.container import open_services

    services = open_services(db_url)
    services.accounts.first_run("医院", "admin", "王主任", "admin123")
    services.close()
    assert program.run_program(db_url, "zh_CN") == 0
    assert shown == ["SetupDialog", "LoginDialog"]


def test_a_database_the_program_cannot_open_gets_a_chinese_message(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(sys, "excepthook", sys.excepthook)
    told: list[str] = []
    monkeypatch.setattr(QMessageBox, "critical", lambda _p, _t, text: told.append(text))
    bogus = tmp_path / "护理.sqlite3"
    bogus.write_bytes(b"not a database" * 100)
    assert program.run_program(f"sqlite:///{bogus}", "zh_CN") == 1
    assert told == [f"{bogus} 不是护理质控数据库（无法读取）。"]


def test_logging_out_asks_for_the_next_user(
    qtbot: QtBot, services: Services, db_url: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication

    from nursingqc.ui.main_window import MainWindow
    from tests.helpers import PASSWORD, build_hospital

    monkeypatch.setattr(sys, "excepthook", sys.excepthook)
    build_hospital(services)
    users = iter(["nk01", "wk01"])
    windows: list[MainWindow] = []

    def log_in(dialog: LoginDialog) -> int:
        username = next(users, None)
        if username is None:
            return QDialog.DialogCode.Rejected
        dialog.actor = services.accounts.login(username, PASSWORD)
        return QDialog.DialogCode.Accepted

    def press_log_out() -> None:
        window = next(
            w for w in QApplication.topLevelWidgets() if isinstance(w, MainWindow) and w.isVisible()
        )
        windows.append(window)
        window.ui.logoutButton.click()

    monkeypatch.setattr(LoginDialog, "exec", log_in)
    monkeypatch.setattr(
        MainWindow, "showMaximized", lambda self: (self.show(), QTimer.singleShot(0, press_log_out))
    )
    assert program.run_program(db_url, "zh_CN") == 0
    assert [w.actor.username for w in windows] == ["nk01", "wk01"]
    assert all(w.logged_out for w in windows)
