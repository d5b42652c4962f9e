"""Looks: the shipped Chinese font (a PC without one still shows text), icon and stylesheet, at
the font size the user chose on this PC (字体大小: normal, large, larger)."""

from __future__ import annotations

import re
from enum import StrEnum

from PySide6.QtCore import QSettings
from PySide6.QtGui import QFont, QFontDatabase, QIcon
from PySide6.QtWidgets import QApplication

from nursingqc.paths import resources_dir

SHIPPED_FONT = "wqy-microhei.ttc"
# Windows' own UI font first where it exists; the shipped font covers every other PC.
PREFERRED_FAMILIES = ["Microsoft YaHei UI", "Microsoft YaHei"]
POINT_SIZE = 10
#: Where QSettings keeps the chosen size: per Windows account, like the last user name.
FONT_SIZE_KEY = "appearance/font_size"
_POINTS = re.compile(r"(\d+(?:\.\d+)?)pt\b")


class FontSize(StrEnum):
    """字体大小: how much larger than normal every text of the program is drawn."""

    NORMAL = "normal"
    LARGE = "large"
    LARGER = "larger"

    @property
    def scale(self) -> float:
        return _SCALES[self]


# The largest still lets every page fit a 1366×768 screen (tests/ui/test_clipping.py).
_SCALES = {FontSize.NORMAL: 1.0, FontSize.LARGE: 1.15, FontSize.LARGER: 1.3}


def saved_font_size() -> FontSize:
    """The size chosen on this PC; normal when none was, or the stored value is not one."""
    value = str(QSettings().value(FONT_SIZE_KEY, FontSize.NORMAL.value) or "")
    try:
        return FontSize(value)
    except ValueError:
        return FontSize.NORMAL


def save_font_size(size: FontSize) -> None:
    QSettings().setValue(FONT_SIZE_KEY, size.value)


def scaled_stylesheet(stylesheet: str, scale: float) -> str:
    """Every ``pt`` size of the stylesheet (titles, the navigation) grows with the text."""
    return _POINTS.sub(lambda m: f"{round(float(m.group(1)) * scale, 1):g}pt", stylesheet)


def apply_theme(app: QApplication, size: FontSize | None = None) -> None:
    """The font and stylesheet at ``size`` (by default the saved one). Called again when the
    user picks another size: the application's font and stylesheet reach every widget, so no
    page or dialog sets a size of its own."""
    size = size or saved_font_size()
    families = list(PREFERRED_FAMILIES)
    font_id = QFontDatabase.addApplicationFont(str(resources_dir() / "fonts" / SHIPPED_FONT))
    if font_id >= 0:
        families += QFontDatabase.applicationFontFamilies(font_id)
    font = QFont()
    font.setFamilies(families)
    font.setPointSizeF(POINT_SIZE * size.scale)
    app.setFont(font)
    app.setWindowIcon(QIcon(str(resources_dir() / "icons" / "nursingqc.svg")))
    stylesheet = (resources_dir() / "styles" / "app.qss").read_text(encoding="utf-8")
    app.setStyleSheet(scaled_stylesheet(stylesheet, size.scale))
