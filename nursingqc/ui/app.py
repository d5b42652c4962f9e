"""Starting the program: application, language, fonts, a splash, the database, log-in, window.

Only Qt and light modules are imported up front: the splash is on screen before SQLAlchemy and the
services load (about half a second here, several on an old ward PC with a virus scanner).
"""

from __future__ import annotations

import logging
import sys
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QFont, QPainter, QPixmap
from PySide6.QtWidgets import QApplication, QDialog, QLabel, QMessageBox

from nursingqc import __version__
from nursingqc.domain.errors import NursingQCError
from nursingqc.i18n import error_text, install_translators, message_text, tr
from nursingqc.logs import setup_logging
from nursingqc.ui.errors import install_excepthook
from nursingqc.ui.theme import apply_theme

if TYPE_CHECKING:
    from nursingqc.domain.accounts import Actor
    from nursingqc.services.container import Services

log = logging.getLogger(__name__)


def create_application(language: str) -> QApplication:
    existing = QApplication.instance()
    app = existing if isinstance(existing, QApplication) else QApplication(sys.argv[:1])
    app.setOrganizationName("NursingQC")  # where QSettings keeps the last user name
    app.setApplicationName("NursingQC")
    app.setApplicationVersion(__version__)
    install_translators(language)
    apply_theme(app)
    return app


def show_splash(app: QApplication) -> QLabel:
    """The program's name and "opening the database…", drawn without any image file.

    A splash-flagged label, not QSplashScreen: that one blocks in show() until the window system
    reports the window exposed, a full second on some platforms.
    """
    pixmap = QPixmap(420, 180)
    pixmap.fill(QColor("#1f4e79"))
    painter = QPainter(pixmap)
    app.windowIcon().paint(painter, 24, 46, 88, 88)
    painter.setPen(QColor("white"))
    title = QFont(app.font())
    title.setPointSize(20)
    title.setBold(True)
    painter.setFont(title)
    painter.drawText(130, 84, tr("NursingQC"))
    painter.setFont(app.font())
    painter.drawText(132, 116, tr("Basic nursing quality improvement month"))
    painter.setPen(QColor("#dbe7f3"))
    painter.drawText(132, 160, tr("Opening the database…"))
    painter.end()
    splash = QLabel()
    splash.setWindowFlags(Qt.WindowType.SplashScreen | Qt.WindowType.FramelessWindowHint)
    splash.setPixmap(pixmap)
    splash.show()
    app.processEvents()
    return splash


def run_program(database_url: str, language: str) -> int:
    """The whole life of the window; returns the process exit code."""
    log_path = setup_logging()
    app = create_application(language)
    install_excepthook(log_path)
    splash = show_splash(app)
    log.info("NursingQC %s starting", __version__)
    from nursingqc.services.container import open_services

    try:
        services = open_services(database_url)
    except NursingQCError as error:
        splash.close()
        QMessageBox.critical(None, tr("NursingQC"), error_text(error))
        return 1
    splash.close()
    if services.start_warning is not None:
        QMessageBox.warning(None, tr("NursingQC"), message_text(services.start_warning))
    return _run_with(app, services)


def _run_with(app: QApplication, services: Services) -> int:
    from nursingqc.ui.dialogs.login import SetupDialog
    from nursingqc.ui.main_window import MainWindow

    actor: Actor | None
    try:
        if services.accounts.needs_first_run():
            setup = SetupDialog(services.accounts)
            if setup.exec() != QDialog.DialogCode.Accepted or setup.actor is None:
                return 0
            actor = setup.actor
        else:
            actor = _log_in(services)
        while actor is not None:
            window = MainWindow(services, actor)
            window.showMaximized()
            code = app.exec()
            if not window.logged_out:
                return code
            actor = _log_in(services)
        return 0
    finally:
        services.close()


def _log_in(services: Services) -> Actor | None:
    from nursingqc.ui.dialogs.login import LoginDialog

    login = LoginDialog(services.accounts)
    if login.exec() != QDialog.DialogCode.Accepted:
        return None
    return login.actor
