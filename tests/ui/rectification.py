"""The 整改 page as its suites open it: shown, active (its keys work), filled."""

from __future__ import annotations

from datetime import date

from pytestqt.qtbot import QtBot

from nursingqc.domain.accounts import Actor
from nursingqc.services.container import Services
from nursingqc.services.rectification import RectificationService
from nursingqc.ui.pages.rectification import RectificationPage
from tests.helpers import TODAY


def open_page(
    qtbot: QtBot,
    services: Services,
    actor: Actor,
    rectification: RectificationService | None = None,
    today: date = TODAY,
) -> RectificationPage:
    page = RectificationPage(
        actor,
        services.campaigns,
        rectification or services.rectification,
        services.notices,
        today=lambda: today,
    )
    qtbot.addWidget(page)
    page.resize(1226, 680)
    page.show()
    qtbot.waitExposed(page)
    page.activateWindow()
    qtbot.waitUntil(page.isActiveWindow)
    page.refresh()
    return page
