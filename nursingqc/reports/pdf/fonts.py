"""The Chinese font every PDF uses: the shipped WenQuanYi Micro Hei, embedded and subset.

reportlab's built-in ``STSong-Light`` is not embedded (a PC without a Chinese font shows boxes), so
the documents use the TrueType font in ``resources/fonts/`` instead. reportlab embeds only the
glyphs a document uses. A character the font has no drawing for prints as a silent gap, so
:func:`printable` replaces the ones with a sensible stand-in (℃ → °C) and marks the rest with □.
"""

from __future__ import annotations

import threading
from functools import lru_cache
from pathlib import Path

from reportlab.lib.fonts import addMapping
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

from nursingqc.paths import resources_dir

FONT_NAME = "WenQuanYiMicroHei"
FONT_FILE = "wqy-microhei.ttc"

#: Shown instead of a character the font cannot draw, so the reader sees that something is missing.
MISSING_MARK = "□"

#: Characters the font maps to an empty drawing, and what prints instead.
SUBSTITUTES = {
    "℃": "°C",
    "℉": "°F",
    "\u212b": "\u00c5",  # Ångström sign → the letter Å
    "Ⅴ": "V",
    "Ⅹ": "X",
    "∼": "~",
    "‾": "¯",
    "ǎ": "a",
    "ǐ": "i",
    "ǒ": "o",
    "ǔ": "u",
    "ǘ": "ü",
    "ǚ": "ü",
    "ǜ": "ü",
    "ˊ": "´",
    "ˋ": "`",
    "ㅤ": " ",
    # Invisible formatting characters pasted from web pages and Word: drop them.
    "\u0000": "",
    "\u200b": "",
    "\u200c": "",
    "\u200d": "",
    "\u200e": "",
    "\u200f": "",
    "\u202a": "",
    "\u202b": "",
    "\u202c": "",
    "\u202d": "",
    "\u202e": "",
    "\ufeff": "",
}

_register_lock = threading.Lock()


def font_path() -> Path:
    return resources_dir() / "fonts" / FONT_FILE


def register_font() -> str:
    """Registers the font with reportlab once per process and returns its name.

    Bold and italic map to the same face (there is none other): ``<b>`` in a paragraph then keeps
    the Chinese font instead of falling back to Helvetica, which has no Chinese at all.
    """
    with _register_lock:
        if FONT_NAME not in pdfmetrics.getRegisteredFontNames():
            pdfmetrics.registerFont(TTFont(FONT_NAME, str(font_path()), subfontIndex=0))
            for bold in (0, 1):
                for italic in (0, 1):
                    addMapping(FONT_NAME, bold, italic, FONT_NAME)
    return FONT_NAME


@lru_cache(maxsize=1)
def drawable_characters() -> frozenset[int]:
    """Code points the font draws with at least one outline, plus the spaces."""
    face = pdfmetrics.getFont(register_font()).face
    # A glyph whose slice of the glyf table is empty has no outline: reportlab keeps the offsets.
    offsets = face.glyphPos
    return frozenset(
        code
        for code, glyph in face.charToGlyph.items()
        if offsets[glyph + 1] > offsets[glyph] or chr(code).isspace()
    )


def printable(text: str) -> str:
    """``text`` with every character the font cannot draw substituted or marked with □."""
    drawable = drawable_characters()
    if drawable.issuperset(map(ord, text)):
        return text
    return "".join(
        character
        if ord(character) in drawable or character in "\n\t"
        else SUBSTITUTES.get(character, MISSING_MARK)
        for character in text
    )
