"""The campaign's four weeks side by side, today's phase outlined (活动月时间轴)."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QVBoxLayout, QWidget

from nursingqc.domain.workflow import PhaseKind
from nursingqc.services.campaigns import CampaignInfo, PhaseInfo


def kind_name(kind: PhaseKind) -> str:
    return QCoreApplication.translate("Phase", kind.display_name)


def phase_name(phase: PhaseInfo) -> str:
    return kind_name(phase.kind)


def state_name(phase: PhaseInfo) -> str:
    return QCoreApplication.translate("Phase", phase.state.display_name)


class PhaseTimeline(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._layout = QHBoxLayout(self)
        self._layout.setContentsMargins(0, 0, 0, 0)
        self.boxes: list[QFrame] = []

    def show_campaign(self, campaign: CampaignInfo | None, today: date) -> None:
        for box in self.boxes:
            box.deleteLater()
        self.boxes = []
        if campaign is None:
            return
        for index, phase in enumerate(campaign.phases, start=1):
            box = QFrame(self)
            # Phases are whole weeks: the one holding today is "this week", not "today".
            is_today = phase.starts_on <= today <= phase.ends_on
            box.setProperty("phase", True)
            box.setProperty("today", is_today)
            layout = QVBoxLayout(box)
            title = QLabel(self.tr("Week {n} · {phase}").format(n=index, phase=phase_name(phase)))
            title.setProperty("phaseTitle", True)
            layout.addWidget(title)
            layout.addWidget(QLabel(f"{phase.starts_on:%Y-%m-%d} ~ {phase.ends_on:%m-%d}"))
            status = state_name(phase)
            if is_today:
                status = self.tr("{state} · this week").format(state=status)
            layout.addWidget(QLabel(status))
            box.setAccessibleName(f"{phase_name(phase)} {status}")
            self._layout.addWidget(box, 1)
            self.boxes.append(box)
