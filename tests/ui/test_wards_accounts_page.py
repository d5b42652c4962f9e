"""The department loads wards from Excel in the background and manages accounts."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtWidgets import QLabel, QMessageBox
from pytestqt.qtbot import QtBot

from nursingqc.domain.accounts import Role
from nursingqc.domain.errors import AuthenticationFailed, NursingQCError
from nursingqc.i18n import error_text, install_translators
from nursingqc.services.container import Services
from nursingqc.services.ward_import import WardRow
from nursingqc.services.wards import MSG_WARD_HAS_ACCOUNTS
from nursingqc.ui.dialogs.account import AccountDialog
from nursingqc.ui.dialogs.ward import WardDialog
from nursingqc.ui.pages.wards_accounts import WardsAccountsPage
from tests.helpers import PASSWORD, Hospital, wards_workbook
from tests.ui.keyboard import mnemonics
from tests.ui.tables import cell, row_of


@pytest.fixture
def page(qtbot: QtBot, services: Services, hospital: Hospital) -> WardsAccountsPage:
    page = WardsAccountsPage(
        hospital.admin, services.wards, services.ward_import, services.accounts
    )
    qtbot.addWidget(page)
    page.show()
    page.refresh()
    return page


def ward_codes(services: Services, hospital: Hospital) -> list[str]:
    return [ward.code for ward in services.wards.list_wards(hospital.admin)]


def test_wards_are_imported_in_the_background(
    qtbot: QtBot,
    page: WardsAccountsPage,
    services: Services,
    hospital: Hospital,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    chinese: None,
) -> None:
    told: list[str] = []
    monkeypatch.setattr(QMessageBox, "information", lambda _p, _t, text: told.append(text))
    path = wards_workbook(tmp_path / "病区.xlsx", [["EK01", "儿科", "王芳", 30, "妇儿片"]])
    page.import_wards(path)
    assert page.task is not None
    with qtbot.waitSignal(page.task.done, timeout=5000):
        pass
    assert told == ["新增 1 个病区，更新 0 个。"]
    assert ward_codes(services, hospital) == ["EK01", "NK01", "WK01"]
    assert page.ui.wardsTable.rowCount() == 3


def test_a_refused_file_shows_every_problem_and_imports_nothing(
    qtbot: QtBot,
    page: WardsAccountsPage,
    services: Services,
    hospital: Hospital,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    shown: list[NursingQCError] = []
    monkeypatch.setattr("nursingqc.ui.workers.show_error", lambda _p, error: shown.append(error))
    path = wards_workbook(
        tmp_path / "w.xlsx", [["EK01", "儿科", "", "三十", ""], ["", "眼科", "", "", ""]]
    )
    page.import_wards(path)
    assert page.task is not None
    with qtbot.waitSignal(page.task.done, timeout=5000):
        pass
    assert len(shown) == 1 and len(getattr(shown[0], "problems", [])) == 2
    assert ward_codes(services, hospital) == ["NK01", "WK01"]


def test_cancelling_an_import_leaves_the_wards_unchanged(
    qtbot: QtBot,
    page: WardsAccountsPage,
    services: Services,
    hospital: Hospital,
    tmp_path: Path,
) -> None:
    rows: list[list[object]] = [[f"X{n:04d}", f"病区{n}", "", 30, ""] for n in range(3000)]
    page.import_wards(wards_workbook(tmp_path / "big.xlsx", rows))
    assert page.task is not None
    page.task.cancel()
    with qtbot.waitSignal(page.task.done, timeout=10000):
        pass
    assert ward_codes(services, hospital) == ["NK01", "WK01"]


def test_the_department_creates_a_head_nurse_account_bound_to_her_ward(
    qtbot: QtBot,
    page: WardsAccountsPage,
    services: Services,
    hospital: Hospital,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    def fill(dialog: AccountDialog) -> int:
        dialog.ui.wardCombo.setCurrentIndex(dialog.ui.wardCombo.findData("WK01"))
        assert dialog.ui.usernameEdit.text() == ""  # wk01 is taken: not offered
        dialog.ui.usernameEdit.setText("wk01b")
        dialog.ui.displayNameEdit.setText("赵敏")
        dialog.ui.passwordEdit.setText("newnurse1")
        dialog.ui.repeatEdit.setText("newnurse1")
        dialog.accept()
        return 1

    monkeypatch.setattr(AccountDialog, "exec", fill)
    page.ui.newAccountButton.click()
    actor = services.accounts.login("wk01b", "newnurse1")
    assert actor.role is Role.HEAD_NURSE and actor.ward_id == hospital.ward_b
    assert page.ui.accountsTable.rowCount() == 5


def test_the_department_resets_a_forgotten_password(
    page: WardsAccountsPage, services: Services, monkeypatch: pytest.MonkeyPatch
) -> None:
    from PySide6.QtWidgets import QInputDialog

    monkeypatch.setattr(QInputDialog, "getText", lambda *a: ("fresh-pass", True))
    monkeypatch.setattr(QMessageBox, "information", lambda *a: None)
    page.ui.accountsTable.selectRow(row_of(page.ui.accountsTable, "nk01"))
    page.ui.resetPasswordButton.click()
    assert services.accounts.login("nk01", "fresh-pass").username == "nk01"


@pytest.mark.parametrize("language", ["en", "zh_CN"])
def test_every_alt_key_of_the_new_account_dialog_is_different(
    qtbot: QtBot, services: Services, hospital: Hospital, language: str
) -> None:
    install_translators(language)
    try:
        dialog = AccountDialog(
            hospital.admin, services.accounts, services.wards.list_wards(hospital.admin)
        )
        qtbot.addWidget(dialog)
        letters = mnemonics(dialog)
        assert sorted(letters) == ["E", "N", "P", "R", "U", "W"]
        # Every field can be reached with its Alt key: each caption has a letter and a buddy.
        for label in dialog.findChildren(QLabel):
            if label.buddy() is not None:
                assert "&" in label.text()
        if language == "zh_CN":
            assert dialog.ui.usernameCaption.text() == "用户名(&U)"
            assert dialog.ui.repeatCaption.text() == "确认密码(&E)"
    finally:
        install_translators("en")


@pytest.mark.parametrize("language", ["en", "zh_CN"])
def test_the_page_and_the_ward_dialog_have_distinct_alt_keys(
    qtbot: QtBot, page: WardsAccountsPage, services: Services, hospital: Hospital, language: str
) -> None:
    install_translators(language)
    try:
        page.ui.retranslateUi(page)
        page.refresh()
        letters = mnemonics(page)
        # L is the main window's 退出登录 (Log out) beside the page, S its 设置 menu.
        assert len(letters) == len(set(letters)) == 12 and not {"L", "S"} & set(letters)
        ward = services.wards.manage_wards(hospital.admin)[0]
        dialog = WardDialog(hospital.admin, services.wards, ward, [])
        qtbot.addWidget(dialog)
        assert sorted(mnemonics(dialog)) == ["B", "C", "G", "H", "N"]
    finally:
        install_translators("en")


def test_a_free_ward_code_is_offered_as_the_user_name(
    qtbot: QtBot, services: Services, hospital: Hospital
) -> None:
    services.ward_import.import_wards(hospital.admin, [WardRow(4, "EK01", "儿科")])
    dialog = AccountDialog(
        hospital.admin, services.accounts, services.wards.list_wards(hospital.admin)
    )
    qtbot.addWidget(dialog)
    dialog.ui.wardCombo.setCurrentIndex(dialog.ui.wardCombo.findData("EK01"))
    assert dialog.ui.usernameEdit.text() == "ek01"
    dialog.ui.wardCombo.setCurrentIndex(dialog.ui.wardCombo.findData("NK01"))
    assert dialog.ui.usernameEdit.text() == ""
    dialog.ui.roleCombo.setCurrentIndex(dialog.ui.roleCombo.findData(Role.INSPECTOR))
    assert dialog.ui.usernameEdit.text() == "" and not dialog.ui.wardCombo.isEnabled()


def test_a_weak_password_is_refused_in_the_dialog_with_its_reason(
    qtbot: QtBot, services: Services, hospital: Hospital, chinese: None
) -> None:
    dialog = AccountDialog(
        hospital.admin, services.accounts, services.wards.list_wards(hospital.admin)
    )
    qtbot.addWidget(dialog)
    dialog.ui.roleCombo.setCurrentIndex(dialog.ui.roleCombo.findData(Role.INSPECTOR))
    dialog.ui.usernameEdit.setText("zhaojing")
    for field in (dialog.ui.passwordEdit, dialog.ui.repeatEdit):
        field.setText("zhaojing")
    dialog.accept()
    assert dialog.ui.errorLabel.text() == "密码不能与用户名相同，请换一个。"
    assert dialog.created is None


def ward_row(page: WardsAccountsPage, code: str) -> int:
    return row_of(page.ui.wardsTable, code)


def test_the_department_edits_a_ward(
    page: WardsAccountsPage,
    services: Services,
    hospital: Hospital,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    def fill(dialog: WardDialog) -> int:
        assert dialog.ui.codeEdit.text() == "NK01" and dialog.ui.codeEdit.isReadOnly()
        assert dialog.ui.bedsSpin.value() == 40
        dialog.ui.nameEdit.setText("心内科一病区")
        dialog.ui.headNurseEdit.setText("刘洋")
        dialog.ui.bedsSpin.setValue(dialog.ui.bedsSpin.minimum())  # "not given"
        dialog.ui.groupCombo.setCurrentText("外科片")
        dialog.accept()
        assert dialog.saved is not None
        return 1

    monkeypatch.setattr(WardDialog, "exec", fill)
    page.ui.wardsTable.selectRow(ward_row(page, "NK01"))
    page.ui.editWardButton.click()
    nk01 = next(w for w in services.wards.list_wards(hospital.admin) if w.code == "NK01")
    assert (nk01.name, nk01.head_nurse_name, nk01.beds, nk01.group_name) == (
        "心内科一病区",
        "刘洋",
        None,
        "外科片",
    )
    assert cell(page.ui.wardsTable, ward_row(page, "NK01"), 1) == "心内科一病区"
    selected = page.selected_ward()
    assert selected is not None and selected.code == "NK01"


def test_an_empty_ward_name_is_refused_in_the_dialog(
    qtbot: QtBot, services: Services, hospital: Hospital, chinese: None
) -> None:
    ward = services.wards.manage_wards(hospital.admin)[0]
    dialog = WardDialog(hospital.admin, services.wards, ward, ["内科片", "外科片", ""])
    qtbot.addWidget(dialog)
    assert [dialog.ui.groupCombo.itemText(i) for i in range(dialog.ui.groupCombo.count())] == [
        "内科片",
        "外科片",
    ]
    dialog.ui.nameEdit.setText("  ")
    dialog.accept()
    assert dialog.ui.errorLabel.text() == "请填写病区名称。" and dialog.saved is None


def test_the_department_deactivates_and_reactivates_a_ward(
    page: WardsAccountsPage, services: Services, hospital: Hospital, chinese: None
) -> None:
    assert not page.ui.activeWardButton.isEnabled()  # nothing selected yet
    page.ui.wardsTable.selectRow(ward_row(page, "NK01"))
    assert page.ui.activeWardButton.text() == "停用病区(&D)"
    page.ui.activeWardButton.click()
    assert [w.code for w in services.wards.list_wards(hospital.admin)] == ["WK01"]
    row = ward_row(page, "NK01")
    assert row == page.ui.wardsTable.rowCount() - 1  # deactivated wards are listed last
    assert cell(page.ui.wardsTable, row, 5) == "已停用"
    assert page.ui.activeWardButton.text() == "重新启用病区(&A)"
    page.ui.activeWardButton.click()
    assert [w.code for w in services.wards.list_wards(hospital.admin)] == ["NK01", "WK01"]
    assert cell(page.ui.wardsTable, ward_row(page, "NK01"), 5) == "使用中"


def test_a_ward_with_an_account_is_not_deleted_and_the_reason_is_shown(
    page: WardsAccountsPage,
    services: Services,
    hospital: Hospital,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    shown: list[NursingQCError] = []
    monkeypatch.setattr(QMessageBox, "question", lambda *a: QMessageBox.StandardButton.Yes)
    monkeypatch.setattr(
        "nursingqc.ui.pages.wards_accounts.show_error", lambda _p, error: shown.append(error)
    )
    page.ui.wardsTable.selectRow(ward_row(page, "WK01"))
    page.ui.deleteWardButton.click()
    assert [e.template for e in shown] == [MSG_WARD_HAS_ACCOUNTS]
    services.ward_import.import_wards(hospital.admin, [WardRow(4, "EK01", "儿科")])
    page.refresh()
    page.ui.wardsTable.selectRow(ward_row(page, "EK01"))
    page.ui.deleteWardButton.click()
    assert [w.code for w in services.wards.manage_wards(hospital.admin)] == ["NK01", "WK01"]
    assert page.ui.wardsTable.rowCount() == 2


def test_the_department_unlocks_a_locked_account(
    page: WardsAccountsPage, services: Services, hospital: Hospital, chinese: None
) -> None:
    for _ in range(5):
        with pytest.raises(AuthenticationFailed):
            services.accounts.login("nk01", "wrong-one")
    page.refresh()
    table = page.ui.accountsTable
    row = row_of(table, "nk01")
    assert cell(table, row, 4).startswith("锁定至 ")
    table.selectRow(row)
    assert page.ui.unlockButton.isEnabled()
    page.ui.unlockButton.click()
    row = row_of(table, "nk01")
    assert cell(table, row, 4) == "使用中"
    assert services.accounts.login("nk01", PASSWORD).username == "nk01"
    table.selectRow(row)
    assert not page.ui.unlockButton.isEnabled()  # nothing left to unlock


def test_the_department_adds_a_single_ward_and_a_taken_code_is_refused(
    page: WardsAccountsPage,
    services: Services,
    hospital: Hospital,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    told: list[str] = []

    def fill(dialog: WardDialog) -> int:
        assert not dialog.ui.codeEdit.isReadOnly() and dialog.ui.codeEdit.text() == ""
        dialog.ui.codeEdit.setText("NK01")
        dialog.ui.nameEdit.setText("眼科")
        dialog.accept()
        told.append(dialog.ui.errorLabel.text())
        dialog.ui.codeEdit.setText(" YK01\u200b")
        dialog.ui.bedsSpin.setValue(30)
        dialog.accept()
        assert dialog.saved is not None
        return 1

    monkeypatch.setattr(WardDialog, "exec", fill)
    before = len(services.wards.list_wards(hospital.admin))
    page.ui.addWardButton.click()
    assert told == ["The ward code NK01 is taken already, by 心血管内科. Choose another code."]
    wards = services.wards.list_wards(hospital.admin)
    assert len(wards) == before + 1
    added = next(w for w in wards if w.code == "YK01")
    assert (added.name, added.beds) == ("眼科", 30)
    assert page.selected_ward() is not None and page.selected_ward().code == "YK01"  # type: ignore[union-attr]


def test_the_wards_template_holds_the_wards_and_imports_back_unchanged(
    page: WardsAccountsPage,
    services: Services,
    hospital: Hospital,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    from openpyxl import load_workbook

    from nursingqc.reports.excel.wards_file import read_wards_workbook

    monkeypatch.setattr(QMessageBox, "information", lambda *args: QMessageBox.StandardButton.Ok)
    path = tmp_path / "病区.xlsx"
    page.write_template(path)
    book = load_workbook(path)
    assert book.sheetnames == ["病区", "说明"]
    rows = list(book["病区"].iter_rows(values_only=True))
    assert rows[0] == ("病区编码", "病区名称", "护士长", "床位数", "分组")
    assert rows[1] == ("NK01", "心血管内科", "张丽", 40, "内科片")
    result = services.ward_import.import_wards(hospital.admin, read_wards_workbook(path))
    assert (result.added, result.updated) == (0, 0)


def test_the_department_edits_disables_and_enables_an_account(
    page: WardsAccountsPage,
    services: Services,
    hospital: Hospital,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    def fill(dialog: AccountDialog) -> int:
        assert dialog.ui.usernameEdit.isReadOnly() and dialog.ui.usernameEdit.text() == "nk01"
        assert dialog.ui.passwordEdit.isHidden()
        assert dialog.ui.wardCombo.currentData() == "NK01"
        dialog.ui.displayNameEdit.setText("张丽丽")
        dialog.ui.wardCombo.setCurrentIndex(dialog.ui.wardCombo.findData("WK01"))
        dialog.accept()
        assert dialog.created is not None
        return 1

    monkeypatch.setattr(AccountDialog, "exec", fill)
    page.ui.accountsTable.selectRow(row_of(page.ui.accountsTable, "nk01"))
    page.ui.editAccountButton.click()
    row = row_of(page.ui.accountsTable, "nk01")
    assert cell(page.ui.accountsTable, row, 1) == "张丽丽"
    assert cell(page.ui.accountsTable, row, 3) == "普通外科"
    assert (
        page.selected_user() is not None
        and page.ui.activeAccountButton.text() == "Disa&ble account"
    )
    page.ui.activeAccountButton.click()
    assert cell(page.ui.accountsTable, row, 4) == "Deactivated"
    assert page.ui.activeAccountButton.text() == "Ena&ble account"
    with pytest.raises(AuthenticationFailed):
        services.accounts.login("nk01", PASSWORD)
    page.ui.activeAccountButton.click()
    assert services.accounts.login("nk01", PASSWORD).ward_id == hospital.ward_b


def test_disabling_ones_own_account_is_refused_with_the_reason(
    page: WardsAccountsPage, monkeypatch: pytest.MonkeyPatch
) -> None:
    shown: list[str] = []
    monkeypatch.setattr(
        "nursingqc.ui.pages.wards_accounts.show_error",
        lambda _parent, error, *_: shown.append(error_text(error)),
    )
    page.ui.accountsTable.selectRow(row_of(page.ui.accountsTable, "admin"))
    page.ui.activeAccountButton.click()
    assert shown and shown[0].startswith("You cannot disable your own account")
    assert cell(page.ui.accountsTable, row_of(page.ui.accountsTable, "admin"), 4) == "In use"
