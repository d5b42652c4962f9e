"""原因: asks why something locked is being reopened (the reason goes to the audit log), or
for a remark that may be left empty (a re-check's comment)."""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QWidget

from nursingqc.domain import texts
from nursingqc.ui.forms.ui_reason_dialog import Ui_ReasonDialog
from nursingqc.ui.widgets.discard_guard import GuardedDialog
from nursingqc.ui.widgets.text_limit import show_limit


class ReasonDialog(GuardedDialog):
    def __init__(
        self, title: str, prompt: str, parent: QWidget | None = None, *, optional: bool = False
    ) -> None:
        super().__init__(parent)
        self.ui = Ui_ReasonDialog()
        self.ui.setupUi(self)
        show_limit(self.ui.reasonEdit, texts.REASON)
        self.setWindowTitle(title)
        self.ui.promptLabel.setText(prompt)
        ok = self.ui.buttonBox.button(QDialogButtonBox.StandardButton.Ok)
        if not optional:
            ok.setEnabled(False)
            self.ui.reasonEdit.textChanged.connect(lambda: ok.setEnabled(bool(self.reason())))
        self.ui.buttonBox.accepted.connect(self.accept)
        self.ui.buttonBox.rejected.connect(self.reject)

    def reason(self) -> str:
        return self.ui.reasonEdit.toPlainText().strip()

    @classmethod
    def ask(cls, parent: QWidget, title: str, prompt: str, *, optional: bool = False) -> str | None:
        """The text typed (empty only when ``optional``), or None when the user cancelled."""
        dialog = cls(title, prompt, parent, optional=optional)
        return dialog.reason() if dialog.exec() == QDialog.DialogCode.Accepted else None
