"""Designer forms are compiled and load; every string is translated into zh_CN."""

from __future__ import annotations

import importlib
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QDialog, QMainWindow, QWidget
from pytestqt.qtbot import QtBot

from tests.helpers import ROOT

FORMS = sorted((ROOT / "forms").glob("*.ui"))


def check_with(tool: str) -> None:
    result = subprocess.run(
        [sys.executable, str(ROOT / "tools" / tool), "--check"], capture_output=True, text=True
    )
    assert result.returncode == 0, result.stdout + result.stderr


def test_every_form_is_compiled_and_up_to_date() -> None:
    check_with("build_forms.py")


@pytest.mark.parametrize("form", FORMS, ids=[form.stem for form in FORMS])
def test_every_form_loads(qtbot: QtBot, form: Path) -> None:
    module = importlib.import_module(f"nursingqc.ui.forms.ui_{form.stem}")
    ui_class = next(value for name, value in vars(module).items() if name.startswith("Ui_"))
    base = QMainWindow if "window" in form.stem else QDialog if "dialog" in form.stem else QWidget
    widget = base()
    qtbot.addWidget(widget)
    ui_class().setupUi(widget)
    assert widget.objectName() == ui_class.__name__.removeprefix("Ui_")


def test_every_string_is_in_the_chinese_translation() -> None:
    check_with("translations.py")


def test_chinese_is_the_default_and_english_is_available(chinese: None) -> None:
    assert QCoreApplication.translate("ScoreSheetPanel", "Su&bmit") == "提交(&B)"
    assert QCoreApplication.translate("Phase", "Self-check") == "自查"
    from nursingqc.i18n import install_translators

    install_translators("en")
    assert QCoreApplication.translate("Phase", "Self-check") == "Self-check"
