"""Reading a PDF back for the PDF tests: its text per page, its fonts, page 1 as pixels."""

from __future__ import annotations

from pathlib import Path

import pypdfium2
from fontTools.ttLib import TTCollection
from PIL import ImageStat
from pypdf import PdfReader
from pypdf.generic import DictionaryObject

from nursingqc.reports.pdf.fonts import font_path


def page_texts(path: Path) -> list[str]:
    return [page.extract_text() for page in PdfReader(path).pages]


def fonts(path: Path) -> list[DictionaryObject]:
    """Every font dictionary the pages use, descendant fonts of composite fonts included."""
    found: dict[int, DictionaryObject] = {}
    for page in PdfReader(path).pages:
        resources = page.get("/Resources")
        if resources is None:
            continue
        for reference in resources.get_object().get("/Font", {}).values():
            font = reference.get_object()
            found[id(font)] = font
            for descendant in font.get("/DescendantFonts", []):
                found[id(descendant.get_object())] = descendant.get_object()
    return list(found.values())


def drawn_glyph_codes() -> set[int]:
    """Code points the shipped font draws with an outline (fontTools' view of the file)."""
    face = TTCollection(str(font_path())).fonts[0]
    glyphs = face["glyf"]
    return {
        code
        for code, name in face.getBestCmap().items()
        if glyphs[name].numberOfContours != 0 or chr(code).isspace()
    }


def page_pixel_variance(path: Path, page: int = 0) -> float:
    document = pypdfium2.PdfDocument(path)
    try:
        image = document[page].render(scale=0.5).to_pil().convert("L")
    finally:
        document.close()
    return float(ImageStat.Stat(image).var[0])
