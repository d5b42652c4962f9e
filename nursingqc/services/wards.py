"""病区: the wards of the hospital, listed and imported from the 病区 sheet."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import select

from nursingqc.domain.accounts import Actor, Role, require_admin
from nursingqc.domain.errors import QT_TRANSLATE_NOOP, ImportRefused, Message, RowProblem
from nursingqc.storage import audit
from nursingqc.storage.db import Database
from nursingqc.storage.models import Ward

WARDS_SHEET = "病区"
MSG_REQUIRED = QT_TRANSLATE_NOOP("Errors", "must not be empty")
MSG_BEDS = QT_TRANSLATE_NOOP("Errors", "must be a whole number of beds from 0 to 999, not {value}")
MSG_CODE_REPEATED = QT_TRANSLATE_NOOP(
    "Errors", "ward code {code} appears again (first in row {first_row})"
)
MSG_TOO_LONG = QT_TRANSLATE_NOOP("Errors", "must be at most {length} characters")


@dataclass(frozen=True)
class WardRow:
    """One row of the 病区 sheet as read, before checking; ``row`` is the Excel row number."""

    row: int
    code: str
    name: str
    head_nurse_name: str = ""
    beds: str = ""
    group_name: str = ""


@dataclass(frozen=True)
class WardInfo:
    id: int
    code: str
    name: str
    head_nurse_name: str
    beds: int | None
    group_name: str


@dataclass(frozen=True)
class WardImportResult:
    added: int
    updated: int


def _info(ward: Ward) -> WardInfo:
    return WardInfo(ward.id, ward.code, ward.name, ward.head_nurse_name, ward.beds, ward.group_name)


def _check_rows(rows: list[WardRow]) -> tuple[list[RowProblem], dict[str, int | None]]:
    problems: list[RowProblem] = []
    beds_by_code: dict[str, int | None] = {}
    first_row: dict[str, int] = {}

    def problem(row: int, column: str, template: str, **params: object) -> None:
        problems.append(RowProblem(WARDS_SHEET, row, column, Message(template, dict(params))))

    for row in rows:
        for column, value, limit in (("病区编码", row.code, 20), ("病区名称", row.name, 100)):
            if not value.strip():
                problem(row.row, column, MSG_REQUIRED)
            elif len(value.strip()) > limit:
                problem(row.row, column, MSG_TOO_LONG, length=limit)
        code = row.code.strip()
        if code in first_row:
            problem(row.row, "病区编码", MSG_CODE_REPEATED, code=code, first_row=first_row[code])
        first_row.setdefault(code, row.row)
        beds: int | None = None
        if row.beds.strip():
            text = row.beds.strip().removesuffix(".0")
            if not text.isdigit() or int(text) > 999:
                problem(row.row, "床位数", MSG_BEDS, value=row.beds)
            else:
                beds = int(text)
        beds_by_code[code] = beds
    return problems, beds_by_code


class WardService:
    def __init__(self, database: Database) -> None:
        self._db = database

    def list_wards(self, actor: Actor) -> list[WardInfo]:
        """A head nurse sees her own ward; the department and inspectors see every ward."""
        with self._db.transaction() as session:
            query = select(Ward).where(Ward.active).order_by(Ward.code)
            if actor.role is Role.HEAD_NURSE:
                query = query.where(Ward.id == actor.ward_id)
            return [_info(ward) for ward in session.scalars(query)]

    def import_wards(self, actor: Actor, rows: list[WardRow]) -> WardImportResult:
        """Adds new codes, updates known ones; any bad row refuses the whole file."""
        require_admin(actor)
        problems, beds_by_code = _check_rows(rows)
        if problems:
            raise ImportRefused(problems)
        added = updated = 0
        with self._db.transaction() as session:
            existing = {ward.code: ward for ward in session.scalars(select(Ward))}
            for row in rows:
                code = row.code.strip()
                values = {
                    "name": row.name.strip(),
                    "head_nurse_name": row.head_nurse_name.strip(),
                    "beds": beds_by_code[code],
                    "group_name": row.group_name.strip(),
                }
                ward = existing.get(code)
                if ward is None:
                    ward = Ward(code=code, active=True, **values)
                    session.add(ward)
                    session.flush()
                    audit.record(
                        session, actor, "create", "ward", ward.id, after={"code": code, **values}
                    )
                    added += 1
                    continue
                before = {key: getattr(ward, key) for key in values}
                if before != values or not ward.active:
                    for key, value in values.items():
                        setattr(ward, key, value)
                    ward.active = True
                    audit.record(
                        session, actor, "update", "ward", ward.id, before=before, after=values
                    )
                    updated += 1
        return WardImportResult(added, updated)
