"""初始密码条: one slip per new account, eight to an A4 page, to cut apart along the dashed lines.

Each slip names the hospital, the ward, the head nurse, her user name and first password, and
that she changes it at her first log-in. The department hands each slip to its head nurse; the
password is never stored anywhere else in the clear. Chinese whatever the program's language.
"""

from __future__ import annotations

import io
from collections.abc import Sequence
from xml.sax.saxutils import escape

from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import Frame, KeepInFrame, Paragraph

from nursingqc.reports.files import Output, write_file
from nursingqc.reports.pdf.fonts import printable, register_font
from nursingqc.reports.pdf.layout import Written, text
from nursingqc.services.ward_import import FirstPassword

COLUMNS, ROWS = 2, 4
SLIP_WIDTH, SLIP_HEIGHT = A4[0] / COLUMNS, A4[1] / ROWS
#: Inside each slip: clear of the cut and of a printer's unprintable edge.
PADDING = 9 * mm
CUT_GREY = colors.HexColor("#808080")
CHANGE_AT_FIRST_LOG_IN = "首次登录须修改密码"


def write_password_slips(hospital: str, accounts: Sequence[FirstPassword], out: Output) -> Written:
    """Writes the slips of ``accounts`` in their order; returns the page count."""
    font = register_font()
    styles = _styles(font)
    buffer = io.BytesIO()
    canvas = Canvas(buffer, pagesize=A4, initialFontName=font, initialFontSize=10)
    canvas.setTitle("初始密码条")
    canvas.setAuthor("NursingQC")
    canvas.setCreator("NursingQC")
    per_page = COLUMNS * ROWS
    pages = 0
    for start in range(0, len(accounts), per_page):
        _cut_lines(canvas)
        for index, account in enumerate(accounts[start : start + per_page]):
            column, row = index % COLUMNS, index // COLUMNS
            _slip(
                canvas,
                styles,
                hospital,
                account,
                column * SLIP_WIDTH,
                A4[1] - (row + 1) * SLIP_HEIGHT,
            )
        canvas.showPage()
        pages += 1
    canvas.save()
    write_file(buffer.getvalue(), out)
    return Written(pages)


def _styles(font: str) -> dict[str, ParagraphStyle]:
    base = ParagraphStyle("slip", fontName=font, fontSize=10.5, leading=15, wordWrap="CJK")
    return {
        "hospital": ParagraphStyle(
            "hospital", parent=base, fontSize=12, leading=16, alignment=TA_CENTER
        ),
        "title": ParagraphStyle(
            "title", parent=base, fontSize=9, leading=13, alignment=TA_CENTER, spaceAfter=4
        ),
        "line": base,
        "secret": ParagraphStyle("secret", parent=base, fontSize=15, leading=21),
        "rule": ParagraphStyle(
            "rule", parent=base, fontSize=11, leading=16, spaceBefore=4, alignment=TA_CENTER
        ),
    }


def _cut_lines(canvas: Canvas) -> None:
    canvas.saveState()
    canvas.setStrokeColor(CUT_GREY)
    canvas.setLineWidth(0.5)
    canvas.setDash(4, 3)
    for column in range(1, COLUMNS):
        canvas.line(column * SLIP_WIDTH, 0, column * SLIP_WIDTH, A4[1])
    for row in range(1, ROWS):
        canvas.line(0, row * SLIP_HEIGHT, A4[0], row * SLIP_HEIGHT)
    canvas.restoreState()


def _value(value: str) -> str:
    return escape(printable(value))


def _slip(
    canvas: Canvas,
    styles: dict[str, ParagraphStyle],
    hospital: str,
    account: FirstPassword,
    x: float,
    y: float,
) -> None:
    width, height = SLIP_WIDTH - 2 * PADDING, SLIP_HEIGHT - 2 * PADDING
    lines = [
        Paragraph(text(hospital), styles["hospital"]),
        Paragraph("护理质控 登录账号通知", styles["title"]),
        Paragraph(
            f"病区：{_value(account.ward_name)}（{_value(account.ward_code)}）", styles["line"]
        ),
        Paragraph(f"护士长：{_value(account.display_name)}", styles["line"]),
        Paragraph(f"用户名：<b>{_value(account.username)}</b>", styles["secret"]),
        Paragraph(f"初始密码：<b>{_value(account.password)}</b>", styles["secret"]),
        Paragraph(f"{CHANGE_AT_FIRST_LOG_IN}，请勿转交他人。", styles["rule"]),
    ]
    # A ward's long name shrinks the slip's text rather than run over the cut.
    content = KeepInFrame(width, height, lines, mode="shrink")
    Frame(x + PADDING, y + PADDING, width, height, 0, 0, 0, 0, showBoundary=0).addFromList(
        [content], canvas
    )
