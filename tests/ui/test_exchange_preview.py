"""The exchange preview dialog: counts, refusals on top, sortable by ward, 应用 only when something
would change, nothing cut off at 1366×768 in Chinese and English."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QDialog
from pytestqt.qtbot import QtBot

from nursingqc.domain.errors import Message
from nursingqc.domain.exchange import PackagePreview, PreviewLine, RecordChange
from nursingqc.i18n import install_translators
from nursingqc.storage.exchange_package import MSG_NEWER_FORMAT, MSG_SIGNATURE_WRONG
from nursingqc.ui.dialogs.exchange_preview import RESULT, WARD, ExchangePreviewDialog
from tests.ui.clipping import clipped_texts
from tests.ui.tables import cell, cells, headers

WIDTH, HEIGHT = 1366, 700
SHEET = "{ward} {checklist} self-check sheet ({phase})"
ANSWER = "Rectification item {code}: cause, measure, owner and done date"
PHOTO = "Photo of rectification item {code} ({size} KB)"
BOTH_CHANGED = (
    "Both sides changed this record since the last exchange: this PC has version {ours} "
    "({ours_at}), the package version {theirs} ({theirs_at}). Both are kept; settle it with "
    "the other side and export again."
)
CHECKLISTS = ("病房环境", "护理文书书写质量", "危重患者护理", "急救药品及物品管理")


def ward_codes(count: int) -> list[str]:
    return [f"{prefix}{number:02d}" for prefix in ("WK", "NK") for number in range(1, count + 1)]


def up_package_lines(code: int, ward: str) -> list[PreviewLine]:
    """One ward's month: four self-check sheets, answers to its items, photos."""
    package = f"ward-up-{ward}-{code}.nqcpkg"
    lines = [
        PreviewLine(
            package,
            ward,
            Message(SHEET, {"ward": ward, "checklist": checklist, "phase": "自查"}),
            RecordChange.NEW if number % 2 else RecordChange.UNCHANGED,
        )
        for number, checklist in enumerate(CHECKLISTS)
    ]
    lines += [
        PreviewLine(package, ward, Message(ANSWER, {"code": f"B{item:02d}"}), RecordChange.CHANGED)
        for item in range(1, 4)
    ]
    lines.append(
        PreviewLine(package, ward, Message(PHOTO, {"code": "B01", "size": 812}), RecordChange.NEW)
    )
    return lines


def month_preview(wards: int = 12) -> PackagePreview:
    """The department's import of every ward's up-package: one ward's answer refused (both sides
    changed it), two packages refused whole."""
    lines: list[PreviewLine] = []
    for number, ward in enumerate(ward_codes(wards), start=3):
        lines += up_package_lines(number, ward)
    lines.append(
        PreviewLine(
            "ward-up-NK02-4.nqcpkg",
            "NK02",
            Message(ANSWER, {"code": "B07"}),
            RecordChange.REFUSED,
            Message(
                BOTH_CHANGED,
                {"ours": 3, "ours_at": "12-02 09:14", "theirs": 2, "theirs_at": "12-01 16:40"},
            ),
        )
    )
    refused = (
        (
            "ward-up-WK07-2.nqcpkg",
            Message(MSG_SIGNATURE_WRONG, {"file": "ward-up-WK07-2.nqcpkg", "sender": "WK07"}),
        ),
        (
            "ward-up-NK09-5.nqcpkg",
            Message(
                MSG_NEWER_FORMAT, {"file": "ward-up-NK09-5.nqcpkg", "version": 2, "supported": 1}
            ),
        ),
    )
    return PackagePreview(lines=tuple(lines), refused_packages=refused)


def shown(qtbot: QtBot, preview: PackagePreview) -> ExchangePreviewDialog:
    dialog = ExchangePreviewDialog(preview)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    return dialog


def test_counts_and_refused_packages_with_their_reasons_are_shown_first(
    qtbot: QtBot, chinese: None
) -> None:
    preview = month_preview()
    dialog = shown(qtbot, preview)
    # 24 wards: two new sheets and a photo, three changed answers, two unchanged sheets each.
    assert dialog.ui.countsLabel.text() == (
        "新增：72    修改：72    未变：48    拒绝：1    拒绝的包：2"
    )
    assert dialog.ui.refusedTable.isVisible()
    refused = cells(dialog.ui.refusedTable)
    assert [row[0] for row in refused] == ["ward-up-WK07-2.nqcpkg", "ward-up-NK09-5.nqcpkg"]
    assert "签名" in refused[0][1] and "WK07" in refused[0][1]
    assert "更新" in refused[1][1]
    assert headers(dialog.ui.table) == ["交换包", "病区", "内容", "结果", "原因"]
    # The one refused record leads the table, with both versions named.
    first = cells(dialog.ui.table)[0]
    assert first[:2] == ["ward-up-NK02-4.nqcpkg", "NK02"] and first[3] == "拒绝"
    assert "version 3" in first[4] and "version 2" in first[4]
    assert dialog.ui.table.rowCount() == len(preview.lines)
    # Its reason is longer than its column: the chosen line is shown whole below the table.
    assert dialog.ui.detailLabel.text() == f"NK02 {first[2]}：拒绝。{first[4]}"
    dialog.ui.table.setCurrentCell(1, 0)
    assert (
        dialog.ui.detailLabel.text()
        == f"{cell(dialog.ui.table, 1, 1)} {cell(dialog.ui.table, 1, 2)}：新增。"
    )
    assert dialog.apply_button.text() == "应用(&A)"
    assert dialog.apply_button.isEnabled()


def test_results_sort_refused_new_changed_unchanged_and_the_ward_column_sorts_by_code(
    qtbot: QtBot,
) -> None:
    dialog = shown(qtbot, month_preview(wards=3))
    table = dialog.ui.table
    results = [cell(table, row, RESULT) for row in range(table.rowCount())]
    order = ["Refused", "New", "Changed", "Unchanged"]
    assert results == sorted(results, key=order.index)
    # Within a result, the wards stay in code order (the sort is stable).
    new_wards = [cell(table, row, WARD) for row in range(table.rowCount()) if results[row] == "New"]
    assert new_wards == sorted(new_wards)

    table.sortByColumn(WARD, Qt.SortOrder.AscendingOrder)
    wards = [cell(table, row, WARD) for row in range(table.rowCount())]
    assert wards == sorted(wards) and wards[0] == "NK01" and wards[-1] == "WK03"
    table.sortByColumn(WARD, Qt.SortOrder.DescendingOrder)
    assert cell(table, 0, WARD) == "WK03"


def test_apply_accepts_and_cancel_rejects(qtbot: QtBot) -> None:
    dialog = shown(qtbot, month_preview(wards=2))
    dialog.apply_button.click()
    assert dialog.result() == QDialog.DialogCode.Accepted

    dialog = shown(qtbot, month_preview(wards=2))
    dialog.ui.buttonBox.rejected.emit()
    assert dialog.result() == QDialog.DialogCode.Rejected


@pytest.mark.parametrize(
    ("preview", "status"),
    [
        (
            PackagePreview(
                lines=tuple(
                    PreviewLine(line.package, line.ward_code, line.what, RecordChange.UNCHANGED)
                    for line in up_package_lines(3, "NK01")
                )
            ),
            "无可应用的内容：本机已有这些包中的全部内容。",
        ),
        (
            PackagePreview(
                lines=(
                    PreviewLine(
                        "ward-up-NK01-3.nqcpkg",
                        "NK01",
                        Message(ANSWER, {"code": "B01"}),
                        RecordChange.REFUSED,
                        Message(
                            BOTH_CHANGED,
                            {"ours": 2, "ours_at": "-", "theirs": 2, "theirs_at": "-"},
                        ),
                    ),
                )
            ),
            "无可应用的内容：所有会改变的记录都被拒绝（见“原因”）。",
        ),
        (
            PackagePreview(
                lines=(),
                refused_packages=(
                    ("x.nqcpkg", Message(MSG_SIGNATURE_WRONG, {"file": "x", "sender": "NK01"})),
                ),
            ),
            "无可应用的内容：没有可以使用的交换包。",
        ),
    ],
    ids=["all-already-here", "all-refused", "no-usable-package"],
)
def test_nothing_to_apply_disables_apply_and_says_why(
    qtbot: QtBot, chinese: None, preview: PackagePreview, status: str
) -> None:
    dialog = shown(qtbot, preview)
    assert not dialog.apply_button.isEnabled()
    assert dialog.ui.statusLabel.text() == status
    dialog.apply_button.click()
    assert dialog.result() != QDialog.DialogCode.Accepted


def test_a_refused_record_beside_changes_says_the_rest_is_applied(
    qtbot: QtBot, chinese: None
) -> None:
    dialog = shown(qtbot, month_preview(wards=2))
    assert dialog.ui.statusLabel.text() == (
        "被拒绝的记录不会导入，本机上的这些记录保持不变；其他修改照常应用。"
        " “应用”导入其他交换包，不含被拒绝的包；被拒绝的包请让发送方重新发送。"
    )


@pytest.mark.parametrize("language", ["zh_CN", "en"])
def test_nothing_is_cut_off_at_1366x768(qtbot: QtBot, themed: QApplication, language: str) -> None:
    install_translators(language)
    dialog = shown(qtbot, month_preview(wards=20))
    assert dialog.width() <= WIDTH and dialog.height() <= HEIGHT
    found = [str(clipped) for clipped in clipped_texts(dialog)]
    assert found == [], "\n".join(found)
