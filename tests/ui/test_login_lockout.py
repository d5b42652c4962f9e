"""The log-in dialog tells a locked-out user until when (her PC's time) and who can unlock."""

from __future__ import annotations

import os
import time
from collections.abc import Iterator
from datetime import UTC, datetime

import pytest
from pytestqt.qtbot import QtBot

from nursingqc.services.accounts import AccountService
from nursingqc.services.container import Services
from nursingqc.ui.dialogs.login import LoginDialog
from tests.helpers import PASSWORD, Hospital

# 02:00:30 UTC is 10:00:30 in Beijing; the lock ends at 10:05:30, shown as 10:06.
START = datetime(2026, 7, 8, 2, 0, 30, tzinfo=UTC)


@pytest.fixture
def beijing_time() -> Iterator[None]:
    if not hasattr(time, "tzset"):
        pytest.skip("the time zone of a running process can be set only on POSIX")
    before = os.environ.get("TZ")
    os.environ["TZ"] = "Asia/Shanghai"
    time.tzset()
    yield
    if before is None:
        del os.environ["TZ"]
    else:
        os.environ["TZ"] = before
    time.tzset()


def log_in(dialog: LoginDialog, password: str) -> str:
    dialog.ui.usernameEdit.setText("nk01")
    dialog.ui.passwordEdit.setText(password)
    dialog.accept()
    return dialog.ui.errorLabel.text()


def test_the_fifth_wrong_password_says_until_when_in_local_time(
    qtbot: QtBot, services: Services, hospital: Hospital, beijing_time: None, chinese: None
) -> None:
    dialog = LoginDialog(AccountService(services.database, now=lambda: START))
    qtbot.addWidget(dialog)
    said = [log_in(dialog, "wrong-one") for _ in range(5)]
    assert said[2] == "用户名或密码错误。再错 2 次，账号将锁定 5 分钟。"
    assert said[4] == "密码错误次数过多，账号已锁定至 10:06。请到时再试，或请护理部解锁。"
    assert log_in(dialog, PASSWORD) == said[4] and dialog.actor is None
    assert dialog.ui.passwordEdit.text() == ""
