"""The summary's tabs of figures (概况, 病区总分, 柏拉图, 自查与评比, 整改, 历次趋势): tables and
charts filled from one ``SummaryView``, formatted here and computed by the service."""

from __future__ import annotations

from PySide6.QtCore import QObject

from nursingqc.reports.wording import percent_text, score_text
from nursingqc.services.summary import (
    MODEL_WARD_HONOUR,
    GapLine,
    Honoured,
    RankLine,
    RectificationLine,
    SummaryView,
    TrendLine,
)
from nursingqc.ui.forms.ui_summary_page import Ui_SummaryPage
from nursingqc.ui.models.ranking import LENIENT_BACKGROUND, MODEL_WARD_BACKGROUND
from nursingqc.ui.models.text_table import TableRow, TextTableModel
from nursingqc.ui.widgets.bar_chart import Bar
from nursingqc.ui.widgets.charts import PairedBar, Series
from nursingqc.ui.widgets.pareto_layout import ParetoBar
from nursingqc.ui.widgets.result_views import fit_table, share_text

#: Above this many wards the trend draws the hospital's mean, highest and lowest, and the ward
#: chosen in the table, instead of a line per ward.
TREND_WARD_LINES = 6


class SummaryTabs(QObject):
    """Fills the summary page's figure tabs; the page's form holds their widgets."""

    def __init__(self, ui: Ui_SummaryPage, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.ui = ui
        self.view: SummaryView | None = None
        #: The trend table's rows, by ward code.
        self.trend_lines: list[TrendLine] = []
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

    def clear(self) -> None:
        self.view = None
        for model in self.models.values():
            model.load((), ())

    def show(self, view: SummaryView) -> None:
        self.view = view
        self._show_overview(view)
        self._show_wards(view)
        self._show_pareto(view)
        self._show_gaps(view)
        self._show_rectification(view)
        self._show_trends(view)

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
                        percent_text(line.share),
                        percent_text(line.cumulative),
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

    def gap_note(self, gap: GapLine) -> tuple[str, str]:
        """Why a cell of 自查与评比 shows "—", and a veto the self-check found: in a word or two
        for the table's 说明 column, and in sentences for its tooltip."""
        short, long = [], []
        phases = (
            (
                gap.self_check_missing,
                (self.tr("No self-check"), self.tr("No self-check sheet is submitted.")),
                (
                    self.tr("Self-check {done}/{total}"),
                    self.tr("Self-check not complete: {done} of {total} checklists submitted."),
                ),
            ),
            (
                gap.evaluation_missing,
                (self.tr("Not evaluated"), self.tr("No evaluation inspection is submitted.")),
                (
                    self.tr("Evaluation {done}/{total}"),
                    self.tr(
                        "Evaluation not complete: {done} of {total} checklists have a "
                        "submitted inspection."
                    ),
                ),
            ),
        )
        for missing, nothing, part in phases:
            if not missing:
                continue
            said = nothing if missing == gap.checklists else part
            count = {"done": gap.checklists - missing, "total": gap.checklists}
            short.append(said[0].format(**count))
            long.append(said[1].format(**count))
        if gap.gap is None and long:
            long.append(self.tr("Without both totals there is no gap."))
        if gap.self_check_veto:
            short.append(self.tr("Self-check veto"))
            long.append(
                self.tr(
                    "A veto item failed in the self-check; a self-check veto is not counted in "
                    "the ranking (rules §4.6)."
                )
            )
        return self.tr(", ").join(short), "\n".join(long)

    def _show_gaps(self, view: SummaryView) -> None:
        rows = []
        for gap in view.gaps:
            note, why = self.gap_note(gap)
            rows.append(
                TableRow(
                    (
                        f"{gap.ward_code} {gap.ward_name}",
                        score_text(gap.self_check),
                        score_text(gap.evaluation),
                        score_text(gap.gap),
                        self.tr("Lenient") if gap.lenient else "",
                        note,
                    ),
                    LENIENT_BACKGROUND if gap.lenient else None,
                    tooltip=why,
                )
            )
        self.models["gaps"].load(
            (
                self.tr("Ward"),
                self.tr("Self-check"),
                self.tr("Evaluation"),
                self.tr("Gap"),
                self.tr("Lenient"),
                self.tr("Note"),
            ),
            rows,
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
        self.ui.gapsNote.setText(
            self.tr(
                "Gap = self-check total minus evaluation total. A self-check {margin} points or "
                "more above the evaluation is lenient: {lenient} of {wards} ward(s). Where a "
                'figure is "—", the Note column says why (Self-check 3/5: 3 of 5 checklists '
                "submitted); point at a row for more."
            ).format(
                margin=f"{view.lenient_margin:f}", lenient=view.lenient_wards, wards=len(view.gaps)
            )
        )

    def _show_rectification(self, view: SummaryView) -> None:
        def cells(name: str, line: RectificationLine) -> tuple[str, ...]:
            return (
                name,
                str(line.items),
                str(line.verified),
                str(line.verified_on_time),
                percent_text(line.completion),
                percent_text(line.on_time),
            )

        rows = [
            TableRow(cells(f"{line.ward_code} {line.ward_name}", line))
            for line in view.rectification
        ]
        rows.append(
            TableRow(cells(self.tr("Whole hospital"), view.rectification_overall), bold=True)
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
        # The table is where a ward is looked up to draw its line: by code, not by rank.
        self.trend_lines = sorted(view.trends, key=lambda line: line.ward_code)
        self.models["trend"].load(
            (self.tr("Ward"), *view.trend_campaigns),
            [
                TableRow((f"{line.ward_code} {line.ward_name}", *map(score_text, line.totals)))
                for line in self.trend_lines
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
            hospital = view.trend_spread
            series = [
                Series(self.tr("Hospital mean"), hospital.mean),
                Series(self.tr("Highest total"), hospital.highest),
                Series(self.tr("Lowest total"), hospital.lowest),
            ]
            row = self.ui.trendView.currentIndex().row()
            if 0 <= row < len(self.trend_lines):
                chosen = self.trend_lines[row]
                series.append(Series(f"{chosen.ward_code} {chosen.ward_name}", chosen.totals))
        self.ui.trendChart.set_series(view.trend_campaigns, series)
