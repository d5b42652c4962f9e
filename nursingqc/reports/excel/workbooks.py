"""Opening a user's workbook and finding columns by header, with errors a user can act on."""

from __future__ import annotations

import zipfile
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from nursingqc.domain.errors import (
    QT_TRANSLATE_NOOP,
    ImportRefused,
    Message,
    RowProblem,
    ValidationError,
)

MSG_NOT_A_WORKBOOK = QT_TRANSLATE_NOOP(
    "Errors", "{file} is not an Excel workbook (.xlsx) that can be read."
)
MSG_NO_SHEET = QT_TRANSLATE_NOOP("Errors", "{file} has no sheet named {sheet} (it has: {sheets}).")
MSG_MISSING_COLUMN = QT_TRANSLATE_NOOP("Errors", "the header row has no column {column}")


class ReadCancelled(Exception):
    """The user cancelled reading a workbook; nothing was changed."""


@dataclass(frozen=True)
class SheetRow:
    """A data row: its Excel row number and its cells by header name, as text."""

    number: int
    cells: dict[str, str]


def cell_text(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return str(value).strip()


Progress = Callable[[int, int], bool]


def read_sheet(
    path: Path, sheet: str, required: list[str], progress: Progress | None = None
) -> list[SheetRow]:
    """Rows under the header (row 1) of ``sheet``; blank rows are skipped.

    Refuses a file that is not a workbook, a missing sheet, or a header without a required column.
    ``progress(done, total)`` is called as rows are read; when it returns False, reading stops
    with ``ReadCancelled``.
    """
    # openpyxl takes a tenth of a second to import: load it when a workbook is read, not at start.
    from openpyxl import load_workbook
    from openpyxl.utils.exceptions import InvalidFileException

    try:
        workbook = load_workbook(path, read_only=True, data_only=True)
    except (InvalidFileException, zipfile.BadZipFile, KeyError, OSError, ValueError) as error:
        raise ValidationError(MSG_NOT_A_WORKBOOK, file=path.name) from error
    try:
        if sheet not in workbook.sheetnames:
            raise ValidationError(
                MSG_NO_SHEET, file=path.name, sheet=sheet, sheets="、".join(workbook.sheetnames)
            )
        rows = workbook[sheet].iter_rows(values_only=True)
        header = [cell_text(value) for value in next(rows, ())]
        missing = [column for column in required if column not in header]
        if missing:
            raise ImportRefused(
                [
                    RowProblem(sheet, 1, column, Message(MSG_MISSING_COLUMN, {"column": column}))
                    for column in missing
                ]
            )
        total = max(workbook[sheet].max_row - 1, 0)
        result = []
        for number, values in enumerate(rows, start=2):
            if progress is not None and not progress(number - 1, total):
                raise ReadCancelled()
            cells = {
                name: cell_text(value) for name, value in zip(header, values, strict=False) if name
            }
            if any(cells.values()):
                result.append(SheetRow(number, cells))
        return result
    finally:
        workbook.close()
