"""整改: the rectification items of the campaign — the ward answers and marks them done, an
inspector or the department re-checks them — with their history and photo evidence.

A head nurse sees her own ward; inspectors and the department every ward. The ward's answer (cause,
measure, owner) is saved when she leaves the item, as the score sheets are, so nothing typed is lost
by clicking the next row.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import replace
from datetime import date
from pathlib import Path

from PySide6.QtCore import QModelIndex
from PySide6.QtWidgets import (
    QComboBox,
    QFileDialog,
    QHeaderView,
    QMessageBox,
    QWidget,
)

from nursingqc.domain import texts
from nursingqc.domain.accounts import Actor, Permission, may
from nursingqc.domain.errors import ConcurrentChange, NursingQCError
from nursingqc.domain.rectification import RectificationStatus
from nursingqc.i18n import format_points
from nursingqc.reports.images import ScaledImage, scaled_jpeg
from nursingqc.services.campaigns import CampaignService
from nursingqc.services.notices import NoticeService
from nursingqc.services.rectification import RectificationDetail, RectificationService
from nursingqc.services.wards import WardService
from nursingqc.ui.dialogs.deadline import DeadlineDialog, as_date, as_qdate
from nursingqc.ui.dialogs.document_preview import preview_notices
from nursingqc.ui.errors import keep_on_clipboard, show_error
from nursingqc.ui.forms.ui_rectification_page import Ui_RectificationPage
from nursingqc.ui.models.rectification_items import Column, RectificationItemsModel, status_text
from nursingqc.ui.pages.page import Page, PageContext
from nursingqc.ui.widgets.text_limit import show_limit
from nursingqc.ui.workers import BackgroundTask

STATUS_FILTERS = (
    RectificationStatus.OPEN,
    RectificationStatus.AWAITING_RECHECK,
    RectificationStatus.VERIFIED,
    RectificationStatus.WITHDRAWN,
)


class RectificationPage(Page):
    key = "rectification"

    def __init__(
        self,
        actor: Actor,
        campaigns: CampaignService,
        wards: WardService,
        rectification: RectificationService,
        notices: NoticeService,
        today: Callable[[], date] = date.today,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.ui = Ui_RectificationPage()
        self.ui.setupUi(self)
        show_limit(self.ui.causeEdit, texts.CAUSE)
        show_limit(self.ui.measureEdit, texts.MEASURE)
        self._actor = actor
        self._campaigns = campaigns
        self._wards = wards
        self._rectification = rectification
        self._notices = notices
        self._today = today
        self._campaign_id: int | None = None
        self._campaign_name = ""
        self._ward_codes: dict[int, str] = {}
        self._detail: RectificationDetail | None = None
        self._task: BackgroundTask | None = None

        self.model = RectificationItemsModel(self)
        view = self.ui.itemsView
        view.setModel(self.model)
        view.verticalHeader().setVisible(False)
        # One line per item: a compact list shows a whole ward's items on a 768-pixel screen.
        view.verticalHeader().setDefaultSectionSize(view.fontMetrics().height() + 8)
        header = view.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(False)
        header.setSectionResizeMode(Column.PROBLEM, QHeaderView.ResizeMode.Stretch)
        view.selectionModel().currentRowChanged.connect(self._on_current_changed)
        # The list above, the item below: the detail's two columns (answer | history and photos)
        # need the page's whole width more than the list needs height.
        self.ui.splitter.setStretchFactor(0, 1)
        self.ui.splitter.setStretchFactor(1, 0)

        self.ui.photoList.set_loader(lambda photo_id: rectification.photo(actor, photo_id))

        for status in STATUS_FILTERS:
            self.ui.statusCombo.addItem(status_text(status), status)
        self.ui.statusCombo.insertItem(0, self.tr("All statuses"), None)
        self.ui.statusCombo.setCurrentIndex(0)

        ward_side = may(actor, Permission.ANSWER_RECTIFICATION)
        department_side = may(actor, Permission.RECHECK_RECTIFICATION)
        for button in (self.ui.saveButton, self.ui.markDoneButton, self.ui.addPhotoButton):
            button.setVisible(ward_side)
        self.ui.photoHint.setVisible(ward_side)
        for button in (
            self.ui.verifyButton,
            self.ui.rejectButton,
            self.ui.delayButton,
            self.ui.printButton,
        ):
            button.setVisible(department_side)
        self.ui.wardCombo.setEnabled(department_side)

        self.ui.wardCombo.currentIndexChanged.connect(self._on_filter_changed)
        self.ui.statusCombo.currentIndexChanged.connect(self._on_filter_changed)
        self.ui.checklistCombo.currentIndexChanged.connect(self._on_filter_changed)
        self.ui.overdueCheck.toggled.connect(self._on_filter_changed)
        self.ui.saveButton.clicked.connect(self._save)
        self.ui.markDoneButton.clicked.connect(self._mark_done)
        self.ui.verifyButton.clicked.connect(self._verify)
        self.ui.rejectButton.clicked.connect(self._reject)
        self.ui.delayButton.clicked.connect(self._delay)
        self.ui.addPhotoButton.clicked.connect(self._add_photo)
        self.ui.printButton.clicked.connect(self.print_notices)
        self._show_detail(None)
        self._filters = self._chosen_filters()
        #: True while the list goes back to the item the user chose to stay on.
        self._staying = False

    @classmethod
    def from_context(cls, context: PageContext) -> RectificationPage:
        services = context.services
        return cls(
            context.actor,
            services.campaigns,
            services.wards,
            services.rectification,
            services.notices,
            context.today,
        )

    def title(self) -> str:
        return self.tr("Rectification")

    # -- the list ------------------------------------------------------------------------------

    def refresh(self) -> None:
        """Reloads wards, checklists and items of the current campaign, keeping the filters."""
        if not self.confirm_leave():
            return
        campaign = self._campaigns.current_campaign(self._actor, self._today())
        self._campaign_id = campaign.id if campaign else None
        if campaign is None:
            self._refill(self.ui.wardCombo, [])
            self._refill(self.ui.checklistCombo, [])
            self.model.load([])
            self.ui.countLabel.clear()
            self._show_detail(None, self.tr("There is no campaign yet."))
            return
        self._campaign_name = campaign.name
        in_campaign = set(self._campaigns.ward_ids(self._actor, campaign.id))
        listed = [ward for ward in self._wards.list_wards(self._actor) if ward.id in in_campaign]
        self._ward_codes = {ward.id: ward.code for ward in listed}
        wards: list[tuple[str, object]] = [(f"{ward.code} {ward.name}", ward.id) for ward in listed]
        if may(self._actor, Permission.RECHECK_RECTIFICATION):
            wards.insert(0, (self.tr("All wards"), None))
        self._refill(self.ui.wardCombo, wards)
        checklists = [(c.name, c.name) for c in campaign.checklists]
        self._refill(self.ui.checklistCombo, [(self.tr("All checklists"), None), *checklists])
        self._reload()

    @staticmethod
    def _refill(combo: QComboBox, choices: Sequence[tuple[str, object]]) -> None:
        chosen = combo.currentData()
        combo.blockSignals(True)
        combo.clear()
        for text, data in choices:
            combo.addItem(text, data)
        combo.setCurrentIndex(max(combo.findData(chosen), 0))
        combo.blockSignals(False)

    def _chosen_filters(self) -> tuple[object, object, object, bool]:
        ui = self.ui
        return (
            ui.wardCombo.currentData(),
            ui.statusCombo.currentData(),
            ui.checklistCombo.currentData(),
            ui.overdueCheck.isChecked(),
        )

    def _on_filter_changed(self) -> None:
        """Another filter replaces the item shown: its answer is saved first, or the user
        chooses to stay, and then the filters go back to what the list shows."""
        if not self.confirm_leave():
            self._restore_filters()
            return
        self._filters = self._chosen_filters()
        self._reload()

    def _restore_filters(self) -> None:
        ui = self.ui
        ward, status, checklist, overdue = self._filters
        combos = ((ui.wardCombo, ward), (ui.statusCombo, status), (ui.checklistCombo, checklist))
        for combo, data in combos:
            combo.blockSignals(True)
            combo.setCurrentIndex(max(combo.findData(data), 0))
            combo.blockSignals(False)
        ui.overdueCheck.blockSignals(True)
        ui.overdueCheck.setChecked(overdue)
        ui.overdueCheck.blockSignals(False)

    def _reload(self, keep: int | None = None) -> None:
        """The list as the filters say; ``keep`` (else the current item) stays selected."""
        if self._campaign_id is None:
            return
        if keep is None and self._detail is not None:
            keep = self._detail.item.id
        items = self._rectification.list_items(
            self._actor,
            self._campaign_id,
            ward_id=self.ui.wardCombo.currentData(),
            status=self.ui.statusCombo.currentData(),
            checklist_name=self.ui.checklistCombo.currentData(),
            overdue_only=self.ui.overdueCheck.isChecked(),
        )
        self._detail = None
        self.model.load(items)
        overdue = sum(item.overdue for item in items)
        self.ui.countLabel.setText(
            self.tr("{count} items, {overdue} overdue").format(count=len(items), overdue=overdue)
        )
        view = self.ui.itemsView
        view.resizeColumnsToContents()
        view.setColumnWidth(Column.ITEM, min(view.columnWidth(Column.ITEM), 320))
        view.setColumnWidth(Column.WARD, min(view.columnWidth(Column.WARD), 130))
        row = self.model.row_of(keep) if keep is not None else -1
        if not items:
            self._show_detail(None, self.tr("No rectification items match the filters."))
            return
        view.selectRow(max(row, 0))
        if self._detail is None:  # the same row as before: no currentRowChanged
            self._load_detail(self.model.item_at(max(row, 0)).id)  # type: ignore[union-attr]

    def _on_current_changed(self, current: QModelIndex, previous: QModelIndex) -> None:
        if self._staying:
            return
        if previous.isValid() and not self.confirm_leave():
            # The user stays with her unsaved answer: the list shows its item again.
            self._staying = True
            self.ui.itemsView.selectRow(previous.row())
            self._staying = False
            return
        item = self.model.item_at(current.row())
        if item is not None and (self._detail is None or self._detail.item.id != item.id):
            self._load_detail(item.id)

    # -- the detail ----------------------------------------------------------------------------

    def _load_detail(self, item_id: int) -> None:
        try:
            detail = self._rectification.detail(self._actor, item_id)
        except NursingQCError as error:
            show_error(self, error)
            return
        self._show_detail(detail)

    def _answerable(self) -> bool:
        return self._detail is not None and self._detail.steps.may_answer

    def _show_detail(self, detail: RectificationDetail | None, empty_text: str = "") -> None:
        self._detail = detail
        ui = self.ui
        ui.noteLabel.clear()
        if detail is None:
            ui.summaryLabel.setText(empty_text)
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
            ):
                widget.setEnabled(False)
            ui.historyTable.setRowCount(0)
            ui.photoList.clear()
            return
        item = detail.item
        ui.summaryLabel.setText(self._summary(detail))
        ui.causeEdit.setPlainText(item.cause)
        ui.measureEdit.setPlainText(item.measure)
        ui.ownerEdit.setText(item.owner)
        steps = detail.steps
        ui.doneDateEdit.setMaximumDate(as_qdate(steps.done_latest))
        ui.doneDateEdit.setDate(as_qdate(item.done_on or steps.done_latest))
        answerable = steps.may_answer
        for edit in (ui.causeEdit, ui.measureEdit):
            edit.setEnabled(True)
            edit.setReadOnly(not answerable)
        ui.ownerEdit.setEnabled(True)
        ui.ownerEdit.setReadOnly(not answerable)
        ui.doneDateEdit.setEnabled(answerable)
        ui.saveButton.setEnabled(answerable)
        ui.markDoneButton.setEnabled(answerable)
        ui.verifyButton.setEnabled(steps.may_recheck)
        ui.rejectButton.setEnabled(steps.may_recheck)
        ui.delayButton.setEnabled(steps.may_delay)
        ui.addPhotoButton.setEnabled(steps.may_add_photo)
        self.ui.historyTable.show_history(detail.history)
        if self.ui.photoList.show_photos(detail.photos):
            self.ui.detailTabs.setTabText(
                1, self.tr("P&hotos ({count})").format(count=len(detail.photos))
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

    # -- acting on the item --------------------------------------------------------------------

    def has_unsaved_work(self) -> bool:
        return self._answer_changed()

    def _answer_changed(self) -> bool:
        if not self._answerable() or self._detail is None:
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
        if not self._answer_changed() or self._detail is None:
            return True
        try:
            self._fill()
        except ConcurrentChange as error:
            show_error(self, error)
            self._keep_on_clipboard(self._answer())
            self._load_detail(self._detail.item.id)
            return True
        except NursingQCError as error:
            show_error(self, error)
            return False
        return True

    def _fill(self) -> None:
        """Saves the answer and holds the item as saved, so a following step (mark done) works
        on its new version, and a step that fails leaves the answer saved and shown."""
        assert self._detail is not None
        item = self._detail.item
        saved = self._rectification.fill(self._actor, item.id, item.version, *self._answer())
        self._detail = replace(self._detail, item=saved)

    def _act(self, action: Callable[[], object], done: str) -> bool:
        """Runs one change of the current item and shows the item as it is now. A change made
        elsewhere in the meantime is reported with who made it, and the item is reloaded."""
        assert self._detail is not None
        item_id = self._detail.item.id
        typed = self._answer() if self._answer_changed() else None
        try:
            action()
        except ConcurrentChange as error:
            show_error(self, error)
            self._detail = None
            self._reload(item_id)
            if typed is not None:
                self._keep_on_clipboard(typed)
            return False
        except NursingQCError as error:
            show_error(self, error)
            return False
        self._detail = None
        self._reload(item_id)
        self._say(done)
        return True

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

    def _save(self) -> None:
        if self._answer_changed():
            self._act(self._fill, self.tr("Saved."))
        else:
            self._say(self.tr("Nothing changed since the last save."))

    def _mark_done(self) -> None:
        if self._detail is None:
            return
        done_on = as_date(self.ui.doneDateEdit.date())

        def save_and_mark() -> None:
            if self._answer_changed():
                self._fill()
            assert self._detail is not None
            item = self._detail.item
            self._rectification.mark_done(self._actor, item.id, item.version, done_on)

        self._act(save_and_mark, self.tr("Marked as rectified; it now waits for the re-check."))

    def _verify(self) -> None:
        if self._detail is None:
            return
        item = self._detail.item
        answer = QMessageBox.question(
            self,
            self.tr("Re-check passed"),
            self.tr("Confirm that {item} of {ward} passed the re-check?").format(
                item=item.item_code, ward=item.ward_name
            ),
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        self._act(
            lambda: self._rectification.verify(self._actor, item.id, item.version),
            self.tr("Re-check passed."),
        )

    def _reject(self) -> None:
        if self._detail is None:
            return
        item, steps = self._detail.item, self._detail.steps
        answer = DeadlineDialog.ask(
            self,
            self.tr("Re-check failed"),
            self.tr(
                "{item} of {ward} goes back to the ward. Say what is still wrong and give a "
                "new deadline."
            ).format(item=item.item_code, ward=item.ward_name),
            earliest=steps.reject_earliest,
            proposed=steps.reject_proposed,
        )
        if answer is None:
            return
        reason, deadline = answer
        self._act(
            lambda: self._rectification.reject(
                self._actor, item.id, item.version, reason, deadline
            ),
            self.tr("Sent back to the ward with the new deadline."),
        )

    def _delay(self) -> None:
        if self._detail is None:
            return
        item, steps = self._detail.item, self._detail.steps
        answer = DeadlineDialog.ask(
            self,
            self.tr("Delay"),
            self.tr(
                "The deadline of {item} of {ward} is {deadline}. Give the reason for the delay "
                "and a later date."
            ).format(
                item=item.item_code, ward=item.ward_name, deadline=f"{item.deadline:%Y-%m-%d}"
            ),
            earliest=steps.delay_earliest,
            proposed=steps.delay_proposed,
        )
        if answer is None:
            return
        reason, deadline = answer
        self._act(
            lambda: self._rectification.delay(self._actor, item.id, item.version, reason, deadline),
            self.tr("Deadline moved."),
        )

    # -- the notice ----------------------------------------------------------------------------

    def print_notices(self) -> None:
        """整改通知单 of the ward chosen above (无需整改 when it has nothing to do), or of every
        ward with items still to do, previewed before printing."""
        if self._campaign_id is None:
            return
        ward_id = self.ui.wardCombo.currentData()
        ward_code = self._ward_codes.get(ward_id) if ward_id is not None else None
        preview_notices(
            self,
            self._notices,
            self._actor,
            (self._campaign_id, self._campaign_name),
            ward_code,
        )

    # -- photos --------------------------------------------------------------------------------

    def _add_photo(self) -> None:
        # The page reloads the item once the photo is stored: what was typed is saved first.
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

    def _forget_task(self) -> None:
        self._task = None

    def _store_photo(self, item_id: int, name: str, scaled: ScaledImage) -> None:
        try:
            self._rectification.add_photo(
                self._actor, item_id, name, scaled.jpeg, (scaled.width, scaled.height)
            )
        except NursingQCError as error:
            show_error(self, error)
            return
        self._detail = None
        self._reload(item_id)
        self.ui.detailTabs.setCurrentWidget(self.ui.photosTab)
        self._say(self.tr("Photo added."))
