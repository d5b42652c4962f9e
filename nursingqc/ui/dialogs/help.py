"""帮助: the user guide shipped with the program (``resources/guide/``), in a window of its own.

The guide is HTML that ``QTextBrowser`` shows (PySide6-Essentials has no web engine): one file
per week of the month and one for getting started, each page of the main window a section of
one of them (``PAGE_SECTIONS``), so that F1 opens the section of the page the user is on. Its
screenshots are taken by ``tools/guide_screenshots.py`` on the demo hospital.

The guide is written in Chinese; the English program shows it with a note saying so.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QLocale, Qt, QUrl
from PySide6.QtWidgets import QWidget

from nursingqc.paths import resources_dir
from nursingqc.ui.forms.ui_help_view import Ui_HelpWindow

#: The guide's first page: what the month is, and the way to every other page.
CONTENTS = "index.html"

#: Each page of the main window (``Page.key``) and where the guide explains it.
PAGE_SECTIONS: dict[str, str] = {
    "home": "start.html#home",
    "self_check": "week1-self-check.html#self-check",
    "rectification": "week2-rectification.html#rectification",
    "evaluation": "week3-evaluation.html#evaluation",
    "evaluation_board": "week3-evaluation.html#evaluation-board",
    "ranking": "week3-evaluation.html#ranking",
    "my_results": "week4-summary.html#my-results",
    "summary": "week4-summary.html#summary",
    "campaigns": "department.html#campaigns",
    "checklists": "department.html#checklists",
    "wards_accounts": "department.html#wards-accounts",
    "exchange": "department.html#exchange",
    "audit_log": "department.html#audit-log",
}


def guide_dir() -> Path:
    return resources_dir() / "guide"


def section_url(section: str) -> QUrl:
    """``file.html#anchor`` of the guide as the browser opens it."""
    name, _, anchor = section.partition("#")
    url = QUrl.fromLocalFile(str(guide_dir() / name))
    if anchor:
        url.setFragment(anchor)
    return url


class HelpWindow(QWidget):
    """One window for the whole session: F1 on another page moves it to that page's section."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_HelpWindow()
        self.ui.setupUi(self)
        # A window of its own, beside the main window, yet closed with it.
        self.setWindowFlag(Qt.WindowType.Window)
        browser = self.ui.browser
        browser.setSearchPaths([str(guide_dir())])
        self.ui.languageNote.setVisible(QLocale().language() != QLocale.Language.Chinese)
        self.ui.backButton.clicked.connect(browser.backward)
        self.ui.forwardButton.clicked.connect(browser.forward)
        self.ui.contentsButton.clicked.connect(lambda: self.show_section(CONTENTS))
        self.ui.closeButton.clicked.connect(self.close)
        browser.backwardAvailable.connect(self.ui.backButton.setEnabled)
        browser.forwardAvailable.connect(self.ui.forwardButton.setEnabled)
        self.ui.backButton.setEnabled(False)
        self.ui.forwardButton.setEnabled(False)

    def show_section(self, section: str) -> None:
        """Opens ``section`` (``file.html#anchor``) and brings the window to the front."""
        self.ui.browser.setSource(section_url(section))
        self.show()
        self.raise_()
        self.activateWindow()

    def source(self) -> QUrl:
        return self.ui.browser.source()
