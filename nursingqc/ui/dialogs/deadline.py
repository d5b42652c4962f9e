"""新期限: a reason and a new deadline, for a failed re-check (复查未通过) or a delay (延期)."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QWidget

from nursingqc.domain import texts
from nursingqc.ui.forms.ui_deadline_dialog import Ui_DeadlineDialog
from nursingqc.ui.widgets.discard_guard import GuardedDialog
from nursingqc.ui.widgets.text_limit import show_limit


def as_date(qdate: QDate) -> date:
    return date(qdate.year(), qdate.month(), qdate.day())


def as_qdate(day: date) -> QDate:
    return QDate(day.year, day.month, day.day)


class DeadlineDialog(GuardedDialog):
    """OK stays disabled until a reason is typed; the date cannot go below ``earliest``."""

    def __init__(
        self,
        title: str,
        prompt: str,
        earliest: date,
        proposed: date,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.ui = Ui_DeadlineDialog()
        self.ui.setupUi(self)
        show_limit(self.ui.reasonEdit, texts.REASON)
        self.setWindowTitle(title)
        self.ui.promptLabel.setText(prompt)
        self.ui.deadlineEdit.setMinimumDate(as_qdate(earliest))
        self.ui.deadlineEdit.setDate(as_qdate(max(proposed, earliest)))
        ok = self.ui.buttonBox.button(QDialogButtonBox.StandardButton.Ok)
        ok.setEnabled(False)
        self.ui.reasonEdit.textChanged.connect(lambda: ok.setEnabled(bool(self.reason())))
        self.ui.buttonBox.accepted.connect(self.accept)
        self.ui.buttonBox.rejected.connect(self.reject)
        self.ui.reasonEdit.setFocus()

    def reason(self) -> str:
        return self.ui.reasonEdit.toPlainText().strip()

    def deadline(self) -> date:
        return as_date(self.ui.deadlineEdit.date())

    @classmethod
    def ask(
        cls, parent: QWidget, title: str, prompt: str, earliest: date, proposed: date
    ) -> tuple[str, date] | None:
        dialog = cls(title, prompt, earliest, proposed, parent)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return None
        return dialog.reason(), dialog.deadline()
