"""帮助 and 字体大小: the shipped guide covers every page, F1 opens the page's section, the
screenshots are taken by a script, and the font size chosen is kept for the next start."""

from __future__ import annotations

import os
import re
import subprocess
import sys
from html.parser import HTMLParser
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from nursingqc.i18n import install_translators
from nursingqc.services.container import Services
from nursingqc.ui.dialogs.help import CONTENTS, PAGE_SECTIONS, HelpWindow, guide_dir
from nursingqc.ui.main_window import MainWindow
from nursingqc.ui.pages import PAGES
from nursingqc.ui.pages.rectification import RectificationPage
from nursingqc.ui.theme import FONT_SIZE_KEY, POINT_SIZE, FontSize, saved_font_size
from tests.helpers import ROOT, Hospital
from tests.ui.windows import page_of


class GuidePage(HTMLParser):
    """The anchors, links and pictures of one file of the guide."""

    def __init__(self, path: Path) -> None:
        super().__init__()
        self.anchors: set[str] = set()
        self.links: list[str] = []
        self.images: list[str] = []
        self.feed(path.read_text(encoding="utf-8"))

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        values = dict(attrs)
        if tag == "a" and values.get("name"):
            self.anchors.add(str(values["name"]))
        if tag == "a" and values.get("href"):
            self.links.append(str(values["href"]))
        if tag == "img":
            self.images.append(str(values.get("src")))


def guide_files() -> dict[str, GuidePage]:
    return {path.name: GuidePage(path) for path in sorted(guide_dir().glob("*.html"))}


def test_every_page_of_the_window_has_its_section_in_the_guide() -> None:
    files = guide_files()
    assert sorted(PAGE_SECTIONS) == sorted(page.key for page in PAGES)
    missing = []
    for key, section in PAGE_SECTIONS.items():
        name, _, anchor = section.partition("#")
        if name not in files or anchor not in files[name].anchors:
            missing.append(f"{key}: {section}")
    assert missing == []


def test_the_guide_has_a_page_per_week_and_one_for_getting_started() -> None:
    files = guide_files()
    for name in (CONTENTS, "start.html", "week1-self-check.html", "week2-rectification.html"):
        assert name in files
    assert {"week3-evaluation.html", "week4-summary.html", "department.html"} <= set(files)
    assert {"login", "shared-pc", "logout", "font-size"} <= files["start.html"].anchors


def test_every_link_and_picture_of_the_guide_is_there() -> None:
    files = guide_files()
    broken = []
    for name, page in files.items():
        for image in page.images:
            if not (guide_dir() / image).is_file():
                broken.append(f"{name}: {image}")
        for link in page.links:
            target, _, anchor = link.partition("#")
            target = target or name
            if target not in files or (anchor and anchor not in files[target].anchors):
                broken.append(f"{name}: {link}")
    assert broken == []
    assert sum(len(page.images) for page in files.values()) >= 8


def test_the_guide_names_no_button_the_chinese_program_does_not_have() -> None:
    """A few of the words a head nurse looks for on the screen, as the translation spells them."""
    translations = (ROOT / "resources/translations/nursingqc_zh_CN.ts").read_text(encoding="utf-8")
    guide = " ".join((guide_dir() / name).read_text(encoding="utf-8") for name in guide_files())
    for words in (
        "退出登录",
        "纸质与打印",
        "标记已整改",
        "复查未通过",
        "今天新建检查",
        "导入纸质评分",
    ):
        assert words in guide
        assert re.search(f"<translation>{words}", translations), words


@pytest.mark.qt_log_ignore("This plugin does not support raise")  # offscreen
@pytest.mark.parametrize("language", ["zh_CN", "en"])
def test_f1_opens_the_section_of_the_page_shown(
    qtbot: QtBot, services: Services, hospital: Hospital, language: str
) -> None:
    install_translators(language)
    window = MainWindow(services, hospital.nurse_a)
    qtbot.addWidget(window)
    window.show()
    window.show_page(page_of(window, RectificationPage))
    with qtbot.waitActive(window):
        window.activateWindow()
    window.ui.navigation.setFocus()
    qtbot.keyClick(window.ui.navigation, Qt.Key.Key_F1)
    help_window = window.help_window
    assert help_window is not None and help_window.isVisible()
    source = help_window.source()
    assert Path(source.toLocalFile()).name == "week2-rectification.html"
    assert source.fragment() == "rectification"
    assert "标记已整改" in help_window.ui.browser.toPlainText()
    assert help_window.ui.languageNote.isVisibleTo(help_window) is (language == "en")
    window.ui.actionGuide.trigger()
    assert Path(help_window.source().toLocalFile()).name == CONTENTS


def test_the_guide_is_a_white_page_not_a_grey_read_only_box(
    qtbot: QtBot, themed: QApplication
) -> None:
    """app.qss greys read-only boxes (a saved answer); the guide is read, whole pages of it."""
    help_window = HelpWindow()
    qtbot.addWidget(help_window)
    help_window.show()
    browser = help_window.ui.browser
    assert browser.isReadOnly()
    assert browser.palette().color(QPalette.ColorRole.Base) == QColor("white")
    assert browser.palette().color(QPalette.ColorRole.Text) == QColor("black")


def test_the_font_size_chosen_is_applied_and_kept_for_the_next_start(
    qtbot: QtBot, services: Services, hospital: Hospital, themed: QApplication
) -> None:
    window = MainWindow(services, hospital.admin)
    qtbot.addWidget(window)
    assert window.ui.actionFontNormal.isChecked()
    narrow = window.ui.navigationColumn.width()
    window.ui.actionFontLarger.trigger()
    try:
        assert QSettings().value(FONT_SIZE_KEY) == "larger"
        assert saved_font_size() is FontSize.LARGER
        assert themed.font().pointSizeF() == pytest.approx(POINT_SIZE * 1.3)
        assert "14.3pt" in themed.styleSheet()  # the navigation's 11pt grew with it
        assert window.ui.navigationColumn.width() > narrow
        again = MainWindow(services, hospital.admin)
        qtbot.addWidget(again)
        assert again.ui.actionFontLarger.isChecked()
        window.ui.actionFontNormal.trigger()
        assert window.ui.navigationColumn.width() == narrow
    finally:
        window.set_font_size(FontSize.NORMAL)


def test_a_stored_font_size_that_is_not_one_is_normal(qapp: QApplication) -> None:
    QSettings().setValue(FONT_SIZE_KEY, "huge")
    assert saved_font_size() is FontSize.NORMAL


@pytest.mark.timeout(300)  # the demo hospital, a month's evaluation and eight windows
def test_the_screenshot_script_takes_every_picture_the_guide_shows(tmp_path: Path) -> None:
    done = subprocess.run(
        [sys.executable, "-m", "tools.guide_screenshots", "--out", str(tmp_path)],
        cwd=ROOT,
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen"},
        capture_output=True,
        text=True,
        timeout=240,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    shown = {Path(image).name for page in guide_files().values() for image in page.images}
    taken = {path.name for path in tmp_path.glob("*.png")}
    assert shown <= taken
    from PIL import Image

    with Image.open(tmp_path / "ranking.png") as picture:
        assert picture.size == (1366, 768)
