"""The 整改 page's detail pane: one rectification item — what was found, the ward's answer (cause,
measure, owner, done date), the steps the user may take on it, its history and its photos.

What the user may do next and the dates to propose come ready in the service's view
(``RectificationDetail.steps``); the pane only shows them. Every step goes through the
RectificationService; a change made elsewhere meanwhile is reported with who made it, the item is
shown as it is now, and what this user typed waits on the clipboard.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QFileDialog, QWidget

from nursingqc.domain import texts
from nursingqc.domain.accounts import Actor, Permission, may
from nursingqc.domain.errors import ConcurrentChange, NursingQCError
from nursingqc.domain.rectification import RectificationStatus
from nursingqc.i18n import format_points
from nursingqc.services.rectification import RectificationDetail, RectificationService
from nursingqc.ui.dialogs.deadline import DeadlineDialog, as_date, as_qdate
from nursingqc.ui.dialogs.reason import ReasonDialog
from nursingqc.ui.errors import keep_on_clipboard, show_error
from nursingqc.ui.forms.ui_rectification_detail import Ui_RectificationDetailPane
from nursingqc.ui.models.rectification_items import status_text
from nursingqc.ui.widgets.read_only import set_read_only
from nursingqc.ui.widgets.text_limit import show_limit
from nursingqc.ui.workers import BackgroundTask

if TYPE_CHECKING:
    from nursingqc.reports.images import ScaledImage


class RectificationDetailPane(QWidget):
    """Call ``bind`` once, then ``show_item`` or ``show_nothing``. ``itemChanged`` fires with the
    item's id after every change made here (and after a change made elsewhere was found), once
    the pane shows the item as it is now, so the list around it can follow."""

    itemChanged = Signal(int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_RectificationDetailPane()
        self.ui.setupUi(self)
        show_limit(self.ui.causeEdit, texts.CAUSE)
        show_limit(self.ui.measureEdit, texts.MEASURE)
        self._actor: Actor | None = None
        self._rectification: RectificationService | None = None
        self._detail: RectificationDetail | None = None
        self._task: BackgroundTask | None = None
        ui = self.ui
        ui.saveButton.clicked.connect(self._save)
        ui.markDoneButton.clicked.connect(self._mark_done)
        ui.verifyButton.clicked.connect(self._verify)
        ui.rejectButton.clicked.connect(self._reject)
        ui.delayButton.clicked.connect(self._delay)
        ui.addPhotoButton.clicked.connect(self._add_photo)
        ui.removePhotoButton.clicked.connect(self._remove_photo)
        ui.photoList.currentItemChanged.connect(self._update_photo_buttons)
        self.show_nothing()

    def bind(self, actor: Actor, rectification: RectificationService) -> None:
        """Who works, and through which service; the buttons of the other side are hidden."""
        self._actor = actor
        self._rectification = rectification
        ui = self.ui
        ui.photoList.set_loader(lambda photo_id: rectification.photo(actor, photo_id))
        ward_side = may(actor, Permission.ANSWER_RECTIFICATION)
        for widget in (ui.saveButton, ui.markDoneButton, ui.addPhotoButton, ui.photoHint):
            widget.setVisible(ward_side)
        department_side = may(actor, Permission.RECHECK_RECTIFICATION)
        for button in (ui.verifyButton, ui.rejectButton, ui.delayButton):
            button.setVisible(department_side)

    def _service(self) -> tuple[Actor, RectificationService]:
        assert self._actor is not None and self._rectification is not None, "bind() first"
        return self._actor, self._rectification

    @property
    def item_id(self) -> int | None:
        """The item shown; None when there is none."""
        return self._detail.item.id if self._detail is not None else None

    # -- showing the item ----------------------------------------------------------------------

    def show_item(self, item_id: int) -> None:
        """Shows the item as it is in the database now (what was typed here is not kept: save
        it first, see ``save_now``)."""
        actor, rectification = self._service()
        try:
            detail = rectification.detail(actor, item_id)
        except NursingQCError as error:
            show_error(self, error)
            self.show_nothing()
            return
        self._show(detail)

    def show_nothing(self, reason: str = "") -> None:
        """No item: say why, and leave nothing that could be typed into or pressed."""
        self._detail = None
        ui = self.ui
        ui.noteLabel.clear()
        ui.summaryLabel.setText(reason)
        for edit in (ui.causeEdit, ui.measureEdit):
            edit.clear()
        ui.ownerEdit.clear()
        for widget in (
            ui.causeEdit,
            ui.measureEdit,
            ui.ownerEdit,
            ui.doneDateEdit,
            ui.saveButton,
            ui.markDoneButton,
            ui.verifyButton,
            ui.rejectButton,
            ui.delayButton,
            ui.addPhotoButton,
            ui.removePhotoButton,
        ):
            widget.setEnabled(False)
        ui.historyTable.setRowCount(0)
        ui.photoList.clear()

    def _show(self, detail: RectificationDetail) -> None:
        self._detail = detail
        item, steps = detail.item, detail.steps
        ui = self.ui
        ui.noteLabel.clear()
        ui.summaryLabel.setText(self._summary(detail))
        ui.causeEdit.setPlainText(item.cause)
        ui.measureEdit.setPlainText(item.measure)
        ui.ownerEdit.setText(item.owner)
        ui.doneDateEdit.setMaximumDate(as_qdate(steps.done_latest))
        ui.doneDateEdit.setDate(as_qdate(item.done_on or steps.done_latest))
        # Read-only rather than disabled: the answer stays selectable and copyable.
        for edit in (ui.causeEdit, ui.measureEdit, ui.ownerEdit):
            edit.setEnabled(True)
            set_read_only(edit, not steps.may_answer)
        for widget in (ui.doneDateEdit, ui.saveButton, ui.markDoneButton):
            widget.setEnabled(steps.may_answer)
        ui.verifyButton.setEnabled(steps.may_recheck)
        ui.rejectButton.setEnabled(steps.may_recheck)
        ui.delayButton.setEnabled(steps.may_delay)
        ui.addPhotoButton.setEnabled(steps.may_add_photo)
        ui.historyTable.show_history(detail.history)
        if ui.photoList.show_photos(detail.photos):
            ui.detailTabs.setTabText(
                ui.detailTabs.indexOf(ui.photosTab),
                self.tr("P&hotos ({count})").format(count=item.photo_count),
            )
        self._update_photo_buttons()

    def _update_photo_buttons(self, *_: object) -> None:
        detail = self._detail
        chosen = self.ui.photoList.chosen_photo()
        self.ui.removePhotoButton.setEnabled(
            detail is not None
            and detail.steps.may_remove_photo
            and chosen is not None
            and chosen.removed_at is None
        )

    def _summary(self, detail: RectificationDetail) -> str:
        item = detail.item
        deduction = format_points(item.deduction)
        if item.veto_failed:
            deduction = self.tr("{points} (veto item failed)").format(points=deduction)
        status = status_text(item.status)
        if item.overdue:
            status = self.tr("{status} · overdue").format(status=status)
        lines = [
            f"{item.ward_code} {item.ward_name} · {item.checklist_name} · "
            f"{item.item_code} {item.item_text}",
            self.tr("Deduction {points}; problem: {problem}").format(
                points=deduction, problem=item.problem or "—"
            ),
            self.tr("Issued {issued}, deadline {deadline} · {status}").format(
                issued=f"{item.issued_on:%Y-%m-%d}",
                deadline=f"{item.deadline:%Y-%m-%d}",
                status=status,
            ),
        ]
        if item.done_on is not None:
            lines.append(self.tr("Rectified on {date}").format(date=f"{item.done_on:%Y-%m-%d}"))
        if item.status is RectificationStatus.VERIFIED and item.verified_on is not None:
            lines.append(
                self.tr("Re-checked by {name} on {date}").format(
                    name=item.verified_by, date=f"{item.verified_on:%Y-%m-%d}"
                )
            )
        return "\n".join(lines)

    # -- what was typed ------------------------------------------------------------------------

    def has_unsaved_work(self) -> bool:
        """The ward's answer on screen differs from the one saved."""
        if self._detail is None or not self._detail.steps.may_answer:
            return False
        item = self._detail.item
        return self._answer() != (item.cause, item.measure, item.owner)

    def _answer(self) -> tuple[str, str, str]:
        ui = self.ui
        return (
            ui.causeEdit.toPlainText().strip(),
            ui.measureEdit.toPlainText().strip(),
            ui.ownerEdit.text().strip(),
        )

    def save_now(self) -> bool:
        """Saves the ward's answer if it changed; False (and a message) when it could not be.

        When someone else answered the item meanwhile, her answer is shown and what this user
        typed waits on the clipboard: nothing is lost, and the caller may move on."""
        if self._detail is None or not self.has_unsaved_work():
            return True
        item_id, typed = self._detail.item.id, self._answer()
        try:
            self._fill()
        except ConcurrentChange as error:
            show_error(self, error)
            self.show_item(item_id)
            self._keep_on_clipboard(typed)
            return True
        except NursingQCError as error:
            show_error(self, error)
            return False
        return True

    def _fill(self) -> None:
        """Saves the answer and holds the item as saved, so a following step (mark done) works
        on its new version, and a step that fails leaves the answer saved and shown."""
        assert self._detail is not None
        actor, rectification = self._service()
        item = self._detail.item
        saved = rectification.fill(actor, item.id, item.version, *self._answer())
        self._detail = replace(self._detail, item=saved)

    def _keep_on_clipboard(self, typed: tuple[str, str, str]) -> None:
        """The reload shows the newer answer; what this user typed must not vanish with it."""
        ui = self.ui
        captions = (ui.causeCaption, ui.measureCaption, ui.ownerCaption)
        keep_on_clipboard((c, value) for c, value in zip(captions, typed, strict=True) if value)
        self._say(
            self.tr(
                "The newer answer is shown now; what you had typed is on the clipboard. Paste "
                "what is still needed and save again."
            )
        )

    def _say(self, text: str) -> None:
        """What just happened, in the calm colour: the note line is red only for problems."""
        label = self.ui.noteLabel
        label.setProperty("level", "info")
        label.style().unpolish(label)
        label.style().polish(label)
        label.setText(text)

    # -- the steps -----------------------------------------------------------------------------

    def _act(self, action: Callable[[], object], done: str) -> None:
        """Runs one change of the item and shows the item as it is now. A change made elsewhere
        in the meantime is reported with who made it, and the item is reloaded."""
        assert self._detail is not None
        item_id = self._detail.item.id
        typed = self._answer() if self.has_unsaved_work() else None
        try:
            action()
        except ConcurrentChange as error:
            show_error(self, error)
            self._changed(item_id)
            if typed is not None:
                self._keep_on_clipboard(typed)
            return
        except NursingQCError as error:
            show_error(self, error)
            return
        self._changed(item_id)
        self._say(done)

    def _changed(self, item_id: int) -> None:
        self.show_item(item_id)
        self.itemChanged.emit(item_id)

    def _save(self) -> None:
        if self.has_unsaved_work():
            self._act(self._fill, self.tr("Saved."))
        else:
            self._say(self.tr("Nothing changed since the last save."))

    def _mark_done(self) -> None:
        if self._detail is None:
            return
        actor, rectification = self._service()
        done_on = as_date(self.ui.doneDateEdit.date())

        def save_and_mark() -> None:
            if self.has_unsaved_work():
                self._fill()
            assert self._detail is not None
            item = self._detail.item
            rectification.mark_done(actor, item.id, item.version, done_on)

        self._act(save_and_mark, self.tr("Marked as rectified; it now waits for the re-check."))

    def _verify(self) -> None:
        if self._detail is None:
            return
        actor, rectification = self._service()
        item = self._detail.item
        comment = ReasonDialog.ask(
            self,
            self.tr("Re-check passed"),
            self.tr(
                "Confirm that {item} of {ward} passed the re-check? A comment for the ward may "
                "be written below; it goes into the item's history."
            ).format(item=item.item_code, ward=item.ward_name),
            optional=True,
        )
        if comment is None:
            return
        self._act(
            lambda: rectification.verify(actor, item.id, item.version, comment),
            self.tr("Re-check passed."),
        )

    def _reject(self) -> None:
        if self._detail is None:
            return
        item, steps = self._detail.item, self._detail.steps
        self._move_deadline(
            self._service()[1].reject,
            self.tr("Re-check failed"),
            self.tr(
                "{item} of {ward} goes back to the ward. Say what is still wrong and give a "
                "new deadline."
            ).format(item=item.item_code, ward=item.ward_name),
            (steps.reject_earliest, steps.reject_proposed),
            self.tr("Sent back to the ward with the new deadline."),
        )

    def _delay(self) -> None:
        if self._detail is None:
            return
        item, steps = self._detail.item, self._detail.steps
        self._move_deadline(
            self._service()[1].delay,
            self.tr("Delay"),
            self.tr(
                "The deadline of {item} of {ward} is {deadline}. Give the reason for the delay "
                "and a later date."
            ).format(
                item=item.item_code, ward=item.ward_name, deadline=f"{item.deadline:%Y-%m-%d}"
            ),
            (steps.delay_earliest, steps.delay_proposed),
            self.tr("Deadline moved."),
        )

    def _move_deadline(
        self,
        change: Callable[[Actor, int, int, str, date], object],
        title: str,
        question: str,
        dates: tuple[date, date],
        done: str,
    ) -> None:
        """Asks for a reason and a new deadline between the ``dates`` (earliest, proposed), then
        makes the ``change`` (reject or delay) with them."""
        assert self._detail is not None
        actor, item = self._service()[0], self._detail.item
        earliest, proposed = dates
        answer = DeadlineDialog.ask(self, title, question, earliest=earliest, proposed=proposed)
        if answer is None:
            return
        reason, deadline = answer
        self._act(lambda: change(actor, item.id, item.version, reason, deadline), done)

    # -- photos --------------------------------------------------------------------------------

    def _add_photo(self) -> None:
        from nursingqc.reports.images import scaled_jpeg  # PIL, only for a photo

        # The item is reloaded once the photo is stored: what was typed is saved first.
        if self._detail is None or not self.save_now():
            return
        item_id = self._detail.item.id
        chosen, _ = QFileDialog.getOpenFileName(
            self, self.tr("Add photo"), "", self.tr("Pictures (*.jpg *.jpeg *.png)")
        )
        if not chosen:
            return
        path = Path(chosen)
        # Decoding and scaling a 12-megapixel photo takes about a second: not on the UI thread.
        task = BackgroundTask(
            self, self.tr("Preparing the photo…"), lambda _progress: scaled_jpeg(path)
        )
        task.succeeded.connect(lambda scaled: self._store_photo(item_id, path.name, scaled))
        task.done.connect(self._forget_task)
        self._task = task
        task.start()

    def _remove_photo(self) -> None:
        """移除照片: with a reason; the department keeps the photo and sees who removed it."""
        detail, chosen = self._detail, self.ui.photoList.chosen_photo()
        if detail is None or chosen is None or not self.save_now():
            return
        reason = ReasonDialog.ask(
            self,
            self.tr("Remove photo"),
            self.tr(
                "Why is {file} removed? The ward no longer sees it; the nursing department keeps "
                "it with your reason."
            ).format(file=chosen.file_name),
        )
        if reason is None:
            return
        item = detail.item
        actor, rectification = self._service()
        self._act(
            lambda: rectification.remove_photo(actor, item.id, item.version, chosen.id, reason),
            self.tr("Photo removed."),
        )

    def _forget_task(self) -> None:
        self._task = None

    def _store_photo(self, item_id: int, name: str, scaled: ScaledImage) -> None:
        actor, rectification = self._service()
        try:
            rectification.add_photo(
                actor, item_id, name, scaled.jpeg, (scaled.width, scaled.height)
            )
        except NursingQCError as error:
            show_error(self, error)
            return
        self._changed(item_id)
        self.ui.detailTabs.setCurrentWidget(self.ui.photosTab)
        self._say(self.tr("Photo added."))
