"""示范病房: the department confirms the rules' proposal, or ticks other wards with a reason.

Only wards evaluated on every checklist and without a failed veto item are offered (the service
refuses the others). The reason box asks for words only when the choice differs from the proposal;
the service writes the decision and the reason to the audit log.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox, QListWidgetItem, QMessageBox, QWidget

from nursingqc.domain import texts
from nursingqc.domain.accounts import Actor
from nursingqc.domain.errors import ConcurrentChange, NursingQCError
from nursingqc.domain.ranking import WardStatus
from nursingqc.reports.wording import score_text
from nursingqc.services.ranking import RankingService, RankingView
from nursingqc.ui.errors import keep_on_clipboard, show_error
from nursingqc.ui.forms.ui_model_ward_dialog import Ui_ModelWardDialog
from nursingqc.ui.widgets.discard_guard import GuardedDialog
from nursingqc.ui.widgets.text_limit import show_limit


class ModelWardDialog(GuardedDialog):
    """``confirmed`` holds the ranking as confirmed once OK succeeded."""

    def __init__(
        self, actor: Actor, ranking: RankingService, view: RankingView, parent: QWidget | None
    ) -> None:
        super().__init__(parent)
        self.ui = Ui_ModelWardDialog()
        self.ui.setupUi(self)
        show_limit(self.ui.reasonEdit, texts.REASON)
        self._actor = actor
        self._ranking = ranking
        self._view = view
        self.confirmed: RankingView | None = None
        #: Another admin confirmed while this dialog was open; the page reloads.
        self.outdated = False
        self._proposed = {ward.id for ward in view.proposed}
        chosen = {ward.id for ward in view.model_wards}
        self.ui.introLabel.setText(
            self.tr(
                "The rules propose the top {count} ranked wards with a total of at least "
                "{threshold}: {wards}. Tick the wards that become model wards."
            ).format(
                count=view.model_ward_count,
                threshold=f"{view.threshold:.2f}",
                wards=self._names(self._proposed) or self.tr("none"),
            )
        )
        for row in view.rows:
            if row.status is not WardStatus.COMPLETE:
                continue
            text = f"{row.rank}  {row.ward.code} {row.ward.name}  {score_text(row.total)}"
            if row.ward.id in self._proposed:
                text += self.tr("  (proposed)")
            item = QListWidgetItem(text, self.ui.wardList)
            item.setData(Qt.ItemDataRole.UserRole, row.ward.id)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(
                Qt.CheckState.Checked if row.ward.id in chosen else Qt.CheckState.Unchecked
            )
        self.ui.wardList.itemChanged.connect(self._update)
        self.ui.reasonEdit.textChanged.connect(self._update)
        self.ui.buttonBox.accepted.connect(self.accept)
        self.ui.buttonBox.rejected.connect(self.reject)
        self._update()

    def _names(self, ids: set[int]) -> str:
        return self.tr(", ").join(
            f"{row.ward.code} {row.ward.name}" for row in self._view.rows if row.ward.id in ids
        )

    def chosen(self) -> set[int]:
        wards = self.ui.wardList
        return {
            wards.item(i).data(Qt.ItemDataRole.UserRole)
            for i in range(wards.count())
            if wards.item(i).checkState() == Qt.CheckState.Checked
        }

    def reason(self) -> str:
        return self.ui.reasonEdit.toPlainText().strip()

    def _update(self) -> None:
        chosen = self.chosen()
        changed = chosen != self._proposed
        if changed:
            parts = []
            if chosen - self._proposed:
                parts.append(
                    self.tr("added {wards}").format(wards=self._names(chosen - self._proposed))
                )
            if self._proposed - chosen:
                parts.append(
                    self.tr("removed {wards}").format(wards=self._names(self._proposed - chosen))
                )
            self.ui.changeLabel.setText(
                self.tr("Differs from the proposal: {changes}. Write the reason below.").format(
                    changes=self.tr("; ").join(parts)
                )
            )
        else:
            self.ui.changeLabel.setText(
                self.tr("The same as the rules' proposal; a reason is not needed.")
            )
        self.ui.reasonCaption.setEnabled(changed)
        self.ui.reasonEdit.setEnabled(changed)
        ok = self.ui.buttonBox.button(QDialogButtonBox.StandardButton.Ok)
        ok.setEnabled(not changed or bool(self.reason()))

    def accept(self) -> None:
        chosen = self.chosen()
        reason = self.reason() if chosen != self._proposed else ""
        seen = self._view.confirmation.decided_at if self._view.confirmation else None
        try:
            self.confirmed = self._ranking.confirm_model_wards(
                self._actor, self._view.campaign_id, sorted(chosen), reason, seen=seen
            )
        except ConcurrentChange as error:
            # Another admin confirmed meanwhile: close, so the page shows their choice first;
            # a reason typed here waits on the clipboard, to be pasted if still needed.
            show_error(self, error)
            if reason:
                keep_on_clipboard([(self.ui.reasonCaption, reason)])
                QMessageBox.information(
                    self,
                    self.windowTitle(),
                    self.tr("The reason you typed is on the clipboard."),
                )
            self.outdated = True
            self.discard()
            return
        except NursingQCError as error:
            show_error(self, error)
            return
        super().accept()
