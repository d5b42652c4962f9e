"""导入纸质评分: ``scores import`` in the program — every problem in a table, or what was added."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QDialog,
    QFileDialog,
    QHeaderView,
    QLabel,
    QTableWidgetItem,
    QWidget,
)

from nursingqc.domain.accounts import Actor
from nursingqc.domain.errors import ImportRefused, NursingQCError, RowProblem
from nursingqc.domain.workflow import PhaseKind
from nursingqc.i18n import error_text, message_text
from nursingqc.services.score_import import (
    ImportedInspection,
    ScoreImportResult,
    ScoreImportService,
)
from nursingqc.ui.forms.ui_score_import_dialog import Ui_ScoreImportDialog
from nursingqc.ui.workers import (
    BackgroundTask,
    Progress,
    ask_workbook_path,
    write_in_background,
)

_ERROR_COLOUR = "#b3261e"
_DONE_COLOUR = "#1e6b35"
_WARNING_COLOUR = "#8a5300"


class ScoreImportDialog(QDialog):
    """Reads and imports off the UI thread; a refused file leaves the database as it was."""

    #: Something was added: the evaluation page shows it.
    imported = Signal(object)

    def __init__(
        self,
        parent: QWidget | None,
        actor: Actor,
        score_import_service: ScoreImportService,
        campaign_id: int,
    ) -> None:
        super().__init__(parent)
        self.ui = Ui_ScoreImportDialog()
        self.ui.setupUi(self)
        self._actor = actor
        self._service = score_import_service
        self._campaign_id = campaign_id
        self._path: Path | None = None
        self.task: BackgroundTask | None = None
        self.ui.againButton.setEnabled(False)
        self.ui.table.hide()
        self.ui.chooseButton.clicked.connect(self.choose_file)
        self.ui.againButton.clicked.connect(self._import_again)
        self.ui.buttonBox.rejected.connect(self.reject)

    def choose_file(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self, self.tr("Import paper scores"), "", self.tr("Excel workbooks (*.xlsx)")
        )
        if path:
            self.import_file(Path(path))

    def _import_again(self) -> None:
        if self._path is not None:
            self.import_file(self._path)

    def import_file(self, path: Path) -> None:
        from nursingqc.reports.excel.scores_file import read_scores_workbook

        self._path = path
        self.ui.fileEdit.setText(str(path))
        self.ui.chooseButton.setEnabled(False)
        self.ui.againButton.setEnabled(False)

        def job(progress: Progress) -> ScoreImportResult | NursingQCError:
            # A refusal is the answer this dialog shows in full, not an error box to click away.
            try:
                unreadable: list[RowProblem] = []
                rows = read_scores_workbook(path, progress, unreadable)
                return self._service.import_scores(
                    self._actor, self._campaign_id, rows, path.name, unreadable
                )
            except NursingQCError as error:
                return error

        self.task = BackgroundTask(
            self, self.tr("Checking and importing {file}…").format(file=path.name), job
        )
        self.task.succeeded.connect(self._show_outcome)
        self.task.done.connect(self._enable)
        self.task.start()

    def _enable(self) -> None:
        self.ui.chooseButton.setEnabled(True)
        self.ui.againButton.setEnabled(self._path is not None)

    def _status(self, text: str, colour: str) -> None:
        self.ui.statusLabel.setStyleSheet(f"color: {colour}; font-weight: bold;")
        self.ui.statusLabel.setText(text)

    def _show_outcome(self, outcome: ScoreImportResult | NursingQCError) -> None:
        if isinstance(outcome, ImportRefused):
            self._show_problems(outcome)
        elif isinstance(outcome, NursingQCError):
            self.ui.table.hide()
            self._status(error_text(outcome), _ERROR_COLOUR)
        else:
            self._show_result(outcome)

    def _fill(self, headers: list[str], rows: list[list[str]], numeric: set[int]) -> None:
        table = self.ui.table
        table.clear()
        table.setColumnCount(len(headers))
        table.setHorizontalHeaderLabels(headers)
        table.setRowCount(len(rows))
        for row, values in enumerate(rows):
            for column, value in enumerate(values):
                item = QTableWidgetItem(value)
                item.setToolTip(value)
                if column in numeric:
                    item.setTextAlignment(
                        Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
                    )
                table.setItem(row, column, item)
        header = table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(len(headers) - 1, QHeaderView.ResizeMode.Stretch)
        table.verticalHeader().hide()
        table.show()

    def _show_problems(self, error: ImportRefused) -> None:
        self._status(
            self.tr(
                "{refused} Correct these cells in Excel, save the file, then press Import again."
            ).format(refused=error_text(error)),
            _ERROR_COLOUR,
        )
        self._fill(
            [self.tr("Sheet"), self.tr("Row"), self.tr("Column"), self.tr("Problem")],
            [
                [problem.sheet, str(problem.row), problem.column, message_text(problem.reason)]
                for problem in error.problems
            ],
            numeric={1},
        )

    def _line(self, inspection: ImportedInspection, outcome: str) -> list[str]:
        return [
            str(inspection.first_row),
            f"{inspection.ward_code} {inspection.ward_name}",
            inspection.checklist_name,
            QCoreApplication.translate("Phase", inspection.phase.display_name),
            inspection.inspector_name,
            inspection.inspected_on.isoformat(),
            f"{inspection.score:.2f}",
            outcome,
        ]

    def _outcome(self, inspection: ImportedInspection, added: str, replaced: str) -> str:
        outcome = replaced if inspection.replaced_draft else added
        if inspection.warning is None:
            return outcome
        return self.tr("{outcome}. Note: {warning}").format(
            outcome=outcome, warning=message_text(inspection.warning)
        )

    def _show_result(self, result: ScoreImportResult) -> None:
        status = self.tr(
            "Imported: {imported} inspection(s) added and submitted, {already} already there "
            "(left as they are), {skipped} empty template row(s) skipped."
        ).format(
            imported=len(result.imported),
            already=len(result.already_there),
            skipped=result.template_rows,
        )
        warned = sum(inspection.warning is not None for inspection in result.imported)
        if warned:
            status += " " + self.tr(
                "{count} of them are dated outside their phase's week: see the Result column."
            ).format(count=warned)
        self._status(status, _WARNING_COLOUR if warned else _DONE_COLOUR)
        added = self.tr("Added")
        replaced = self.tr("Added (replaced a draft)")
        self._fill(
            [
                self.tr("Row"),
                self.tr("Ward"),
                self.tr("Checklist"),
                self.tr("Phase"),
                self.tr("Inspector"),
                self.tr("Date"),
                self.tr("Score"),
                self.tr("Result"),
            ],
            [
                self._line(inspection, self._outcome(inspection, added, replaced))
                for inspection in result.imported
            ]
            + [
                self._line(inspection, self.tr("Already there, unchanged"))
                for inspection in result.already_there
            ],
            numeric={0, 6},
        )
        if result.imported:
            self.imported.emit(result)


def save_scores_template(
    parent: QWidget,
    status: QLabel,
    actor: Actor,
    service: ScoreImportService,
    campaign_id: int,
    phase: PhaseKind,
) -> BackgroundTask | None:
    """评分模板: the file 导入纸质评分 reads, one row per ward and item the actor may fill (a head
    nurse her ward's self-check), as ``nursingqc scores template`` writes it."""
    from nursingqc.reports.excel.scores_file import write_template

    suggested = QCoreApplication.translate("ScoreImportDialog", "{phase} scores template.xlsx")
    path = ask_workbook_path(
        parent,
        QCoreApplication.translate("ScoreImportDialog", "Save the scores template"),
        suggested.format(phase=phase.chinese_name),
    )
    if path is None:
        return None

    def job(progress: Progress) -> Path | None:
        template = service.template(actor, campaign_id, phase)
        write_template(path, template)
        return path

    return write_in_background(
        parent,
        status,
        QCoreApplication.translate("ScoreImportDialog", "Writing the scores template…"),
        path,
        job,
        QCoreApplication.translate(
            "ScoreImportDialog",
            "The template is saved as {path}: write each paper sheet's deductions and "
            "problems on its rows, then import it with Import paper scores.",
        ),
    )


def run_score_import(
    parent: QWidget, actor: Actor, service: ScoreImportService, campaign_id: int
) -> bool:
    """导入纸质评分 from a page; True when something was added (the page then reloads)."""
    dialog = ScoreImportDialog(parent, actor, service, campaign_id)
    imported: list[object] = []
    dialog.imported.connect(imported.append)
    dialog.exec()
    return bool(imported)


class PaperRound:
    """A page's 评分模板 and 导入纸质评分 for one phase: the self-check and evaluation pages
    share them. ``campaign_id`` asks the page for its campaign; ``before`` saves what is typed
    there first (False: stay); ``imported`` reloads the page."""

    def __init__(
        self,
        page: QWidget,
        status: QLabel,
        actor: Actor,
        service: ScoreImportService,
        phase: PhaseKind,
        campaign_id: Callable[[], int | None],
        before: Callable[[], bool],
        imported: Callable[[], None],
    ) -> None:
        self._page, self._status, self._actor, self._service = page, status, actor, service
        self._phase, self._campaign_id = phase, campaign_id
        self._before, self._imported = before, imported
        self.task: BackgroundTask | None = None

    def save_template(self) -> None:
        campaign_id = self._campaign_id()
        if campaign_id is not None:
            self.task = save_scores_template(
                self._page, self._status, self._actor, self._service, campaign_id, self._phase
            )

    def import_scores(self) -> None:
        campaign_id = self._campaign_id()
        if campaign_id is None or not self._before():
            return
        if run_score_import(self._page, self._actor, self._service, campaign_id):
            self._imported()
