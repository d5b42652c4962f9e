"""导入病区: the 病区 sheet's rows checked all together and applied to the wards; any bad row
refuses the whole file, naming every problem with its row and column."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import select

from nursingqc.domain.accounts import Actor, require_admin
from nursingqc.domain.errors import QT_TRANSLATE_NOOP, ImportRefused, Message, RowProblem
from nursingqc.domain.texts import lone_surrogate_at
from nursingqc.services.use_cases import writes_outside_campaigns
from nursingqc.services.wards import MAX_LENGTH, visible_text
from nursingqc.storage import audit
from nursingqc.storage.db import Database
from nursingqc.storage.models import Ward

WARDS_SHEET = "病区"
MSG_REQUIRED = QT_TRANSLATE_NOOP("Errors", "must not be empty")
MSG_BEDS = QT_TRANSLATE_NOOP("Errors", "must be a whole number of beds from 0 to 999, not {value}")
MSG_CODE_REPEATED = QT_TRANSLATE_NOOP(
    "Errors", "ward code {code} appears again (first in row {first_row})"
)
MSG_BROKEN_CHARACTER = QT_TRANSLATE_NOOP(
    "Errors",
    "has a broken character (half of a character pair) at position {position}; type it again",
)
MSG_TOO_LONG = QT_TRANSLATE_NOOP(
    "Errors", "has {count} characters, but at most {length} fit; please shorten it"
)


@dataclass(frozen=True)
class WardRow:
    """One row of the 病区 sheet as read, before checking; ``row`` is the Excel row number.

    An optional field is None when the file has no such column: the stored value is kept.
    """

    row: int
    code: str
    name: str
    head_nurse_name: str | None = None
    beds: str | None = None
    group_name: str | None = None


@dataclass(frozen=True)
class WardImportResult:
    added: int
    updated: int
    #: Codes in the file of wards the department deactivated: they stay deactivated (an old
    #: wards list must not bring back a ward that was merged or closed).
    kept_inactive: tuple[str, ...] = ()


# The sheet's column for each text field; its longest text is the database column's length.
_TEXT_COLUMNS = {
    "code": "病区编码",
    "name": "病区名称",
    "head_nurse_name": "护士长",
    "group_name": "分组",
}


def _text_problem(field: str, text: str) -> tuple[str, dict[str, object]] | None:
    """Why a text cell is refused: empty where required, a broken character, too long."""
    if field in ("code", "name") and not text:
        return MSG_REQUIRED, {}
    if (position := lone_surrogate_at(text)) is not None:
        return MSG_BROKEN_CHARACTER, {"position": position}
    if len(text) > MAX_LENGTH[field]:
        return MSG_TOO_LONG, {"count": len(text), "length": MAX_LENGTH[field]}
    return None


def _check_rows(rows: list[WardRow]) -> tuple[list[RowProblem], list[dict[str, object]]]:
    """Every problem of every row, and each row's cleaned values (only the columns it has)."""
    problems: list[RowProblem] = []
    checked: list[dict[str, object]] = []
    first_row: dict[str, int] = {}

    def problem(row: int, column: str, template: str, **params: object) -> None:
        problems.append(RowProblem(WARDS_SHEET, row, column, Message(template, dict(params))))

    for row in rows:
        texts = {"code": visible_text(row.code), "name": visible_text(row.name)}
        if row.head_nurse_name is not None:
            texts["head_nurse_name"] = visible_text(row.head_nurse_name)
        if row.group_name is not None:
            texts["group_name"] = visible_text(row.group_name)
        for field, text in texts.items():
            refused = _text_problem(field, text)
            if refused is not None:
                problem(row.row, _TEXT_COLUMNS[field], refused[0], **refused[1])
        code = texts["code"]
        if code in first_row:
            problem(row.row, "病区编码", MSG_CODE_REPEATED, code=code, first_row=first_row[code])
        elif code:
            first_row[code] = row.row
        values: dict[str, object] = dict(texts)
        if row.beds is not None:
            beds = row.beds.strip().removesuffix(".0")
            # isdecimal, not isdigit: "²" is a digit that int() refuses.
            if beds and (not beds.isdecimal() or int(beds) > 999):
                problem(row.row, "床位数", MSG_BEDS, value=row.beds)
            values["beds"] = int(beds) if beds.isdecimal() else None
        checked.append(values)
    return problems, checked


class WardImportService:
    def __init__(self, database: Database) -> None:
        self._db = database

    @writes_outside_campaigns
    def import_wards(self, actor: Actor, rows: list[WardRow]) -> WardImportResult:
        """Adds new codes, updates known ones; any bad row refuses the whole file.

        A field whose column the file lacks keeps its stored value (a new ward gets it empty).
        A deactivated ward stays deactivated; the result names it, and the page reactivates it.
        """
        require_admin(actor)
        problems, checked = _check_rows(rows)
        if problems:
            raise ImportRefused(problems)
        added = updated = 0
        kept_inactive: list[str] = []
        with self._db.transaction() as session:
            wards = list(session.scalars(select(Ward)))
            # A code stored before invisible characters were removed still names its ward;
            # a ward whose stored code is already clean wins over such a look-alike.
            existing = {visible_text(ward.code): ward for ward in wards}
            existing.update({ward.code: ward for ward in wards if ward.code in existing})
            for values in checked:
                code = str(values["code"])
                ward = existing.get(code)
                if ward is None:
                    ward = Ward(active=True, **values)
                    session.add(ward)
                    session.flush()
                    audit.record(session, actor, "create", "ward", ward.id, after=values)
                    added += 1
                    continue
                if not ward.active:
                    kept_inactive.append(ward.code)
                before = {key: getattr(ward, key) for key in values}
                if before != values:
                    for key, value in values.items():
                        setattr(ward, key, value)
                    audit.record(
                        session, actor, "update", "ward", ward.id, before=before, after=values
                    )
                    updated += 1
        return WardImportResult(added, updated, tuple(kept_inactive))
