"""添加病区 / 编辑病区: the department adds one ward, or corrects a ward's name, head nurse, beds
and group (not its code, which files and accounts refer to)."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from nursingqc.domain.accounts import Actor
from nursingqc.domain.errors import NursingQCError
from nursingqc.i18n import error_text
from nursingqc.services.wards import WardDetails, WardEdit, WardService
from nursingqc.ui.forms.ui_ward_dialog import Ui_WardDialog
from nursingqc.ui.widgets.discard_guard import GuardedDialog

#: The beds box's lowest value stands for "not given" (a ward may have 0 beds, e.g. a clinic).
NO_BEDS = -1


class WardDialog(GuardedDialog):
    def __init__(
        self,
        actor: Actor,
        wards: WardService,
        ward: WardDetails | None,
        groups: list[str],
        parent: QWidget | None = None,
    ) -> None:
        """``ward`` None: a new ward, whose code is typed too."""
        super().__init__(parent)
        self.ui = Ui_WardDialog()
        self.ui.setupUi(self)
        self._actor = actor
        self._wards = wards
        self._ward = ward
        self.saved: WardDetails | None = None
        self.ui.bedsSpin.setSpecialValueText(self.tr("not given"))
        # The groups in use are offered so that 内科片 is not typed a second way.
        self.ui.groupCombo.addItems(sorted(set(groups) - {""}))
        if ward is None:
            self.setWindowTitle(self.tr("Add ward"))
            self.ui.bedsSpin.setValue(NO_BEDS)
            self.ui.groupCombo.setCurrentText("")
            self.ui.codeEdit.setFocus()
        else:
            self.ui.codeEdit.setText(ward.code)
            self.ui.codeEdit.setReadOnly(True)
            self.ui.codeEdit.setToolTip(
                self.tr("The code stays: files and accounts refer to the ward by it.")
            )
            self.ui.nameEdit.setText(ward.name)
            self.ui.headNurseEdit.setText(ward.head_nurse_name)
            self.ui.bedsSpin.setValue(NO_BEDS if ward.beds is None else ward.beds)
            self.ui.groupCombo.setCurrentText(ward.group_name)
            self.ui.nameEdit.setFocus()
        self.ui.buttonBox.accepted.connect(self.accept)
        self.ui.buttonBox.rejected.connect(self.reject)

    def edit(self) -> WardEdit:
        beds = self.ui.bedsSpin.value()
        return WardEdit(
            name=self.ui.nameEdit.text(),
            head_nurse_name=self.ui.headNurseEdit.text(),
            beds=None if beds == NO_BEDS else beds,
            group_name=self.ui.groupCombo.currentText(),
        )

    def accept(self) -> None:
        try:
            if self._ward is None:
                code = self.ui.codeEdit.text()
                self.saved = self._wards.create_ward(self._actor, code, self.edit())
            else:
                self.saved = self._wards.update_ward(self._actor, self._ward, self.edit())
        except NursingQCError as error:
            self.ui.errorLabel.setText(error_text(error))
            return
        super().accept()
