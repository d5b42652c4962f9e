"""User names: one account whatever the width, case and spaces typed; no names told by timing."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest
from alembic import command
from sqlalchemy import select, update

from nursingqc.domain.accounts import (
    MSG_USERNAME_SPACES,
    MSG_USERNAME_TOO_LONG,
    USERNAME_MAX_LENGTH,
    Role,
)
from nursingqc.domain.errors import AuthenticationFailed, ValidationError
from nursingqc.services import accounts as accounts_module
from nursingqc.services import passwords
from nursingqc.services.accounts import MSG_USERNAME_TAKEN
from nursingqc.services.container import Services
from nursingqc.storage.db import Database
from nursingqc.storage.migrate import alembic_config, upgrade_database
from nursingqc.storage.models import User
from tests.helpers import PASSWORD, Hospital


def stored_names(services: Services) -> list[str]:
    with services.database.transaction(read_only=True) as session:
        return list(session.scalars(select(User.username).order_by(User.id)))


def test_full_width_letters_case_and_spaces_name_the_same_account(
    services: Services, hospital: Hospital
) -> None:
    services.accounts.create_user(hospital.admin, " ＮＫ０２ ", "王芳", Role.INSPECTOR, PASSWORD)

    assert stored_names(services)[-1] == "nk02"
    for typed in ("nk02", "NK02", "ＮＫ０２", "  Nk02\t"):
        assert services.accounts.login(typed, PASSWORD).username == "nk02"
    with pytest.raises(ValidationError) as taken:
        services.accounts.create_user(hospital.admin, "nK02", "李娜", Role.INSPECTOR, PASSWORD)
    assert taken.value.template == MSG_USERNAME_TAKEN
    services.accounts.unlock(hospital.admin, "ＮＫ02")
    services.accounts.reset_password(hospital.admin, "NK02", "another-secret")
    assert services.accounts.login("nk02", "another-secret").username == "nk02"


@pytest.mark.parametrize(
    ("typed", "template"),
    [
        ("a" * (USERNAME_MAX_LENGTH + 1), MSG_USERNAME_TOO_LONG),
        ("王" * (USERNAME_MAX_LENGTH + 1), MSG_USERNAME_TOO_LONG),
        ("wang fang", MSG_USERNAME_SPACES),
        ("wang\nfang", MSG_USERNAME_SPACES),
    ],
)
def test_a_user_name_too_long_or_with_a_gap_is_refused_and_nothing_is_made(
    services: Services, hospital: Hospital, typed: str, template: str
) -> None:
    before = stored_names(services)
    with pytest.raises(ValidationError) as refused:
        services.accounts.create_user(hospital.admin, typed, "王芳", Role.INSPECTOR, PASSWORD)
    assert refused.value.template == template
    assert stored_names(services) == before


def test_a_name_at_the_limit_is_taken(services: Services, hospital: Hospital) -> None:
    name = "王" * USERNAME_MAX_LENGTH
    services.accounts.create_user(hospital.admin, name, "王芳", Role.INSPECTOR, PASSWORD)
    assert services.accounts.login(name, PASSWORD).username == name


def test_every_log_in_checks_exactly_one_password_known_name_or_not(
    services: Services, hospital: Hospital, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The time of a refusal is the time of one password check, so it tells no names: an unknown
    name used to be refused without any check, in a fraction of a wrong password's time."""
    checks: list[str] = []
    real = passwords.verify_password

    def counted(password_hash: str, password: str) -> bool:
        checks.append(password_hash)
        return real(password_hash, password)

    monkeypatch.setattr(accounts_module, "verify_password", counted)
    services.accounts.create_user(hospital.admin, "gone", "离职", Role.INSPECTOR, PASSWORD)
    with services.database.transaction() as session:
        session.execute(update(User).where(User.username == "gone").values(active=False))
    attempts = [("nobody", PASSWORD), ("gone", PASSWORD), ("admin", "wrong-one")]
    for username, password in attempts:
        checks.clear()
        with pytest.raises(AuthenticationFailed):
            services.accounts.login(username, password)
        assert len(checks) == 1, username
    checks.clear()
    services.accounts.login("admin", PASSWORD)
    assert len(checks) == 1


def test_a_database_from_before_gets_its_names_normalised_unless_two_would_clash(
    tmp_path: Path,
) -> None:
    path = tmp_path / "h.sqlite3"
    database = Database(f"sqlite:///{path}")
    config = alembic_config()
    with database.engine.begin() as connection:
        config.attributes["connection"] = connection
        command.upgrade(config, "0007")
    with sqlite3.connect(path) as raw:
        raw.executemany(
            "INSERT INTO users (id, username, display_name, role, password_hash, active, "
            "failed_logins) VALUES (?, ?, '某', 'admin', 'x', 1, 0)",
            [(1, "Admin"), (2, "ＮＫ０１"), (3, "Dup"), (4, "dup"), (5, "wk01")],
        )

    upgrade_database(database, tmp_path / "backups")
    database.dispose()

    with sqlite3.connect(path) as raw:
        names = [row[0] for row in raw.execute("SELECT username FROM users ORDER BY id")]
    assert names == ["admin", "nk01", "Dup", "dup", "wk01"]
