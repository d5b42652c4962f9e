"""The log file: details of every unexpected error, for whoever supports the program."""

from __future__ import annotations

import logging
import logging.handlers
from pathlib import Path

from nursingqc.paths import log_file

_FORMAT = "%(asctime)s %(levelname)s %(name)s: %(message)s"


_current: Path | None = None


def current_log_file() -> Path:
    """Where this process logs: the file set up at start, else the default location."""
    return _current or log_file()


def setup_logging(path: Path | None = None) -> Path:
    """Logs to a rotating file (5 × 1 MB); returns its path, which error messages show."""
    global _current
    path = path or log_file()
    _current = path
    path.parent.mkdir(parents=True, exist_ok=True)
    root = logging.getLogger()
    if not any(getattr(handler, "baseFilename", None) == str(path) for handler in root.handlers):
        handler = logging.handlers.RotatingFileHandler(
            path, maxBytes=1_000_000, backupCount=5, encoding="utf-8"
        )
        handler.setFormatter(logging.Formatter(_FORMAT))
        root.addHandler(handler)
    root.setLevel(logging.INFO)
    return path
