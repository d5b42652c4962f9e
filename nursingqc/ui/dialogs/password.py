"""修改密码: a user sets her own password — from the settings menu (with the current one), or
at log-in when hers is a first or reset password (the one she just typed stands for it)."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from nursingqc.domain.accounts import Actor
from nursingqc.domain.errors import NursingQCError
from nursingqc.i18n import error_text
from nursingqc.services.accounts import AccountService
from nursingqc.ui.forms.ui_password_dialog import Ui_PasswordDialog
from nursingqc.ui.widgets.discard_guard import GuardedDialog


class PasswordDialog(GuardedDialog):
    def __init__(
        self,
        accounts: AccountService,
        actor: Actor,
        parent: QWidget | None = None,
        *,
        first_password: str | None = None,
    ) -> None:
        """``first_password``: the password she logged in with, which must be replaced now;
        None asks for the current password (the settings menu)."""
        super().__init__(parent)
        self.ui = Ui_PasswordDialog()
        self.ui.setupUi(self)
        self._accounts = accounts
        self._actor = actor
        self._first_password = first_password
        if first_password is None:
            self.ui.firstLogInLabel.hide()
            self.ui.currentEdit.setFocus()
        else:
            self.setWindowTitle(self.tr("Set your own password"))
            for widget in (self.ui.currentCaption, self.ui.currentEdit):
                widget.hide()
            self.ui.newEdit.setFocus()
        self.ui.buttonBox.accepted.connect(self.accept)
        self.ui.buttonBox.rejected.connect(self.reject)

    def accept(self) -> None:
        new = self.ui.newEdit.text()
        if new != self.ui.repeatEdit.text():
            self._refuse(self.tr("The two new passwords are not the same."))
            return
        current = (
            self.ui.currentEdit.text() if self._first_password is None else self._first_password
        )
        try:
            self._accounts.change_password(self._actor, current, new)
        except NursingQCError as error:
            self._refuse(error_text(error))
            return
        super().accept()

    def _refuse(self, text: str) -> None:
        self.ui.errorLabel.setText(text)
        self.ui.newEdit.clear()
        self.ui.repeatEdit.clear()
        self.ui.newEdit.setFocus()
