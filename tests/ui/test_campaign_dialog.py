"""新建活动 dialog: it starts from the domain's campaign settings, in the service's ranges."""

from __future__ import annotations

from decimal import Decimal

from pytestqt.qtbot import QtBot

from nursingqc.services.container import Services
from nursingqc.ui.dialogs.campaign import CampaignDialog
from tests.helpers import Hospital


def test_a_new_campaign_starts_with_three_model_wards_at_90_and_seven_rectification_days(
    qtbot: QtBot, services: Services, hospital: Hospital
) -> None:
    dialog = CampaignDialog(hospital.admin, services.campaigns, services.checklists, services.wards)
    qtbot.addWidget(dialog)

    spec = dialog.spec()

    assert (spec.model_ward_count, spec.model_ward_threshold, spec.rectification_days) == (
        3,
        Decimal("90.0"),
        7,
    )
    ui = dialog.ui
    assert (ui.awardsSpin.minimum(), ui.awardsSpin.maximum()) == (0, 100)
    assert (ui.thresholdSpin.minimum(), ui.thresholdSpin.maximum()) == (0.0, 100.0)
    assert (ui.daysSpin.minimum(), ui.daysSpin.maximum()) == (1, 60)


def test_all_or_none_of_the_wards_and_a_start_that_does_not_clash(
    qtbot: QtBot, services: Services, hospital: Hospital
) -> None:
    from datetime import date, timedelta

    from PySide6.QtCore import QDate

    from nursingqc.ui.dialogs.campaign import _free_monday

    dialog = CampaignDialog(hospital.admin, services.campaigns, services.checklists, services.wards)
    qtbot.addWidget(dialog)
    assert dialog.ui.wardCountLabel.text() == "2 of 2 wards"
    dialog.ui.noWardsButton.click()
    assert dialog.spec().ward_ids == [] and dialog.ui.wardCountLabel.text() == "0 of 2 wards"
    dialog.ui.allWardsButton.click()
    assert len(dialog.spec().ward_ids or []) == 2

    # The running campaign (4 weeks from TODAY − 2 days) is not clashed with.
    campaign = services.campaigns.get_campaign(hospital.admin, hospital.campaign.id)
    ends = campaign.phases[-1].ends_on
    start = _free_monday(campaign.starts_on, [campaign])
    assert start > ends and start.weekday() == 0 and start - ends <= timedelta(days=7)
    assert _free_monday(date(2030, 1, 1), [campaign]) == date(2030, 1, 7)

    # A date typed into the box and not yet left is taken as typed.
    dialog.ui.startEdit.setFocus()
    dialog.ui.startEdit.lineEdit().setText("2031-03-03")
    assert dialog.spec().starts_on == date(2031, 3, 3)
    assert dialog.ui.startEdit.date() == QDate(2031, 3, 3)
