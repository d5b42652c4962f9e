"""Every page at every font size (字体大小), in Chinese and English, on a 1366×768 screen: no text
is cut off (tests/ui/clipping.py says what counts as cut); and the checker finds a cut text."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtWidgets import (
    QApplication,
    QCheckBox,
    QComboBox,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)
from pytestqt.qtbot import QtBot

from nursingqc.i18n import install_translators
from nursingqc.services.container import Services
from nursingqc.ui.theme import FontSize, apply_theme
from tests.helpers import Hospital
from tests.ui.clipping import clipped_texts
from tests.ui.every_page import every_page


@pytest.fixture
def sized(themed: QApplication, request: pytest.FixtureRequest) -> Iterator[FontSize]:
    size: FontSize = request.param
    apply_theme(themed, size)
    yield size
    apply_theme(themed, FontSize.NORMAL)


def every_page_clipped(qtbot: QtBot, services: Services, hospital: Hospital) -> list[str]:
    return [
        f"{where}: {cut}"
        for where, window in every_page(qtbot, services, hospital)
        for cut in clipped_texts(window)
    ]


@pytest.mark.parametrize("sized", list(FontSize), indirect=True)
@pytest.mark.parametrize("language", ["zh_CN", "en"])
def test_no_page_cuts_a_text_at_1366x768(
    qtbot: QtBot, services: Services, month: Hospital, sized: FontSize, language: str
) -> None:
    install_translators(language)
    found = every_page_clipped(qtbot, services, month)
    assert found == [], "\n".join(found)


@pytest.mark.parametrize("sized", [FontSize.LARGER], indirect=True)
@pytest.mark.parametrize("language", ["zh_CN", "en"])
def test_no_page_of_a_twelve_ward_demo_month_cuts_a_text(
    qtbot: QtBot, services: Services, sized: FontSize, language: str
) -> None:
    """The demo hospital in week 3 (tools/guide_screenshots.py): longer lists and counts than
    the two-ward month ("194 items, 0 overdue" squeezed 整改's filters, "All ward")."""
    from nursingqc.services.demo import ADMIN_PASSWORD, DEMO_PASSWORD, create_demo
    from tools.guide_screenshots import evaluate_every_ward

    demo = create_demo(services, wards=12)
    evaluate_every_ward(services, demo)
    install_translators(language)
    actors = [
        services.accounts.login("admin", ADMIN_PASSWORD),
        services.accounts.login("nk01", DEMO_PASSWORD),
        services.accounts.login("zhikong1", DEMO_PASSWORD),
    ]
    found = [
        f"{where}: {cut}"
        for where, window in every_page(qtbot, services, actors)
        for cut in clipped_texts(window)
    ]
    assert found == [], "\n".join(found)


def every_dialog(services: Services, hospital: Hospital) -> list[QWidget]:
    """The dialogs of issue 15 (wards and accounts, campaigns, passwords, help) and those they
    lead to, as they first open."""
    from datetime import date

    from nursingqc.services.ward_import import AccountProposal
    from nursingqc.ui.dialogs.account import AccountDialog
    from nursingqc.ui.dialogs.campaign import CampaignDialog
    from nursingqc.ui.dialogs.deadline import DeadlineDialog
    from nursingqc.ui.dialogs.head_nurse_accounts import HeadNurseAccountsDialog
    from nursingqc.ui.dialogs.help import HelpWindow
    from nursingqc.ui.dialogs.password import PasswordDialog
    from nursingqc.ui.dialogs.reason import ReasonDialog
    from nursingqc.ui.dialogs.ward import WardDialog

    admin, wards = hospital.admin, services.wards.list_wards(hospital.admin)
    proposal = AccountProposal("EK01", "小儿呼吸与重症监护病区", "欧阳雪梅", "ek01")
    return [
        WardDialog(admin, services.wards, None, ["内科片", "外科片"]),
        AccountDialog(admin, services.accounts, wards),
        CampaignDialog(admin, services.campaigns, services.checklists, services.wards),
        PasswordDialog(services.accounts, hospital.nurse_a),
        PasswordDialog(services.accounts, hospital.nurse_a, first_password="secret123"),
        ReasonDialog("Reopen", "Why is the sheet reopened?"),
        DeadlineDialog("Delay", "New deadline", date(2026, 7, 10), date(2026, 7, 17)),
        HeadNurseAccountsDialog(proposals=[proposal]),
        HelpWindow(),
    ]


@pytest.mark.parametrize("sized", list(FontSize), indirect=True)
@pytest.mark.parametrize("language", ["zh_CN", "en"])
def test_no_dialog_cuts_a_text(
    qtbot: QtBot, services: Services, hospital: Hospital, sized: FontSize, language: str
) -> None:
    install_translators(language)
    found = []
    for dialog in every_dialog(services, hospital):
        qtbot.addWidget(dialog)
        dialog.show()
        qtbot.waitExposed(dialog)
        found += [f"{type(dialog).__name__}: {c}" for c in clipped_texts(dialog)]
        dialog.close()
    assert found == [], "\n".join(found)


NO_PARENT = QModelIndex()


class Titles(QAbstractTableModel):
    """One row, one column: a long cell, with or without the tooltip that says all of it."""

    def __init__(self, tooltip: bool) -> None:
        super().__init__()
        self.tooltip = tooltip

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = NO_PARENT) -> int:
        return 1

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = NO_PARENT) -> int:
        return 1

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = 0) -> object:
        text = "病区环境整洁，物品摆放整齐，无杂物堆放"
        if role == Qt.ItemDataRole.DisplayRole or (
            role == Qt.ItemDataRole.ToolTipRole and self.tooltip
        ):
            return text
        return None

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = 0) -> object:
        return "涉及护士的扣分" if role == Qt.ItemDataRole.DisplayRole else None


def shown(qtbot: QtBot, *widgets: QWidget) -> QWidget:
    window = QWidget()
    qtbot.addWidget(window)
    layout = QVBoxLayout(window)
    for widget in widgets:
        layout.addWidget(widget)
    window.resize(400, 300)
    window.show()
    qtbot.waitExposed(window)
    return window


def test_the_checker_finds_a_label_a_button_and_a_check_box_cut_short(
    qtbot: QtBot, themed: QApplication
) -> None:
    label, button, box = QLabel("待复查 12 项"), QPushButton("导入纸质评分"), QCheckBox("不适用")
    for widget in (label, button, box):
        widget.setObjectName("cut")
    window = shown(qtbot, label, button, box)
    assert clipped_texts(window) == []
    for widget in (label, button, box):
        widget.setFixedWidth(widget.sizeHint().width() - 6)
    QApplication.processEvents()
    assert sorted(c.text for c in clipped_texts(window)) == [
        "不适用",
        "导入纸质评分",
        "待复查 12 项",
    ]


def test_the_checker_finds_a_wrapped_label_without_the_height_it_needs(
    qtbot: QtBot, themed: QApplication
) -> None:
    label = QLabel("还没有推荐任何护士。请点“推荐护士”，填写姓名和推荐理由。" * 3)
    label.setWordWrap(True)
    window = shown(qtbot, label)
    assert clipped_texts(window) == []
    label.setFixedHeight(label.fontMetrics().height())
    QApplication.processEvents()
    assert [c.where for c in clipped_texts(window)] == ["QLabel#?"]


@pytest.mark.parametrize("sized", list(FontSize), indirect=True)
def test_the_checker_finds_a_combo_box_cut_short_but_not_one_sized_to_its_text(
    qtbot: QtBot, sized: FontSize
) -> None:
    combo = QComboBox()
    combo.setObjectName("cut")
    combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
    combo.addItem("NK01 心血管内科（5/5 表已提交）")
    window = shown(qtbot, combo)
    combo.setFixedWidth(combo.sizeHint().width())
    QApplication.processEvents()
    assert clipped_texts(window) == []
    combo.setFixedWidth(combo.sizeHint().width() - combo.fontMetrics().horizontalAdvance("交"))
    QApplication.processEvents()
    assert [c.where for c in clipped_texts(window)] == ["QComboBox#cut"]


@pytest.mark.parametrize("tooltip", [False, True])
def test_the_checker_finds_a_narrow_column_and_header_unless_a_tooltip_says_it_all(
    qtbot: QtBot, themed: QApplication, tooltip: bool
) -> None:
    view = QTableView()
    view.setObjectName("table")
    model = Titles(tooltip)
    view.setModel(model)
    window = shown(qtbot, view)
    view.resizeColumnsToContents()
    assert clipped_texts(window) == []
    view.setColumnWidth(0, 40)
    QApplication.processEvents()
    found = [c.where for c in clipped_texts(window)]
    expected = ["QTableView#table header 0"] + ([] if tooltip else ["QTableView#table cell (0, 0)"])
    assert found == expected


def test_the_checker_finds_a_cell_one_pixel_short_as_qt_elides_it(
    qtbot: QtBot, themed: QApplication
) -> None:
    """Qt's own fit counts the grid line drawn inside the cell; a pixel less and the text ends
    in "…" (the summary's "病房…" and "100.…")."""
    view = QTableView()
    view.setObjectName("table")
    view.setModel(Titles(tooltip=False))
    window = shown(qtbot, view)
    view.resizeColumnsToContents()
    assert clipped_texts(window) == []
    view.setColumnWidth(0, view.columnWidth(0) - 1)
    QApplication.processEvents()
    assert [c.where for c in clipped_texts(window)] == ["QTableView#table cell (0, 0)"]
