"""新建活动 / 编辑活动: name, start date (four weekly phases follow), weighted checklists, wards,
awards. Editing offers only what the campaign's phases still allow (rules §2.1)."""

from __future__ import annotations

from datetime import date, timedelta
from decimal import Decimal

from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import (
    QDoubleSpinBox,
    QHeaderView,
    QListWidgetItem,
    QMessageBox,
    QTableWidgetItem,
    QWidget,
)

from nursingqc.domain.accounts import Actor
from nursingqc.domain.campaign_settings import (
    DEFAULT_SETTINGS,
    MODEL_WARD_COUNT_RANGE,
    MODEL_WARD_THRESHOLD_RANGE,
    RECTIFICATION_DAYS_RANGE,
)
from nursingqc.domain.errors import NursingQCError
from nursingqc.domain.workflow import PhaseState, plan_phases
from nursingqc.i18n import error_text, message_text
from nursingqc.services.campaigns import (
    CampaignClash,
    CampaignInfo,
    CampaignService,
    CampaignSpec,
)
from nursingqc.services.checklists import ChecklistService
from nursingqc.services.wards import WardService
from nursingqc.ui.forms.ui_campaign_dialog import Ui_CampaignDialog
from nursingqc.ui.widgets.discard_guard import GuardedDialog
from nursingqc.ui.widgets.phase_timeline import kind_name


class CampaignDialog(GuardedDialog):
    def __init__(
        self,
        actor: Actor,
        campaigns: CampaignService,
        checklists: ChecklistService,
        wards: WardService,
        parent: QWidget | None = None,
        *,
        editing: CampaignInfo | None = None,
    ) -> None:
        """``editing``: the campaign to change; None makes a new one (``created``, either way,
        is the campaign as saved)."""
        super().__init__(parent)
        self.ui = Ui_CampaignDialog()
        self.ui.setupUi(self)
        self._actor = actor
        self._campaigns = campaigns
        self._editing = editing
        self.created: CampaignInfo | None = None

        start = _free_monday(date.today(), campaigns.list_campaigns(actor))
        self.ui.startEdit.setDate(QDate(start.year, start.month, start.day))
        self.ui.nameEdit.setText(
            self.tr("{year}-{month:02d} Basic nursing quality improvement month").format(
                year=start.year, month=start.month
            )
        )
        self.ui.startEdit.dateChanged.connect(self._show_phases)
        self._show_phases()
        # The ranges and starting values are the campaign service's, not the form's.
        self.ui.awardsSpin.setRange(*MODEL_WARD_COUNT_RANGE)
        self.ui.awardsSpin.setValue(DEFAULT_SETTINGS.model_ward_count)
        self.ui.thresholdSpin.setRange(*map(float, MODEL_WARD_THRESHOLD_RANGE))
        self.ui.thresholdSpin.setValue(float(DEFAULT_SETTINGS.model_ward_threshold))
        self.ui.daysSpin.setRange(*RECTIFICATION_DAYS_RANGE)
        self.ui.daysSpin.setValue(DEFAULT_SETTINGS.rectification_days)

        table = self.ui.checklistTable
        table.setColumnCount(2)
        table.setHorizontalHeaderLabels([self.tr("Checklist"), self.tr("Weight")])
        table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        table.verticalHeader().setVisible(False)
        self._checklists = checklists.current_checklists()
        table.setRowCount(len(self._checklists))
        for row, checklist in enumerate(self._checklists):
            item = QTableWidgetItem(
                self.tr("{name} (version {version})").format(
                    name=checklist.name, version=checklist.version
                )
            )
            item.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Checked)
            table.setItem(row, 0, item)
            weight = QDoubleSpinBox()
            weight.setDecimals(1)
            weight.setRange(0.1, 100.0)
            weight.setValue(1.0)
            table.setCellWidget(row, 1, weight)

        for ward in wards.list_wards(actor):
            entry = QListWidgetItem(f"{ward.code} {ward.name}")
            entry.setData(Qt.ItemDataRole.UserRole, ward.id)
            entry.setFlags(entry.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            entry.setCheckState(Qt.CheckState.Checked)
            self.ui.wardList.addItem(entry)
        self.ui.allWardsButton.clicked.connect(lambda: self._check_wards(Qt.CheckState.Checked))
        self.ui.noWardsButton.clicked.connect(lambda: self._check_wards(Qt.CheckState.Unchecked))
        self.ui.wardList.itemChanged.connect(self._count_wards)
        self._count_wards()

        if editing is not None:
            self._show_campaign(editing, campaigns.ward_ids(actor, editing.id))
        self.ui.buttonBox.accepted.connect(self.accept)
        self.ui.buttonBox.rejected.connect(self.reject)

    def _show_campaign(self, campaign: CampaignInfo, ward_ids: list[int]) -> None:
        """The campaign's settings; the dates and the checklists fixed once a phase has begun."""
        ui = self.ui
        self.setWindowTitle(self.tr("Edit campaign"))
        ui.nameEdit.setText(campaign.name)
        ui.startEdit.setDate(
            QDate(campaign.starts_on.year, campaign.starts_on.month, campaign.starts_on.day)
        )
        ui.awardsSpin.setValue(campaign.model_ward_count)
        ui.thresholdSpin.setValue(float(campaign.model_ward_threshold))
        ui.daysSpin.setValue(campaign.rectification_days)
        weights = {c.code: c.weight for c in campaign.checklists}
        begun = any(phase.state is not PhaseState.NOT_STARTED for phase in campaign.phases)
        for row, checklist in enumerate(self._checklists):
            cell = ui.checklistTable.item(row, 0)
            assert cell is not None
            cell.setCheckState(
                Qt.CheckState.Checked if checklist.code in weights else Qt.CheckState.Unchecked
            )
            if begun:
                cell.setFlags(Qt.ItemFlag.ItemIsEnabled)  # shown, not changed
            spin = ui.checklistTable.cellWidget(row, 1)
            assert isinstance(spin, QDoubleSpinBox)
            spin.setValue(float(weights.get(checklist.code, Decimal(1))))
        taking_part = set(ward_ids)
        for row in range(ui.wardList.count()):
            entry = ui.wardList.item(row)
            taking = entry.data(Qt.ItemDataRole.UserRole) in taking_part
            entry.setCheckState(Qt.CheckState.Checked if taking else Qt.CheckState.Unchecked)
        if begun:
            ui.startEdit.setEnabled(False)
            ui.startEdit.setToolTip(
                self.tr("A phase has begun: the dates and the checklists stay as they are.")
            )

    def _check_wards(self, state: Qt.CheckState) -> None:
        wards = self.ui.wardList
        for row in range(wards.count()):
            wards.item(row).setCheckState(state)

    def _count_wards(self, *_: object) -> None:
        wards = self.ui.wardList
        chosen = sum(
            wards.item(row).checkState() == Qt.CheckState.Checked for row in range(wards.count())
        )
        self.ui.wardCountLabel.setText(
            self.tr("{chosen} of {count} wards").format(chosen=chosen, count=wards.count())
        )

    def _start(self) -> date:
        # A date typed and not yet left (Enter pressed in the box) is taken as typed.
        self.ui.startEdit.interpretText()
        qdate = self.ui.startEdit.date()
        return date(qdate.year(), qdate.month(), qdate.day())

    def _show_phases(self) -> None:
        self.ui.phasesLabel.setText(
            "  ".join(
                f"{kind_name(plan.kind)} {plan.starts_on:%m-%d}~{plan.ends_on:%m-%d}"
                for plan in plan_phases(self._start())
            )
        )

    def spec(self) -> CampaignSpec:
        table = self.ui.checklistTable
        codes, weights = [], []
        for row, checklist in enumerate(self._checklists):
            cell = table.item(row, 0)
            if cell is not None and cell.checkState() == Qt.CheckState.Checked:
                spin = table.cellWidget(row, 1)
                assert isinstance(spin, QDoubleSpinBox)
                codes.append(checklist.code)
                weights.append(Decimal(str(round(spin.value(), 1))))
        wards = [
            int(self.ui.wardList.item(row).data(Qt.ItemDataRole.UserRole))
            for row in range(self.ui.wardList.count())
            if self.ui.wardList.item(row).checkState() == Qt.CheckState.Checked
        ]
        return CampaignSpec(
            name=self.ui.nameEdit.text(),
            starts_on=self._start(),
            checklist_codes=codes,
            weights=weights,
            ward_ids=wards,
            model_ward_count=self.ui.awardsSpin.value(),
            model_ward_threshold=Decimal(str(round(self.ui.thresholdSpin.value(), 1))),
            rectification_days=self.ui.daysSpin.value(),
        )

    def accept(self) -> None:
        spec = self.spec()
        editing = self._editing
        try:
            clashes = self._campaigns.clashes(
                self._actor, spec, editing.id if editing is not None else None
            )
            if clashes and not self._create_anyway(clashes):
                return
            if editing is None:
                self.created = self._campaigns.create_campaign(
                    self._actor, spec, allow_clash=bool(clashes)
                )
            else:
                self.created = self._campaigns.update_campaign(
                    self._actor, editing, spec, allow_clash=bool(clashes)
                )
        except NursingQCError as error:
            self.ui.errorLabel.setText(error_text(error))
            return
        super().accept()

    def _create_anyway(self, clashes: list[CampaignClash]) -> bool:
        """Two campaigns of one name, or on the same days, split the wards' sheets between them:
        almost always a mistake, so the department confirms it."""
        lines = "\n".join(message_text(clash.message()) for clash in clashes)
        if self._editing is None:
            question = self.tr(
                "Please check before creating this campaign:\n{clashes}\n\nCreate it anyway?"
            )
        else:
            question = self.tr(
                "Please check before saving this campaign:\n{clashes}\n\nSave it anyway?"
            )
        answer = QMessageBox.question(
            self,
            self.tr("Another campaign clashes"),
            question.format(clashes=lines),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No,
        )
        return answer == QMessageBox.StandardButton.Yes


def _next_monday(today: date) -> date:
    return today + timedelta(days=(7 - today.weekday()) % 7)


def _free_monday(today: date, campaigns: list[CampaignInfo]) -> date:
    """The first Monday from today on which a new month would share no day with a campaign
    planned or running: the department plans the next month while this one runs."""
    start = _next_monday(today)
    taken = [(c.phases[0].starts_on, c.phases[-1].ends_on) for c in campaigns if c.phases]
    while any(start <= ends and plan_phases(start)[-1].ends_on >= starts for starts, ends in taken):
        start += timedelta(days=7)
    return start
