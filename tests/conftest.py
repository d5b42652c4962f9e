"""Every test gets its own database and data folders; Qt runs offscreen in Chinese."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import itertools
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import date
from pathlib import Path

import pytest
from hypothesis import settings

from nursingqc.services.container import Services, open_services
from tests.helpers import TODAY, Hospital, build_hospital

# CI checks the same examples every run, so a red run is a change's fault and can be replayed;
# NURSINGQC_HYPOTHESIS=explore searches new ones on a developer's machine.
settings.register_profile("repeatable", derandomize=True)
settings.register_profile("explore", max_examples=1000)
settings.load_profile(os.environ.get("NURSINGQC_HYPOTHESIS", "repeatable"))


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


def pytest_addoption(parser: pytest.Parser) -> None:
    parser.addoption(
        "--database",
        choices=("sqlite", "postgresql"),
        default="sqlite",
        help="run the tests on a SQLite file (default) or on a throwaway PostgreSQL server",
    )


def pytest_configure(config: pytest.Config) -> None:
    config.addinivalue_line(
        "markers", "sqlite_only: about the SQLite file itself (backups, check, file faults)"
    )


def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]) -> None:
    if config.getoption("--database") == "sqlite":
        return
    skip = pytest.mark.skip(reason="about the SQLite file; not run on PostgreSQL")
    for item in items:
        if item.get_closest_marker("sqlite_only"):
            item.add_marker(skip)


_database_numbers = itertools.count(1)


@pytest.fixture(scope="session")
def postgresql_template(request: pytest.FixtureRequest) -> Iterator[str | None]:
    """The server's URL with a migrated ``template_nursingqc`` database each test clones."""
    if request.config.getoption("--database") != "postgresql":
        yield None
        return
    from sqlalchemy import create_engine, text

    from tests.postgres_server import running_server

    with running_server() as server_url:
        admin = create_engine(server_url, isolation_level="AUTOCOMMIT")
        with admin.connect() as connection:
            connection.execute(text("CREATE DATABASE template_nursingqc"))
        open_services(database_url(server_url, "template_nursingqc")).close()
        yield server_url
        admin.dispose()


def database_url(server_url: str, name: str) -> str:
    from sqlalchemy.engine import make_url

    return make_url(server_url).set(database=name).render_as_string(hide_password=False)


@contextmanager
def server_database(server_url: str, template: str) -> Iterator[str]:
    """A new database on the test server, cloned from ``template``; dropped afterwards."""
    from sqlalchemy import create_engine, text

    name = f"test_{next(_database_numbers)}"
    admin = create_engine(server_url, isolation_level="AUTOCOMMIT")
    with admin.connect() as connection:
        connection.execute(text(f"CREATE DATABASE {name} TEMPLATE {template}"))
    try:
        yield database_url(server_url, name)
    finally:
        with admin.connect() as connection:
            connection.execute(text(f"DROP DATABASE {name} WITH (FORCE)"))
        admin.dispose()


@pytest.fixture
def db_url(tmp_path: Path, postgresql_template: str | None) -> Iterator[str]:
    """A database at the current schema, with no hospital in it yet."""
    if postgresql_template is None:
        yield f"sqlite:///{tmp_path / 'hospital.sqlite3'}"
        return
    with server_database(postgresql_template, "template_nursingqc") as url:
        yield url


@pytest.fixture
def empty_db_url(tmp_path: Path, postgresql_template: str | None) -> Iterator[str]:
    """A database with no tables at all, as before the first start."""
    if postgresql_template is None:
        yield f"sqlite:///{tmp_path / 'empty.sqlite3'}"
        return
    with server_database(postgresql_template, "template0") as url:
        yield url


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
