"""The department loads wards from Excel in the background and manages accounts."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot

from nursingqc.domain.accounts import Role
from nursingqc.domain.errors import NursingQCError
from nursingqc.services.container import Services
from nursingqc.ui.dialogs.account import AccountDialog
from nursingqc.ui.pages.wards_accounts import WardsAccountsPage
from tests.helpers import Hospital, wards_workbook


@pytest.fixture
def page(qtbot: QtBot, services: Services, hospital: Hospital) -> WardsAccountsPage:
    page = WardsAccountsPage(hospital.admin, services.wards, services.accounts)
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
        assert dialog.ui.usernameEdit.text() == "wk01"  # suggested from the ward code
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
    row = next(
        r
        for r in range(page.ui.accountsTable.rowCount())
        if page.ui.accountsTable.item(r, 0).text() == "nk01"
    )
    page.ui.accountsTable.selectRow(row)
    page.ui.resetPasswordButton.click()
    assert services.accounts.login("nk01", "fresh-pass").username == "nk01"
