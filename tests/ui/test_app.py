"""Starting the program: first start, log-in, and a database it cannot open."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QApplication, QDialog, QDialogButtonBox, QMessageBox
from pytestqt.qtbot import QtBot

from benchmarks.month import ADMIN, build
from nursingqc.domain.accounts import Role
from nursingqc.services.container import Services
from nursingqc.ui import app as program
from nursingqc.ui.dialogs.login import LoginDialog
from nursingqc.ui.dialogs.setup import SetupDialog
from tests.helpers import PASSWORD, Hospital
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

    from nursingqc.ui.main_window import MainWindow
    from tests.helpers import PASSWORD, build_hospital

    monkeypatch.setattr(sys, "excepthook", sys.excepthook)
    build_hospital(services)
    users = iter(["nk01", "wk01"])
    windows: list[MainWindow] = []

    offered: list[str] = []

    def log_in(dialog: LoginDialog) -> int:
        # After 退出登录 the next person starts from an empty box, typing her own name.
        offered.append(dialog.ui.usernameEdit.text())
        username = next(users, None)
        if username is None:
            return QDialog.DialogCode.Rejected
        dialog.actor = services.accounts.login(username, PASSWORD)
        QSettings().setValue("login/last_username", username)
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
    assert offered[1:] == ["", ""]


def test_after_a_log_out_the_box_is_empty_and_the_cursor_in_the_user_name(
    qtbot: QtBot, services: Services, hospital: Hospital
) -> None:
    QSettings().setValue("login/last_username", "nk01")
    for after_log_out, name, focused in (
        (False, "nk01", "passwordEdit"),
        (True, "", "usernameEdit"),
    ):
        dialog = LoginDialog(services.accounts, after_log_out=after_log_out)
        qtbot.addWidget(dialog)
        dialog.show()
        qtbot.waitExposed(dialog)
        dialog.activateWindow()
        qtbot.waitUntil(dialog.isActiveWindow)
        assert dialog.ui.usernameEdit.text() == name
        assert QApplication.focusWidget() is getattr(dialog.ui, focused)


def test_the_log_in_dialog_and_the_window_come_before_the_documents_modules(
    tmp_path: Path,
) -> None:
    """A real start in a fresh process, logged in by typing: no document library, no module of
    reports/ (but for its wording) and not the print preview when the dialog or the main window
    first paints; not even SQLAlchemy or Qt's namespace when the dialog does, since they load
    behind it; and the department's window has built only its home page."""
    root = Path(__file__).resolve().parents[2]
    month = build(tmp_path / "month.sqlite3", 1)
    env = {**os.environ, "PYTHONPATH": str(root), "QT_QPA_PLATFORM": "offscreen"}
    for name in ("XDG_CONFIG_HOME", "XDG_DATA_HOME", "XDG_STATE_HOME", "XDG_CACHE_HOME"):
        env[name] = str(tmp_path / name.lower())
    env["TMPDIR"] = str(tmp_path)
    started = subprocess.run(
        [sys.executable, str(root / "benchmarks" / "logging_in.py"), month.url, *ADMIN],
        capture_output=True,
        text=True,
        env=env,
        timeout=120,
        check=True,
    )
    dialog, window = started.stdout.splitlines()
    assert dialog == "dialog"
    fields = window.split()
    assert fields[0] == "window" and fields[3:] == ["1"]


def test_enter_before_the_database_is_open_logs_in_once_it_is(
    qtbot: QtBot, services: Services, hospital: Hospital
) -> None:
    dialog = LoginDialog()
    qtbot.addWidget(dialog)
    dialog.ui.usernameEdit.setText("nk01")
    dialog.ui.passwordEdit.setText(PASSWORD)
    ok = dialog.buttonBox.button(QDialogButtonBox.StandardButton.Ok)
    dialog.accept()
    assert dialog.actor is None and ok is not None and not ok.isEnabled()
    dialog.open_accounts(services.accounts)
    assert dialog.actor is not None and dialog.actor.username == "nk01"
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert dialog.ui.hospitalLabel.text() == services.accounts.hospital_name()


def test_a_database_without_a_hospital_yet_turns_the_log_in_into_the_first_start(
    db_url: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A server database, or a file whose first start was cancelled: the log-in dialog is shown
    at once, and gives way to the first-start dialog when the database says so."""
    monkeypatch.setattr(sys, "excepthook", sys.excepthook)
    from nursingqc.services.container import open_services

    open_services(db_url).close()
    started: list[str] = []

    def cancel(dialog: QDialog) -> int:
        started.append(type(dialog).__name__)
        return QDialog.DialogCode.Rejected

    monkeypatch.setattr(SetupDialog, "exec", cancel)
    assert program.run_program(db_url, "zh_CN") == 0
    assert started == ["SetupDialog"]


def test_the_dialog_offers_the_last_user_and_writes_the_settings_only_for_another_one(
    qtbot: QtBot, services: Services, hospital: Hospital
) -> None:
    def log_in(username: str) -> LoginDialog:
        dialog = LoginDialog(services.accounts)
        qtbot.addWidget(dialog)
        dialog.ui.usernameEdit.setText(username)
        dialog.ui.passwordEdit.setText(PASSWORD)
        dialog.accept()
        assert dialog.actor is not None and dialog.actor.username == username
        return dialog

    log_in("nk01")
    settings = Path(QSettings().fileName())
    written = settings.stat().st_mtime_ns
    offered = LoginDialog(services.accounts)
    qtbot.addWidget(offered)
    assert offered.ui.usernameEdit.text() == "nk01"
    log_in("nk01")  # the same head nurse again: the file is left as it is
    assert settings.stat().st_mtime_ns == written
    log_in("wk01")
    assert QSettings().value("login/last_username") == "wk01"
