"""审计日志: the department finds an entry by its filters, reads it in words, exports it."""

from __future__ import annotations

from pathlib import Path

from openpyxl import load_workbook
from pytestqt.qtbot import QtBot

from nursingqc.i18n import install_translators
from nursingqc.services.container import Services
from nursingqc.ui.models.audit_log import SHORT, change_text
from nursingqc.ui.pages.audit_log import AuditLogPage
from tests.helpers import TODAY, Hospital, submit_with_problems

REASON = '=HYPERLINK("http://x") 分数录入有误，退回重填'


def open_page(qtbot: QtBot, services: Services, hospital: Hospital) -> AuditLogPage:
    page = AuditLogPage(hospital.admin, services.audit_log, lambda: TODAY)
    qtbot.addWidget(page)
    page.resize(1366, 700)
    page.show()
    page.refresh()
    return page


def reopened(services: Services, hospital: Hospital) -> None:
    submit_with_problems(services, hospital)
    services.inspections.reopen(hospital.admin, hospital.key(), REASON)


def choose(combo: object, text: str) -> None:
    index = combo.findText(text)  # type: ignore[attr-defined]
    assert index >= 0, text
    combo.setCurrentIndex(index)  # type: ignore[attr-defined]


def test_the_newest_entry_first_in_words_with_its_reason(
    qtbot: QtBot, services: Services, hospital: Hospital
) -> None:
    reopened(services, hospital)
    page = open_page(qtbot, services, hospital)
    newest = page.texts[0]
    assert newest[1:6] == (
        "admin（护理部 王主任）",
        "Sheet reopened",
        newest[3],
        hospital.campaign.name,
        "NK01 心血管内科",
    )
    assert newest[3].startswith("Score sheet #")
    assert newest[6] == "Status: Submitted → Draft"
    assert newest[7] == REASON
    submitted = page.texts[1]
    assert submitted[2] == "Sheet submitted"
    assert "Score: 97.50" in submitted[6]
    assert "points off: WE02 −2, WE04 −0.5" in submitted[6]
    assert page.ui.countLabel.text() == f"{len(page.texts)} entries, newest first."
    # The newest is shown whole below the list at once.
    assert REASON in page.ui.detailEdit.toPlainText()

    page.ui.entriesView.selectRow(0)
    assert f"Reason: {REASON}" in page.ui.detailEdit.toPlainText()


def test_filters_apply_as_they_are_chosen_and_clear(
    qtbot: QtBot, services: Services, hospital: Hospital
) -> None:
    reopened(services, hospital)
    page = open_page(qtbot, services, hospital)
    everything = len(page.texts)
    choose(page.ui.wardCombo, "NK01 心血管内科")
    assert [row[2] for row in page.texts] == [
        "Sheet reopened",
        "Sheet submitted",
        "Created",
        "Created",
    ]
    choose(page.ui.userCombo, "nk01")
    assert [row[2] for row in page.texts] == ["Sheet submitted"]
    choose(page.ui.actionCombo, "Phase opened")
    assert page.texts == [] and page.model.rowCount() == 0
    assert page.ui.countLabel.text() == "No entry matches these filters."
    assert not page.ui.exportButton.isEnabled()
    page.ui.sinceEdit.setDate(page.ui.sinceEdit.date().currentDate().addDays(1))
    page.clear_filters()
    assert len(page.texts) == everything
    # A refresh keeps what is chosen.
    choose(page.ui.wardCombo, "WK01 普通外科")
    page.refresh()
    assert page.ui.wardCombo.currentText() == "WK01 普通外科"


def test_the_export_has_every_matching_entry_as_text(
    qtbot: QtBot, services: Services, hospital: Hospital, tmp_path: Path
) -> None:
    reopened(services, hospital)
    page = open_page(qtbot, services, hospital)
    choose(page.ui.wardCombo, "NK01 心血管内科")
    task = page.export_to(tmp_path / "审计日志")
    with qtbot.waitSignal(task.done, timeout=20000):
        pass
    sheet = load_workbook(tmp_path / "审计日志.xlsx").active
    rows = [tuple(cell.value or "" for cell in row) for row in sheet.iter_rows()]
    assert rows[0] == ("Time", "User", "Action", "Record", "Campaign", "Ward", "Change", "Reason")
    assert rows[1:] == page.texts
    assert sheet["H2"].data_type == "s" and sheet["H2"].value == REASON
    assert sheet.freeze_panes == "A2"


def test_the_page_is_chinese_by_default(
    qtbot: QtBot, services: Services, hospital: Hospital
) -> None:
    install_translators("zh_CN")
    reopened(services, hospital)
    page = open_page(qtbot, services, hospital)
    assert page.title(hospital.admin) == "审计日志"
    newest = page.texts[0]
    assert newest[2] == "重新打开已提交的表"
    assert newest[6] == "状态：已提交 → 草稿"
    assert page.model.headers[:3] == ("时间", "用户", "操作")


def test_a_long_cause_is_cut_in_the_table_and_whole_in_its_tooltip_and_detail(
    qtbot: QtBot, services: Services, hospital: Hospital
) -> None:
    submit_with_problems(services, hospital)
    item = services.rectification.list_items(hospital.nurse_a, hospital.campaign.id)[0]
    cause = "交接班时未检查病室通风，" * 40
    services.rectification.fill(hospital.nurse_a, item.id, item.version, cause, "每班开窗", "")
    page = open_page(qtbot, services, hospital)
    shown = page.model.rows[0]
    assert shown.cells[2] == "Cause and measure written"
    assert len(shown.cells[6]) == SHORT and shown.cells[6].endswith("…")
    assert cause in shown.tooltip and cause in page.texts[0][6]
    page.ui.entriesView.selectRow(0)
    assert cause in page.ui.detailEdit.toPlainText()


def test_a_change_the_column_cuts_short_is_whole_in_the_tooltip(
    qtbot: QtBot, services: Services, hospital: Hospital
) -> None:
    """Under SHORT characters, a sheet's change is still wider than its column (a cap of 27
    characters): Qt ends it with "…", and the tooltip says it all."""
    install_translators("zh_CN")
    reopened(services, hospital)
    page = open_page(qtbot, services, hospital)
    view = page.ui.entriesView
    wide_but_short = [
        row.cells[6]
        for row in page.model.rows
        if len(row.cells[6]) <= SHORT
        and view.fontMetrics().horizontalAdvance(row.cells[6]) > view.columnWidth(6)
    ]
    assert wide_but_short != []
    for texts, row in zip(page.texts, page.model.rows, strict=True):
        assert texts[6] in row.tooltip and texts[7] in row.tooltip
    assert REASON in page.model.rows[0].tooltip


def test_values_the_wording_does_not_know_are_shown_as_written() -> None:
    assert change_text({"colour": "red"}, {"colour": "blue"}) == "colour: red → blue"
    assert change_text(None, None) == ""
    assert change_text({"active": True}, {"active": False}) == "Enabled: yes → no"
    assert change_text(None, {"wards": ["NK01", "WK01"]}) == "Wards: NK01, WK01"
