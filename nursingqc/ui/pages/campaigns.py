"""活动管理: the department creates campaigns, opens or closes their phases, and prints a
campaign's documents: rectification notices (整改通知单) and blank checklists (空白检查表)."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, BinaryIO

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QHeaderView, QListWidgetItem, QMessageBox, QTableWidgetItem, QWidget

from nursingqc.domain.accounts import Actor, Permission
from nursingqc.domain.errors import QT_TRANSLATE_NOOP, NursingQCError
from nursingqc.domain.workflow import PhaseKind, PhaseState, is_published
from nursingqc.i18n import format_points, message_text
from nursingqc.services.campaigns import CampaignInfo, CampaignService
from nursingqc.services.checklists import ChecklistService
from nursingqc.services.notices import NoticeService
from nursingqc.services.wards import WardService
from nursingqc.ui.dialogs.campaign import CampaignDialog
from nursingqc.ui.dialogs.reason import ReasonDialog
from nursingqc.ui.errors import show_error
from nursingqc.ui.forms.ui_campaigns_page import Ui_CampaignsPage
from nursingqc.ui.pages.page import Page, PageContext
from nursingqc.ui.widgets.phase_timeline import phase_name, state_name
from nursingqc.ui.workers import Progress

if TYPE_CHECKING:
    from nursingqc.reports.pdf.layout import Written


class CampaignsPage(Page):
    key = "campaigns"
    title_text = QT_TRANSLATE_NOOP("CampaignsPage", "Campaigns")
    permission = Permission.ADMINISTER

    def __init__(
        self,
        actor: Actor,
        campaigns: CampaignService,
        checklists: ChecklistService,
        wards: WardService,
        notices: NoticeService,
        hospital: str = "",
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.ui = Ui_CampaignsPage()
        self.ui.setupUi(self)
        self._actor = actor
        self._campaigns = campaigns
        self._checklists = checklists
        self._wards = wards
        self._notices = notices
        self._hospital = hospital
        self._shown: list[CampaignInfo] = []
        #: The selected campaign's wards, code → name as documents print it: 心血管内科（NK01）.
        self._ward_labels: dict[str, str] = {}
        table = self.ui.phaseTable
        table.setColumnCount(3)
        table.setHorizontalHeaderLabels([self.tr("Phase"), self.tr("Dates"), self.tr("State")])
        table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        table.verticalHeader().setVisible(False)
        self.ui.campaignList.currentRowChanged.connect(self._show_selected)
        table.currentCellChanged.connect(lambda *_: self._update_buttons())
        self.ui.newButton.clicked.connect(self.new_campaign)
        self.ui.editButton.clicked.connect(self.edit_campaign)
        self.ui.deleteButton.clicked.connect(self.delete_campaign)
        self.ui.openPhaseButton.clicked.connect(self.open_phase)
        self.ui.closePhaseButton.clicked.connect(self.close_phase)
        self.ui.noticesButton.clicked.connect(self.print_notices)
        self.ui.blankChecklistsButton.clicked.connect(self.print_blank_checklists)
        self.ui.documentWardCombo.setToolTip(
            self.tr(
                "All wards: a notice for every ward with rectification items still to do, and "
                "blank checklists for every ward of the campaign."
            )
        )

    @classmethod
    def from_context(cls, context: PageContext) -> CampaignsPage:
        services = context.services
        return cls(
            context.actor,
            services.campaigns,
            services.checklists,
            services.wards,
            services.notices,
            context.hospital,
        )

    def refresh(self, select_id: int | None = None) -> None:
        current = self.selected()
        keep = select_id or (current.id if current else None)
        self._shown = self._campaigns.list_campaigns(self._actor)
        self.ui.campaignList.blockSignals(True)
        self.ui.campaignList.clear()
        for campaign in self._shown:
            self.ui.campaignList.addItem(QListWidgetItem(campaign.name))
        ids = [campaign.id for campaign in self._shown]
        self.ui.campaignList.setCurrentRow(ids.index(keep) if keep in ids else 0)
        self.ui.campaignList.blockSignals(False)
        self._show_selected()

    def selected(self) -> CampaignInfo | None:
        row = self.ui.campaignList.currentRow()
        return self._shown[row] if 0 <= row < len(self._shown) else None

    def _show_selected(self) -> None:
        campaign = self.selected()
        table = self.ui.phaseTable
        phase_row = max(table.currentRow(), 0)
        table.setRowCount(0)
        if campaign is None:
            self.ui.titleLabel.setText(self.tr("No campaign yet: create one with New campaign."))
            self.ui.settingsLabel.clear()
            self._fill_document_choices(None)
            self._update_buttons()
            return
        self.ui.titleLabel.setText(campaign.name)
        weights = self.tr(", ").join(
            self.tr("{name} version {version}×{weight}").format(
                name=c.name, version=c.version, weight=format_points(c.weight)
            )
            for c in campaign.checklists
        )
        self.ui.settingsLabel.setText(
            self.tr(
                "{wards} wards · checklists: {weights} · model wards: top {count} "
                "with at least {threshold} · rectification deadline {days} days"
            ).format(
                wards=campaign.ward_count,
                weights=weights,
                count=campaign.model_ward_count,
                threshold=format_points(campaign.model_ward_threshold),
                days=campaign.rectification_days,
            )
        )
        table.setRowCount(len(campaign.phases))
        for row, phase in enumerate(campaign.phases):
            for column, text in enumerate(
                (
                    phase_name(phase),
                    f"{phase.starts_on:%Y-%m-%d} ~ {phase.ends_on:%Y-%m-%d}",
                    state_name(phase),
                )
            ):
                cell = QTableWidgetItem(text)
                cell.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable)
                table.setItem(row, column, cell)
        table.setCurrentCell(phase_row, 0)
        self._fill_document_choices(campaign)
        self._update_buttons()

    def _selected_phase_state(self) -> PhaseState | None:
        campaign = self.selected()
        row = self.ui.phaseTable.currentRow()
        if campaign is None or not 0 <= row < len(campaign.phases):
            return None
        return campaign.phases[row].state

    def _update_buttons(self) -> None:
        self.ui.deleteButton.setEnabled(self.selected() is not None)
        selected = self.selected()
        self.ui.editButton.setEnabled(
            selected is not None and not is_published(selected.phase(PhaseKind.SUMMARY).state)
        )
        state = self._selected_phase_state()
        self.ui.openPhaseButton.setEnabled(state in (PhaseState.NOT_STARTED, PhaseState.CLOSED))
        self.ui.openPhaseButton.setText(
            self.tr("Re&open phase…") if state is PhaseState.CLOSED else self.tr("&Open phase")
        )
        self.ui.closePhaseButton.setEnabled(state is PhaseState.OPEN)
        self.ui.documentsBox.setEnabled(self.selected() is not None)

    def new_campaign(self) -> None:
        if not self._wards.list_wards(self._actor):
            answer = QMessageBox.question(
                self,
                self.tr("No wards yet"),
                self.tr(
                    "A campaign needs wards, and there are none yet. First import or add the "
                    "wards under Wards and accounts.\n\nGo to Wards and accounts now?"
                ),
            )
            if answer == QMessageBox.StandardButton.Yes:
                # The hospital has no wards yet: the department adds them on 病区与账号.
                self.openRequested.emit("wards_accounts", None)
            return
        dialog = CampaignDialog(self._actor, self._campaigns, self._checklists, self._wards, self)
        if dialog.exec() and dialog.created is not None:
            self.refresh(dialog.created.id)

    def edit_campaign(self) -> None:
        """编辑活动: what its phases still allow (the dialog says what is fixed)."""
        campaign = self.selected()
        if campaign is None:
            return
        dialog = CampaignDialog(
            self._actor, self._campaigns, self._checklists, self._wards, self, editing=campaign
        )
        if dialog.exec() and dialog.created is not None:
            self.refresh(dialog.created.id)

    def delete_campaign(self) -> None:
        """Only a campaign nobody has entered anything into: it was created by mistake."""
        campaign = self.selected()
        if campaign is None:
            return
        try:
            self._campaigns.ensure_deletable(self._actor, campaign.id)
        except NursingQCError as error:
            show_error(self, error)
            return
        answer = QMessageBox.question(
            self,
            self.tr("Delete the campaign"),
            self.tr(
                "Delete campaign {name} ({starts} to {ends})? Its phases and settings are "
                "removed; the audit log keeps a record of it."
            ).format(
                name=campaign.name,
                starts=f"{campaign.phases[0].starts_on:%Y-%m-%d}",
                ends=f"{campaign.phases[-1].ends_on:%Y-%m-%d}",
            ),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No,
        )
        if answer == QMessageBox.StandardButton.Yes:
            self._change(lambda: self._campaigns.delete_campaign(self._actor, campaign.id))

    def open_phase(self) -> None:
        campaign, row = self.selected(), self.ui.phaseTable.currentRow()
        if campaign is None or row < 0:
            return
        phase = campaign.phases[row]
        warnings = "\n".join(
            f"• {message_text(warning)}"
            for warning in self._campaigns.opening_warnings(self._actor, campaign.id, phase.kind)
        )
        reason = ""
        if phase.state is PhaseState.NOT_STARTED:
            question = self.tr("Open {phase} of {campaign} ({starts} to {ends})?").format(
                phase=phase_name(phase),
                campaign=campaign.name,
                starts=f"{phase.starts_on:%Y-%m-%d}",
                ends=f"{phase.ends_on:%Y-%m-%d}",
            )
            if warnings:
                question += "\n\n" + self.tr("Please check first:") + "\n" + warnings
            answer = QMessageBox.question(
                self,
                self.tr("Open the phase"),
                question,
                QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
                # Out of order is most often a slip of the mouse: then No is the default.
                QMessageBox.StandardButton.No if warnings else QMessageBox.StandardButton.Yes,
            )
            if answer != QMessageBox.StandardButton.Yes:
                return
        if phase.state is PhaseState.CLOSED:
            question = self.tr(
                "Reopening {phase} unlocks its entries again. Why? "
                "The reason is kept in the audit log."
            ).format(phase=phase_name(phase))
            if phase.kind is PhaseKind.SUMMARY:
                question = self.tr(
                    "Reopening the summary takes back the publication of {campaign}: head nurses "
                    "no longer see the results, and the campaign can be changed again until the "
                    "summary is closed once more. Why? The reason is kept in the audit log."
                ).format(campaign=campaign.name)
            if warnings:
                question += "\n\n" + self.tr("Please check first:") + "\n" + warnings
            asked = ReasonDialog.ask(self, self.tr("Reopen a closed phase"), question)
            if asked is None:
                return
            reason = asked
        self._change(
            lambda: self._campaigns.open_phase(self._actor, campaign.id, phase.kind, reason),
            kept=reason,
        )

    def close_phase(self) -> None:
        campaign, row = self.selected(), self.ui.phaseTable.currentRow()
        if campaign is None or row < 0:
            return
        phase = campaign.phases[row]
        question = self.tr("Close {phase}? Its entries become read-only.").format(
            phase=phase_name(phase)
        )
        work = self._campaigns.open_work(self._actor, campaign.id, phase.kind)
        if work.unsubmitted:
            question += "\n\n" + self.tr(
                "{count} ward × checklist sheet(s) have nothing submitted yet ({drafts} draft(s) "
                "among them). After closing, those wards have no score for them."
            ).format(count=work.unsubmitted, drafts=work.drafts)
        if phase.kind is PhaseKind.SUMMARY:
            question = self.tr(
                "Close the summary and publish the results of {campaign}? Head nurses then see "
                "the ranking and their own ward's result, and the whole campaign is locked: no "
                "score, rectification item, award or summary text in it can change. Only an "
                "admin can reopen the summary, with a reason."
            ).format(campaign=campaign.name)
        if work.open_items or work.awaiting_recheck:
            # Published or out of the 整改 week, these stay as they are in the results.
            question += "\n\n" + self.tr(
                "{open} rectification item(s) are still to rectify and {awaiting} wait for the "
                "re-check; they are counted as not done in the rectification rates."
            ).format(open=work.open_items, awaiting=work.awaiting_recheck)
        answer = QMessageBox.question(self, self.tr("Close the phase"), question)
        if answer == QMessageBox.StandardButton.Yes:
            self._change(lambda: self._campaigns.close_phase(self._actor, campaign.id, phase.kind))

    def _change(self, action: Callable[[], object], kept: str = "") -> None:
        """``kept``: the reason typed for it, kept on the clipboard when the change fails."""
        try:
            action()
        except NursingQCError as error:
            show_error(self, error, kept=kept)
        self.refresh()

    # -- documents -----------------------------------------------------------------------

    def _fill_document_choices(self, campaign: CampaignInfo | None) -> None:
        """The campaign's wards and checklists, each list led by 全部 (None)."""
        wards, checklists = self.ui.documentWardCombo, self.ui.documentChecklistCombo
        kept_ward, kept_checklist = wards.currentData(), checklists.currentData()
        wards.clear()
        checklists.clear()
        self._ward_labels = {}
        if campaign is None:
            return
        wards.addItem(self.tr("All wards"), None)
        taking_part = set(self._campaigns.ward_ids(self._actor, campaign.id))
        for ward in self._wards.list_wards(self._actor):
            if ward.id in taking_part:
                wards.addItem(f"{ward.code} {ward.name}", ward.code)
                self._ward_labels[ward.code] = f"{ward.name}（{ward.code}）"
        checklists.addItem(self.tr("All checklists"), None)
        for checklist in campaign.checklists:
            checklists.addItem(checklist.name, checklist.checklist_id)
        wards.setCurrentIndex(max(0, wards.findData(kept_ward)))
        checklists.setCurrentIndex(max(0, checklists.findData(kept_checklist)))

    def print_notices(self) -> None:
        """整改通知单 of every ward with items still to do, or of the chosen ward (无需整改 when
        it has none), previewed before printing."""
        from nursingqc.ui.dialogs.document_preview import preview_notices

        campaign = self.selected()
        if campaign is not None:
            preview_notices(
                self,
                self._notices,
                self._actor,
                (campaign.id, campaign.name),
                self.ui.documentWardCombo.currentData(),
            )

    def print_blank_checklists(self) -> None:
        """空白检查表 for paper rounds: the chosen checklist or all, for the chosen ward or every
        ward of the campaign, the date left blank."""
        from nursingqc.reports.pdf.blank_checklist import write_blank_checklists
        from nursingqc.ui.dialogs.document_preview import file_name, preview_pdf

        campaign = self.selected()
        if campaign is None:
            return
        chosen_checklist: int | None = self.ui.documentChecklistCombo.currentData()
        ward_code: str | None = self.ui.documentWardCombo.currentData()
        labels = [label for code, label in self._ward_labels.items() if ward_code in (None, code)]
        try:
            definitions = [
                self._checklists.definition(checklist.checklist_id)
                for checklist in campaign.checklists
                if chosen_checklist in (None, checklist.checklist_id)
            ]
        except NursingQCError as error:
            show_error(self, error)
            return
        hospital = self._hospital

        def write(out: BinaryIO, progress: Progress) -> Written | None:
            return write_blank_checklists(
                definitions, out, wards=labels, hospital=hospital, progress=progress
            )

        title = self.tr("Blank checklists")
        preview_pdf(self, title, file_name(title, campaign.name, ward_code or ""), write)
