"""奖状: award certificates for the model wards and the excellent nurses, A4 landscape.

One page per honour: the hospital, 荣誉证书, the recipient, the citation naming the campaign and
the honour, then the issuer and the date at the bottom right, inside a double border in the
certificate red with small corner ornaments. Drawn straight on the canvas: a certificate is a
fixed layout, not flowing text. Chinese whatever the program's language.
"""

from __future__ import annotations

import io
from collections.abc import Sequence

from reportlab.lib import colors
from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen.canvas import Canvas

from nursingqc.reports.excel.workbooks import Progress
from nursingqc.reports.files import Output, write_file
from nursingqc.reports.pdf.fonts import printable, register_font
from nursingqc.reports.pdf.layout import chinese_date
from nursingqc.services.summary import MODEL_WARD_HONOUR, Certificate

PAGE = landscape(A4)
RED = colors.HexColor("#a61b1b")
GOLD = colors.HexColor("#c9a227")
INK = colors.HexColor("#222222")


def write_certificates(
    certificates: Sequence[Certificate], out: Output, progress: Progress | None = None
) -> int | None:
    """Writes one page per certificate; returns the page count (None: cancelled, not written)."""
    font = register_font()
    buffer = io.BytesIO()
    canvas = Canvas(buffer, pagesize=PAGE, initialFontName=font, initialFontSize=12)
    canvas.setTitle("奖状")
    canvas.setAuthor("NursingQC")
    canvas.setCreator("NursingQC")
    for done, certificate in enumerate(certificates, start=1):
        _draw(canvas, certificate, font)
        canvas.showPage()
        if progress is not None and not progress(done, len(certificates)):
            return None
    canvas.save()
    write_file(buffer.getvalue(), out)
    return len(certificates)


def _border(canvas: Canvas) -> None:
    width, height = PAGE
    canvas.setStrokeColor(RED)
    canvas.setLineWidth(3)
    canvas.rect(12 * mm, 12 * mm, width - 24 * mm, height - 24 * mm)
    canvas.setStrokeColor(GOLD)
    canvas.setLineWidth(1)
    canvas.rect(16 * mm, 16 * mm, width - 32 * mm, height - 32 * mm)
    canvas.setFillColor(GOLD)
    for x in (16 * mm, width - 16 * mm):
        for y in (16 * mm, height - 16 * mm):
            # A small diamond on each inner corner.
            path = canvas.beginPath()
            path.moveTo(x, y + 4 * mm)
            path.lineTo(x + 4 * mm, y)
            path.lineTo(x, y - 4 * mm)
            path.lineTo(x - 4 * mm, y)
            path.close()
            canvas.drawPath(path, stroke=0, fill=1)


def _centred(
    canvas: Canvas, value: str, y: float, size: float, font: str, spacing: float = 0
) -> None:
    shown = printable(value)
    width = stringWidth(shown, font, size) + spacing * max(len(shown) - 1, 0)
    # The character spacing belongs to this line only: the state is restored after it.
    canvas.saveState()
    text = canvas.beginText((PAGE[0] - width) / 2, y)
    text.setFont(font, size)
    text.setCharSpace(spacing)
    text.textOut(shown)
    canvas.drawText(text)
    canvas.restoreState()


def _wrapped(value: str, font: str, size: float, width: float) -> list[str]:
    """Chinese citation text broken into lines of at most ``width``, character by character."""
    lines, current = [], ""
    for character in printable(value):
        if stringWidth(current + character, font, size) > width and current:
            lines.append(current)
            current = ""
        current += character
    return [*lines, current] if current else lines


def _draw(canvas: Canvas, certificate: Certificate, font: str) -> None:
    width, height = PAGE
    _border(canvas)
    canvas.setFillColor(INK)
    _centred(canvas, certificate.hospital, height - 42 * mm, 18, font, spacing=2)
    canvas.setFillColor(RED)
    _centred(canvas, "荣誉证书", height - 68 * mm, 40, font, spacing=14)
    canvas.setFillColor(INK)
    left = 42 * mm
    if certificate.honour == MODEL_WARD_HONOUR:
        recipient = f"{certificate.recipient}："
        citation = (
            f"在{certificate.campaign_name}中，贵病区基础护理质量成绩优异，"
            f"被评为“{certificate.honour}”。特发此证，以资鼓励。"
        )
    else:
        recipient = f"{certificate.ward_name}  {certificate.recipient}  同志："
        citation = (
            f"在{certificate.campaign_name}中，表现突出，成绩优异，"
            f"被评为“{certificate.honour}”。特发此证，以资鼓励。"
        )
    canvas.setFont(font, 20)
    canvas.drawString(left, height - 96 * mm, printable(recipient))
    size = 18
    y = height - 114 * mm
    for index, text in enumerate(_wrapped(citation, font, size, width - 2 * left - 2 * size)):
        indent = 2 * size if index == 0 else 0  # 首行缩进两字
        canvas.drawString(left + indent, y, text)
        y -= size * 1.8
    canvas.setFont(font, 16)
    right = width - 48 * mm
    canvas.drawRightString(right, 46 * mm, printable(f"{certificate.hospital}{certificate.issuer}"))
    canvas.drawRightString(right, 36 * mm, chinese_date(certificate.issued_on))
