"""Takes the user guide's screenshots (resources/guide/images/) on the demo hospital, at 1366×768.

    QT_QPA_PLATFORM=offscreen .venv/bin/python -m tools.guide_screenshots [--out FOLDER]

(as a module from the checkout, so that the checkout's nursingqc is the one imported)

Run it after a change to a page the guide shows, so that the pictures stay those of the program.
The demo hospital (services/demo.py) is in its first week; the script then closes the self-check
and has the inspectors score every ward, for the pictures of weeks 3 and 4. The pictures are
saved with a palette of 256 colours: a screen of text loses nothing, and the guide stays small.
"""

from __future__ import annotations

import argparse
import random
import sys
import tempfile
from collections.abc import Callable
from dataclasses import replace
from decimal import Decimal
from io import BytesIO
from pathlib import Path

from PIL import Image
from PySide6.QtCore import QBuffer, QIODevice
from PySide6.QtWidgets import QApplication, QWidget

from nursingqc.domain.scoring import ItemEntry
from nursingqc.domain.workflow import PhaseKind
from nursingqc.services.container import Services, open_services
from nursingqc.services.demo import ADMIN_PASSWORD, DEMO_PASSWORD, DemoHospital, create_demo
from nursingqc.services.inspections import SheetKey
from nursingqc.ui.app import create_application
from nursingqc.ui.dialogs.help import guide_dir
from nursingqc.ui.dialogs.login import LoginDialog
from nursingqc.ui.main_window import MainWindow
from nursingqc.ui.pages.campaigns import CampaignsPage
from nursingqc.ui.pages.evaluation import EvaluationPage
from nursingqc.ui.pages.home import HomePage
from nursingqc.ui.pages.page import Page
from nursingqc.ui.pages.ranking import RankingPage
from nursingqc.ui.pages.rectification import RectificationPage
from nursingqc.ui.pages.self_check import SelfCheckPage
from nursingqc.ui.pages.summary import SummaryPage

SCREEN = (1366, 768)
#: Every picture the guide shows, by file name.
PICTURES = (
    "login.png",
    "home.png",
    "self-check.png",
    "rectification.png",
    "campaigns.png",
    "evaluation.png",
    "ranking.png",
    "summary.png",
)


def save(widget: QWidget, path: Path) -> None:
    buffer = QBuffer()
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    widget.grab().save(buffer, "PNG")
    image = Image.open(BytesIO(bytes(buffer.data().data()))).convert("RGB")
    image.quantize(colors=256).save(path, optimize=True)
    print("saved", path)


def settle(app: QApplication) -> None:
    for _ in range(10):
        app.processEvents()


def shoot_window(
    app: QApplication,
    services: Services,
    username: str,
    page_class: type[Page],
    path: Path,
    prepare: Callable[[Page], None] = lambda page: None,
) -> None:
    password = ADMIN_PASSWORD if username == "admin" else DEMO_PASSWORD
    window = MainWindow(services, services.accounts.login(username, password))
    window.resize(*SCREEN)
    window.show()
    page = window.page(page_class)
    assert page is not None, f"{username} does not see {page_class.__name__}"
    window.show_page(page)
    prepare(page)
    settle(app)
    save(window, path)
    window.close()


def evaluate_every_ward(services: Services, demo: DemoHospital, seed: int = 7) -> None:
    """Week 3: the self-check closed, the evaluation open, both inspectors score every ward."""
    admin = services.accounts.login("admin", ADMIN_PASSWORD)
    services.campaigns.close_phase(admin, demo.campaign_id, PhaseKind.SELF_CHECK)
    services.campaigns.open_phase(admin, demo.campaign_id, PhaseKind.RECTIFICATION)
    services.campaigns.open_phase(admin, demo.campaign_id, PhaseKind.EVALUATION)
    inspector = services.accounts.login("zhikong1", DEMO_PASSWORD)
    campaign = services.campaigns.get_campaign(admin, demo.campaign_id)
    rng = random.Random(seed)
    for ward_id in services.campaigns.ward_ids(admin, demo.campaign_id):
        for checklist in campaign.checklists:
            definition = services.checklists.definition(checklist.checklist_id)
            entries = {}
            for item in definition.items:
                deduction = Decimal(0)
                if rng.random() < 0.2:
                    deduction = min(item.points, Decimal(rng.randint(1, 4)) / 2)
                problem = "检查发现不符合要求" if deduction else ""
                entries[item.code] = ItemEntry(deduction=deduction, problem=problem)
            key = SheetKey(demo.campaign_id, ward_id, checklist.checklist_id)
            services.inspections.submit(
                inspector, replace(key, phase=PhaseKind.EVALUATION), entries, version=0
            )


def take(folder: Path) -> None:
    app = create_application("zh_CN")
    folder.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory() as scratch:
        services = open_services(f"sqlite:///{Path(scratch) / 'demo.sqlite3'}")
        try:
            demo = create_demo(services, wards=12)
            login = LoginDialog(services.accounts)
            login.show()
            settle(app)
            save(login, folder / "login.png")
            login.close()

            def draft(page: Page) -> None:
                assert isinstance(page, SelfCheckPage)
                page.ui.checklistCombo.setCurrentIndex(3)

            shoot_window(app, services, "nk01", HomePage, folder / "home.png")
            shoot_window(app, services, "nk01", SelfCheckPage, folder / "self-check.png", draft)
            shoot_window(app, services, "admin", RectificationPage, folder / "rectification.png")
            shoot_window(app, services, "admin", CampaignsPage, folder / "campaigns.png")
            evaluate_every_ward(services, demo)
            shoot_window(app, services, "zhikong1", EvaluationPage, folder / "evaluation.png")
            shoot_window(app, services, "admin", RankingPage, folder / "ranking.png")
            shoot_window(app, services, "admin", SummaryPage, folder / "summary.png")
        finally:
            services.close()


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=guide_dir() / "images")
    take(parser.parse_args().out)
    return 0


if __name__ == "__main__":
    QApplication.setDesktopSettingsAware(False)
    sys.exit(main())
