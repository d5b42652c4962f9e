"""导入病区: the 病区 sheet's rows checked all together and applied to the wards; any bad row
refuses the whole file, naming every problem with its row and column."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from nursingqc.domain.accounts import Actor, Role, normalize_username, require_admin
from nursingqc.domain.errors import (
    QT_TRANSLATE_NOOP,
    ImportRefused,
    Message,
    RowProblem,
    ValidationError,
)
from nursingqc.domain.texts import lone_surrogate_at
from nursingqc.services.accounts import add_account, find_user, new_username
from nursingqc.services.passwords import first_password, hash_password
from nursingqc.services.use_cases import reads_only, writes_outside_campaigns
from nursingqc.services.wards import MAX_LENGTH, visible_text
from nursingqc.storage import audit
from nursingqc.storage.db import Database
from nursingqc.storage.models import User, Ward

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
MSG_ACCOUNT_NAME_TAKEN = QT_TRANSLATE_NOOP(
    "Errors",
    "The user name {username} for the head nurse of ward {ward} is taken already, by "
    "{owner}. Choose another user name for her; nothing was imported.",
)
MSG_ACCOUNT_NAME_TWICE = QT_TRANSLATE_NOOP(
    "Errors",
    "The user name {username} is given to the head nurses of both ward {first} and ward "
    "{second}. Choose another for one of them; nothing was imported.",
)
MSG_ACCOUNT_WITHOUT_HEAD_NURSE = QT_TRANSLATE_NOOP(
    "Errors",
    "Ward {ward} has no head nurse (column 护士长) in the file, so no account can be made for "
    "her; nothing was imported.",
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
    #: The head nurses' accounts made, each with its first password: shown once, or printed.
    accounts: tuple[FirstPassword, ...] = ()


@dataclass(frozen=True)
class AccountProposal:
    """护士长账号: what the import would do for the head nurse of one row's ward.

    ``username`` is proposed by the rule of rules §10 (the ward's code, lower case,
    made unique); the department may change it before applying. ``existing`` is the user name
    of the ward's head-nurse account already there: then none is made and none is changed.
    """

    ward_code: str
    ward_name: str
    head_nurse_name: str
    username: str
    existing: str | None = None


@dataclass(frozen=True)
class FirstPassword:
    """An account made with a first password (初始密码): for the screen once, and the slip."""

    ward_code: str
    ward_name: str
    username: str
    display_name: str
    password: str


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


def _stored_wards(session: Session) -> dict[str, Ward]:
    """The wards by the code a file names them with."""
    wards = list(session.scalars(select(Ward)))
    # A code stored before invisible characters were removed still names its ward;
    # a ward whose stored code is already clean wins over such a look-alike.
    existing = {visible_text(ward.code): ward for ward in wards}
    existing.update({ward.code: ward for ward in wards if ward.code in existing})
    return existing


def _head_nurse_accounts(session: Session) -> dict[int, str]:
    """Each ward's head-nurse account (the first by user name when it has several)."""
    accounts: dict[int, str] = {}
    for ward_id, username in session.execute(
        select(User.ward_id, User.username)
        .where(User.role == Role.HEAD_NURSE, User.ward_id.is_not(None))
        .order_by(User.username.desc())
    ):
        if ward_id is not None:
            accounts[ward_id] = username
    return accounts


def proposed_username(code: str, taken: set[str]) -> str:
    """The ward's code in lower case without spaces; ``-2``, ``-3`` … when that name is taken."""
    base = normalize_username("".join(code.split()))
    username, number = base, 1
    while username in taken:
        number += 1
        username = f"{base}-{number}"
    return username


def _owner(user: User) -> str:
    ward = f" {user.ward.code}" if user.ward is not None else ""
    return f"{user.display_name} ({user.username}{ward})"


class WardImportService:
    def __init__(self, database: Database) -> None:
        self._db = database

    @reads_only
    def propose_accounts(self, actor: Actor, rows: list[WardRow]) -> list[AccountProposal]:
        """The preview of the head nurses' accounts an import of ``rows`` could make: one per
        row with a head nurse, in the file's order. Bad rows refuse it as the import does."""
        require_admin(actor)
        problems, checked = _check_rows(rows)
        if problems:
            raise ImportRefused(problems)
        proposals: list[AccountProposal] = []
        with self._db.transaction(read_only=True) as session:
            existing = _stored_wards(session)
            accounts = _head_nurse_accounts(session)
            taken = set(session.scalars(select(User.username)))
            for values in checked:
                head_nurse = str(values.get("head_nurse_name") or "")
                if not head_nurse:
                    continue
                code = str(values["code"])
                ward = existing.get(code)
                account = accounts.get(ward.id) if ward is not None else None
                username = account or proposed_username(code, taken)
                taken.add(username)
                proposals.append(
                    AccountProposal(code, str(values["name"]), head_nurse, username, account)
                )
        return proposals

    @writes_outside_campaigns
    def import_wards(
        self, actor: Actor, rows: list[WardRow], accounts: Mapping[str, str] | None = None
    ) -> WardImportResult:
        """Adds new codes, updates known ones; any bad row refuses the whole file.

        A field whose column the file lacks keeps its stored value (a new ward gets it empty).
        A deactivated ward stays deactivated; the result names it, and the page reactivates it.

        ``accounts`` (ward code → user name, as the preview proposed or the department changed
        it) makes the head nurses' accounts in the same transaction, each with a first password
        to change at her first log-in. A ward that has a head-nurse account already keeps it:
        none is made and it is not changed. A user name taken by another account refuses the
        whole import.
        """
        require_admin(actor)
        problems, checked = _check_rows(rows)
        if problems:
            raise ImportRefused(problems)
        wanted = _checked_accounts(checked, accounts or {})
        # Hashed before the write begins: 20 ms each would hold the other PCs' saves.
        passwords = {code: first_password() for code in wanted}
        hashes = {code: hash_password(password) for code, password in passwords.items()}
        added = updated = 0
        kept_inactive: list[str] = []
        made: list[FirstPassword] = []
        with self._db.transaction() as session:
            existing = _stored_wards(session)
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
            if wanted:
                made = self._add_accounts(session, actor, checked, wanted, passwords, hashes)
        return WardImportResult(added, updated, tuple(kept_inactive), tuple(made))

    @staticmethod
    def _add_accounts(
        session: Session,
        actor: Actor,
        checked: list[dict[str, object]],
        wanted: dict[str, str],
        passwords: dict[str, str],
        hashes: dict[str, str],
    ) -> list[FirstPassword]:
        existing = _stored_wards(session)
        accounts = _head_nurse_accounts(session)
        made: list[FirstPassword] = []
        for values in checked:
            code = str(values["code"])
            if code not in wanted:
                continue
            ward = existing[code]
            if ward.id in accounts:
                continue  # the ward's account stays as it is: not duplicated, not overwritten
            username = wanted[code]
            owner = find_user(session, username)
            if owner is not None:
                raise ValidationError(
                    MSG_ACCOUNT_NAME_TAKEN, username=username, ward=code, owner=_owner(owner)
                )
            user = add_account(
                session,
                actor,
                username=username,
                display_name=str(values["head_nurse_name"]),
                role=Role.HEAD_NURSE,
                ward=ward,
                password_hash=hashes[code],
            )
            made.append(
                FirstPassword(code, ward.name, user.username, user.display_name, passwords[code])
            )
        return made


def _checked_accounts(
    checked: list[dict[str, object]], accounts: Mapping[str, str]
) -> dict[str, str]:
    """Ward code → the normalised user name to make, each for a row with a head nurse and no
    name given twice; refused before anything is written."""
    head_nurses = {str(v["code"]): str(v.get("head_nurse_name") or "") for v in checked}
    wanted: dict[str, str] = {}
    given: dict[str, str] = {}
    for code, typed in accounts.items():
        if not head_nurses.get(code):
            raise ValidationError(MSG_ACCOUNT_WITHOUT_HEAD_NURSE, ward=code)
        username = new_username(typed)
        if username in given:
            raise ValidationError(
                MSG_ACCOUNT_NAME_TWICE, username=username, first=given[username], second=code
            )
        given[username] = code
        wanted[code] = username
    return wanted
