"""The log file rotates as logging.handlers.RotatingFileHandler would, without importing it."""

from __future__ import annotations

import logging
import subprocess
import sys
from pathlib import Path

from nursingqc.logs import RotatingLog

#: A realistic line: a ward's name and a reason are Chinese, three bytes a character in UTF-8.
MESSAGE = "病区 NK{number:02} 心血管内科的整改通知单未能写入：磁盘已满，请清理后重试"


def test_a_full_log_starts_a_new_file_and_keeps_the_last_ones(tmp_path: Path) -> None:
    path = tmp_path / "nursingqc.log"
    handler = RotatingLog(path, max_bytes=600, kept=2)
    handler.setFormatter(logging.Formatter("%(message)s"))
    log = logging.getLogger("tests.rotation")
    log.propagate = False
    log.addHandler(handler)
    try:
        for number in range(40):
            log.warning(MESSAGE.format(number=number))
    finally:
        log.removeHandler(handler)
        handler.close()

    files = [path, path.with_name("nursingqc.log.1"), path.with_name("nursingqc.log.2")]
    assert sorted(tmp_path.iterdir()) == sorted(files)
    # No file is past the limit in bytes (the characters would be a third of it), and the three
    # hold the newest records, oldest first from the last kept file, none lost between them.
    assert all(0 < file.stat().st_size <= 600 for file in files)
    lines = [line for file in reversed(files) for line in file.read_text("utf-8").splitlines()]
    assert lines == [MESSAGE.format(number=n) for n in range(40 - len(lines), 40)]
    assert len(lines) > 600 * 2 // len(MESSAGE.encode())


def test_the_program_logs_without_importing_logging_handlers(tmp_path: Path) -> None:
    # Before the log-in dialog: logging.handlers brings socket, pickle and queue (~7 ms).
    script = (
        "import sys; from pathlib import Path; from nursingqc.logs import setup_logging; "
        f"setup_logging(Path({str(tmp_path / 'nursingqc.log')!r})); "
        "import logging; logging.getLogger('t').info('started'); "
        "print('logging.handlers' in sys.modules)"
    )
    shown = subprocess.run(
        [sys.executable, "-c", script], check=True, capture_output=True, text=True
    ).stdout
    assert shown.strip() == "False"
    assert "started" in (tmp_path / "nursingqc.log").read_text(encoding="utf-8")
