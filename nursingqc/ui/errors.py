"""How the program tells a user something went wrong: her error in words, never a traceback."""

from __future__ import annotations

import logging
import sys
from collections.abc import Iterable
from pathlib import Path
from types import TracebackType

from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication, QLabel, QWidget

from nursingqc.domain.errors import NursingQCError
from nursingqc.i18n import error_details, error_text, tr

log = logging.getLogger(__name__)

# QMessageBox is imported where a box is shown: PySide6 makes a type on its first use, and this
# one costs 3-10 ms that the log-in dialog (which installs the hook below) need not wait for.

MAX_DETAILS = 15


def show_error(
    parent: QWidget | None, error: NursingQCError, title: str = "", kept: str = ""
) -> None:
    """A warning box with the reason; item-by-item or row-by-row reasons go underneath.

    ``kept``: what the user typed in a dialog that has closed (a reason) for the action that
    failed; it waits on the clipboard for her retry, and the box says so."""
    from PySide6.QtWidgets import QMessageBox

    box = QMessageBox(
        QMessageBox.Icon.Warning,
        title or tr("NursingQC"),
        error_text(error),
        QMessageBox.StandardButton.Ok,
        parent,
    )
    details = error_details(error)
    shown = details[:MAX_DETAILS] + (["…"] if len(details) > MAX_DETAILS else [])
    if kept:
        QGuiApplication.clipboard().setText(kept)
        shown.append(tr("What you typed is on the clipboard: paste it when you try again."))
    if shown:
        box.setInformativeText("\n".join(shown))
    box.exec()


def keep_on_clipboard(typed: Iterable[tuple[QLabel, str]]) -> None:
    """What a user typed, under its field's caption, when a change made elsewhere refused her
    save and the screen reloads the newer text: it must not vanish with the reload."""
    QGuiApplication.clipboard().setText(
        "\n\n".join(f"{caption.text().replace('&', '')}\n{value}" for caption, value in typed)
    )


def show_unexpected(parent: QWidget | None, log_path: Path) -> None:
    from PySide6.QtWidgets import QMessageBox

    QMessageBox.critical(
        parent,
        tr("NursingQC"),
        tr(
            "Sorry, something went wrong and the last action may not have finished. "
            "Your saved entries are safe. Details were written to the log file:\n{path}"
        ).format(path=log_path),
    )


def install_excepthook(log_path: Path) -> None:
    """An unexpected error is logged with its traceback; the user sees a short apology.

    A refusal with its own message that no screen caught (the database server went away while a
    page was loading) shows that message: it says what is wrong better than an apology does."""

    def hook(kind: type[BaseException], error: BaseException, trace: TracebackType | None) -> None:
        log.error("unexpected error", exc_info=(kind, error, trace))
        if QApplication.instance() is None:
            return
        if isinstance(error, NursingQCError):
            show_error(QApplication.activeWindow(), error)
        else:
            show_unexpected(QApplication.activeWindow(), log_path)

    sys.excepthook = hook
