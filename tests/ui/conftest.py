"""Fixtures the UI suites share: the shipped theme, the summary's crafted month."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtWidgets import QApplication

from nursingqc.services.container import Services
from nursingqc.ui.theme import apply_theme
from tests.helpers import Hospital
from tests.months import run_month


@pytest.fixture
def themed(qapp: QApplication) -> Iterator[QApplication]:
    """The shipped font and stylesheet, as the program starts with them."""
    font, stylesheet = qapp.font(), qapp.styleSheet()
    apply_theme(qapp)
    yield qapp
    qapp.setStyleSheet(stylesheet)
    qapp.setFont(font)


@pytest.fixture
def month(services: Services, hospital: Hospital) -> Hospital:
    """The summary's month (tests/months.py): NK01 99.40 and WK01 88.00 (lenient self-check), 7
    findings, one re-checked; NK01 model ward; 王丽娟 an approved excellent nurse. The ranking
    page's tests replace it with a ranking month of their own."""
    run_month(services, hospital)
    return hospital
