"""总结: the month's summary for the department and inspectors — 找问题、找差距、找榜样 — with the
charts drawn here, the department's own text (versioned, locked once published), the summary
report PDF, the summary workbook and the certificates (奖状).

Every figure comes from ``SummaryService.summary``; this page only arranges and formats it.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import replace
from datetime import date
from decimal import Decimal
from fractions import Fraction
from pathlib import Path
from typing import BinaryIO

from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QMessageBox,
    QWidget,
)

from nursingqc.domain.accounts import Actor
from nursingqc.domain.errors import ConcurrentChange, NursingQCError
from nursingqc.domain.scoring import round_half_up
from nursingqc.reports.excel.summary_workbook import write_summary_workbook
from nursingqc.reports.pdf.certificates import write_certificates
from nursingqc.reports.pdf.summary import write_summary
from nursingqc.services.campaigns import CampaignService
from nursingqc.services.summary import (
    MODEL_WARD_HONOUR,
    Honoured,
    RankLine,
    SummaryService,
    SummaryText,
    SummaryView,
)
from nursingqc.ui.dialogs.document_preview import file_name, preview_pdf
from nursingqc.ui.errors import show_error
from nursingqc.ui.forms.ui_summary_page import Ui_SummaryPage
from nursingqc.ui.models.ranking import LENIENT_BACKGROUND, MODEL_WARD_BACKGROUND, score_text
from nursingqc.ui.models.text_table import TableRow, TextTableModel
from nursingqc.ui.widgets.bar_chart import Bar
from nursingqc.ui.widgets.charts import PairedBar, ParetoBar, Series
from nursingqc.ui.widgets.result_views import (
    chosen_campaign,
    fill_campaigns,
    fit_table,
    percent_text,
    reload_campaigns,
    share_text,
)
from nursingqc.ui.workers import (
    BackgroundTask,
    Progress,
    ask_workbook_path,
    workbook_path,
    write_in_background,
)

#: Above this many wards the trend draws the hospital's mean, highest and lowest, and the ward
#: chosen in the table, instead of a line per ward.
TREND_WARD_LINES = 6


def _mean(values: Sequence[Decimal]) -> Decimal:
    return round_half_up(Fraction(sum(values, Decimal(0))) / len(values))


class SummaryPage(QWidget):
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
        self._actor = actor
        self._campaigns = campaigns
        self._summary = summary
        self._today = today
        self.view: SummaryView | None = None
        #: The text as last read or saved: its version is the one a save is written on.
        self.text = SummaryText()
        self.task: BackgroundTask | None = None
        self.models: dict[str, TextTableModel] = {}
        for name in (
            "figures",
            "checklists",
            "honours",
            "pareto",
            "gaps",
            "rectification",
            "trend",
        ):
            model = TextTableModel(self)
            self.models[name] = model
            getattr(self.ui, f"{name}View").setModel(model)
        self.ui.overviewSplitter.setSizes([3000, 1500])
        self.ui.figuresSplitter.setSizes([1000, 1400])
        self.ui.paretoSplitter.setSizes([3000, 2000])
        self.ui.gapsSplitter.setSizes([1000, 1400])
        self.ui.trendSplitter.setSizes([3000, 1500])
        self.ui.trendView.selectionModel().currentRowChanged.connect(self._show_trend)
        self.ui.campaignCombo.currentIndexChanged.connect(self._on_campaign_chosen)
        self.ui.refreshButton.clicked.connect(self.refresh)
        self.ui.pdfButton.clicked.connect(self.preview_report)
        self.ui.excelButton.clicked.connect(self.export_workbook)
        self.ui.certificatesButton.clicked.connect(self.preview_certificates)
        self.ui.saveTextButton.clicked.connect(self.save_text)
        self.ui.saveTextButton.setVisible(actor.is_admin)
        self._edits = (self.ui.causesEdit, self.ui.conclusionsEdit, self.ui.nextStepsEdit)

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
            for model in self.models.values():
                model.load((), ())
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
        self._show_overview(view)
        self._show_wards(view)
        self._show_pareto(view)
        self._show_gaps(view)
        self._show_rectification(view)
        self._show_trends(view)
        # Typed text survives a refresh of the same campaign (the page refreshes whenever it is
        # shown); it is saved on the version it was typed on, so a later save by someone else
        # is still noticed.
        same = previous is not None and previous.campaign_id == view.campaign_id
        if not (same and self.text_modified()):
            self.text = view.text
            self._show_text(view)
        else:
            self._show_text_state(view)

    def _show_overview(self, view: SummaryView) -> None:
        coverage = view.coverage
        overall = view.rectification_overall
        inspectors = self.tr("; ").join(
            self.tr("{name}: {inspections} inspection(s) of {wards} ward(s)").format(
                name=line.name, inspections=line.inspections, wards=line.wards
            )
            for line in view.inspectors
        )
        figures = [
            (self.tr("Wards taking part"), str(coverage.wards)),
            (self.tr("Wards evaluated"), str(coverage.wards_checked)),
            (self.tr("Evaluation inspections"), str(coverage.inspections)),
            (self.tr("Items checked"), str(coverage.items_checked)),
            (self.tr("Problems found (items with a deduction)"), str(coverage.findings)),
            (
                self.tr("Pass rate (wards with a total of {mark} or more)").format(
                    mark=f"{view.pass_mark:f}"
                ),
                share_text(view.pass_rate),
            ),
            (self.tr("Full-compliance rate of the items"), share_text(view.full_compliance)),
            (
                self.tr("Rectification rate (re-check passed)"),
                f"{percent_text(overall.completion)} ({overall.verified}/{overall.items})",
            ),
            (
                self.tr("On-time rectification rate"),
                f"{percent_text(overall.on_time)} ({overall.verified_on_time}/{overall.items})",
            ),
            (self.tr("Checklists"), self.tr(", ").join(view.checklists)),
            (self.tr("Inspectors"), inspectors or self.tr("none yet")),
        ]
        self.models["figures"].load(
            (self.tr("Figure"), self.tr("Value")),
            [TableRow(cells, tooltip=cells[1]) for cells in figures],
        )
        fit_table(self.ui.figuresView, 1)
        self.models["checklists"].load(
            (
                self.tr("Checklist"),
                self.tr("Wards"),
                self.tr("Mean"),
                self.tr("Highest"),
                self.tr("Highest ward(s)"),
                self.tr("Lowest"),
                self.tr("Lowest ward(s)"),
            ),
            [
                TableRow(
                    (
                        line.name,
                        str(line.wards),
                        score_text(line.mean),
                        score_text(line.highest),
                        self.tr(", ").join(line.highest_wards),
                        score_text(line.lowest),
                        self.tr(", ").join(line.lowest_wards),
                    )
                )
                for line in view.checklist_lines
            ],
            numeric=(1, 2, 3, 5),
        )
        fit_table(self.ui.checklistsView)
        honoured = view.model_wards + view.excellent_nurses
        self.models["honours"].load(
            (
                self.tr("Honour"),
                self.tr("Ward or nurse"),
                self.tr("Ward"),
                self.tr("Ward total"),
                self.tr("Reason"),
            ),
            [self._honour_row(person) for person in honoured],
            numeric=(3,),
        )
        fit_table(self.ui.honoursView, 4)
        self.ui.honoursBox.setTitle(
            self.tr("Model wards ({wards}) and excellent nurses ({nurses})").format(
                wards=len(view.model_wards), nurses=len(view.excellent_nurses)
            )
        )

    def _honour_row(self, person: Honoured) -> TableRow:
        model_ward = person.honour == MODEL_WARD_HONOUR
        return TableRow(
            (
                self.tr("Model ward") if model_ward else self.tr("Excellent nurse"),
                person.name,
                f"{person.ward_code} {person.ward_name}",
                score_text(person.total),
                person.reason,
            ),
            MODEL_WARD_BACKGROUND if model_ward else None,
        )

    def _show_wards(self, view: SummaryView) -> None:
        self.ui.wardChart.set_bars(
            [self._bar(line) for line in view.ranking],
            view.pass_mark,
            self.tr("Pass mark {mark}").format(mark=f"{view.pass_mark:f}"),
        )
        self.ui.wardsNote.setText(
            self.tr(
                "Evaluation totals in ranking order. {passed} of {wards} wards reach the pass "
                "mark of {mark}; model wards are drawn in orange and named after their total."
            ).format(
                passed=view.pass_rate.part,
                wards=view.pass_rate.whole,
                mark=f"{view.pass_mark:f}",
            )
        )

    def _bar(self, line: RankLine) -> Bar:
        label = f"{line.ward_code} {line.ward_name}"
        if line.rank is not None:
            label = f"{line.rank}  {label}"
        if line.incomplete:
            note = self.tr("Not complete")
        elif line.veto:
            note = self.tr("Veto")
        else:
            note = self.tr("Model ward") if line.model_ward else ""
        return Bar(label, line.total, line.model_ward, note)

    def _show_pareto(self, view: SummaryView) -> None:
        self.ui.paretoChart.set_bars(
            [ParetoBar(line.item_code, line.count, line.cumulative) for line in view.pareto]
        )
        self.models["pareto"].load(
            (
                self.tr("No."),
                self.tr("Checklist"),
                self.tr("Item"),
                self.tr("Content"),
                self.tr("Times found"),
                self.tr("Share"),
                self.tr("Cumulative"),
                self.tr("Vital few"),
            ),
            [
                TableRow(
                    (
                        str(number),
                        line.checklist_name,
                        line.item_code,
                        line.item_text,
                        str(line.count),
                        f"{line.share:.2f}%",
                        f"{line.cumulative:.2f}%",
                        self.tr("Yes") if line.vital_few else "",
                    ),
                    LENIENT_BACKGROUND if line.vital_few else None,
                    tooltip=line.item_text,
                )
                for number, line in enumerate(view.pareto, start=1)
            ],
            numeric=(0, 4, 5, 6),
        )
        fit_table(self.ui.paretoView, 3)

    def _show_gaps(self, view: SummaryView) -> None:
        self.models["gaps"].load(
            (
                self.tr("Ward"),
                self.tr("Self-check"),
                self.tr("Evaluation"),
                self.tr("Gap"),
                self.tr("Lenient"),
            ),
            [
                TableRow(
                    (
                        f"{gap.ward_code} {gap.ward_name}",
                        score_text(gap.self_check),
                        score_text(gap.evaluation),
                        score_text(gap.gap),
                        self.tr("Lenient") if gap.lenient else "",
                    ),
                    LENIENT_BACKGROUND if gap.lenient else None,
                )
                for gap in view.gaps
            ],
            numeric=(1, 2, 3),
        )
        fit_table(self.ui.gapsView, 0)
        self.ui.gapChart.set_rows(
            [
                PairedBar(
                    f"{gap.ward_code} {gap.ward_name}",
                    gap.self_check,
                    gap.evaluation,
                    gap.lenient,
                    self.tr("lenient +{gap}").format(gap=score_text(gap.gap))
                    if gap.lenient
                    else "",
                )
                for gap in view.gaps
            ],
            self.tr("Self-check"),
            self.tr("Evaluation"),
        )
        lenient = sum(gap.lenient for gap in view.gaps)
        self.ui.gapsNote.setText(
            self.tr(
                "Gap = self-check total minus evaluation total. A self-check {margin} points or "
                "more above the evaluation is lenient: {lenient} of {wards} ward(s)."
            ).format(margin=f"{view.lenient_margin:f}", lenient=lenient, wards=len(view.gaps))
        )

    def _show_rectification(self, view: SummaryView) -> None:
        def cells(name: str, line_items: int, verified: int, on_time: int) -> tuple[str, ...]:
            completion = None if not line_items else Fraction(verified, line_items)
            punctual = None if not line_items else Fraction(on_time, line_items)
            return (
                name,
                str(line_items),
                str(verified),
                str(on_time),
                percent_text(completion),
                percent_text(punctual),
            )

        rows = [
            TableRow(
                cells(
                    f"{line.ward_code} {line.ward_name}",
                    line.items,
                    line.verified,
                    line.verified_on_time,
                )
            )
            for line in view.rectification
        ]
        overall = view.rectification_overall
        rows.append(
            TableRow(
                cells(
                    self.tr("Whole hospital"),
                    overall.items,
                    overall.verified,
                    overall.verified_on_time,
                ),
                bold=True,
            )
        )
        self.models["rectification"].load(
            (
                self.tr("Ward"),
                self.tr("Items"),
                self.tr("Re-check passed"),
                self.tr("Passed by the deadline"),
                self.tr("Rectification rate"),
                self.tr("On-time rate"),
            ),
            rows,
            numeric=(1, 2, 3, 4, 5),
        )
        fit_table(self.ui.rectificationView, 0)
        self.ui.rectificationNote.setText(
            self.tr(
                "Rectification rate = items that passed the re-check / all items of the ward; "
                "on-time rate = items that passed by their deadline / all items."
            )
        )

    def _show_trends(self, view: SummaryView) -> None:
        self.models["trend"].load(
            (self.tr("Ward"), *view.trend_campaigns),
            [
                TableRow((f"{line.ward_code} {line.ward_name}", *map(score_text, line.totals)))
                for line in view.trends
            ],
            numeric=range(1, len(view.trend_campaigns) + 1),
        )
        fit_table(self.ui.trendView)
        self._show_trend()

    def _show_trend(self) -> None:
        """A line per ward for a few wards; else the hospital's mean, highest and lowest, and
        the ward chosen in the table."""
        view = self.view
        if view is None:
            self.ui.trendChart.set_series([], [])
            return
        if len(view.trends) <= TREND_WARD_LINES:
            series = [Series(f"{t.ward_code} {t.ward_name}", t.totals) for t in view.trends]
        else:
            columns = [
                [line.totals[i] for line in view.trends if line.totals[i] is not None]
                for i in range(len(view.trend_campaigns))
            ]
            known = [[value for value in column if value is not None] for column in columns]
            series = [
                Series(self.tr("Hospital mean"), tuple(_mean(c) if c else None for c in known)),
                Series(self.tr("Highest total"), tuple(max(c) if c else None for c in known)),
                Series(self.tr("Lowest total"), tuple(min(c) if c else None for c in known)),
            ]
            row = self.ui.trendView.currentIndex().row()
            if 0 <= row < len(view.trends):
                chosen = view.trends[row]
                series.append(Series(f"{chosen.ward_code} {chosen.ward_name}", chosen.totals))
        self.ui.trendChart.set_series(view.trend_campaigns, series)

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
            # What was typed must not be lost with the reload: it waits on the clipboard.
            QGuiApplication.clipboard().setText(
                "\n\n".join(
                    f"{label.text().replace('&', '')}\n{value}"
                    for label, value in zip(
                        (self.ui.causesLabel, self.ui.conclusionsLabel, self.ui.nextStepsLabel),
                        (typed.cause_analysis, typed.conclusions, typed.next_steps),
                        strict=True,
                    )
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

        def write(out: BinaryIO, progress: Progress) -> int | None:
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

        def write(out: BinaryIO, progress: Progress) -> int | None:
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
