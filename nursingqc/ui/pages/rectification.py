"""整改: the rectification items of the campaign — the ward answers and marks them done, an
inspector or the department re-checks them — with their history and photo evidence.

A head nurse sees her own ward; inspectors and the department every ward. The page holds the list,
its filters and the notices; the item chosen is shown and worked on in the detail pane
(``ui/widgets/rectification_detail.py``). The ward's answer (cause, measure, owner) is saved when
she leaves the item, as the score sheets are, so nothing typed is lost by clicking the next row.

The list holds light lines (what its columns show) of every item the user may see — 13,000 in a
300-ward month — read when the page is shown and after each change made here; the filters choose
among them without reading again, and only the item chosen is read whole.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import date
from pathlib import Path

from PySide6.QtCore import QModelIndex
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import QComboBox, QHeaderView, QWidget

from nursingqc.domain.accounts import Actor, Permission, may
from nursingqc.domain.errors import QT_TRANSLATE_NOOP
from nursingqc.domain.rectification import RectificationStatus
from nursingqc.services.campaigns import CampaignService
from nursingqc.services.notices import NoticeService
from nursingqc.services.rectification import RectificationLine, RectificationService
from nursingqc.ui.forms.ui_rectification_page import Ui_RectificationPage
from nursingqc.ui.models.rectification_items import (
    EXPORT_WIDTHS,
    Column,
    RectificationItemsModel,
    export_headers,
    export_row,
    item_sent_back,
    recheck_failed_text,
    status_text,
)
from nursingqc.ui.pages.page import Page, PageContext
from nursingqc.ui.widgets.rectification_detail import RectificationDetailPane
from nursingqc.ui.widgets.result_views import keep_campaign, working_campaign
from nursingqc.ui.workers import (
    BackgroundTask,
    Progress,
    ask_workbook_path,
    workbook_path,
    write_in_background,
)

STATUS_FILTERS = (
    RectificationStatus.OPEN,
    RectificationStatus.AWAITING_RECHECK,
    RectificationStatus.VERIFIED,
    RectificationStatus.WITHDRAWN,
)

#: The status filter's choice of items sent back by the re-check (复查未通过), not a status.
RECHECK_FAILED = "recheck_failed"

#: The widest, in Chinese characters, of the columns whose texts can be long: in characters, so
#: that a larger font size (字体大小) widens them with their texts.
WIDEST = {Column.ITEM: 24, Column.WARD: 10}
#: Characters the item and problem columns keep when the room is short (both cut with "…").
NARROWEST_ITEM = 10
NARROWEST_PROBLEM = 10


class RectificationPage(Page):
    key = "rectification"
    title_text = QT_TRANSLATE_NOOP("RectificationPage", "Rectification")

    def __init__(
        self,
        actor: Actor,
        campaigns: CampaignService,
        rectification: RectificationService,
        notices: NoticeService,
        today: Callable[[], date] = date.today,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.ui = Ui_RectificationPage()
        self.ui.setupUi(self)
        self._actor = actor
        self._campaigns = campaigns
        self._rectification = rectification
        self._notices = notices
        self._today = today
        self._campaign_id: int | None = None
        self._campaign_name = ""
        self._ward_codes: dict[int, str] = {}
        #: Every item of the campaign the actor may see, in the list's order; the filters
        #: choose among them.
        self._lines: list[RectificationLine] = []
        #: The item column's fitted width, before it gives the problem room.
        self._item_width = 0

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

        # The item chosen in the list, with everything that can be done to it.
        self.detail: RectificationDetailPane = self.ui.detailPanel
        self.detail.bind(actor, rectification)
        self.detail.itemChanged.connect(self._on_item_changed)

        for status in STATUS_FILTERS:
            self.ui.statusCombo.addItem(status_text(status), status)
        self.ui.statusCombo.insertItem(1, recheck_failed_text(), RECHECK_FAILED)
        self.ui.statusCombo.insertItem(0, self.tr("All statuses"), None)
        self.ui.statusCombo.setCurrentIndex(0)

        department_side = may(actor, Permission.RECHECK_RECTIFICATION)
        self.ui.printButton.setVisible(department_side)
        self.ui.wardCombo.setEnabled(department_side)

        self.ui.campaignCombo.currentIndexChanged.connect(self._on_campaign_changed)
        self.ui.wardCombo.currentIndexChanged.connect(self._on_filter_changed)
        self.ui.statusCombo.currentIndexChanged.connect(self._on_filter_changed)
        self.ui.checklistCombo.currentIndexChanged.connect(self._on_filter_changed)
        self.ui.overdueCheck.toggled.connect(self._on_filter_changed)
        self.ui.printButton.clicked.connect(self.print_notices)
        self.ui.exportButton.clicked.connect(self.export_workbook)
        self.task: BackgroundTask | None = None
        self._filters = self._chosen_filters()
        # True while the page itself selects a row (reloading, or going back to the item the
        # user chose to stay on): no item is left, none is to be shown.
        self._selecting = False

    @classmethod
    def from_context(cls, context: PageContext) -> RectificationPage:
        services = context.services
        return cls(
            context.actor,
            services.campaigns,
            services.rectification,
            services.notices,
            context.today,
        )

    def open_target(self, target: object) -> None:
        """A status from the home page's to-do (待复查, 待整改): the list shows those items."""
        position = self.ui.statusCombo.findData(target)
        if isinstance(target, RectificationStatus) and position >= 0:
            self.ui.statusCombo.setCurrentIndex(position)

    # -- what was typed: the detail pane's ------------------------------------------------------

    def has_unsaved_work(self) -> bool:
        return self.detail.has_unsaved_work()

    def save_now(self) -> bool:
        return self.detail.save_now()

    # -- the list ------------------------------------------------------------------------------

    def refresh(self) -> None:
        """Reloads wards, checklists and items of the current campaign, keeping the filters."""
        if not self.confirm_leave():
            return
        campaign = working_campaign(
            self.ui.campaignCombo, self._campaigns, self._actor, self._today
        )
        self._campaign_id = campaign.id if campaign else None
        if campaign is None:
            self._refill(self.ui.wardCombo, [])
            self._refill(self.ui.checklistCombo, [])
            self._lines = []
            self.model.load([])
            self.ui.countLabel.clear()
            self.detail.show_nothing(self.tr("There is no campaign yet."))
            return
        self._campaign_name = campaign.name
        listed = self._rectification.list_wards(self._actor, campaign.id)
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

    def _on_campaign_changed(self) -> None:
        """Another campaign: the answer typed is saved first, or the user stays on this one."""
        if not self.confirm_leave():
            keep_campaign(self.ui.campaignCombo, self._campaign_id)
            return
        self.refresh()

    def _on_filter_changed(self) -> None:
        """Another filter replaces the item shown: its answer is saved first, or the user
        chooses to stay, and then the filters go back to what the list shows. The filters
        narrow the lines read with the page: choosing one reads nothing again."""
        typed = self.has_unsaved_work()
        if not self.confirm_leave():
            self._restore_filters()
            return
        self._filters = self._chosen_filters()
        if typed:
            # Saving it may have found the item changed elsewhere: the list reads it again.
            self._reload()
        else:
            self._narrow()

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

    def _reload(self, keep: int | None = None, *, shown_fresh: bool = False) -> None:
        """Reads the list again (every item the actor may see, as it is now), then shows it as
        the filters say (see ``_narrow``)."""
        if self._campaign_id is None:
            return
        # The old lines go before the new ones come: at 3,000 wards each list is 126,000 lines.
        self.model.load([])
        self._lines = []
        self._lines = self._rectification.list_lines(self._actor, self._campaign_id)
        self._narrow(keep, shown_fresh=shown_fresh)

    def _narrow(self, keep: int | None = None, *, shown_fresh: bool = False) -> None:
        """The list as the filters say; ``keep`` (else the item shown) stays selected and is
        shown as it is now — unless ``shown_fresh``: the pane has just loaded it itself."""
        if self._campaign_id is None:
            return
        if keep is None:
            keep = self.detail.item_id
        ward, status, checklist, overdue_only = self._chosen_filters()
        items = [
            line
            for line in self._lines
            if (ward is None or line.ward_id == ward)
            and (
                status is None
                or (item_sent_back(line) if status == RECHECK_FAILED else line.status == status)
            )
            and (not checklist or line.checklist_name == checklist)
            and (line.overdue or not overdue_only)
        ]
        self.model.load(items)
        overdue = sum(item.overdue for item in items)
        self.ui.countLabel.setText(
            self.tr("{count} items, {overdue} overdue").format(count=len(items), overdue=overdue)
        )
        self._fit_columns()
        if not items:
            self.detail.show_nothing(self.tr("No rectification items match the filters."))
            return
        row = max(self.model.row_of(keep) if keep is not None else -1, 0)
        self._select(row)
        chosen = items[row].id
        if not shown_fresh or chosen != self.detail.item_id:
            self.detail.show_item(chosen)

    def _fit_columns(self) -> None:
        """Each column as wide as its widest text in a sample of the rows (see the model's
        ``width_samples``), as ``resizeColumnsToContents`` would make it measuring every row —
        which takes half a second at 13,000 items. Long item texts and ward names are cut at a
        width that leaves the problem room; their tooltip and the detail pane show them whole."""
        view, model = self.ui.itemsView, self.model
        header = view.horizontalHeader()
        grid = 1 if view.showGrid() else 0
        character = view.fontMetrics().horizontalAdvance("病")
        samples = model.width_samples()
        for column in Column:
            if column is Column.PROBLEM:  # stretched over the room the others leave
                continue
            content = max(
                (
                    view.sizeHintForIndex(model.index(row, column)).width() + grid
                    for row in samples.get(column, ())
                ),
                default=0,
            )
            width = max(content, header.sectionSizeHint(column))
            most = WIDEST[column] * character if column in WIDEST else width
            view.setColumnWidth(column, min(width, most))
        self._item_width = view.columnWidth(Column.ITEM)
        self._leave_room_for_the_problem()

    def _leave_room_for_the_problem(self) -> None:
        """The item column gives up width (down to ``NARROWEST_ITEM`` characters) until the
        stretched problem column has its title and ``NARROWEST_PROBLEM`` characters: at a large
        font size in English the other columns took all the room and cut the title 问题 to a
        sliver. Both columns' tooltips hold the item and the problem whole."""
        view = self.ui.itemsView
        header = view.horizontalHeader()
        character = view.fontMetrics().horizontalAdvance("病")
        floor = max(header.sectionSizeHint(Column.PROBLEM), NARROWEST_PROBLEM * character)
        others = sum(view.columnWidth(c) for c in Column if c not in (Column.PROBLEM, Column.ITEM))
        room = view.viewport().width() - others - floor
        narrowest = min(self._item_width, NARROWEST_ITEM * character)
        view.setColumnWidth(Column.ITEM, max(narrowest, min(self._item_width, room)))

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._leave_room_for_the_problem()

    def _select(self, row: int) -> None:
        self._selecting = True
        try:
            self.ui.itemsView.selectRow(row)
        finally:
            self._selecting = False

    def _on_current_changed(self, current: QModelIndex, previous: QModelIndex) -> None:
        if self._selecting:
            return
        if previous.isValid() and not self.confirm_leave():
            # The user stays with her unsaved answer: the list shows its item again.
            self._select(previous.row())
            return
        item = self.model.item_at(current.row())
        if item is not None and item.id != self.detail.item_id:
            self.detail.show_item(item.id)

    def _on_item_changed(self, item_id: int) -> None:
        """The pane changed its item: the list shows it as it is now, still selected."""
        self._reload(item_id, shown_fresh=True)

    # -- the notice ----------------------------------------------------------------------------

    def export_workbook(self) -> None:
        """导出 Excel: the items the filters show, answers and re-checks included."""
        if self._campaign_id is None:
            return
        from nursingqc.ui.dialogs.document_preview import file_name

        suggested = file_name(self.tr("Rectification"), self._campaign_name).removesuffix(".pdf")
        path = ask_workbook_path(self, self.tr("Export the rectification list"), suggested)
        if path is not None:
            self.export_to(path)

    def export_to(self, path: Path) -> BackgroundTask:
        from nursingqc.reports.excel.table_workbook import write_table_workbook

        path = workbook_path(path)
        actor, rectification, campaign_id = self._actor, self._rectification, self._campaign_id
        assert campaign_id is not None
        ward, status, checklist, overdue_only = self._chosen_filters()
        sent_back = status == RECHECK_FAILED
        # The combos' data: a ward id, a status (or the 复查未通过 choice), a checklist's name.
        ward_id = ward if isinstance(ward, int) else None
        chosen = RectificationStatus(str(status)) if status and not sent_back else None
        checklist_name = checklist if isinstance(checklist, str) else None
        title, headers = self.tr("Rectification"), export_headers()

        def job(progress: Progress) -> Path | None:
            items = rectification.list_items(
                actor, campaign_id, ward_id, chosen, checklist_name, overdue_only
            )
            if sent_back:
                items = [item for item in items if item_sent_back(item)]
            rows = (export_row(item) for item in items)
            written = write_table_workbook(
                title, headers, EXPORT_WIDTHS, rows, len(items), path, progress
            )
            return path if written is not None else None

        self.task = write_in_background(
            self,
            self.ui.countLabel,
            self.tr("Writing the rectification list…"),
            path,
            job,
            self.tr("The rectification list was exported to {path}"),
        )
        return self.task

    def print_notices(self) -> None:
        """整改通知单 of the ward chosen above (无需整改 when it has nothing to do), or of every
        ward with items still to do, previewed before printing."""
        from nursingqc.ui.dialogs.document_preview import preview_notices

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
