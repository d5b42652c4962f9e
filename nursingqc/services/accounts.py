"""账户: first start, log-in and user management."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import func, select

from nursingqc.domain.accounts import Actor, Role, require_admin
from nursingqc.domain.errors import (
    QT_TRANSLATE_NOOP,
    AuthenticationFailed,
    Message,
    NotFound,
    PermissionDenied,
    ValidationError,
)
from nursingqc.services.passwords import hash_password, verify_password
from nursingqc.storage import audit
from nursingqc.storage.db import Database
from nursingqc.storage.models import Hospital, User, Ward

MIN_PASSWORD_LENGTH = 6

MSG_WRONG_LOGIN = QT_TRANSLATE_NOOP("Errors", "Wrong user name or password.")
MSG_ALREADY_SET_UP = QT_TRANSLATE_NOOP("Errors", "This database has already been set up.")
MSG_EMPTY_FIELD = QT_TRANSLATE_NOOP("Errors", "Please fill in {field}.")
MSG_PASSWORD_SHORT = QT_TRANSLATE_NOOP(
    "Errors", "The password must have at least {length} characters."
)
MSG_USERNAME_TAKEN = QT_TRANSLATE_NOOP("Errors", "The user name {username} is already taken.")
MSG_HEAD_NURSE_NEEDS_WARD = QT_TRANSLATE_NOOP("Errors", "A head nurse account needs a ward.")
MSG_WARD_NOT_FOUND = QT_TRANSLATE_NOOP("Errors", "There is no ward {ward}.")
MSG_USER_NOT_FOUND = QT_TRANSLATE_NOOP("Errors", "There is no user {username}.")
FIELD_HOSPITAL_NAME = Message(QT_TRANSLATE_NOOP("Errors", "the hospital's name"))
FIELD_USERNAME = Message(QT_TRANSLATE_NOOP("Errors", "the user name"))


@dataclass(frozen=True)
class UserInfo:
    id: int
    username: str
    display_name: str
    role: Role
    ward_code: str | None
    ward_name: str | None
    active: bool


def _actor(user: User) -> Actor:
    return Actor(user.id, user.username, user.display_name, user.role, user.ward_id)


def _check_password(password: str) -> None:
    if len(password) < MIN_PASSWORD_LENGTH:
        raise ValidationError(MSG_PASSWORD_SHORT, length=MIN_PASSWORD_LENGTH)


def _require_text(value: str, field: Message) -> str:
    if not value.strip():
        raise ValidationError(MSG_EMPTY_FIELD, field=field)
    return value.strip()


class AccountService:
    def __init__(self, database: Database) -> None:
        self._db = database

    def needs_first_run(self) -> bool:
        """A new database has no hospital and no admin yet: the program asks for both."""
        with self._db.transaction() as session:
            users = session.scalar(select(func.count(User.id))) or 0
            return users == 0

    def hospital_name(self) -> str:
        with self._db.transaction() as session:
            return session.scalar(select(Hospital.name).order_by(Hospital.id)) or ""

    def first_run(
        self, hospital_name: str, username: str, display_name: str, password: str
    ) -> Actor:
        """Names the hospital and creates its first admin; only on a database with no users."""
        hospital_name = _require_text(hospital_name, FIELD_HOSPITAL_NAME)
        username = _require_text(username, FIELD_USERNAME)
        _check_password(password)
        with self._db.transaction() as session:
            if session.scalar(select(func.count(User.id))):
                raise PermissionDenied(MSG_ALREADY_SET_UP)
            hospital = session.scalar(select(Hospital))
            if hospital is None:
                session.add(Hospital(name=hospital_name))
            else:
                hospital.name = hospital_name
            user = User(
                username=username,
                display_name=display_name.strip() or username,
                role=Role.ADMIN,
                password_hash=hash_password(password),
            )
            session.add(user)
            session.flush()
            actor = _actor(user)
            audit.record(
                session,
                actor,
                "first_run",
                "user",
                user.id,
                after={"hospital": hospital_name, "username": username},
            )
            return actor

    def login(self, username: str, password: str) -> Actor:
        with self._db.transaction() as session:
            user = session.scalar(select(User).where(User.username == username.strip()))
            if user is None or not user.active or not verify_password(user.password_hash, password):
                raise AuthenticationFailed(MSG_WRONG_LOGIN)
            return _actor(user)

    def create_user(
        self,
        actor: Actor,
        username: str,
        display_name: str,
        role: Role,
        password: str,
        ward_code: str | None = None,
    ) -> UserInfo:
        require_admin(actor)
        username = _require_text(username, FIELD_USERNAME)
        _check_password(password)
        with self._db.transaction() as session:
            if session.scalar(select(User.id).where(User.username == username)) is not None:
                raise ValidationError(MSG_USERNAME_TAKEN, username=username)
            ward = None
            if role is Role.HEAD_NURSE:
                if not ward_code:
                    raise ValidationError(MSG_HEAD_NURSE_NEEDS_WARD)
                ward = session.scalar(select(Ward).where(Ward.code == ward_code))
                if ward is None:
                    raise NotFound(MSG_WARD_NOT_FOUND, ward=ward_code)
            user = User(
                username=username,
                display_name=display_name.strip() or username,
                role=role,
                ward_id=ward.id if ward else None,
                password_hash=hash_password(password),
            )
            session.add(user)
            session.flush()
            audit.record(
                session,
                actor,
                "create",
                "user",
                user.id,
                after={"username": username, "role": role.value, "ward": ward_code},
            )
            return UserInfo(
                user.id,
                user.username,
                user.display_name,
                role,
                ward.code if ward else None,
                ward.name if ward else None,
                True,
            )

    def list_users(self, actor: Actor) -> list[UserInfo]:
        require_admin(actor)
        with self._db.transaction() as session:
            rows = session.execute(
                select(User, Ward).outerjoin(Ward, User.ward_id == Ward.id).order_by(User.username)
            ).all()
            return [
                UserInfo(
                    user.id,
                    user.username,
                    user.display_name,
                    user.role,
                    ward.code if ward else None,
                    ward.name if ward else None,
                    user.active,
                )
                for user, ward in rows
            ]

    def reset_password(self, actor: Actor, username: str, password: str) -> None:
        """The department sets a new password for someone who forgot hers; audited."""
        require_admin(actor)
        _check_password(password)
        with self._db.transaction() as session:
            user = session.scalar(select(User).where(User.username == username))
            if user is None:
                raise NotFound(MSG_USER_NOT_FOUND, username=username)
            user.password_hash = hash_password(password)
            audit.record(
                session, actor, "reset_password", "user", user.id, after={"username": username}
            )
