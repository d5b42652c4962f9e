"""What every NursingQC PDF shares: A4 pages, paragraph styles, per-part page numbers, safe writing.

A PDF is a sequence of *parts* (one ward's notice, one ward's blank checklist), each starting on a
new page and numbered on its own — "第 1 页 共 2 页" — so a part printed from a long file can be
handed to its ward complete. Parts are laid out ``CHUNK_PARTS`` at a time, each chunk a PDF in
memory and then a temporary file, and the chunks are joined (``joined.py``) into the target only
when all are laid out, so a cancelled or failed build never leaves a half-written PDF behind and
memory does not grow with the number of parts.

A part that cannot be laid out (a flowable taller than a page that cannot split, or a fault while
building it) never stops the others: its pages are replaced by one page naming it, the fault goes
to the log with its traceback, and the caller learns which parts were left out (``Written.failed``).
"""

from __future__ import annotations

import io
import itertools
import logging
import tempfile
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from pathlib import Path
from typing import Any, TypeAlias
from xml.sax.saxutils import escape

from reportlab import rl_config
from reportlab.lib import colors, textsplit
from reportlab.lib.enums import TA_CENTER
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import (
    BaseDocTemplate,
    Flowable,
    Frame,
    PageBreak,
    PageTemplate,
    Paragraph,
    paragraph,
)

from nursingqc.domain.errors import QT_TRANSLATE_NOOP, ValidationError
from nursingqc.reports.excel.workbooks import Progress
from nursingqc.reports.files import Output, Streamed, write_file, write_streamed
from nursingqc.reports.pdf.fonts import printable, register_font
from nursingqc.reports.pdf.joined import join_pdfs

PAGE_WIDTH, PAGE_HEIGHT = A4
MARGIN = 18 * mm
FOOTER_Y = 10 * mm
#: The width tables and paragraphs are laid out in.
BODY_WIDTH = PAGE_WIDTH - 2 * MARGIN

GRID = colors.HexColor("#4d4d4d")
HEADER_FILL = colors.HexColor("#e8e8e8")
SECTION_FILL = colors.HexColor("#f3f3f3")
FOOTER_GREY = colors.HexColor("#666666")

log = logging.getLogger(__name__)

#: Every part of a document failed to lay out (a one-part document: the summary, the ranking).
MSG_CANNOT_LAY_OUT = QT_TRANSLATE_NOOP(
    "Errors",
    "{title} could not be laid out ({parts}), so no file was written. Details are in the log "
    "file; show it to IT.",
)


class _Cancelled(Exception):
    """progress() returned False."""


@dataclass(frozen=True)
class Styles:
    body: ParagraphStyle
    cell: ParagraphStyle
    cell_center: ParagraphStyle
    numbered: ParagraphStyle
    header_cell: ParagraphStyle
    hospital: ParagraphStyle
    title: ParagraphStyle
    subtitle: ParagraphStyle
    heading: ParagraphStyle
    small: ParagraphStyle


#: Chinese punctuation that must not begin a line; reportlab's own list (Japanese) lacks these.
CHINESE_CANNOT_START = "，；：！？、。）》〉」』】〕”’％·…"


def _keep_punctuation_off_line_starts() -> None:
    # reportlab's CJK wrapping hangs a character from its list at the end of the line instead of
    # starting the next line with it; both of its wrapping paths read the list as a module global.
    for module in (paragraph, textsplit):
        missing = "".join(c for c in CHINESE_CANNOT_START if c not in module.ALL_CANNOT_START)
        module.ALL_CANNOT_START += missing


#: Each character's width, by font and size: what ``textsplit.getCharWidths`` asks for.
_char_widths: dict[tuple[str, float], dict[str, float]] = {}


def _remembered_char_widths(word: str, font_name: str, font_size: float) -> list[float]:
    """``textsplit.getCharWidths`` from a table: the same widths (each measured once).

    reportlab's CJK line breaker measures a line's every character with ``stringWidth`` (four
    Python calls each); a ward's answers of 2,000 characters made that most of a notice's time.
    """
    known = _char_widths.setdefault((font_name, font_size), {})
    return [
        known[c] if c in known else known.setdefault(c, stringWidth(c, font_name, font_size))
        for c in word
    ]


def _text_width(value: str, style: ParagraphStyle) -> float:
    """``stringWidth`` of ``value`` in ``style``'s font, from the table of character widths: a
    cell's or a paragraph's whole text is measured character by character in Python otherwise."""
    return sum(_remembered_char_widths(value, style.fontName, style.fontSize))


def _measure_characters_once() -> None:
    # wordSplit, the CJK breaker's inner loop, reads getCharWidths as a module global.
    textsplit.getCharWidths = _remembered_char_widths


def _binary_streams() -> None:
    # reportlab encodes every compressed stream as ASCII85 for 7-bit channels no PDF of ours
    # passes through: a tenth of a notice's time (in Python) and a quarter more bytes.
    rl_config.useA85 = 0


def make_styles() -> Styles:
    font = register_font()
    _keep_punctuation_off_line_starts()
    _measure_characters_once()
    _binary_streams()
    body = ParagraphStyle(
        "body", fontName=font, fontSize=10.5, leading=16, wordWrap="CJK", spaceAfter=2
    )
    cell = ParagraphStyle("cell", parent=body, fontSize=9.5, leading=13, spaceAfter=0)
    return Styles(
        body=body,
        cell=cell,
        cell_center=ParagraphStyle("cell_center", parent=cell, alignment=TA_CENTER),
        # "1. …" with the wrapped lines under the text, not under the number.
        numbered=ParagraphStyle("numbered", parent=cell, leftIndent=11, firstLineIndent=-11),
        header_cell=ParagraphStyle("header_cell", parent=cell, alignment=TA_CENTER),
        hospital=ParagraphStyle(
            "hospital", parent=body, fontSize=15, leading=20, alignment=TA_CENTER
        ),
        title=ParagraphStyle(
            "title", parent=body, fontSize=20, leading=28, alignment=TA_CENTER, spaceAfter=4
        ),
        subtitle=ParagraphStyle(
            "subtitle", parent=body, fontSize=10.5, leading=15, alignment=TA_CENTER, spaceAfter=6
        ),
        heading=ParagraphStyle(
            "heading", parent=body, fontSize=12, leading=18, spaceBefore=10, spaceAfter=4
        ),
        small=ParagraphStyle("small", parent=body, fontSize=9, leading=13, textColor=FOOTER_GREY),
    )


def plain_cells(font_size: float = 9.5) -> list[tuple[object, ...]]:
    """Table style for cells given as plain strings: the Chinese font, centred.

    Short fixed text (labels, numbers, dates) goes into tables as strings, which reportlab draws
    directly; a Paragraph costs a markup parse and a wrap per cell and is kept for text that wraps.
    """
    return [
        ("FONTNAME", (0, 0), (-1, -1), register_font()),
        ("FONTSIZE", (0, 0), (-1, -1), font_size),
        ("LEADING", (0, 0), (-1, -1), font_size * 1.35),
        ("ALIGN", (0, 0), (-1, -1), "CENTER"),
    ]


def text(value: str) -> str:
    """User text made safe for a paragraph: markup escaped, line breaks kept, gaps substituted."""
    return escape(printable(value)).replace("\r\n", "\n").replace("\n", "<br/>")


class WrappedText(Paragraph):  # type: ignore[misc]
    """A Paragraph that breaks its lines once per width.

    platypus wraps a paragraph again at every step that asks its height: the row pieces, the
    table's row heights, the frame, a block kept together, the draw — five or six times for the
    same width, each running the CJK line breaker over the whole text. The pieces split off it
    are WrappedTexts too (``split`` makes them of the same class).
    """

    _breaks: tuple[tuple[float, ...], Any] | None = None

    def breakLinesCJK(self, widths: Sequence[float]) -> Any:
        key = tuple(widths)
        if self._breaks is None or self._breaks[0] != key:
            self._breaks = (key, super().breakLinesCJK(widths))
        return self._breaks[1]


#: reportlab's default left plus right padding inside a table cell.
CELL_PADDING = 12


def cell(value: str, style: ParagraphStyle, width: float) -> WrappedText | str:
    """A table cell ``width`` wide: the plain string when it fits on one line, else a Paragraph.

    Most cells are short; a plain string is drawn in a fraction of a Paragraph's time (see
    :func:`plain_cells` for the table style it needs: the font, and the column's alignment).
    """
    shown = printable(value)
    if "\n" not in shown and _text_width(shown, style) <= width - CELL_PADDING:
        return shown
    return WrappedText(text(value), style)


def ward_label(name: str, code: str) -> str:
    """How documents name a ward: 心血管内科（NK01）."""
    return f"{name}（{code}）"


def ward_cell(name: str, code: str, style: ParagraphStyle, width: float) -> WrappedText | str:
    """:func:`cell` of the ward's label, its code and brackets kept on one line.

    The CJK line breaker cuts between any two characters, so a long name left "（NK0" at a line's
    end and "001）" on the next, or the bracket alone; here the name is broken into lines as the
    breaker would, and the bracketed code goes on its last line when it fits there, else on a
    line of its own.
    """
    label = ward_label(name, code)
    # A character short of the cell: the breaker hangs a closing bracket past a line's end,
    # and the paragraph would break such a line once more.
    inner = width - CELL_PADDING - style.fontSize
    code_part = printable(f"（{code}）")
    if _text_width(printable(label), style) <= width - CELL_PADDING or (
        _text_width(code_part, style) > inner
    ):
        return cell(label, style, width)  # one line, or a column narrower than the code itself
    lines = [
        piece
        for _, piece in textsplit.wordSplit(printable(name), inner, style.fontName, style.fontSize)
    ]
    if _text_width(lines[-1] + code_part, style) <= inner:
        lines[-1] += code_part
    else:
        lines.append(code_part)
    return WrappedText(text("\n".join(lines)), style)


#: What a table cell holds: a plain string, a paragraph, or paragraphs one under the other.
Cell: TypeAlias = "str | Flowable | list[Flowable]"

#: No table row grows taller than this: a longer cell goes on in rows below it. reportlab cannot
#: place a row taller than the page at all, and splitting one inside a row fails for rows of
#: several pages (the whole document then fails).
MAX_ROW_HEIGHT = 0.25 * (PAGE_HEIGHT - 2 * MARGIN)


def _pieces(flowable: Flowable, width: float) -> list[Flowable]:
    """``flowable`` cut into pieces each at most MAX_ROW_HEIGHT tall."""
    inner = width - CELL_PADDING
    pieces: list[Flowable] = []
    rest = flowable
    while True:
        # A WrappedText keeps its lines: the cell's and the table's wraps at this width reuse
        # them, so measuring a short cell here costs nothing more.
        _, height = rest.wrap(inner, MAX_ROW_HEIGHT)
        parts = rest.split(inner, MAX_ROW_HEIGHT) if height > MAX_ROW_HEIGHT else []
        if len(parts) < 2:
            return [*pieces, rest]
        pieces.append(parts[0])
        rest = parts[1]


def _cell_pieces(value: Cell, width: float) -> list[Cell]:
    """A cell's content as the cells of consecutive rows, none taller than MAX_ROW_HEIGHT."""
    if isinstance(value, str):
        return [value]
    flowables = value if isinstance(value, list) else [value]
    groups: list[Cell] = []
    group: list[Flowable] = []
    room = MAX_ROW_HEIGHT
    for flowable in flowables:
        for piece in _pieces(flowable, width):
            _, height = piece.wrap(width - CELL_PADDING, MAX_ROW_HEIGHT)
            if group and height > room:
                groups.append(group)
                group, room = [], MAX_ROW_HEIGHT
            group.append(piece)
            room -= height
    if group:
        groups.append(group)
    if not isinstance(value, list):
        return [group[0] if len(group) == 1 else group for group in groups if group]
    return groups


def row_pieces(row: Sequence[Cell], widths: Sequence[float]) -> list[list[Cell]]:
    """One logical table row as as many rows as its longest cell needs; the other cells are
    empty in the rows that continue it."""
    columns = [_cell_pieces(value, width) for value, width in zip(row, widths, strict=True)]
    depth = max(len(column) for column in columns)
    return [
        [column[index] if index < len(column) else "" for column in columns]
        for index in range(depth)
    ]


def chinese_date(day: date) -> str:
    """2026年7月6日, as rules §11.3 writes dates in documents."""
    return f"{day.year}年{day.month}月{day.day}日"


def points(value: Decimal) -> str:
    """Points and deductions as a reader writes them: 5, 0.5 (never 5.0 or 0.50)."""
    normalized = value.normalize()
    return f"{normalized:f}" if normalized == normalized.to_integral() else str(normalized)


class PartStart(Flowable):  # type: ignore[misc]
    """Marks where a part begins: the canvas learns its footer label; progress is reported."""

    def __init__(self, label: str, on_draw: Callable[[], None]) -> None:
        super().__init__()
        self.label = label
        self._on_draw = on_draw
        self.width = self.height = 0

    def wrap(self, available_width: float, available_height: float) -> tuple[float, float]:
        return 0, 0

    def draw(self) -> None:
        self.canv.part_label = self.label
        self.canv.part_index += 1
        self._on_draw()


#: reportlab's padding inside a frame, on each side.
FRAME_PADDING = 6

#: A wide gap inside a line of plain text (two ideographic spaces).
GAP = "\u3000\u3000"


class Line(Flowable):  # type: ignore[misc]
    """One line of text that fits the width: drawn straight onto the canvas.

    Headings, titles and signature lines are most of a notice's text; a Paragraph would parse
    markup and run the CJK line breaker for each, which cost more than the problems table.
    """

    def __init__(self, value: str, style: ParagraphStyle) -> None:
        super().__init__()
        self._text = value
        self.style = style
        self.spaceBefore = style.spaceBefore
        self.spaceAfter = style.spaceAfter

    def wrap(self, available_width: float, available_height: float) -> tuple[float, float]:
        self.width = available_width
        self.height = self.style.leading
        return self.width, self.height

    def draw(self) -> None:
        # The baseline where a one-line Paragraph in the same style puts it.
        baseline = self.height - self.style.fontSize
        self.canv.setFont(self.style.fontName, self.style.fontSize)
        self.canv.setFillColor(self.style.textColor)
        if self.style.alignment == TA_CENTER:
            self.canv.drawCentredString(self.width / 2, baseline, self._text)
        else:
            self.canv.drawString(0, baseline, self._text)


def line(value: str, style: ParagraphStyle, width: float = BODY_WIDTH) -> Flowable:
    """Plain ``value`` as a :class:`Line` when it fits on one line, else as a wrapping Paragraph."""
    shown = printable(value)
    if "\n" not in shown and _text_width(shown, style) <= width:
        return Line(shown, style)
    return WrappedText(text(value), style)


class Block(Flowable):  # type: ignore[misc]
    """Flowables kept together on one page, like platypus's KeepTogether, but wrapped once.

    KeepTogether wraps its content to measure it and the frame wraps it again to draw it; with
    a notice's forms that doubled the layout time. A block taller than a whole page flows as
    its parts instead.
    """

    def __init__(self, flowables: list[Flowable]) -> None:
        super().__init__()
        self._content = flowables
        self._wrapped_width: float | None = None
        self._heights: list[tuple[float, float, float]] = []  # before, height, after

    def getSpaceBefore(self) -> float:
        return float(self._content[0].getSpaceBefore())

    def getSpaceAfter(self) -> float:
        return float(self._content[-1].getSpaceAfter())

    def wrap(self, available_width: float, available_height: float) -> tuple[float, float]:
        if self._wrapped_width != available_width:
            last = len(self._content) - 1
            # The frame adds the space before the first flowable and after the last one.
            self._heights = [
                (
                    flowable.getSpaceBefore() if index else 0,
                    flowable.wrapOn(self.canv, available_width, PAGE_HEIGHT)[1],
                    flowable.getSpaceAfter() if index < last else 0,
                )
                for index, flowable in enumerate(self._content)
            ]
            self._wrapped_width = available_width
        self.width = available_width
        self.height = sum(before + height + after for before, height, after in self._heights)
        return self.width, self.height

    def split(self, available_width: float, available_height: float) -> list[Flowable]:
        self.wrap(available_width, available_height)
        first_height = self._heights[0][1]
        # A whole page is the frame inside its padding: measured against the page less its
        # margins, a block up to 12 pt taller than the frame was sent on to the next page,
        # where it did not fit either, and the notice failed (a long cause, 3,000 wards).
        too_tall = self.height > PAGE_HEIGHT - 2 * MARGIN - 2 * FRAME_PADDING
        if too_tall and first_height <= available_height:
            return list(self._content)
        return []  # start it on the next page (where a too tall one flows as its parts)

    def draw(self) -> None:
        y = self.height
        for flowable, (before, height, after) in zip(self._content, self._heights, strict=True):
            y -= before + height
            flowable.drawOn(self.canv, 0, y)
            y -= after


def fitted(value: str, width: float, font_size: float) -> str:
    """``value`` in the Chinese font at ``font_size``, shortened with "…" to fit ``width``."""
    font = register_font()
    if stringWidth(value, font, font_size) <= width:
        return value
    room = width - stringWidth("…", font, font_size)
    used = 0.0
    for end, character in enumerate(value):
        used += stringWidth(character, font, font_size)
        if used > room:
            return value[:end] + "…"
    return value


class SectionHeading(Line):
    """A section's heading: where it is drawn is the page a contents line gives for ``key``."""

    def __init__(self, value: str, style: ParagraphStyle, key: str) -> None:
        super().__init__(value, style)
        self.key = key

    def draw(self) -> None:
        super().draw()
        self.canv.section_started(self.key, self._text)


class ContentsLine(Flowable):  # type: ignore[misc]
    """目录 line: the section's title, dots, and the page its :class:`SectionHeading` landed on.

    The number is drawn when the document is saved (the canvas holds every page until then, as
    it does for "共 n 页"), so one layout gives the real page numbers; the line also links to
    the section, which the PDF's outline lists too.
    """

    def __init__(self, value: str, style: ParagraphStyle, key: str) -> None:
        super().__init__()
        self._text = value
        self.style = style
        self.key = key
        self.spaceAfter = style.spaceAfter

    def wrap(self, available_width: float, available_height: float) -> tuple[float, float]:
        self.width = available_width
        self.height = self.style.leading
        return self.width, self.height

    def draw(self) -> None:
        canvas = self.canv
        baseline = self.height - self.style.fontSize
        canvas.setFont(self.style.fontName, self.style.fontSize)
        canvas.setFillColor(self.style.textColor)
        canvas.drawString(0, baseline, self._text)
        number_room = 3 * self.style.fontSize
        dots_from = _text_width(self._text, self.style) + self.style.fontSize / 2
        dot = _text_width(".", self.style)
        count = int((self.width - number_room - dots_from) / dot)
        if count > 0:
            canvas.drawRightString(self.width - number_room, baseline, "." * count)
        left, bottom = canvas.absolutePosition(0, 0)
        right, top = canvas.absolutePosition(self.width, self.height)
        canvas.contents_lines.append(
            (self.key, (left, bottom, right, top), bottom + baseline, self.style.fontSize)
        )


class KeptWithStart(Block):
    """A heading (with any lead-in lines) kept with the start of what follows it: never alone
    at the foot of a page.

    Like :class:`Block`, but when it does not fit where it is, its last flowable (a table, a
    long paragraph, another KeptWithStart) is split so that as much of it as fits stays under
    the heading; only when not even its first rows fit does the whole go to the next page.
    """

    def split(self, available_width: float, available_height: float) -> list[Flowable]:
        self.wrap(available_width, available_height)
        *head, last = self._content
        used = sum(before + height + after for before, height, after in self._heights[:-1])
        used += self._heights[-1][0]
        if used < available_height:
            pieces = last.splitOn(self.canv, available_width, available_height - used)
            if len(pieces) >= 2:
                return [*head, *pieces]
            # Trying to split changed the flowable (a paragraph forgets its lines, a table
            # its row heights): it is measured again wherever it goes.
            self._wrapped_width = None
        page_top = self.canv._pagesize[1] - 2 * MARGIN - 2 * FRAME_PADDING
        if available_height < page_top - 1:
            return []  # the next page, the heading with the start of what follows
        return list(self._content)  # already a page's top: it flows as its parts


class _NumberedCanvas(Canvas):  # type: ignore[misc]
    """Holds each page until the end, when the page count of each part is known, and where
    each section started (``SectionHeading``, ``ContentsLine``)."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.part_label = ""
        self.part_index = -1
        self._pages: list[dict[str, Any]] = []
        #: Sections started and contents lines drawn on the current page.
        self.sections_here: list[tuple[str, str]] = []
        #: Each contents line's section, its rectangle, baseline and font size, on the page.
        self.contents_lines: list[tuple[str, tuple[float, float, float, float], float, float]] = []
        #: The page (an index into the held pages) each section starts on.
        self._section_pages: dict[str, int] = {}

    def section_started(self, key: str, title: str) -> None:
        self._section_pages.setdefault(key, len(self._pages))
        self.sections_here.append((key, title))

    def showPage(self) -> None:
        self._pages.append(dict(self.__dict__))
        self.sections_here, self.contents_lines = [], []
        self._startPage()

    def save(self) -> None:
        counts: dict[int, int] = {}
        for page in self._pages:
            counts[page["part_index"]] = counts.get(page["part_index"], 0) + 1
        number_in_part: dict[int, int] = {}
        numbers: list[int] = []
        for page in self._pages:
            part = page["part_index"]
            number_in_part[part] = number_in_part.get(part, 0) + 1
            numbers.append(number_in_part[part])
        for page, number in zip(self._pages, numbers, strict=True):
            self.__dict__.update(page)
            # Bookmarks only now: reportlab puts one on the page it is showing.
            for key, title in self.sections_here:
                self.bookmarkPage(key, fit="XYZ")
                self.addOutlineEntry(printable(title), key, level=0)
            for key, rectangle, baseline, size in self.contents_lines:
                if key in self._section_pages:
                    self.saveState()
                    self.setFont(register_font(), size)
                    self.drawRightString(
                        rectangle[2], baseline, str(numbers[self._section_pages[key]])
                    )
                    self.restoreState()
                    self.linkRect("", key, rectangle, relative=0, thickness=0)
            self._draw_footer(number, counts[page["part_index"]])
            Canvas.showPage(self)
        Canvas.save(self)

    def _draw_footer(self, number: int, count: int) -> None:
        self.saveState()
        self.setFont(register_font(), 9)
        self.setFillColor(FOOTER_GREY)
        width = self._pagesize[0]  # landscape pages too
        page = f"第 {number} 页 共 {count} 页"
        self.drawRightString(width - MARGIN, FOOTER_Y, page)
        if self.part_label:
            # A long ward name would run into the page number: it is shortened instead.
            room = width - 2 * MARGIN - stringWidth(page, register_font(), 9) - 6 * mm
            self.drawString(MARGIN, FOOTER_Y, fitted(printable(self.part_label), room, 9))
        self.restoreState()

    @property
    def page_count(self) -> int:
        return len(self._pages)


@dataclass(frozen=True)
class Part:
    """One unit of a document that starts on its own page and is numbered on its own."""

    footer: str
    build: Callable[[], list[Flowable]]


@dataclass(frozen=True)
class Written:
    """What ``write_parts`` wrote: the page count and the footers of parts left out."""

    pages: int
    failed: tuple[str, ...] = ()


def _left_out_page(part: Part, styles: Styles) -> list[Flowable]:
    return [
        WrappedText(text(f"{part.footer}：这一部分无法排版，已略去。"), styles.heading),
        WrappedText(
            text(
                "同一文件中的其他部分不受影响。请把程序的日志文件交给信息科；"
                "修正内容后可以单独重新生成这一部分。"
            ),
            styles.body,
        ),
    ]


#: How many parts are laid out into one PDF in memory before it goes to a temporary file; the
#: files are joined at the end. reportlab keeps every page of a document until it is saved (the
#: per-part page counts need them) and every part's flowables: a realistic month's notices are
#: ~23 dense pages a ward, and 40 wards to a chunk peaked at 273 MB, 10 at 195 MB (of which 113 MB
#: the process before any PDF). Each chunk embeds its own subset of the font: 100 wards are
#: 6.1 MB instead of 5.3 MB.
CHUNK_PARTS = 10


def write_parts(
    parts: Streamed[Part],
    out: Output,
    title: str,
    progress: Progress | None = None,
    pagesize: tuple[float, float] = A4,
) -> Written | None:
    """Lays ``parts`` out on A4 pages (``pagesize``: ``landscape(A4)`` for wide tables) and writes
    the PDF to ``out`` (a path or a binary stream).

    Returns what was written, or None when ``progress`` returned False: then nothing is written
    (no file is created or replaced, nothing goes to the stream). An exception raised while the
    parts are made (not by a part's ``build``) stops the document the same way.
    """
    total = 2 * len(parts)  # each part is built, then drawn
    done = 0

    def step() -> None:
        nonlocal done
        done += 1
        if progress is not None and not progress(done, total):
            raise _Cancelled

    failed: list[str] = []
    pages = 0
    with tempfile.TemporaryDirectory(prefix="nursingqc-") as folder:
        chunks: list[Path] = []
        data = b""
        iterator = iter(parts)
        try:
            while chunk := list(itertools.islice(iterator, CHUNK_PARTS)):
                if data:  # the chunk before it goes to disk
                    chunks.append(Path(folder, f"{len(chunks)}.pdf"))
                    chunks[-1].write_bytes(data)
                data, chunk_pages, chunk_failed = _chunk_laid_out(chunk, title, pagesize, step)
                pages += chunk_pages
                failed += chunk_failed
        except _Cancelled:
            return None
        if len(failed) == len(parts):  # none, or every one left out
            raise ValidationError(MSG_CANNOT_LAY_OUT, title=title, parts="、".join(failed) or title)
        if not chunks:
            write_file(data, out)
        else:
            chunks.append(Path(folder, f"{len(chunks)}.pdf"))
            chunks[-1].write_bytes(data)
            write_streamed(lambda file: join_pdfs(chunks, file), out)
    return Written(pages, tuple(failed))


def _chunk_laid_out(
    parts: Sequence[Part],
    title: str,
    pagesize: tuple[float, float],
    step: Callable[[], None],
) -> tuple[bytes, int, list[str]]:
    """Some consecutive parts as one PDF: its bytes, its page count, the parts left out."""
    stories: list[list[Flowable] | None] = []
    for part in parts:
        stories.append(_built(part))
        step()
    drawn = 0

    def first_drawing() -> None:
        nonlocal drawn
        drawn += 1
        step()

    laid = _laid_out(parts, stories, title, pagesize, first_drawing)
    if laid is None:
        # Only after a failure is each part laid out alone, to find the ones that fail.
        for index, part in enumerate(parts):
            alone = [stories[index]]
            if alone[0] is not None and _laid_out([part], alone, title, pagesize) is None:
                stories[index] = None
        drawn_again = 0

        def second_drawing() -> None:  # counts only the parts the first drawing did not reach
            nonlocal drawn_again
            drawn_again += 1
            if drawn_again > drawn:
                step()

        laid = _laid_out(parts, stories, title, pagesize, second_drawing)
    failed = [part.footer for part, story in zip(parts, stories, strict=True) if story is None]
    if laid is None:
        raise ValidationError(MSG_CANNOT_LAY_OUT, title=title, parts="、".join(failed) or title)
    return laid[0], laid[1], failed


def _built(part: Part) -> list[Flowable] | None:
    try:
        return part.build()
    except Exception:  # one part's fault must not stop the others; the log keeps the cause
        log.exception("building %s failed", part.footer)
        return None


def _laid_out(
    parts: Sequence[Part],
    stories: Sequence[list[Flowable] | None],
    title: str,
    pagesize: tuple[float, float],
    on_part_drawn: Callable[[], None] = lambda: None,
) -> tuple[bytes, int] | None:
    """The PDF and its page count, or None when the layout fails (logged). A part whose story
    is None gets the page saying it was left out."""
    pages: list[int] = []

    class Counted(_NumberedCanvas):
        def save(self) -> None:
            pages.append(self.page_count)
            super().save()

    styles = make_styles()
    story: list[Flowable] = []
    for part, flowables in zip(parts, stories, strict=True):
        if story:
            story.append(PageBreak())
        story.append(PartStart(part.footer, on_part_drawn))
        story.extend(_left_out_page(part, styles) if flowables is None else flowables)
    buffer = io.BytesIO()
    document = BaseDocTemplate(
        buffer,
        pagesize=pagesize,
        leftMargin=MARGIN,
        rightMargin=MARGIN,
        topMargin=MARGIN,
        bottomMargin=MARGIN,
        title=title,
        author="NursingQC",
        creator="NursingQC",
        # Every page starts by selecting this font; the default, Helvetica, would put a
        # base-14 font that is never embedded into each page although no glyph uses it.
        initialFontName=register_font(),
        initialFontSize=10.5,
    )
    width, height = pagesize
    frame = Frame(MARGIN, MARGIN, width - 2 * MARGIN, height - 2 * MARGIN, id="body")
    document.addPageTemplates([PageTemplate(id="page", frames=[frame])])
    try:
        document.build(story, canvasmaker=Counted)
    except _Cancelled:
        raise
    except Exception:  # LayoutError, or a flowable's own fault while drawing
        log.exception("laying out %s failed", ", ".join(part.footer for part in parts))
        return None
    return buffer.getvalue(), pages[0]
