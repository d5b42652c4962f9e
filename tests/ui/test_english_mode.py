"""English mode (--lang en): a sidebar that fits its titles, English punctuation, "this week"."""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET

import pytest
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from nursingqc.i18n import install_translators, translations_dir
from nursingqc.paths import resources_dir
from nursingqc.services.container import Services
from nursingqc.ui.main_window import MainWindow
from nursingqc.ui.pages.home import HomePage
from tests.helpers import Hospital
from tests.ui.windows import page_of

# Full-width forms （），：；！？, CJK punctuation 、。「」 and the curly double quotes that a
# Chinese font draws full-width: they belong in the translation, never in the English source.
CHINESE_PUNCTUATION = re.compile("[\u3000-\u303f\uff00-\uffef\u201c\u201d]")


def navigation_item_padding() -> int:
    """Left plus right padding of a navigation item, read from the stylesheet that sets it."""
    stylesheet = (resources_dir() / "styles" / "app.qss").read_text(encoding="utf-8")
    match = re.search(r"#navigation::item\s*\{\s*padding:\s*(\d+)px\s+(\d+)px", stylesheet)
    assert match, "the navigation item padding moved in app.qss"
    return 2 * int(match.group(2))


@pytest.mark.parametrize("language", ["en", "zh_CN"])
def test_every_navigation_title_fits_the_sidebar_at_1366x768(
    qtbot: QtBot, services: Services, hospital: Hospital, themed: QApplication, language: str
) -> None:
    install_translators(language)
    try:
        window = MainWindow(services, hospital.admin)
        qtbot.addWidget(window)
        window.resize(1366, 768)
        window.show()
        qtbot.waitExposed(window)
        navigation = window.ui.navigation
        metrics = navigation.fontMetrics()
        titles = [navigation.item(row).text() for row in range(navigation.count())]
        assert len(titles) == len(window.page_classes) >= 9
        clipped = [
            title
            for title in titles
            if metrics.horizontalAdvance(title) + navigation_item_padding()
            > navigation.viewport().width()
        ]
        assert clipped == []
        assert window.ui.logoutButton.width() >= window.ui.logoutButton.sizeHint().width()
    finally:
        install_translators("en")


def test_no_english_source_string_has_chinese_punctuation() -> None:
    tree = ET.parse(f"{translations_dir()}/nursingqc_zh_CN.ts")
    offending = [
        f"{context.findtext('name')}: {message.findtext('source')}"
        for context in tree.getroot().iter("context")
        for message in context.iter("message")
        if CHINESE_PUNCTUATION.search(message.findtext("source") or "")
    ]
    assert offending == []


def test_the_home_timeline_says_this_week_in_english(
    qtbot: QtBot, services: Services, hospital: Hospital
) -> None:
    window = MainWindow(services, hospital.nurse_a, today=lambda: hospital.campaign.starts_on)
    qtbot.addWidget(window)
    names = [box.accessibleName() for box in page_of(window, HomePage).timeline.boxes]
    assert names == [
        "Self-check Open · this week",
        "Rectification Not started",
        "Evaluation Not started",
        "Summary Not started",
    ]
