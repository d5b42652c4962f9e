"""A workbook of one table as a page shows it: the audit log's entries, the 整改 list.

The page words the rows (in the reader's language); this writes texts as text (never a formula,
rules §11.2), numbers as numbers and days as dates, on one sheet with a bold, frozen header and
an autofilter, streamed row by row in openpyxl's write-only mode so that a year's log does not
build a workbook in memory.
"""

from __future__ import annotations

import io
from collections.abc import Iterable, Sequence
from datetime import date
from decimal import Decimal

from nursingqc.reports.excel.workbooks import Progress, write_text, xml_text
from nursingqc.reports.files import Output, write_file

#: How often the progress callback is asked whether to go on.
_STEP = 500


def write_table_workbook(
    title: str,
    headers: Sequence[str],
    widths: Sequence[int],
    rows: Iterable[Sequence[str | Decimal | int | date | None]],
    total: int,
    out: Output,
    progress: Progress | None = None,
) -> Output | None:
    """``rows`` (``total`` of them, for the progress dialog) under ``headers`` on sheet
    ``title``; None when the user cancelled, and then nothing is written."""
    from openpyxl import Workbook
    from openpyxl.cell import WriteOnlyCell
    from openpyxl.styles import Alignment, Font
    from openpyxl.utils import get_column_letter

    book = Workbook(write_only=True)
    sheet = book.create_sheet(xml_text(title)[:31])
    for column, width in enumerate(widths, start=1):
        sheet.column_dimensions[get_column_letter(column)].width = width
    sheet.freeze_panes = "A2"
    sheet.auto_filter.ref = f"A1:{get_column_letter(len(headers))}{total + 1}"
    bold = Font(bold=True)
    wrapped = Alignment(vertical="top", wrap_text=True)

    def cell(value: str | Decimal | int | date | None, font: Font | None = None) -> WriteOnlyCell:
        made = WriteOnlyCell(sheet)
        if isinstance(value, str):
            write_text(made, value)
        elif isinstance(value, Decimal):
            made.value = float(value)
            made.number_format = "0.0"
        elif isinstance(value, date):
            made.value = value
            made.number_format = "yyyy-mm-dd"
        else:
            made.value = value
        made.alignment = wrapped
        if font is not None:
            made.font = font
        return made

    sheet.append([cell(header, bold) for header in headers])
    for done, row in enumerate(rows, start=1):
        sheet.append([cell(value) for value in row])
        if progress is not None and done % _STEP == 0 and not progress(done, total):
            return None
    if progress is not None and not progress(total, total):
        return None
    buffer = io.BytesIO()
    book.save(buffer)
    write_file(buffer.getvalue(), out)
    return out
