"""Looks: the shipped Chinese font (a PC without one still shows text), icon and stylesheet."""

from __future__ import annotations

from PySide6.QtGui import QFont, QFontDatabase, QIcon
from PySide6.QtWidgets import QApplication

from nursingqc.paths import resources_dir

SHIPPED_FONT = "wqy-microhei.ttc"
# Windows' own UI font first where it exists; the shipped font covers every other PC.
PREFERRED_FAMILIES = ["Microsoft YaHei UI", "Microsoft YaHei"]
POINT_SIZE = 10


def apply_theme(app: QApplication) -> None:
    families = list(PREFERRED_FAMILIES)
    font_id = QFontDatabase.addApplicationFont(str(resources_dir() / "fonts" / SHIPPED_FONT))
    if font_id >= 0:
        families += QFontDatabase.applicationFontFamilies(font_id)
    font = QFont()
    font.setFamilies(families)
    font.setPointSize(POINT_SIZE)
    app.setFont(font)
    app.setWindowIcon(QIcon(str(resources_dir() / "icons" / "nursingqc.svg")))
    stylesheet = resources_dir() / "styles" / "app.qss"
    app.setStyleSheet(stylesheet.read_text(encoding="utf-8"))
