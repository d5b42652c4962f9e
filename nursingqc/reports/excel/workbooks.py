"""Opening a user's workbook and finding columns by header, with errors a user can act on."""

from __future__ import annotations

import zipfile
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from openpyxl import load_workbook
from openpyxl.utils.exceptions import InvalidFileException

from nursingqc.domain.errors import QT_TRANSLATE_NOOP, Message, ValidationError
from nursingqc.services.imports import ImportRefused, RowProblem

MSG_NOT_A_WORKBOOK = QT_TRANSLATE_NOOP(
    "Errors", "{file} is not an Excel workbook (.xlsx) that can be read."
)
MSG_NO_SHEET = QT_TRANSLATE_NOOP("Errors", "{file} has no sheet named {sheet} (it has: {sheets}).")
MSG_MISSING_COLUMN = QT_TRANSLATE_NOOP("Errors", "the header row has no column {column}")


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


def read_sheet(path: Path, sheet: str, required: list[str]) -> list[SheetRow]:
    """Rows under the header (row 1) of ``sheet``; blank rows are skipped.

    Refuses a file that is not a workbook, a missing sheet, or a header without a required column.
    """
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
        result = []
        for number, values in enumerate(rows, start=2):
            cells = {
                name: cell_text(value) for name, value in zip(header, values, strict=False) if name
            }
            if any(cells.values()):
                result.append(SheetRow(number, cells))
        return result
    finally:
        workbook.close()
