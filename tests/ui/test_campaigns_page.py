"""活动管理: opening a phase is confirmed, and what is out of order is said before it opens."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot

from nursingqc.domain.workflow import PhaseKind, PhaseState
from nursingqc.services.container import Services
from nursingqc.ui.pages.campaigns import CampaignsPage
from tests.helpers import Hospital


def open_page(qtbot: QtBot, services: Services, hospital: Hospital) -> CampaignsPage:
    page = CampaignsPage(
        hospital.admin, services.campaigns, services.checklists, services.wards, services.notices
    )
    qtbot.addWidget(page)
    page.show()
    page.refresh()
    return page


@pytest.mark.parametrize("answer", ["Yes", "No"])
def test_opening_evaluation_while_the_self_check_runs_is_confirmed_with_the_warnings(
    qtbot: QtBot,
    services: Services,
    hospital: Hospital,
    monkeypatch: pytest.MonkeyPatch,
    chinese: None,
    answer: str,
) -> None:
    asked: list[tuple[str, object]] = []

    def question(_parent: object, _title: str, text: str, _buttons: object, default: object):  # type: ignore[no-untyped-def]
        asked.append((text, default))
        return getattr(QMessageBox.StandardButton, answer)

    monkeypatch.setattr(QMessageBox, "question", question)
    page = open_page(qtbot, services, hospital)
    page.ui.phaseTable.setCurrentCell(2, 0)  # 评比
    page.open_phase()
    ((text, default),) = asked
    assert text.startswith(f"开启{hospital.campaign.name}的“评比”阶段")
    assert "• “自查”阶段还在进行中" in text and "• “整改”阶段从未开启" in text
    assert default == QMessageBox.StandardButton.No
    state = services.campaigns.get_campaign(hospital.admin, hospital.campaign.id)
    opened = state.phase(PhaseKind.EVALUATION).state is PhaseState.OPEN
    assert opened is (answer == "Yes")


def test_a_running_campaign_is_edited_with_its_dates_and_checklists_fixed(
    qtbot: QtBot,
    services: Services,
    hospital: Hospital,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    from decimal import Decimal

    from PySide6.QtWidgets import QDoubleSpinBox

    from nursingqc.ui.dialogs.campaign import CampaignDialog

    shown: list[tuple[bool, bool, str]] = []

    def change(dialog: CampaignDialog) -> int:
        ui = dialog.ui
        first = ui.checklistTable.item(0, 0)
        assert first is not None
        shown.append(
            (
                ui.startEdit.isEnabled(),
                bool(first.flags() & first.flags().ItemIsUserCheckable),
                ui.wardCountLabel.text(),
            )
        )
        ui.nameEdit.setText("七月（修订）")
        spin = ui.checklistTable.cellWidget(0, 1)
        assert isinstance(spin, QDoubleSpinBox)
        spin.setValue(2.0)
        dialog.accept()
        assert dialog.created is not None, dialog.ui.errorLabel.text()
        return 1

    monkeypatch.setattr(CampaignDialog, "exec", change)
    page = open_page(qtbot, services, hospital)
    page.ui.editButton.click()
    assert shown == [(False, False, "2 of 2 wards")]
    edited = services.campaigns.get_campaign(hospital.admin, hospital.campaign.id)
    assert edited.name == "七月（修订）" and edited.checklists[0].weight == Decimal(2)
    assert edited.starts_on == hospital.campaign.starts_on


@pytest.mark.parametrize("kind", [PhaseKind.RECTIFICATION, PhaseKind.SUMMARY])
def test_closing_rectification_or_publishing_says_how_many_items_are_still_open(
    qtbot: QtBot,
    services: Services,
    hospital: Hospital,
    monkeypatch: pytest.MonkeyPatch,
    kind: PhaseKind,
) -> None:
    from tests.helpers import submit_with_problems

    submit_with_problems(services, hospital)  # two items, still to rectify
    services.campaigns.open_phase(hospital.admin, hospital.campaign.id, kind)
    asked: list[str] = []

    def question(_parent: object, _title: str, text: str, *_: object) -> object:
        asked.append(text)
        return QMessageBox.StandardButton.No

    monkeypatch.setattr(QMessageBox, "question", question)
    page = open_page(qtbot, services, hospital)
    page.ui.phaseTable.setCurrentCell(list(PhaseKind).index(kind), 0)
    page.close_phase()
    assert asked and asked[0].endswith(
        "2 rectification item(s) are still to rectify and 0 wait for the re-check; they are "
        "counted as not done in the rectification rates."
    )
