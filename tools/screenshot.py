"""Takes the README's screenshots: a demo hospital in a real window on a 1366×768 screen.

xvfb-run -s "-screen 0 1366x768x24" .venv/bin/python tools/screenshot.py
"""

from __future__ import annotations

import sys
import tempfile
from pathlib import Path

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication

from nursingqc.services.container import open_services
from nursingqc.services.demo import ADMIN_PASSWORD, DEMO_PASSWORD, create_demo
from nursingqc.ui.app import create_application
from nursingqc.ui.main_window import MainWindow

DOCS = Path(__file__).resolve().parent.parent / "docs"


def main() -> int:
    app = create_application("zh_CN")
    with tempfile.TemporaryDirectory() as scratch:
        services = open_services(f"sqlite:///{Path(scratch) / 'demo.sqlite3'}")
        create_demo(services, wards=12)
        shots = [
            ("screenshot-self-check.png", "nk01", DEMO_PASSWORD, 1, 3),
            ("screenshot-home.png", "admin", ADMIN_PASSWORD, 0, None),
            ("screenshot-rectification.png", "admin", ADMIN_PASSWORD, 2, None),
        ]
        for name, username, password, page, checklist in shots:
            window = MainWindow(services, services.accounts.login(username, password))
            window.setGeometry(app.primaryScreen().availableGeometry())
            window.show()
            window.ui.navigation.setCurrentRow(page)
            if checklist is not None and window.self_check is not None:
                window.self_check.ui.checklistCombo.setCurrentIndex(checklist)
            QTimer.singleShot(600, app.quit)
            app.exec()
            window.grab().save(str(DOCS / name))
            window.close()
            print("saved", DOCS / name)
        services.close()
    return 0


if __name__ == "__main__":
    QApplication.setDesktopSettingsAware(False)
    sys.exit(main())
