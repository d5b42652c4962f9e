"""Opening a user's workbook and finding columns by header, with errors a user can act on."""

from __future__ import annotations

import codecs
import itertools
import logging
import re
import zipfile
import zlib
from collections.abc import Callable, Iterator
from contextlib import ExitStack
from dataclasses import dataclass
from pathlib import Path
from typing import Any, BinaryIO

from nursingqc.domain.errors import (
    QT_TRANSLATE_NOOP,
    ImportRefused,
    Message,
    RowProblem,
    ValidationError,
)

log = logging.getLogger(__name__)

MSG_FILE_MISSING = QT_TRANSLATE_NOOP(
    "Errors", "The file {path} does not exist. Check the folder and the file name."
)
MSG_FILE_IS_FOLDER = QT_TRANSLATE_NOOP(
    "Errors", "{path} is a folder, not a file. Choose the Excel workbook (.xlsx) inside it."
)
MSG_FILE_CANNOT_OPEN = QT_TRANSLATE_NOOP(
    "Errors",
    "{path} cannot be opened. If it is open in another program, close it there and try again.",
)
MSG_FILE_EMPTY = QT_TRANSLATE_NOOP(
    "Errors", "{file} is empty (0 bytes). Choose the workbook that holds the data."
)
MSG_OLD_OR_LOCKED_WORKBOOK = QT_TRANSLATE_NOOP(
    "Errors",
    "{file} is an old Excel 97-2003 workbook (.xls) or has a password. Open it in Excel, "
    "remove any password and save it as an Excel workbook (.xlsx).",
)
MSG_TEXT_FILE = QT_TRANSLATE_NOOP(
    "Errors",
    "{file} holds plain text (for example CSV), not an Excel workbook. Open it in Excel and "
    "save it as an Excel workbook (.xlsx).",
)
MSG_NOT_A_WORKBOOK = QT_TRANSLATE_NOOP(
    "Errors",
    "{file} is not an Excel workbook (.xlsx) that can be read; it may be damaged. Open it in "
    "Excel and save it again as an Excel workbook (.xlsx).",
)
MSG_NO_SHEET = QT_TRANSLATE_NOOP("Errors", "{file} has no sheet named {sheet} (it has: {sheets}).")
MSG_MISSING_COLUMN = QT_TRANSLATE_NOOP("Errors", "the header row has no column {column}")
MSG_REPEATED_COLUMN = QT_TRANSLATE_NOOP(
    "Errors",
    "the header row has the column {column} {count} times; keep one of them (which one the "
    "values are in cannot be guessed)",
)
MSG_FORMULA = QT_TRANSLATE_NOOP("Errors", "is a formula; paste it as a value")
MSG_EXCEL_ERROR = QT_TRANSLATE_NOOP(
    "Errors", "shows the Excel error {value}; correct the cell in Excel"
)

# What openpyxl raises on a zip whose parts are missing, not XML, or not the XML it expects
# (measured: ParseError is a SyntaxError; a missing part is a KeyError; a wrong part an IndexError,
# KeyError, ValueError or OSError; a damaged deflate stream a zlib.error or EOFError).
_BROKEN_WORKBOOK: tuple[type[Exception], ...] = (
    SyntaxError,
    LookupError,
    ValueError,
    TypeError,
    AttributeError,
    OSError,
    EOFError,
    NotImplementedError,
    zipfile.BadZipFile,
    zlib.error,
)
_OLE2_SIGNATURE = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"  # .xls, and .xlsx with a password
_ZIP_SIGNATURE = b"PK"
# Text in sheet XML has "<" escaped, so this only finds tags: <f>, <f t="shared" ...>, <x:f>.
_FORMULA_TAG = re.compile(rb"<(?:\w+:)?f[\s>/]")


class ReadCancelled(Exception):
    """The user cancelled reading a workbook; nothing was changed."""


@dataclass(frozen=True)
class SheetRow:
    """A data row: its Excel row number and its cells by header name, as text.

    Every named column of the header is present ("" for an empty cell); a column the header
    lacks is absent, so a reader can tell "left empty" from "not in this file".
    """

    number: int
    cells: dict[str, str]


def cell_text(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return str(value).strip()


Progress = Callable[[int, int], bool]
"""``progress(rows_read, total)``; ``total`` is 0 because a sheet's row count is unknown until
it has been read to the end (the stored dimension cannot be trusted)."""


def read_sheet(
    path: Path,
    sheet: str,
    required: list[str],
    progress: Progress | None = None,
    cell_problems: list[RowProblem] | None = None,
) -> list[SheetRow]:
    """Rows under the header (row 1) of ``sheet``; blank rows are skipped.

    Refuses a missing, empty or wrong file, a missing sheet, or a header without a required
    column or with a name twice; then refuses, with row and column, a formula cell without a
    saved value and a cell showing an Excel error — or, given ``cell_problems``, adds those to it
    and reads on, so that an importer can list them with every other problem of the file in one
    pass. ``progress`` is called as rows are read; when it returns False, reading stops with
    ``ReadCancelled``.
    """
    _check_file(path)
    with ExitStack() as stack:
        # Values come from a data-only view (a formula's saved result); a second view of the
        # same file tells which cells hold formulas, which the data-only view cannot. It doubles
        # the reading time, so it is read only when a sheet has a formula at all.
        values = _rows(_open_sheet(stack, path, sheet, data_only=True), path)
        formulas = (
            _rows(_open_sheet(stack, path, sheet, data_only=False), path)
            if _has_formulas(path)
            else itertools.repeat(())
        )
        rows = zip(values, formulas, strict=False)
        first = next(rows, None)
        header = [cell_text(cell.value) for cell in first[0]] if first else []
        missing = [column for column in required if column not in header]
        # A second column of one name (an empty 扣分 pasted at the end) would silently win.
        repeated = {name: header.count(name) for name in header if name and header.count(name) > 1}
        if missing or repeated:
            raise ImportRefused(
                [
                    RowProblem(sheet, 1, column, Message(MSG_MISSING_COLUMN, {"column": column}))
                    for column in missing
                ]
                + [
                    RowProblem(
                        sheet,
                        1,
                        name,
                        Message(MSG_REPEATED_COLUMN, {"column": name, "count": count}),
                    )
                    for name, count in repeated.items()
                ]
            )
        named = [(index, name) for index, name in enumerate(header) if name]
        result = []
        problems = []
        for number, (value_cells, formula_cells) in enumerate(rows, start=2):
            if progress is not None and not progress(number - 1, 0):
                raise ReadCancelled()
            cells = {}
            for index, name in named:
                value = value_cells[index] if index < len(value_cells) else None
                formula = formula_cells[index] if index < len(formula_cells) else None
                reason = _cell_problem(value, formula)
                if reason is not None:
                    problems.append(RowProblem(sheet, number, name, reason))
                cells[name] = cell_text(value.value if value is not None else None)
            if any(cells.values()):
                result.append(SheetRow(number, cells))
        if cell_problems is not None:
            cell_problems.extend(problems)
        elif problems:
            raise ImportRefused(problems)
        return result


def _has_formulas(path: Path) -> bool:
    """Whether any worksheet part holds a formula element (``<f>``, also with a prefix)."""
    try:
        with zipfile.ZipFile(path) as archive:
            parts = [name for name in archive.namelist() if name.startswith("xl/worksheets/")]
            if not parts:
                return True  # an unusual layout: read the formula view rather than guess
            for part in parts:
                with archive.open(part) as stream:
                    tail = b""
                    while chunk := stream.read(1 << 20):
                        # Keep a few bytes so a tag cut between two chunks is still found.
                        if _FORMULA_TAG.search(tail + chunk):
                            return True
                        tail = chunk[-16:]
    except _BROKEN_WORKBOOK as error:
        raise _not_a_workbook(path, error) from error
    return False


def _cell_problem(value: Any, formula: Any) -> Message | None:
    """Why a cell cannot be read as what it shows, or None (read-only cells: data_type, value)."""
    if value is not None and value.data_type == "e":
        return Message(MSG_EXCEL_ERROR, {"value": value.value})
    # A formula written by a program other than Excel often has no saved result.
    if formula is not None and formula.data_type == "f" and (value is None or value.value is None):
        return Message(MSG_FORMULA)
    return None


def _check_file(path: Path) -> None:
    """Refuses what is not a file holding a zip, with the reason a user can act on."""
    if not path.exists():
        raise ValidationError(MSG_FILE_MISSING, path=str(path.absolute()))
    if path.is_dir():
        raise ValidationError(MSG_FILE_IS_FOLDER, path=str(path.absolute()))
    try:
        with path.open("rb") as stream:
            head = stream.read(4096)
    except OSError as error:
        log.warning("cannot open %s: %s", path, error)
        raise ValidationError(MSG_FILE_CANNOT_OPEN, path=str(path.absolute())) from error
    if not head:
        raise ValidationError(MSG_FILE_EMPTY, file=path.name)
    if head.startswith(_OLE2_SIGNATURE):
        raise ValidationError(MSG_OLD_OR_LOCKED_WORKBOOK, file=path.name)
    if not head.startswith(_ZIP_SIGNATURE):
        template = MSG_TEXT_FILE if _looks_like_text(head) else MSG_NOT_A_WORKBOOK
        raise ValidationError(template, file=path.name)


def _looks_like_text(head: bytes) -> bool:
    if b"\0" in head:
        return False
    for encoding in ("utf-8", "gb18030"):
        try:
            # Incremental: the 4 KB cut may fall inside a character.
            codecs.getincrementaldecoder(encoding)().decode(head, final=False)
        except UnicodeDecodeError:
            continue
        return True
    return False


def _open_sheet(stack: ExitStack, path: Path, sheet: str, *, data_only: bool) -> Any:
    """The read-only worksheet, its stored dimension dropped so every row is read."""
    # openpyxl takes a tenth of a second to import: load it when a workbook is read, not at start.
    from openpyxl import load_workbook

    stream: BinaryIO = stack.enter_context(path.open("rb"))
    try:
        # A stream rather than the path: openpyxl would refuse a workbook by its file extension.
        workbook = load_workbook(stream, read_only=True, data_only=data_only)
    except _BROKEN_WORKBOOK as error:
        raise _not_a_workbook(path, error) from error
    stack.callback(workbook.close)
    if sheet not in workbook.sheetnames:
        raise ValidationError(
            MSG_NO_SHEET, file=path.name, sheet=sheet, sheets="、".join(workbook.sheetnames)
        )
    try:
        worksheet = workbook[sheet]
    except _BROKEN_WORKBOOK as error:
        raise _not_a_workbook(path, error) from error
    # read_only trusts <dimension>: a wrong one silently drops rows, a missing one gives None.
    worksheet.reset_dimensions()
    return worksheet


def _rows(worksheet: Any, path: Path) -> Iterator[tuple[Any, ...]]:
    """The sheet's rows of cells to the last one; a damaged sheet part is refused, not raised."""
    cells = worksheet.iter_rows()
    while True:
        try:
            row = next(cells)
        except StopIteration:
            return
        except _BROKEN_WORKBOOK as error:
            raise _not_a_workbook(path, error) from error
        yield row


def _not_a_workbook(path: Path, error: Exception) -> ValidationError:
    log.warning("cannot read %s as a workbook: %r", path, error)
    return ValidationError(MSG_NOT_A_WORKBOOK, file=path.name)


#: Control characters an .xlsx (XML 1.0) cannot hold.
ILLEGAL_XML = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f]")
_FORMULA_STARTS = ("=", "+", "-", "@")


def write_text(cell: Any, value: str) -> None:
    """A user's text as text, never a formula ("=HYPERLINK(...)" stays those characters), and
    without the control characters an .xlsx cannot hold."""
    cell.value = ILLEGAL_XML.sub("", value)
    if cell.value.startswith(_FORMULA_STARTS):
        cell.data_type = "s"
