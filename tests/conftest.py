"""Every test gets its own database and data folders; Qt runs offscreen in Chinese."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest

from nursingqc.services.container import Services, open_services
from tests.helpers import TODAY, Hospital, build_hospital


@pytest.fixture(autouse=True)
def qt_application(qapp: object) -> None:
    """One QApplication for the whole run, made before the CLI could make a QCoreApplication."""


@pytest.fixture(autouse=True)
def english_after_each_test(qapp: object) -> Iterator[None]:
    """A test that switches the language (and fails before switching back) must not change the
    language of the tests after it."""
    yield
    from nursingqc.i18n import install_translators

    install_translators("en")


@pytest.fixture(autouse=True)
def isolated_user_folders(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """platformdirs follows these on Linux: logs and default databases stay in the test's folder."""
    for name in ("XDG_DATA_HOME", "XDG_STATE_HOME", "XDG_CONFIG_HOME", "XDG_CACHE_HOME"):
        monkeypatch.setenv(name, str(tmp_path / name.lower()))
    monkeypatch.delenv("NURSINGQC_DB", raising=False)
    # Qt reads the settings folder once per process; point it at this test's folder each time.
    from PySide6.QtCore import QSettings

    for settings_format in (QSettings.Format.NativeFormat, QSettings.Format.IniFormat):
        QSettings.setPath(settings_format, QSettings.Scope.UserScope, str(tmp_path / "settings"))


@pytest.fixture(autouse=True)
def quick_password_hashing(monkeypatch: pytest.MonkeyPatch) -> None:
    """Still argon2id, but with the cheapest parameters: tests create many accounts."""
    from argon2 import PasswordHasher

    from nursingqc.services import passwords

    monkeypatch.setattr(
        passwords, "_hasher", PasswordHasher(time_cost=1, memory_cost=64, parallelism=1)
    )


@pytest.fixture
def db_url(tmp_path: Path) -> str:
    return f"sqlite:///{tmp_path / 'hospital.sqlite3'}"


@pytest.fixture
def services(db_url: str) -> Iterator[Services]:
    opened = open_services(db_url, today=lambda: TODAY)
    yield opened
    opened.close()


@pytest.fixture
def hospital(services: Services) -> Hospital:
    return build_hospital(services)


@pytest.fixture
def today() -> date:
    return TODAY


@pytest.fixture
def chinese(qapp: object) -> Iterator[None]:
    """Messages in zh_CN, as a user sees them by default."""
    from nursingqc.i18n import install_translators

    install_translators("zh_CN")
    yield
    install_translators("en")
