"""Long work off the UI thread: a cancellable progress dialog while a job runs in the thread pool,
and a quiet call (an autosave) that the user never waits for.

The job gets a ``progress(done, total) -> bool`` callback; False means the user pressed Cancel and
the job should stop before it changes anything.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QObject, QRunnable, QStandardPaths, Qt, QThreadPool, Signal
from PySide6.QtWidgets import QFileDialog, QLabel, QProgressDialog, QWidget

from nursingqc.domain.errors import NursingQCError
from nursingqc.i18n import tr
from nursingqc.logs import current_log_file
from nursingqc.ui.errors import show_error, show_unexpected

log = logging.getLogger(__name__)

Progress = Callable[[int, int], bool]
Job = Callable[[Progress], Any]


class _Signals(QObject):
    progressed = Signal(int, int)
    succeeded = Signal(object)
    failed = Signal(object)
    cancelled = Signal()
    crashed = Signal()


class _Runnable(QRunnable):
    def __init__(self, job: Job, signals: _Signals, cancel: threading.Event) -> None:
        super().__init__()
        self._job, self._signals, self._cancel = job, signals, cancel

    def _progress(self, done: int, total: int) -> bool:
        self._signals.progressed.emit(done, total)
        return not self._cancel.is_set()

    def run(self) -> None:
        # Here, not at the top: the log-in dialog uses this module before any workbook.
        from nursingqc.reports.excel.workbooks import ReadCancelled

        try:
            result = self._job(self._progress)
        except ReadCancelled:
            self._signals.cancelled.emit()
        except NursingQCError as error:
            self._signals.failed.emit(error)
        except Exception:
            log.exception("background job failed")
            self._signals.crashed.emit()
        else:
            if self._cancel.is_set():
                self._signals.cancelled.emit()
            else:
                self._signals.succeeded.emit(result)


class BackgroundTask(QObject):
    """Runs ``job`` in the thread pool behind a modal progress dialog with a Cancel button.

    ``succeeded`` carries the job's result; a user error is shown in a box, an unexpected one is
    logged and apologised for; ``done`` fires in every case.
    """

    succeeded = Signal(object)
    done = Signal()

    def __init__(self, parent: QWidget, label: str, job: Job) -> None:
        super().__init__(parent)
        self._parent = parent
        self._cancel = threading.Event()
        self._signals = _Signals()
        self.dialog = QProgressDialog(label, self.tr("Cancel"), 0, 0, parent)
        self.dialog.setWindowModality(Qt.WindowModality.WindowModal)
        self.dialog.setMinimumDuration(300)
        self.dialog.setAutoClose(False)
        self.dialog.setAutoReset(False)
        self.dialog.canceled.connect(self._cancel.set)
        self._signals.progressed.connect(self._on_progress)
        self._signals.succeeded.connect(self._on_succeeded)
        self._signals.failed.connect(self._on_failed)
        self._signals.cancelled.connect(self._finish)
        self._signals.crashed.connect(self._on_crashed)
        self._runnable = _Runnable(job, self._signals, self._cancel)

    def start(self) -> None:
        QThreadPool.globalInstance().start(self._runnable)

    def cancel(self) -> None:
        self._cancel.set()

    def _on_progress(self, done: int, total: int) -> None:
        self.dialog.setMaximum(total)
        self.dialog.setValue(min(done, total))

    def _finish(self) -> None:
        self.dialog.close()
        self.done.emit()

    def _on_succeeded(self, result: object) -> None:
        self._finish()
        self.succeeded.emit(result)

    def _on_failed(self, error: NursingQCError) -> None:
        self._finish()
        show_error(self._parent, error)

    def _on_crashed(self) -> None:
        self._finish()
        show_unexpected(self._parent, current_log_file())


class _CallRunnable(QRunnable):
    def __init__(self, call: BackgroundCall) -> None:
        super().__init__()
        self._call = call  # keeps the call alive until it has reported

    def run(self) -> None:
        self._call.run()


class BackgroundCall(QObject):
    """One call in the thread pool with no dialog: the window stays live while it waits (for the
    database's write lock, say). ``ended(call)`` fires on the UI thread when it is over; ``wait()``
    blocks until then, for a window that closes and must not lose what the call saves.

    It has no parent: the worker thread reports to it even if the widget that started it is gone.
    """

    ended = Signal(object)

    def __init__(self, call: Callable[[], Any]) -> None:
        super().__init__()
        self._call = call
        self._over = threading.Event()
        self._result: Any = None
        self._error: BaseException | None = None

    def start(self) -> None:
        QThreadPool.globalInstance().start(_CallRunnable(self))

    def run(self) -> None:
        try:
            self._result = self._call()
        except Exception as error:  # handed to the UI thread, which decides what it means
            self._error = error
        finally:
            self._over.set()
            self.ended.emit(self)

    def wait(self) -> None:
        self._over.wait()

    def outcome(self) -> Any:
        """What the call returned; raises what it raised. Only once it is over."""
        assert self._over.is_set(), "wait() first"
        if self._error is not None:
            raise self._error
        return self._result


def ask_workbook_path(parent: QWidget, title: str, suggested: str) -> Path | None:
    """Where to save an Excel workbook, proposed in the user's documents; ``.xlsx`` added when
    the name lacks it. None when the user cancels."""
    folder = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    chosen, _ = QFileDialog.getSaveFileName(
        parent, title, str(Path(folder) / suggested), tr("Excel workbooks (*.xlsx)")
    )
    return workbook_path(Path(chosen)) if chosen else None


def workbook_path(path: Path) -> Path:
    return path if path.suffix.lower() == ".xlsx" else path.with_name(path.name + ".xlsx")


def write_in_background(
    parent: QWidget,
    status: QLabel,
    label: str,
    path: Path,
    job: Callable[[Progress], Path | None],
    written: str,
) -> BackgroundTask:
    """Writes ``path`` with ``job`` behind the cancellable progress dialog; ``status`` says it is
    being written, then where it went (``written`` has a ``{path}`` field)."""
    task = BackgroundTask(parent, label, job)

    def done(result: object) -> None:
        if isinstance(result, Path):
            status.setText(written.format(path=result))

    task.succeeded.connect(done)
    task.done.connect(task.dialog.deleteLater)
    status.setText(tr("Writing {path}…").format(path=path))
    task.start()
    return task
