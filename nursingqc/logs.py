"""The log file: details of every unexpected error, for whoever supports the program."""

from __future__ import annotations

import logging
from pathlib import Path

from nursingqc.paths import log_file

_FORMAT = "%(asctime)s %(levelname)s %(name)s: %(message)s"
#: The log file is started afresh beyond this size; the last ones are kept beside it.
MAX_BYTES = 1_000_000
KEPT_FILES = 5


_current: Path | None = None


class RotatingLog(logging.FileHandler):
    """``logging.handlers.RotatingFileHandler``'s rule — a record that would take the file past
    ``max_bytes`` goes into a new one, the older ones renamed ``.1`` … ``.kept`` — on the plain
    ``FileHandler``: ``logging.handlers`` imports socket, pickle and queue, ~7 ms that the log-in
    dialog would wait for on every start."""

    def __init__(self, path: Path, max_bytes: int = MAX_BYTES, kept: int = KEPT_FILES) -> None:
        super().__init__(path, encoding="utf-8")
        self._max_bytes = max_bytes
        self._kept = kept

    def emit(self, record: logging.LogRecord) -> None:
        try:
            if self.stream is None:
                self.stream = self._open()
            written = self.stream.tell()
            if written and written + len(f"{self.format(record)}\n".encode()) > self._max_bytes:
                self.stream.close()
                self._roll_over()
                self.stream = self._open()
        except Exception:
            self.handleError(record)
            return
        super().emit(record)

    def _roll_over(self) -> None:
        for number in range(self._kept - 1, 0, -1):
            older = Path(f"{self.baseFilename}.{number}")
            if older.exists():
                older.replace(f"{self.baseFilename}.{number + 1}")
        Path(self.baseFilename).replace(f"{self.baseFilename}.1")


def current_log_file() -> Path:
    """Where this process logs: the file set up at start, else the default location."""
    return _current or log_file()


def setup_logging(path: Path | None = None) -> Path:
    """Logs to a rotating file (``KEPT_FILES`` × 1 MB); returns its path, which error messages
    show."""
    global _current
    path = path or log_file()
    _current = path
    path.parent.mkdir(parents=True, exist_ok=True)
    root = logging.getLogger()
    if not any(getattr(handler, "baseFilename", None) == str(path) for handler in root.handlers):
        handler = RotatingLog(path)
        handler.setFormatter(logging.Formatter(_FORMAT))
        root.addHandler(handler)
    root.setLevel(logging.INFO)
    return path
