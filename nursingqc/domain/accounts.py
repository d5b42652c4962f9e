"""账户与权限: who the acting user is and what each role may do (checked in the services)."""

from __future__ import annotations

import enum
from dataclasses import dataclass

from nursingqc.domain.errors import QT_TRANSLATE_NOOP, PermissionDenied


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


def require_admin(actor: Actor) -> None:
    if not actor.is_admin:
        raise PermissionDenied(MSG_ADMIN_ONLY)


def require_self_check_access(actor: Actor, ward_id: int, ward_code: str) -> None:
    """自查 belongs to the ward: its head nurse, or the department; never another ward's nurse."""
    if actor.is_admin:
        return
    if actor.role is Role.HEAD_NURSE and actor.ward_id == ward_id:
        return
    if actor.role is Role.HEAD_NURSE:
        raise PermissionDenied(MSG_OTHER_WARD, ward=ward_code)
    raise PermissionDenied(MSG_NOT_FOR_ROLE, role=actor.role.value)


MSG_OTHER_INSPECTOR = QT_TRANSLATE_NOOP(
    "Errors",
    "This inspection belongs to another inspector; only she or the department may change it.",
)


def require_evaluation_access(actor: Actor, owner_id: int | None = None) -> None:
    """评比 is scored by inspectors and the department; an inspector changes only her own sheets."""
    if actor.is_admin:
        return
    if actor.role is not Role.INSPECTOR:
        raise PermissionDenied(MSG_NOT_FOR_ROLE, role=actor.role.value)
    if owner_id is not None and owner_id != actor.user_id:
        raise PermissionDenied(MSG_OTHER_INSPECTOR)
