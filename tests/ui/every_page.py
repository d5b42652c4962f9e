"""Walks every page of the main window, as each kind of user sees it, and every tab of each page:
the checks that hold on every screen (nothing cut, read-only boxes look so) look at each."""

from __future__ import annotations

from collections.abc import Iterator, Sequence

from PySide6.QtWidgets import QApplication, QTabWidget
from pytestqt.qtbot import QtBot

from nursingqc.domain.accounts import Actor
from nursingqc.services.container import Services
from nursingqc.ui.main_window import MainWindow
from tests.helpers import Hospital

#: A maximised window on a 1366×768 screen, below the title bar and above the Windows taskbar.
WIDTH, HEIGHT = 1366, 700


def every_page(
    qtbot: QtBot, services: Services, hospital: Hospital | Sequence[Actor]
) -> Iterator[tuple[str, MainWindow]]:
    """(where, window) with each page shown in turn for the department, a head nurse and an
    inspector (or the ``actors`` given), and each tab of a page (总结's 概况 and 优秀护士, 整改's
    photos): what a tab not shown first holds is as real."""
    actors = (
        (hospital.admin, hospital.nurse_a, hospital.inspector)
        if isinstance(hospital, Hospital)
        else hospital
    )
    for actor in actors:
        window = MainWindow(services, actor)
        qtbot.addWidget(window)
        window.resize(WIDTH, HEIGHT)
        window.show()
        qtbot.waitExposed(window)
        for row in range(window.ui.navigation.count()):
            window.ui.navigation.setCurrentRow(row)
            QApplication.processEvents()
            title = f"{actor.username} {window.ui.navigation.item(row).text()}"
            yield title, window
            page = window.ui.pages.currentWidget()
            assert page is not None
            for tabs in page.findChildren(QTabWidget):
                if not tabs.isVisibleTo(window):
                    continue
                first = tabs.currentIndex()
                for tab in range(tabs.count()):
                    if tab == first or not tabs.isTabEnabled(tab):
                        continue
                    tabs.setCurrentIndex(tab)
                    QApplication.processEvents()
                    yield f"{title} / {tabs.tabText(tab)}", window
                tabs.setCurrentIndex(first)
        window.close()
