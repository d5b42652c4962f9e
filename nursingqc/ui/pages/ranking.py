"""排名: the evaluation ranking in rules §11.1's columns, a bar chart of the totals, the model wards
(proposed by the rules, confirmed or changed by the department) and the excellent nurses.

The department and inspectors see everything; only the department confirms model wards and decides
nominations. A head nurse sees the 优秀护士 tab alone: she nominates nurses of her ward, and the
ranking stays hidden until the department publishes the results (the service decides).
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, BinaryIO

from PySide6.QtCore import QCoreApplication, QModelIndex, QSortFilterProxyModel, Qt
from PySide6.QtGui import QFontMetrics
from PySide6.QtWidgets import QHeaderView, QWidget

from nursingqc.domain.accounts import Actor, Permission, may
from nursingqc.domain.errors import ConcurrentChange, NursingQCError
from nursingqc.domain.ranking import WardStatus
from nursingqc.reports.wording import score_text
from nursingqc.services.campaigns import CampaignService
from nursingqc.services.nominations import NominationService, NomineeView
from nursingqc.services.ranking import RankingService, RankingView, WardLabel
from nursingqc.services.wards import WardService
from nursingqc.ui.dialogs.model_wards import ModelWardDialog
from nursingqc.ui.dialogs.nomination import NominationDialog
from nursingqc.ui.dialogs.reason import ReasonDialog
from nursingqc.ui.errors import show_error
from nursingqc.ui.forms.ui_ranking_page import Ui_RankingPage
from nursingqc.ui.models.ranking import (
    NAME,
    SORT_ROLE,
    NomineeModel,
    RankingModel,
)
from nursingqc.ui.pages.page import Page, PageContext
from nursingqc.ui.widgets.bar_chart import ROW_HEIGHT, Bar
from nursingqc.ui.widgets.result_views import working_campaign
from nursingqc.ui.workers import (
    BackgroundTask,
    Progress,
    ask_workbook_path,
    workbook_path,
    write_in_background,
)

if TYPE_CHECKING:
    from nursingqc.reports.pdf.layout import Written


class RankingPage(Page):
    key = "ranking"

    def __init__(
        self,
        actor: Actor,
        campaigns: CampaignService,
        wards: WardService,
        ranking: RankingService,
        nominations: NominationService,
        today: Callable[[], date] = date.today,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.ui = Ui_RankingPage()
        self.ui.setupUi(self)
        self._actor = actor
        self._campaigns = campaigns
        self._wards = wards
        self._ranking = ranking
        self._nominations = nominations
        self._today = today
        self._campaign_id: int | None = None
        self._campaign_name = ""
        self.view: RankingView | None = None
        #: Head nurses nominate; the ranking is the department's and the inspectors'.
        self.shows_ranking = may(actor, Permission.READ_UNPUBLISHED_RESULTS)
        self.task: BackgroundTask | None = None
        #: The nominees are read when their tab is first shown after a refresh: the service ranks
        #: the whole hospital again for their wards' results.
        self._nominees_stale = True

        self.model = RankingModel(self)
        self.proxy = QSortFilterProxyModel(self)
        self.proxy.setSourceModel(self.model)
        self.proxy.setSortRole(SORT_ROLE)
        table = self.ui.rankingView
        table.setModel(self.proxy)
        table.sortByColumn(-1, Qt.SortOrder.AscendingOrder)  # the service's order until asked
        table.verticalHeader().setVisible(False)
        table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        table.verticalHeader().setDefaultSectionSize(QFontMetrics(table.font()).height() + 8)
        table.horizontalHeader().setHighlightSections(False)
        table.selectionModel().currentRowChanged.connect(self._show_bar)
        self.chart = self.ui.chart
        self.ui.splitter.setSizes([3000, 2000])

        self.nominees = NomineeModel(self)
        nominees = self.ui.nomineesView
        nominees.setModel(self.nominees)
        nominees.verticalHeader().setVisible(False)
        nominees.verticalHeader().setDefaultSectionSize(QFontMetrics(nominees.font()).height() + 8)
        header = nominees.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        nominees.selectionModel().currentRowChanged.connect(self._show_nominee)
        self.ui.nomineeSplitter.setSizes([3000, 1000])
        self.ui.tabs.currentChanged.connect(self._on_tab_changed)

        self.ui.refreshButton.clicked.connect(self.refresh)
        # Nothing is typed on this page: another campaign is simply shown.
        self.ui.campaignCombo.currentIndexChanged.connect(self.refresh)
        self.ui.exportButton.clicked.connect(self.export_workbook)
        self.ui.pdfButton.clicked.connect(self.preview_pdf)
        self.ui.confirmButton.clicked.connect(self.confirm_model_wards)
        self.ui.nominateButton.clicked.connect(self.nominate)
        self.ui.approveButton.clicked.connect(self.approve)
        self.ui.declineButton.clicked.connect(self.decline)
        # The status line tells of the last export; another choice makes it stale.
        for chosen in (
            self.ui.campaignCombo.currentIndexChanged,
            table.selectionModel().currentRowChanged,
            nominees.selectionModel().currentRowChanged,
        ):
            chosen.connect(self.ui.statusLabel.clear)
        decides = may(actor, Permission.ADMINISTER)
        for button in (self.ui.confirmButton, self.ui.approveButton, self.ui.declineButton):
            button.setVisible(decides)
        self.ui.nominateButton.setVisible(may(actor, Permission.NOMINATE_NURSE))
        if not self.shows_ranking:
            self.ui.tabs.removeTab(self.ui.tabs.indexOf(self.ui.rankingTab))
            for button in (self.ui.exportButton, self.ui.pdfButton):
                button.hide()

    @classmethod
    def from_context(cls, context: PageContext) -> RankingPage:
        services = context.services
        return cls(
            context.actor,
            services.campaigns,
            services.wards,
            services.ranking,
            services.nominations,
            context.today,
        )

    @classmethod
    def title(cls, actor: Actor) -> str:
        """Head nurses see only the nominations here."""
        if may(actor, Permission.READ_UNPUBLISHED_RESULTS):
            return QCoreApplication.translate("RankingPage", "Ranking")
        return QCoreApplication.translate("RankingPage", "Excellent nurses")

    # -- loading -------------------------------------------------------------------------------

    def refresh(self) -> None:
        campaign = working_campaign(
            self.ui.campaignCombo, self._campaigns, self._actor, self._today
        )
        self._campaign_id = campaign.id if campaign is not None else None
        self._campaign_name = campaign.name if campaign is not None else ""
        self.view = None
        try:
            if campaign is not None and self.shows_ranking:
                self.view = self._ranking.ranking(self._actor, campaign.id)
        except NursingQCError as error:
            show_error(self, error)
            return
        self._show_ranking()
        self._nominees_stale = True
        self.ui.tabs.setTabText(
            self.ui.tabs.indexOf(self.ui.nomineesTab), self.tr("E&xcellent nurses")
        )
        if self.ui.tabs.currentWidget() is self.ui.nomineesTab:
            self._reload_nominees()
        for button in (self.ui.exportButton, self.ui.pdfButton, self.ui.confirmButton):
            button.setEnabled(self.view is not None and bool(self.view.rows))
        self.ui.nominateButton.setEnabled(campaign is not None)
        if campaign is None:
            self.ui.summaryLabel.setText(self.tr("There is no campaign yet."))
        elif self.view is None:
            self.ui.summaryLabel.setText(
                self.tr(
                    "{campaign}: nominate the excellent nurses of your ward here. The ranking is "
                    "shown once the nursing department publishes the results."
                ).format(campaign=campaign.name)
            )

    def _show_ranking(self) -> None:
        view = self.view
        self.model.load(view)
        if view is None:
            self.chart.set_bars([])
            self.ui.modelWardLabel.clear()
            return
        ranked = sum(1 for row in view.rows if row.rank is not None)
        veto = sum(1 for row in view.rows if row.veto)
        incomplete = sum(1 for row in view.rows if row.status is WardStatus.INCOMPLETE)
        lenient = sum(1 for row in view.rows if row.lenient)
        self.ui.summaryLabel.setText(
            self.tr(
                "{campaign}: {ranked} of {wards} wards ranked, {veto} with a failed veto item, "
                "{incomplete} not evaluated on every checklist yet; {lenient} lenient "
                "self-check(s). Click a column header to sort."
            ).format(
                campaign=view.campaign_name,
                ranked=ranked,
                wards=len(view.rows),
                veto=veto,
                incomplete=incomplete,
                lenient=lenient,
            )
        )
        self.ui.rankingView.fit_columns(NAME, self.model.column_texts())
        self.chart.set_bars(
            [self._bar(index) for index in range(len(view.rows))],
            view.threshold,
            self.tr("Model-ward line {threshold}").format(threshold=score_text(view.threshold)),
        )
        self.ui.modelWardLabel.setText(self._model_ward_text(view))

    def _bar(self, index: int) -> Bar:
        row = self.model.rows[index]
        label = f"{row.ward.code} {row.ward.name}"
        if row.rank is not None:
            label = f"{row.rank}  {label}"
        if row.status is WardStatus.INCOMPLETE:
            note = self.tr("Not complete")
        elif row.veto:
            note = self.tr("Veto")
        else:
            note = self.model.result_text(row)
        return Bar(label, row.total, row.model_ward, note)

    def _model_ward_text(self, view: RankingView) -> str:
        def names(wards: tuple[WardLabel, ...]) -> str:
            return self.tr(", ").join(f"{w.code} {w.name}" for w in wards) or self.tr("none")

        proposed = self.tr(
            "Model wards proposed by the rules (top {count}, total at least {threshold}): {wards}."
        ).format(
            count=view.model_ward_count,
            threshold=score_text(view.threshold),
            wards=names(view.proposed),
        )
        confirmation = view.confirmation
        if confirmation is None:
            return proposed + "\n" + self.tr("Not confirmed by the nursing department yet.")
        confirmed = self.tr("Confirmed by {who} on {day}: {wards}.").format(
            who=confirmation.decided_by,
            day=f"{confirmation.decided_at.astimezone():%Y-%m-%d}",
            wards=names(confirmation.wards),
        )
        if confirmation.reason:
            confirmed += " " + self.tr("Reason for the change: {reason}").format(
                reason=confirmation.reason
            )
        return proposed + "\n" + confirmed

    def _show_bar(self, current: QModelIndex) -> None:
        """The chosen ward's bar scrolls into sight below the table."""
        if not current.isValid():
            return
        row = self.proxy.mapToSource(current).row()
        top = self.chart.bar_top(row)
        self.ui.chartScroll.ensureVisible(0, top, 0, 2 * ROW_HEIGHT)

    # -- model wards ---------------------------------------------------------------------------

    def confirm_model_wards(self) -> None:
        if self.view is None:
            return
        dialog = ModelWardDialog(self._actor, self._ranking, self.view, self)
        if dialog.exec() and dialog.confirmed is not None:
            self.view = dialog.confirmed
            self._show_ranking()
        elif dialog.outdated:
            self.refresh()

    # -- excellent nurses ----------------------------------------------------------------------

    def _load_nominees(self, nominees: list[NomineeView], chosen: int | None = None) -> None:
        self.nominees.load(nominees)
        row = self.nominees.row_of(chosen) if chosen is not None else -1
        if row >= 0:
            self.ui.nomineesView.selectRow(row)
        self._show_nominee()
        self.ui.tabs.setTabText(
            self.ui.tabs.indexOf(self.ui.nomineesTab),
            self.tr("E&xcellent nurses ({count})").format(count=len(nominees)),
        )

    def selected_nominee(self) -> NomineeView | None:
        index = self.ui.nomineesView.currentIndex()
        return self.nominees.nominees[index.row()] if index.isValid() else None

    def _show_nominee(self) -> None:
        nominee = self.selected_nominee()
        for button in (self.ui.approveButton, self.ui.declineButton):
            button.setEnabled(nominee is not None)
        if nominee is None:
            self.ui.nomineeDetail.setPlainText(
                self.tr("Choose a nominee to see her ward's result and the deductions naming her.")
                if self.nominees.nominees
                else self.tr("No nurse is nominated yet.")
                if not may(self._actor, Permission.NOMINATE_NURSE)
                else self.tr(
                    "No nurse is nominated yet. Press Nominate a nurse to put one forward with "
                    "the reason."
                )
            )
            return
        lines = [
            self.tr("{nurse}, {ward}: nominated by {who} on {day}. Reason: {reason}").format(
                nurse=nominee.nurse_name,
                ward=f"{nominee.ward.code} {nominee.ward.name}",
                who=nominee.nominated_by,
                day=f"{nominee.nominated_at.astimezone():%Y-%m-%d}",
                reason=nominee.reason,
            ),
            self.tr("Ward result: {result}").format(
                result=self.nominees.outcome_text(nominee.ward_outcome)
            ),
            self.tr("Decision: {status}").format(status=self.nominees.status_text(nominee)),
        ]
        if nominee.decided_at is not None:
            lines[-1] += self.tr(" (by {who} on {day})").format(
                who=nominee.decided_by, day=f"{nominee.decided_at.astimezone():%Y-%m-%d}"
            )
        if nominee.decision_reason:
            lines[-1] += self.tr(". Reason: {reason}").format(reason=nominee.decision_reason)
        if nominee.deductions:
            lines.append(self.tr("Deductions that name her:"))
            for deduction in nominee.deductions:
                lines.append(
                    self.tr("  {day} {inspector} · {checklist} {item} -{points}: {problem}").format(
                        day=f"{deduction.inspected_on:%Y-%m-%d}",
                        inspector=deduction.inspector,
                        checklist=deduction.checklist_name,
                        item=deduction.item_code,
                        points=self.tr("veto failed")
                        if deduction.veto_failed
                        else f"{deduction.deduction:.1f}",
                        problem=deduction.problem,
                    )
                )
        else:
            lines.append(self.tr("No deduction names her."))
        self.ui.nomineeDetail.setPlainText("\n".join(lines))

    def _nomination_wards(self) -> list[tuple[int, str]]:
        if self.view is not None:
            # Looked up by code, not in ranking order.
            rows = sorted(self.view.rows, key=lambda row: row.ward.code)
            return [(row.ward.id, f"{row.ward.code} {row.ward.name}") for row in rows]
        return [
            (ward.id, f"{ward.code} {ward.name}") for ward in self._wards.list_wards(self._actor)
        ]

    def nominate(self) -> None:
        if self._campaign_id is None:
            return
        dialog = NominationDialog(
            self._actor, self._nominations, self._campaign_id, self._nomination_wards(), self
        )
        if dialog.exec() and dialog.nominee is not None:
            self._reload_nominees(dialog.nominee.id)

    def approve(self) -> None:
        nominee = self.selected_nominee()
        if nominee is not None:
            self._decide(nominee, approve=True, reason="")

    def decline(self) -> None:
        nominee = self.selected_nominee()
        if nominee is None:
            return
        reason = ReasonDialog.ask(
            self,
            self.tr("Decline the nomination"),
            self.tr("Why is {nurse} of {ward} not approved? The head nurse reads this.").format(
                nurse=nominee.nurse_name, ward=nominee.ward.name
            ),
        )
        if reason is not None:
            self._decide(nominee, approve=False, reason=reason)

    def _decide(self, nominee: NomineeView, approve: bool, reason: str) -> None:
        try:
            self._nominations.decide_nomination(
                self._actor, nominee.id, approve, reason, seen=nominee.decided_at
            )
        except NursingQCError as error:
            show_error(self, error, kept=reason)
            if not isinstance(error, ConcurrentChange):
                return
        # After another admin's decision too: the list then shows theirs.
        self._reload_nominees(nominee.id)

    def _on_tab_changed(self) -> None:
        if self.ui.tabs.currentWidget() is self.ui.nomineesTab and self._nominees_stale:
            self._reload_nominees()

    def _reload_nominees(self, chosen: int | None = None) -> None:
        try:
            nominees = (
                self._nominations.nominations(self._actor, self._campaign_id)
                if self._campaign_id is not None
                else []
            )
        except NursingQCError as error:
            show_error(self, error)
            return
        self._nominees_stale = False
        self._load_nominees(nominees, chosen)

    # -- files ---------------------------------------------------------------------------------

    def _suggested(self, suffix: str) -> str:
        from nursingqc.ui.dialogs.document_preview import file_name

        return file_name(self.tr("Ranking"), self._campaign_name).removesuffix(".pdf") + suffix

    def export_workbook(self) -> None:
        """导出排名 Excel: asks where, then reads and writes in the background."""
        if self._campaign_id is None:
            return
        path = ask_workbook_path(self, self.tr("Export the ranking"), self._suggested(".xlsx"))
        if path is not None:
            self.export_to(path)

    def export_to(self, path: Path) -> BackgroundTask:
        from nursingqc.reports.excel.ranking_workbook import write_ranking_workbook

        path = workbook_path(path)
        actor, ranking, nominations = self._actor, self._ranking, self._nominations
        campaign_id, today = self._campaign_id, self._today()
        assert campaign_id is not None

        def job(progress: Progress) -> Path | None:
            view = ranking.ranking(actor, campaign_id)
            nominees = nominations.nominations(actor, campaign_id, view)  # ranked once
            with ranking.details(actor, campaign_id) as details:
                return write_ranking_workbook(
                    view, details, path, progress, made_on=today, nominees=nominees
                )

        self.task = write_in_background(
            self,
            self.ui.statusLabel,
            self.tr("Writing the ranking workbook…"),
            path,
            job,
            self.tr("The ranking was exported to {path}"),
        )
        return self.task

    def preview_pdf(self) -> None:
        """排名 PDF: the ranking read afresh, previewed before it is printed or saved."""
        from nursingqc.reports.pdf.ranking import write_ranking_pdf
        from nursingqc.ui.dialogs.document_preview import file_name, preview_pdf

        if self._campaign_id is None:
            return
        actor, ranking, campaign_id, today = (
            self._actor,
            self._ranking,
            self._campaign_id,
            self._today(),
        )

        def write(out: BinaryIO, progress: Progress) -> Written | None:
            return write_ranking_pdf(ranking.ranking(actor, campaign_id), out, today, progress)

        title = self.tr("Ranking")
        preview_pdf(self, title, file_name(title, self._campaign_name), write)
