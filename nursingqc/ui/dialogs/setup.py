"""首次使用: the first-start dialog that names the hospital and creates its admin account."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtWidgets import QWidget

from nursingqc.domain.accounts import Actor
from nursingqc.domain.errors import NursingQCError
from nursingqc.i18n import error_text
from nursingqc.ui.forms.ui_setup_dialog import Ui_SetupDialog
from nursingqc.ui.widgets.discard_guard import GuardedDialog

if TYPE_CHECKING:
    from nursingqc.services.accounts import AccountService


class SetupDialog(GuardedDialog):
    """首次使用: names the hospital and creates the nursing department's admin account."""

    def __init__(self, accounts: AccountService, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_SetupDialog()
        self.ui.setupUi(self)
        self._accounts = accounts
        self.actor: Actor | None = None
        self.ui.buttonBox.accepted.connect(self.accept)
        self.ui.buttonBox.rejected.connect(self.reject)

    def accept(self) -> None:
        if self.ui.passwordEdit.text() != self.ui.repeatEdit.text():
            self.ui.errorLabel.setText(self.tr("The two passwords are not the same."))
            return
        try:
            self.actor = self._accounts.first_run(
                self.ui.hospitalEdit.text(),
                self.ui.usernameEdit.text(),
                self.ui.displayNameEdit.text(),
                self.ui.passwordEdit.text(),
            )
        except NursingQCError as error:
            self.ui.errorLabel.setText(error_text(error))
            return
        super().accept()
