"""总结: the month's summary for the department and inspectors — 找问题、找差距、找榜样 — with its
tabs of figures and charts (``widgets/summary_tabs``), the department's own text (versioned, locked
once published), the summary report PDF, the summary workbook and the certificates (奖状).

Every figure comes from ``SummaryService.summary``; this page only arranges and formats it.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from datetime import date
from pathlib import Path
from typing import BinaryIO

from PySide6.QtWidgets import QMessageBox, QWidget

from nursingqc.domain import texts
from nursingqc.domain.accounts import Actor, Permission
from nursingqc.domain.errors import ConcurrentChange, NursingQCError
from nursingqc.reports.excel.summary_workbook import write_summary_workbook
from nursingqc.reports.pdf.certificates import write_certificates
from nursingqc.reports.pdf.layout import Written
from nursingqc.reports.pdf.summary import write_summary
from nursingqc.services.campaigns import CampaignService
from nursingqc.services.summary import SummaryService, SummaryText, SummaryView
from nursingqc.ui.dialogs.document_preview import file_name, preview_pdf
from nursingqc.ui.errors import keep_on_clipboard, show_error
from nursingqc.ui.forms.ui_summary_page import Ui_SummaryPage
from nursingqc.ui.pages.page import Page, PageContext
from nursingqc.ui.widgets.result_views import chosen_campaign, fill_campaigns, reload_campaigns
from nursingqc.ui.widgets.summary_tabs import SummaryTabs
from nursingqc.ui.widgets.text_limit import show_limit
from nursingqc.ui.workers import (
    BackgroundTask,
    Progress,
    ask_workbook_path,
    workbook_path,
    write_in_background,
)


class SummaryPage(Page):
    key = "summary"
    permission = Permission.READ_UNPUBLISHED_RESULTS

    def __init__(
        self,
        actor: Actor,
        campaigns: CampaignService,
        summary: SummaryService,
        today: Callable[[], date] = date.today,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.ui = Ui_SummaryPage()
        self.ui.setupUi(self)
        show_limit(self.ui.causesEdit, texts.SUMMARY_CAUSES)
        show_limit(self.ui.conclusionsEdit, texts.SUMMARY_CONCLUSIONS)
        show_limit(self.ui.nextStepsEdit, texts.SUMMARY_NEXT_STEPS)
        self._actor = actor
        self._campaigns = campaigns
        self._summary = summary
        self._today = today
        self.view: SummaryView | None = None
        #: The text as last read or saved: its version is the one a save is written on.
        self.text = SummaryText()
        self.task: BackgroundTask | None = None
        self.tabs = SummaryTabs(self.ui, self)
        self.ui.campaignCombo.currentIndexChanged.connect(self._on_campaign_chosen)
        self.ui.refreshButton.clicked.connect(self.refresh)
        self.ui.pdfButton.clicked.connect(self.preview_report)
        self.ui.excelButton.clicked.connect(self.export_workbook)
        self.ui.certificatesButton.clicked.connect(self.preview_certificates)
        self.ui.saveTextButton.clicked.connect(self.save_text)
        self.ui.saveTextButton.setVisible(actor.is_admin)
        self._edits = (self.ui.causesEdit, self.ui.conclusionsEdit, self.ui.nextStepsEdit)

    @classmethod
    def from_context(cls, context: PageContext) -> SummaryPage:
        services = context.services
        return cls(context.actor, services.campaigns, services.summary, context.today)

    def title(self) -> str:
        return self.tr("Summary")

    @property
    def campaign_id(self) -> int | None:
        return chosen_campaign(self.ui.campaignCombo)

    # -- loading -------------------------------------------------------------------------------

    def refresh(self) -> None:
        reload_campaigns(self.ui.campaignCombo, self._campaigns, self._actor, self._today)
        self.load()

    def text_modified(self) -> bool:
        return any(edit.document().isModified() for edit in self._edits)

    def _on_campaign_chosen(self) -> None:
        if self.text_modified() and self.view is not None:
            answer = QMessageBox.question(
                self,
                self.tr("Unsaved text"),
                self.tr(
                    "The department's text of {campaign} has changes that are not saved. "
                    "Discard them and show the other campaign?"
                ).format(campaign=self.view.campaign_name),
                QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
                QMessageBox.StandardButton.No,
            )
            if answer != QMessageBox.StandardButton.Yes:
                fill_campaigns(
                    self.ui.campaignCombo,
                    self._campaigns.list_campaigns(self._actor),
                    self.view.campaign_id,
                )
                return
            self._set_modified(False)
        self.load()

    def load(self) -> None:
        campaign_id = self.campaign_id
        previous = self.view
        self.view = None
        try:
            if campaign_id is not None:
                self.view = self._summary.summary(self._actor, campaign_id)
        except NursingQCError as error:
            show_error(self, error)
        view = self.view
        for button in (self.ui.pdfButton, self.ui.excelButton, self.ui.certificatesButton):
            button.setEnabled(view is not None)
        if view is None:
            self.ui.summaryLabel.setText(self.tr("There is no campaign yet."))
            self.tabs.clear()
            self._show_text(None)
            return
        state = (
            self.tr("published and locked")
            if view.published
            else self.tr("not published yet: the figures change while entries are made")
        )
        self.ui.summaryLabel.setText(
            self.tr("{start} to {end} · {state}").format(
                start=f"{view.starts_on:%Y-%m-%d}", end=f"{view.ends_on:%Y-%m-%d}", state=state
            )
        )
        self.tabs.show(view)
        # Typed text survives a refresh of the same campaign (the page refreshes whenever it is
        # shown); it is saved on the version it was typed on, so a later save by someone else
        # is still noticed.
        same = previous is not None and previous.campaign_id == view.campaign_id
        if not (same and self.text_modified()):
            self.text = view.text
            self._show_text(view)
        else:
            self._show_text_state(view)

    # -- the department's text -----------------------------------------------------------------

    def _show_text(self, view: SummaryView | None) -> None:
        text = view.text if view is not None else SummaryText()
        for edit, value in zip(
            self._edits, (text.cause_analysis, text.conclusions, text.next_steps), strict=True
        ):
            edit.setPlainText(value)
        self._set_modified(False)
        self._show_text_state(view)

    def _set_modified(self, modified: bool) -> None:
        for edit in self._edits:
            edit.document().setModified(modified)

    def _show_text_state(self, view: SummaryView | None) -> None:
        editable = view is not None and self._actor.is_admin and not view.published
        for edit in self._edits:
            edit.setReadOnly(not editable)
        self.ui.saveTextButton.setEnabled(editable)
        if view is None:
            note = ""
        elif view.published:
            note = self.tr(
                "The results are published and the campaign is locked, so this text can no "
                "longer be changed. To change it, reopen the summary phase under Campaigns "
                "(with a reason)."
            )
        elif not self._actor.is_admin:
            note = self.tr("The nursing department writes this text; it appears in the report.")
        else:
            note = self.tr(
                "Your analysis for the summary report: the causes of the most frequent problems "
                "(see the Pareto), the conclusions, and what the next PDCA cycle will do."
            )
        self.ui.textNote.setText(note)
        self.ui.textStatusLabel.setText(self._saved_text(self.text))

    def _saved_text(self, text: SummaryText) -> str:
        if text.updated_at is None:
            return self.tr("Not saved yet.")
        return self.tr("Last saved by {who} at {when}.").format(
            who=text.updated_by, when=f"{text.updated_at.astimezone():%Y-%m-%d %H:%M}"
        )

    def typed_text(self) -> SummaryText:
        causes, conclusions, steps = (edit.toPlainText() for edit in self._edits)
        return SummaryText(causes, conclusions, steps, version=self.text.version)

    def save_text(self) -> None:
        view = self.view
        if view is None:
            return
        typed = self.typed_text()
        try:
            saved = self._summary.save_text(self._actor, view.campaign_id, typed)
        except ConcurrentChange as error:
            keep_on_clipboard(
                zip(
                    (self.ui.causesLabel, self.ui.conclusionsLabel, self.ui.nextStepsLabel),
                    (typed.cause_analysis, typed.conclusions, typed.next_steps),
                    strict=True,
                )
            )
            show_error(self, error)
            self._set_modified(False)
            self.load()
            self.ui.textStatusLabel.setText(
                self._saved_text(self.text)
                + " "
                + self.tr(
                    "The newer text is shown now; what you had typed is on the clipboard. "
                    "Paste what is still needed and save again."
                )
            )
            return
        except NursingQCError as error:
            show_error(self, error)
            return
        self.text = saved
        self.view = replace(view, text=saved)
        self._show_text(self.view)
        self.ui.textStatusLabel.setText(self.tr("Saved.") + " " + self._saved_text(saved))

    # -- documents -----------------------------------------------------------------------------

    def _suggested(self, document: str, suffix: str = ".pdf") -> str:
        name = self.view.campaign_name if self.view is not None else ""
        return file_name(document, name).removesuffix(".pdf") + suffix

    def preview_report(self) -> None:
        """总结报告: read afresh, so the text just saved is in it."""
        campaign_id = self.campaign_id
        if campaign_id is None:
            return
        actor, summary, today = self._actor, self._summary, self._today()

        def write(out: BinaryIO, progress: Progress) -> Written | None:
            return write_summary(summary.summary(actor, campaign_id), out, today, progress)

        title = self.tr("Summary report")
        preview_pdf(self, title, self._suggested(title), write)

    def preview_certificates(self) -> None:
        view = self.view
        if view is None:
            return
        if not view.model_wards and not view.excellent_nurses:
            QMessageBox.information(
                self,
                self.tr("Certificates"),
                self.tr(
                    "There is nobody to print a certificate for yet: confirm the model wards "
                    "and approve excellent nurses on the Ranking page first."
                ),
            )
            return
        actor, summary, today, campaign_id = (
            self._actor,
            self._summary,
            self._today(),
            view.campaign_id,
        )

        def write(out: BinaryIO, progress: Progress) -> Written | None:
            return write_certificates(
                summary.certificates(actor, campaign_id, today), out, progress
            )

        title = self.tr("Certificates")
        preview_pdf(self, title, self._suggested(title), write)

    def export_workbook(self) -> None:
        """总结 Excel: asks where, then reads and writes in the background."""
        if self.campaign_id is None:
            return
        path = ask_workbook_path(
            self, self.tr("Export the summary"), self._suggested(self.tr("Summary"), ".xlsx")
        )
        if path is not None:
            self.export_to(path)

    def export_to(self, path: Path) -> BackgroundTask:
        path = workbook_path(path)
        actor, summary, campaign_id = self._actor, self._summary, self.campaign_id
        assert campaign_id is not None

        def job(progress: Progress) -> Path:
            write_summary_workbook(summary.summary(actor, campaign_id), path)
            return path

        self.task = write_in_background(
            self,
            self.ui.statusLabel,
            self.tr("Writing the summary workbook…"),
            path,
            job,
            self.tr("The summary was exported to {path}"),
        )
        return self.task
