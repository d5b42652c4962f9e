"""新建账号 / 编辑账号: the department creates an account, or changes its name, role and ward; a
head nurse's account is bound to her ward. The user name stays (she logs in with it), and a
password is changed with 重置密码, not here."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

from nursingqc.domain.accounts import Actor, Role
from nursingqc.domain.errors import NursingQCError
from nursingqc.i18n import error_text
from nursingqc.services.accounts import AccountService, UserInfo
from nursingqc.services.wards import WardInfo
from nursingqc.ui.forms.ui_account_dialog import Ui_AccountDialog
from nursingqc.ui.widgets.discard_guard import GuardedDialog


class AccountDialog(GuardedDialog):
    def __init__(
        self,
        actor: Actor,
        accounts: AccountService,
        wards: list[WardInfo],
        parent: QWidget | None = None,
        user: UserInfo | None = None,
    ) -> None:
        """``user``: the account to edit; None makes a new one."""
        super().__init__(parent)
        self.ui = Ui_AccountDialog()
        self.ui.setupUi(self)
        self._actor = actor
        self._accounts = accounts
        self.created: UserInfo | None = None
        self._user = user
        self._taken = {user.username.casefold() for user in accounts.list_users(actor)}
        for role in (Role.HEAD_NURSE, Role.INSPECTOR, Role.ADMIN):
            self.ui.roleCombo.addItem(QCoreApplication.translate("Role", role.display_name), role)
        for ward in wards:
            self.ui.wardCombo.addItem(f"{ward.code} {ward.name}", ward.code)
        self.ui.roleCombo.currentIndexChanged.connect(self._on_role_changed)
        self.ui.wardCombo.currentIndexChanged.connect(self._suggest_username)
        self._on_role_changed()
        if user is not None:
            self._show_user(user)
        self.ui.buttonBox.accepted.connect(self.accept)
        self.ui.buttonBox.rejected.connect(self.reject)

    def _show_user(self, user: UserInfo) -> None:
        self.setWindowTitle(self.tr("Edit account"))
        self.ui.roleCombo.setCurrentIndex(self.ui.roleCombo.findData(user.role))
        if user.ward_code is not None:
            self.ui.wardCombo.setCurrentIndex(self.ui.wardCombo.findData(user.ward_code))
        self.ui.usernameEdit.setText(user.username)
        self.ui.usernameEdit.setReadOnly(True)
        self.ui.displayNameEdit.setText(user.display_name)
        for widget in (
            self.ui.passwordCaption,
            self.ui.passwordEdit,
            self.ui.repeatCaption,
            self.ui.repeatEdit,
            self.ui.passwordHint,
        ):
            widget.hide()
        self.ui.displayNameEdit.setFocus()

    def _role(self) -> Role:
        return Role(self.ui.roleCombo.currentData())

    def _on_role_changed(self) -> None:
        is_head_nurse = self._role() is Role.HEAD_NURSE
        self.ui.wardCombo.setEnabled(is_head_nurse)
        self.ui.wardCaption.setEnabled(is_head_nurse)
        self._suggest_username()

    def _suggest_username(self) -> None:
        """Head nurses log in with their ward's code, as in the demo: easy to tell a new nurse.

        A code already taken (the ward's second account) is not offered: the department types
        a name of its own instead of meeting "already taken" after filling in everything.
        """
        if self.ui.usernameEdit.isModified() or self.ui.usernameEdit.isReadOnly():
            return
        code = self.ui.wardCombo.currentData()
        suggestion = str(code).lower() if self._role() is Role.HEAD_NURSE and code else ""
        self.ui.usernameEdit.setText("" if suggestion.casefold() in self._taken else suggestion)

    def accept(self) -> None:
        if self._user is not None:
            self._save_edit(self._user)
            return
        if self.ui.passwordEdit.text() != self.ui.repeatEdit.text():
            self.ui.errorLabel.setText(self.tr("The two passwords are not the same."))
            return
        role = self._role()
        try:
            self.created = self._accounts.create_user(
                self._actor,
                self.ui.usernameEdit.text(),
                self.ui.displayNameEdit.text(),
                role,
                self.ui.passwordEdit.text(),
                self.ui.wardCombo.currentData() if role is Role.HEAD_NURSE else None,
            )
        except NursingQCError as error:
            self.ui.errorLabel.setText(error_text(error))
            return
        super().accept()

    def _save_edit(self, user: UserInfo) -> None:
        role = self._role()
        try:
            self.created = self._accounts.update_user(
                self._actor,
                user,
                self.ui.displayNameEdit.text(),
                role,
                self.ui.wardCombo.currentData() if role is Role.HEAD_NURSE else None,
            )
        except NursingQCError as error:
            self.ui.errorLabel.setText(error_text(error))
            return
        super().accept()
