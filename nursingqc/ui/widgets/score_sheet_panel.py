"""The score-sheet panel: the item table, the live score, autosave, submit and reopen of one sheet.

The self-check page embeds it under its ward and checklist pickers; the evaluation page embeds it
the same way. Every accepted edit is saved as a draft within half a second, on the version of the
sheet it was typed on: if someone else saved the sheet since, the save is refused and the user is
told who and offered to reload. A save that fails for any other reason keeps the entries on screen
and is retried.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import replace

from PySide6.QtCore import QTimer, Signal
from PySide6.QtWidgets import QMessageBox, QWidget

from nursingqc.domain.accounts import Actor, Permission, may
from nursingqc.domain.errors import ConcurrentChange, DatabaseBusy, DatabaseError, NursingQCError
from nursingqc.domain.scoring import ItemEntry, round_half_up, sheet_score, submission_problems
from nursingqc.domain.workflow import PhaseKind, PhaseState, SheetStatus
from nursingqc.i18n import error_text, message_text
from nursingqc.reports.wording import MISSING
from nursingqc.services.inspections import (
    InspectionExists,
    InspectionService,
    Saved,
    Sheet,
    SheetKey,
)
from nursingqc.ui.dialogs.reason import ReasonDialog
from nursingqc.ui.errors import show_error
from nursingqc.ui.forms.ui_score_sheet_panel import Ui_ScoreSheetPanel
from nursingqc.ui.models.sheet_items import Column, SheetItemsModel
from nursingqc.ui.widgets.phase_timeline import phase_name, state_name
from nursingqc.ui.workers import BackgroundCall

log = logging.getLogger(__name__)

AUTOSAVE_DELAY_MS = 400
#: After a failed save (database busy, disk trouble) the panel tries again this often.
RETRY_DELAY_MS = 3000


class ScoreSheetPanel(QWidget):
    """Call ``bind`` once, then ``open_sheet``; ``sheetChanged`` fires after a submit, a reopen
    and a reload so the page around it can read its chooser again; ``draftSaved`` after every
    draft saved (the autosave), when ``sheet`` holds what was saved."""

    sheetChanged = Signal()
    draftSaved = Signal()
    submitted = Signal(object)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_ScoreSheetPanel()
        self.ui.setupUi(self)
        self._actor: Actor | None = None
        self._inspections: InspectionService | None = None
        self.sheet: Sheet | None = None
        self._unsaved = False
        self._conflict = False
        #: The autosave on its way to the database: the call, and the sheet and entries it saves.
        self._saving: tuple[BackgroundCall, Sheet, dict[str, ItemEntry]] | None = None

        self.model = SheetItemsModel(self)
        self.ui.itemsView.setModel(self.model)
        self.model.entriesChanged.connect(self._on_entries_changed)
        self.model.entryRefused.connect(self._on_entry_refused)
        self.model.entryAccepted.connect(lambda: self.show_note(""))
        self._autosave = QTimer(self)
        self._autosave.setSingleShot(True)
        self._autosave.setInterval(AUTOSAVE_DELAY_MS)
        self._autosave.timeout.connect(self._save_in_background)
        self.ui.submitButton.clicked.connect(self.submit)
        self.ui.reopenButton.clicked.connect(self.reopen)
        self.ui.reloadButton.clicked.connect(self.reload)
        self.ui.reloadButton.hide()
        self.ui.noteLabel.hide()
        self.ui.vetoLabel.hide()

    def bind(self, actor: Actor, inspections: InspectionService) -> None:
        self._actor = actor
        self._inspections = inspections
        self.ui.reopenButton.setVisible(may(actor, Permission.ADMINISTER))

    def _service(self) -> tuple[Actor, InspectionService]:
        assert self._actor is not None and self._inspections is not None, "bind() first"
        return self._actor, self._inspections

    @property
    def has_unsaved_entries(self) -> bool:
        return self._unsaved

    # -- showing a sheet -----------------------------------------------------------------------

    def open_sheet(self, key: SheetKey) -> None:
        self._settle_background_save()  # it belongs to the sheet on screen until now
        actor, inspections = self._service()
        self.sheet = inspections.open_sheet(actor, key)
        self.model.load(
            self.sheet.definition,
            dict(self.sheet.entries),
            self.sheet.editable,
            nurse_column=key.phase is PhaseKind.EVALUATION,
        )
        self._unsaved = False
        self._set_conflict(False)
        self.show_note("")
        self.ui.keysLabel.setVisible(self.sheet.editable)
        self._update_status()
        self._update_score()
        self._show_saved()
        view = self.ui.itemsView
        view.setCurrentIndex(view.first_item_index())
        view.setFocus()

    def reload(self) -> None:
        """Shows the sheet as saved, dropping what was typed here since (after a conflict)."""
        if self.sheet is not None:
            self._autosave.stop()
            self.open_sheet(self.sheet.key)
            self.sheetChanged.emit()

    def clear(self, reason: str) -> None:
        """No sheet to fill: say why, and leave nothing on screen that could be typed into."""
        self._autosave.stop()
        self._settle_background_save()
        self.sheet = None
        self._unsaved = False
        self._set_conflict(False)
        self.model.clear()
        for label in (self.ui.scoreLabel, self.ui.progressLabel, self.ui.savedLabel):
            label.clear()
        self.ui.vetoLabel.hide()
        self.ui.keysLabel.hide()
        self.show_note("")
        self.ui.submitButton.setEnabled(False)
        self.ui.reopenButton.setEnabled(False)
        self._show_banner(reason, "locked")

    def status_text(self) -> str:
        """For the page's header: the sheet's state in a word or two."""
        sheet = self.sheet
        if sheet is None:
            return ""
        if sheet.published:
            return self.tr("Published · read-only")
        if sheet.status is SheetStatus.SUBMITTED:
            return self.tr("Submitted · read-only")
        if sheet.phase.state is not PhaseState.OPEN:
            return self.tr("{state} · read-only").format(state=state_name(sheet.phase))
        return self.tr("Draft") if sheet.status else self.tr("New")

    def _update_status(self) -> None:
        sheet = self.sheet
        if sheet is None:
            return
        phase = sheet.phase
        self.ui.submitButton.setEnabled(sheet.editable)
        self.ui.reopenButton.setEnabled(sheet.can_reopen and sheet.status is SheetStatus.SUBMITTED)
        if sheet.published:
            self._show_banner(
                self.tr(
                    "The results of this campaign are published and locked; this sheet is "
                    "read-only."
                ),
                "locked",
            )
        elif sheet.status is SheetStatus.SUBMITTED:
            when = f"{sheet.submitted_at.astimezone():%Y-%m-%d %H:%M}" if sheet.submitted_at else ""
            if sheet.can_reopen:
                text = self.tr(
                    "This sheet was submitted on {when} and is read-only. "
                    'Use "Return for correction" to let it be changed again.'
                )
            else:
                text = self.tr(
                    "This sheet was submitted on {when} and is read-only. "
                    "Ask the nursing department to reopen it if it needs a correction."
                )
            self._show_banner(text.format(when=when), "locked")
        elif phase.state is not PhaseState.OPEN:
            self._show_banner(
                self.tr("The {phase} phase is {state}; this sheet is read-only.").format(
                    phase=phase_name(phase), state=state_name(phase)
                ),
                "locked",
            )
        elif sheet.outside_phase_dates:
            self._show_banner(
                self.tr(
                    "Today is outside the {phase} week ({start} ~ {end}). "
                    "Entries are still accepted while the phase is open."
                ).format(
                    phase=phase_name(phase),
                    start=f"{phase.starts_on:%Y-%m-%d}",
                    end=f"{phase.ends_on:%Y-%m-%d}",
                ),
                "warning",
            )
        else:
            self._show_banner("", "")

    def _show_banner(self, text: str, level: str) -> None:
        _set_level(self.ui.bannerLabel, level)
        self.ui.bannerLabel.setText(text)
        self.ui.bannerLabel.setVisible(bool(text))

    def show_note(self, text: str, level: str = "error") -> None:
        """A line under the table: a refused entry (error), or what to do next (info)."""
        _set_level(self.ui.noteLabel, level)
        self.ui.noteLabel.setText(text)
        self.ui.noteLabel.setVisible(bool(text))

    def _show_saved(self, failure: str = "") -> None:
        sheet = self.sheet
        label = self.ui.savedLabel
        _set_level(label, "error" if failure else "")
        if failure:
            label.setText(failure)
        elif sheet and sheet.saved_at and sheet.status is SheetStatus.DRAFT:
            label.setText(
                self.tr("Draft saved {time}").format(
                    time=f"{sheet.saved_at.astimezone():%m-%d %H:%M:%S}"
                )
            )
        else:
            label.clear()

    def _set_conflict(self, conflict: bool) -> None:
        self._conflict = conflict
        self.ui.reloadButton.setVisible(conflict)

    # -- entering ------------------------------------------------------------------------------

    def _on_entries_changed(self) -> None:
        self._unsaved = True
        if self._conflict:
            return
        self._show_saved()
        self.ui.savedLabel.setText(self.tr("Saving…"))
        self._autosave.start(AUTOSAVE_DELAY_MS)
        self._update_score()

    def _on_entry_refused(self, reason: str) -> None:
        self.show_note(reason)
        self._update_score()

    def _update_score(self) -> None:
        if self.sheet is None:
            return
        entries = self.model.entries()
        score = sheet_score(self.sheet.definition, entries)
        self.ui.scoreLabel.setText(
            self.tr("Standardized score {score}").format(
                score=round_half_up(score) if score is not None else MISSING
            )
        )
        scored = sum(1 for item in self.sheet.definition.items if item.code in entries)
        self.ui.progressLabel.setText(
            self.tr("{scored}/{total} items scored").format(
                scored=scored, total=len(self.sheet.definition.items)
            )
        )
        veto = self.veto_text(entries)
        self.ui.vetoLabel.setText(veto)
        self.ui.vetoLabel.setVisible(bool(veto))

    def veto_text(self, entries: dict[str, ItemEntry]) -> str:
        """一票否决: which veto items failed on this sheet and what that does (rules §4.6): in the
        evaluation the ward is a veto ward; in the self-check its score and the ranking stay, the
        finding still becomes a rectification item. Empty when no veto item failed."""
        sheet = self.sheet
        if sheet is None:
            return ""
        failed = [item.code for item in sheet.definition.items if _failed(entries.get(item.code))]
        if not failed:
            return ""
        if sheet.key.phase is PhaseKind.EVALUATION:
            text = self.tr(
                "Veto: {items} failed. {ward} becomes a veto ward: it is ranked after every ward "
                "without a veto and cannot be a model ward (rules §4.6). The sheet's score is "
                "unchanged."
            )
        else:
            text = self.tr(
                "Veto: {items} failed. In the self-check a veto does not make the ward a veto "
                "ward and the score is unchanged (rules §4.6), but it becomes a rectification "
                "item; the same finding in the evaluation would rank {ward} after every ward "
                "without a veto."
            )
        return text.format(items=self.tr(", ").join(failed), ward=sheet.ward_name)

    def _save_in_background(self) -> None:
        """The autosave: written off the UI thread, so the window stays live while another PC
        holds the database's write lock. Entries typed while it is on its way are saved after it.
        """
        if self._saving is not None:
            return  # when it ends, it starts the next one for what was typed meanwhile
        draft = self._draft_to_save()
        if draft is None:
            return
        sheet, entries = draft
        actor, inspections = self._service()
        call = BackgroundCall(
            lambda: inspections.save_draft(actor, sheet.key, entries, sheet.version)
        )
        self._saving = (call, sheet, entries)
        # A bound slot, not a lambda: Qt drops the connection if the panel is gone by then.
        call.ended.connect(self._on_background_save_ended)
        call.start()

    def _on_background_save_ended(self, call: BackgroundCall) -> None:
        # A slot must return None: PySide6 6.12 drops a reference to a returned True or False,
        # and after enough autosaves the interpreter aborts ("bool_dealloc").
        if self._saving is None or self._saving[0] is not call:
            return  # save_now() waited for it and took its outcome already
        if self._settle_background_save() and self._unsaved and not self._autosave.isActive():
            self._autosave.start(0)

    def _settle_background_save(self) -> bool:
        """Waits for the autosave on its way, if any, and takes its outcome; False when it
        failed (its entries stay on screen)."""
        if self._saving is None:
            return True
        call, sheet, entries = self._saving
        call.wait()
        self._saving = None
        return self._settle(sheet, entries, call.outcome)

    def _draft_to_save(self) -> tuple[Sheet, dict[str, ItemEntry]] | None:
        sheet = self.sheet
        if not self._unsaved or sheet is None or not sheet.editable or self._conflict:
            return None
        return sheet, self.model.entries()

    def save_now(self) -> bool:
        """Writes the pending draft at once; True when nothing typed here is left unsaved.
        An autosave on its way is waited for first: leaving never loses what it carries."""
        self._autosave.stop()
        if not self._settle_background_save():
            return False
        draft = self._draft_to_save()
        if draft is None:
            return not self._unsaved
        sheet, entries = draft
        actor, inspections = self._service()
        saved = self._settle(
            sheet, entries, lambda: inspections.save_draft(actor, sheet.key, entries, sheet.version)
        )
        return saved and not self._unsaved

    def _settle(
        self, sheet: Sheet, entries: dict[str, ItemEntry], save: Callable[[], Saved]
    ) -> bool:
        """Shows how saving ``entries`` of ``sheet`` ended; False when they are not saved and
        stay on screen (a retry is due, or a conflict to resolve)."""
        try:
            saved = save()
        except ConcurrentChange as error:
            self._on_conflict(error)
            return False
        except (DatabaseBusy, DatabaseError) as error:
            # Busy, a full disk, a read-only file: the reason, and the entries kept for a retry.
            self._retry_later(error_text(error))
            return False
        except NursingQCError as error:
            # The sheet cannot take these entries any more (phase closed, submitted elsewhere):
            # show why, then what is saved.
            show_error(self, error, self.tr("The draft was not saved"))
            self.reload()
            return True
        except Exception:
            log.exception("autosave failed; the entries stay on screen and will be retried")
            self._retry_later(self.tr("the database could not be written (see the log)"))
            return False
        self.sheet = sheet.after_save(saved, entries)
        self._unsaved = self.model.entries() != entries
        self._show_saved()
        if self._unsaved:  # typed while it was saving: that follows at once
            self.ui.savedLabel.setText(self.tr("Saving…"))
        self._update_status()
        self.draftSaved.emit()
        return True

    def _retry_later(self, reason: str) -> None:
        self._show_saved(self.tr("Not saved yet, retrying: {reason}").format(reason=reason))
        self._autosave.start(RETRY_DELAY_MS)

    def _on_conflict(self, error: ConcurrentChange) -> None:
        self._set_conflict(True)
        if isinstance(error, InspectionExists) and self.sheet is not None:
            # The inspector's own inspection of today exists: reloading opens that one.
            self.sheet = replace(self.sheet, key=error.key)
        self._show_saved(
            self.tr("Not saved: {name} changed this sheet").format(name=error.changed_by)
        )
        box = QMessageBox(
            QMessageBox.Icon.Warning,
            self.tr("Changed by someone else"),
            error_text(error),
            QMessageBox.StandardButton.NoButton,
            self,
        )
        reload = box.addButton(
            self.tr("&Reload the saved sheet"), QMessageBox.ButtonRole.AcceptRole
        )
        box.addButton(self.tr("&Keep my entries on screen"), QMessageBox.ButtonRole.RejectRole)
        box.setDefaultButton(reload)
        box.exec()
        if box.clickedButton() is reload:
            self.reload()

    def confirm_discard(self) -> bool:
        """Before the panel's sheet goes away: save, or ask whether unsaved entries may be lost."""
        if self.save_now():
            return True
        answer = QMessageBox.warning(
            self,
            self.tr("Entries not saved"),
            self.tr(
                "Some entries on this sheet could not be saved yet. "
                "If you leave now they are lost. Leave anyway?"
            ),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No,
        )
        return answer == QMessageBox.StandardButton.Yes

    def submit(self) -> None:
        sheet = self.sheet
        if sheet is None or not sheet.editable or not self.save_now():
            return
        sheet = self.sheet
        assert sheet is not None
        entries = self.model.entries()
        problems = submission_problems(sheet.definition, entries)
        if problems:
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
        question = self.tr(
            "Submit {checklist} for {ward} with a standardized score of {score}?\n"
            "After submitting, the sheet can no longer be changed."
        ).format(
            checklist=sheet.definition.name,
            ward=sheet.ward_name,
            score=round_half_up(score) if score is not None else MISSING,
        )
        veto = self.veto_text(entries)
        answer = QMessageBox.question(
            self,
            self.tr("Submit the sheet"),
            f"{veto}\n\n{question}" if veto else question,
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        actor, inspections = self._service()
        try:
            inspections.submit(actor, sheet.key, entries, sheet.version)
        except ConcurrentChange as error:
            self._on_conflict(error)
            return
        except NursingQCError as error:
            show_error(self, error)
            return
        self._unsaved = False
        self.open_sheet(sheet.key)
        self.sheetChanged.emit()
        self.submitted.emit(sheet.key)

    def reopen(self) -> None:
        sheet = self.sheet
        if sheet is None:
            return
        reason = ReasonDialog.ask(
            self,
            self.tr("Return the sheet for correction"),
            self.tr(
                "Why is this submitted sheet returned for correction? "
                "The reason is kept in the audit log."
            ),
        )
        if reason is None:
            return
        actor, inspections = self._service()
        try:
            inspections.reopen(actor, sheet.key, reason)
        except NursingQCError as error:
            show_error(self, error)
            return
        self.open_sheet(sheet.key)
        self.sheetChanged.emit()


def _failed(entry: ItemEntry | None) -> bool:
    return entry is not None and entry.veto_failed


def _set_level(label: QWidget, level: str) -> None:
    """The style sheet colours labels by their ``level`` property; re-polish to apply a change."""
    label.setProperty("level", level)
    label.style().unpolish(label)
    label.style().polish(label)
