"""交换包预览: what importing exchange packages would change, shown before anything is applied.

The service's ``preview`` reads the packages and changes nothing; this dialog lists its answer
(新增, 修改, 未变, 拒绝 with the reason of each refusal, whole packages that cannot be used at
the top) and lets the user 应用 or 取消. Applying is the caller's (``ExchangeService.apply`` in
the background): the dialog only says yes or no, so it is shown the same way for the
department's many up-packages and a ward's one down-package.
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtGui import QColor, QShowEvent
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QWidget,
)

from nursingqc.domain.accounts import Actor
from nursingqc.domain.exchange import PackagePreview, PreviewLine, RecordChange
from nursingqc.i18n import message_text
from nursingqc.services.exchange import ExchangeResult, ExchangeService
from nursingqc.ui.forms.ui_exchange_preview_dialog import Ui_ExchangePreviewDialog
from nursingqc.ui.models.exchange import RANK, change_name
from nursingqc.ui.workers import BackgroundTask, Progress

_REFUSED_COLOUR = "#b3261e"
# The table's columns (package, ward, what, result, reason).
PACKAGE, WARD, WHAT, RESULT, REASON = range(5)


def has_work(preview: PackagePreview) -> bool:
    """Whether applying would change anything: a new or changed record somewhere."""
    return any(line.change in (RecordChange.NEW, RecordChange.CHANGED) for line in preview.lines)


class _Cell(QTableWidgetItem):
    """A cell that sorts by its key (the 结果 column by refused-first, not by its words), the
    whole text in its tooltip for a column too narrow to show it."""

    def __init__(self, text: str, key: tuple[object, ...] | None = None) -> None:
        super().__init__(text)
        self.setToolTip(text)
        self._key: tuple[object, ...] = key if key is not None else (text,)

    def __lt__(self, other: QTableWidgetItem) -> bool:
        if isinstance(other, _Cell):
            return self._key < other._key
        return super().__lt__(other)


class ExchangePreviewDialog(QDialog):
    """Shows a ``PackagePreview``; accepted means 应用 (only offered when something would
    change), rejected 取消."""

    def __init__(self, preview: PackagePreview, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_ExchangePreviewDialog()
        self.ui.setupUi(self)
        self.preview = preview
        self.apply_button = QPushButton(self.tr("&Apply"))
        self.ui.buttonBox.addButton(self.apply_button, QDialogButtonBox.ButtonRole.AcceptRole)
        self.ui.buttonBox.accepted.connect(self.accept)
        self.ui.buttonBox.rejected.connect(self.reject)
        self._show_counts()
        self._show_refused_packages()
        self._fill_lines()
        self.apply_button.setEnabled(has_work(preview))
        self.apply_button.setDefault(has_work(preview))
        self.ui.statusLabel.setText(self._status())

    def _show_counts(self) -> None:
        preview = self.preview
        text = self.tr(
            "New: {new}    Changed: {changed}    Unchanged: {unchanged}    Refused: {refused}"
        ).format(
            new=preview.count(RecordChange.NEW),
            changed=preview.count(RecordChange.CHANGED),
            unchanged=preview.count(RecordChange.UNCHANGED),
            refused=preview.count(RecordChange.REFUSED),
        )
        if preview.refused_packages:
            text += "    " + self.tr("Packages refused: {count}").format(
                count=len(preview.refused_packages)
            )
        self.ui.countsLabel.setText(text)
        self.ui.countsLabel.setStyleSheet("font-weight: bold;")

    def _show_refused_packages(self) -> None:
        refused = self.preview.refused_packages
        self.ui.refusedLabel.setVisible(bool(refused))
        self.ui.refusedTable.setVisible(bool(refused))
        if not refused:
            return
        self.ui.refusedLabel.setStyleSheet(f"color: {_REFUSED_COLOUR}; font-weight: bold;")
        self.ui.refusedLabel.setText(
            self.tr(
                "These packages cannot be used, and nothing of them will be imported "
                "(the others can be applied without them):"
            )
        )
        table = self.ui.refusedTable
        table.setColumnCount(2)
        table.setHorizontalHeaderLabels([self.tr("Package"), self.tr("Reason")])
        table.setRowCount(len(refused))
        for row, (name, reason) in enumerate(refused):
            table.setItem(row, 0, _Cell(name))
            table.setItem(row, 1, _Cell(message_text(reason)))
        _fit(table, stretch=1)
        table.setWordWrap(True)
        table.horizontalHeader().sectionResized.connect(self._fit_refused)

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self.preview.refused_packages:
            # Once laid out: a row's height follows its reason's width, known only now.
            self._fit_refused()

    def _fit_refused(self, *_resized: int) -> None:
        """A reason is read whole (it says what to do): wrapped at the column's width of the
        moment, each row as high as it needs, the table as high as its rows up to four, so the
        record table below keeps the room."""
        table = self.ui.refusedTable
        table.resizeRowsToContents()
        rows = sum(table.rowHeight(row) for row in range(min(table.rowCount(), 4)))
        table.setFixedHeight(
            rows + table.horizontalHeader().sizeHint().height() + 2 * table.frameWidth()
        )

    def _fill_lines(self) -> None:
        table = self.ui.table
        table.setColumnCount(5)
        table.setHorizontalHeaderLabels(
            [
                self.tr("Package"),
                self.tr("Ward"),
                self.tr("What"),
                self.tr("Result"),
                self.tr("Reason"),
            ]
        )
        # Filled by ward, then sorted (stably) by the result: refusals first, each ward's
        # lines together; a click on a header sorts by that column instead.
        lines = sorted(self.preview.lines, key=lambda line: (line.ward_code, line.package))
        table.setRowCount(len(lines))
        for row, line in enumerate(lines):
            for column, cell in enumerate(self._cells(line)):
                table.setItem(row, column, cell)
        _fit(table, stretch=WHAT)
        table.horizontalHeader().setSectionResizeMode(REASON, QHeaderView.ResizeMode.Stretch)
        table.setSortingEnabled(True)
        table.sortByColumn(RESULT, Qt.SortOrder.AscendingOrder)
        table.currentCellChanged.connect(self._show_detail)
        if lines:
            table.setCurrentCell(0, WHAT)

    def _show_detail(self, row: int) -> None:
        """The chosen line whole, for a reason longer than its column (both versions named)."""
        items = [self.ui.table.item(row, column) for column in (WARD, WHAT, RESULT, REASON)]
        if any(item is None for item in items):
            self.ui.detailLabel.clear()
            return
        ward, what, result, reason = (item.text() for item in items if item is not None)
        if reason:
            text = self.tr("{ward} {what}: {result}. {reason}")
        else:
            text = self.tr("{ward} {what}: {result}.")
        self.ui.detailLabel.setText(text.format(ward=ward, what=what, result=result, reason=reason))

    def _cells(self, line: PreviewLine) -> list[_Cell]:
        result = _Cell(change_name(line.change), (RANK[line.change],))
        reason = _Cell(message_text(line.reason) if line.reason is not None else "")
        if line.change is RecordChange.REFUSED:
            for cell in (result, reason):
                cell.setForeground(QColor(_REFUSED_COLOUR))
        return [
            _Cell(line.package),
            _Cell(line.ward_code),
            _Cell(message_text(line.what)),
            result,
            reason,
        ]

    def _status(self) -> str:
        preview = self.preview
        refused = preview.count(RecordChange.REFUSED)
        if has_work(preview):
            texts = []
            if refused:
                texts.append(
                    self.tr(
                        "Refused records are not imported and stay as they are on this PC; "
                        "the other changes are applied."
                    )
                )
            if preview.refused_packages:
                texts.append(
                    self.tr(
                        "Apply imports the other packages without the refused ones; ask their "
                        "senders for new copies."
                    )
                )
            return " ".join(texts)
        if refused:
            return self.tr(
                "Nothing to apply: every record that would change is refused (see Reason)."
            )
        if preview.lines:
            return self.tr("Nothing to apply: this PC already has everything in these packages.")
        return self.tr("Nothing to apply: no package can be used.")


def _fit(table: QTableWidget, stretch: int) -> None:
    header = table.horizontalHeader()
    header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    header.setSectionResizeMode(stretch, QHeaderView.ResizeMode.Stretch)
    table.verticalHeader().hide()


class PackageImport(QObject):
    """导入交换包 from a page or the first-start dialog: the preview read in the background, shown
    in the dialog, and on 应用 the packages that can be used applied in the background, in one
    transaction. ``applied`` carries the ``ExchangeResult``; a refusal is shown in a box.

    Applying shows no Cancel: once the transaction runs it commits whole or not at all, and a
    Cancel pressed meanwhile could only hide that it was applied."""

    applied = Signal(object)

    def __init__(
        self,
        parent: QWidget,
        actor: Actor | None,
        exchange: ExchangeService,
        paths: Sequence[Path],
        receipt_folder: Path | None,
    ) -> None:
        super().__init__(parent)
        self._parent = parent
        self._actor = actor
        self._exchange = exchange
        self._paths = list(paths)
        self._receipt_folder = receipt_folder
        self.task: BackgroundTask | None = None
        self.dialog: ExchangePreviewDialog | None = None

    def start(self) -> None:
        def job(progress: Progress) -> PackagePreview:
            progress(0, 0)
            return self._exchange.preview(self._actor, self._paths)

        self.task = BackgroundTask(
            self._parent,
            self.tr("Reading and checking {count} package(s)…").format(count=len(self._paths)),
            job,
        )
        self.task.succeeded.connect(self._previewed)
        self.task.start()

    def _previewed(self, preview: PackagePreview) -> None:
        self.dialog = ExchangePreviewDialog(preview, self._parent)
        self.dialog.accepted.connect(lambda: self._apply(preview))
        self.dialog.open()

    def usable(self, preview: PackagePreview) -> list[Path]:
        """The chosen packages less those refused whole (named by their file name)."""
        refused = {name for name, _reason in preview.refused_packages}
        return [
            path for path in self._paths if path.name not in refused and str(path) not in refused
        ]

    def _apply(self, preview: PackagePreview) -> None:
        paths = self.usable(preview)

        def job(progress: Progress) -> ExchangeResult:
            return self._exchange.apply(self._actor, paths, self._receipt_folder)

        self.task = BackgroundTask(
            self._parent, self.tr("Importing {count} package(s)…").format(count=len(paths)), job
        )
        self.task.dialog.setCancelButton(None)
        self.task.succeeded.connect(self.applied)
        self.task.start()
