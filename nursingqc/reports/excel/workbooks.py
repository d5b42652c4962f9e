"""Opening a user's workbook and finding columns by header, with errors a user can act on."""

from __future__ import annotations

import codecs
import itertools
import logging
import math
import re
import struct
import zipfile
import zlib
from collections.abc import Callable, Iterator
from contextlib import ExitStack
from dataclasses import dataclass
from datetime import date, datetime
from decimal import Decimal
from pathlib import Path
from typing import Any, BinaryIO
from xml.parsers import expat

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
MSG_ENCRYPTED_WORKBOOK = QT_TRANSLATE_NOOP(
    "Errors",
    "{file} is protected by a password, so it cannot be read. Open it in Excel, remove the "
    "password (File › Info › Protect Workbook › Encrypt with Password, clear it) and save it.",
)
MSG_NO_SHEET = QT_TRANSLATE_NOOP("Errors", "{file} has no sheet named {sheet} (it has: {sheets}).")
MSG_NO_SHEETS_AT_ALL = QT_TRANSLATE_NOOP(
    "Errors",
    "{file} has no sheet at all, so there is nothing to import. Choose the workbook with the "
    "sheet {sheet}.",
)
MSG_WORKBOOK_REFUSED = QT_TRANSLATE_NOOP(
    "Errors",
    "{file} was not read: {reason}. A workbook this large or this unusual is refused to keep "
    "the program safe; split the data into smaller workbooks, or open the original in Excel and "
    "save it again.",
)
MSG_PART_TOO_LARGE = QT_TRANSLATE_NOOP(
    "Errors", "its part {part} unpacks to {size} MB, more than the {limit} MB allowed"
)
MSG_PART_RATIO = QT_TRANSLATE_NOOP(
    "Errors",
    "its part {part} unpacks to {ratio} times its packed size (a workbook packs at most about "
    "{limit} times)",
)
MSG_TOO_MANY_PARTS = QT_TRANSLATE_NOOP("Errors", "it holds more than {limit} parts")
MSG_TOO_MANY_ROWS = QT_TRANSLATE_NOOP("Errors", "a sheet has more than {limit} rows")
MSG_ROW_BEYOND_LIMIT = QT_TRANSLATE_NOOP(
    "Errors", "a sheet has a row numbered {row}, beyond the {limit} rows read"
)
MSG_TOO_MANY_CELLS = QT_TRANSLATE_NOOP("Errors", "a row of a sheet has more than {limit} cells")
MSG_TEXT_TOO_LONG = QT_TRANSLATE_NOOP(
    "Errors", "a cell holds more than {limit} characters, more than Excel itself allows"
)
MSG_TOO_MANY_TEXTS = QT_TRANSLATE_NOOP("Errors", "it holds more than {limit} different texts")
MSG_DOCUMENT_TYPE = QT_TRANSLATE_NOOP(
    "Errors", "its part {part} declares a document type (DTD), which a workbook never has"
)
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
# A password-protected .xlsx is an OLE2 file whose directory names this stream (in UTF-16).
_ENCRYPTED_STREAM = "EncryptedPackage".encode("utf-16-le")
_ZIP_SIGNATURE = b"PK"
_END_OF_ZIP = b"PK\x05\x06"

_MB = 1 << 20
# What a workbook may unpack to, checked before openpyxl reads any of it: openpyxl holds every
# shared string, the styles and the workbook part in memory, and builds a sheet's rows one by
# one, each with all its cells. These bound one import to well under 300 MB of memory.
MAX_PARTS = 2000
MAX_SHEET_PART = 128 * _MB  # about 200,000 rows of the 评分 sheet
MAX_STRINGS_PART = 32 * _MB
MAX_OTHER_PART = 8 * _MB
MAX_RATIO = 100  # Excel's own sheets pack 5 to 30 times; a zip bomb packs 1000 times
_RATIO_FROM = 1 * _MB  # a smaller part is harmless whatever it packs to
MAX_ROWS = 100_000
MAX_CELLS_PER_ROW = 16_384  # Excel's own number of columns
MAX_TEXT = 32_767  # Excel's own limit of characters in a cell
MAX_TEXTS = 300_000
_XML_PARTS = (".xml", ".rels", ".vml")
# Chinese, Japanese and Korean Excel save dates as numbers in built-in formats 27–31, 36 and
# 50–58 (2026年7月8日, 7月8日, …), which openpyxl does not know as dates; 32–35 show times only.
_EAST_ASIAN_DATE_FORMATS = frozenset({27, 28, 29, 30, 31, 36, 50, 51, 52, 53, 54, 57, 58})


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
    """A cell's value as the text an importer checks; a date-time cell as its date (the time
    of a round, or Excel's midnight, is no part of any column)."""
    if value is None:
        return ""
    if isinstance(value, datetime):
        return value.date().isoformat()
    if isinstance(value, date):
        return value.isoformat()
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
    has_formulas = _check_archive(path)
    with ExitStack() as stack:
        # Values come from a data-only view (a formula's saved result); a second view of the
        # same file tells which cells hold formulas, which the data-only view cannot. It doubles
        # the reading time, so it is read only when a sheet has a formula at all.
        values = _open_sheet(stack, path, sheet, data_only=True)
        first = next(_rows(values, path, min_row=1, max_row=1, max_col=MAX_CELLS_PER_ROW), ())
        header = [cell_text(cell.value) for cell in first]
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
        # Cells right of the last named column are never read (a stray cell in column XFD
        # would otherwise make every row 16,384 cells wide).
        width = max((index + 1 for index, _ in named), default=1)
        rows = zip(
            _rows(values, path, min_row=2, max_col=width),
            _rows(_open_sheet(stack, path, sheet, data_only=False), path, min_row=2, max_col=width)
            if has_formulas
            else itertools.repeat(()),
            strict=False,
        )
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
                cells[name] = cell_text(_cell_value(value) if value is not None else None)
            if any(cells.values()):
                result.append(SheetRow(number, cells))
        if cell_problems is not None:
            cell_problems.extend(problems)
        elif problems:
            raise ImportRefused(problems)
        return result


def _check_archive(path: Path) -> bool:
    """Refuses a zip that would unpack to more than an import may hold, before openpyxl reads
    it; whether any worksheet holds a formula (``<f>``, also with a prefix)."""
    try:
        with path.open("rb") as stream:
            parts = _declared_parts(stream)
            if parts is not None and parts > MAX_PARTS:
                _refuse(path, MSG_TOO_MANY_PARTS, limit=MAX_PARTS)
            with zipfile.ZipFile(stream) as archive:
                infos = archive.infolist()
                for info in infos:
                    _check_part_size(path, info)
                formulas = False
                for info in infos:
                    if info.filename.lower().endswith(_XML_PARTS):
                        formulas |= _scan_part(path, archive, info)
                return formulas
    except _BROKEN_WORKBOOK as error:
        raise _not_a_workbook(path, error) from error


def _declared_parts(stream: BinaryIO) -> int | None:
    """The number of parts the zip's end record declares, read before ``zipfile`` builds an
    object for each; None when there is no end record (``zipfile`` then says it is no zip)."""
    stream.seek(0, 2)
    size = stream.tell()
    stream.seek(max(0, size - 22 - 0xFFFF))  # the record, and a comment of at most 64 KB
    tail = stream.read()
    stream.seek(0)
    at = tail.rfind(_END_OF_ZIP)
    if at < 0 or at + 22 > len(tail):
        return None
    (parts,) = struct.unpack_from("<H", tail, at + 10)
    return int(parts)  # 0xFFFF: a zip64 record with more parts than that


def _check_part_size(path: Path, info: zipfile.ZipInfo) -> None:
    """``zipfile`` never unpacks more than a part's declared size, so that size is the bound."""
    name = info.filename
    if info.flag_bits & 0x1:
        raise ValidationError(MSG_ENCRYPTED_WORKBOOK, file=path.name)
    if name.lower().endswith(_XML_PARTS):
        if name.startswith("xl/worksheets/"):
            limit = MAX_SHEET_PART
        elif name == "xl/sharedStrings.xml":
            limit = MAX_STRINGS_PART
        else:
            limit = MAX_OTHER_PART
        if info.file_size > limit:
            size = math.ceil(info.file_size / _MB)
            _refuse(path, MSG_PART_TOO_LARGE, part=name, size=size, limit=limit // _MB)
    if info.file_size > _RATIO_FROM and info.file_size > MAX_RATIO * max(info.compress_size, 1):
        ratio = info.file_size // max(info.compress_size, 1)
        _refuse(path, MSG_PART_RATIO, part=name, ratio=ratio, limit=MAX_RATIO)


def _scan_part(path: Path, archive: zipfile.ZipFile, info: zipfile.ZipInfo) -> bool:
    """Streams one XML part through expat, refusing a document type (entities can expand to
    gigabytes) and any count beyond the limits; whether it holds a formula."""
    scan = _PartScan(path, info.filename)
    try:
        with archive.open(info) as stream:
            while chunk := stream.read(1 << 20):
                scan.parser.Parse(chunk, False)
            scan.parser.Parse(b"", True)
    except expat.ExpatError as error:
        raise _not_a_workbook(path, error) from error
    return scan.formulas


class _PartScan:
    """What openpyxl would hold of one part: rows, cells per row, texts and their lengths."""

    def __init__(self, path: Path, part: str) -> None:
        self.path, self.part = path, part
        #: Known by the root element, not the path: the workbook's relations may name any part.
        self.sheet: bool | None = None
        self.formulas = False
        self.rows = self.cells = self.texts = self.text = 0
        self.parser = expat.ParserCreate()
        self.parser.buffer_text = True
        self.parser.StartElementHandler = self._start
        self.parser.CharacterDataHandler = self._characters
        self.parser.StartDoctypeDeclHandler = self._document_type

    def _start(self, name: str, attributes: dict[str, str]) -> None:
        self.text = 0
        local = name.rpartition(":")[2]
        if self.sheet is None:
            self.sheet = local == "worksheet"
        if local == "si":
            self.texts += 1
            if self.texts > MAX_TEXTS:
                _refuse(self.path, MSG_TOO_MANY_TEXTS, limit=MAX_TEXTS)
        elif not self.sheet:
            return
        elif local == "c":
            self.cells += 1
            if self.cells > MAX_CELLS_PER_ROW:
                _refuse(self.path, MSG_TOO_MANY_CELLS, limit=MAX_CELLS_PER_ROW)
        elif local == "row":
            self._row(attributes.get("r", ""))
        elif local == "f":
            self.formulas = True

    def _row(self, number: str) -> None:
        """openpyxl fills the gap up to a row's number with empty rows: the number counts."""
        self.rows += 1
        self.cells = 0
        if self.rows > MAX_ROWS:
            _refuse(self.path, MSG_TOO_MANY_ROWS, limit=MAX_ROWS)
        if number.isdigit() and int(number) > MAX_ROWS:
            _refuse(self.path, MSG_ROW_BEYOND_LIMIT, row=number, limit=MAX_ROWS)

    def _characters(self, data: str) -> None:
        self.text += len(data)
        if self.text > MAX_TEXT:
            _refuse(self.path, MSG_TEXT_TOO_LONG, limit=MAX_TEXT)

    def _document_type(self, *_: object) -> None:
        _refuse(self.path, MSG_DOCUMENT_TYPE, part=self.part)


def _refuse(path: Path, reason: str, **params: object) -> None:
    log.warning("refused %s: %s %s", path, reason, params)
    raise ValidationError(MSG_WORKBOOK_REFUSED, file=path.name, reason=Message(reason, params))


def _cell_value(cell: Any) -> Any:
    """A read-only cell's value; a number in an East-Asian built-in date format as its date."""
    value = cell.value
    if cell.data_type != "n" or not isinstance(value, int | float) or value < 1:
        return value
    if cell.style_array.numFmtId not in _EAST_ASIAN_DATE_FORMATS:
        return value
    from openpyxl.utils.datetime import from_excel

    try:
        return from_excel(value, cell.parent.parent.epoch)
    except (OverflowError, ValueError):
        return value  # beyond any calendar: refused as "not a date" where a date is wanted


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
        encrypted = _names_encrypted_package(path)
        template = MSG_ENCRYPTED_WORKBOOK if encrypted else MSG_OLD_OR_LOCKED_WORKBOOK
        raise ValidationError(template, file=path.name)
    if not head.startswith(_ZIP_SIGNATURE):
        template = MSG_TEXT_FILE if _looks_like_text(head) else MSG_NOT_A_WORKBOOK
        raise ValidationError(template, file=path.name)


def _names_encrypted_package(path: Path) -> bool:
    """Whether the OLE2 file holds an encrypted .xlsx: its directory names the package stream.
    The directory may be anywhere in the file, so the file is searched in chunks."""
    tail = b""
    with path.open("rb") as stream:
        while chunk := stream.read(1 << 20):
            if _ENCRYPTED_STREAM in tail + chunk:
                return True
            tail = chunk[-len(_ENCRYPTED_STREAM) :]
    return False


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
    if not workbook.sheetnames:
        raise ValidationError(MSG_NO_SHEETS_AT_ALL, file=path.name, sheet=sheet)
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


def _rows(worksheet: Any, path: Path, **bounds: int) -> Iterator[tuple[Any, ...]]:
    """The sheet's rows of cells (within ``bounds``, iter_rows' arguments) to the last one; a
    damaged sheet part is refused, not raised."""
    cells = worksheet.iter_rows(**bounds)
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


#: What XML 1.0 cannot hold (its ``Char`` production): C0 controls but tab, LF and CR, lone
#: surrogates, U+FFFE and U+FFFF. openpyxl refuses only the controls and writes the rest, which
#: makes Excel ask to repair the file (a lone surrogate cannot even be encoded).
_NOT_XML = re.compile("[^\t\n\r\u0020-\ud7ff\ue000-\ufffd\U00010000-\U0010ffff]")
_FORMULA_STARTS = ("=", "+", "-", "@")


def xml_text(text: str) -> str:
    """The text without the characters an .xlsx cannot hold: every writer's text goes
    through here (cells, chart titles, streamed rows)."""
    return _NOT_XML.sub("", text)


def write_text(cell: Any, value: str) -> None:
    """A user's text as text, never a formula ("=HYPERLINK(...)" stays those characters), and
    without the characters an .xlsx cannot hold."""
    cell.value = xml_text(value)
    if cell.value.startswith(_FORMULA_STARTS):
        cell.data_type = "s"


def excel_rate(percent: Decimal | None) -> Decimal | None:
    """The percentage as the views carry it (6.25), as Excel's 0.00% format wants it (0.0625)."""
    return None if percent is None else percent / 100
