"""签名密钥: the Ed25519 keys that sign exchange packages, kept in the program's data folder.

The department PC holds the hospital's key; each ward PC gets its own at enrolment (made by the
department, carried to the ward in its setup package, the only package a private key ever
leaves the department in). Who holds which key and what that protects is in docs/decisions.md
(exchange packages). A key file is PKCS#8 PEM, readable by this account only where the operating
system has such permissions; it is written once, whole (a temporary file linked into place), and
never replaced: a second process that made a key at the same moment uses the first one's.

``cryptography`` is imported where a key is used, not with this module: every start opens the
services (and so this module), and its Rust extension costs the log-in and the window time they
do not have (benchmarks/startup.py) — and cannot load at all under Wine 8, whose missing
``bcryptprimitives.dll`` a real Windows 10 has (installer/README.md).
"""

from __future__ import annotations

import contextlib
import logging
import os
import re
import secrets
from pathlib import Path
from typing import TYPE_CHECKING

from nursingqc.domain.errors import QT_TRANSLATE_NOOP, NursingQCError

#: A key's file name is ``<name>.key``: a plain word, so that no name reaches another folder.
_NAME = re.compile(r"[a-z0-9][a-z0-9-]{0,99}")
KEY_SUFFIX = ".key"
#: Raw Ed25519 sizes (RFC 8032).
PUBLIC_KEY_BYTES = 32
SIGNATURE_BYTES = 64

MSG_KEY_DAMAGED = QT_TRANSLATE_NOOP(
    "Errors",
    "The signing key {file} is damaged, so this PC cannot sign or check exchange packages. "
    "Restore the file from a backup of the data folder; nothing was changed.",
)
MSG_KEY_UNREADABLE = QT_TRANSLATE_NOOP(
    "Errors",
    "The signing key {file} cannot be read or written ({reason}). "
    "Check the data folder's permissions; nothing was changed.",
)

log = logging.getLogger(__name__)

if TYPE_CHECKING:
    from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey


class SigningKey:
    """A private Ed25519 key: signs the manifests of the packages this PC writes."""

    def __init__(self, private_key: Ed25519PrivateKey) -> None:
        self._key = private_key

    def public_bytes(self) -> bytes:
        """The raw 32-byte public key the receivers keep to check this PC's packages."""
        from cryptography.hazmat.primitives import serialization

        return self._key.public_key().public_bytes(
            serialization.Encoding.Raw, serialization.PublicFormat.Raw
        )

    def private_bytes(self) -> bytes:
        """The raw 32-byte private key: only for the ward PC's own setup package."""
        from cryptography.hazmat.primitives import serialization

        return self._key.private_bytes(
            serialization.Encoding.Raw,
            serialization.PrivateFormat.Raw,
            serialization.NoEncryption(),
        )

    def sign(self, data: bytes) -> bytes:
        return self._key.sign(data)

    def _pem(self) -> bytes:
        from cryptography.hazmat.primitives import serialization

        return self._key.private_bytes(
            serialization.Encoding.PEM,
            serialization.PrivateFormat.PKCS8,
            serialization.NoEncryption(),
        )


def new_signing_key() -> SigningKey:
    """A fresh key: the department makes one per ward PC at enrolment."""
    from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

    return SigningKey(Ed25519PrivateKey.generate())


def signing_key_from_bytes(raw: bytes) -> SigningKey:
    """The key of raw 32 bytes (the ward's own, from its setup package); ValueError otherwise."""
    if len(raw) != PUBLIC_KEY_BYTES:
        raise ValueError(f"an Ed25519 private key has {PUBLIC_KEY_BYTES} bytes, not {len(raw)}")
    from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

    return SigningKey(Ed25519PrivateKey.from_private_bytes(raw))


def verify(public_key: bytes, data: bytes, signature: bytes) -> bool:
    """Whether ``signature`` is the holder of ``public_key``'s signature of ``data``; any
    malformed key or signature is simply not a match."""
    if len(public_key) != PUBLIC_KEY_BYTES or len(signature) != SIGNATURE_BYTES:
        return False
    from cryptography.exceptions import InvalidSignature
    from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PublicKey

    try:
        Ed25519PublicKey.from_public_bytes(public_key).verify(signature, data)
    except (InvalidSignature, ValueError):
        return False
    return True


def key_path(folder: Path, name: str) -> Path:
    if not _NAME.fullmatch(name):
        raise ValueError(f"a key name is lower-case letters, digits and -, not {name!r}")
    return folder / f"{name}{KEY_SUFFIX}"


def load_or_create_signing_key(folder: Path, name: str) -> SigningKey:
    """The key ``name`` in ``folder``, made there at its first use.

    A file that exists but is not a key is an error, never replaced: a new key would make every
    receiver refuse this PC's packages, and the old one may still be restored from a backup.
    """
    path = key_path(folder, name)
    if not path.exists():
        store_signing_key(folder, name, new_signing_key())
    return _load(path)


def find_signing_key(folder: Path, name: str) -> SigningKey | None:
    """The key ``name`` in ``folder``; None when there is no such file (the caller says what
    that means: a key made anew would not be the one the other PCs know)."""
    path = key_path(folder, name)
    if not path.exists():
        return None
    return _load(path)


def store_signing_key(folder: Path, name: str, key: SigningKey) -> SigningKey:
    """Keeps ``key`` as ``name`` (a ward PC's own key from its setup package); a key already
    there under that name stays and is returned instead, so a repeated import changes nothing."""
    path = key_path(folder, name)
    temporary = folder / f".{name}.{secrets.token_hex(8)}.partial"
    try:
        folder.mkdir(parents=True, exist_ok=True)
        _write_private(temporary, key._pem())
        try:
            # A hard link never replaces: of two processes making the key at once, one wins.
            os.link(temporary, path)
        except FileExistsError:
            log.info("signing key %s was made by another process meanwhile", path)
            return _load(path)
        log.info("signing key %s written", path)
        return key
    except OSError as error:
        raise NursingQCError(MSG_KEY_UNREADABLE, file=str(path), reason=_reason(error)) from error
    finally:
        with contextlib.suppress(OSError):
            temporary.unlink()


def _write_private(path: Path, data: bytes) -> None:
    """Writes a new file that only this account may read (mode 0600 on POSIX; on Windows the
    folder's permissions apply, see docs/decisions.md)."""
    flags = os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_BINARY", 0)
    descriptor = os.open(path, flags, 0o600)
    with os.fdopen(descriptor, "wb") as stream:
        stream.write(data)
        stream.flush()
        os.fsync(stream.fileno())


def _load(path: Path) -> SigningKey:
    from cryptography.hazmat.primitives import serialization
    from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

    try:
        pem = path.read_bytes()
    except OSError as error:
        raise NursingQCError(MSG_KEY_UNREADABLE, file=str(path), reason=_reason(error)) from error
    try:
        key = serialization.load_pem_private_key(pem, password=None)
    except (ValueError, TypeError) as error:
        log.error("signing key %s cannot be loaded: %s", path, error)
        raise NursingQCError(MSG_KEY_DAMAGED, file=str(path)) from error
    if not isinstance(key, Ed25519PrivateKey):
        log.error("signing key %s is a %s, not Ed25519", path, type(key).__name__)
        raise NursingQCError(MSG_KEY_DAMAGED, file=str(path))
    return SigningKey(key)


def _reason(error: OSError) -> str:
    return error.strerror or type(error).__name__
