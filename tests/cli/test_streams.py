"""The command's output encoding (cli/streams.py): Chinese piped out of a Windows PC arrives as
UTF-8 whatever its code page, and a program without streams (pythonw.exe) still runs."""

from __future__ import annotations

import io
import sys
from pathlib import Path

import pytest

from nursingqc.cli.main import main
from nursingqc.cli.streams import configure_output
from nursingqc.services.container import open_services

CHINESE = "护理质控：病区 ✔ 38.5℃ 整改完成"


class Console(io.TextIOWrapper):
    """A Windows console as Python sees it: a terminal."""

    def isatty(self) -> bool:
        return True


def piped(encoding: str) -> io.TextIOWrapper:
    """What Python gives a pipe on Windows: the ANSI code page (cp936 in Chinese, cp1252 in
    English and under Wine)."""
    return io.TextIOWrapper(io.BytesIO(), encoding=encoding, write_through=True)


def written(stream: io.TextIOWrapper) -> bytes:
    stream.flush()
    buffer = stream.buffer
    assert isinstance(buffer, io.BytesIO)
    return buffer.getvalue()


@pytest.mark.parametrize("code_page", ["cp936", "cp1252"])
def test_chinese_piped_on_windows_arrives_as_utf8_whatever_the_code_page(code_page: str) -> None:
    stream = piped(code_page)
    configure_output(stream, platform="win32", environ={})
    stream.write(CHINESE + "\n")
    assert written(stream).decode("utf-8") == CHINESE + "\n"


def test_without_the_choice_cp1252_would_have_turned_the_chinese_into_question_marks() -> None:
    stream = piped("cp1252")
    configure_output(stream, platform="linux", environ={})  # the locale's encoding is kept
    stream.write(CHINESE)  # and nothing raises
    assert written(stream).decode("cp1252").count("?") >= 10


def test_a_windows_console_is_left_to_python_which_writes_utf16_to_it() -> None:
    console = Console(io.BytesIO(), encoding="cp936")
    configure_output(console, platform="win32", environ={})
    assert (console.encoding, console.errors) == ("cp936", "replace")


def test_pythonioencoding_wins_with_its_own_error_handling_when_it_names_one() -> None:
    stream = piped("gbk")
    configure_output(stream, platform="win32", environ={"PYTHONIOENCODING": "gbk"})
    assert (stream.encoding, stream.errors) == ("gbk", "replace")
    stream.write("护理 ✔")
    assert written(stream).decode("gbk") == "护理 ?"
    strict = piped("gbk")
    configure_output(strict, platform="win32", environ={"PYTHONIOENCODING": "gbk:strict"})
    assert (strict.encoding, strict.errors) == ("gbk", "strict")


def test_no_stream_or_one_that_cannot_be_reconfigured_is_left_alone() -> None:
    configure_output(None, platform="win32", environ={})
    text = io.StringIO()
    configure_output(text, platform="win32", environ={})
    closed = piped("cp936")
    closed.close()
    configure_output(closed, platform="win32", environ={})


# -- pythonw.exe: sys.stdout and sys.stderr are None ---------------------------------------------


@pytest.fixture
def no_streams(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(sys, "stdout", None)
    monkeypatch.setattr(sys, "stderr", None)


def test_the_window_starts_without_streams(
    no_streams: None, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    from nursingqc.ui import app

    opened: list[tuple[str, str]] = []

    def run_program(url: str, language: str) -> int:
        opened.append((url, language))
        return 0

    monkeypatch.setattr(app, "run_program", run_program)
    assert main(["--db", str(tmp_path / "护理.sqlite3")]) == 0
    assert opened == [(f"sqlite:///{tmp_path / '护理.sqlite3'}", "zh_CN")]


def test_subcommands_that_print_work_without_streams(no_streams: None, tmp_path: Path) -> None:
    db = str(tmp_path / "护理.sqlite3")
    assert main(["--db", db, "demo", "--wards", "2"]) == 0
    assert main(["--db", db, "demo"]) == 1  # its refusal goes to the missing stderr
    assert main(["--db", db, "campaign", "list"]) == 0
    assert main(["--db", db, "campaign", "phase", "1", "检查", "open"]) == 2
    with pytest.raises(SystemExit) as helped:  # argparse ends a help with SystemExit
        main(["campaign", "-h"])
    assert helped.value.code == 0
    services = open_services(f"sqlite:///{db}")
    try:
        assert len(services.campaigns.list_campaigns(services.accounts.login("admin", "admin1234")))
    finally:
        services.close()
