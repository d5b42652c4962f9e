"""病区与账号: the department loads its wards from Excel and manages who can log in."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QPalette
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

from nursingqc.domain.accounts import Actor, Permission
from nursingqc.domain.errors import QT_TRANSLATE_NOOP, NursingQCError
from nursingqc.services.accounts import AccountService, UserInfo
from nursingqc.services.passwords import first_password
from nursingqc.services.ward_import import (
    AccountProposal,
    WardImportResult,
    WardImportService,
    WardRow,
)
from nursingqc.services.wards import WardDetails, WardService
from nursingqc.ui.dialogs.account import AccountDialog
from nursingqc.ui.dialogs.head_nurse_accounts import HeadNurseAccountsDialog
from nursingqc.ui.dialogs.login import lock_end
from nursingqc.ui.dialogs.ward import WardDialog
from nursingqc.ui.errors import show_error
from nursingqc.ui.forms.ui_wards_accounts_page import Ui_WardsAccountsPage
from nursingqc.ui.pages.page import Page, PageContext
from nursingqc.ui.workers import BackgroundTask, Progress, ask_workbook_path


def _fill(
    table: QTableWidget, headers: list[str], rows: list[list[str]], dimmed: set[int] | None = None
) -> None:
    """Fills a read-only table; ``dimmed`` rows (deactivated wards) are shown in grey."""
    table.setColumnCount(len(headers))
    table.setHorizontalHeaderLabels(headers)
    table.setRowCount(len(rows))
    grey = table.palette().color(QPalette.ColorGroup.Disabled, QPalette.ColorRole.Text)
    for row, values in enumerate(rows):
        for column, value in enumerate(values):
            item = QTableWidgetItem(value)
            if dimmed and row in dimmed:
                item.setForeground(grey)
            table.setItem(row, column, item)
    # Each column as wide as its texts and two characters more, so that they stand apart, the
    # last one taking the room left: equal Stretch columns cut a long role ("Nursing department
    # (admin)") while the status had room to spare.
    header = table.horizontalHeader()
    header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
    header.setStretchLastSection(True)
    table.resizeColumnsToContents()
    gap = 2 * table.fontMetrics().horizontalAdvance("病")
    for column in range(len(headers) - 1):
        table.setColumnWidth(column, table.columnWidth(column) + gap)
    table.verticalHeader().setVisible(False)


class WardsAccountsPage(Page):
    key = "wards_accounts"
    title_text = QT_TRANSLATE_NOOP("WardsAccountsPage", "Wards and accounts")
    permission = Permission.ADMINISTER

    def __init__(
        self,
        actor: Actor,
        wards: WardService,
        ward_import: WardImportService,
        accounts: AccountService,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.ui = Ui_WardsAccountsPage()
        self.ui.setupUi(self)
        self._actor = actor
        self._wards = wards
        self._ward_import = ward_import
        self._accounts = accounts
        self.task: BackgroundTask | None = None
        self._users: list[UserInfo] = []
        self._ward_rows: list[WardDetails] = []
        self.ui.addWardButton.clicked.connect(self.add_ward)
        self.ui.importButton.clicked.connect(self.choose_wards_file)
        self.ui.templateButton.clicked.connect(self.save_template)
        self.ui.editWardButton.clicked.connect(self.edit_ward)
        self.ui.wardsTable.doubleClicked.connect(self.edit_ward)
        self.ui.activeWardButton.clicked.connect(self.toggle_ward_active)
        self.ui.deleteWardButton.clicked.connect(self.delete_ward)
        self.ui.wardsTable.itemSelectionChanged.connect(self._update_ward_buttons)
        self.ui.newAccountButton.clicked.connect(self.new_account)
        self.ui.editAccountButton.clicked.connect(self.edit_account)
        self.ui.accountsTable.doubleClicked.connect(self.edit_account)
        self.ui.activeAccountButton.clicked.connect(self.toggle_account_active)
        self.ui.resetPasswordButton.clicked.connect(self.reset_password)
        self.ui.unlockButton.clicked.connect(self.unlock_account)
        self.ui.accountsTable.itemSelectionChanged.connect(self._update_account_buttons)

    @classmethod
    def from_context(cls, context: PageContext) -> WardsAccountsPage:
        services = context.services
        return cls(context.actor, services.wards, services.ward_import, services.accounts)

    def refresh(self) -> None:
        self._ward_rows = self._wards.manage_wards(self._actor)
        _fill(
            self.ui.wardsTable,
            [
                self.tr("Ward code"),
                self.tr("Ward"),
                self.tr("Head nurse"),
                self.tr("Beds"),
                self.tr("Group"),
                self.tr("Status"),
            ],
            [
                [
                    w.code,
                    w.name,
                    w.head_nurse_name,
                    "" if w.beds is None else str(w.beds),
                    w.group_name,
                    self.tr("In use") if w.active else self.tr("Deactivated"),
                ]
                for w in self._ward_rows
            ],
            {row for row, w in enumerate(self._ward_rows) if not w.active},
        )
        self._users = self._accounts.list_users(self._actor)
        _fill(
            self.ui.accountsTable,
            [
                self.tr("User name"),
                self.tr("Name"),
                self.tr("Role"),
                self.tr("Ward"),
                self.tr("Status"),
            ],
            [
                [
                    u.username,
                    u.display_name,
                    QCoreApplication.translate("Role", u.role.display_name),
                    u.ward_name or "",
                    self._account_status(u),
                ]
                for u in self._users
            ],
            {row for row, u in enumerate(self._users) if not u.active},
        )
        self._update_ward_buttons()
        self._update_account_buttons()

    def _account_status(self, user: UserInfo) -> str:
        if user.locked_until is not None:
            return self.tr("Locked until {time}").format(time=lock_end(user.locked_until))
        if not user.active:
            return self.tr("Deactivated")
        return (
            self.tr("First password, to change") if user.must_change_password else self.tr("In use")
        )

    def selected_ward(self) -> WardDetails | None:
        row = self.ui.wardsTable.currentRow()
        selected = self.ui.wardsTable.selectionModel().hasSelection()
        return self._ward_rows[row] if selected and 0 <= row < len(self._ward_rows) else None

    def selected_user(self) -> UserInfo | None:
        row = self.ui.accountsTable.currentRow()
        selected = self.ui.accountsTable.selectionModel().hasSelection()
        return self._users[row] if selected and 0 <= row < len(self._users) else None

    def _update_ward_buttons(self) -> None:
        ward = self.selected_ward()
        for button in (
            self.ui.editWardButton,
            self.ui.activeWardButton,
            self.ui.deleteWardButton,
        ):
            button.setEnabled(ward is not None)
        reactivate = ward is not None and not ward.active
        self.ui.activeWardButton.setText(
            self.tr("Re&activate ward") if reactivate else self.tr("&Deactivate ward")
        )

    def _update_account_buttons(self) -> None:
        user = self.selected_user()
        for button in (
            self.ui.editAccountButton,
            self.ui.activeAccountButton,
            self.ui.resetPasswordButton,
        ):
            button.setEnabled(user is not None)
        enable = user is not None and not user.active
        self.ui.activeAccountButton.setText(
            self.tr("Ena&ble account") if enable else self.tr("Disa&ble account")
        )
        self.ui.unlockButton.setEnabled(user is not None and user.locked_until is not None)

    def choose_wards_file(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self, self.tr("Import wards"), "", self.tr("Excel workbooks (*.xlsx)")
        )
        if path:
            self.import_wards(Path(path))

    def import_wards(self, path: Path) -> None:
        """Reads and imports in the background; Cancel while reading leaves the wards unchanged.

        With 同时建护士长账号 ticked the file is read first and the head nurses' accounts are
        shown, their user names to change, before anything is imported."""
        from nursingqc.reports.excel.wards_file import read_wards_workbook

        label = self.tr("Importing wards from {file}…").format(file=path.name)
        if self.ui.accountsCheck.isChecked():

            def preview(progress: Progress) -> tuple[list[WardRow], list[AccountProposal]]:
                rows = read_wards_workbook(path, progress)
                return rows, self._ward_import.propose_accounts(self._actor, rows)

            self.task = BackgroundTask(self, label, preview)
            self.task.succeeded.connect(self._ask_accounts)
            self.task.start()
            return

        def job(progress: Progress) -> WardImportResult:
            rows = read_wards_workbook(path, progress)
            return self._ward_import.import_wards(self._actor, rows)

        self.task = BackgroundTask(self, label, job)
        self.task.succeeded.connect(self._imported)
        self.task.done.connect(self.refresh)
        self.task.start()

    def _ask_accounts(self, read: tuple[list[WardRow], list[AccountProposal]]) -> None:
        rows, proposals = read
        if not any(p.existing is None for p in proposals):
            QMessageBox.information(
                self,
                self.tr("Head nurses' accounts"),
                self.tr(
                    "Every ward with a head nurse in the file has an account already, or the "
                    "file names no head nurse (column 护士长), so no account is made."
                ),
            )
            accounts: dict[str, str] = {}
        else:
            dialog = HeadNurseAccountsDialog(self, proposals=proposals)
            if not dialog.exec():
                return
            accounts = dialog.chosen_usernames()
        self.task = BackgroundTask(
            self,
            self.tr("Importing wards and making accounts…"),
            lambda _progress: self._ward_import.import_wards(self._actor, rows, accounts),
        )
        self.task.succeeded.connect(self._imported)
        self.task.done.connect(self.refresh)
        self.task.start()

    def _imported(self, result: WardImportResult) -> None:
        text = self.tr("{added} wards added, {updated} updated.").format(
            added=result.added, updated=result.updated
        )
        if result.kept_inactive:
            text += "\n" + self.tr(
                "Deactivated wards stay deactivated: {codes}. Select one and press Activate if "
                "it is in use again."
            ).format(codes=" ".join(result.kept_inactive))
        QMessageBox.information(self, self.tr("Wards imported"), text)
        if result.accounts:
            HeadNurseAccountsDialog(
                self, made=result.accounts, hospital=self._accounts.hospital_name()
            ).exec()

    def add_ward(self) -> None:
        """添加病区: one ward typed in, without a workbook."""
        groups = [w.group_name for w in self._ward_rows]
        dialog = WardDialog(self._actor, self._wards, None, groups, self)
        if dialog.exec() and dialog.saved is not None:
            self.refresh()
            self._select_ward(dialog.saved.id)

    def save_template(self) -> None:
        """病区.xlsx to fill in: the wards as they are now, so an import adds and updates."""
        path = ask_workbook_path(self, self.tr("Save the wards template"), "病区.xlsx")
        if path is not None:
            self.write_template(path)

    def write_template(self, path: Path) -> None:
        from nursingqc.reports.excel.wards_file import write_wards_template

        try:
            write_wards_template(path, self._wards.list_wards(self._actor))
        except NursingQCError as error:
            show_error(self, error)
            return
        QMessageBox.information(
            self,
            self.tr("Wards template"),
            self.tr(
                "The template is saved as {path}. Fill in one row per ward, save it, and import "
                "it with the button Import wards from Excel."
            ).format(path=path),
        )

    def edit_ward(self) -> None:
        ward = self.selected_ward()
        if ward is None:
            return
        groups = [w.group_name for w in self._ward_rows]
        dialog = WardDialog(self._actor, self._wards, ward, groups, self)
        if dialog.exec():
            self.refresh()
            self._select_ward(ward.id)

    def toggle_ward_active(self) -> None:
        ward = self.selected_ward()
        if ward is None:
            return
        try:
            self._wards.set_ward_active(self._actor, ward.id, not ward.active)
        except NursingQCError as error:
            show_error(self, error)
        self.refresh()
        self._select_ward(ward.id)

    def _select_ward(self, ward_id: int) -> None:
        # The ward just changed stays selected: the next click (e.g. reactivate) is on it.
        for row, ward in enumerate(self._ward_rows):
            if ward.id == ward_id:
                self.ui.wardsTable.selectRow(row)

    def delete_ward(self) -> None:
        ward = self.selected_ward()
        if ward is None:
            return
        answer = QMessageBox.question(
            self,
            self.tr("Delete ward"),
            self.tr(
                "Delete ward {code} {name}? This is only possible while it has no score sheets "
                "and no accounts; the audit log keeps a record of it."
            ).format(code=ward.code, name=ward.name),
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        try:
            self._wards.delete_ward(self._actor, ward.id)
        except NursingQCError as error:
            show_error(self, error)
        self.refresh()

    def new_account(self) -> None:
        dialog = AccountDialog(
            self._actor, self._accounts, self._wards.list_wards(self._actor), self
        )
        if dialog.exec():
            self.refresh()

    def edit_account(self) -> None:
        user = self.selected_user()
        if user is None:
            return
        wards = self._wards.list_wards(self._actor)
        dialog = AccountDialog(self._actor, self._accounts, wards, self, user)
        if dialog.exec():
            self.refresh()
            self._select_user(user.id)

    def toggle_account_active(self) -> None:
        """停用 / 启用: a disabled account cannot log in; what it did stays in the records."""
        user = self.selected_user()
        if user is None:
            return
        try:
            self._accounts.set_user_active(self._actor, user.username, not user.active)
        except NursingQCError as error:
            show_error(self, error)
        self.refresh()
        self._select_user(user.id)

    def _select_user(self, user_id: int) -> None:
        for row, user in enumerate(self._users):
            if user.id == user_id:
                self.ui.accountsTable.selectRow(row)

    def reset_password(self) -> None:
        user = self.selected_user()
        if user is None:
            return
        password, ok = QInputDialog.getText(
            self,
            self.tr("Reset password"),
            self.tr(
                "New first password for {name} ({username}), proposed at random; tell it to "
                "her. She sets her own at her next log-in:"
            ).format(name=user.display_name, username=user.username),
            QLineEdit.EchoMode.Normal,
            first_password(),
        )
        if not ok:
            return
        try:
            self._accounts.reset_password(self._actor, user.username, password, user.password_stamp)
        except NursingQCError as error:
            show_error(self, error)
            self.refresh()
            return
        self.refresh()
        QMessageBox.information(
            self,
            self.tr("Reset password"),
            self.tr(
                "The password was changed. {name} logs in with it once and then sets her own."
            ).format(name=user.display_name),
        )

    def unlock_account(self) -> None:
        user = self.selected_user()
        if user is None:
            return
        try:
            self._accounts.unlock(self._actor, user.username)
        except NursingQCError as error:
            show_error(self, error)
        self.refresh()
