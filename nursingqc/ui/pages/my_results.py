"""本病区结果: a head nurse's view of a published month — the ranking of every ward, and her own
ward's scores, problems found and where each rectification stands.

Before the nursing department publishes (closes the 总结 phase) the page says so and shows nothing
else. It asks only for her own ward (``actor.ward_id``); the service refuses any other.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

from nursingqc.domain.accounts import Actor, Permission
from nursingqc.domain.errors import QT_TRANSLATE_NOOP, NursingQCError
from nursingqc.domain.workflow import PhaseKind, is_published
from nursingqc.i18n import error_text, format_points
from nursingqc.reports.wording import MISSING, percent_text, score_text
from nursingqc.services.campaigns import CampaignService
from nursingqc.services.summary import RankLine, SummaryService, WardFinding, WardResult
from nursingqc.ui.forms.ui_my_results_page import Ui_MyResultsPage
from nursingqc.ui.models.ranking import MODEL_WARD_BACKGROUND, VETO_BACKGROUND
from nursingqc.ui.models.text_table import TableRow, TextTableModel
from nursingqc.ui.pages.page import Page, PageContext
from nursingqc.ui.widgets.result_views import chosen_campaign, fit_table, reload_campaigns

#: The reader's own ward in the ranking.
OWN_WARD_BACKGROUND = MODEL_WARD_BACKGROUND


class MyResultsPage(Page):
    key = "my_results"
    title_text = QT_TRANSLATE_NOOP("MyResultsPage", "My ward's results")
    permission = Permission.READ_OWN_WARD_RESULTS

    def __init__(
        self,
        actor: Actor,
        campaigns: CampaignService,
        summary: SummaryService,
        today: Callable[[], date] = date.today,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.ui = Ui_MyResultsPage()
        self.ui.setupUi(self)
        self._actor = actor
        self._campaigns = campaigns
        self._summary = summary
        self._today = today
        self.result: WardResult | None = None
        self.scores = TextTableModel(self)
        self.ranking = TextTableModel(self)
        self.findings = TextTableModel(self)
        self.ui.scoresView.setModel(self.scores)
        self.ui.rankingView.setModel(self.ranking)
        self.ui.findingsView.setModel(self.findings)
        self.ui.topSplitter.setSizes([1000, 2000])
        self.ui.resultSplitter.setSizes([1000, 1200])
        self.ui.campaignCombo.currentIndexChanged.connect(self.load)
        self.ui.refreshButton.clicked.connect(self.refresh)

    @classmethod
    def from_context(cls, context: PageContext) -> MyResultsPage:
        services = context.services
        return cls(context.actor, services.campaigns, services.summary, context.today)

    @property
    def campaign_id(self) -> int | None:
        return chosen_campaign(self.ui.campaignCombo)

    def refresh(self) -> None:
        reload_campaigns(self.ui.campaignCombo, self._campaigns, self._actor, self._today)
        self.load()

    def load(self) -> None:
        self.result = None
        campaign_id, ward_id = self.campaign_id, self._actor.ward_id
        if campaign_id is None or ward_id is None:
            self._wait(self.tr("There is no campaign yet."))
            return
        campaign = self._campaigns.get_campaign(self._actor, campaign_id)
        if not is_published(campaign.phase(PhaseKind.SUMMARY).state):
            self._wait(
                self.tr(
                    "The results of {campaign} are not published yet. The nursing department "
                    "publishes the ranking and each ward's result after the summary; then you "
                    "see them here."
                ).format(campaign=campaign.name)
            )
            return
        try:
            self.result = self._summary.ward_result(self._actor, campaign_id, ward_id)
        except NursingQCError as error:
            self._wait(error_text(error))
            return
        self._show(self.result)

    def _wait(self, message: str) -> None:
        self.ui.waitingLabel.setText(message)
        self.ui.stack.setCurrentWidget(self.ui.waitingPage)
        for model in (self.scores, self.ranking, self.findings):
            model.load((), ())

    def _show(self, result: WardResult) -> None:
        line = result.line
        rates = result.rectification
        self.ui.resultLabel.setText(
            self.tr(
                "{campaign} · {ward}: {place}, total {total}; self-check total {self_check} "
                "(gap {gap}); rectification {verified} of {items} items passed the re-check "
                "({rate}), {on_time} by the deadline."
            ).format(
                campaign=result.campaign_name,
                ward=f"{line.ward_code} {line.ward_name}",
                place=self._place(line, len(result.ranking)),
                total=score_text(line.total),
                self_check=score_text(result.self_check_total),
                gap=score_text(result.self_check_gap),
                verified=rates.verified,
                items=rates.items,
                rate=percent_text(rates.completion),
                on_time=rates.verified_on_time,
            )
        )
        self.scores.load(
            (self.tr("Checklist"), self.tr("Score")),
            [
                TableRow((name, score_text(score)))
                for name, score in zip(result.checklists, line.scores, strict=True)
            ]
            + [TableRow((self.tr("Total"), score_text(line.total)), bold=True)],
            numeric=(1,),
        )
        fit_table(self.ui.scoresView, 0)
        self.ranking.load(
            (
                self.tr("Rank"),
                self.tr("Ward"),
                *result.checklists,
                self.tr("Total"),
                self.tr("Result"),
            ),
            [self._ranking_row(other, line.ward_code) for other in result.ranking],
            numeric=(0, *range(2, len(result.checklists) + 3)),
        )
        fit_table(self.ui.rankingView, 1)
        own = next(i for i, other in enumerate(result.ranking) if other.ward_code == line.ward_code)
        self.ui.rankingView.selectRow(own)
        self.findings.load(
            (
                self.tr("Found in"),
                self.tr("Checklist"),
                self.tr("Item"),
                self.tr("Content"),
                self.tr("Deduction"),
                self.tr("Problem"),
                self.tr("Rectification"),
                self.tr("Deadline"),
                self.tr("Passed re-check on"),
            ),
            [self._finding_row(finding) for finding in result.findings],
            numeric=(4,),
        )
        fit_table(self.ui.findingsView, 5)
        self.ui.findingsBox.setTitle(
            self.tr("Problems found in my ward and their rectification ({count})").format(
                count=len(result.findings)
            )
        )
        self.ui.stack.setCurrentWidget(self.ui.resultPage)

    def _place(self, line: RankLine, wards: int) -> str:
        if line.incomplete:
            return self.tr("not ranked (not evaluated on every checklist)")
        place = self.tr("rank {rank} of {wards}").format(rank=line.rank, wards=wards)
        if line.veto:
            place += self.tr(" (veto item failed)")
        elif line.model_ward:
            place += self.tr(", model ward")
        return place

    def _ranking_row(self, line: RankLine, own_code: str) -> TableRow:
        if line.incomplete:
            result = self.tr("Not complete")
        elif line.veto:
            result = self.tr("Veto")
        else:
            result = self.tr("Model ward") if line.model_ward else ""
        own = line.ward_code == own_code
        background = OWN_WARD_BACKGROUND if own else VETO_BACKGROUND if line.veto else None
        return TableRow(
            (
                MISSING if line.rank is None else str(line.rank),
                f"{line.ward_code} {line.ward_name}",
                *map(score_text, line.scores),
                score_text(line.total),
                result,
            ),
            background,
            bold=own,
            tooltip=self.tr("Your ward") if own else "",
        )

    def _finding_row(self, finding: WardFinding) -> TableRow:
        deduction = (
            self.tr("veto failed") if finding.veto_failed else format_points(finding.deduction)
        )
        return TableRow(
            (
                QCoreApplication.translate("Phase", finding.phase.display_name),
                finding.checklist_name,
                finding.item_code,
                finding.item_text,
                deduction,
                finding.problem,
                QCoreApplication.translate("Rectification", finding.status.display_name),
                f"{finding.deadline:%Y-%m-%d}",
                "" if finding.verified_on is None else f"{finding.verified_on:%Y-%m-%d}",
            ),
            tooltip=finding.problem,
        )
