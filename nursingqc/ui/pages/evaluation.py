"""评比: inspectors and the department score any ward, checklist by checklist.

Above the shared score-sheet panel: the ward and checklist pickers and the inspections of that pair
(inspector, date, status). Choosing a pair opens the user's own inspection of today, or a new one
dated today; any listed inspection opens with a click. Each inspector scores a ward on a checklist
once a day: a second one of the same day is refused and the first one is opened instead.
The ward picker shows how many of the ward's checklists have a submitted inspection; after a submit
the page moves on to the next ward × checklist still without one.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from datetime import date

from PySide6.QtCore import QItemSelectionModel, QModelIndex
from PySide6.QtWidgets import QHeaderView, QMessageBox, QWidget

from nursingqc.domain.accounts import Actor, Permission
from nursingqc.domain.errors import QT_TRANSLATE_NOOP
from nursingqc.domain.scoring import sheet_score
from nursingqc.domain.workflow import PhaseKind
from nursingqc.services.campaigns import CampaignService
from nursingqc.services.evaluation_board import EvaluationBoard
from nursingqc.services.inspections import EvaluationLine, InspectionService, SheetKey
from nursingqc.services.score_import import ScoreImportService
from nursingqc.services.wards import WardService
from nursingqc.ui.dialogs.score_import import PaperRound
from nursingqc.ui.forms.ui_evaluation_page import Ui_EvaluationPage
from nursingqc.ui.models.evaluation import InspectionListModel
from nursingqc.ui.pages.page import Page, PageContext
from nursingqc.ui.widgets.result_views import keep_campaign, working_campaign
from nursingqc.ui.widgets.score_sheet_panel import ScoreSheetPanel


class EvaluationPage(Page):
    key = "evaluation"
    title_text = QT_TRANSLATE_NOOP("EvaluationPage", "Evaluation")
    permission = Permission.EVALUATE

    def __init__(
        self,
        actor: Actor,
        campaigns: CampaignService,
        wards: WardService,
        inspections: InspectionService,
        today: Callable[[], date] = date.today,
        parent: QWidget | None = None,
        score_import: ScoreImportService | None = None,
    ) -> None:
        super().__init__(parent)
        self.ui = Ui_EvaluationPage()
        self.ui.setupUi(self)
        self._actor = actor
        self._campaigns = campaigns
        self._wards = wards
        self._inspections = inspections
        self._today = today
        self._campaign_id: int | None = None
        #: True while the page itself moves the selection, so it is not taken as a user's choice.
        self._selecting = False
        #: Which ward × checklist pairs have a submitted inspection: read on refresh and submit,
        #: not after every autosave.
        self._board: EvaluationBoard | None = None
        #: The ward picker's captions without the progress, by ward id.
        self._ward_names: dict[int, str] = {}

        self.panel: ScoreSheetPanel = self.ui.sheetPanel
        self.panel.bind(actor, inspections)
        self.panel.sheetChanged.connect(self._on_sheet_changed)
        self.panel.draftSaved.connect(self._on_draft_saved)
        self.panel.submitted.connect(self._on_submitted)
        self.lines = InspectionListModel(self)
        view = self.ui.inspectionsView
        view.setModel(self.lines)
        view.verticalHeader().setVisible(False)
        view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        view.selectionModel().currentRowChanged.connect(self._on_row_chosen)
        self.ui.campaignCombo.currentIndexChanged.connect(self._on_campaign_changed)
        self.ui.wardCombo.currentIndexChanged.connect(self._on_pair_changed)
        self.ui.checklistCombo.currentIndexChanged.connect(self._on_pair_changed)
        self.ui.newButton.clicked.connect(self.start_new)
        self.ui.importButton.setVisible(score_import is not None)
        self.ui.templateButton.setVisible(score_import is not None)
        #: 评分模板 and 导入纸质评分 of the evaluation (None: the page offers neither).
        self.paper: PaperRound | None = None
        if score_import is not None:
            self.paper = PaperRound(
                self,
                self.ui.statusLabel,
                actor,
                score_import,
                PhaseKind.EVALUATION,
                lambda: self._campaign_id,
                self.panel.save_now,
                self.refresh,
            )
            self.ui.importButton.clicked.connect(self.paper.import_scores)
            self.ui.templateButton.clicked.connect(self.paper.save_template)

    @classmethod
    def from_context(cls, context: PageContext) -> EvaluationPage:
        services = context.services
        return cls(
            context.actor,
            services.campaigns,
            services.wards,
            services.inspections,
            context.today,
            score_import=services.score_import,
        )

    def has_unsaved_work(self) -> bool:
        return self.panel.has_unsaved_entries

    def save_now(self) -> bool:
        return self.panel.save_now()

    def confirm_leave(self) -> bool:
        return self.panel.confirm_discard()

    # -- choosing a ward and checklist ---------------------------------------------------------

    def refresh(self) -> None:
        """Reloads the campaign's wards and checklists, keeping the chosen pair and inspection."""
        self.panel.save_now()
        campaign = working_campaign(
            self.ui.campaignCombo, self._campaigns, self._actor, self._today
        )
        self._campaign_id = campaign.id if campaign else None
        ward_combo, checklist_combo = self.ui.wardCombo, self.ui.checklistCombo
        chosen_ward, chosen_checklist = ward_combo.currentData(), checklist_combo.currentData()
        for combo in (ward_combo, checklist_combo):
            combo.blockSignals(True)
            combo.clear()
        self._ward_names = {}
        if campaign is not None:
            in_campaign = set(self._campaigns.ward_ids(self._actor, campaign.id))
            for ward in self._wards.list_wards(self._actor):
                if ward.id in in_campaign:
                    self._ward_names[ward.id] = f"{ward.code} {ward.name}"
                    ward_combo.addItem(self._ward_names[ward.id], ward.id)
            for checklist in campaign.checklists:
                checklist_combo.addItem(checklist.name, checklist.checklist_id)
        for combo, chosen in ((ward_combo, chosen_ward), (checklist_combo, chosen_checklist)):
            combo.setCurrentIndex(max(combo.findData(chosen), 0))
            combo.blockSignals(False)
        self._show_progress()
        if campaign is None or not ward_combo.count() or not checklist_combo.count():
            self.lines.load([])
            self.ui.statusLabel.clear()
            self.ui.newButton.setEnabled(False)
            self.panel.clear(
                self.tr("There is no campaign yet.")
                if campaign is None
                else self.tr("{campaign} has no wards or checklists.").format(
                    campaign=campaign.name
                )
            )
            return
        self.ui.newButton.setEnabled(True)
        current = self.panel.sheet
        if current is not None and (current.key.ward_id, current.key.checklist_id) == (
            ward_combo.currentData(),
            checklist_combo.currentData(),
        ):
            self._reload_lines()
            self._open(current.key)
        else:
            self._open_pair()

    def open_target(self, target: object) -> None:
        """``(ward_id, checklist_id)`` from a cell of the evaluation board."""
        if isinstance(target, tuple):
            self.show_pair(*target)

    def show_pair(self, ward_id: int, checklist_id: int) -> None:
        """Opens a ward and checklist chosen elsewhere (a cell of the evaluation board)."""
        self.refresh()
        for combo, wanted in ((self.ui.wardCombo, ward_id), (self.ui.checklistCombo, checklist_id)):
            position = combo.findData(wanted)
            if position >= 0:
                combo.setCurrentIndex(position)

    # -- progress: which pairs have a submitted inspection --------------------------------------

    def _show_progress(self) -> None:
        """The ward picker says of each ward how many checklists have a submitted inspection."""
        self._board = (
            self._inspections.evaluation_board(self._actor, self._campaign_id)
            if self._campaign_id is not None and self._ward_names
            else None
        )
        combo = self.ui.wardCombo
        for position in range(combo.count()):
            ward_id = combo.itemData(position)
            done, total = self._ward_progress(ward_id)
            combo.setItemText(
                position,
                self.tr("{ward} ({done}/{total} submitted)").format(
                    ward=self._ward_names[ward_id], done=done, total=total
                ),
            )

    def _ward_progress(self, ward_id: int) -> tuple[int, int]:
        checklists = [
            self.ui.checklistCombo.itemData(n) for n in range(self.ui.checklistCombo.count())
        ]
        board = self._board
        done = sum(1 for c in checklists if board is not None and board.submitted(ward_id, c))
        return done, len(checklists)

    def _next_pending(self, ward_id: int, checklist_id: int) -> tuple[int, int] | None:
        """The first pair after (``ward_id``, ``checklist_id``), in the pickers' order and going
        round, that has no submitted inspection yet; None when every pair has one."""
        board = self._board
        wards = [self.ui.wardCombo.itemData(n) for n in range(self.ui.wardCombo.count())]
        checklists = [
            self.ui.checklistCombo.itemData(n) for n in range(self.ui.checklistCombo.count())
        ]
        pairs = [(w, c) for w in wards for c in checklists]
        if board is None or (ward_id, checklist_id) not in pairs:
            return None
        start = pairs.index((ward_id, checklist_id)) + 1
        return next(
            (pair for pair in pairs[start:] + pairs[:start] if not board.submitted(*pair)), None
        )

    def _on_submitted(self, key: SheetKey) -> None:
        """Offer the next ward × checklist still without a submitted inspection."""
        self._show_progress()
        following = self._next_pending(key.ward_id, key.checklist_id)
        if following is None:
            self.panel.show_note(
                self.tr("Submitted. Every ward has a submitted inspection on every checklist."),
                "info",
            )
            return
        ward_id, checklist_id = following
        for combo, wanted in ((self.ui.wardCombo, ward_id), (self.ui.checklistCombo, checklist_id)):
            combo.blockSignals(True)
            combo.setCurrentIndex(combo.findData(wanted))
            combo.blockSignals(False)
        self._open_pair()
        self.panel.show_note(
            self.tr("Submitted. Next to inspect: {ward}, {checklist}.").format(
                ward=self._ward_names[ward_id], checklist=self.ui.checklistCombo.currentText()
            ),
            "info",
        )

    def _pair(self) -> tuple[int, int] | None:
        ward_id, checklist_id = (
            self.ui.wardCombo.currentData(),
            self.ui.checklistCombo.currentData(),
        )
        if ward_id is None or checklist_id is None or self._campaign_id is None:
            return None
        return ward_id, checklist_id

    def _on_pair_changed(self) -> None:
        if not self.panel.confirm_discard():
            return
        self._open_pair()

    def _open_pair(self) -> None:
        """The user's own inspection of today if there is one, else a new one dated today."""
        self._reload_lines()
        mine = self._own_today()
        self._open(mine.key if mine else self._new_key())

    def _reload_lines(self) -> None:
        pair = self._pair()
        if pair is None or self._campaign_id is None:
            self.lines.load([])
            return
        self.lines.load(
            self._inspections.evaluation_inspections(self._actor, self._campaign_id, *pair)
        )

    def _own_today(self) -> EvaluationLine | None:
        today = self._today()
        return next(
            (
                line
                for line in self.lines.lines
                if line.inspector_id == self._actor.user_id and line.inspected_on == today
            ),
            None,
        )

    def _new_key(self) -> SheetKey:
        pair = self._pair()
        assert pair is not None and self._campaign_id is not None
        return SheetKey(self._campaign_id, *pair, phase=PhaseKind.EVALUATION)

    # -- choosing an inspection ----------------------------------------------------------------

    def _open(self, key: SheetKey) -> None:
        self.panel.open_sheet(key)
        self._select(self.panel.sheet.key.inspection_id if self.panel.sheet else None)
        self._show_status()

    def _select(self, inspection_id: int | None) -> None:
        view = self.ui.inspectionsView
        row = self.lines.row_of(inspection_id) if inspection_id is not None else -1
        self._selecting = True
        try:
            if row < 0:
                view.selectionModel().clearSelection()
                view.selectionModel().setCurrentIndex(
                    QModelIndex(), QItemSelectionModel.SelectionFlag.Clear
                )
            else:
                view.selectRow(row)
        finally:
            self._selecting = False

    def _on_campaign_changed(self) -> None:
        """Another campaign: what is typed is saved first, or the user stays on this one."""
        if not self.panel.confirm_discard():
            keep_campaign(self.ui.campaignCombo, self._campaign_id)
            return
        self.refresh()

    def _on_row_chosen(self, current: QModelIndex, previous: QModelIndex) -> None:
        if self._selecting or not current.isValid():
            return
        line = self.lines.lines[current.row()]
        sheet = self.panel.sheet
        if sheet is not None and sheet.key == line.key:
            return
        if not self.panel.confirm_discard():
            self._select(sheet.key.inspection_id if sheet else None)
            return
        self._open(line.key)

    def start_new(self) -> None:
        """今天新建检查: one per inspector, ward, checklist and day; an existing one is opened."""
        if self._pair() is None or not self.panel.confirm_discard():
            return
        self._reload_lines()
        mine = self._own_today()
        if mine is not None:
            QMessageBox.information(
                self,
                self.tr("Already inspected today"),
                self.tr(
                    "You already have an inspection of this ward on this checklist dated {date}; "
                    "an inspector scores a ward on a checklist once a day. It is opened now."
                ).format(date=f"{mine.inspected_on:%Y-%m-%d}"),
            )
            self._open(mine.key)
            return
        self._open(self._new_key())

    def _on_sheet_changed(self) -> None:
        """A submit, reopen or reload: the list is read again."""
        self._reload_lines()
        sheet = self.panel.sheet
        self._select(sheet.key.inspection_id if sheet else None)
        self._show_status()

    def _on_draft_saved(self) -> None:
        """An autosave: the listed inspection's line takes the saved draft's status and score
        so far, without the list read again on every autosave. A save that created the
        inspection (it is not listed yet) reads the list, which then holds it."""
        sheet = self.panel.sheet
        row = self.lines.row_of(sheet.key.inspection_id) if sheet is not None else -1
        if sheet is None or sheet.status is None or row < 0:
            self._on_sheet_changed()
            return
        self.lines.replace_line(
            row,
            replace(
                self.lines.lines[row],
                status=sheet.status,
                score=sheet_score(sheet.definition, sheet.entries),
                saved_at=sheet.saved_at,
            ),
        )
        self._show_status()

    def _show_status(self) -> None:
        sheet = self.panel.sheet
        if sheet is None:
            self.ui.statusLabel.clear()
            return
        self.ui.statusLabel.setText(
            self.tr("{inspector} · {date}\n{status}").format(
                inspector=sheet.inspector_name,
                date=f"{sheet.inspected_on:%Y-%m-%d}",
                status=self.panel.status_text(),
            )
        )
