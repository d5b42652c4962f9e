"""交换包的文件: the signed zip file an exchange package travels in, written whole and read safely.

Inside: ``manifest.json`` (the format version, the header and every other entry's name, SHA-256
and size), ``manifest.sig`` (the sender's Ed25519 signature of manifest.json's bytes), the JSON
documents (``records.json`` …) and photos named by their hash (``photos/<sha256>.jpg``). The
records in the documents are ``services.exchange``'s; this module knows only files and bytes.

A package comes from a USB stick, a shared folder or a chat program, so reading trusts nothing:
names, sizes and compression are checked on the zip's directory before a byte is inflated, and
again on the bytes as they stream (never extracted to disk; at most one entry in memory beyond
what is returned); the signature is checked before any entry is read, every entry's hash after,
photos must be pictures. Every refusal is an ``ExchangeRefused`` naming the file and the reason,
and nothing is written anywhere. The format and the threat model are in docs/decisions.md
(exchange packages), the rule in rules §14.
"""

from __future__ import annotations

import contextlib
import hashlib
import io
import json
import logging
import os
import re
import secrets
import struct
import time
import zipfile
from collections.abc import Callable, Iterator, Mapping
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import IO, Any, NoReturn, TypeGuard

from nursingqc.domain.errors import QT_TRANSLATE_NOOP
from nursingqc.domain.exchange import FORMAT_VERSION, ExchangeRefused, PackageHeader, PackageKind
from nursingqc.storage.exchange_keys import SIGNATURE_BYTES, SigningKey, verify

#: What a package file is called by the program (``<what>-<ward>-<sequence>.nqcpkg``).
PACKAGE_SUFFIX = ".nqcpkg"
#: A package being written: a folder scan skips these (the name ends differently and is hidden).
PARTIAL_SUFFIX = ".partial"
#: How many names ``publish_package`` tries beside a taken one.
_MAX_NAME_TRIES = 1000
#: A partial file older than this was left by a program that died while writing (or before
#: its transaction committed); younger ones may still be being written by another PC.
STALE_PARTIAL_SECONDS = 3600
MANIFEST = "manifest.json"
SIGNATURE = "manifest.sig"
#: ``manifest.json``'s ``format``: what tells our package from any other zip with a manifest.
FORMAT_NAME = "nursingqc-exchange-package"
PHOTO_FOLDER = "photos/"
DOCUMENT_NAME = re.compile(r"[a-z0-9][a-z0-9_-]{0,63}\.json")
PHOTO_NAME = re.compile(r"photos/([0-9a-f]{64})\.(jpg|png)")
_SHA256 = re.compile(r"[0-9a-f]{64}")
_DRIVE = re.compile(r"[A-Za-z]:")
#: The first bytes of each picture a package may carry (JPEG SOI + marker; PNG's signature).
_MAGIC = {"jpg": b"\xff\xd8\xff", "png": b"\x89PNG\r\n\x1a\n"}
_PIL_FORMAT = {"jpg": "JPEG", "png": "PNG"}
_CHUNK = 64 * 1024
#: A zip's local file header: what a zip file, whole or cut short, starts with.
_ZIP_MAGIC = b"PK\x03\x04"
#: The end-of-central-directory record: its magic, size without comment, longest comment.
_EOCD_MAGIC = b"PK\x05\x06"
_EOCD_SIZE = 22
_MAX_COMMENT = 0xFFFF
#: Unix file type bits of a zip entry's external attributes.
_S_IFMT = 0o170000
_S_IFLNK = 0o120000
_S_IFREG = 0o100000
_MB = 1024 * 1024


@dataclass(frozen=True)
class PackageLimits:
    """How large a package may be, checked on the zip's directory and again while streaming.

    A month's up-package of a large ward holds a few hundred photos of at most 1.5 MB (the
    database's own bound) and well under a few MB of JSON; the limits leave room for more than
    that and stop a zip bomb (a small file that inflates to fill the disk or the memory) long
    before harm: a package is read into memory whole, so the total bounds the memory it takes.
    """

    max_file_bytes: int = 512 * _MB
    max_entries: int = 10_000
    max_entry_bytes: int = 32 * _MB
    max_total_bytes: int = 512 * _MB
    max_manifest_bytes: int = 4 * _MB
    #: Deflated records shrink 5-20 times (ids, dates and texts differ); a bomb of repeated
    #: bytes 300-1000 times. Only entries larger
    #: than ``ratio_floor_bytes`` are held to it (a tiny entry of zeros harms nobody).
    max_ratio: int = 200
    ratio_floor_bytes: int = _MB


DEFAULT_LIMITS = PackageLimits()


@dataclass(frozen=True)
class Package:
    """A package whose signature, hashes and shape have been checked; its records are not."""

    header: PackageHeader
    #: name ("records.json", "receipt.json" …) -> the parsed JSON value
    documents: dict[str, object]
    #: "photos/<sha256 hex>.<jpg|png>" -> the picture's bytes (hash and kind checked)
    files: dict[str, bytes]


MSG_NOT_A_PACKAGE = QT_TRANSLATE_NOOP(
    "Errors",
    "{file} is not a NursingQC exchange package. Choose a package file exported by NursingQC "
    "(its name ends in .nqcpkg); nothing was imported.",
)
MSG_PACKAGE_DAMAGED = QT_TRANSLATE_NOOP(
    "Errors",
    "The package {file} is incomplete or damaged: it may not have been copied to the end. "
    "Copy it again, or ask the sender for a new one; nothing was imported.",
)
MSG_PACKAGE_MISSING = QT_TRANSLATE_NOOP(
    "Errors", "The package {file} cannot be found. Check the folder and choose it again."
)
MSG_PACKAGE_UNREADABLE = QT_TRANSLATE_NOOP(
    "Errors", "The package {file} cannot be read ({reason}); nothing was imported."
)
MSG_PACKAGE_TOO_BIG = QT_TRANSLATE_NOOP(
    "Errors",
    "The package {file} is {size} MB; a package may have at most {limit} MB. "
    "It was not made by NursingQC; nothing was imported.",
)
MSG_TOO_MANY_ENTRIES = QT_TRANSLATE_NOOP(
    "Errors",
    "The package {file} holds {count} files; a package holds at most {limit}. "
    "It was not made by NursingQC or was altered; nothing was imported.",
)
MSG_ENTRY_TOO_BIG = QT_TRANSLATE_NOOP(
    "Errors",
    "In the package {file}, {entry} unpacks to more than {limit} MB, more than any package "
    "holds (a file made to fill the disk). Nothing was imported.",
)
MSG_TOTAL_TOO_BIG = QT_TRANSLATE_NOOP(
    "Errors",
    "The package {file} unpacks to more than {limit} MB, more than any package holds "
    "(a file made to fill the disk). Nothing was imported.",
)
MSG_RATIO_TOO_HIGH = QT_TRANSLATE_NOOP(
    "Errors",
    "In the package {file}, {entry} is packed more than {limit} times smaller than it unpacks, "
    "as only a file made to fill the disk is (a zip bomb). Nothing was imported.",
)
MSG_NAME_PARENT = QT_TRANSLATE_NOOP(
    "Errors",
    "The package {file} holds {entry}, a name pointing outside the package (..). "
    "Such a package is made to overwrite files; nothing was imported.",
)
MSG_NAME_ABSOLUTE = QT_TRANSLATE_NOOP(
    "Errors",
    "The package {file} holds {entry}, a name with a full path. "
    "Such a package is made to overwrite files; nothing was imported.",
)
MSG_NAME_BACKSLASH = QT_TRANSLATE_NOOP(
    "Errors",
    "The package {file} holds {entry}, a name with a backslash, which NursingQC never writes. "
    "Nothing was imported.",
)
MSG_NAME_DRIVE = QT_TRANSLATE_NOOP(
    "Errors",
    "The package {file} holds {entry}, a name with a drive letter. "
    "Such a package is made to overwrite files; nothing was imported.",
)
MSG_SYMLINK = QT_TRANSLATE_NOOP(
    "Errors",
    "The package {file} holds {entry} as a link to another file, which NursingQC never writes. "
    "Nothing was imported.",
)
MSG_DUPLICATE_ENTRY = QT_TRANSLATE_NOOP(
    "Errors",
    "The package {file} holds {entry} twice, so it cannot be told which one is meant. "
    "It was altered; nothing was imported.",
)
MSG_UNEXPECTED_ENTRY = QT_TRANSLATE_NOOP(
    "Errors",
    "The package {file} holds {entry}, which NursingQC never writes into a package. "
    "It was altered; nothing was imported.",
)
MSG_ENTRY_NOT_IN_MANIFEST = QT_TRANSLATE_NOOP(
    "Errors",
    "The package {file} holds {entry}, which its table of contents does not list: "
    "it was altered after it was made. Nothing was imported.",
)
MSG_ENTRY_MISSING = QT_TRANSLATE_NOOP(
    "Errors",
    "The package {file} lacks {entry}, which its table of contents lists: it is incomplete "
    "or was altered. Nothing was imported.",
)
MSG_MANIFEST_INVALID = QT_TRANSLATE_NOOP(
    "Errors",
    "The table of contents (manifest.json) of the package {file} is not valid ({field}): "
    "it was not made by NursingQC or was altered. Nothing was imported.",
)
MSG_NEWER_FORMAT = QT_TRANSLATE_NOOP(
    "Errors",
    "The package {file} was made by a newer NursingQC (package format {version}; this program "
    "reads up to {supported}). Update NursingQC on this PC, then import it again.",
)
MSG_SIGNATURE_MISSING = QT_TRANSLATE_NOOP(
    "Errors",
    "The package {file} carries no signature, so nobody can tell who made it. "
    "Ask the sender for a new package; nothing was imported.",
)
MSG_SIGNATURE_WRONG = QT_TRANSLATE_NOOP(
    "Errors",
    "The signature of the package {file} does not match: it was altered after it was made, "
    "or it was not made by {sender}. Nothing was imported.",
)
MSG_UNKNOWN_SENDER = QT_TRANSLATE_NOOP(
    "Errors",
    "The package {file} comes from {sender}, a PC this one has no key of. Only packages of the "
    "nursing department and of the ward PCs it enrolled are imported; nothing was imported.",
)
MSG_HASH_MISMATCH = QT_TRANSLATE_NOOP(
    "Errors",
    "In the package {file}, {entry} was changed after the package was made (its SHA-256 does "
    "not match the table of contents). Nothing was imported.",
)
MSG_NOT_A_PICTURE = QT_TRANSLATE_NOOP(
    "Errors",
    "In the package {file}, {entry} is not a JPEG or PNG picture. Nothing was imported.",
)
MSG_DOCUMENT_INVALID = QT_TRANSLATE_NOOP(
    "Errors",
    "In the package {file}, {entry} is not valid JSON: it was not made by NursingQC or was "
    "altered. Nothing was imported.",
)
MSG_WRITE_FAILED = QT_TRANSLATE_NOOP(
    "Errors",
    "The package {file} could not be written ({reason}). Check that the folder exists, may be "
    "written to and has room; nothing was left there.",
)

log = logging.getLogger(__name__)


# -- writing -------------------------------------------------------------------------------------


@dataclass(frozen=True)
class StagedPackage:
    """A package written whole under a hidden temporary name beside ``path``: nobody scanning
    the folder sees it until it is published, and a discarded one leaves nothing."""

    temporary: Path
    path: Path


def write_package(
    path: Path,
    header: PackageHeader,
    documents: Mapping[str, object],
    files: Mapping[str, bytes],
    key: SigningKey,
) -> Path:
    """Writes the package as ``path`` (or, when that name is taken, a free one beside it) and
    returns where: ``stage_package`` and ``publish_package`` in one."""
    return publish_package(stage_package(path, header, documents, files, key))


def stage_package(
    path: Path,
    header: PackageHeader,
    documents: Mapping[str, object],
    files: Mapping[str, bytes],
    key: SigningKey,
) -> StagedPackage:
    """Writes the package under a hidden temporary name in ``path``'s folder, flushed to the
    disk. The caller publishes it once what it records is committed, or discards it.

    A name the reader would refuse is a programming error (ValueError); a folder that cannot be
    written is the user's (``ExchangeRefused``, and no temporary file stays behind).
    """
    entries = _entries(documents, files)
    manifest = manifest_bytes(header, entries)
    remove_stale_partials(path.parent)
    temporary = path.with_name(f".{path.name}.{secrets.token_hex(6)}{PARTIAL_SUFFIX}")
    made = header.created_at
    stamp = (made.year, made.month, made.day, made.hour, made.minute, made.second)
    try:
        with temporary.open("xb") as stream:
            with zipfile.ZipFile(stream, "w") as archive:
                _write_entry(archive, MANIFEST, manifest, stamp, zipfile.ZIP_DEFLATED)
                _write_entry(archive, SIGNATURE, key.sign(manifest), stamp, zipfile.ZIP_STORED)
                for name, data in entries.items():
                    # Photos are JPEG/PNG already: deflating them again only costs time.
                    method = zipfile.ZIP_STORED if name in files else zipfile.ZIP_DEFLATED
                    _write_entry(archive, name, data, stamp, method)
            stream.flush()
            os.fsync(stream.fileno())
    except OSError as error:
        discard_package(StagedPackage(temporary, path))
        log.error("package %s not written: %s", path, error)
        raise ExchangeRefused(
            MSG_WRITE_FAILED, file=str(path), reason=error.strerror or str(error)
        ) from error
    log.info("package %s staged: %s, %d entries", path, header.kind, len(entries))
    return StagedPackage(temporary, path)


def publish_package(staged: StagedPackage) -> Path:
    """Gives the staged package its name in one step and returns it. An existing file is never
    replaced (it may be another PC's package nobody has imported yet): a taken name becomes
    ``<name>-2.nqcpkg``, ``-3`` and so on."""
    stem = staged.path.name.removesuffix(PACKAGE_SUFFIX)
    for number in range(1, _MAX_NAME_TRIES + 1):
        name = staged.path.name if number == 1 else f"{stem}-{number}{PACKAGE_SUFFIX}"
        target = staged.path.with_name(name)
        try:
            _rename_without_replacing(staged.temporary, target)
        except FileExistsError:
            continue
        except OSError as error:
            discard_package(staged)
            log.error("package %s not written: %s", target, error)
            raise ExchangeRefused(
                MSG_WRITE_FAILED, file=str(target), reason=error.strerror or str(error)
            ) from error
        log.info("package %s written", target)
        return target
    discard_package(staged)
    raise ExchangeRefused(MSG_WRITE_FAILED, file=str(staged.path), reason="name taken")


def remove_stale_partials(folder: Path, now: float | None = None) -> None:
    """Deletes the hidden partial packages a program that died while writing left in
    ``folder`` (no scan offers them, but they would stay in a shared folder for ever)."""
    limit = (time.time() if now is None else now) - STALE_PARTIAL_SECONDS
    for stale in folder.glob(f".*{PACKAGE_SUFFIX}.*{PARTIAL_SUFFIX}"):
        try:
            if stale.stat().st_mtime < limit:
                stale.unlink()
                log.info("removed %s, left by an unfinished package", stale)
        except OSError:
            log.warning("could not remove %s", stale, exc_info=True)


def discard_package(staged: StagedPackage) -> None:
    """Removes a staged package that is not to be published (its import was rolled back)."""
    with contextlib.suppress(OSError):
        staged.temporary.unlink()


def _rename_without_replacing(source: Path, target: Path) -> None:
    """FileExistsError when ``target`` exists. A hard link never replaces; a USB stick's FAT
    has none, and there a rename does the same on Windows (it refuses an existing target)
    and, on other systems, after a check (a race only with another writer of that very name)."""
    try:
        os.link(source, target)
    except FileExistsError:
        raise
    except OSError:
        if target.exists():
            raise FileExistsError(target) from None
        source.rename(target)
        return
    source.unlink()


def manifest_bytes(header: PackageHeader, entries: Mapping[str, bytes]) -> bytes:
    """manifest.json for ``entries`` (name -> bytes): the bytes the signature covers."""
    manifest = {
        "format": FORMAT_NAME,
        "format_version": header.format_version,
        "header": {
            "kind": header.kind.value,
            "hospital_id": header.hospital_id,
            "sender_id": header.sender_id,
            "ward_code": header.ward_code,
            "sequence": header.sequence,
            "created_at": header.created_at.isoformat(),
        },
        "entries": [
            {"name": name, "sha256": hashlib.sha256(data).hexdigest(), "size": len(data)}
            for name, data in entries.items()
        ],
    }
    return _json_bytes(manifest)


def _entries(documents: Mapping[str, object], files: Mapping[str, bytes]) -> dict[str, bytes]:
    entries: dict[str, bytes] = {}
    for name, value in documents.items():
        if not DOCUMENT_NAME.fullmatch(name):
            raise ValueError(f"a document is named like records.json, not {name!r}")
        entries[name] = _json_bytes(value)
    for name, data in files.items():
        match = PHOTO_NAME.fullmatch(name)
        if match is None or hashlib.sha256(data).hexdigest() != match.group(1):
            raise ValueError(f"a photo is named photos/<its sha256>.jpg|png, not {name!r}")
        entries[name] = data
    return entries


def _json_bytes(value: object) -> bytes:
    return json.dumps(
        value, ensure_ascii=False, sort_keys=True, separators=(",", ":"), allow_nan=False
    ).encode("utf-8")


def _write_entry(
    archive: zipfile.ZipFile,
    name: str,
    data: bytes,
    stamp: tuple[int, int, int, int, int, int],
    method: int,
) -> None:
    info = zipfile.ZipInfo(name, date_time=stamp)
    info.compress_type = method
    info.external_attr = (_S_IFREG | 0o644) << 16
    archive.writestr(info, data)


# -- reading -------------------------------------------------------------------------------------


def preview_header(path: Path, limits: PackageLimits = DEFAULT_LIMITS) -> PackageHeader:
    """The header of the package at ``path`` after every check of its directory and manifest,
    before its signature: which sender's key to look up, which file is from whom. Nothing in
    it is to be believed before ``read_package`` has checked the signature."""
    with _opened(path, limits) as opened:
        return opened.header


def read_package(
    path: Path,
    public_key_for: Callable[[PackageHeader], bytes | None],
    limits: PackageLimits = DEFAULT_LIMITS,
) -> Package:
    """The checked contents of the package at ``path``, or ``ExchangeRefused`` saying why not.

    ``public_key_for`` gives the raw public key trusted for the header's sender (None: unknown
    sender, refused). The hospital, ward and sequence are the caller's to check (they need the
    database): the ``services.exchange`` rules, with ``domain.exchange_records``.
    """
    return _read(path, lambda opened: public_key_for(opened.header), limits)


def read_self_signed_package(
    path: Path,
    document: str,
    enclosed_key: Callable[[object], bytes | None],
    limits: PackageLimits = DEFAULT_LIMITS,
) -> Package:
    """``read_package`` for the one package whose sender this PC has no key of yet: a setup
    package, carrying the department's public key in ``document`` (trust on first use, see
    docs/decisions.md). ``enclosed_key`` finds the key in that document's JSON (None: there
    is none, refused); the document is hash-checked before, the signature after, as always."""

    def key_in_document(opened: _OpenPackage) -> bytes | None:
        if document not in opened.listed:
            opened.refuse(MSG_ENTRY_MISSING, entry=document)
        digest, size = opened.listed[document]
        data = opened.read(opened.infos[document], limits.max_entry_bytes)
        if len(data) != size or hashlib.sha256(data).hexdigest() != digest:
            opened.refuse(MSG_HASH_MISMATCH, entry=document)
        return enclosed_key(opened.document(document, data))

    return _read(path, key_in_document, limits)


def _read(
    path: Path,
    public_key_for: Callable[[_OpenPackage], bytes | None],
    limits: PackageLimits,
) -> Package:
    with _opened(path, limits) as opened:
        header = opened.header
        public_key = public_key_for(opened)
        if public_key is None:
            opened.refuse(MSG_UNKNOWN_SENDER, sender=header.sender_id)
        if opened.signature is None:
            opened.refuse(MSG_SIGNATURE_MISSING)
        if not verify(public_key, opened.manifest, opened.signature):
            opened.refuse(MSG_SIGNATURE_WRONG, sender=header.sender_id)
        documents: dict[str, object] = {}
        files: dict[str, bytes] = {}
        for name, (digest, size) in opened.listed.items():
            data = opened.read(opened.infos[name], limits.max_entry_bytes)
            if len(data) != size or hashlib.sha256(data).hexdigest() != digest:
                opened.refuse(MSG_HASH_MISMATCH, entry=name)
            if DOCUMENT_NAME.fullmatch(name):
                documents[name] = opened.document(name, data)
            else:
                opened.check_picture(name, data)
                files[name] = data
        log.info("package %s read: %s from %s", path, header.kind, header.sender_id)
        return Package(header=header, documents=documents, files=files)


@contextlib.contextmanager
def _opened(path: Path, limits: PackageLimits) -> Iterator[_OpenPackage]:
    refusals = _Refusals(path)
    try:
        size = path.stat().st_size
        if size > limits.max_file_bytes:
            refusals.refuse(
                MSG_PACKAGE_TOO_BIG, size=size // _MB, limit=limits.max_file_bytes // _MB
            )
        with path.open("rb") as stream:
            starts_like_a_zip = stream.read(len(_ZIP_MAGIC)) == _ZIP_MAGIC
            count = _declared_entry_count(stream)
            if count is not None and count > limits.max_entries:
                # Before zipfile reads a directory of millions of entries into memory.
                refusals.refuse(MSG_TOO_MANY_ENTRIES, count=count, limit=limits.max_entries)
            stream.seek(0)
            try:
                archive = zipfile.ZipFile(stream)
            except (zipfile.BadZipFile, zipfile.LargeZipFile, ValueError, EOFError) as error:
                log.warning("package %s is no zip: %s", path, error)
                refusals.refuse(MSG_PACKAGE_DAMAGED if starts_like_a_zip else MSG_NOT_A_PACKAGE)
            with archive:
                opened = _OpenPackage(refusals, archive, limits)
                opened.check()
                # What the caller does inside its ``with`` is its own: only zipfile's reading
                # (in ``check`` and ``read``) says a package is damaged.
                yield opened
    except FileNotFoundError as error:
        raise ExchangeRefused(MSG_PACKAGE_MISSING, file=str(path)) from error
    except IsADirectoryError as error:
        raise ExchangeRefused(MSG_NOT_A_PACKAGE, file=str(path)) from error
    except OSError as error:
        raise ExchangeRefused(
            MSG_PACKAGE_UNREADABLE, file=str(path), reason=error.strerror or str(error)
        ) from error


def _declared_entry_count(stream: IO[bytes]) -> int | None:
    """The entry count of the zip's end-of-directory record; None when there is none (then
    zipfile refuses the file). A package never needs ZIP64, whose marker count 0xFFFF is more
    than any limit."""
    stream.seek(0, os.SEEK_END)
    size = stream.tell()
    tail_size = min(size, _EOCD_SIZE + _MAX_COMMENT)
    stream.seek(size - tail_size)
    tail = stream.read(tail_size)
    start = tail.rfind(_EOCD_MAGIC)
    if start < 0 or len(tail) < start + _EOCD_SIZE:
        return None
    count: int = struct.unpack_from("<H", tail, start + 10)[0]
    return count


class _Refusals:
    def __init__(self, path: Path) -> None:
        self.path = path

    def refuse(self, template: str, **params: Any) -> NoReturn:
        log.warning("package %s refused: %s", self.path, template.format(file=self.path, **params))
        raise ExchangeRefused(template, file=str(self.path), **params)


#: What zipfile raises for a damaged entry (bad CRC, a header cut short, a size it was told
#: that does not hold) while streaming it.
_ZIP_DAMAGE = (zipfile.BadZipFile, EOFError, NotImplementedError, ValueError)


class _OpenPackage:
    """One package being read: its zip directory checked, its manifest parsed."""

    def __init__(self, refusals: _Refusals, archive: zipfile.ZipFile, limits: PackageLimits):
        self.refuse = refusals.refuse
        self._archive = archive
        self._limits = limits
        self._inflated = 0
        self.infos: dict[str, zipfile.ZipInfo] = {}
        self.manifest = b""
        self.signature: bytes | None = None
        self.listed: dict[str, tuple[str, int]] = {}
        self.header: PackageHeader

    def check(self) -> None:
        if MANIFEST not in self._archive.namelist():
            # Any other zip (a workbook, a folder someone zipped) before its names are judged.
            self.refuse(MSG_NOT_A_PACKAGE)
        self._check_directory()
        self.manifest = self.read(self.infos[MANIFEST], self._limits.max_manifest_bytes)
        self.header, self.listed = _parse_manifest(self.manifest, self.refuse)
        if SIGNATURE in self.infos:
            # Read whole up to a small bound: a signature of the wrong length is a wrong one.
            self.signature = self.read(self.infos[SIGNATURE], 16 * SIGNATURE_BYTES)
        present = set(self.infos) - {MANIFEST, SIGNATURE}
        for name in sorted(present - set(self.listed)):
            self.refuse(MSG_ENTRY_NOT_IN_MANIFEST, entry=name)
        for name in sorted(set(self.listed) - present):
            self.refuse(MSG_ENTRY_MISSING, entry=name)

    def _check_directory(self) -> None:
        """Every entry's name, kind and declared size, before a byte is inflated."""
        infos = self._archive.infolist()
        if len(infos) > self._limits.max_entries:
            self.refuse(MSG_TOO_MANY_ENTRIES, count=len(infos), limit=self._limits.max_entries)
        folded: set[str] = set()
        declared = 0
        for info in infos:
            # The name as stored: zipfile turns backslashes into / on Windows and cuts at NUL.
            name = info.orig_filename
            self._check_name(name, info)
            if name.casefold() in folded:
                self.refuse(MSG_DUPLICATE_ENTRY, entry=name)
            folded.add(name.casefold())
            self.infos[name] = info
            self._check_sizes(name, info.file_size, info.compress_size)
            declared += info.file_size
            if declared > self._limits.max_total_bytes:
                self.refuse(MSG_TOTAL_TOO_BIG, limit=self._limits.max_total_bytes // _MB)

    def _check_name(self, name: str, info: zipfile.ZipInfo) -> None:
        if "\\" in name:
            self.refuse(MSG_NAME_BACKSLASH, entry=name)
        if name.startswith("/"):
            self.refuse(MSG_NAME_ABSOLUTE, entry=name)
        if _DRIVE.match(name):
            self.refuse(MSG_NAME_DRIVE, entry=name)
        if ".." in name.split("/"):
            self.refuse(MSG_NAME_PARENT, entry=name)
        if (info.external_attr >> 16) & _S_IFMT == _S_IFLNK:
            self.refuse(MSG_SYMLINK, entry=name)
        allowed = (
            name in (MANIFEST, SIGNATURE)
            or DOCUMENT_NAME.fullmatch(name)
            or (PHOTO_NAME.fullmatch(name))
        )
        supported = info.compress_type in (zipfile.ZIP_STORED, zipfile.ZIP_DEFLATED)
        if not allowed or not supported or info.flag_bits & 0x1:  # 0x1: encrypted
            self.refuse(MSG_UNEXPECTED_ENTRY, entry=name)

    def _check_sizes(self, name: str, inflated: int, compressed: int) -> None:
        limits = self._limits
        if inflated > limits.max_entry_bytes:
            self.refuse(MSG_ENTRY_TOO_BIG, entry=name, limit=limits.max_entry_bytes // _MB)
        if inflated > limits.ratio_floor_bytes and inflated > limits.max_ratio * max(compressed, 1):
            self.refuse(MSG_RATIO_TOO_HIGH, entry=name, limit=limits.max_ratio)

    def read(self, info: zipfile.ZipInfo, limit: int) -> bytes:
        """The entry's bytes, counted as they inflate: past ``limit``, the entry's packed size
        times the ratio, or the package's total, reading stops and the package is refused."""
        name = info.orig_filename
        try:
            with self._archive.open(info) as stream:
                return self._stream(name, stream, limit, info.compress_size)
        except _ZIP_DAMAGE as error:
            self._damaged(error)

    def _damaged(self, error: Exception) -> NoReturn:
        log.warning("package damaged: %s", error)
        self.refuse(MSG_PACKAGE_DAMAGED)

    def _stream(self, name: str, stream: IO[bytes], limit: int, compressed: int) -> bytes:
        buffer = io.BytesIO()
        while chunk := stream.read(_CHUNK):
            buffer.write(chunk)
            size = buffer.tell()
            self._inflated += len(chunk)
            if size > limit:
                if name == MANIFEST:
                    self.refuse(MSG_MANIFEST_INVALID, field="size")
                self.refuse(MSG_ENTRY_TOO_BIG, entry=name, limit=max(limit // _MB, 1))
            self._check_sizes(name, size, compressed)
            if self._inflated > self._limits.max_total_bytes:
                self.refuse(MSG_TOTAL_TOO_BIG, limit=self._limits.max_total_bytes // _MB)
        return buffer.getvalue()

    def document(self, name: str, data: bytes) -> object:
        try:
            return _strict_json(data)
        except (ValueError, RecursionError):
            self.refuse(MSG_DOCUMENT_INVALID, entry=name)

    def check_picture(self, name: str, data: bytes) -> None:
        """The bytes are the picture the name says: magic bytes, then Pillow's structural check
        (headers and, for PNG, every chunk's CRC) without decoding the pixels."""
        match = PHOTO_NAME.fullmatch(name)
        assert match is not None  # the directory check let only photos' names through
        extension = match.group(2)
        if not data.startswith(_MAGIC[extension]):
            self.refuse(MSG_NOT_A_PICTURE, entry=name)
        # Pillow only when a package carries photos: every start opens the services, and the
        # log-in dialog and the window come before any document library (tests/ui/test_app.py).
        from PIL import Image, UnidentifiedImageError

        try:
            with Image.open(io.BytesIO(data), formats=[_PIL_FORMAT[extension]]) as image:
                image.verify()
        # What Pillow raises for bytes that are not the picture they claim (SyntaxError: a
        # broken PNG).
        except (
            UnidentifiedImageError,
            OSError,
            SyntaxError,
            ValueError,
            Image.DecompressionBombError,
        ):
            self.refuse(MSG_NOT_A_PICTURE, entry=name)


# -- the manifest --------------------------------------------------------------------------------

_MANIFEST_KEYS = {"format", "format_version", "header", "entries"}
_HEADER_KEYS = {"kind", "hospital_id", "sender_id", "ward_code", "sequence", "created_at"}
_ENTRY_KEYS = {"name", "sha256", "size"}
#: Longest id or code a header carries (UUIDs have 36 characters; ward codes are short).
_MAX_ID = 100


class _Shape(Exception):
    """manifest.json is not what a NursingQC package's manifest is; ``field`` says where."""

    def __init__(self, field: str) -> None:
        self.field = field
        super().__init__(field)


def _parse_manifest(
    data: bytes, refuse: Callable[..., NoReturn]
) -> tuple[PackageHeader, dict[str, tuple[str, int]]]:
    """The header and the listed entries (name -> (sha256, size)) of manifest.json's bytes."""
    try:
        manifest = _strict_json(data)
    except (ValueError, RecursionError):
        refuse(MSG_MANIFEST_INVALID, field="JSON")
    if not isinstance(manifest, dict) or manifest.get("format") != FORMAT_NAME:
        # Another program's manifest.json in another program's zip.
        refuse(MSG_NOT_A_PACKAGE)
    try:
        version = manifest.get("format_version")
        if not _is_int(version) or version < 1:
            raise _Shape("format_version")
        if version > FORMAT_VERSION:
            refuse(MSG_NEWER_FORMAT, version=version, supported=FORMAT_VERSION)
        _exact_keys(manifest, _MANIFEST_KEYS, "")
        header = _parse_header(manifest["header"], version)
        listed = _parse_entries(manifest["entries"])
    except _Shape as shape:
        refuse(MSG_MANIFEST_INVALID, field=shape.field)
    return header, listed


def _parse_header(value: object, version: int) -> PackageHeader:
    header = _exact_keys(value, _HEADER_KEYS, "header")
    try:
        kind = PackageKind(_text(header["kind"], "header.kind"))
    except ValueError:
        raise _Shape("header.kind") from None
    ward_code = header["ward_code"]
    if ward_code is not None:
        ward_code = _text(ward_code, "header.ward_code")
    sequence = header["sequence"]
    if not _is_int(sequence) or sequence < 1:
        raise _Shape("header.sequence")
    try:
        created_at = datetime.fromisoformat(_text(header["created_at"], "header.created_at"))
    except ValueError:
        raise _Shape("header.created_at") from None
    return PackageHeader(
        format_version=version,
        kind=kind,
        hospital_id=_text(header["hospital_id"], "header.hospital_id"),
        sender_id=_text(header["sender_id"], "header.sender_id"),
        ward_code=ward_code,
        sequence=sequence,
        created_at=created_at,
    )


def _parse_entries(value: object) -> dict[str, tuple[str, int]]:
    if not isinstance(value, list):
        raise _Shape("entries")
    listed: dict[str, tuple[str, int]] = {}
    for index, item in enumerate(value):
        where = f"entries[{index}]"
        entry = _exact_keys(item, _ENTRY_KEYS, where)
        name, digest, size = entry["name"], entry["sha256"], entry["size"]
        if not isinstance(name, str) or name in listed or name in (MANIFEST, SIGNATURE):
            raise _Shape(f"{where}.name")
        if not isinstance(digest, str) or not _SHA256.fullmatch(digest):
            raise _Shape(f"{where}.sha256")
        if not _is_int(size) or size < 0:
            raise _Shape(f"{where}.size")
        listed[name] = (digest, size)
    return listed


def _exact_keys(value: object, keys: set[str], where: str) -> dict[str, object]:
    if not isinstance(value, dict):
        raise _Shape(where or "manifest")
    for key in sorted(keys ^ set(value)):
        raise _Shape(f"{where}.{key}" if where else key)
    return value


def _text(value: object, field: str) -> str:
    if not isinstance(value, str) or not value.strip() or len(value) > _MAX_ID:
        raise _Shape(field)
    return value


def _is_int(value: object) -> TypeGuard[int]:
    return isinstance(value, int) and not isinstance(value, bool)


def _strict_json(data: bytes) -> object:
    """JSON as NursingQC writes it: UTF-8, no NaN or Infinity, no key twice in one object (two
    readers could otherwise take different values of one record). ValueError otherwise."""

    def unique(pairs: list[tuple[str, object]]) -> dict[str, object]:
        result = dict(pairs)
        if len(result) != len(pairs):
            raise ValueError("a key appears twice")
        return result

    def no_constant(name: str) -> NoReturn:
        raise ValueError(f"{name} is not JSON")

    text = data.decode("utf-8")  # UnicodeDecodeError is a ValueError
    return json.loads(text, object_pairs_hook=unique, parse_constant=no_constant)
