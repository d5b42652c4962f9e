"""数据交换 between two real databases: the department enrols a ward PC, the new PC is set up from
its package at the first start, the ward's up-package is previewed and applied on the
department's page; who sees the page; nothing cut off at 1366×768 (rules §14)."""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from decimal import Decimal
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication, QDialog, QMessageBox
from pytestqt.qtbot import QtBot

from nursingqc.domain.accounts import Actor
from nursingqc.domain.exchange import RecordChange
from nursingqc.domain.scoring import ItemEntry
from nursingqc.domain.workflow import SheetStatus
from nursingqc.i18n import install_translators
from nursingqc.services.container import Services, open_services
from nursingqc.services.inspections import SheetKey
from nursingqc.ui.dialogs.exchange_preview import ExchangePreviewDialog, PackageImport
from nursingqc.ui.dialogs.setup import SetupDialog
from nursingqc.ui.main_window import MainWindow
from nursingqc.ui.pages.exchange import ExchangePage
from tests.helpers import PASSWORD, TODAY, Hospital, database_state, full_marks, submit
from tests.ui.clipping import clipped_texts
from tests.ui.tables import cells
from tests.ui.windows import page_of

WIDTH, HEIGHT = 1366, 700


@pytest.fixture
def ward_pc(tmp_path: Path) -> Iterator[Services]:
    """A new ward PC's database, in a folder (and so with keys) of its own."""
    folder = tmp_path / "ward-pc"
    folder.mkdir()
    database = f"sqlite:///{folder / 'nursingqc.sqlite3'}"
    opened = open_services(database, today=lambda: TODAY, keys_folder=folder / "keys")
    yield opened
    opened.close()


def department_page(qtbot: QtBot, services: Services, hospital: Hospital) -> ExchangePage:
    window = MainWindow(services, hospital.admin, lambda: TODAY)
    qtbot.addWidget(window)
    page = page_of(window, ExchangePage)
    assert page is not None
    window.show_page(page)
    return page


def wait_for_task(qtbot: QtBot, owner: ExchangePage | PackageImport) -> None:
    assert owner.task is not None
    with qtbot.waitSignal(owner.task.done, timeout=20000):
        pass


def preview_shown(qtbot: QtBot, importing: PackageImport) -> ExchangePreviewDialog:
    qtbot.waitUntil(lambda: importing.dialog is not None, timeout=20000)
    assert importing.dialog is not None
    return importing.dialog


def apply_and_wait(qtbot: QtBot, importing: PackageImport) -> None:
    dialog = preview_shown(qtbot, importing)
    assert dialog.apply_button.isEnabled()
    with qtbot.waitSignal(importing.applied, timeout=20000):
        dialog.apply_button.click()


def setup_package(qtbot: QtBot, page: ExchangePage, folder: Path) -> Path:
    page.ui.enrolWardCombo.setCurrentIndex(page.ui.enrolWardCombo.findData("NK01"))
    page.enrol("NK01", folder)
    wait_for_task(qtbot, page)
    (package,) = folder.glob("*.nqcpkg")
    return package


def set_up_ward_pc(qtbot: QtBot, ward_pc: Services, package: Path) -> SetupDialog:
    setup = SetupDialog(ward_pc.accounts, exchange=ward_pc.exchange)
    qtbot.addWidget(setup)
    setup.show()
    setup.import_setup_package(package)
    assert setup.importing is not None
    apply_and_wait(qtbot, setup.importing)
    return setup


def test_the_department_enrols_a_ward_pc_that_is_set_up_from_the_package_at_its_first_start(
    qtbot: QtBot,
    services: Services,
    hospital: Hospital,
    ward_pc: Services,
    tmp_path: Path,
    chinese: None,
) -> None:
    page = department_page(qtbot, services, hospital)
    assert not page.ui.departmentBox.isHidden() and page.ui.wardBox.isHidden()
    package = setup_package(qtbot, page, tmp_path)
    assert str(package) in page.ui.statusLabel.text()
    (row,) = cells(page.ui.wardsTable)
    # The setup package is the first package the department sent that PC.
    assert row[0] == "NK01 心血管内科" and row[2:] == ["尚无", "第 1 号"]

    assert ward_pc.accounts.needs_first_run()
    setup = set_up_ward_pc(qtbot, ward_pc, package)
    assert setup.result() == QDialog.DialogCode.Accepted
    assert setup.from_package and setup.actor is None
    identity = ward_pc.exchange.this_pc()
    assert (identity.role, identity.ward_code) == ("ward", "NK01")
    assert not ward_pc.accounts.needs_first_run()
    assert ward_pc.accounts.login("nk01", PASSWORD).ward_id is not None


def submit_ward_environment(services: Services, nurse: Actor) -> None:
    (campaign,) = services.campaigns.list_campaigns(nurse)
    checklist = next(c for c in campaign.checklists if c.code == "WARD_ENV")
    assert nurse.ward_id is not None
    key = SheetKey(campaign.id, nurse.ward_id, checklist.checklist_id)
    entries = full_marks(services.checklists.definition(checklist.checklist_id))
    entries["WE02"] = ItemEntry(Decimal(2), problem="12床病室有异味，晨间护理后未开窗通风")
    submit(services, nurse, key, entries)


def test_the_ward_exports_its_up_package_and_the_department_previews_and_applies_it(
    qtbot: QtBot,
    services: Services,
    hospital: Hospital,
    ward_pc: Services,
    tmp_path: Path,
    chinese: None,
) -> None:
    department = department_page(qtbot, services, hospital)
    enrol_folder = tmp_path / "enrol"
    enrol_folder.mkdir()
    set_up_ward_pc(qtbot, ward_pc, setup_package(qtbot, department, enrol_folder))
    nurse = ward_pc.accounts.login("nk01", PASSWORD)
    submit_ward_environment(ward_pc, nurse)

    window = MainWindow(ward_pc, nurse, lambda: TODAY)
    qtbot.addWidget(window)
    ward_page = page_of(window, ExchangePage)
    assert ward_page is not None
    window.show_page(ward_page)
    assert not ward_page.ui.wardBox.isHidden() and ward_page.ui.departmentBox.isHidden()
    up = tmp_path / "up"
    up.mkdir()
    ward_page.export(up)
    wait_for_task(qtbot, ward_page)
    (package,) = up.glob("*.nqcpkg")
    assert str(package) in ward_page.ui.statusLabel.text()

    before = database_state(services)
    department.import_packages([package], up)
    assert department.importing is not None
    dialog = preview_shown(qtbot, department.importing)
    assert dialog.preview.count(RecordChange.NEW) > 0
    assert database_state(services) == before  # the preview changed nothing
    apply_and_wait(qtbot, department.importing)
    assert database_state(services) != before
    assert department.ui.statusLabel.text().startswith("已导入：新增 ")

    # The same package again: nothing to apply, the dialog says so and offers only 取消.
    after = database_state(services)
    department.import_packages([package], up)
    assert department.importing is not None
    again = preview_shown(qtbot, department.importing)
    assert not again.apply_button.isEnabled()
    again.reject()
    assert database_state(services) == after


def test_a_folder_with_a_damaged_package_shows_it_refused_on_top_and_applies_the_rest(
    qtbot: QtBot,
    services: Services,
    hospital: Hospital,
    ward_pc: Services,
    tmp_path: Path,
    chinese: None,
) -> None:
    department = department_page(qtbot, services, hospital)
    enrol_folder = tmp_path / "enrol"
    enrol_folder.mkdir()
    set_up_ward_pc(qtbot, ward_pc, setup_package(qtbot, department, enrol_folder))
    nurse = ward_pc.accounts.login("nk01", PASSWORD)
    submit_ward_environment(ward_pc, nurse)
    shared = tmp_path / "共享文件夹"
    shared.mkdir()
    (good,) = ward_pc.exchange.export(nurse, shared)
    cut = shared / "ward-up-NK01-拷贝中断.nqcpkg"
    cut.write_bytes(good.read_bytes()[: good.stat().st_size // 2])

    # The department's own down-package in the same folder is left for the ward PC.
    (own,) = services.exchange.export(hospital.admin, shared)
    before = database_state(services)
    department.import_folder(shared)
    assert department.importing is not None
    dialog = preview_shown(qtbot, department.importing)
    refused = cells(dialog.ui.refusedTable)
    assert [row[0] for row in refused] == [cut.name] and "不完整或已损坏" in refused[0][1]
    assert dialog.apply_button.isEnabled()
    assert department.importing.usable(dialog.preview) == [good]
    apply_and_wait(qtbot, department.importing)
    assert database_state(services) != before
    # The ward's self-check arrived whole, as she typed it.
    sheet = services.inspections.open_sheet(hospital.admin, hospital.key("WARD_ENV"))
    assert sheet.status is SheetStatus.SUBMITTED
    assert sheet.entries["WE02"].problem == "12床病室有异味，晨间护理后未开窗通风"

    mine = tmp_path / "本机发出的包"
    mine.mkdir()
    shutil.copy(own, mine)
    department.import_folder(mine)
    assert department.ui.statusLabel.text() == (
        f"{mine} 中有 1 个交换包，但没有一个是给本机的：它们是本机自己发出的或其他电脑的。"
    )


def test_the_page_is_the_departments_and_on_a_ward_pc_its_head_nurses(
    qtbot: QtBot, services: Services, hospital: Hospital
) -> None:
    for actor, shown in (
        (hospital.admin, True),
        (hospital.nurse_a, False),  # the department's own PC: nothing for her to carry
        (hospital.inspector, False),
    ):
        window = MainWindow(services, actor, lambda: TODAY)
        qtbot.addWidget(window)
        assert (ExchangePage in window.page_classes) is shown, actor.username


@pytest.mark.parametrize("language", ["zh_CN", "en"])
def test_nothing_on_the_page_is_cut_off_at_1366x768(
    qtbot: QtBot,
    services: Services,
    hospital: Hospital,
    tmp_path: Path,
    themed: QApplication,
    language: str,
) -> None:
    install_translators(language)
    page = department_page(qtbot, services, hospital)
    setup_package(qtbot, page, tmp_path)
    window = page.window()
    window.resize(WIDTH, HEIGHT)
    window.show()
    qtbot.waitExposed(window)
    found = [str(clipped) for clipped in clipped_texts(window)]
    assert found == [], "\n".join(found)


def test_a_lost_ward_pc_is_withdrawn_after_a_confirmation(
    qtbot: QtBot,
    services: Services,
    hospital: Hospital,
    tmp_path: Path,
    chinese: None,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    page = department_page(qtbot, services, hospital)
    assert not page.ui.unenrolButton.isEnabled()
    setup_package(qtbot, page, tmp_path)
    assert page.ui.unenrolButton.isEnabled()
    answers = [QMessageBox.StandardButton.No, QMessageBox.StandardButton.Yes]
    asked: list[str] = []

    def question(_parent: object, _title: str, text: str, *_args: object) -> object:
        asked.append(text)
        return answers.pop(0)

    monkeypatch.setattr(QMessageBox, "question", question)
    page.ui.unenrolButton.click()
    assert len(cells(page.ui.wardsTable)) == 1
    page.ui.unenrolButton.click()
    assert "NK01" in asked[0] and asked[0] == asked[1]
    assert cells(page.ui.wardsTable) == []
    assert not page.ui.unenrolButton.isEnabled()
    assert "病区 NK01 的电脑已撤销登记" in page.ui.statusLabel.text()
    assert services.exchange.enrolled_wards(hospital.admin) == []
