"""评比进度: every ward × checklist with its submitted inspections and who made them, drafts, and
what is still missing, so the department and the inspectors see where to go next."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtWidgets import QHeaderView, QWidget

from nursingqc.domain.accounts import Actor, Permission
from nursingqc.domain.errors import QT_TRANSLATE_NOOP
from nursingqc.services.campaigns import CampaignService
from nursingqc.services.evaluation_board import EvaluationBoard
from nursingqc.services.inspections import InspectionService
from nursingqc.ui.forms.ui_evaluation_board_page import Ui_EvaluationBoardPage
from nursingqc.ui.models.evaluation import INSPECTIONS_ROLE, EvaluationBoardModel
from nursingqc.ui.pages.page import Page, PageContext


class EvaluationBoardPage(Page):
    """A cell double-clicked opens that ward and checklist on the evaluation page."""

    key = "evaluation_board"
    title_text = QT_TRANSLATE_NOOP("EvaluationBoardPage", "Evaluation progress")
    permission = Permission.EVALUATE

    def __init__(
        self,
        actor: Actor,
        campaigns: CampaignService,
        inspections: InspectionService,
        today: Callable[[], date] = date.today,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.ui = Ui_EvaluationBoardPage()
        self.ui.setupUi(self)
        self._actor = actor
        self._campaigns = campaigns
        self._inspections = inspections
        self._today = today
        self._board: EvaluationBoard | None = None
        self.model = EvaluationBoardModel(self)
        view = self.ui.boardView
        view.setModel(self.model)
        view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        view.horizontalHeader().setMinimumSectionSize(96)
        view.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        view.selectionModel().currentChanged.connect(self._show_detail)
        view.doubleClicked.connect(self._on_double_clicked)
        self.ui.onlyMissingCheck.toggled.connect(self._reload_model)
        self.ui.refreshButton.clicked.connect(self.refresh)

    @classmethod
    def from_context(cls, context: PageContext) -> EvaluationBoardPage:
        services = context.services
        return cls(context.actor, services.campaigns, services.inspections, context.today)

    def refresh(self) -> None:
        campaign = self._campaigns.current_campaign(self._actor, self._today())
        if campaign is None:
            self._board = None
            self.model.load(None)
            self.ui.summaryLabel.setText(self.tr("There is no campaign yet."))
            self.ui.detailLabel.clear()
            return
        self._board = self._inspections.evaluation_board(self._actor, campaign.id)
        self._reload_model()
        board = self._board
        pairs = len(board.wards) * len(board.checklists)
        self.ui.summaryLabel.setText(
            self.tr(
                "{campaign}: {missing} of {pairs} ward × checklist pairs have no submitted "
                "inspection yet; {drafts} draft(s) not submitted."
            ).format(
                campaign=board.campaign_name,
                missing=board.missing,
                pairs=pairs,
                drafts=board.drafts(),
            )
        )

    def _reload_model(self) -> None:
        self.model.load(self._board, self.ui.onlyMissingCheck.isChecked())
        self.ui.detailLabel.setText(
            self.tr("Double-click a cell to score that ward on that checklist.")
        )

    def _show_detail(self, current: QModelIndex) -> None:
        cell = self.model.cell_at(current)
        if cell is None:
            return
        ward = self.model.headerData(current.row(), Qt.Orientation.Vertical)
        checklist = self.model.headerData(current.column(), Qt.Orientation.Horizontal)
        inspections = self.model.data(current, INSPECTIONS_ROLE)
        self.ui.detailLabel.setText(
            self.tr("{ward} · {checklist}: {inspections}").format(
                ward=ward,
                checklist=checklist,
                inspections=self.model.describe(inspections).replace("\n", self.tr("; ")),
            )
        )

    def _on_double_clicked(self, index: QModelIndex) -> None:
        cell = self.model.cell_at(index)
        if cell is not None:
            self.openRequested.emit("evaluation", cell)
