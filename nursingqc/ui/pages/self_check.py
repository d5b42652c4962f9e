"""自查: the page on which a head nurse scores her ward, checklist by checklist.

Every accepted edit is saved as a draft within half a second, so a crash or a power cut loses at
most the keystrokes of that half second; submitting makes the sheet read-only.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QMessageBox, QWidget

from nursingqc.domain.accounts import Actor
from nursingqc.domain.errors import NursingQCError
from nursingqc.domain.scoring import round_half_up, sheet_score, submission_problems
from nursingqc.domain.workflow import PhaseState, SheetStatus
from nursingqc.i18n import message_text
from nursingqc.services.campaigns import CampaignService
from nursingqc.services.self_check import (
    SelfCheckService,
    Sheet,
    SheetKey,
    SheetSummary,
)
from nursingqc.services.wards import WardService
from nursingqc.ui.dialogs.reason import ReasonDialog
from nursingqc.ui.errors import show_error
from nursingqc.ui.forms.ui_self_check_page import Ui_SelfCheckPage
from nursingqc.ui.models.sheet_items import Column, SheetItemsModel
from nursingqc.ui.widgets.phase_timeline import state_name

AUTOSAVE_DELAY_MS = 400


class SelfCheckPage(QWidget):
    def __init__(
        self,
        actor: Actor,
        campaigns: CampaignService,
        wards: WardService,
        self_check: SelfCheckService,
        today: Callable[[], date] = date.today,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.ui = Ui_SelfCheckPage()
        self.ui.setupUi(self)
        self._actor = actor
        self._campaigns = campaigns
        self._wards = wards
        self._self_check = self_check
        self._today = today
        self._campaign_id: int | None = None
        self.sheet: Sheet | None = None
        self._unsaved = False

        self.model = SheetItemsModel(self)
        self.ui.itemsView.setModel(self.model)
        self.model.entriesChanged.connect(self._on_entries_changed)
        self.model.entryRefused.connect(self._on_entry_refused)
        self._autosave = QTimer(self)
        self._autosave.setSingleShot(True)
        self._autosave.setInterval(AUTOSAVE_DELAY_MS)
        self._autosave.timeout.connect(self.save_now)

        self.ui.wardCombo.currentIndexChanged.connect(self._on_ward_changed)
        self.ui.checklistCombo.currentIndexChanged.connect(self._on_checklist_changed)
        self.ui.submitButton.clicked.connect(self.submit)
        self.ui.reopenButton.clicked.connect(self.reopen)
        self.ui.reopenButton.setVisible(actor.is_admin)
        self.ui.wardCombo.setEnabled(actor.is_admin)

    def title(self) -> str:
        return self.tr("Self-check")

    # -- choosing a sheet ----------------------------------------------------------------------

    def refresh(self) -> None:
        """Reloads wards and checklists of the current campaign, keeping the chosen sheet."""
        self.save_now()
        campaign = self._campaigns.current_campaign(self._actor, self._today())
        self._campaign_id = campaign.id if campaign else None
        if campaign is None:
            self._show_nothing(self.tr("There is no campaign yet."))
            return
        chosen_ward = self.ui.wardCombo.currentData()
        in_campaign = set(self._campaigns.ward_ids(self._actor, campaign.id))
        self.ui.wardCombo.blockSignals(True)
        self.ui.wardCombo.clear()
        for ward in self._wards.list_wards(self._actor):
            if ward.id in in_campaign:
                self.ui.wardCombo.addItem(f"{ward.code} {ward.name}", ward.id)
        position = self.ui.wardCombo.findData(chosen_ward)
        self.ui.wardCombo.setCurrentIndex(max(position, 0))
        self.ui.wardCombo.blockSignals(False)
        if self.ui.wardCombo.count() == 0:
            self._show_nothing(
                self.tr("Your ward does not take part in {campaign}.").format(
                    campaign=campaign.name
                )
            )
            return
        self._on_ward_changed()

    def _show_nothing(self, reason: str) -> None:
        """No sheet to fill: say why, and leave nothing on screen that could be typed into."""
        self.sheet = None
        self.ui.wardCombo.clear()
        self.ui.checklistCombo.clear()
        self.model.clear()
        for label in (
            self.ui.scoreLabel,
            self.ui.progressLabel,
            self.ui.savedLabel,
            self.ui.statusLabel,
        ):
            label.clear()
        self.ui.submitButton.setEnabled(False)
        self.ui.reopenButton.setEnabled(False)
        self._show_banner(reason, "locked")

    def _on_ward_changed(self) -> None:
        self.save_now()
        ward_id = self.ui.wardCombo.currentData()
        if ward_id is None or self._campaign_id is None:
            return
        chosen = self.ui.checklistCombo.currentData()
        self.ui.checklistCombo.blockSignals(True)
        self.ui.checklistCombo.clear()
        for summary in self._self_check.sheets(self._actor, self._campaign_id, ward_id):
            self.ui.checklistCombo.addItem(self._sheet_caption(summary), summary.key.checklist_id)
        position = self.ui.checklistCombo.findData(chosen)
        self.ui.checklistCombo.setCurrentIndex(max(position, 0))
        self.ui.checklistCombo.blockSignals(False)
        self._on_checklist_changed()

    def _sheet_caption(self, summary: SheetSummary) -> str:
        if summary.status is SheetStatus.SUBMITTED and summary.score is not None:
            state = self.tr("submitted {score}").format(score=round_half_up(summary.score))
        elif summary.status is SheetStatus.DRAFT:
            state = self.tr("draft")
        else:
            state = self.tr("not started")
        return f"{summary.checklist_name}（{state}）"

    def _on_checklist_changed(self) -> None:
        self.save_now()
        checklist_id = self.ui.checklistCombo.currentData()
        ward_id = self.ui.wardCombo.currentData()
        if checklist_id is None or ward_id is None or self._campaign_id is None:
            return
        self.open_sheet(SheetKey(self._campaign_id, ward_id, checklist_id))

    def open_sheet(self, key: SheetKey) -> None:
        self.sheet = self._self_check.open_sheet(self._actor, key)
        self.model.load(self.sheet.definition, dict(self.sheet.entries), self.sheet.editable)
        self._unsaved = False
        self._update_status()
        self._update_score()
        saved = self.sheet.saved_at
        self.ui.savedLabel.setText(
            self.tr("Draft saved {time}").format(time=f"{saved:%m-%d %H:%M:%S}")
            if saved and self.sheet.status is SheetStatus.DRAFT
            else ""
        )
        view = self.ui.itemsView
        view.setCurrentIndex(view.first_item_index())
        view.setFocus()

    def _update_status(self) -> None:
        sheet = self.sheet
        if sheet is None:
            return
        phase = sheet.phase
        self.ui.submitButton.setEnabled(sheet.editable)
        self.ui.reopenButton.setEnabled(sheet.status is SheetStatus.SUBMITTED)
        if sheet.status is SheetStatus.SUBMITTED:
            when = f"{sheet.submitted_at:%Y-%m-%d %H:%M}" if sheet.submitted_at else ""
            self.ui.statusLabel.setText(self.tr("Submitted"))
            self._show_banner(
                self.tr(
                    "This sheet was submitted on {when} and is read-only. "
                    "Ask the nursing department to reopen it if it needs a correction."
                ).format(when=when),
                "locked",
            )
        elif phase.state is not PhaseState.OPEN:
            self.ui.statusLabel.setText(state_name(phase))
            self._show_banner(
                self.tr("The self-check phase is {state}; this sheet is read-only.").format(
                    state=state_name(phase)
                ),
                "locked",
            )
        elif sheet.outside_phase_dates:
            self.ui.statusLabel.setText(self.tr("Draft"))
            self._show_banner(
                self.tr(
                    "Today is outside the self-check week ({start} ~ {end}). "
                    "Entries are still accepted while the phase is open."
                ).format(start=f"{phase.starts_on:%Y-%m-%d}", end=f"{phase.ends_on:%Y-%m-%d}"),
                "warning",
            )
        else:
            self.ui.statusLabel.setText(self.tr("Draft") if sheet.status else self.tr("New"))
            self._show_banner("", "")

    def _show_banner(self, text: str, level: str) -> None:
        banner = self.ui.bannerLabel
        banner.setText(text)
        banner.setVisible(bool(text))
        banner.setProperty("level", level)
        banner.style().unpolish(banner)
        banner.style().polish(banner)

    # -- entering ------------------------------------------------------------------------------

    def _on_entries_changed(self) -> None:
        self._unsaved = True
        self.ui.savedLabel.setText(self.tr("Saving…"))
        self._autosave.start()
        self._update_score()

    def _on_entry_refused(self, reason: str) -> None:
        self.ui.savedLabel.setText(reason)

    def _update_score(self) -> None:
        if self.sheet is None:
            return
        entries = self.model.entries()
        score = sheet_score(self.sheet.definition, entries)
        self.ui.scoreLabel.setText(
            self.tr("Standardized score {score}").format(
                score=round_half_up(score) if score is not None else "—"
            )
        )
        scored = sum(1 for item in self.sheet.definition.items if item.code in entries)
        self.ui.progressLabel.setText(
            self.tr("{scored}/{total} items scored").format(
                scored=scored, total=len(self.sheet.definition.items)
            )
        )

    def save_now(self) -> None:
        """Writes the pending draft at once (the timer, a sheet change, or closing the window)."""
        self._autosave.stop()
        if not self._unsaved or self.sheet is None or not self.sheet.editable:
            return
        try:
            saved_at = self._self_check.save_draft(
                self._actor, self.sheet.key, self.model.entries()
            )
        except NursingQCError as error:
            self._unsaved = False
            show_error(self, error, self.tr("The draft was not saved"))
            self.open_sheet(self.sheet.key)
            return
        self._unsaved = False
        self.ui.savedLabel.setText(
            self.tr("Draft saved {time}").format(time=f"{saved_at:%m-%d %H:%M:%S}")
        )

    def submit(self) -> None:
        sheet = self.sheet
        if sheet is None or not sheet.editable:
            return
        entries = self.model.entries()
        problems = submission_problems(sheet.definition, entries)
        if problems:
            self.save_now()
            codes = {
                str(problem.params["item"]) for problem in problems if "item" in problem.params
            }
            self.model.set_attention(codes)
            lines = [message_text(problem) for problem in problems]
            QMessageBox.warning(
                self,
                self.tr("Not ready to submit"),
                self.tr("Please finish these items first (marked in red):")
                + "\n\n"
                + "\n".join(lines[:12])
                + ("\n…" if len(lines) > 12 else ""),
            )
            if codes:
                first = min(self.model.row_of(code) for code in codes)
                problem = problems[0]
                column = Column.DEDUCTION if "deduction" not in problem.params else Column.PROBLEM
                self.ui.itemsView.setCurrentIndex(self.model.index(first, column))
            self.ui.itemsView.setFocus()
            return
        score = sheet_score(sheet.definition, entries)
        answer = QMessageBox.question(
            self,
            self.tr("Submit the sheet"),
            self.tr(
                "Submit {checklist} for {ward} with a standardized score of {score}?\n"
                "After submitting, the sheet can no longer be changed."
            ).format(
                checklist=sheet.definition.name,
                ward=sheet.ward_name,
                score=round_half_up(score) if score is not None else "—",
            ),
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        self._autosave.stop()
        try:
            self._self_check.submit(self._actor, sheet.key, entries)
        except NursingQCError as error:
            show_error(self, error)
            return
        self._unsaved = False
        self._on_ward_changed()

    def reopen(self) -> None:
        if self.sheet is None:
            return
        reason = ReasonDialog.ask(
            self,
            self.tr("Reopen the sheet"),
            self.tr("Why is this submitted sheet reopened? The reason is kept in the audit log."),
        )
        if reason is None:
            return
        try:
            self._self_check.reopen(self._actor, self.sheet.key, reason)
        except NursingQCError as error:
            show_error(self, error)
            return
        self._on_ward_changed()
