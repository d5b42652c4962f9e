"""病区: the wards of the hospital as everyone lists them and the department edits them, one at a
time; the 病区 sheet's import is ``services.ward_import``."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import String, delete, func, select
from sqlalchemy.orm import Session

from nursingqc.domain.accounts import Actor, Role, require_admin
from nursingqc.domain.errors import (
    QT_TRANSLATE_NOOP,
    ConcurrentChange,
    Message,
    NotFound,
    ValidationError,
)
from nursingqc.domain.texts import MSG_NOT_UNICODE, lone_surrogate_at
from nursingqc.domain.workflow import PhaseKind, PhaseState
from nursingqc.services.use_cases import reads_only, writes_outside_campaigns
from nursingqc.storage import audit
from nursingqc.storage.db import Database
from nursingqc.storage.models import (
    CampaignPhase,
    CampaignWard,
    Inspection,
    Nomination,
    User,
    Ward,
)

# Copied from web pages and chat programs into Excel, these are invisible in a cell yet would
# make "NK01\u200b" a different ward from "NK01".
_INVISIBLE = dict.fromkeys([*range(0x00, 0x20), 0x7F, 0x200B, 0x200C, 0x200D, 0x2060, 0xFEFF])


def visible_text(text: str) -> str:
    """The text as a user sees it: control and zero-width characters removed, ends trimmed.

    Spaces inside are kept: "NK 01" shows its space, so it stays a different code from "NK01"
    (the user can see and correct it; guessing would merge two wards).
    """
    return text.translate(_INVISIBLE).strip()


@dataclass(frozen=True)
class WardInfo:
    id: int
    code: str
    name: str
    head_nurse_name: str
    beds: int | None
    group_name: str


def _info(ward: Ward) -> WardInfo:
    return WardInfo(ward.id, ward.code, ward.name, ward.head_nurse_name, ward.beds, ward.group_name)


def _length_limit(field: str) -> int:
    column_type = Ward.__table__.c[field].type
    assert isinstance(column_type, String) and column_type.length is not None
    return column_type.length


#: The most characters each text field of a ward holds: its database column's length.
MAX_LENGTH = {
    field: _length_limit(field) for field in ("code", "name", "head_nurse_name", "group_name")
}


class WardService:
    def __init__(self, database: Database) -> None:
        self._db = database

    @reads_only
    def list_wards(self, actor: Actor) -> list[WardInfo]:
        """A head nurse sees her own ward; the department and inspectors see every ward."""
        with self._db.transaction(read_only=True) as session:
            query = select(Ward).where(Ward.active).order_by(Ward.code)
            if actor.role is Role.HEAD_NURSE:
                query = query.where(Ward.id == actor.ward_id)
            return [_info(ward) for ward in session.scalars(query)]

    @reads_only
    def manage_wards(self, actor: Actor) -> list[WardDetails]:
        """Every ward, deactivated ones too, with how many score sheets each has (department)."""
        require_admin(actor)
        sheets = (
            select(Inspection.ward_id, func.count(Inspection.id).label("count"))
            .group_by(Inspection.ward_id)
            .subquery()
        )
        with self._db.transaction(read_only=True) as session:
            rows = session.execute(
                select(Ward, func.coalesce(sheets.c.count, 0))
                .outerjoin(sheets, sheets.c.ward_id == Ward.id)
                .order_by(Ward.active.desc(), Ward.code)
            ).all()
            return [_details(ward, count) for ward, count in rows]

    @writes_outside_campaigns
    def create_ward(self, actor: Actor, code: str, edit: WardEdit) -> WardDetails:
        """添加病区: one ward typed in the window, as a wards import would add it."""
        require_admin(actor)
        code = _check_code(code)
        values = _check_edit(edit)
        with self._db.transaction() as session:
            taken = session.scalar(select(Ward).where(Ward.code == code))
            if taken is not None:
                raise ValidationError(MSG_WARD_CODE_TAKEN, code=code, name=taken.name)
            ward = Ward(code=code, **values)
            session.add(ward)
            session.flush()
            audit.record(session, actor, "create", "ward", ward.id, after={"code": code, **values})
            return _details(ward, 0)

    @writes_outside_campaigns
    def update_ward(self, actor: Actor, seen: WardDetails, edit: WardEdit) -> WardDetails:
        """Changes a ward's name, head nurse, beds and group; its code stays (files use it).

        ``seen`` is the ward as the edit began from; if another admin (or a wards import) has
        changed it since, nothing is saved and ``ConcurrentChange`` says who.
        """
        require_admin(actor)
        values = _check_edit(edit)
        with self._db.transaction() as session:
            ward = _ward(session, seen.id)
            before = {key: getattr(ward, key) for key in values}
            if before != {key: getattr(seen, key) for key in values}:
                raise ConcurrentChange(
                    MSG_WARD_CHANGED,
                    changed_by=audit.last_author(session, "ward", ward.id),
                    ward=ward.code,
                )
            if before != values:
                for key, value in values.items():
                    setattr(ward, key, value)
                audit.record(session, actor, "update", "ward", ward.id, before=before, after=values)
            return _details(ward, _sheet_count(session, ward.id))

    @writes_outside_campaigns
    def set_ward_active(self, actor: Actor, ward_id: int, active: bool) -> None:
        """A deactivated ward is offered for no new campaign; its results and accounts stay."""
        require_admin(actor)
        with self._db.transaction() as session:
            ward = _ward(session, ward_id)
            if ward.active != active:
                ward.active = active
                audit.record(
                    session,
                    actor,
                    "activate" if active else "deactivate",
                    "ward",
                    ward.id,
                    before={"code": ward.code, "active": not active},
                    after={"code": ward.code, "active": active},
                )

    @writes_outside_campaigns
    def delete_ward(self, actor: Actor, ward_id: int) -> None:
        """Removes a ward entered by mistake: only while it has no score sheet and no account.

        A ward with results is deactivated instead, so its history stays readable.
        """
        require_admin(actor)
        with self._db.transaction() as session:
            ward = _ward(session, ward_id)
            label = f"{ward.code} {ward.name}"
            count = _sheet_count(session, ward.id)
            if count:
                raise ValidationError(MSG_WARD_HAS_RESULTS, ward=label, count=count)
            usernames = list(
                session.scalars(
                    select(User.username).where(User.ward_id == ward.id).order_by(User.username)
                )
            )
            if usernames:
                raise ValidationError(
                    MSG_WARD_HAS_ACCOUNTS, ward=label, accounts=", ".join(usernames)
                )
            campaigns = list(
                session.scalars(
                    select(CampaignWard.campaign_id).where(CampaignWard.ward_id == ward.id)
                )
            )
            published = session.scalar(
                select(func.count())
                .select_from(CampaignPhase)
                .where(
                    CampaignPhase.campaign_id.in_(campaigns),
                    CampaignPhase.kind == PhaseKind.SUMMARY,
                    CampaignPhase.state == PhaseState.CLOSED,
                )
            )
            nominated = session.scalar(
                select(func.count()).select_from(Nomination).where(Nomination.ward_id == ward.id)
            )
            if published or nominated:
                raise ValidationError(MSG_WARD_IN_RECORDS, ward=label)
            session.execute(delete(CampaignWard).where(CampaignWard.ward_id == ward.id))
            audit.record(
                session,
                actor,
                "delete",
                "ward",
                ward.id,
                before={**_values(ward), "code": ward.code, "campaigns": campaigns},
            )
            session.delete(ward)


MSG_NO_SUCH_WARD = QT_TRANSLATE_NOOP(
    "Errors", "This ward does not exist any more; someone else may have deleted it."
)
MSG_WARD_NAME_EMPTY = QT_TRANSLATE_NOOP("Errors", "Please fill in the ward's name.")
MSG_WARD_CODE_EMPTY = QT_TRANSLATE_NOOP(
    "Errors", "Please fill in the ward's code (e.g. NK01): files and accounts refer to it."
)
MSG_WARD_CODE_TAKEN = QT_TRANSLATE_NOOP(
    "Errors", "The ward code {code} is taken already, by {name}. Choose another code."
)
MSG_FIELD_TOO_LONG = QT_TRANSLATE_NOOP(
    "Errors", "{field} has {count} characters, but at most {length} fit; please shorten it."
)
MSG_WARD_BEDS = QT_TRANSLATE_NOOP(
    "Errors", "The number of beds must be a whole number from 0 to 999, not {value}."
)
MSG_WARD_CHANGED = QT_TRANSLATE_NOOP(
    "Errors",
    "Ward {ward} was changed by {changed_by} after you opened it, so nothing was saved (neither "
    "change is lost unseen). Close this window and open the ward again to see theirs.",
)
MSG_WARD_HAS_RESULTS = QT_TRANSLATE_NOOP(
    "Errors",
    "Ward {ward} has {count} score sheet(s) and cannot be deleted. "
    "Deactivate it instead: it is then left out of new campaigns and its results are kept.",
)
MSG_WARD_IN_RECORDS = QT_TRANSLATE_NOOP(
    "Errors",
    "Ward {ward} cannot be deleted: it is part of a published campaign's results or has "
    "excellent-nurse nominations. Deactivate the ward instead.",
)
MSG_WARD_HAS_ACCOUNTS = QT_TRANSLATE_NOOP(
    "Errors",
    "Ward {ward} cannot be deleted: the account(s) {accounts} belong to it. "
    "Deactivate the ward instead.",
)
_FIELD_NAMES = {
    "code": Message(QT_TRANSLATE_NOOP("Errors", "The ward's code")),
    "name": Message(QT_TRANSLATE_NOOP("Errors", "The ward's name")),
    "head_nurse_name": Message(QT_TRANSLATE_NOOP("Errors", "The head nurse's name")),
    "group_name": Message(QT_TRANSLATE_NOOP("Errors", "The group")),
}
MAX_BEDS = 999


@dataclass(frozen=True)
class WardEdit:
    """What the department may change of a ward (not its code, which files refer to)."""

    name: str
    head_nurse_name: str = ""
    beds: int | None = None
    group_name: str = ""


@dataclass(frozen=True)
class WardDetails:
    """A ward as the department manages it; ``sheets`` counts its score sheets (results)."""

    id: int
    code: str
    name: str
    head_nurse_name: str
    beds: int | None
    group_name: str
    active: bool
    sheets: int


def _values(ward: Ward) -> dict[str, object]:
    return {
        "name": ward.name,
        "head_nurse_name": ward.head_nurse_name,
        "beds": ward.beds,
        "group_name": ward.group_name,
    }


def _details(ward: Ward, sheets: int) -> WardDetails:
    return WardDetails(
        ward.id,
        ward.code,
        ward.name,
        ward.head_nurse_name,
        ward.beds,
        ward.group_name,
        ward.active,
        sheets,
    )


def _check_edit(edit: WardEdit) -> dict[str, object]:
    texts = {
        "name": visible_text(edit.name),
        "head_nurse_name": visible_text(edit.head_nurse_name),
        "group_name": visible_text(edit.group_name),
    }
    if not texts["name"]:
        raise ValidationError(MSG_WARD_NAME_EMPTY)
    for field, text in texts.items():
        _check_text(field, text)
    if edit.beds is not None and not 0 <= edit.beds <= MAX_BEDS:
        raise ValidationError(MSG_WARD_BEDS, value=edit.beds)
    return {**texts, "beds": edit.beds}


def _check_text(field: str, text: str) -> None:
    if (position := lone_surrogate_at(text)) is not None:
        raise ValidationError(MSG_NOT_UNICODE, field=_FIELD_NAMES[field], position=position)
    if len(text) > MAX_LENGTH[field]:
        raise ValidationError(
            MSG_FIELD_TOO_LONG, field=_FIELD_NAMES[field], count=len(text), length=MAX_LENGTH[field]
        )


def _check_code(code: str) -> str:
    code = visible_text(code)
    if not code:
        raise ValidationError(MSG_WARD_CODE_EMPTY)
    _check_text("code", code)
    return code


def _ward(session: Session, ward_id: int) -> Ward:
    ward = session.get(Ward, ward_id)
    if ward is None:
        raise NotFound(MSG_NO_SUCH_WARD)
    return ward


def _sheet_count(session: Session, ward_id: int) -> int:
    return (
        session.scalar(select(func.count(Inspection.id)).where(Inspection.ward_id == ward_id)) or 0
    )
