"""修改密码 from the settings menu, the new password a first log-in asks for, and the head nurses'
accounts of a wards import: proposed, changed, made, shown once and printed on slips."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QDialog, QInputDialog, QMessageBox
from pytestqt.qtbot import QtBot

from nursingqc.domain.accounts import Role
from nursingqc.services.container import Services
from nursingqc.services.ward_import import WardRow
from nursingqc.ui.dialogs.document_preview import DocumentPreviewDialog
from nursingqc.ui.dialogs.head_nurse_accounts import USERNAME_COLUMN, HeadNurseAccountsDialog
from nursingqc.ui.dialogs.login import LoginDialog
from nursingqc.ui.dialogs.password import PasswordDialog
from nursingqc.ui.main_window import MainWindow
from nursingqc.ui.pages.wards_accounts import WardsAccountsPage
from tests.helpers import PASSWORD, Hospital, wards_workbook
from tests.ui.tables import cell, row_of


def fill(dialog: PasswordDialog, new: str, repeat: str | None = None, current: str = "") -> None:
    dialog.ui.currentEdit.setText(current)
    dialog.ui.newEdit.setText(new)
    dialog.ui.repeatEdit.setText(new if repeat is None else repeat)
    dialog.accept()


def test_the_settings_menu_changes_her_own_password(
    qtbot: QtBot,
    services: Services,
    hospital: Hospital,
    chinese: None,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    window = MainWindow(services, hospital.nurse_a)
    qtbot.addWidget(window)
    menu = window.ui.settingsMenu
    [action] = [action for action in menu.actions() if action.text() == "修改密码(&P)…"]
    assert menu.title() == "设置(&S)"
    said: list[str] = []
    monkeypatch.setattr(QMessageBox, "information", lambda _p, _t, text: said.append(text))

    def change(dialog: PasswordDialog) -> int:
        assert dialog.ui.currentEdit.isVisibleTo(dialog)
        assert not dialog.ui.firstLogInLabel.isVisibleTo(dialog)
        fill(dialog, "her-own-pw7", current=PASSWORD)
        return int(dialog.result())

    monkeypatch.setattr(PasswordDialog, "exec", change)
    action.trigger()
    assert said == ["您的密码已修改。"]
    assert services.accounts.login("nk01", "her-own-pw7").user_id == hospital.nurse_a.user_id


@pytest.mark.parametrize(
    ("current", "new", "repeat", "said"),
    [
        ("wrong-pw12", "her-own-pw7", None, "当前密码不正确，密码未修改。"),
        (PASSWORD, "her-own-pw7", "her-own-pw8", "两次输入的新密码不一致。"),
        (PASSWORD, "short", None, "密码至少要有 8 个字符"),
        (PASSWORD, PASSWORD, None, "新密码与当前密码相同"),
    ],
)
def test_a_refused_change_stays_open_with_the_reason(
    qtbot: QtBot,
    services: Services,
    hospital: Hospital,
    chinese: None,
    current: str,
    new: str,
    repeat: str | None,
    said: str,
) -> None:
    dialog = PasswordDialog(services.accounts, hospital.nurse_a)
    qtbot.addWidget(dialog)
    dialog.show()
    try:
        fill(dialog, new, repeat, current)
        shown = dialog.ui.errorLabel.text(), dialog.isVisible(), dialog.ui.newEdit.text()
    finally:
        dialog.discard()  # what was typed stays: closing would ask whether to throw it away
    assert shown[0].startswith(said), shown[0]
    assert shown[1:] == (True, "")
    assert services.accounts.login("nk01", PASSWORD).user_id == hospital.nurse_a.user_id


def first_log_in(qtbot: QtBot, services: Services, answer: str | None) -> LoginDialog:
    """Logs in as zk2, whose password the department chose; ``answer`` is typed twice into the
    dialog that then asks for her own (None: she cancels it)."""
    services.accounts.create_user(
        services.accounts.login("admin", PASSWORD), "zk2", "孙悦", Role.INSPECTOR, "given-pw1"
    )
    seen: list[str] = []

    def answer_it() -> None:
        dialog = QApplication.activeModalWidget()
        if not isinstance(dialog, PasswordDialog):
            QTimer.singleShot(10, answer_it)
            return
        seen.append(dialog.windowTitle())
        assert not dialog.ui.currentEdit.isVisibleTo(dialog)
        if answer is None:
            dialog.reject()
        else:
            fill(dialog, answer)

    login = LoginDialog(services.accounts)
    qtbot.addWidget(login)
    login.ui.usernameEdit.setText("zk2")
    login.ui.passwordEdit.setText("given-pw1")
    QTimer.singleShot(0, answer_it)
    login.accept()
    assert seen == ["设置您自己的密码"]
    return login


def test_a_first_log_in_asks_for_her_own_password_before_the_window(
    qtbot: QtBot, services: Services, hospital: Hospital, chinese: None
) -> None:
    login = first_log_in(qtbot, services, "my-own-pw9")
    assert login.result() == QDialog.DialogCode.Accepted and login.actor is not None
    assert not services.accounts.must_change_password(login.actor)
    assert services.accounts.login("zk2", "my-own-pw9").username == "zk2"


def test_a_first_log_in_without_her_own_password_does_not_open_the_window(
    qtbot: QtBot, services: Services, hospital: Hospital, chinese: None
) -> None:
    login = first_log_in(qtbot, services, None)
    assert login.result() != QDialog.DialogCode.Accepted and login.actor is None
    assert login.ui.errorLabel.text() == "请先设置您自己的密码再登录：初始密码只用于这一步。"
    assert login.ui.passwordEdit.text() == ""
    actor = services.accounts.login("zk2", "given-pw1")
    assert services.accounts.must_change_password(actor)


@pytest.fixture
def page(qtbot: QtBot, services: Services, hospital: Hospital) -> WardsAccountsPage:
    page = WardsAccountsPage(
        hospital.admin, services.wards, services.ward_import, services.accounts
    )
    qtbot.addWidget(page)
    page.show()
    page.refresh()
    return page


def test_the_import_shows_the_accounts_then_their_first_passwords_once(
    qtbot: QtBot,
    page: WardsAccountsPage,
    services: Services,
    tmp_path: Path,
    chinese: None,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(QMessageBox, "information", lambda *_: None)
    shown: list[HeadNurseAccountsDialog] = []

    def answer(dialog: HeadNurseAccountsDialog) -> int:
        shown.append(dialog)
        table = dialog.ui.accountsTable
        if len(shown) == 1:  # the preview: NK01 keeps nk01, EK01's proposed name is changed
            assert cell(table, row_of(table, "NK01"), 4) == "已有账号 nk01，保持不变"
            ek01 = row_of(table, "EK01")
            assert cell(table, ek01, USERNAME_COLUMN) == "ek01"
            item = table.item(ek01, USERNAME_COLUMN)
            assert item is not None
            item.setText("wangfang")
            dialog.accept()
        return int(dialog.result())

    monkeypatch.setattr(HeadNurseAccountsDialog, "exec", answer)
    page.ui.accountsCheck.setChecked(True)
    path = wards_workbook(
        tmp_path / "病区.xlsx",
        [["NK01", "心血管内科", "张丽", 40, "内科片"], ["EK01", "儿科", "王芳", 30, "妇儿片"]],
    )
    page.import_wards(path)
    qtbot.waitUntil(lambda: len(shown) == 2, timeout=10000)
    made = shown[1].ui.accountsTable
    assert made.rowCount() == 1
    password = cell(made, 0, 4)
    assert cell(made, 0, USERNAME_COLUMN) == "wangfang"
    actor = services.accounts.login("wangfang", password)
    assert services.accounts.must_change_password(actor)
    qtbot.waitUntil(lambda: row_of(page.ui.accountsTable, "wangfang") >= 0)
    row = row_of(page.ui.accountsTable, "wangfang")
    assert cell(page.ui.accountsTable, row, 4) == "初始密码，待修改"


def test_the_first_passwords_close_only_after_the_slips_or_a_confirmation(
    qtbot: QtBot, services: Services, hospital: Hospital, monkeypatch: pytest.MonkeyPatch
) -> None:
    result = services.ward_import.import_wards(
        hospital.admin, [WardRow(2, "EK01", "儿科", "王芳")], {"EK01": "ek01"}
    )
    dialog = HeadNurseAccountsDialog(made=result.accounts, hospital="测试市人民医院")
    qtbot.addWidget(dialog)
    dialog.show()
    asked: list[str] = []

    def answer_no(_parent: object, _title: str, text: str) -> object:
        asked.append(text)
        return QMessageBox.StandardButton.No

    monkeypatch.setattr(QMessageBox, "question", answer_no)
    dialog.reject()
    assert len(asked) == 1 and dialog.isVisible()
    previews: list[bytes] = []

    def preview(dialog: DocumentPreviewDialog) -> int:
        previews.append(dialog.data)
        return 0

    monkeypatch.setattr(DocumentPreviewDialog, "exec", preview)
    dialog.ui.slipsButton.click()
    assert len(previews) == 1 and previews[0].startswith(b"%PDF")
    dialog.reject()
    assert len(asked) == 1 and not dialog.isVisible()


def test_a_reset_offers_a_random_first_password_and_refuses_a_stale_one(
    qtbot: QtBot,
    page: WardsAccountsPage,
    services: Services,
    hospital: Hospital,
    chinese: None,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    offered: list[str] = []

    def get_text(*args: object) -> tuple[str, bool]:
        offered.append(str(args[-1]))
        return str(args[-1]), True

    monkeypatch.setattr(QInputDialog, "getText", get_text)
    monkeypatch.setattr(QMessageBox, "information", lambda *_: None)
    errors: list[str] = []
    monkeypatch.setattr(
        "nursingqc.ui.pages.wards_accounts.show_error",
        lambda _p, error: errors.append(str(error)),
    )
    page.ui.accountsTable.selectRow(row_of(page.ui.accountsTable, "nk01"))
    # She changes her password on her ward PC while the department's list is open.
    services.accounts.change_password(hospital.nurse_a, PASSWORD, "her-own-pw7")
    page.ui.resetPasswordButton.click()
    assert len(errors) == 1 and "so it was not reset" in errors[0]
    assert services.accounts.login("nk01", "her-own-pw7").username == "nk01"
    page.ui.accountsTable.selectRow(row_of(page.ui.accountsTable, "nk01"))
    page.ui.resetPasswordButton.click()
    assert len(errors) == 1 and len(offered) == 2 and offered[0] != offered[1]
    actor = services.accounts.login("nk01", offered[1])
    assert services.accounts.must_change_password(actor)
