"""The windowed launcher (pythonw.exe, no console) never fails to start without a word."""

from __future__ import annotations

import builtins
import sys
import tempfile
from pathlib import Path
from typing import Any

import pytest

from nursingqc import __main__ as launcher
from nursingqc.cli import EXIT_UNEXPECTED


def _qt_fails_to_load(monkeypatch: pytest.MonkeyPatch) -> None:
    real_import = builtins.__import__

    def failing_import(name: str, *args: Any, **kwargs: Any) -> Any:
        if name == "nursingqc.cli.main":
            raise ImportError("DLL load failed while importing QtCore")
        return real_import(name, *args, **kwargs)

    monkeypatch.setattr(builtins, "__import__", failing_import)


def test_without_a_console_a_failed_start_leaves_its_details_in_a_file(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(tempfile, "tempdir", str(tmp_path))
    monkeypatch.setattr(sys, "stderr", None)
    _qt_fails_to_load(monkeypatch)

    assert launcher.start() == EXIT_UNEXPECTED

    report = (tmp_path / "NursingQC-start-error.txt").read_text(encoding="utf-8")
    assert "DLL load failed while importing QtCore" in report
    assert "Traceback" in report


def test_with_a_console_the_error_is_printed_as_python_prints_it(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    _qt_fails_to_load(monkeypatch)

    with pytest.raises(ImportError, match="DLL load failed"):
        launcher.start()


def test_the_message_names_the_file_in_both_languages() -> None:
    text = launcher.FAILED_TO_START.format(path=r"C:\Temp\NursingQC-start-error.txt")

    assert "无法启动" in text
    assert "could not start" in text
    assert text.endswith(r"C:\Temp\NursingQC-start-error.txt")
