"""Starting the program: the application object, language, fonts, database, log-in, main window."""

from __future__ import annotations

import logging
import sys

from PySide6.QtWidgets import QApplication, QDialog, QMessageBox

from nursingqc import __version__
from nursingqc.domain.accounts import Actor
from nursingqc.domain.errors import NursingQCError
from nursingqc.i18n import error_text, install_translators, tr
from nursingqc.logs import setup_logging
from nursingqc.services.container import Services, open_services
from nursingqc.ui.dialogs.login import LoginDialog, SetupDialog
from nursingqc.ui.errors import install_excepthook
from nursingqc.ui.main_window import MainWindow
from nursingqc.ui.theme import apply_theme

log = logging.getLogger(__name__)


def create_application(language: str) -> QApplication:
    existing = QApplication.instance()
    app = existing if isinstance(existing, QApplication) else QApplication(sys.argv[:1])
    app.setApplicationName("NursingQC")
    app.setApplicationVersion(__version__)
    install_translators(language)
    apply_theme(app)
    return app


def run_program(database_url: str, language: str) -> int:
    """The whole life of the window; returns the process exit code."""
    log_path = setup_logging()
    app = create_application(language)
    install_excepthook(log_path)
    log.info("NursingQC %s starting on %s", __version__, database_url)
    try:
        services = open_services(database_url)
    except NursingQCError as error:
        QMessageBox.critical(None, tr("NursingQC"), error_text(error))
        return 1
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
    login = LoginDialog(services.accounts)
    if login.exec() != QDialog.DialogCode.Accepted:
        return None
    return login.actor
