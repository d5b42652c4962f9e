"""Password hashing with argon2id: slow on purpose, so a copied database keeps passwords safe."""

from __future__ import annotations

import secrets
import string

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError

# OWASP's argon2id baseline (19 MiB, 2 passes): about 20 ms on a ward PC, and 19 MiB rather than the
# library's 64 MiB default, which an old 4 GB ward PC feels at every log-in.
_hasher = PasswordHasher(time_cost=2, memory_cost=19 * 1024, parallelism=1)


def hash_password(password: str) -> str:
    return str(_hasher.hash(password))


def verify_password(password_hash: str, password: str) -> bool:
    try:
        return bool(_hasher.verify(password_hash, password))
    except (VerificationError, InvalidHashError):
        return False


#: Letters and digits read off a slip without doubt: no 0/O, no 1/l/I.
READABLE_CHARACTERS = "".join(
    character for character in string.ascii_letters + string.digits if character not in "0O1lI"
)
FIRST_PASSWORD_LENGTH = 10


def first_password() -> str:
    """初始密码: random (``secrets``), readable, with at least one letter and one digit; its
    owner replaces it at her first log-in (rules §10)."""
    while True:
        password = "".join(
            secrets.choice(READABLE_CHARACTERS) for _ in range(FIRST_PASSWORD_LENGTH)
        )
        if any(c.isdigit() for c in password) and any(c.isalpha() for c in password):
            return password
