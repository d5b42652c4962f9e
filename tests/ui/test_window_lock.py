"""A second start on a database a window already has open: the lock (a real second process, one
that crashed), the question with its two answers, and that the command line never takes it."""

from __future__ import annotations

import os
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QMessageBox
from pytestqt.qtbot import QtBot

from nursingqc.cli.main import main
from nursingqc.ui import app as program
from tests.helpers import ROOT
from tests.ui.dialogs import started_dialogs

HOLDER = """
import sys, time
from nursingqc.ui.app import WindowLock
lock = WindowLock(sys.argv[1])
print("taken" if lock.take() else "held", flush=True)
time.sleep(120)
"""


@pytest.fixture
def database(tmp_path: Path) -> str:
    return f"sqlite:///{tmp_path / '护理 数据' / 'hospital.sqlite3'}"


@pytest.fixture
def held(database: str) -> Iterator[program.WindowLock]:
    """This process holds the lock, as a first window would."""
    lock = program.WindowLock(database)
    assert lock.take()
    yield lock
    lock.release()


def test_a_lock_held_by_a_live_process_is_refused_and_taken_over_once_it_died(
    database: str,
) -> None:
    holder = subprocess.Popen(
        [sys.executable, "-c", HOLDER, database],
        cwd=ROOT,
        stdout=subprocess.PIPE,
        text=True,
    )
    try:
        assert holder.stdout is not None and holder.stdout.readline() == "taken\n"
        assert not program.WindowLock(database).take()
        a_day_ago = time.time() - 86400  # a window left open overnight is still open
        os.utime(program.window_lock_path(database), (a_day_ago, a_day_ago))
        assert not program.WindowLock(database).take()
        assert program.WindowLock(database.replace("hospital", "other")).take()
    finally:
        holder.kill()  # SIGKILL: the holder leaves its lock file behind, as a crash does
        holder.wait()
    assert Path(program.window_lock_path(database)).exists()
    lock = program.WindowLock(database)
    assert lock.take()
    lock.release()
    assert not Path(program.window_lock_path(database)).exists()


def test_a_second_lock_in_the_same_process_is_refused_until_the_first_is_released(
    database: str,
) -> None:
    first, second = program.WindowLock(database), program.WindowLock(database)
    assert first.take() and not second.take()
    first.release()
    assert second.take()
    second.release()


def test_the_lock_and_the_question_never_show_a_server_password() -> None:
    url = "postgresql+psycopg://nurse:geheim99@db.hospital.local/nursingqc?password=geheim99"
    assert "geheim99" not in program.database_label(url)
    assert "geheim99" not in program.window_lock_path(url)
    assert program.window_lock_path(url) == program.window_lock_path(url.replace("99", "00"))
    assert program.window_lock_path(url) != program.window_lock_path(url.replace("qc", "qc2"))


class Answer:
    """Clicks the button named ``choice`` when the box is shown; keeps what it showed."""

    def __init__(self) -> None:
        self.choice = ""
        self.text = self.informative = self.buttons = self.default = ""

    def respond(self, box: QMessageBox) -> int:
        self.text, self.informative = box.text(), box.informativeText()
        self.buttons = " / ".join(button.text() for button in box.buttons())
        default = box.defaultButton()
        self.default = default.text() if default is not None else ""
        next(button for button in box.buttons() if button.text() == self.choice).click()
        return 0


@pytest.fixture
def answer(monkeypatch: pytest.MonkeyPatch) -> Answer:
    answer = Answer()
    monkeypatch.setattr(QMessageBox, "exec", lambda box: answer.respond(box))
    monkeypatch.setattr(sys, "excepthook", sys.excepthook)  # run_program installs its own
    return answer


def test_quit_is_the_default_and_leaves_the_database_unopened(
    held: object, database: str, answer: Answer, monkeypatch: pytest.MonkeyPatch
) -> None:
    started = started_dialogs(monkeypatch)
    answer.choice = "退出"
    assert program.run_program(database, "zh_CN") == 0
    path = database.removeprefix("sqlite:///")
    assert answer.text == f"护理质控已经打开了这个数据库：\n{path}"
    assert answer.informative.startswith("请使用已经打开的窗口")
    assert (answer.buttons, answer.default) == ("打开另一个窗口 / 退出", "退出")
    assert started == [] and not Path(path).parent.exists()


def test_open_another_window_goes_on_to_the_database(
    held: object, database: str, answer: Answer, monkeypatch: pytest.MonkeyPatch
) -> None:
    started = started_dialogs(monkeypatch)
    Path(database.removeprefix("sqlite:///")).parent.mkdir()
    answer.choice = "打开另一个窗口"
    assert program.run_program(database, "zh_CN") == 0
    assert started == ["SetupDialog"]
    assert not program.WindowLock(database).take()  # still the first window's


def test_enter_on_the_real_box_quits(qtbot: QtBot, chinese: None) -> None:
    def press_enter() -> None:
        box = QApplication.activeModalWidget()
        assert isinstance(box, QMessageBox)
        qtbot.keyClick(box, Qt.Key.Key_Return)

    QTimer.singleShot(0, press_enter)
    assert program.open_another_window("/数据/hospital.sqlite3") is False


def test_the_window_releases_its_lock_and_runs_without_streams(
    database: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    """pythonw.exe gives the program no stdout and no stderr."""
    started = started_dialogs(monkeypatch)
    monkeypatch.setattr(sys, "excepthook", sys.excepthook)
    monkeypatch.setattr(sys, "stdout", None)
    monkeypatch.setattr(sys, "stderr", None)
    Path(database.removeprefix("sqlite:///")).parent.mkdir()
    assert program.run_program(database, "zh_CN") == 0
    assert started == ["SetupDialog"]
    lock = program.WindowLock(database)
    assert lock.take()
    lock.release()


def test_subcommands_never_take_the_lock(
    held: object, database: str, capsys: pytest.CaptureFixture[str]
) -> None:
    path = database.removeprefix("sqlite:///")
    Path(path).parent.mkdir()
    assert main(["--db", path, "demo", "--wards", "2"]) == 0
    assert main(["--db", path, "campaign", "list"]) == 0
    assert "基础护理质量提升活动月" in capsys.readouterr().out
