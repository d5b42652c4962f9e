"""首次使用: the first-start dialog that names the hospital and creates its admin account, or
makes this PC a ward's PC from the setup package (安装包) the department made for it."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtWidgets import QDialog, QFileDialog, QWidget

from nursingqc.domain.accounts import Actor
from nursingqc.domain.errors import NursingQCError
from nursingqc.i18n import error_text
from nursingqc.ui.forms.ui_setup_dialog import Ui_SetupDialog
from nursingqc.ui.widgets.discard_guard import GuardedDialog

if TYPE_CHECKING:
    from nursingqc.services.accounts import AccountService
    from nursingqc.services.exchange import ExchangeService
    from nursingqc.ui.dialogs.exchange_preview import PackageImport


class SetupDialog(GuardedDialog):
    """首次使用: names the hospital and creates the nursing department's administrator account;
    or, given ``exchange``, imports a setup package instead (accepted with ``actor`` None and
    ``from_package`` True: the ward's head nurse then logs in with the account it brought)."""

    def __init__(
        self,
        accounts: AccountService,
        parent: QWidget | None = None,
        exchange: ExchangeService | None = None,
    ) -> None:
        super().__init__(parent)
        self.ui = Ui_SetupDialog()
        self.ui.setupUi(self)
        self._accounts = accounts
        self._exchange = exchange
        self.actor: Actor | None = None
        self.from_package = False
        self.importing: PackageImport | None = None
        self.ui.wardPcBox.setVisible(exchange is not None)
        self.ui.setupPackageButton.clicked.connect(self.choose_setup_package)
        self.ui.buttonBox.accepted.connect(self.accept)
        self.ui.buttonBox.rejected.connect(self.reject)

    def choose_setup_package(self) -> None:
        chosen, _ = QFileDialog.getOpenFileName(
            self, self.tr("Choose the setup package"), "", self.tr("Exchange packages (*.nqcpkg)")
        )
        if chosen:
            self.import_setup_package(Path(chosen))

    def import_setup_package(self, path: Path) -> None:
        """Previewed, then applied on 应用: nobody is logged in yet (the package brings the
        accounts), so the service takes no actor, and only on an empty database."""
        from nursingqc.ui.dialogs.exchange_preview import PackageImport

        assert self._exchange is not None
        self.importing = PackageImport(self, None, self._exchange, [path], path.parent)
        self.importing.applied.connect(self._set_up_from_package)
        self.importing.start()

    def _set_up_from_package(self) -> None:
        self.from_package = True
        # Not our accept(): that makes a new hospital of what was typed, not wanted now.
        QDialog.accept(self)

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
