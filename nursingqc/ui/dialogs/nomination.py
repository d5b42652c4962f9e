"""优秀护士推荐: a head nurse puts forward a nurse of her ward (name and reason); the department may
enter a nomination handed in on paper for any ward."""

from __future__ import annotations

from PySide6.QtWidgets import QDialogButtonBox, QWidget

from nursingqc.domain import texts
from nursingqc.domain.accounts import Actor
from nursingqc.domain.errors import NursingQCError
from nursingqc.services.nominations import NominationService, NomineeView
from nursingqc.ui.errors import show_error
from nursingqc.ui.forms.ui_nomination_dialog import Ui_NominationDialog
from nursingqc.ui.widgets.discard_guard import GuardedDialog
from nursingqc.ui.widgets.text_limit import show_limit


class NominationDialog(GuardedDialog):
    """``wards``: (id, "code name") to choose from; ``nominee``: the nomination once saved."""

    def __init__(
        self,
        actor: Actor,
        nominations: NominationService,
        campaign_id: int,
        wards: list[tuple[int, str]],
        parent: QWidget | None,
    ) -> None:
        super().__init__(parent)
        self.ui = Ui_NominationDialog()
        self.ui.setupUi(self)
        show_limit(self.ui.reasonEdit, texts.REASON)
        self._actor = actor
        self._nominations = nominations
        self._campaign_id = campaign_id
        self.nominee: NomineeView | None = None
        for ward_id, label in wards:
            self.ui.wardCombo.addItem(label, ward_id)
        self.ui.wardCombo.setEnabled(len(wards) > 1)
        ok = self.ui.buttonBox.button(QDialogButtonBox.StandardButton.Ok)

        def enable() -> None:
            ok.setEnabled(bool(self.ui.nameEdit.text().strip() and self.reason()))

        self.ui.nameEdit.textChanged.connect(enable)
        self.ui.reasonEdit.textChanged.connect(enable)
        enable()
        self.ui.buttonBox.accepted.connect(self.accept)
        self.ui.buttonBox.rejected.connect(self.reject)
        (self.ui.wardCombo if len(wards) > 1 else self.ui.nameEdit).setFocus()

    def reason(self) -> str:
        return self.ui.reasonEdit.toPlainText().strip()

    def accept(self) -> None:
        try:
            self.nominee = self._nominations.nominate(
                self._actor,
                self._campaign_id,
                self.ui.wardCombo.currentData(),
                self.ui.nameEdit.text(),
                self.reason(),
            )
        except NursingQCError as error:
            show_error(self, error)
            return
        super().accept()
