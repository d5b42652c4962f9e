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
