"""账户: first start, log-in and user management."""

from __future__ import annotations

import hashlib
import secrets
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime
from functools import cache

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from nursingqc.domain import texts
from nursingqc.domain.accounts import (
    LOCKOUT,
    MAX_FAILED_LOGINS,
    USERNAME_MAX_LENGTH,
    WARN_AFTER_FAILED_LOGINS,
    AccountLocked,
    Actor,
    Role,
    after_wrong_password,
    check_password,
    check_username,
    is_locked,
    normalize_username,
    require_admin,
)
from nursingqc.domain.errors import (
    QT_TRANSLATE_NOOP,
    AuthenticationFailed,
    ConcurrentChange,
    Message,
    NotFound,
    PermissionDenied,
    ValidationError,
)
from nursingqc.domain.texts import checked_text
from nursingqc.services.clock import utc_now
from nursingqc.services.passwords import hash_password, verify_password
from nursingqc.services.use_cases import reads_only, writes_outside_campaigns
from nursingqc.storage import audit
from nursingqc.storage.db import Database
from nursingqc.storage.models import Hospital, User, Ward
from nursingqc.storage.repositories.printed import hospital_name

MSG_WRONG_LOGIN = QT_TRANSLATE_NOOP("Errors", "Wrong user name or password.")
MSG_WRONG_LOGIN_TRIES_LEFT = QT_TRANSLATE_NOOP(
    "Errors",
    "Wrong user name or password. After {count} more wrong tries the account is locked "
    "for {minutes} minutes.",
)
MSG_ALREADY_SET_UP = QT_TRANSLATE_NOOP("Errors", "This database has already been set up.")
MSG_EMPTY_FIELD = QT_TRANSLATE_NOOP("Errors", "Please fill in {field}.")
MSG_USERNAME_TAKEN = QT_TRANSLATE_NOOP("Errors", "The user name {username} is already taken.")
MSG_HEAD_NURSE_NEEDS_WARD = QT_TRANSLATE_NOOP("Errors", "A head nurse account needs a ward.")
MSG_WARD_NOT_FOUND = QT_TRANSLATE_NOOP("Errors", "There is no ward {ward}.")
MSG_USER_NOT_FOUND = QT_TRANSLATE_NOOP("Errors", "There is no user {username}.")
MSG_USER_CHANGED = QT_TRANSLATE_NOOP(
    "Errors",
    "The account {username} was changed by {changed_by} after you opened it, so nothing was "
    "saved. Open it again to see the change.",
)
MSG_NOT_YOURSELF = QT_TRANSLATE_NOOP(
    "Errors",
    "You cannot disable your own account or take away its department role: nobody might be "
    "left to manage the hospital. Ask another 护理部 account to do it.",
)
MSG_LAST_ADMIN = QT_TRANSLATE_NOOP(
    "Errors",
    "{username} is the last active 护理部 account. Create or enable another one first, so that "
    "someone can still manage wards, accounts and campaigns.",
)
MSG_WRONG_OLD_PASSWORD = QT_TRANSLATE_NOOP(
    "Errors",
    "The current password is not right, so the password was not changed. If the nursing "
    "department has just reset it, type the password it gave you.",
)
MSG_SAME_PASSWORD = QT_TRANSLATE_NOOP(
    "Errors", "The new password is the same as the current one; please choose a different one."
)
MSG_NO_OWN_PASSWORD = QT_TRANSLATE_NOOP(
    "Errors", "The command line has no password of its own to change."
)
MSG_PASSWORD_CHANGED_SINCE = QT_TRANSLATE_NOOP(
    "Errors",
    "The password of {username} was changed by {changed_by} after you opened the list, so it "
    "was not reset. Look at the list again and reset it once more if it is still needed.",
)
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
    #: When a locked account may try again (aware UTC); None when it is not locked now.
    locked_until: datetime | None = None
    #: A first or reset password: she sets her own at the next log-in.
    must_change_password: bool = False
    #: Changes whenever the password does (not the password, nor its hash): a reset made on
    #: what the department saw refuses to undo a change made since.
    password_stamp: str = ""


def _actor(user: User) -> Actor:
    return Actor(user.id, user.username, user.display_name, user.role, user.ward_id)


def _user_info(user: User, ward: Ward | None, locked_until: datetime | None = None) -> UserInfo:
    return UserInfo(
        user.id,
        user.username,
        user.display_name,
        user.role,
        ward.code if ward else None,
        ward.name if ward else None,
        user.active,
        locked_until,
        user.must_change_password,
        password_stamp(user.password_hash),
    )


def password_stamp(password_hash: str) -> str:
    return hashlib.sha256(password_hash.encode()).hexdigest()[:16]


def _editable(user: UserInfo) -> tuple[object, ...]:
    """What an edit of the account may find changed by someone else."""
    return (user.display_name, user.role, user.ward_code, user.active)


def _ward_for(session: Session, role: Role, ward_code: str | None) -> Ward | None:
    """A head nurse's ward (she must have one); other roles have none."""
    if role is not Role.HEAD_NURSE:
        return None
    if not ward_code:
        raise ValidationError(MSG_HEAD_NURSE_NEEDS_WARD)
    ward = session.scalar(select(Ward).where(Ward.code == ward_code))
    if ward is None:
        raise NotFound(MSG_WARD_NOT_FOUND, ward=ward_code)
    return ward


def _require_other_admin(session: Session, actor: Actor, user: User) -> None:
    """Before ``user`` stops being an active 护理部 account: not one's own, and not the last."""
    if user.id == actor.user_id:
        raise ValidationError(MSG_NOT_YOURSELF)
    others = session.scalar(
        select(func.count()).where(User.role == Role.ADMIN, User.active, User.id != user.id)
    )
    if not others:
        raise ValidationError(MSG_LAST_ADMIN, username=user.username)


def _last_admin(session: Session, account: User, now: datetime) -> str | None:
    """The user name of a locked 护理部 account when no other active one can log in to unlock
    it; None otherwise (another admin, or not an admin)."""
    if account.role is not Role.ADMIN:
        return None
    others = session.scalars(
        select(User.locked_until).where(User.role == Role.ADMIN, User.active, User.id != account.id)
    )
    if any(not is_locked(until, now) for until in others):
        return None
    return account.username


def _require_text(value: str, field: Message) -> str:
    if not value.strip():
        raise ValidationError(MSG_EMPTY_FIELD, field=field)
    return value.strip()


def new_username(typed: str) -> str:
    """The user name a new account is stored under (docs/decisions.md, "User names")."""
    _require_text(typed, FIELD_USERNAME)
    username = normalize_username(typed)
    check_username(username)
    return username


def find_user(session: Session, typed: str) -> User | None:
    """The account a typed user name means: its normalised form, or — for a name stored before
    names were normalised that could not be (two accounts differing only in case) — as typed."""
    username = normalize_username(typed)
    user = session.scalar(select(User).where(User.username == username))
    if user is None and typed.strip() != username:
        user = session.scalar(select(User).where(User.username == typed.strip()))
    return user


def add_account(
    session: Session,
    actor: Actor,
    *,
    username: str,
    display_name: str,
    role: Role,
    ward: Ward | None,
    password_hash: str,
) -> User:
    """A new account with a first password (初始密码): someone else knows it, so its owner
    sets her own at her first log-in. ``username`` is already checked and free."""
    user = User(
        username=username,
        display_name=display_name.strip() or username,
        role=role,
        ward_id=ward.id if ward else None,
        password_hash=password_hash,
        must_change_password=True,
    )
    session.add(user)
    session.flush()
    audit.record(
        session,
        actor,
        "create",
        "user",
        user.id,
        after={
            "username": username,
            "role": role.value,
            "ward": ward.code if ward else None,
            "must_change_password": True,
        },
    )
    return user


@cache
def _stand_in_hash() -> str:
    # A log-in for a name no account has checks its password against this, so that it takes as
    # long as a wrong password: the time of a refusal must not tell which names exist.
    return hash_password(secrets.token_urlsafe(16))


#: The longest user name the audit log's column holds.
_AUDIT_NAME_LENGTH = USERNAME_MAX_LENGTH


def _audit_name(username: str) -> str:
    # Whatever was typed goes into the log, cut so a pasted paragraph still fits the column.
    return username[:_AUDIT_NAME_LENGTH]


class AccountService:
    def __init__(self, database: Database, now: Callable[[], datetime] = utc_now) -> None:
        self._db = database
        self._now = now

    @reads_only
    def needs_first_run(self) -> bool:
        """A new database has no hospital and no admin yet: the program asks for both."""
        with self._db.transaction(read_only=True) as session:
            users = session.scalar(select(func.count(User.id))) or 0
            return users == 0

    @reads_only
    def hospital_name(self) -> str:
        with self._db.transaction(read_only=True) as session:
            return hospital_name(session)

    @writes_outside_campaigns
    def first_run(
        self, hospital_name: str, username: str, display_name: str, password: str
    ) -> Actor:
        """Names the hospital and creates its first admin; only on a database with no users."""
        hospital_name = _require_text(
            checked_text(hospital_name, texts.HOSPITAL_NAME), FIELD_HOSPITAL_NAME
        )
        display_name = checked_text(display_name, texts.DISPLAY_NAME)
        username = new_username(username)
        check_password(username, password)
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

    @writes_outside_campaigns
    def login(self, username: str, password: str) -> Actor:
        """Checks the password; every refusal is written to the audit log as ``login_failed``.

        After ``MAX_FAILED_LOGINS`` wrong passwords in a row the account waits ``LOCKOUT``
        (even the right password is refused until then); a successful log-in starts the count
        afresh. The refusal never says whether the user name or the password was wrong.
        """
        tried = username.strip()
        now = self._now()
        refusal: AuthenticationFailed
        with self._db.transaction() as session:
            user = find_user(session, username)
            account = user if user is not None and user.active else None
            # One password check on every path (no account, a disabled or locked one too): the
            # time a refusal takes says nothing about which names exist.
            matches = verify_password(
                account.password_hash if account is not None else _stand_in_hash(), password
            )
            if account is None:
                refusal = AuthenticationFailed(MSG_WRONG_LOGIN)
            elif account.locked_until is not None and is_locked(account.locked_until, now):
                refusal = AccountLocked(account.locked_until, _last_admin(session, account, now))
            elif matches:
                account.failed_logins = 0
                account.locked_until = None
                return _actor(account)
            else:
                account.failed_logins, account.locked_until = after_wrong_password(
                    account.failed_logins, account.locked_until, now
                )
                refusal = self._wrong_password(account.failed_logins, account.locked_until)
                if isinstance(refusal, AccountLocked):
                    refusal = AccountLocked(refusal.until, _last_admin(session, account, now))
            audit.record(
                session,
                # Only the name is written to the log: the name that was typed, known or not.
                Actor(None, _audit_name(tried), tried, Role.HEAD_NURSE),
                "login_failed",
                "user",
                user.id if user is not None else None,
                after={
                    "username": tried,
                    "failed_logins": account.failed_logins if account is not None else None,
                    "locked_until": account.locked_until if account is not None else None,
                },
            )
        raise refusal

    @staticmethod
    def _wrong_password(failed_logins: int, locked_until: datetime | None) -> AuthenticationFailed:
        if locked_until is not None:
            return AccountLocked(locked_until)
        if failed_logins >= WARN_AFTER_FAILED_LOGINS:
            return AuthenticationFailed(
                MSG_WRONG_LOGIN_TRIES_LEFT,
                count=MAX_FAILED_LOGINS - failed_logins,
                minutes=int(LOCKOUT.total_seconds() // 60),
            )
        return AuthenticationFailed(MSG_WRONG_LOGIN)

    @writes_outside_campaigns
    def create_user(
        self,
        actor: Actor,
        username: str,
        display_name: str,
        role: Role,
        password: str,
        ward_code: str | None = None,
        *,
        first_password: bool = True,
    ) -> UserInfo:
        """A new account; ``first_password``: the department chose the password, so she sets
        her own at her first log-in (only a test's hospital, whose users log in at once, says
        False)."""
        require_admin(actor)
        username = new_username(username)
        display_name = checked_text(display_name, texts.DISPLAY_NAME)
        check_password(username, password)
        password_hash = hash_password(password)
        with self._db.transaction() as session:
            if find_user(session, username) is not None:
                raise ValidationError(MSG_USERNAME_TAKEN, username=username)
            ward = _ward_for(session, role, ward_code)
            user = add_account(
                session,
                actor,
                username=username,
                display_name=display_name,
                role=role,
                ward=ward,
                password_hash=password_hash,
            )
            if not first_password:
                user.must_change_password = False
            return _user_info(user, ward)

    @reads_only
    def list_users(self, actor: Actor) -> list[UserInfo]:
        require_admin(actor)
        now = self._now()
        with self._db.transaction(read_only=True) as session:
            rows = session.execute(
                select(User, Ward).outerjoin(Ward, User.ward_id == Ward.id).order_by(User.username)
            ).all()
            return [
                _user_info(
                    user, ward, user.locked_until if is_locked(user.locked_until, now) else None
                )
                for user, ward in rows
            ]

    @writes_outside_campaigns
    def update_user(
        self, actor: Actor, seen: UserInfo, display_name: str, role: Role, ward_code: str | None
    ) -> UserInfo:
        """编辑账号: name, role and ward (the user name stays: she logs in with it). ``seen`` is
        the account as the edit began; a change made since is not overwritten."""
        require_admin(actor)
        display_name = checked_text(display_name, texts.DISPLAY_NAME) or seen.username
        with self._db.transaction() as session:
            user = find_user(session, seen.username)
            if user is None:
                raise NotFound(MSG_USER_NOT_FOUND, username=seen.username)
            ward = _ward_for(session, role, ward_code)
            if _editable(_user_info(user, user.ward)) != _editable(seen):
                raise ConcurrentChange(
                    MSG_USER_CHANGED,
                    changed_by=audit.last_author(
                        session, "user", user.id, ignoring=("login_failed",)
                    ),
                    username=user.username,
                )
            if user.role is Role.ADMIN and role is not Role.ADMIN:
                _require_other_admin(session, actor, user)
            before = {"name": user.display_name, "role": user.role.value, "ward": seen.ward_code}
            after = {"name": display_name, "role": role.value, "ward": ward.code if ward else None}
            if before != after:
                user.display_name = display_name
                user.role = role
                user.ward_id = ward.id if ward else None
                user.ward = ward
                session.flush()
                audit.record(session, actor, "update", "user", user.id, before=before, after=after)
            return _user_info(user, user.ward)

    @writes_outside_campaigns
    def set_user_active(self, actor: Actor, username: str, active: bool) -> None:
        """停用 / 启用: a disabled account cannot log in; its work and name stay in the records."""
        require_admin(actor)
        with self._db.transaction() as session:
            user = find_user(session, username)
            if user is None:
                raise NotFound(MSG_USER_NOT_FOUND, username=username)
            if user.active == active:
                return
            if not active and user.role is Role.ADMIN:
                _require_other_admin(session, actor, user)
            user.active = active
            audit.record(
                session,
                actor,
                "activate" if active else "deactivate",
                "user",
                user.id,
                before={"username": user.username, "active": not active},
                after={"username": user.username, "active": active},
            )

    @writes_outside_campaigns
    def reset_password(
        self, actor: Actor, username: str, password: str, stamp: str | None = None
    ) -> None:
        """The department sets a new password for someone who forgot hers; audited. She sets
        her own at the next log-in.

        Forgetting usually ends in a locked account, so the new password also unlocks it.
        ``stamp``: the ``password_stamp`` the department saw; a password changed since (she
        set her own meanwhile) is not reset over (None: reset whatever it is now).
        """
        require_admin(actor)
        check_password(username, password)
        password_hash = hash_password(password)
        with self._db.transaction() as session:
            user = find_user(session, username)
            if user is None:
                raise NotFound(MSG_USER_NOT_FOUND, username=username)
            if stamp is not None and password_stamp(user.password_hash) != stamp:
                raise ConcurrentChange(
                    MSG_PASSWORD_CHANGED_SINCE,
                    changed_by=audit.last_author(
                        session, "user", user.id, ignoring=("login_failed",)
                    ),
                    username=user.username,
                )
            user.password_hash = password_hash
            user.failed_logins = 0
            user.locked_until = None
            user.must_change_password = True
            audit.record(
                session,
                actor,
                "reset_password",
                "user",
                user.id,
                after={"username": user.username, "must_change_password": True},
            )

    @reads_only
    def must_change_password(self, actor: Actor) -> bool:
        """Her password is a first or reset one: she sets her own before she works."""
        if actor.user_id is None:
            return False
        with self._db.transaction(read_only=True) as session:
            user = session.get(User, actor.user_id)
            return user is not None and user.must_change_password

    @writes_outside_campaigns
    def change_password(self, actor: Actor, old_password: str, new_password: str) -> None:
        """修改密码: her own, with the one she has now; a first or reset password's mark
        clears. Audited (without either password).

        The current password is checked inside the write, against what is stored then: a
        reset the department made a moment before refuses this change (she is told), rather
        than being silently replaced by it.
        """
        if actor.user_id is None:
            raise PermissionDenied(MSG_NO_OWN_PASSWORD)
        check_password(actor.username, new_password)
        if new_password == old_password:
            raise ValidationError(MSG_SAME_PASSWORD)
        password_hash = hash_password(new_password)
        with self._db.transaction() as session:
            user = session.get(User, actor.user_id)
            if user is None or not user.active:
                raise NotFound(MSG_USER_NOT_FOUND, username=actor.username)
            if not verify_password(user.password_hash, old_password):
                raise ValidationError(MSG_WRONG_OLD_PASSWORD)
            before = {"must_change_password": user.must_change_password}
            user.password_hash = password_hash
            user.must_change_password = False
            audit.record(
                session,
                actor,
                "change_password",
                "user",
                user.id,
                before=before,
                after={"username": user.username, "must_change_password": False},
            )

    @writes_outside_campaigns
    def unlock(self, actor: Actor, username: str) -> None:
        """The department lets a locked-out user try again at once; audited."""
        require_admin(actor)
        with self._db.transaction() as session:
            user = find_user(session, username)
            if user is None:
                raise NotFound(MSG_USER_NOT_FOUND, username=username)
            before = {"failed_logins": user.failed_logins, "locked_until": user.locked_until}
            user.failed_logins = 0
            user.locked_until = None
            audit.record(
                session,
                actor,
                "unlock",
                "user",
                user.id,
                before=before,
                after={"username": username, "failed_logins": 0, "locked_until": None},
            )
