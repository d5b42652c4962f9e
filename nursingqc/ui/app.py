"""Starting the program: application, language, fonts, log-in (or a splash), the database, window.

Only Qt and light modules are imported up front. On a database that exists, the log-in dialog
is the first window: once it has painted, SQLAlchemy, the services and every page are imported
and the database is opened in the thread pool while the user types (about half a second here,
several on an old ward PC with a virus scanner), so that the main window follows Enter at once.
On the first start there is nobody to log in yet: a splash shows while the database is made, then
the dialog that names the hospital and its administrator.

A second start on a database that a window of the same account already has open (a double click
on the desktop icon while the first window hides behind another) asks first: most often the user
wants the window that is already there. Opening another one anyway is safe, since every save names
the version it changes, so the choice is the user's. The lock is a ``QLockFile`` in the account's
temporary folder, named after the database; a lock left by a process that crashed is taken over
without a word. Only the window takes it: the command line's subcommands run beside a window.
"""

from __future__ import annotations

import logging
import sys
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QDir, QEvent, QLockFile, QObject, QStandardPaths, QTimer
from PySide6.QtWidgets import QApplication, QDialog, QLabel

from nursingqc import __version__
from nursingqc.domain.errors import NursingQCError
from nursingqc.i18n import error_text, install_translators, message_text, tr
from nursingqc.logs import setup_logging
from nursingqc.paths import new_database_file
from nursingqc.ui.errors import install_excepthook
from nursingqc.ui.theme import apply_theme

# QMessageBox is imported where a box is shown: PySide6 makes a type on its first use, and this
# one (with its many enums) costs 3-10 ms that the log-in dialog's first paint need not wait for.

if TYPE_CHECKING:
    from nursingqc.domain.accounts import Actor
    from nursingqc.services.container import Services
    from nursingqc.ui.dialogs.login import LoginDialog
    from nursingqc.ui.workers import BackgroundCall

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
    # Only the first start shows it: the log-in dialog's way does without these (Qt's namespace
    # alone takes ~20 ms to import).
    from PySide6.QtCore import Qt
    from PySide6.QtGui import QColor, QFont, QPainter, QPixmap

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
    import hashlib  # in the thread pool, behind the log-in dialog

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
    from PySide6.QtWidgets import QMessageBox

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
    log.info("NursingQC %s starting", __version__)
    if new_database_file(database_url):
        return _first_start(app, database_url)
    return _start_at_log_in(app, database_url)


def _first_start(app: QApplication, database_url: str) -> int:
    """No database yet: the splash while it is made, then the first-start dialog."""
    from PySide6.QtWidgets import QMessageBox

    splash = show_splash(app)
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
        for warning in services.start_warnings:
            QMessageBox.warning(None, tr("NursingQC"), message_text(warning))
        return _run_with(app, services)
    finally:
        lock.release()


@dataclass
class _Opened:
    """What the thread pool did behind the log-in dialog."""

    lock: WindowLock
    #: None when another window holds the lock: the user is asked before it is opened.
    services: Services | None


def _open_behind_dialog(database_url: str) -> _Opened:
    """In the thread pool: only Python imports and the database, nothing of the GUI."""
    from nursingqc.services.container import open_services
    from nursingqc.ui import main_window  # noqa: F401  (every page, for the window after Enter)

    lock = WindowLock(database_url)
    if not lock.take():
        return _Opened(lock, None)
    try:
        services = open_services(database_url)
    except BaseException:
        lock.release()
        raise
    _warm_up(services)
    return _Opened(lock, services)


def _warm_up(services: Services) -> None:
    """The home page's queries once, as the department, while the user types: after Enter the
    main window finds their SQL compiled and their pages in SQLite's cache (50-60 ms of its
    first overview at 300 wards). Nothing is kept; a failure is the home page's to report."""
    from datetime import date

    from nursingqc.domain.accounts import Actor

    try:
        services.home.overview(Actor.command_line(), date.today())
    except Exception:
        log.info("the home page's queries were not run ahead", exc_info=True)


class _Opening(QObject):
    """The database opened behind the log-in dialog, from the dialog's first paint on.

    The dialog gets the accounts when they are there. It is closed instead when the program
    cannot go on with it: the database cannot be opened (``error``), another window has it and
    the user leaves that one alone (no ``services``), or the hospital has no administrator yet
    (``first_run``). ``finish()`` after the dialog waits for the rest, whatever closed it."""

    def __init__(self, database_url: str, login: LoginDialog) -> None:
        super().__init__()
        self._url = database_url
        self._login = login
        self._call: BackgroundCall | None = None
        self._taken = False
        self.lock: WindowLock | None = None
        self.services: Services | None = None
        self.error: Exception | None = None
        self.first_run = False
        login.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self._login and event.type() is QEvent.Type.Paint:
            # After the paint: the imports hold the interpreter, which the paint needs too.
            QTimer.singleShot(0, self._start)
        return False

    def _start(self) -> BackgroundCall:
        if self._call is None:
            # Imported after the paint: the thread pool's module and its dialogs' Qt types.
            from nursingqc.ui.workers import BackgroundCall

            self._login.removeEventFilter(self)
            self._call = BackgroundCall(lambda: _open_behind_dialog(self._url))
            self._call.ended.connect(self._ended)
            self._call.start()
        return self._call

    def _ended(self, _call: BackgroundCall) -> None:
        if self._login.isVisible():  # she is still at the dialog
            self._take(asking=True)

    def finish(self, asking: bool) -> None:
        """``asking`` is False when the user closed the dialog: then nothing more is asked."""
        self._start().wait()
        self._take(asking)

    def _take(self, asking: bool) -> None:
        if self._taken:
            return
        self._taken = True
        try:
            opened: _Opened = self._start().outcome()
            self.lock = opened.lock
            self.services = opened.services or self._another_window(asking)
        except Exception as error:  # told or raised by run_program once the dialog is closed
            self.error = error
        if self.services is None:
            self._login.reject()
        elif self.services.accounts.needs_first_run():
            self.first_run = True
            self._login.reject()
        else:
            if asking and self.services.start_warnings:
                from PySide6.QtWidgets import QMessageBox

                for warning in self.services.start_warnings:
                    QMessageBox.warning(self._login, tr("NursingQC"), message_text(warning))
            self._login.open_accounts(self.services.accounts)

    def _another_window(self, asking: bool) -> Services | None:
        """Another window has the database: opened too only if the user says so."""
        if not asking or not open_another_window(database_label(self._url)):
            log.info("a window is already open on this database; the user quit")
            return None
        log.info("a window is already open on this database; the user opened another")
        from nursingqc.services.container import open_services

        return open_services(self._url)


def _start_at_log_in(app: QApplication, database_url: str) -> int:
    """A database that exists: the log-in dialog first, the database opened behind it."""
    from nursingqc.ui.dialogs.login import LoginDialog

    login = LoginDialog()
    opening = _Opening(database_url, login)
    accepted = login.exec() == QDialog.DialogCode.Accepted
    opening.finish(asking=accepted)
    from PySide6.QtWidgets import QMessageBox

    try:
        if isinstance(opening.error, NursingQCError):
            QMessageBox.critical(None, tr("NursingQC"), error_text(opening.error))
            return 1
        if opening.error is not None:
            raise opening.error
        services = opening.services
        if services is None:
            return 0
        if not accepted and not opening.first_run:
            services.close()
            return 0
        return _run_with(app, services, login.actor)
    finally:
        if opening.lock is not None:
            opening.lock.release()


def _run_with(app: QApplication, services: Services, actor: Actor | None = None) -> int:
    """From the first-start or log-in dialog (unless ``actor`` has logged in) to the last
    window's close."""
    from nursingqc.ui.dialogs.setup import SetupDialog
    from nursingqc.ui.main_window import MainWindow

    try:
        if actor is None and services.accounts.needs_first_run():
            setup = SetupDialog(services.accounts, exchange=services.exchange)
            if setup.exec() != QDialog.DialogCode.Accepted:
                return 0
            # A ward PC set up from its package: its head nurse logs in with her account.
            actor = setup.actor or _log_in(services)
        elif actor is None:
            actor = _log_in(services)
        while actor is not None:
            window = MainWindow(services, actor)
            window.showMaximized()
            code = app.exec()
            if not window.logged_out:
                return code
            actor = _log_in(services, after_log_out=True)
        return 0
    finally:
        services.close()


def _log_in(services: Services, *, after_log_out: bool = False) -> Actor | None:
    from nursingqc.ui.dialogs.login import LoginDialog

    login = LoginDialog(services.accounts, after_log_out=after_log_out)
    if login.exec() != QDialog.DialogCode.Accepted:
        return None
    return login.actor
