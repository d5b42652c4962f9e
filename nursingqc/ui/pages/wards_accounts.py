"""病区与账号: the department loads its wards from Excel and manages who can log in."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QFileDialog,
    QHeaderView,
    QInputDialog,
    QLineEdit,
    QMessageBox,
    QTableWidget,
    QTableWidgetItem,
    QWidget,
)

from nursingqc.domain.accounts import Actor
from nursingqc.domain.errors import NursingQCError
from nursingqc.reports.excel.wards_file import read_wards_workbook
from nursingqc.services.accounts import AccountService, UserInfo
from nursingqc.services.wards import WardImportResult, WardService
from nursingqc.ui.dialogs.account import AccountDialog
from nursingqc.ui.errors import show_error
from nursingqc.ui.forms.ui_wards_accounts_page import Ui_WardsAccountsPage
from nursingqc.ui.workers import BackgroundTask, Progress


def _fill(table: QTableWidget, headers: list[str], rows: list[list[str]]) -> None:
    table.setColumnCount(len(headers))
    table.setHorizontalHeaderLabels(headers)
    table.setRowCount(len(rows))
    for row, values in enumerate(rows):
        for column, value in enumerate(values):
            table.setItem(row, column, QTableWidgetItem(value))
    table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
    table.verticalHeader().setVisible(False)


class WardsAccountsPage(QWidget):
    def __init__(
        self,
        actor: Actor,
        wards: WardService,
        accounts: AccountService,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.ui = Ui_WardsAccountsPage()
        self.ui.setupUi(self)
        self._actor = actor
        self._wards = wards
        self._accounts = accounts
        self.task: BackgroundTask | None = None
        self._users: list[UserInfo] = []
        self.ui.importButton.clicked.connect(self.choose_wards_file)
        self.ui.newAccountButton.clicked.connect(self.new_account)
        self.ui.resetPasswordButton.clicked.connect(self.reset_password)

    def title(self) -> str:
        return self.tr("Wards and accounts")

    def refresh(self) -> None:
        _fill(
            self.ui.wardsTable,
            [
                self.tr("Ward code"),
                self.tr("Ward"),
                self.tr("Head nurse"),
                self.tr("Beds"),
                self.tr("Group"),
            ],
            [
                [
                    w.code,
                    w.name,
                    w.head_nurse_name,
                    "" if w.beds is None else str(w.beds),
                    w.group_name,
                ]
                for w in self._wards.list_wards(self._actor)
            ],
        )
        self._users = self._accounts.list_users(self._actor)
        _fill(
            self.ui.accountsTable,
            [self.tr("User name"), self.tr("Name"), self.tr("Role"), self.tr("Ward")],
            [
                [
                    u.username,
                    u.display_name,
                    QCoreApplication.translate("Role", u.role.display_name),
                    u.ward_name or "",
                ]
                for u in self._users
            ],
        )

    def choose_wards_file(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self, self.tr("Import wards"), "", self.tr("Excel workbooks (*.xlsx)")
        )
        if path:
            self.import_wards(Path(path))

    def import_wards(self, path: Path) -> None:
        """Reads and imports in the background; Cancel while reading leaves the wards unchanged."""

        def job(progress: Progress) -> WardImportResult:
            rows = read_wards_workbook(path, progress)
            return self._wards.import_wards(self._actor, rows)

        self.task = BackgroundTask(
            self, self.tr("Importing wards from {file}…").format(file=path.name), job
        )
        self.task.succeeded.connect(self._imported)
        self.task.done.connect(self.refresh)
        self.task.start()

    def _imported(self, result: WardImportResult) -> None:
        QMessageBox.information(
            self,
            self.tr("Wards imported"),
            self.tr("{added} wards added, {updated} updated.").format(
                added=result.added, updated=result.updated
            ),
        )

    def new_account(self) -> None:
        dialog = AccountDialog(
            self._actor, self._accounts, self._wards.list_wards(self._actor), self
        )
        if dialog.exec():
            self.refresh()

    def reset_password(self) -> None:
        row = self.ui.accountsTable.currentRow()
        if not 0 <= row < len(self._users):
            return
        user = self._users[row]
        password, ok = QInputDialog.getText(
            self,
            self.tr("Reset password"),
            self.tr("New password for {name} ({username}):").format(
                name=user.display_name, username=user.username
            ),
            QLineEdit.EchoMode.Password,
        )
        if not ok:
            return
        try:
            self._accounts.reset_password(self._actor, user.username, password)
        except NursingQCError as error:
            show_error(self, error)
            return
        QMessageBox.information(
            self, self.tr("Reset password"), self.tr("The password was changed.")
        )
