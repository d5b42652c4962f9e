"""登录: the log-in dialog.

The log-in dialog is the program's first window, shown before the database stack is imported:
the accounts come in when the database is open (``open_accounts``), and nothing here imports a
service before then. The first-start dialog is ``setup.py``'s: what it needs (the discard guard,
its form) is no part of the way to the log-in dialog's first paint.
"""

from __future__ import annotations

from datetime import datetime, timedelta
from typing import TYPE_CHECKING

from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QWidget

from nursingqc.domain.errors import Message, NursingQCError
from nursingqc.i18n import error_text, message_text, tr
from nursingqc.ui.forms.ui_login_dialog import Ui_LoginDialog

if TYPE_CHECKING:
    from nursingqc.domain.accounts import AccountLocked, Actor
    from nursingqc.services.accounts import AccountService

LAST_USERNAME_KEY = "login/last_username"


def lock_end(until: datetime) -> str:
    """The end of a lock in this PC's local time, rounded up to the minute: at 10:05 she may try."""
    local = until.astimezone()
    if local.second or local.microsecond:
        local = local.replace(second=0, microsecond=0) + timedelta(minutes=1)
    return f"{local:%H:%M}"


def locked_text(error: AccountLocked) -> str:
    return message_text(Message(error.template, {**error.params, "until": lock_end(error.until)}))


class LoginDialog(QDialog):
    """Asks for user name and password until they match; ``actor`` is who logged in.

    Made without ``accounts`` while the database opens, it takes the name and password already;
    Enter pressed before ``open_accounts`` logs in as soon as they are there."""

    def __init__(
        self,
        accounts: AccountService | None = None,
        parent: QWidget | None = None,
        *,
        after_log_out: bool = False,
    ) -> None:
        """``after_log_out``: someone just logged out on this PC; the next one may be anybody."""
        super().__init__(parent)
        self.ui = Ui_LoginDialog()
        self.ui.setupUi(self)
        # Made here, not in the form: uic's QDialogButtonBox(parent) makes PySide6 build Qt's
        # whole namespace (~20 ms) to choose among the constructors, before this, the program's
        # first window, paints; one made without arguments is added to the layout instead.
        self.buttonBox = QDialogButtonBox()
        self.buttonBox.setStandardButtons(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.ui.layout.addWidget(self.buttonBox)
        self._accounts: AccountService | None = None
        self._entered = False
        self.actor: Actor | None = None
        self.ui.hospitalLabel.setText(tr("Opening the database…"))
        # A ward PC is mostly used by the same head nurse: offer her name, ask only the password.
        # After 退出登录 the box starts empty with the cursor in 用户名: on a shared ward PC the
        # next person must not type her password into the previous user's account.
        last = self._last_username = str(QSettings().value(LAST_USERNAME_KEY, "") or "")
        if last and not after_log_out:
            self.ui.usernameEdit.setText(last)
            self.ui.passwordEdit.setFocus()
        else:
            self.ui.usernameEdit.setFocus()
        self.buttonBox.accepted.connect(self.accept)
        self.buttonBox.rejected.connect(self.reject)
        if accounts is not None:
            self.open_accounts(accounts)

    def open_accounts(self, accounts: AccountService) -> None:
        """The database is open: the hospital's name, and the log-in Enter already asked for."""
        self._accounts = accounts
        self.ui.hospitalLabel.setText(accounts.hospital_name())
        self._ok_button().setEnabled(True)
        if self._entered:
            self.accept()

    def _ok_button(self) -> QWidget:
        button = self.buttonBox.button(QDialogButtonBox.StandardButton.Ok)
        assert button is not None
        return button

    def accept(self) -> None:
        if self._accounts is None:
            # Pressed before the database is open: logged in then, and not pressed twice.
            self._entered = True
            self._ok_button().setEnabled(False)
            return
        self._entered = False
        try:
            self.actor = self._accounts.login(
                self.ui.usernameEdit.text(), self.ui.passwordEdit.text()
            )
        except NursingQCError as error:
            # Imported here: the accounts' rules (their enums ~4 ms) wait until Enter.
            from nursingqc.domain.accounts import AccountLocked

            text = locked_text(error) if isinstance(error, AccountLocked) else error_text(error)
            self.ui.errorLabel.setText(text)
            self.ui.passwordEdit.clear()
            self.ui.passwordEdit.setFocus()
            return
        if self._accounts.must_change_password(self.actor) and not self._own_password_set():
            self.actor = None
            self.ui.errorLabel.setText(
                tr("Set a password of your own to log in: the first one is only for this.")
            )
            self.ui.passwordEdit.clear()
            self.ui.passwordEdit.setFocus()
            return
        if self.actor.username != self._last_username:  # writing the file takes ~12 ms
            QSettings().setValue(LAST_USERNAME_KEY, self.actor.username)
        super().accept()

    def _own_password_set(self) -> bool:
        """A first or reset password is replaced before the main window opens."""
        from nursingqc.ui.dialogs.password import PasswordDialog

        assert self._accounts is not None and self.actor is not None
        dialog = PasswordDialog(
            self._accounts, self.actor, self, first_password=self.ui.passwordEdit.text()
        )
        return dialog.exec() == QDialog.DialogCode.Accepted
