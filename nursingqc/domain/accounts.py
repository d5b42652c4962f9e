"""账户与权限: who the acting user is and what each role may do (checked in the services)."""

from __future__ import annotations

import enum
import unicodedata
from dataclasses import dataclass
from datetime import datetime, timedelta

from nursingqc.domain.errors import (
    QT_TRANSLATE_NOOP,
    AuthenticationFailed,
    PermissionDenied,
    ValidationError,
)


class Role(enum.StrEnum):
    """管理员 (护理部), 质控员 (督查组), 护士长 (bound to one ward)."""

    ADMIN = "admin"
    INSPECTOR = "inspector"
    HEAD_NURSE = "head_nurse"

    @property
    def display_name(self) -> str:
        return _ROLE_NAMES[self]


_ROLE_NAMES = {
    Role.ADMIN: QT_TRANSLATE_NOOP("Role", "Nursing department (admin)"),
    Role.INSPECTOR: QT_TRANSLATE_NOOP("Role", "Inspector"),
    Role.HEAD_NURSE: QT_TRANSLATE_NOOP("Role", "Head nurse"),
}

MSG_ADMIN_ONLY = QT_TRANSLATE_NOOP("Errors", "Only the nursing department (admin) may do this.")
MSG_OTHER_WARD = QT_TRANSLATE_NOOP(
    "Errors", "A head nurse may only work on her own ward's sheets, not on ward {ward}."
)
MSG_NOT_FOR_ROLE = QT_TRANSLATE_NOOP("Errors", "Your role ({role}) may not do this.")

#: The user name written in the audit log for command-line actions.
CLI_USERNAME = "cli"


@dataclass(frozen=True)
class Actor:
    """The user an action is done for; ``user_id`` is None for the command line (``cli``)."""

    user_id: int | None
    username: str
    display_name: str
    role: Role
    ward_id: int | None = None

    @property
    def is_admin(self) -> bool:
        return self.role is Role.ADMIN

    @classmethod
    def command_line(cls) -> Actor:
        return cls(None, CLI_USERNAME, CLI_USERNAME, Role.ADMIN)


class Permission(enum.Enum):
    """权限: what a role may do. The services refuse what it does not allow and the window shows
    only the pages and buttons it allows, both from ``GRANTED``."""

    #: 护理部's own work: campaigns, wards, accounts, reopening sheets, awards, the summary text.
    ADMINISTER = "administer"
    #: 自查: score one's own ward (the department: any ward).
    SELF_CHECK = "self_check"
    #: 评比: inspect and score any ward.
    EVALUATE = "evaluate"
    #: 整改 on the ward's side: cause, measure, owner, done, photos.
    ANSWER_RECTIFICATION = "answer_rectification"
    #: 整改 on the department's side: re-check, reject, move a deadline, print notices.
    RECHECK_RECTIFICATION = "recheck_rectification"
    #: The ranking and the summary before they are published.
    READ_UNPUBLISHED_RESULTS = "read_unpublished_results"
    #: 本病区结果: a ward's own published results.
    READ_OWN_WARD_RESULTS = "read_own_ward_results"
    #: 优秀护士: nominate a nurse (a head nurse for her ward, the department for any ward).
    NOMINATE_NURSE = "nominate_nurse"


GRANTED: dict[Role, frozenset[Permission]] = {
    Role.ADMIN: frozenset(Permission) - {Permission.READ_OWN_WARD_RESULTS},
    Role.INSPECTOR: frozenset(
        {
            Permission.EVALUATE,
            Permission.RECHECK_RECTIFICATION,
            Permission.READ_UNPUBLISHED_RESULTS,
        }
    ),
    Role.HEAD_NURSE: frozenset(
        {
            Permission.SELF_CHECK,
            Permission.ANSWER_RECTIFICATION,
            Permission.READ_OWN_WARD_RESULTS,
            Permission.NOMINATE_NURSE,
        }
    ),
}


def may(actor: Actor, permission: Permission) -> bool:
    return permission in GRANTED[actor.role]


def require(actor: Actor, permission: Permission, message: str = MSG_NOT_FOR_ROLE) -> None:
    """Refuses with ``message`` (which may name ``{role}``) what the actor's role may not do."""
    if not may(actor, permission):
        raise PermissionDenied(message, role=actor.role.value)


def require_admin(actor: Actor) -> None:
    require(actor, Permission.ADMINISTER, MSG_ADMIN_ONLY)


def require_self_check_access(actor: Actor, ward_id: int, ward_code: str) -> None:
    """自查 belongs to the ward: its head nurse, or the department; never another ward's nurse."""
    require(actor, Permission.SELF_CHECK)
    if not actor.is_admin and actor.ward_id != ward_id:
        raise PermissionDenied(MSG_OTHER_WARD, ward=ward_code)


MSG_OTHER_INSPECTOR = QT_TRANSLATE_NOOP(
    "Errors",
    "This inspection belongs to another inspector; only she or the department may change it.",
)


def require_evaluation_access(actor: Actor, owner_id: int | None = None) -> None:
    """评比 is scored by inspectors and the department; an inspector changes only her own sheets."""
    require(actor, Permission.EVALUATE)
    if not actor.is_admin and owner_id is not None and owner_id != actor.user_id:
        raise PermissionDenied(MSG_OTHER_INSPECTOR)


MIN_PASSWORD_LENGTH = 8
#: Wrong passwords in a row before an account has to wait.
MAX_FAILED_LOGINS = 5
LOCKOUT = timedelta(minutes=5)
#: From this many wrong passwords in a row on, the refusal says how many tries are left.
WARN_AFTER_FAILED_LOGINS = 3

MSG_PASSWORD_BLANK = QT_TRANSLATE_NOOP(
    "Errors", "The password cannot be empty or only spaces; please type a password."
)
MSG_PASSWORD_SHORT = QT_TRANSLATE_NOOP(
    "Errors", "The password must have at least {length} characters; please type a longer one."
)
MSG_PASSWORD_IS_USERNAME = QT_TRANSLATE_NOOP(
    "Errors", "The password must not be the same as the user name; please choose another one."
)
MSG_ACCOUNT_LOCKED = QT_TRANSLATE_NOOP(
    "Errors",
    "Too many wrong passwords: this account is locked until {until}. Try again then, "
    "or ask the nursing department to unlock it.",
)


#: The longest user name: the accounts' and the audit log's columns hold 50 characters.
USERNAME_MAX_LENGTH = 50

MSG_USERNAME_TOO_LONG = QT_TRANSLATE_NOOP(
    "Errors",
    "A user name has at most {length} characters; {username}… is longer. Please choose a "
    "shorter one.",
)
MSG_USERNAME_SPACES = QT_TRANSLATE_NOOP(
    "Errors",
    "A user name has no spaces or line breaks inside it; {username} has. Please remove them.",
)


def normalize_username(typed: str) -> str:
    """The user name as stored and looked up: what a head nurse may type for the same account
    is the same name — full-width letters and digits (ＮＫ０１, an input method's default) become
    ASCII, case does not matter, spaces around it are dropped.

    NFKC folds the widths, ``casefold`` the case (and ß to ss); both leave Chinese as it is.
    """
    return unicodedata.normalize("NFKC", typed).strip().casefold()


def check_username(username: str) -> None:
    """A normalised user name too long for its column, or with a gap inside, is refused."""
    if len(username) > USERNAME_MAX_LENGTH:
        raise ValidationError(
            MSG_USERNAME_TOO_LONG, length=USERNAME_MAX_LENGTH, username=username[:20]
        )
    if any(character.isspace() for character in username):
        raise ValidationError(MSG_USERNAME_SPACES, username=username)


def check_password(username: str, password: str) -> None:
    """A password anyone at the ward PC could guess is refused, with the rule it breaks."""
    if not password.strip():
        raise ValidationError(MSG_PASSWORD_BLANK)
    if len(password) < MIN_PASSWORD_LENGTH:
        raise ValidationError(MSG_PASSWORD_SHORT, length=MIN_PASSWORD_LENGTH)
    if password.strip().casefold() == username.strip().casefold():
        raise ValidationError(MSG_PASSWORD_IS_USERNAME)


MSG_LAST_ADMIN_LOCKED = QT_TRANSLATE_NOOP(
    "Errors",
    "Too many wrong passwords: this account is locked until {until}, and no other 护理部 "
    "account can unlock it. Wait until then, or on this PC run the command line: nursingqc "
    "users unlock {username}",
)


class AccountLocked(AuthenticationFailed):
    """Too many wrong passwords in a row; ``until`` is the aware UTC moment the wait ends.

    The ``until`` parameter is that moment too: the UI shows it in the PC's local time. For the
    last 护理部 account (``last_admin``, its user name) nobody in the program can unlock it: the
    message names the command line instead of the department.
    """

    def __init__(self, until: datetime, last_admin: str | None = None) -> None:
        self.until = until
        if last_admin is None:
            super().__init__(MSG_ACCOUNT_LOCKED, until=until)
        else:
            super().__init__(MSG_LAST_ADMIN_LOCKED, until=until, username=last_admin)


def is_locked(locked_until: datetime | None, now: datetime) -> bool:
    return locked_until is not None and now < locked_until


def after_wrong_password(
    failed_logins: int, locked_until: datetime | None, now: datetime
) -> tuple[int, datetime | None]:
    """The wrong passwords in a row and the end of the wait after one more wrong password.

    A wait that has passed starts a new count: the user gets her five tries again.
    """
    if locked_until is not None and not is_locked(locked_until, now):
        failed_logins = 0
    failed = failed_logins + 1
    return failed, (now + LOCKOUT if failed >= MAX_FAILED_LOGINS else None)
