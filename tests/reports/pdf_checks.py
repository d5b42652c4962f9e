"""Reading a PDF back for the PDF tests: its text per page, its fonts, page 1 as pixels."""

from __future__ import annotations

import itertools
import random
from pathlib import Path

import pypdfium2
import pytest
from fontTools.ttLib import TTCollection
from PIL import ImageStat
from pypdf import PdfReader
from pypdf.generic import DictionaryObject
from reportlab.platypus import Flowable

from nursingqc.domain.notices import NoticeData
from nursingqc.reports.pdf import notice as notice_module
from nursingqc.reports.pdf.fonts import font_path
from nursingqc.reports.pdf.layout import Styles


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


def is_composite(font: DictionaryObject) -> bool:
    """A Type0 font: its descendant font carries the descriptor."""
    return str(font["/Subtype"]) == "/Type0"


def embeds_its_file(font: DictionaryObject) -> bool:
    """The font's TrueType file is inside the PDF (a PC without the font prints it the same)."""
    descriptor = font["/FontDescriptor"].get_object()
    return isinstance(descriptor, DictionaryObject) and "/FontFile2" in descriptor


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


#: What people type and import: Chinese, digits, Latin words, punctuation, markup characters,
#: line breaks, a character the font lacks, and unbreakable runs such as an address or an ID.
_PIECES = (
    "床头柜积灰，治疗车下层物品杂乱",
    "交接班未落实；",
    "3床",
    "（见附件）",
    "<b>&amp;</b> & < >",
    "\n",
    "\n\n",
    "Vital signs not recorded q4h. ",
    "𠀀",
    "体温37℃",
    "http://hospital.example/quality/ward/" + "x" * 80,
    "1234567890" * 12,
    "——————" * 10,
    "！" * 40,
)


def random_text(rng: random.Random, length: int) -> str:
    """A text of about ``length`` characters made of what real texts contain, ending in a mark
    (``（完）``) a test can look for on the last page."""
    pieces: list[str] = []
    size = 0
    while size < length:
        piece = rng.choice(_PIECES)
        pieces.append(piece)
        size += len(piece)
    return "".join(pieces)[:length] + "（完）"


def ink_outside(path: Path, page: int, margin_points: float) -> int:
    """How many pixels (at 72 dpi) of ``page`` within ``margin_points`` of its edge are not white:
    text that ran past the layout's frame or border."""
    document = pypdfium2.PdfDocument(path)
    try:
        image = document[page].render(scale=1).to_pil().convert("L")
    finally:
        document.close()
    width, height = image.size
    margin = int(margin_points)
    strips = (
        (0, 0, margin, height),
        (width - margin, 0, width, height),
        (0, 0, width, margin),
        (0, height - margin, width, height),
    )
    return sum(sum(image.crop(box).histogram()[:200]) for box in strips)


def overlapping_characters(path: Path, page: int, below: float) -> list[tuple[str, str]]:
    """Pairs of characters of ``page`` lower than ``below`` points from its bottom edge (the
    footer) drawn over each other: two texts run into each other."""
    document = pypdfium2.PdfDocument(path)
    try:
        text = document[page].get_textpage()
        boxes = []
        for index in range(text.count_chars()):
            left, _, right, top = text.get_charbox(index)
            character = text.get_text_range(index, 1)
            if top < below and not character.isspace():
                boxes.append((left, right, character))
    finally:
        document.close()
    boxes.sort()
    return [
        (first[2], second[2])
        for first, second in itertools.pairwise(boxes)
        if second[0] < first[1] - 0.5
    ]


def text_lines(path: Path, page: int) -> list[str]:
    """The characters of ``page`` on each baseline, left to right: a line across the page
    (a table's row, cell after cell) as one string."""
    document = pypdfium2.PdfDocument(path)
    try:
        text = document[page].get_textpage()
        rows: dict[int, list[tuple[float, str]]] = {}
        for index in range(text.count_chars()):
            # The loose box: from the font's descent to its ascent, the same for "（" and "N".
            left, bottom, _, _ = text.get_charbox(index, loose=True)
            character = text.get_text_range(index, 1)
            if not character.isspace():
                rows.setdefault(round(bottom), []).append((left, character))
    finally:
        document.close()
    return ["".join(c for _, c in sorted(row)) for _, row in sorted(rows.items(), reverse=True)]


def break_notice_of(monkeypatch: pytest.MonkeyPatch, ward_code: str) -> None:
    """Makes building the notice of ``ward_code`` fail, as a fault in its data would."""
    real_story = notice_module._notice_story

    def story(notice: NoticeData, styles: Styles) -> list[Flowable]:
        if notice.ward_code == ward_code:
            raise ValueError(f"the notice of {ward_code} cannot be built")
        return real_story(notice, styles)

    monkeypatch.setattr(notice_module, "_notice_story", story)
