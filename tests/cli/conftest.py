"""Fixtures of the command-line tests."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.cli.exchange_cli import opened
from tests.helpers import build_hospital


@pytest.fixture
def department(tmp_path: Path) -> Path:
    """The department's PC: two wards, the self-check open."""
    path = tmp_path / "department" / "nursingqc.sqlite3"
    path.parent.mkdir()
    services = opened(path)
    build_hospital(services)
    services.close()
    return path
