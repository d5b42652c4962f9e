"""One real start of the program, logged in as a person would: run in a fresh process.

    python benchmarks/logging_in.py DATABASE_URL USER PASSWORD

Starts the ``nursingqc`` command's own path (``nursingqc.cli.main.main``). When the log-in
dialog first paints it prints ``dialog``, the document modules already imported, and
``sqlalchemy`` and ``Qt`` if SQLAlchemy or Qt's namespace (PySide6 makes it on first use, ~20 ms)
is; then, as a person does, it waits a moment, types the user name and the password a key at a
time, and presses Enter. When the main window first paints it prints ``window``, the seconds from
the Enter key, the seconds from the dialog's paint until the dialog showed the hospital's name
(the database open behind it), how many pages the window has built and the document modules
imported by then; then it closes the window, which ends the program. A log-in refused prints
``refused`` and the dialog's message instead.

The startup benchmark reads the moments; tests/ui/test_app.py reads the modules.
"""

from __future__ import annotations

import sys
import time

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication, QLabel, QLineEdit, QWidget

#: From the dialog on screen to the first key: seeing it and putting her hands on the keyboard.
FIRST_KEY_MS = 1000
#: Between two keys: a quick typist, 8 keys a second.
KEY_INTERVAL_MS = 125
#: After Enter: a log-in refused (a wrong password, a locked account) ends the run instead.
WAIT_MS = 20_000
#: What the dialog and the main window show without: the documents' libraries, the preview and
#: the exchange packages' signatures (``cryptography``: loaded when a package is made or read).
DOCUMENT_LIBRARIES = ("reportlab", "pypdfium2", "PIL", "openpyxl", "cryptography")
PREVIEW = "nursingqc.ui.dialogs.document_preview"
#: The one module of reports/ that the screen shares: how numbers and lists are worded
#: (standard library only).
WORDING = "nursingqc.reports.wording"


def document_modules() -> list[str]:
    """The document modules imported so far: the libraries, the preview, and reports/ but for
    its wording (the package itself holds nothing)."""
    return sorted(name for name in sys.modules if _is_document_module(name))


def _is_document_module(name: str) -> bool:
    if name.split(".")[0] in DOCUMENT_LIBRARIES or name == PREVIEW:
        return True
    return name.startswith("nursingqc.reports.") and name != WORDING


class LoggingIn(QObject):
    """Watches every paint of the application for the dialog's and the window's first."""

    def __init__(self, user: str, password: str) -> None:
        super().__init__()
        self._user = user
        self._password = password
        self._dialog_seen = False
        self._enter_at: float | None = None
        self._painted_at = 0.0
        self._ready_after: float | None = None
        self._window_seen = False

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() is not QEvent.Type.Paint or not isinstance(watched, QWidget):
            return False
        name = watched.objectName()
        if name == "LoginDialog" and not self._dialog_seen:
            self._dialog_seen = True
            self._painted_at = time.perf_counter()
            # Nor the database stack: it is imported behind the dialog, once it is on screen.
            stack = ["sqlalchemy"] if "sqlalchemy" in sys.modules else []
            if "Qt" in vars(sys.modules["PySide6.QtCore"]):  # made, not only importable
                stack.append("Qt")
            print("dialog", *document_modules(), *stack, flush=True)
            self._type(watched)
        elif name == "MainWindow" and self._enter_at is not None:
            seconds = time.perf_counter() - self._enter_at
            self._enter_at = None
            self._window_seen = True
            ready = f"{self._ready_after:.4f}" if self._ready_after is not None else "-"
            pages = len(getattr(watched, "pages", ()))
            print(f"window {seconds:.4f} {ready} {pages}", *document_modules(), flush=True)
            QTimer.singleShot(0, watched.close)
        return False

    def _watch_hospital(self, label: QLabel, opening: str) -> None:
        """Until the dialog names the hospital: the database is open and the pages imported."""
        if label.text() != opening:
            self._ready_after = time.perf_counter() - self._painted_at
        elif not self._window_seen:
            QTimer.singleShot(10, lambda: self._watch_hospital(label, opening))

    def _type(self, dialog: QWidget) -> None:
        username = dialog.findChild(QLineEdit, "usernameEdit")
        password = dialog.findChild(QLineEdit, "passwordEdit")
        hospital = dialog.findChild(QLabel, "hospitalLabel")
        error = dialog.findChild(QLabel, "errorLabel")
        assert username and password and hospital and error
        self._watch_hospital(hospital, hospital.text())
        username.clear()
        keys = [(username, c) for c in self._user] + [(password, c) for c in self._password]
        QTimer.singleShot(FIRST_KEY_MS, lambda: self._next_key(keys, password, error))

    def _next_key(
        self, keys: list[tuple[QLineEdit, str]], password: QLineEdit, error: QLabel
    ) -> None:
        """One key, then the next one later: one timer each, in order even when the program keeps
        the event loop busy (timers due together may fire in any order)."""
        if keys:
            press(*keys[0])
            QTimer.singleShot(KEY_INTERVAL_MS, lambda: self._next_key(keys[1:], password, error))
            return
        self._enter_at = time.perf_counter()
        press(password, "\r", "Key_Return")
        QTimer.singleShot(WAIT_MS, lambda: self._not_logged_in(error))

    def _not_logged_in(self, error: QLabel) -> None:
        if not self._window_seen:
            print("refused", error.text(), flush=True)
            QApplication.exit(2)


def press(widget: QWidget, text: str, key: str = "") -> None:
    # Qt's namespace is imported here, not at the top: its first use takes tens of milliseconds,
    # which the start of the program would be charged with.
    from PySide6.QtCore import Qt

    code = getattr(Qt.Key, key) if key else Qt.Key(ord(text.upper()))
    for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
        QApplication.sendEvent(widget, QKeyEvent(kind, code, Qt.KeyboardModifier.NoModifier, text))


def main() -> int:
    url, user, password = sys.argv[1:4]
    # The program makes its QApplication only if there is none; this one carries the watcher.
    app = QApplication(sys.argv[:1])
    watcher = LoggingIn(user, password)
    app.installEventFilter(watcher)
    from nursingqc.cli.main import main as nursingqc

    return nursingqc(["--db", url, "--lang", "zh_CN"])


if __name__ == "__main__":
    sys.exit(main())
