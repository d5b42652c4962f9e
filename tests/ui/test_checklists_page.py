"""检查表: the department edits a checklist in the window and saves it as a new version."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from nursingqc.i18n import install_translators
from nursingqc.services.container import Services
from nursingqc.ui.pages.checklists import (
    CODE,
    POINTS,
    TEXT,
    VETO,
    ChecklistsPage,
    child_rows,
    top_rows,
)
from tests.helpers import Hospital, database_state
from tests.ui.dialogs import answer_next_box


def open_page(qtbot: QtBot, services: Services, hospital: Hospital) -> ChecklistsPage:
    page = ChecklistsPage(hospital.admin, services.checklists)
    qtbot.addWidget(page)
    page.resize(1226, 700)
    page.show()
    page.refresh()
    return page


def item_rows(page: ChecklistsPage) -> list[str]:
    return [
        row.text(CODE) for section in top_rows(page.ui.itemsTree) for row in child_rows(section)
    ]


def first_item(page: ChecklistsPage):  # type: ignore[no-untyped-def]
    return child_rows(top_rows(page.ui.itemsTree)[0])[0]


def test_the_current_version_opens_and_an_edit_saves_version_two(
    qtbot: QtBot, services: Services, hospital: Hospital
) -> None:
    page = open_page(qtbot, services, hospital)
    assert page.shown is not None and (page.shown.code, page.shown.version) == ("WARD_ENV", 1)
    assert page.editable and not page.ui.saveButton.isEnabled()
    assert page.ui.usedLabel.text().endswith(f". Used by: {hospital.campaign.name}")
    assert page.ui.totalLabel.text() == "Items add up to 100"
    first_item(page).setText(TEXT, "病室布局合理，设施完好（修订）")
    first_item(page).setCheckState(VETO, Qt.CheckState.Checked)
    assert page.has_unsaved_work() and page.ui.saveButton.isEnabled()

    page.save()

    assert page.shown is not None and page.shown.version == 2 and not page.dirty
    assert page.ui.statusLabel.text().startswith("Saved as version 2 of 病房环境.")
    saved = services.checklists.definition(page.shown.id)
    assert saved.items[0].text == "病室布局合理，设施完好（修订）" and saved.items[0].veto
    # The running campaign keeps the version it was made with.
    assert services.checklists.definition(hospital.key().checklist_id).version == 1


def test_items_are_added_moved_and_removed_and_must_add_up(
    qtbot: QtBot, services: Services, hospital: Hospital
) -> None:
    page = open_page(qtbot, services, hospital)
    codes = item_rows(page)
    page.ui.itemsTree.setCurrentItem(first_item(page))
    page.add_item()
    new = child_rows(top_rows(page.ui.itemsTree)[0])[1]
    assert new.text(CODE) == f"WE{len(codes) + 1:02d}" and new.text(POINTS) == "1"
    new.setText(TEXT, "新增：床头呼叫器完好")
    assert page.ui.totalLabel.text() == "Items add up to 101, not the full marks 100"
    seen: list[str] = []
    before = database_state(services)
    answer_next_box("OK", seen)
    page.save()
    assert "add up to 101 points" in seen[0] and database_state(services) == before

    page.ui.itemsTree.setCurrentItem(new)
    page.move_current(1)
    assert item_rows(page)[:3] == [codes[0], codes[1], new.text(CODE)]
    page.remove_current()
    assert item_rows(page) == codes and page.ui.totalLabel.text() == "Items add up to 100"
    page.ui.itemsTree.setCurrentItem(first_item(page))
    page.move_current(1)
    page.save()
    assert page.shown is not None
    assert [item.code for item in services.checklists.definition(page.shown.id).items][:2] == [
        codes[1],
        codes[0],
    ]


def test_points_that_are_not_a_number_are_pointed_at_and_nothing_is_saved(
    qtbot: QtBot, services: Services, hospital: Hospital
) -> None:
    page = open_page(qtbot, services, hospital)
    first_item(page).setText(POINTS, "十")
    before = database_state(services)
    page.save()
    assert page.ui.statusLabel.text() == (
        f'Item {first_item(page).text(CODE)}: Points must be a number, not "十".'
    )
    assert page.ui.itemsTree.currentItem() is first_item(page)
    assert database_state(services) == before


def test_an_earlier_version_is_shown_read_only(
    qtbot: QtBot, services: Services, hospital: Hospital
) -> None:
    page = open_page(qtbot, services, hospital)
    first_item(page).setText(TEXT, "修订")
    page.save()
    old = next(v for v in page.versions if v.code == "WARD_ENV" and v.version == 1)
    page.choose_version(old.id)
    assert page.shown == old and not page.editable
    assert "earlier version" in page.ui.versionLabel.text()
    assert page.ui.nameEdit.isReadOnly()
    assert not any(
        button.isEnabled()
        for button in (page.ui.addItemButton, page.ui.removeButton, page.ui.saveButton)
    )
    assert first_item(page).text(TEXT) != "修订"


def test_leaving_with_changes_asks_and_cancel_stays(
    qtbot: QtBot, services: Services, hospital: Hospital
) -> None:
    page = open_page(qtbot, services, hospital)
    page.ui.nameEdit.setText("病房环境（新）")
    page.ui.nameEdit.textEdited.emit("病房环境（新）")
    seen: list[str] = []
    answer_next_box("Cancel", seen)
    assert not page.confirm_leave()
    assert "not saved as a new version" in seen[0] and page.dirty
    answer_next_box("Discard", seen)
    assert page.confirm_leave()


def test_a_version_exported_and_imported_elsewhere_becomes_the_next_version(
    qtbot: QtBot, services: Services, hospital: Hospital, tmp_path: Path
) -> None:
    page = open_page(qtbot, services, hospital)
    page.export_to(tmp_path / "病房环境")
    written = tmp_path / "病房环境.yaml"
    assert written.read_text(encoding="utf-8").startswith("# 病房环境")
    text = written.read_text(encoding="utf-8").replace("max_points: 100", "max_points: 100.0")
    text = text.replace("points: 10\n", "points: 10.0\n", 1).replace(
        "name: 病房环境", "name: 病房环境B"
    )
    written.write_text(text, encoding="utf-8")
    page.import_from(written)
    assert page.shown is not None and (page.shown.version, page.shown.name) == (2, "病房环境B")
    assert page.ui.statusLabel.text() == "病房环境.yaml was imported as version 2 of 病房环境B."
    assert services.checklists.definition(page.shown.id).max_points == Decimal(100)


def test_the_page_is_chinese_by_default(
    qtbot: QtBot, services: Services, hospital: Hospital
) -> None:
    install_translators("zh_CN")
    page = open_page(qtbot, services, hospital)
    assert page.title(hospital.admin) == "检查表"
    assert page.ui.totalLabel.text() == "条目合计 100 分"
    assert page.ui.saveButton.text() == "保存为新版本(&S)"
