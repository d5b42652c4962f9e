"""护士长账号: before a wards import, the head nurses' accounts it will make, with the proposed
user names to change; after it, the accounts made with their first passwords — shown only in
this dialog, and printed on slips to hand out."""

from __future__ import annotations

import io
from collections.abc import Sequence

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialogButtonBox,
    QHeaderView,
    QMessageBox,
    QTableWidgetItem,
    QWidget,
)

from nursingqc.services.ward_import import AccountProposal, FirstPassword
from nursingqc.ui.forms.ui_head_nurse_accounts_dialog import Ui_HeadNurseAccountsDialog
from nursingqc.ui.widgets.discard_guard import GuardedDialog

#: The column of the user name, which the department may change before the import.
USERNAME_COLUMN = 3
WARD_COLUMN = 1


class HeadNurseAccountsDialog(GuardedDialog):
    """Made with ``proposals`` it asks before the import; with ``made`` it shows the result."""

    def __init__(
        self,
        parent: QWidget | None = None,
        *,
        proposals: Sequence[AccountProposal] = (),
        made: Sequence[FirstPassword] = (),
        hospital: str = "",
    ) -> None:
        super().__init__(parent)
        self.ui = Ui_HeadNurseAccountsDialog()
        self.ui.setupUi(self)
        self._proposals = list(proposals)
        self._made = list(made)
        self._hospital = hospital
        self._slips_shown = False
        self.ui.buttonBox.accepted.connect(self.accept)
        self.ui.buttonBox.rejected.connect(self.reject)
        self.ui.slipsButton.clicked.connect(self.show_slips)
        if self._made:
            self._show_made()
        else:
            self._show_proposals()
        table = self.ui.accountsTable
        table.verticalHeader().setVisible(False)
        header = table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        # The ward's name takes what is left: the others are short and shown whole.
        header.setSectionResizeMode(WARD_COLUMN, QHeaderView.ResizeMode.Stretch)

    def _fill(self, headers: list[str], rows: list[list[str]], editable: set[int]) -> None:
        table = self.ui.accountsTable
        table.setColumnCount(len(headers))
        table.setHorizontalHeaderLabels(headers)
        table.setRowCount(len(rows))
        for row, values in enumerate(rows):
            for column, value in enumerate(values):
                item = QTableWidgetItem(value)
                if not (column == USERNAME_COLUMN and row in editable):
                    item.setFlags(item.flags() & ~Qt.ItemFlag.ItemIsEditable)
                table.setItem(row, column, item)

    def _show_proposals(self) -> None:
        new = [p for p in self._proposals if p.existing is None]
        self.ui.introLabel.setText(
            self.tr(
                "The import makes an account for {count} head nurse(s) with a first password, "
                "to be changed at her first log-in. The user names are proposed from the ward "
                "codes; double-click one to change it. A ward that has an account already keeps "
                "it unchanged."
            ).format(count=len(new))
        )
        self._fill(
            [
                self.tr("Ward code"),
                self.tr("Ward"),
                self.tr("Head nurse"),
                self.tr("User name"),
                self.tr("What the import does"),
            ],
            [
                [
                    p.ward_code,
                    p.ward_name,
                    p.head_nurse_name,
                    p.existing or p.username,
                    self.tr("New account")
                    if p.existing is None
                    else self.tr("Has the account {username}: kept as it is").format(
                        username=p.existing
                    ),
                ]
                for p in self._proposals
            ],
            {row for row, p in enumerate(self._proposals) if p.existing is None},
        )
        self.ui.slipsButton.hide()
        ok = self.ui.buttonBox.button(QDialogButtonBox.StandardButton.Ok)
        ok.setText(self.tr("&Import"))
        ok.setEnabled(bool(new))

    def chosen_usernames(self) -> dict[str, str]:
        """Ward code → the user name to make (as proposed or changed), for wards without one."""
        chosen: dict[str, str] = {}
        for row, proposal in enumerate(self._proposals):
            item = self.ui.accountsTable.item(row, USERNAME_COLUMN)
            if proposal.existing is None and item is not None:
                chosen[proposal.ward_code] = item.text()
        return chosen

    def _show_made(self) -> None:
        self.setWindowTitle(self.tr("Accounts made: first passwords"))
        self.ui.introLabel.setText(
            self.tr(
                "{count} account(s) made. The first passwords are shown only now: print the "
                "slips and hand each head nurse hers. She sets her own password at her first "
                "log-in."
            ).format(count=len(self._made))
        )
        self._fill(
            [
                self.tr("Ward code"),
                self.tr("Ward"),
                self.tr("Head nurse"),
                self.tr("User name"),
                self.tr("First password"),
            ],
            [
                [a.ward_code, a.ward_name, a.display_name, a.username, a.password]
                for a in self._made
            ],
            set(),
        )
        self.ui.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Close)

    def show_slips(self) -> None:
        """The slips in the print preview: printed, or saved as a PDF from there."""
        from nursingqc.reports.pdf.password_slips import write_password_slips
        from nursingqc.ui.dialogs.document_preview import DocumentPreviewDialog

        buffer = io.BytesIO()
        write_password_slips(self._hospital, self._made, buffer)
        self._slips_shown = True
        preview = DocumentPreviewDialog(
            self.tr("Password slips"), "初始密码条.pdf", buffer.getvalue(), self
        )
        preview.exec()

    def reject(self) -> None:
        if self._made and not self._slips_shown and not self._confirm_close():
            return
        super().reject()

    def _confirm_close(self) -> bool:
        answer = QMessageBox.question(
            self,
            self.windowTitle(),
            self.tr(
                "The first passwords are not shown again. Close without printing the slips? "
                "(A forgotten one is replaced with Reset password.)"
            ),
        )
        return answer == QMessageBox.StandardButton.Yes
