"""总结: the month's summary for the department and inspectors — 找问题、找差距、找榜样 — with its
tabs of figures and charts (``widgets/summary_tabs``), the department's own text (versioned, locked
once published), the summary report PDF, the summary workbook and the certificates (奖状).

Every figure comes from ``SummaryService.summary``; this page only arranges and formats it.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import replace
from datetime import date, datetime
from pathlib import Path
from typing import TYPE_CHECKING, BinaryIO

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QMessageBox, QWidget

from nursingqc.domain import texts
from nursingqc.domain.accounts import Actor, Permission, may
from nursingqc.domain.errors import (
    QT_TRANSLATE_NOOP,
    DatabaseBusy,
    DatabaseError,
    NursingQCError,
    ValidationError,
)
from nursingqc.i18n import error_text
from nursingqc.services.campaigns import CampaignService
from nursingqc.services.summary import SummaryService, SummaryText, SummaryView
from nursingqc.ui.errors import keep_on_clipboard, show_error
from nursingqc.ui.forms.ui_summary_page import Ui_SummaryPage
from nursingqc.ui.pages.page import Page, PageContext
from nursingqc.ui.widgets.read_only import set_read_only
from nursingqc.ui.widgets.result_views import chosen_campaign, fill_campaigns
from nursingqc.ui.widgets.summary_tabs import SummaryTabs
from nursingqc.ui.widgets.text_limit import show_limit
from nursingqc.ui.workers import (
    BackgroundCall,
    BackgroundTask,
    Progress,
    ask_workbook_path,
    workbook_path,
    write_in_background,
)

log = logging.getLogger(__name__)

#: The autosave waits for a pause in typing this long: a text is typed in longer runs than a
#: score, and each save writes the whole text.
AUTOSAVE_DELAY_MS = 1000
#: After a failed save (database busy, disk trouble) the page tries again this often.
RETRY_DELAY_MS = 3000

Typed = tuple[str, str, str]

if TYPE_CHECKING:
    from nursingqc.reports.pdf.layout import Written


class SummaryPage(Page):
    key = "summary"
    title_text = QT_TRANSLATE_NOOP("SummaryPage", "Summary")
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
        #: What the boxes held when the text was last read or saved: anything else is unsaved.
        self._saved_typed: Typed = ("", "", "")
        #: Why saving stopped until the saved text is shown again (someone else saved since, or
        #: the campaign was published): autosaving again would only be refused again.
        self._stopped = ""
        #: The autosave on its way: the call, its campaign and the text it carries.
        self._saving: tuple[BackgroundCall, int, Typed] | None = None
        self.task: BackgroundTask | None = None
        self.tabs = SummaryTabs(self.ui, self)
        self._edits = (self.ui.causesEdit, self.ui.conclusionsEdit, self.ui.nextStepsEdit)
        self._autosave = QTimer(self)
        self._autosave.setSingleShot(True)
        self._autosave.timeout.connect(self._save_in_background)
        for edit in self._edits:
            edit.textChanged.connect(self._on_typed)
        self.ui.campaignCombo.currentIndexChanged.connect(self._on_campaign_chosen)
        self.ui.refreshButton.clicked.connect(self.refresh)
        self.ui.pdfButton.clicked.connect(self.preview_report)
        self.ui.excelButton.clicked.connect(self.export_workbook)
        self.ui.certificatesButton.clicked.connect(self.preview_certificates)
        self.ui.saveTextButton.clicked.connect(self.save_text)
        self.ui.saveTextButton.setVisible(may(actor, Permission.ADMINISTER))

    @classmethod
    def from_context(cls, context: PageContext) -> SummaryPage:
        services = context.services
        return cls(context.actor, services.campaigns, services.summary, context.today)

    @property
    def campaign_id(self) -> int | None:
        return chosen_campaign(self.ui.campaignCombo)

    # -- loading -------------------------------------------------------------------------------

    def refresh(self) -> None:
        self._list_campaigns(self.campaign_id)
        self.load()

    def _list_campaigns(self, chosen: int | None) -> None:
        """The chooser's campaigns (names only: loading them whole reads all their wards),
        ``chosen`` selected, else the one of today."""
        choices, of_today = self._campaigns.campaign_choices(self._actor, self._today())
        fill_campaigns(self.ui.campaignCombo, choices, of_today if chosen is None else chosen)

    def _on_campaign_chosen(self) -> None:
        view = self.view
        if view is not None and view.campaign_id != self.campaign_id and not self.confirm_leave():
            self._list_campaigns(view.campaign_id)
            return
        self.ui.statusLabel.clear()  # it told of the other campaign's export
        self.load()

    def load(self) -> None:
        self._autosave.stop()
        self._settle_background_save()
        campaign_id = self.campaign_id
        previous = self.view
        same = previous is not None and previous.campaign_id == campaign_id
        if not same and self.has_unsaved_work() and not self.save_now():
            self._keep_on_clipboard(self._typed())  # its campaign is gone from the chooser
        view = None
        try:
            if campaign_id is not None:
                view = self._summary.summary(self._actor, campaign_id)
        except NursingQCError as error:
            show_error(self, error)
            if same and self.has_unsaved_work():
                return  # the typed text stays, with the figures it was written beside
        self.view = view
        for button in (self.ui.pdfButton, self.ui.excelButton, self.ui.certificatesButton):
            button.setEnabled(view is not None)
        if view is None:
            self.ui.summaryLabel.setText(self.tr("There is no campaign yet."))
            self.tabs.clear()
            self._show_text(SummaryText(), None)
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
        if same and self.has_unsaved_work():
            self._show_text_state(view)
            self._on_typed()
        else:
            self._show_text(view.text, view)

    # -- the department's text -----------------------------------------------------------------

    def _typed(self) -> Typed:
        causes, conclusions, steps = (edit.toPlainText() for edit in self._edits)
        return causes, conclusions, steps

    def typed_text(self) -> SummaryText:
        return SummaryText(*self._typed(), version=self.text.version)

    def has_unsaved_work(self) -> bool:
        """True while the boxes hold text that is not saved (typed, or refused by a save)."""
        return self._typed() != self._saved_typed

    def _editable(self) -> bool:
        view = self.view
        return view is not None and may(self._actor, Permission.ADMINISTER) and not view.published

    def _show_text(self, text: SummaryText, view: SummaryView | None) -> None:
        """Shows ``text`` as saved; what the boxes held is replaced."""
        self.text = text
        self._stopped = ""
        shown = (text.cause_analysis, text.conclusions, text.next_steps)
        for edit, value in zip(self._edits, shown, strict=True):
            edit.setPlainText(value)
        self._saved_typed = shown
        self._autosave.stop()  # showing the saved text is no typing to autosave
        self._show_text_state(view)
        self._show_saved_state()

    def _show_text_state(self, view: SummaryView | None) -> None:
        editable = self._editable()
        for edit in self._edits:
            set_read_only(edit, not editable)
        self.ui.saveTextButton.setEnabled(editable)
        if view is None:
            note = ""
        elif view.published:
            note = self.tr(
                "The results are published and the campaign is locked, so this text can no "
                "longer be changed. To change it, reopen the summary phase under Campaigns "
                "(with a reason)."
            )
        elif not may(self._actor, Permission.ADMINISTER):
            note = self.tr("The nursing department writes this text; it appears in the report.")
        else:
            note = self.tr(
                "Your analysis for the summary report: the causes of the most frequent problems "
                "(see the Pareto), the conclusions, and what the next PDCA cycle will do. It is "
                "saved as a draft while you type; the report prints it as last saved."
            )
        self.ui.textNote.setText(note)

    def _show_saved_state(self) -> None:
        """Who saved the text shown, and when: on another PC, a draft is someone still writing."""
        text = self.text
        if text.updated_at is None:
            shown = self.tr("Not saved yet.")
        else:
            when = f"{text.updated_at.astimezone():%Y-%m-%d} {_clock(text.updated_at)}"
            shown = (
                self.tr("Draft saved by {who} at {when}.")
                if text.draft
                else self.tr("Last saved by {who} at {when}.")
            ).format(who=text.updated_by, when=when)
        self.ui.textStatusLabel.setText(shown)

    def _on_typed(self) -> None:
        if not self._editable() or self._stopped or not self.has_unsaved_work():
            return
        self.ui.textStatusLabel.setText(self.tr("Saving…"))
        self._autosave.start(AUTOSAVE_DELAY_MS)

    def _save_in_background(self) -> None:
        """The autosave: written off the UI thread, so the window stays live while another PC
        holds the database's write lock. Text typed while it is on its way is saved after it."""
        view = self.view
        if self._saving is not None or view is None:
            return  # when it ends, it starts the next one for what was typed meanwhile
        if not self._editable() or self._stopped or not self.has_unsaved_work():
            return
        actor, summary, campaign_id = self._actor, self._summary, view.campaign_id
        typed = self._typed()
        text = SummaryText(*typed, version=self.text.version)
        call = BackgroundCall(lambda: summary.save_draft(actor, campaign_id, text))
        self._saving = (call, campaign_id, typed)
        # A bound slot, not a lambda: Qt drops the connection if the page is gone by then.
        call.ended.connect(self._on_background_save_ended)
        call.start()

    def _on_background_save_ended(self, call: BackgroundCall) -> None:
        # A slot must return None (see ScoreSheetPanel._on_background_save_ended).
        if self._saving is None or self._saving[0] is not call:
            return  # save_now() waited for it and took its outcome already
        self._settle_background_save(ask=True)
        if self.has_unsaved_work() and not self._stopped and not self._autosave.isActive():
            self._autosave.start(0)

    def _settle_background_save(self, *, ask: bool = False) -> bool:
        """Waits for the autosave on its way, if any, and takes its outcome; False when it
        failed (its text stays on screen)."""
        if self._saving is None:
            return True
        call, campaign_id, typed = self._saving
        call.wait()
        self._saving = None
        return self._settle(campaign_id, typed, call.outcome, ask=ask)

    def save_now(self) -> bool:
        """Saves the typed text at once (a draft); True when nothing typed here is left unsaved.
        An autosave on its way is waited for first: leaving never loses what it carries."""
        self._autosave.stop()
        if not self._settle_background_save():
            return False
        view = self.view
        if not self.has_unsaved_work():
            return True
        if view is None or not self._editable() or self._stopped:
            return False
        text, typed = self.typed_text(), self._typed()
        actor, summary, campaign_id = self._actor, self._summary, view.campaign_id
        return (
            self._settle(campaign_id, typed, lambda: summary.save_draft(actor, campaign_id, text))
            and not self.has_unsaved_work()
        )

    def save_text(self) -> None:
        """The department's save (its button): in the audit log, no longer a draft."""
        self._autosave.stop()
        view = self.view
        if not self._settle_background_save(ask=True) or view is None:
            return
        text, typed = self.typed_text(), self._typed()
        actor, summary, campaign_id = self._actor, self._summary, view.campaign_id
        self._settle(
            campaign_id, typed, lambda: summary.save_text(actor, campaign_id, text), ask=True
        )

    def _settle(
        self, campaign_id: int, typed: Typed, save: Callable[[], SummaryText], *, ask: bool = False
    ) -> bool:
        """Shows how saving ``typed`` to ``campaign_id`` ended; False when it is not saved and
        stays on screen (and on the clipboard when it cannot be saved as it is). ``ask``: a
        refusal is shown in a box (the user is here to see it), else only on the status line."""
        try:
            saved = save()
        except (DatabaseBusy, DatabaseError) as error:
            # Busy, a full disk, a read-only file: the reason, and the text kept for a retry.
            self._retry_later(error_text(error))
            return False
        except ValidationError as error:
            # Too long, say: the counter under the box is red; the next keystroke saves again.
            self.ui.textStatusLabel.setText(
                self.tr("Not saved: {reason}").format(reason=error_text(error))
            )
            if ask:
                show_error(self, error)
            return False
        except NursingQCError as error:
            # Someone else saved since (the message names who and when), or the campaign was
            # published: saving again would be refused again. The text stays where it was typed.
            self._autosave.stop()
            self._stopped = error_text(error)
            self._keep_on_clipboard(typed)
            self.ui.textStatusLabel.setText(
                self.tr(
                    "Not saved: {reason} What you typed stays here and is on the clipboard."
                ).format(reason=self._stopped)
            )
            if ask:
                self._offer_saved_text(error)
            return False
        except Exception:
            log.exception("saving the summary text failed; it stays on screen and is retried")
            self._retry_later(self.tr("the database could not be written (see the log)"))
            return False
        view = self.view
        if view is None or view.campaign_id != campaign_id:
            return True  # saved for the campaign shown before; the boxes show another one now
        self.text = saved
        self.view = replace(view, text=saved)
        self._saved_typed = typed
        if self.has_unsaved_work():  # typed while it was saving: that follows at once
            self.ui.textStatusLabel.setText(self.tr("Saving…"))
        else:
            self.ui.textStatusLabel.setText(
                self.tr("Saved {time}").format(time=_clock(saved.updated_at))
            )
        return True

    def _retry_later(self, reason: str) -> None:
        self.ui.textStatusLabel.setText(
            self.tr("Not saved yet, retrying: {reason}").format(reason=reason)
        )
        self._autosave.start(RETRY_DELAY_MS)

    def _keep_on_clipboard(self, typed: Typed) -> None:
        keep_on_clipboard(
            (caption, value)
            for caption, value in zip(
                (self.ui.causesLabel, self.ui.conclusionsLabel, self.ui.nextStepsLabel),
                typed,
                strict=True,
            )
            if value
        )

    def _not_saved_box(self, text: str, why: str) -> QMessageBox:
        box = QMessageBox(
            QMessageBox.Icon.Warning,
            self.tr("Summary text not saved"),
            text,
            QMessageBox.StandardButton.NoButton,
            self,
        )
        box.setInformativeText(why)
        return box

    def _why_not_saved(self) -> str:
        return self._stopped or self.ui.textStatusLabel.text()

    def _offer_saved_text(self, error: NursingQCError) -> None:
        box = self._not_saved_box(
            error_text(error),
            self.tr("What you typed stays on this page and is also on the clipboard."),
        )
        box.addButton(self.tr("&Keep my text on screen"), QMessageBox.ButtonRole.RejectRole)
        reload = box.addButton(self.tr("&Show the saved text"), QMessageBox.ButtonRole.AcceptRole)
        box.exec()
        if box.clickedButton() is reload:
            self.show_saved_text()

    def show_saved_text(self) -> None:
        """Drops what was typed here (it is on the clipboard) and shows the text as saved."""
        self._autosave.stop()
        self._saved_typed = self._typed()
        self.load()

    def confirm_leave(self) -> bool:
        """Before the page's text goes away: save, or ask whether the unsaved text may be lost."""
        if self.save_now():
            return True
        box = self._not_saved_box(
            self.tr(
                "Saving failed: if you leave, the summary text that is not saved is lost. "
                "It is also on the clipboard."
            ),
            self._why_not_saved(),
        )
        stay = box.addButton(self.tr("&Stay on this page"), QMessageBox.ButtonRole.RejectRole)
        box.addButton(self.tr("&Discard and leave"), QMessageBox.ButtonRole.DestructiveRole)
        box.setDefaultButton(stay)
        self._keep_on_clipboard(self._typed())
        box.exec()
        if box.clickedButton() is stay:
            return False
        self._show_text(self.text, self.view)  # as last saved: nothing left to save or ask about
        return True

    def _saved_for_documents(self) -> bool:
        """Documents print the text as saved, so what is typed is saved first; when it cannot
        be, no document is made that would leave it out."""
        if self.save_now():
            return True
        box = self._not_saved_box(
            self.tr(
                "The summary text you typed is not saved, so the document would not contain "
                "it. Save it first, then make the document."
            ),
            self._why_not_saved(),
        )
        box.addButton(QMessageBox.StandardButton.Ok)
        box.exec()
        return False

    # -- documents -----------------------------------------------------------------------------

    def _suggested(self, document: str, suffix: str = ".pdf") -> str:
        from nursingqc.ui.dialogs.document_preview import file_name

        name = self.view.campaign_name if self.view is not None else ""
        return file_name(document, name).removesuffix(".pdf") + suffix

    def preview_report(self) -> None:
        """总结报告: the typed text saved first, then read afresh, so that it is in the report."""
        from nursingqc.reports.pdf.summary import write_summary
        from nursingqc.ui.dialogs.document_preview import preview_pdf

        campaign_id = self.campaign_id
        if campaign_id is None or not self._saved_for_documents():
            return
        actor, summary, today = self._actor, self._summary, self._today()

        def write(out: BinaryIO, progress: Progress) -> Written | None:
            return write_summary(summary.summary(actor, campaign_id), out, today, progress)

        title = self.tr("Summary report")
        preview_pdf(self, title, self._suggested(title), write)

    def preview_certificates(self) -> None:
        from nursingqc.reports.pdf.certificates import write_certificates
        from nursingqc.ui.dialogs.document_preview import preview_pdf

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
        """总结 Excel: the typed text saved first; asks where, then reads and writes in the
        background."""
        if self.campaign_id is None or not self._saved_for_documents():
            return
        path = ask_workbook_path(
            self, self.tr("Export the summary"), self._suggested(self.tr("Summary"), ".xlsx")
        )
        if path is not None:
            self.export_to(path)

    def export_to(self, path: Path) -> BackgroundTask:
        from nursingqc.reports.excel.summary_workbook import write_summary_workbook

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


def _clock(moment: datetime | None) -> str:
    return "" if moment is None else f"{moment.astimezone():%H:%M}"
