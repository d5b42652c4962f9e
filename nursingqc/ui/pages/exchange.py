"""数据交换: exchange packages between the department PC and the ward PCs (rules §14).

On the department PC (护理部) the page lists the enrolled wards with the last package each way,
makes a setup package (安装包) for a ward PC, exports the down-packages (下发包) and imports the
wards' up-packages (上报包), from files or a whole folder. On an enrolled ward PC the head nurse
exports her ward's up-package and imports the department's down-package. Every import is
previewed first (``dialogs.exchange_preview``); all the work with files runs off the UI thread.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from pathlib import Path

from PySide6.QtCore import QStandardPaths
from PySide6.QtWidgets import QFileDialog, QHeaderView, QMessageBox, QTableWidgetItem, QWidget

from nursingqc.domain.accounts import Actor, Permission, may
from nursingqc.domain.errors import QT_TRANSLATE_NOOP, NursingQCError
from nursingqc.domain.exchange import RecordChange
from nursingqc.i18n import message_text
from nursingqc.services.exchange import ExchangeIdentity, ExchangeResult, ExchangeService
from nursingqc.services.exchange_conflicts import ExchangeConflictInfo, Resolution
from nursingqc.services.wards import WardService
from nursingqc.ui.dialogs.exchange_preview import PackageImport
from nursingqc.ui.errors import show_error
from nursingqc.ui.forms.ui_exchange_page import Ui_ExchangePage
from nursingqc.ui.models.exchange import version_text
from nursingqc.ui.pages.page import Page, PageContext
from nursingqc.ui.workers import BackgroundTask, Progress

#: What a package file is called, for the file dialogs (storage's ``PACKAGE_SUFFIX``).
_PACKAGE_FILTER = "*.nqcpkg"


def _documents() -> str:
    return QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)


class ExchangePage(Page):
    key = "exchange"
    #: The department's side needs ADMINISTER, a ward PC's SELF_CHECK; ``shown_in`` decides.
    permission = Permission.SELF_CHECK
    title_text = QT_TRANSLATE_NOOP("ExchangePage", "Data exchange")

    def __init__(
        self,
        actor: Actor,
        exchange: ExchangeService,
        wards: WardService,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.ui = Ui_ExchangePage()
        self.ui.setupUi(self)
        self._actor = actor
        self._exchange = exchange
        self._wards = wards
        self.task: BackgroundTask | None = None
        self.importing: PackageImport | None = None
        self.identity: ExchangeIdentity = exchange.this_pc()
        self.conflicts: list[ExchangeConflictInfo] = []
        self._enrolled: set[str] = set()
        ui = self.ui
        ui.enrolButton.clicked.connect(self.choose_enrol_folder)
        ui.unenrolButton.clicked.connect(self.unenrol)
        ui.enrolWardCombo.currentIndexChanged.connect(self._enrol_ward_chosen)
        ui.exportDownButton.clicked.connect(self.choose_export_folder)
        ui.exportUpButton.clicked.connect(self.choose_export_folder)
        ui.importUpButton.clicked.connect(self.choose_package_files)
        ui.importDownButton.clicked.connect(self.choose_package_files)
        ui.importUpFolderButton.clicked.connect(self.choose_package_folder)
        ui.importDownFolderButton.clicked.connect(self.choose_package_folder)
        ui.takeTheirsButton.clicked.connect(lambda: self.resolve(Resolution.TAKE_THEIRS))
        ui.keepOursButton.clicked.connect(lambda: self.resolve(Resolution.KEEP_OURS))
        ui.conflictsTable.itemSelectionChanged.connect(self._conflict_chosen)
        self.refresh()

    @classmethod
    def from_context(cls, context: PageContext) -> ExchangePage:
        services = context.services
        return cls(context.actor, services.exchange, services.wards)

    @classmethod
    def shown_in(cls, context: PageContext) -> bool:
        """The department (护理部) on any PC but a ward PC; on a ward PC whoever works there.
        A head nurse at the department's own PC, or on a shared server, has nothing to send."""
        if not cls.shown_to(context.actor):
            return False
        ward_pc = context.services.exchange.this_pc().role == "ward"
        return ward_pc or may(context.actor, Permission.ADMINISTER)

    @property
    def on_ward_pc(self) -> bool:
        return self.identity.role == "ward"

    def refresh(self) -> None:
        self.identity = self._exchange.this_pc()
        ui = self.ui
        ui.departmentBox.setVisible(not self.on_ward_pc)
        ui.wardBox.setVisible(self.on_ward_pc)
        self._fill_conflicts()
        if self.on_ward_pc:
            ui.introLabel.setText(
                self.tr(
                    "This PC is ward {ward}'s PC: its work reaches the nursing department as an "
                    "up-package (submitted self-checks, rectification answers and photos), and "
                    "the department's decisions come back as a down-package. Carry the files on "
                    "a USB stick, through a shared folder or a chat program."
                ).format(ward=self.identity.ward_code)
            )
            ui.wardLabel.setText(
                self.tr("{hospital}, ward {ward}.").format(
                    hospital=self.identity.hospital_name or "", ward=self.identity.ward_code
                )
            )
            return
        ui.introLabel.setText(
            self.tr(
                "Wards with a PC of their own and no shared server exchange packages with this "
                "PC: make a setup package for each ward PC once, then import the wards' "
                "up-packages and export the down-packages they need next. Every import is "
                "shown before it is applied."
            )
        )
        self._fill_wards()

    def _fill_wards(self) -> None:
        enrolled = self._exchange.enrolled_wards(self._actor)
        self._enrolled = {ward.ward_code for ward in enrolled}
        table = self.ui.wardsTable
        headers = [
            self.tr("Ward"),
            self.tr("Enrolled"),
            self.tr("Last up-package imported"),
            self.tr("Last down-package exported"),
        ]
        table.setColumnCount(len(headers))
        table.setHorizontalHeaderLabels(headers)
        table.setRowCount(len(enrolled))
        for row, ward in enumerate(enrolled):
            values = [
                f"{ward.ward_code} {ward.ward_name}",
                ward.enrolled_at.astimezone().strftime("%Y-%m-%d %H:%M"),
                self._sequence(ward.last_received),
                self._sequence(ward.last_sent),
            ]
            for column, value in enumerate(values):
                item = QTableWidgetItem(value)
                item.setToolTip(value)
                table.setItem(row, column, item)
        header = table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(len(headers) - 1, QHeaderView.ResizeMode.Stretch)
        table.verticalHeader().hide()
        combo = self.ui.enrolWardCombo
        chosen = combo.currentData()
        combo.clear()
        for info in self._wards.list_wards(self._actor):
            combo.addItem(f"{info.code} {info.name}", info.code)
        if chosen is not None and combo.findData(chosen) >= 0:
            combo.setCurrentIndex(combo.findData(chosen))
        self.ui.enrolButton.setEnabled(combo.count() > 0)
        self._enrol_ward_chosen()
        self.ui.exportDownButton.setEnabled(bool(enrolled))

    def _enrol_ward_chosen(self) -> None:
        self.ui.unenrolButton.setEnabled(self.ui.enrolWardCombo.currentData() in self._enrolled)

    def unenrol(self) -> None:
        """撤销登记: the ward's PC is lost, broken or replaced. After she confirms, its packages
        are refused, and the PC enrolled next gets all that a down-package carries."""
        ward_code = self.ui.enrolWardCombo.currentData()
        if ward_code not in self._enrolled:
            return
        answer = QMessageBox.question(
            self,
            self.tr("Withdraw the ward's PC"),
            self.tr(
                "Withdraw the PC enrolled for ward {ward}? Its packages are refused from now on "
                "(use this when it is lost, broken or replaced). Then make a setup package for "
                "the PC that takes its place."
            ).format(ward=ward_code),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No,
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        try:
            self._exchange.unenrol(self._actor, ward_code)
        except NursingQCError as error:
            show_error(self, error)
        else:
            self.ui.statusLabel.setText(
                self.tr(
                    "The PC of ward {ward} is withdrawn; its packages are refused from now on."
                ).format(ward=ward_code)
            )
        self.refresh()

    # -- conflicts -------------------------------------------------------------------------

    def _fill_conflicts(self) -> None:
        """交换冲突 kept here; the box shows only while there is one to resolve."""
        self.conflicts = self._exchange.conflicts(self._actor)
        table = self.ui.conflictsTable
        headers = [
            self.tr("Ward"),
            self.tr("Record"),
            self.tr("This PC's version"),
            self.tr("The other PC's version"),
            self.tr("Received"),
        ]
        table.setColumnCount(len(headers))
        table.setHorizontalHeaderLabels(headers)
        table.setRowCount(len(self.conflicts))
        for row, conflict in enumerate(self.conflicts):
            values = [
                conflict.ward_code,
                message_text(conflict.what),
                version_text(conflict.ours_version, conflict.ours_author),
                version_text(conflict.theirs_version, conflict.theirs_author),
                conflict.received_at.astimezone().strftime("%Y-%m-%d %H:%M"),
            ]
            for column, value in enumerate(values):
                item = QTableWidgetItem(value)
                item.setToolTip(value if column != 4 else conflict.package)
                table.setItem(row, column, item)
        header = table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        table.verticalHeader().hide()
        self.ui.conflictsBox.setVisible(bool(self.conflicts))
        if self.conflicts:
            table.selectRow(0)
        self._conflict_chosen()

    def _conflict_chosen(self) -> None:
        chosen = self.chosen_conflict() is not None
        self.ui.takeTheirsButton.setEnabled(chosen)
        self.ui.keepOursButton.setEnabled(chosen)

    def chosen_conflict(self) -> ExchangeConflictInfo | None:
        rows = self.ui.conflictsTable.selectionModel().selectedRows()
        return self.conflicts[rows[0].row()] if rows else None

    def resolve(self, resolution: Resolution) -> None:
        """采用对方版本 / 保留本机版本, after the user confirms which record and what happens."""
        conflict = self.chosen_conflict()
        if conflict is None:
            return
        record = message_text(conflict.what)
        if resolution is Resolution.TAKE_THEIRS:
            title = self.tr("Take the other PC's version")
            question = self.tr(
                "{record}: this PC takes the other PC's {theirs} in place of its own {ours}. "
                "Take the other PC's version?"
            )
        else:
            title = self.tr("Keep this PC's version")
            question = self.tr(
                "{record}: this PC keeps its own {ours}; the other PC's {theirs} is set aside "
                "and the next package sends this PC's version again. Keep this PC's version?"
            )
        answer = QMessageBox.question(
            self,
            title,
            question.format(
                record=record,
                ours=version_text(conflict.ours_version, conflict.ours_author),
                theirs=version_text(conflict.theirs_version, conflict.theirs_author),
            ),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No,
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        try:
            self._exchange.resolve_conflict(self._actor, conflict.id, resolution)
        except NursingQCError as error:
            show_error(self, error)
        else:
            self.ui.statusLabel.setText(
                self.tr(
                    "{record}: resolved. Export as usual: the next package tells the other PC."
                ).format(record=record)
            )
        self.refresh()

    def _sequence(self, number: int) -> str:
        """A package's place in the exchange with that PC: 第 3 号, or none yet."""
        return self.tr("No. {sequence}").format(sequence=number) if number else self.tr("none yet")

    # -- writing packages --------------------------------------------------------------------

    def _ask_folder(self, title: str) -> Path | None:
        chosen = QFileDialog.getExistingDirectory(self, title, _documents())
        return Path(chosen) if chosen else None

    def choose_enrol_folder(self) -> None:
        ward_code = self.ui.enrolWardCombo.currentData()
        if ward_code is None:
            return
        folder = self._ask_folder(self.tr("Save the setup package in"))
        if folder is not None:
            self.enrol(ward_code, folder)

    def enrol(self, ward_code: str, folder: Path) -> None:
        def job(progress: Progress) -> list[Path]:
            progress(0, 0)
            return [self._exchange.enrol(self._actor, ward_code, folder)]

        self._write(
            self.tr("Making the setup package of ward {ward}…").format(ward=ward_code),
            job,
            self.tr(
                "The setup package is saved as {paths}. Copy it to the ward's new PC; at its "
                "first start choose Set up this PC from a setup package. It holds the ward PC's "
                "own key: give it to nobody else."
            ),
        )

    def choose_export_folder(self) -> None:
        folder = self._ask_folder(self.tr("Save the packages in"))
        if folder is not None:
            self.export(folder)

    def export(self, folder: Path) -> None:
        def job(progress: Progress) -> list[Path]:
            progress(0, 0)
            return self._exchange.export(self._actor, folder)

        if self.on_ward_pc:
            written = self.tr(
                "The up-package is saved as {paths}. Give it to the nursing department."
            )
        else:
            written = self.tr(
                "Down-packages saved: {paths}. Give each ward PC its own; a ward PC refuses "
                "another ward's."
            )
        self._write(self.tr("Writing packages…"), job, written)

    def _write(self, label: str, job: Callable[[Progress], list[Path]], written: str) -> None:
        task = BackgroundTask(self, label, job)
        task.dialog.setCancelButton(None)  # one transaction: it commits whole or not at all

        def done(paths: object) -> None:
            assert isinstance(paths, list)
            self.ui.statusLabel.setText(written.format(paths=", ".join(str(p) for p in paths)))
            self.refresh()

        task.succeeded.connect(done)
        self.task = task
        task.start()

    # -- importing packages ------------------------------------------------------------------

    def choose_package_files(self) -> None:
        chosen, _ = QFileDialog.getOpenFileNames(
            self,
            self.tr("Choose the packages to import"),
            _documents(),
            self.tr("Exchange packages ({pattern})").format(pattern=_PACKAGE_FILTER),
        )
        if chosen:
            paths = [Path(name) for name in chosen]
            self.import_packages(paths, paths[0].parent)

    def choose_package_folder(self) -> None:
        folder = self._ask_folder(self.tr("Import every package in"))
        if folder is not None:
            self.import_folder(folder)

    def import_folder(self, folder: Path) -> None:
        """The packages in ``folder`` for this PC: a shared folder also holds this PC's own
        and the other PCs', which are left there."""
        found = self._exchange.packages_for_this_pc(folder)
        if found.taken:
            self.import_packages(found.taken, folder)
        elif found.left:
            self.ui.statusLabel.setText(
                self.tr(
                    "{folder} holds {count} exchange package(s), none of them for this PC: "
                    "they are this PC's own or other PCs'."
                ).format(folder=folder, count=len(found.left))
            )
        else:
            self.ui.statusLabel.setText(
                self.tr("{folder} holds no exchange package ({pattern}).").format(
                    folder=folder, pattern=_PACKAGE_FILTER
                )
            )

    def import_packages(self, paths: Sequence[Path], receipt_folder: Path) -> None:
        """Preview, then on 应用 apply; receipts go beside the packages, for the sender."""
        self.importing = PackageImport(self, self._actor, self._exchange, paths, receipt_folder)
        self.importing.applied.connect(self._applied)
        self.importing.start()

    def _applied(self, result: ExchangeResult) -> None:
        preview = result.preview
        text = self.tr(
            "Imported: {new} new, {changed} changed, {unchanged} unchanged, {refused} refused."
        ).format(
            new=preview.count(RecordChange.NEW),
            changed=preview.count(RecordChange.CHANGED),
            unchanged=preview.count(RecordChange.UNCHANGED),
            refused=preview.count(RecordChange.REFUSED),
        )
        if result.receipts:
            text += " " + self.tr("Receipts for the senders: {paths}").format(
                paths=", ".join(str(path) for path in result.receipts)
            )
        self.ui.statusLabel.setText(text)
        self.refresh()
