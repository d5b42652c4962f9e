"""奖状: award certificates for the model wards and the excellent nurses, A4 landscape.

One page per honour: the hospital, 荣誉证书, the recipient, the citation naming the campaign and
the honour, then the issuer and the date at the bottom right, inside a double border in the
certificate red with small corner ornaments. Drawn straight on the canvas: a certificate is a
fixed layout, not flowing text, so a long name or campaign makes its line smaller (down to a
floor, then it wraps) rather than run past the border. Chinese whatever the program's language.
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
from nursingqc.reports.pdf.layout import Written, chinese_date
from nursingqc.services.summary import MODEL_WARD_HONOUR, Certificate

PAGE = landscape(A4)
RED = colors.HexColor("#a61b1b")
GOLD = colors.HexColor("#c9a227")
INK = colors.HexColor("#222222")


def write_certificates(
    certificates: Sequence[Certificate], out: Output, progress: Progress | None = None
) -> Written | None:
    """Writes one page per certificate; returns what was written (None: cancelled, not written)."""
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
    return Written(len(certificates))


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


#: The smallest size a line shrinks to before it wraps instead.
SMALLEST_SIZE = 10
#: Inside the inner border, with room for the ornaments.
TEXT_WIDTH = PAGE[0] - 2 * 24 * mm


def _fitting(value: str, font: str, size: float, width: float, spacing: float = 0) -> float:
    """The largest size not above ``size`` (and not below SMALLEST_SIZE) at which ``value``
    fits ``width`` on one line."""
    shown = printable(value)
    gaps = spacing * max(len(shown) - 1, 0)
    natural = float(stringWidth(shown, font, size)) + gaps
    if natural <= width:
        return size
    return max(SMALLEST_SIZE, size * (width - gaps) / (natural - gaps))


def _centred(
    canvas: Canvas, value: str, y: float, size: float, font: str, spacing: float = 0
) -> float:
    """Draws ``value`` centred at ``y``, smaller or on several lines when it is long; returns
    the baseline of its last line."""
    size = _fitting(value, font, size, TEXT_WIDTH, spacing)
    for line in _wrapped(value, font, size, TEXT_WIDTH):
        width = stringWidth(line, font, size) + spacing * max(len(line) - 1, 0)
        # The character spacing belongs to this line only: the state is restored after it.
        canvas.saveState()
        text = canvas.beginText((PAGE[0] - width) / 2, y)
        text.setFont(font, size)
        text.setCharSpace(spacing)
        text.textOut(line)
        canvas.drawText(text)
        canvas.restoreState()
        y -= size * 1.3
    return y + size * 1.3


def _wrapped(value: str, font: str, size: float, width: float) -> list[str]:
    """Chinese citation text broken into lines of at most ``width``, character by character."""
    lines, current = [], ""
    for character in printable(value):
        if stringWidth(current + character, font, size) > width and current:
            lines.append(current)
            current = ""
        current += character
    return [*lines, current] if current else lines


def _citation_size(citation: str, font: str, width: float, room: float) -> float:
    """The largest size, 18 at most, at which the citation's lines fit ``room`` in height."""
    size = 18.0
    while (
        size > SMALLEST_SIZE
        and len(_wrapped(citation, font, size, width - 2 * size)) * size * 1.8 > room
    ):
        size -= 1
    return size


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
    line_width = width - 2 * left
    recipient_size = _fitting(recipient, font, 20, line_width)
    y = height - 96 * mm
    for text in _wrapped(recipient, font, recipient_size, line_width):
        canvas.setFont(font, recipient_size)
        canvas.drawString(left, y, text)
        y -= recipient_size * 1.5
    # The citation fills what is left above the issuer's lines at the bottom.
    top = min(height - 114 * mm, y - 4 * mm)
    size = _citation_size(citation, font, line_width, top - 56 * mm)
    y = top
    canvas.setFont(font, size)
    for index, text in enumerate(_wrapped(citation, font, size, line_width - 2 * size)):
        indent = 2 * size if index == 0 else 0  # 首行缩进两字
        canvas.drawString(left + indent, y, text)
        y -= size * 1.8
    issuer = f"{certificate.hospital}{certificate.issuer}"
    issuer_size = _fitting(issuer, font, 16, width - 48 * mm - left)
    canvas.setFont(font, issuer_size)
    right = width - 48 * mm
    canvas.drawRightString(right, 46 * mm, printable(issuer))
    canvas.setFont(font, 16)
    canvas.drawRightString(right, 36 * mm, chinese_date(certificate.issued_on))
