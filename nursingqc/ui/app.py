"""Starting the program: application, language, fonts, a splash, the database, log-in, window.

Only Qt and light modules are imported up front: the splash is on screen before SQLAlchemy and the
services load (about half a second here, several on an old ward PC with a virus scanner).

A second start on a database that a window of the same account already has open (a double click
on the desktop icon while the first window hides behind another) asks first: most often the user
wants the window that is already there. Opening another one anyway is safe, since every save names
the version it changes, so the choice is the user's. The lock is a ``QLockFile`` in the account's
temporary folder, named after the database; a lock left by a process that crashed is taken over
without a word. Only the window takes it: the command line's subcommands run beside a window.
"""

from __future__ import annotations

import hashlib
import logging
import sys
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QDir, QLockFile, QStandardPaths, Qt
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


def window_lock_path(database_url: str) -> str:
    """The lock file of windows on ``database_url``: one per database and OS account.

    Named from a hash of the file's path or the address without its password, so that the name
    gives nothing away and a changed password is still the same database. The account's home
    folder is part of the hash because on Linux every account shares ``/tmp`` (Windows gives each
    account its own temporary folder).
    """
    key = database_label(database_url)
    if sys.platform == "win32" and "://" not in key:
        key = key.casefold()  # C:\护理\QC.sqlite3 and c:\护理\qc.sqlite3 are one file there
    digest = hashlib.sha256(f"{QDir.homePath()}\n{key}".encode()).hexdigest()[:20]
    folder = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.TempLocation)
    return str(Path(folder) / f"nursingqc-{digest}.lock")


class WindowLock:
    """Held while this process shows a window on the database."""

    def __init__(self, database_url: str) -> None:
        self._file = QLockFile(window_lock_path(database_url))
        # Never stale by age (a window stays open for days); only when its process has died.
        self._file.setStaleLockTime(0)

    def take(self) -> bool:
        """False only when another running process holds the lock. A lock that cannot be made
        at all (a temporary folder one cannot write to) is logged and does not stop the program:
        the question it would allow is a convenience, not a safeguard."""
        if self._file.tryLock(0):
            return True
        if self._file.error() == QLockFile.LockError.LockFailedError:
            return False
        log.warning(
            "window lock %s not taken (%s); starting without it",
            self._file.fileName(),
            self._file.error().name,
        )
        return True

    def release(self) -> None:
        self._file.unlock()


def database_label(database_url: str) -> str:
    from nursingqc.services.container import database_label as label

    return label(database_url)


def open_another_window(database: str) -> bool:
    """Asks what to do when a window is already open on ``database``; True to open another.
    退出 is the default: Enter or Esc leaves the user with the window she already has."""
    box = QMessageBox(
        QMessageBox.Icon.Information,
        tr("NursingQC"),
        tr("NursingQC is already open on this database:\n{database}").format(database=database),
    )
    box.setInformativeText(
        tr(
            "Please use the window that is already open; it may be behind other windows or "
            "minimised on the taskbar. Opening another window anyway is safe: neither window's "
            "save overwrites what the other saved in the meantime."
        )
    )
    another = box.addButton(tr("Open another window"), QMessageBox.ButtonRole.AcceptRole)
    leave = box.addButton(tr("Quit"), QMessageBox.ButtonRole.RejectRole)
    box.setDefaultButton(leave)
    box.setEscapeButton(leave)
    box.exec()
    return box.clickedButton() is another


def run_program(database_url: str, language: str) -> int:
    """The whole life of the window; returns the process exit code."""
    log_path = setup_logging()
    app = create_application(language)
    install_excepthook(log_path)
    splash = show_splash(app)
    log.info("NursingQC %s starting", __version__)
    from nursingqc.services.container import open_services

    lock = WindowLock(database_url)
    if not lock.take():
        splash.close()
        if not open_another_window(database_label(database_url)):
            log.info("a window is already open on this database; the user quit")
            return 0
        log.info("a window is already open on this database; the user opened another")
        splash.show()
        app.processEvents()
    try:
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
    finally:
        lock.release()


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
