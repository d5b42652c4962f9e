"""A database server as a hospital's IT sets it up, and what users are told when it is not right:
a wrong address, a server that went away or restarted, a password in the address."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest
from sqlalchemy import create_engine, text
from sqlalchemy.engine import make_url
from sqlalchemy.exc import OperationalError

from nursingqc.domain.errors import DatabaseBusy, DatabaseError
from nursingqc.i18n import error_text
from nursingqc.services.container import Services, open_services
from nursingqc.services.maintenance import backup_database
from nursingqc.storage.db import (
    MSG_SERVER_LOGIN,
    MSG_SERVER_NO_DATABASE,
    MSG_SERVER_REFUSED,
    MSG_SERVER_UNREACHABLE,
    MSG_UNSUPPORTED_URL,
    Database,
    fault_error,
    server_error,
    shown_url,
)
from tests.helpers import Hospital

on_server = pytest.mark.skipif(
    "not config.getoption('--database') == 'postgresql'", reason="needs the test server"
)


def refusal(url: str) -> DatabaseError:
    with pytest.raises(DatabaseError) as refused:
        open_services(url).close()
    return refused.value


@pytest.mark.parametrize("url", ["mysql://qc@db/nursingqc", "postgresql+psycopg2://qc@db/x"])
def test_a_database_other_than_sqlite_or_postgresql_with_psycopg_is_refused_by_name(
    url: str, chinese: None
) -> None:
    refused = refusal(url)
    assert refused.template == MSG_UNSUPPORTED_URL
    assert "postgresql+psycopg://" in error_text(refused)


def test_a_password_in_the_address_is_never_shown(tmp_path: Path, chinese: None) -> None:
    url = "postgresql+psycopg://qc:S3cret@db.hospital.local/nursingqc"
    with pytest.raises(DatabaseError) as refused:
        backup_database(url, tmp_path / "x.bak")
    assert "S3cret" not in error_text(refused.value) and "***" in error_text(refused.value)


def test_a_server_that_is_not_there_is_named_in_chinese(tmp_path: Path, chinese: None) -> None:
    refused = refusal(f"postgresql+psycopg://qc:S3cret@/nursingqc?host={tmp_path}/nowhere")
    assert refused.template == MSG_SERVER_UNREACHABLE
    text_shown = error_text(refused)
    assert text_shown.startswith("无法连接") and "S3cret" not in text_shown
    assert f"{tmp_path}/nowhere" in text_shown  # the socket folder as typed, not %2F-encoded


def end_every_connection(db_url: str) -> int:
    """What a server restart does to the program: every connection to its database is ended."""
    admin = create_engine(make_url(db_url).set(database="postgres"), isolation_level="AUTOCOMMIT")
    try:
        with admin.connect() as connection:
            return int(
                connection.execute(
                    text(
                        "SELECT count(pg_terminate_backend(pid)) FROM pg_stat_activity "
                        "WHERE datname = :name AND pid <> pg_backend_pid()"
                    ),
                    {"name": make_url(db_url).database},
                ).scalar_one()
            )
    finally:
        admin.dispose()


@on_server
def test_a_wrong_database_name_or_user_is_told_as_such(db_url: str, chinese: None) -> None:
    url = make_url(db_url)
    missing = refusal(url.set(database="no_such_db").render_as_string(hide_password=False))
    assert missing.template == MSG_SERVER_NO_DATABASE
    assert missing.params["database"] == "no_such_db"
    stranger = refusal(url.set(username="stranger").render_as_string(hide_password=False))
    assert stranger.template == MSG_SERVER_LOGIN


@on_server
def test_the_next_action_after_the_server_dropped_every_connection_just_works(
    services: Services, hospital: Hospital, db_url: str
) -> None:
    assert services.campaigns.list_campaigns(hospital.admin)
    assert end_every_connection(db_url) >= 1
    assert services.campaigns.list_campaigns(hospital.admin)  # reconnected, no error


@on_server
def test_a_server_gone_during_work_is_a_clear_refusal_not_a_raw_error(
    db_url: str, chinese: None
) -> None:
    database = Database(db_url)
    try:
        with pytest.raises(DatabaseError) as refused, database.transaction() as session:
            session.execute(text("SELECT 1"))
            end_every_connection(db_url)
            session.execute(text("SELECT 1"))
        assert refused.value.template == MSG_SERVER_UNREACHABLE
    finally:
        database.dispose()


class _ServerSaid(Exception):
    """What psycopg raises: the server's words, and a SQLSTATE when a statement failed."""

    def __init__(self, text: str, sqlstate: str | None = None) -> None:
        super().__init__(text)
        self.sqlstate = sqlstate


@pytest.mark.parametrize(
    ("said", "sqlstate", "template"),
    [
        ('FATAL:  password authentication failed for user "qc"', None, MSG_SERVER_LOGIN),
        ('致命错误:  用户 "qc" Password 认证失败', None, MSG_SERVER_LOGIN),
        ('FATAL:  role "stranger" does not exist', None, MSG_SERVER_LOGIN),
        ('FATAL:  database "controle_db" does not exist', None, MSG_SERVER_NO_DATABASE),
        ('致命错误:  数据库 "质控" 不存在', None, MSG_SERVER_NO_DATABASE),
        ("connection failed: No such file or directory", None, MSG_SERVER_UNREACHABLE),
        ("could not extend file: No space left on device", "53100", MSG_SERVER_REFUSED),
        ("deadlock detected", "40P01", MSG_SERVER_REFUSED),
        ("terminating connection due to administrator command", "57P01", MSG_SERVER_UNREACHABLE),
    ],
)
def test_what_the_server_said_becomes_the_right_message(
    said: str, sqlstate: str | None, template: str
) -> None:
    error = OperationalError("SELECT 1", {}, _ServerSaid(said, sqlstate))
    made = server_error(error, "postgresql+psycopg://qc:S3cret@db/controle_db")
    assert made.template == template
    assert "S3cret" not in str(made)


@pytest.mark.parametrize(
    ("url", "shown"),
    [
        ("postgresql+psycopg://qc:S3cret@db/nursingqc", "postgresql+psycopg://qc:***@db/nursingqc"),
        (
            "postgresql+psycopg://qc@db/nursingqc?password=S3cret",
            "postgresql+psycopg://qc@db/nursingqc",
        ),
        (
            "postgresql+psycopg://qc:S3cret@db:54x/nursingqc",
            "postgresql+psycopg://qc:***@db:54x/nursingqc",
        ),
    ],
)
def test_an_address_is_shown_without_its_password(url: str, shown: str) -> None:
    assert shown_url(url) == shown


def test_a_sqlite_lock_met_while_opening_is_busy_not_a_server_fault() -> None:
    locked = OperationalError("BEGIN IMMEDIATE", {}, sqlite3.OperationalError("database is locked"))
    assert isinstance(fault_error(locked, None, ""), DatabaseBusy)
