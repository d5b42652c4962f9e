"""交换冲突 on the 数据交换 page, between real databases: the ward answers a rectification item
while the department extends its deadline; after they exchange, each PC's page lists the
conflict with both versions, asks before resolving it, and the next exchange settles the other
PC (rules §14)."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication, QMessageBox
from pytestqt.qtbot import QtBot

from nursingqc.domain.accounts import Actor
from nursingqc.domain.errors import NursingQCError
from nursingqc.domain.exchange import RecordChange
from nursingqc.services.container import Services
from nursingqc.services.exchange_conflicts import MSG_CONFLICT_GONE, Resolution
from nursingqc.ui.main_window import MainWindow
from nursingqc.ui.pages.exchange import ExchangePage
from tests.helpers import TODAY
from tests.services.exchange_pcs import CAUSE, Pcs, both_changed, close, three_pcs, we04
from tests.ui.clipping import clipped_texts
from tests.ui.tables import cells
from tests.ui.windows import page_of

pytestmark = pytest.mark.sqlite_only

WIDTH, HEIGHT = 1366, 768
SHOTS = Path("/work/shots")


@pytest.fixture
def pcs(tmp_path: Path) -> Iterator[Pcs]:
    made = three_pcs(tmp_path)
    both_changed(made)
    yield made
    close(made)


def exchange_page(qtbot: QtBot, services: Services, actor: Actor) -> ExchangePage:
    window = MainWindow(services, actor, lambda: TODAY)
    qtbot.addWidget(window)
    window.resize(WIDTH, HEIGHT)
    page = page_of(window, ExchangePage)
    assert page is not None
    window.show_page(page)
    window.show()
    QApplication.processEvents()
    return page


def answer(monkeypatch: pytest.MonkeyPatch, button: QMessageBox.StandardButton) -> list[str]:
    asked: list[str] = []

    def question(_parent: object, _title: str, text: str, *_args: object) -> object:
        asked.append(text)
        return button

    monkeypatch.setattr(QMessageBox, "question", question)
    return asked


def shot(page: ExchangePage, name: str) -> None:
    if SHOTS.is_dir():
        page.window().grab().save(str(SHOTS / f"h16f-{name}.png"))


def test_the_department_takes_the_wards_answer_after_confirming(
    qtbot: QtBot,
    pcs: Pcs,
    monkeypatch: pytest.MonkeyPatch,
    chinese: None,
    themed: QApplication,
) -> None:
    admin, nurse = pcs.hospital.admin, pcs.nk01.nurse
    page = exchange_page(qtbot, pcs.department, admin)
    assert not page.ui.conflictsBox.isHidden()
    (row,) = cells(page.ui.conflictsTable)
    assert row[0] == "NK01"
    assert row[1] == "整改项 WE04：床帘脱钩"
    assert row[2:4] == [f"第 2 版，{admin.display_name}修改", f"第 2 版，{nurse.display_name}修改"]
    assert clipped_texts(page.window()) == []
    shot(page, "conflicts")

    # 否: nothing changes, the conflict stays.
    asked = answer(monkeypatch, QMessageBox.StandardButton.No)
    page.ui.takeTheirsButton.click()
    assert "对方电脑的" in asked[0] and "整改项 WE04" in asked[0]
    assert len(pcs.department.exchange.conflicts(admin)) == 1
    assert pcs.item(pcs.hospital.ward_a, "WE04").cause == ""

    answer(monkeypatch, QMessageBox.StandardButton.Yes)
    page.ui.takeTheirsButton.click()
    assert pcs.department.exchange.conflicts(admin) == []
    assert page.ui.conflictsBox.isHidden()
    assert "已解决" in page.ui.statusLabel.text()
    assert pcs.item(pcs.hospital.ward_a, "WE04").cause == CAUSE

    # The ward takes the department's version at the next down-package: its conflict settles.
    ward = pcs.nk01.services
    down = ward.exchange.apply(nurse, [pcs.down("NK01")], pcs.folder)
    assert RecordChange.REFUSED not in we04(down.preview.lines)
    assert ward.exchange.conflicts(nurse) == []


def test_the_ward_keeps_its_own_and_the_department_takes_it(
    qtbot: QtBot,
    pcs: Pcs,
    monkeypatch: pytest.MonkeyPatch,
    chinese: None,
    themed: QApplication,
) -> None:
    nurse = pcs.nk01.nurse
    page = exchange_page(qtbot, pcs.nk01.services, nurse)
    assert page.ui.departmentBox.isHidden() and not page.ui.wardBox.isHidden()
    assert clipped_texts(page.window()) == []
    shot(page, "ward-conflicts")
    (row,) = cells(page.ui.conflictsTable)
    assert row[1] == "整改项 WE04：床帘脱钩"
    asked = answer(monkeypatch, QMessageBox.StandardButton.Yes)
    page.ui.keepOursButton.click()
    assert "保留本机" in asked[0]
    assert page.ui.conflictsBox.isHidden()
    assert pcs.nk01.item("WE04").cause == CAUSE
    up = pcs.department.exchange.apply(pcs.hospital.admin, [pcs.up(pcs.nk01)], pcs.folder)
    assert we04(up.preview.lines) == [RecordChange.CHANGED]
    assert pcs.department.exchange.conflicts(pcs.hospital.admin) == []
    assert pcs.item(pcs.hospital.ward_a, "WE04").cause == CAUSE


def test_a_conflict_resolved_meanwhile_is_refused_with_the_reason(
    qtbot: QtBot, pcs: Pcs, monkeypatch: pytest.MonkeyPatch, chinese: None
) -> None:
    """Resolved in another window or on the command line since the page was filled."""
    admin = pcs.hospital.admin
    page = exchange_page(qtbot, pcs.department, admin)
    pcs.department.exchange.resolve_conflict(admin, page.conflicts[0].id, Resolution.KEEP_OURS)
    answer(monkeypatch, QMessageBox.StandardButton.Yes)
    shown: list[NursingQCError] = []
    monkeypatch.setattr(
        "nursingqc.ui.pages.exchange.show_error", lambda _parent, error: shown.append(error)
    )
    page.ui.takeTheirsButton.click()
    assert [error.template for error in shown] == [MSG_CONFLICT_GONE]
    assert page.ui.conflictsBox.isHidden()
    assert pcs.item(pcs.hospital.ward_a, "WE04").cause == ""
