"""审计日志: the department reads who changed what, when, from what to what, and why.

Every message that says 将记入审计日志 points here. Filters by user, action, campaign, ward and
days apply as they are chosen; the newest entries are listed (a filter finds older ones), the
chosen entry is shown whole below, and 导出 Excel writes every entry the filters match.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import replace
from datetime import date
from pathlib import Path

from PySide6.QtCore import QDate, QItemSelection
from PySide6.QtGui import QFontMetrics
from PySide6.QtWidgets import QComboBox, QDateEdit, QHeaderView, QWidget

from nursingqc.domain.accounts import Actor, Permission
from nursingqc.domain.errors import QT_TRANSLATE_NOOP
from nursingqc.services.audit_log import AuditLogService, AuditQuery
from nursingqc.ui.forms.ui_audit_log_page import Ui_AuditLogPage
from nursingqc.ui.models.audit_log import action_text, columns, line_texts, table_row
from nursingqc.ui.models.text_table import TextTableModel
from nursingqc.ui.pages.page import Page, PageContext
from nursingqc.ui.workers import (
    BackgroundTask,
    Progress,
    ask_workbook_path,
    workbook_path,
    write_in_background,
)

#: A date edit at this day means "no limit" (QDateEdit cannot be empty).
NO_DAY = QDate(2000, 1, 1)
#: Rows measured for the column widths: the texts of a column look alike.
_WIDTH_SAMPLE = 200
#: The widest a column is made, in Chinese characters: wider texts end in "…", whole in the
#: tooltip and the detail below. In characters, so the cap grows with the font size (字体大小).
_MAX_COLUMN_CHARACTERS = 27
#: Excel column widths (characters) of the exported sheet, in the table's column order.
_EXPORT_WIDTHS = (20, 18, 16, 18, 28, 18, 80, 40)


class AuditLogPage(Page):
    key = "audit_log"
    permission = Permission.ADMINISTER
    title_text = QT_TRANSLATE_NOOP("AuditLogPage", "Audit log")

    def __init__(
        self,
        actor: Actor,
        audit_log: AuditLogService,
        today: Callable[[], date] = date.today,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.ui = Ui_AuditLogPage()
        self.ui.setupUi(self)
        self._actor = actor
        self._audit_log = audit_log
        self._today = today
        self.task: BackgroundTask | None = None
        self.model = TextTableModel(self)
        #: The shown entries' texts whole, as the detail and the workbook have them.
        self.texts: list[tuple[str, ...]] = []
        self.ui.entriesView.setModel(self.model)
        self.ui.entriesView.verticalHeader().setVisible(False)
        # The detail below keeps room for an entry's eight lines at any font size (字体大小):
        # the splitter shares out sizes given to it, so a height asked of it is not kept.
        lines = QFontMetrics(self.ui.detailEdit.font()).lineSpacing()
        self.ui.detailEdit.setMinimumHeight(8 * lines + 16)
        self.ui.splitter.setSizes([600, 8 * lines + 16])
        for edit in (self.ui.sinceEdit, self.ui.untilEdit):
            edit.setMinimumDate(NO_DAY)
            edit.setSpecialValueText(self.tr("any day"))
            edit.setDate(NO_DAY)
            edit.dateChanged.connect(self.load)
        for combo in self._combos():
            combo.currentIndexChanged.connect(self.load)
        self.ui.entriesView.selectionModel().selectionChanged.connect(self._show_chosen)
        self.ui.clearButton.clicked.connect(self.clear_filters)
        self.ui.refreshButton.clicked.connect(self.refresh)
        self.ui.exportButton.clicked.connect(self.export_workbook)
        self._loading = False

    @classmethod
    def from_context(cls, context: PageContext) -> AuditLogPage:
        return cls(context.actor, context.services.audit_log, context.today)

    def _combos(self) -> tuple[QComboBox, ...]:
        ui = self.ui
        return (ui.userCombo, ui.actionCombo, ui.campaignCombo, ui.wardCombo)

    def refresh(self) -> None:
        """The filters' choices as the log holds them now, the chosen ones kept, then the list."""
        choices = self._audit_log.choices(self._actor)
        self._loading = True
        try:
            every = self.tr("All")
            _fill(self.ui.userCombo, every, [(name, name) for name in choices.usernames])
            actions = [(action, action_text(action)) for action in choices.actions]
            _fill(self.ui.actionCombo, every, sorted(actions, key=_label))
            _fill(self.ui.campaignCombo, every, choices.campaigns)
            _fill(self.ui.wardCombo, every, choices.wards)
        finally:
            self._loading = False
        self.load()

    def clear_filters(self) -> None:
        self._loading = True
        try:
            for combo in self._combos():
                combo.setCurrentIndex(0)
            for edit in (self.ui.sinceEdit, self.ui.untilEdit):
                edit.setDate(NO_DAY)
        finally:
            self._loading = False
        self.load()

    def query(self) -> AuditQuery:
        """The filters as chosen."""
        ui = self.ui
        return AuditQuery(
            username=ui.userCombo.currentData(),
            action=ui.actionCombo.currentData(),
            since=_day(ui.sinceEdit),
            until=_day(ui.untilEdit),
            campaign_id=ui.campaignCombo.currentData(),
            ward_id=ui.wardCombo.currentData(),
        )

    def load(self) -> None:
        if self._loading:
            return
        found = self._audit_log.entries(self._actor, self.query())
        self.texts = [line_texts(line, found.checklists) for line in found.lines]
        self.model.load(columns(), [table_row(texts) for texts in self.texts])
        self._fit_columns()
        self.ui.detailEdit.clear()
        self.ui.statusLabel.clear()
        shown = len(found.lines)
        if found.matching == 0:
            text = self.tr("No entry matches these filters.")
        elif shown < found.matching:
            text = self.tr(
                "The newest {shown} of {matching} entries; choose a user, a campaign, a ward or "
                "days to find older ones. Export to Excel writes all {matching}."
            ).format(shown=shown, matching=found.matching)
        else:
            text = self.tr("{matching} entries, newest first.").format(matching=found.matching)
        self.ui.countLabel.setText(text)
        self.ui.exportButton.setEnabled(found.matching > 0)
        if found.lines:
            # The newest entry is shown whole below at once: an empty box under the list does
            # not say that it is where a chosen entry is read.
            self.ui.entriesView.selectRow(0)

    def _fit_columns(self) -> None:
        """Widths from the first rows' texts, not from every row (a long log stays quick)."""
        view = self.ui.entriesView
        metrics = QFontMetrics(view.font())
        header = view.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        padding = 2 * metrics.horizontalAdvance("M")
        most = _MAX_COLUMN_CHARACTERS * metrics.horizontalAdvance("审")
        sample = self.model.rows[:_WIDTH_SAMPLE]
        for column, title in enumerate(self.model.headers):
            texts = [title, *(row.cells[column] for row in sample)]
            widest = max(metrics.horizontalAdvance(text) for text in texts)
            view.setColumnWidth(column, min(widest + padding, most))
        view.verticalHeader().setDefaultSectionSize(metrics.height() + 8)

    def _show_chosen(self, selected: QItemSelection, _deselected: QItemSelection) -> None:
        rows = {index.row() for index in selected.indexes()}
        if not rows:
            self.ui.detailEdit.clear()
            return
        texts = self.texts[min(rows)]
        self.ui.detailEdit.setPlainText(
            "\n".join(
                self.tr("{title}: {text}").format(title=title, text=text)
                for title, text in zip(columns(), texts, strict=True)
            )
        )

    def export_workbook(self) -> None:
        """导出 Excel: every entry the filters match, worded as on the page."""
        suggested = self.tr("Audit log {day}.xlsx").format(day=self._today().isoformat())
        path = ask_workbook_path(self, self.tr("Export the audit log"), suggested)
        if path is not None:
            self.export_to(path)

    def export_to(self, path: Path) -> BackgroundTask:
        from nursingqc.reports.excel.table_workbook import write_table_workbook

        path = workbook_path(path)
        actor, audit_log = self._actor, self._audit_log
        everything = replace(self.query(), limit=None)
        sheet, headers = self.tr("Audit log"), columns()

        def job(progress: Progress) -> Path | None:
            found = audit_log.entries(actor, everything)
            rows = (line_texts(line, found.checklists) for line in found.lines)
            written = write_table_workbook(
                sheet, headers, _EXPORT_WIDTHS, rows, len(found.lines), path, progress
            )
            return path if written is not None else None

        self.task = write_in_background(
            self,
            self.ui.statusLabel,
            self.tr("Writing the audit log workbook…"),
            path,
            job,
            self.tr("The audit log was exported to {path}"),
        )
        return self.task


def _label(choice: tuple[object, str]) -> str:
    return choice[1]


def _fill(combo: QComboBox, every: str, choices: Sequence[tuple[object, str]]) -> None:
    """``every`` (全部, no filter) then ``choices`` (data, text); the chosen one kept when it is
    still there."""
    chosen = combo.currentData()
    combo.clear()
    combo.addItem(every, None)
    for data, text in choices:
        combo.addItem(text, data)
    index = combo.findData(chosen) if chosen is not None else 0
    combo.setCurrentIndex(max(index, 0))


def _day(edit: QDateEdit) -> date | None:
    chosen = edit.date()
    if chosen == NO_DAY:
        return None
    return date(chosen.year(), chosen.month(), chosen.day())
