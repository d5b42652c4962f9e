"""How the program tells a user something went wrong: her error in words, never a traceback."""

from __future__ import annotations

import logging
import sys
from pathlib import Path
from types import TracebackType

from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

from nursingqc.domain.errors import Message, NursingQCError, SubmissionIncomplete
from nursingqc.i18n import error_text, message_text, tr

log = logging.getLogger(__name__)


def show_error(parent: QWidget | None, error: NursingQCError, title: str = "") -> None:
    """A warning box with the reason; a submission's item-by-item list goes under 'details'."""
    box = QMessageBox(
        QMessageBox.Icon.Warning,
        title or tr("NursingQC"),
        error_text(error),
        QMessageBox.StandardButton.Ok,
        parent,
    )
    problems: list[Message] = error.problems if isinstance(error, SubmissionIncomplete) else []
    if problems:
        box.setInformativeText("\n".join(message_text(problem) for problem in problems[:12]))
    box.exec()


def install_excepthook(log_path: Path) -> None:
    """An unexpected error is logged with its traceback; the user sees a short apology."""

    def hook(kind: type[BaseException], error: BaseException, trace: TracebackType | None) -> None:
        log.error("unexpected error", exc_info=(kind, error, trace))
        if QApplication.instance() is None:
            return
        QMessageBox.critical(
            QApplication.activeWindow(),
            tr("NursingQC"),
            tr(
                "Sorry, something went wrong and the last action may not have finished. "
                "Your saved entries are safe. Details were written to the log file:\n{path}"
            ).format(path=log_path),
        )

    sys.excepthook = hook
