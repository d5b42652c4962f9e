"""交换包: ward PCs without a shared server exchange signed packages with the department PC
(rules §14). The department enrols each ward PC with a setup package; from then on the ward PC
sends up its self-check and answers, the department sends down what the ward needs next, and
each import writes a receipt the sender can import in turn.

Every import is previewed first (the same work in a transaction that is rolled back) and then
applied in one transaction: a refused package refuses the whole import, nothing of any package
applied; a refused record is listed with its reason and the rest applies. What travels is in
``exchange_up`` and ``exchange_down``, the setup in ``exchange_setup``, receipts in
``exchange_receipts``, the records' rows in ``exchange_rows``; the package file itself is
``storage.exchange_package``.
"""

from __future__ import annotations

import contextlib
import hashlib
import logging
import re
import uuid
from collections.abc import Callable, Iterator, Mapping, Sequence
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path
from typing import Literal, cast

from sqlalchemy import func, select, update
from sqlalchemy.orm import Session, selectinload

from nursingqc.domain.accounts import Actor, Role, require_admin
from nursingqc.domain.errors import QT_TRANSLATE_NOOP, Message, NursingQCError, PermissionDenied
from nursingqc.domain.exchange import (
    DEPARTMENT_PC,
    FORMAT_VERSION,
    ExchangeRefused,
    PackageHeader,
    PackageKind,
    PackagePreview,
    PreviewLine,
    RecordChange,
)
from nursingqc.domain.exchange_records import (
    MSG_OTHER_WARDS_RECORD,
    MSG_RECORD_INVALID,
    Decision,
    RecordsDocument,
    SetupRecord,
    from_plain,
    records_version_of,
    to_plain,
)
from nursingqc.domain.workflow import PhaseKind, is_published
from nursingqc.services.clock import DatedService
from nursingqc.services.exchange_conflicts import ExchangeConflictInfo, Resolution, open_conflicts
from nursingqc.services.exchange_conflicts import resolve as resolve_conflict
from nursingqc.services.exchange_conflicts import settle as settle_conflicts
from nursingqc.services.exchange_down import down_records
from nursingqc.services.exchange_folder import FolderPackages, for_this_pc
from nursingqc.services.exchange_receipts import (
    RECEIPT_DOCUMENT,
    apply_receipt,
    receipt_document,
)
from nursingqc.services.exchange_rows import MSG_WHAT_RECORD, Applied, RecordWriter
from nursingqc.services.exchange_setup import (
    SETUP_DOCUMENT,
    apply_setup,
    require_empty,
    setup_record,
)
from nursingqc.services.exchange_up import up_records
from nursingqc.services.use_cases import imports_records, reads_only, writes_outside_campaigns
from nursingqc.storage import audit
from nursingqc.storage.backup import KEYS_BACKUP, backup_keys
from nursingqc.storage.db import Database
from nursingqc.storage.exchange_keys import (
    SigningKey,
    find_signing_key,
    key_path,
    load_or_create_signing_key,
    new_signing_key,
    signing_key_from_bytes,
    store_signing_key,
)
from nursingqc.storage.exchange_package import (
    PACKAGE_SUFFIX,
    Package,
    StagedPackage,
    discard_package,
    preview_header,
    publish_package,
    read_package,
    read_self_signed_package,
    stage_package,
)
from nursingqc.storage.migrate import backup_dir_of
from nursingqc.storage.models import (
    Campaign,
    ExchangePeer,
    Hospital,
    Inspection,
    RectificationItem,
    User,
    Ward,
)
from nursingqc.storage.models import (
    ExchangeIdentity as IdentityRow,
)

log = logging.getLogger(__name__)

RECORDS_DOCUMENT = "records.json"
#: The department's signing key in the keys folder; a ward PC's is ``ward-<its id>``.
DEPARTMENT_KEY = "department"
#: Who the audit log names for the first import of a setup package: nobody is logged in yet.
SETUP_USERNAME = "exchange"
_SAFE = re.compile(r"[^A-Za-z0-9_-]")

MSG_ONLY_SETUP_WITHOUT_LOG_IN = QT_TRANSLATE_NOOP(
    "Errors",
    "Log in to import packages; only a new ward PC's setup package is imported before anyone "
    "has logged in.",
)
MSG_WARD_PC_CANNOT_ENROL = QT_TRANSLATE_NOOP(
    "Errors",
    "This is the PC of ward {ward}; only the nursing department's PC enrols ward PCs.",
)
MSG_NOT_DEPARTMENT = QT_TRANSLATE_NOOP(
    "Errors",
    "No ward PC is enrolled yet: enrol one (a setup package) before exporting packages for "
    "the wards.",
)
MSG_WARD_NOT_ENROLLED = QT_TRANSLATE_NOOP(
    "Errors", "Ward {ward} has no enrolled PC; enrol one first."
)
MSG_WARD_ALREADY_ENROLLED = QT_TRANSLATE_NOOP(
    "Errors",
    "Ward {ward} already has an enrolled PC ({pc}, enrolled on {date}), and a ward takes "
    "part in the exchange with one PC. To set up another PC for it, first withdraw the old one "
    "(unenrol); its packages are refused from then on. Nothing was changed.",
)
MSG_UNKNOWN_WARD = QT_TRANSLATE_NOOP("Errors", "There is no active ward {ward}.")
MSG_NO_HEAD_NURSE = QT_TRANSLATE_NOOP(
    "Errors",
    "Ward {ward} has no active head nurse account, so nobody could log in on its PC. Make her "
    "account first (Settings, accounts), then enrol the PC.",
)
MSG_OWN_WARD_ONLY = QT_TRANSLATE_NOOP(
    "Errors", "Only the head nurse of ward {ward} exports and imports this PC's packages."
)
MSG_OTHER_HOSPITAL = QT_TRANSLATE_NOOP(
    "Errors",
    "The package {file} belongs to another hospital's NursingQC, not to this one; nothing was "
    "imported.",
)
MSG_OTHER_WARD_PACKAGE = QT_TRANSLATE_NOOP(
    "Errors",
    "The package {file} is for ward {ward}, and this PC is enrolled for ward {enrolled}; "
    "nothing was imported.",
)
MSG_WRONG_KIND = QT_TRANSLATE_NOOP(
    "Errors",
    "The package {file} is a {kind} package, which this PC ({role}) does not import: a ward PC "
    "imports the department's packages, the department the ward PCs'. Nothing was imported.",
)
#: How MSG_WRONG_KIND names a package's kind and this PC's part.
_KIND_NAMES = {
    PackageKind.SETUP: QT_TRANSLATE_NOOP("Errors", "setup"),
    PackageKind.WARD_UP: QT_TRANSLATE_NOOP("Errors", "ward's"),
    PackageKind.DEPARTMENT_DOWN: QT_TRANSLATE_NOOP("Errors", "department's"),
    PackageKind.RECEIPT: QT_TRANSLATE_NOOP("Errors", "receipt"),
}
_ROLE_NAMES = {
    "department": QT_TRANSLATE_NOOP("Errors", "the nursing department's PC"),
    "ward": QT_TRANSLATE_NOOP("Errors", "a ward PC"),
}
MSG_NOT_ENROLLED = QT_TRANSLATE_NOOP(
    "Errors",
    "This PC takes part in no exchange yet, so it imports only a setup package; {file} is "
    "another kind. Nothing was imported.",
)
MSG_SETUP_ON_ENROLLED = QT_TRANSLATE_NOOP(
    "Errors",
    "The package {file} sets up a new ward PC; this PC is already enrolled. Nothing was imported.",
)
MSG_OLDER_PACKAGE = QT_TRANSLATE_NOOP(
    "Errors",
    "The package {file} is number {sequence} from {sender}, older than number {last}, already "
    "imported; an older package would undo newer work. Nothing was imported.",
)
MSG_REUSED_SEQUENCE = QT_TRANSLATE_NOOP(
    "Errors",
    "The package {file} carries number {sequence} from {sender}, the number of another package "
    "already imported (was the sender's database restored from a backup?). Nothing was "
    "imported.",
)
MSG_KEY_MISSING = QT_TRANSLATE_NOOP(
    "Errors",
    "This PC's signing key {file} is missing. The other PCs check this PC's packages with "
    "that key and would refuse every package signed with a new one, so none was made and "
    "nothing was changed. Copy the key back from the backups folder ({copy}), where NursingQC "
    "keeps a copy of each key, or from a backup of the data folder.",
)
MSG_SETUP_KEY_MISMATCH = QT_TRANSLATE_NOOP(
    "Errors",
    "The setup package {file} carries a damaged key for this PC. Ask the nursing department "
    "for a new setup package; nothing was imported.",
)


@dataclass(frozen=True)
class ExchangeIdentity:
    """This PC in the exchange, as the screens and the command line show it."""

    role: Literal["department", "ward", "unenrolled"]
    hospital_name: str | None
    #: The ward of an enrolled ward PC.
    ward_code: str | None
    #: ``DEPARTMENT_PC`` or the ward PC's UUID.
    pc_id: str


@dataclass(frozen=True)
class EnrolledWard:
    """One enrolled ward PC as the department lists it."""

    ward_code: str
    ward_name: str
    pc_id: str
    enrolled_at: datetime
    #: The numbers of the newest package each way (0: none yet): sent counts receipts too
    #: (they share the numbers), received only the data packages imported.
    last_sent: int
    last_received: int


@dataclass(frozen=True)
class ExchangeResult:
    preview: PackagePreview
    #: The receipt packages written for the senders.
    receipts: tuple[Path, ...]


@dataclass
class _Imported:
    """One package read, checked and applied (in the import's transaction)."""

    path: Path
    header: PackageHeader
    peer: ExchangePeer | None
    applied: list[Applied]
    lines: list[PreviewLine]
    #: A setup package's ward PC id and key, kept in the keys folder once it is applied.
    own_key: tuple[str, SigningKey] | None = None


class _Discarded(Exception):
    """Ends a preview's transaction: everything it did is rolled back."""

    def __init__(self, preview: PackagePreview) -> None:
        self.preview = preview
        super().__init__("preview")


class _Outbox:
    """The packages an action writes, staged inside its transaction and published only after
    it commits (rules §14): a package or receipt never tells another PC about work this PC
    then rolled back, nor uses a number the next package will use again."""

    def __init__(self) -> None:
        self.staged: list[StagedPackage] = []
        #: Where the packages were published, in the order staged.
        self.paths: list[Path] = []

    def stage(
        self,
        path: Path,
        header: PackageHeader,
        documents: Mapping[str, object],
        files: Mapping[str, bytes],
        key: SigningKey,
    ) -> None:
        self.staged.append(stage_package(path, header, documents, files, key))


@contextlib.contextmanager
def _outbox() -> Iterator[_Outbox]:
    """Around an action's transaction: the staged packages are published when it commits and
    removed when anything fails before."""
    outbox = _Outbox()
    try:
        yield outbox
    except BaseException:
        for staged in outbox.staged:
            discard_package(staged)
        raise
    outbox.paths = [publish_package(staged) for staged in outbox.staged]


def _file_part(text: str) -> str:
    return _SAFE.sub("_", text)


def _identity(session: Session) -> IdentityRow | None:
    return session.scalar(select(IdentityRow))


def _hospital(session: Session) -> Hospital | None:
    return session.scalar(select(Hospital).order_by(Hospital.id))


class ExchangeService(DatedService):
    def __init__(
        self,
        database: Database,
        keys_folder: Path,
        today: Callable[[], date] = date.today,
    ) -> None:
        super().__init__(database, today)
        self._keys = keys_folder

    # -- who this PC is --------------------------------------------------------------------

    @reads_only
    def this_pc(self) -> ExchangeIdentity:
        with self._db.transaction(read_only=True) as session:
            identity = _identity(session)
            hospital = _hospital(session)
            ward = session.get(Ward, identity.ward_id) if identity and identity.ward_id else None
            role = identity.role if identity else "unenrolled"
            return ExchangeIdentity(
                role=cast(Literal["department", "ward", "unenrolled"], role),
                hospital_name=hospital.name if hospital else None,
                ward_code=ward.code if ward else None,
                pc_id=identity.pc_id if identity else DEPARTMENT_PC,
            )

    @reads_only
    def enrolled_wards(self, actor: Actor) -> list[EnrolledWard]:
        require_admin(actor)
        with self._db.transaction(read_only=True) as session:
            peers = session.scalars(
                select(ExchangePeer)
                .where(ExchangePeer.ward_id.is_not(None))
                .options(selectinload(ExchangePeer.ward))
                .order_by(ExchangePeer.id)
            )
            wards = [
                EnrolledWard(
                    peer.ward.code,
                    peer.ward.name,
                    peer.pc_id,
                    peer.enrolled_at,
                    peer.last_sent,
                    peer.last_received,
                )
                for peer in peers
                if peer.ward is not None
            ]
            return sorted(wards, key=lambda ward: (ward.ward_code, ward.enrolled_at))

    @reads_only
    def package_files(self, folder: Path) -> list[Path]:
        """The packages in ``folder`` by name; packages still being written are skipped (their
        temporary name is hidden and ends otherwise)."""
        return sorted(
            path
            for path in folder.glob(f"*{PACKAGE_SUFFIX}")
            if path.is_file() and not path.name.startswith(".")
        )

    @reads_only
    def packages_for_this_pc(self, folder: Path) -> FolderPackages:
        """A shared folder's packages addressed to this PC, by their headers (the import
        checks each as always); the rest is left for the other PCs."""
        identity = self.this_pc()
        return for_this_pc(identity.role, identity.ward_code, self.package_files(folder))

    # -- enrolment ---------------------------------------------------------------------------

    @writes_outside_campaigns
    def enrol(self, actor: Actor, ward_code: str, folder: Path) -> Path:
        """护理部: a setup package for a new PC of ``ward_code`` in ``folder``; the ward PC's
        key is made here and leaves the department only inside it."""
        require_admin(actor)
        with _outbox() as outbox, self._db.transaction() as session:
            identity = _identity(session)
            if identity is not None and identity.role == "ward":
                own = session.get(Ward, identity.ward_id)
                raise PermissionDenied(MSG_WARD_PC_CANNOT_ENROL, ward=own.code if own else "")
            department_key = self._key(identity)
            ward = session.scalar(select(Ward).where(Ward.code == ward_code, Ward.active))
            hospital = _hospital(session)
            if ward is None or hospital is None:
                raise NursingQCError(MSG_UNKNOWN_WARD, ward=ward_code)
            nurses = session.scalar(
                select(func.count(User.id)).where(
                    User.ward_id == ward.id, User.role == Role.HEAD_NURSE, User.active
                )
            )
            if not nurses:
                raise NursingQCError(MSG_NO_HEAD_NURSE, ward=ward.code)
            enrolled = session.scalar(select(ExchangePeer).where(ExchangePeer.ward_id == ward.id))
            if enrolled is not None:
                # One PC a ward: two would share one exchanged mark per record, so one PC's
                # receipt would keep the records from the other.
                raise NursingQCError(
                    MSG_WARD_ALREADY_ENROLLED,
                    ward=ward.code,
                    pc=enrolled.pc_id[:8],
                    date=enrolled.enrolled_at.astimezone().date().isoformat(),
                )
            if identity is None:
                session.add(IdentityRow(role="department", pc_id=DEPARTMENT_PC))
            pc_id = str(uuid.uuid4())
            ward_key = new_signing_key()
            now = self._now()
            session.add(
                ExchangePeer(
                    pc_id=pc_id,
                    ward_id=ward.id,
                    public_key=ward_key.public_bytes(),
                    enrolled_at=now,
                    last_sent=1,
                )
            )
            record = setup_record(
                session,
                hospital,
                ward,
                pc_id,
                ward_key.private_bytes(),
                department_key.public_bytes(),
            )
            header = self._header(PackageKind.SETUP, hospital, DEPARTMENT_PC, ward.code, 1)
            path = folder / f"setup-{_file_part(ward.code)}-{pc_id[:8]}{PACKAGE_SUFFIX}"
            audit.record(
                session,
                actor,
                "exchange_enrol",
                "ward",
                ward.id,
                after={"ward": ward.code, "pc": pc_id, "package": path.name},
            )
            session.flush()
            # Staged inside the transaction: a package that cannot be written leaves no
            # enrolled PC behind, and a failed enrolment leaves no package.
            outbox.stage(path, header, {SETUP_DOCUMENT: to_plain(record)}, {}, department_key)
        (path,) = outbox.paths
        return path

    @writes_outside_campaigns
    def unenrol(self, actor: Actor, ward_code: str) -> None:
        """护理部: withdraws the enrolled PC of ``ward_code`` (lost, broken or replaced): its
        key is forgotten, so its packages are refused from now on, and the ward's records
        count as never sent, so the next PC enrolled gets all that a down package carries."""
        require_admin(actor)
        with self._db.transaction() as session:
            ward = session.scalar(select(Ward).where(Ward.code == ward_code))
            peer = (
                session.scalar(select(ExchangePeer).where(ExchangePeer.ward_id == ward.id))
                if ward is not None
                else None
            )
            if ward is None or peer is None:
                raise NursingQCError(MSG_WARD_NOT_ENROLLED, ward=ward_code)
            session.execute(
                update(Inspection).where(Inspection.ward_id == ward.id).values(exchanged_version=0)
            )
            session.execute(
                update(RectificationItem)
                .where(RectificationItem.ward_id == ward.id)
                .values(exchanged_version=0)
            )
            audit.record(
                session,
                actor,
                "exchange_unenrol",
                "ward",
                ward.id,
                before={
                    "ward": ward.code,
                    "pc": peer.pc_id,
                    "last_sent": peer.last_sent,
                    "last_received": peer.last_received,
                },
            )
            session.delete(peer)

    def _header(
        self, kind: PackageKind, hospital: Hospital, sender: str, ward: str | None, sequence: int
    ) -> PackageHeader:
        return PackageHeader(
            format_version=FORMAT_VERSION,
            kind=kind,
            hospital_id=hospital.uid,
            sender_id=sender,
            ward_code=ward,
            sequence=sequence,
            created_at=self._now(),
        )

    # -- export ------------------------------------------------------------------------------

    @writes_outside_campaigns
    def export(
        self, actor: Actor, folder: Path, ward_codes: Sequence[str] | None = None
    ) -> list[Path]:
        """A ward PC (its head nurse): one up package. The department (护理部): one down
        package per enrolled PC of the wards named (None: every enrolled ward)."""
        with _outbox() as outbox, self._db.transaction() as session:
            identity = _identity(session)
            hospital = _hospital(session)
            if identity is None or hospital is None:
                raise NursingQCError(MSG_NOT_DEPARTMENT)
            if identity.role == "ward":
                self._export_up(session, outbox, actor, identity, hospital, folder)
            else:
                require_admin(actor)
                self._export_down(session, outbox, actor, hospital, folder, ward_codes)
        return outbox.paths

    def _export_up(
        self,
        session: Session,
        outbox: _Outbox,
        actor: Actor,
        identity: IdentityRow,
        hospital: Hospital,
        folder: Path,
    ) -> None:
        ward = session.get(Ward, identity.ward_id)
        assert ward is not None
        _require_ward_actor(actor, ward)
        peer = session.scalar(select(ExchangePeer).where(ExchangePeer.pc_id == DEPARTMENT_PC))
        assert peer is not None  # made with the identity, by the setup package
        document, photos = up_records(session, ward)
        key = self._key(identity)
        self._write(
            session,
            outbox,
            actor,
            PackageKind.WARD_UP,
            hospital,
            identity.pc_id,
            ward,
            peer,
            folder,
            document,
            photos,
            key,
        )

    def _export_down(
        self,
        session: Session,
        outbox: _Outbox,
        actor: Actor,
        hospital: Hospital,
        folder: Path,
        ward_codes: Sequence[str] | None,
    ) -> None:
        peers = list(
            session.scalars(
                select(ExchangePeer)
                .where(ExchangePeer.ward_id.is_not(None))
                .options(selectinload(ExchangePeer.ward))
                .order_by(ExchangePeer.id)
            )
        )
        if ward_codes is not None:
            enrolled = {peer.ward.code for peer in peers if peer.ward}
            for code in ward_codes:
                if code not in enrolled:
                    raise NursingQCError(MSG_WARD_NOT_ENROLLED, ward=code)
            peers = [peer for peer in peers if peer.ward and peer.ward.code in ward_codes]
        key = self._key(_identity(session))
        for peer in peers:
            assert peer.ward is not None
            document, photos = down_records(session, peer.ward)
            self._write(
                session,
                outbox,
                actor,
                PackageKind.DEPARTMENT_DOWN,
                hospital,
                DEPARTMENT_PC,
                peer.ward,
                peer,
                folder,
                document,
                photos,
                key,
            )

    def _write(
        self,
        session: Session,
        outbox: _Outbox,
        actor: Actor,
        kind: PackageKind,
        hospital: Hospital,
        sender: str,
        ward: Ward,
        peer: ExchangePeer,
        folder: Path,
        document: RecordsDocument,
        photos: dict[str, bytes],
        key: SigningKey,
    ) -> None:
        peer.last_sent += 1
        header = self._header(kind, hospital, sender, ward.code, peer.last_sent)
        ward_pc = sender if kind is PackageKind.WARD_UP else peer.pc_id
        path = folder / _package_name(kind.value, ward.code, ward_pc, header.sequence)
        audit.record(
            session,
            actor,
            "exchange_export",
            "ward",
            ward.id,
            after={
                "kind": kind.value,
                "package": path.name,
                "sequence": header.sequence,
                "sheets": len(document.sheets),
                "rectification_items": len(document.rectifications),
                "photos": len(photos),
            },
        )
        session.flush()
        outbox.stage(path, header, {RECORDS_DOCUMENT: to_plain(document)}, photos, key)

    # -- import ------------------------------------------------------------------------------

    @reads_only
    def preview(self, actor: Actor | None, paths: Sequence[Path]) -> PackagePreview:
        """What importing ``paths`` would do, line by line, and which packages are refused
        whole: the import's own work in a transaction that is then rolled back."""
        try:
            with self._db.transaction() as session:
                preview, _ = self._import(session, actor, paths)
                raise _Discarded(preview)
        except _Discarded as discarded:
            return discarded.preview

    @imports_records
    def apply(
        self, actor: Actor | None, paths: Sequence[Path], receipt_folder: Path | None = None
    ) -> ExchangeResult:
        """Imports ``paths`` in one transaction: every package or none (a refused package
        refuses the import); a refused record is listed and not applied, the rest is. A receipt
        for each package's sender is written to ``receipt_folder`` when one is given."""
        with _outbox() as outbox, self._db.transaction() as session:
            preview, imported = self._import(session, actor, paths)
            if preview.refused_packages:
                _, reason = preview.refused_packages[0]
                raise ExchangeRefused(reason.template, **reason.params)
            for package in imported:
                if package.own_key is not None:
                    pc_id, key = package.own_key
                    store_signing_key(self._keys, _ward_key(pc_id), key)
                    self._back_up_keys()
            for package in imported:
                if receipt_folder is not None and package.header.kind is not PackageKind.RECEIPT:
                    self._receipt(session, outbox, package, receipt_folder)
        return ExchangeResult(preview, tuple(outbox.paths))

    def _import(
        self, session: Session, actor: Actor | None, paths: Sequence[Path]
    ) -> tuple[PackagePreview, list[_Imported]]:
        headers: list[tuple[Path, PackageHeader | None, ExchangeRefused | None]] = []
        for path in paths:
            try:
                headers.append((path, preview_header(path), None))
            except ExchangeRefused as error:
                headers.append((path, None, error))
        self._require_import_actor(session, actor, [h for _, h, _ in headers if h])
        # Each sender's packages in their order, so that two of one sender imported together
        # pass the order check one after the other.
        headers.sort(
            key=lambda entry: (entry[1].sender_id, entry[1].sequence) if entry[1] else ("", 0)
        )
        locked = _published_campaigns(session)
        lines: list[PreviewLine] = []
        refused: list[tuple[str, Message]] = []
        imported: list[_Imported] = []
        for path, header, refusal in headers:
            if refusal is not None:
                refused.append((path.name, _message(refusal)))
                continue
            assert header is not None
            savepoint = session.begin_nested()
            try:
                package = self._one(session, actor, path, header, locked)
            except NursingQCError as error:
                savepoint.rollback()
                refused.append((path.name, _message(error)))
                continue
            savepoint.commit()
            imported.append(package)
            lines.extend(package.lines)
        settle_conflicts(session)
        return PackagePreview(tuple(lines), tuple(refused)), imported

    # -- conflicts -----------------------------------------------------------------------------

    @reads_only
    def conflicts(self, actor: Actor) -> list[ExchangeConflictInfo]:
        """The records both PCs changed since their last exchange, each with the other PC's
        version kept here (rules §14); the same people as import see them."""
        with self._db.transaction(read_only=True) as session:
            self._require_import_actor(session, actor, [])
            return open_conflicts(session)

    @imports_records
    def resolve_conflict(self, actor: Actor, conflict_id: int, resolution: Resolution) -> None:
        """Takes the other PC's version, or keeps this PC's own; the next exchange settles the
        other PC. A published campaign's record is refused as any change of it is."""
        with self._db.transaction() as session:
            self._require_import_actor(session, actor, [])
            identity = _identity(session)
            resolved = resolve_conflict(
                session,
                conflict_id,
                resolution,
                this_pc_is_department=identity is None or identity.role == "department",
                author=actor.display_name,
                now=self._now(),
            )
            audit.record(
                session,
                actor,
                "exchange_resolve",
                "inspection" if resolved.kind == "sheet" else "rectification",
                resolved.row_id,
                before={
                    "uid": resolved.uid,
                    "version": resolved.before,
                    "theirs": resolved.their_version,
                },
                after={"resolution": resolution.value, "version": resolved.after},
            )

    def _require_import_actor(
        self, session: Session, actor: Actor | None, headers: list[PackageHeader]
    ) -> None:
        identity = _identity(session)
        if actor is None:
            # Only the first run of a new ward PC imports before anyone logs in: its database
            # has no account yet to log in with.
            accounts = session.scalar(select(func.count(User.id))) or 0
            setup_only = all(header.kind is PackageKind.SETUP for header in headers)
            if identity is not None or accounts or not setup_only:
                raise PermissionDenied(MSG_ONLY_SETUP_WITHOUT_LOG_IN)
            return
        if identity is not None and identity.role == "ward":
            ward = session.get(Ward, identity.ward_id)
            assert ward is not None
            _require_ward_actor(actor, ward)
        else:
            require_admin(actor)

    def _one(
        self,
        session: Session,
        actor: Actor | None,
        path: Path,
        header: PackageHeader,
        locked: frozenset[str],
    ) -> _Imported:
        identity = _identity(session)
        if header.kind is PackageKind.SETUP:
            return self._setup(session, actor, path, header, identity)
        if identity is None:
            raise ExchangeRefused(MSG_NOT_ENROLLED, file=str(path))
        hospital = _hospital(session)
        if hospital is None or header.hospital_id != hospital.uid:
            raise ExchangeRefused(MSG_OTHER_HOSPITAL, file=str(path))
        from_department = header.sender_id == DEPARTMENT_PC
        expected = {
            "ward": (PackageKind.DEPARTMENT_DOWN, PackageKind.RECEIPT),
            "department": (PackageKind.WARD_UP, PackageKind.RECEIPT),
        }[identity.role]
        if header.kind not in expected or from_department != (identity.role == "ward"):
            raise ExchangeRefused(
                MSG_WRONG_KIND,
                file=str(path),
                kind=Message(_KIND_NAMES[header.kind]),
                role=Message(_ROLE_NAMES[identity.role]),
            )
        peer = session.scalar(select(ExchangePeer).where(ExchangePeer.pc_id == header.sender_id))
        package = read_package(path, lambda _: peer.public_key if peer else None)
        assert peer is not None  # an unknown sender's package is refused by read_package
        ward = self._package_ward(path, header, identity, peer, session)
        if header.kind is PackageKind.RECEIPT:
            # Not in the order of the sender's packages: a receipt only ever moves a record's
            # exchanged mark forward, so one imported after a later package (or twice) is
            # as good as on time, and it leaves the mark the next package is checked by.
            applied = apply_receipt(session, path, package, ward, identity.pc_id)
        else:
            _check_order(path, header, peer, _digest(path))
            applied = self._apply_records(session, path, package, ward, from_department, locked)
        lines = [
            PreviewLine(path.name, ward.code, item.what, item.decision.change, item.decision.reason)
            for item in applied
        ]
        audit.record(
            session,
            actor or _setup_actor(),
            "exchange_import",
            "ward",
            ward.id,
            after={
                "kind": header.kind.value,
                "package": path.name,
                "sender": header.sender_id,
                "sequence": header.sequence,
                **{
                    change.value: sum(1 for line in lines if line.change is change)
                    for change in RecordChange
                },
            },
        )
        return _Imported(path, header, peer, applied, lines)

    def _package_ward(
        self,
        path: Path,
        header: PackageHeader,
        identity: IdentityRow,
        peer: ExchangePeer,
        session: Session,
    ) -> Ward:
        """The ward the package is for or from: this PC's own ward, or the sender PC's."""
        ward_id = identity.ward_id if identity.role == "ward" else peer.ward_id
        ward = session.get(Ward, ward_id) if ward_id is not None else None
        assert ward is not None  # a ward PC has its ward; the department's peers have theirs
        if header.ward_code != ward.code:
            raise ExchangeRefused(
                MSG_OTHER_WARD_PACKAGE, file=str(path), ward=header.ward_code, enrolled=ward.code
            )
        return ward

    def _setup(
        self,
        session: Session,
        actor: Actor | None,
        path: Path,
        header: PackageHeader,
        identity: IdentityRow | None,
    ) -> _Imported:
        if identity is not None:
            raise ExchangeRefused(MSG_SETUP_ON_ENROLLED, file=str(path))
        require_empty(session)
        package = read_self_signed_package(path, SETUP_DOCUMENT, _enclosed_department_key)
        records_version_of(package.documents.get(SETUP_DOCUMENT), str(path))
        record = from_plain(SetupRecord, package.documents.get(SETUP_DOCUMENT), str(path))
        # The header, which the signature covers, says the same as the setup inside.
        if (header.sender_id, header.hospital_id, header.ward_code) != (
            DEPARTMENT_PC,
            record.hospital_uid,
            record.ward.code,
        ):
            raise ExchangeRefused(MSG_RECORD_INVALID, file=str(path), field="header")
        try:
            own_key = signing_key_from_bytes(bytes.fromhex(record.private_key))
        except ValueError:
            raise ExchangeRefused(MSG_SETUP_KEY_MISMATCH, file=str(path)) from None
        lines = apply_setup(session, record, path.name, header.sequence, _digest(path), self._now())
        identity = _identity(session)
        assert identity is not None and identity.ward_id is not None
        audit.record(
            session,
            actor or _setup_actor(),
            "exchange_setup",
            "ward",
            identity.ward_id,
            after={"hospital": record.hospital_name, "ward": record.ward.code, "pc": record.pc_id},
        )
        peer = session.scalar(select(ExchangePeer).where(ExchangePeer.pc_id == DEPARTMENT_PC))
        return _Imported(path, header, peer, [], lines, (record.pc_id, own_key))

    def _apply_records(
        self,
        session: Session,
        path: Path,
        package: Package,
        ward: Ward,
        from_department: bool,
        locked: frozenset[str],
    ) -> list[Applied]:
        plain = package.documents.get(RECORDS_DOCUMENT)
        records_version_of(plain, str(path))
        document = from_plain(RecordsDocument, plain, str(path))
        writer = RecordWriter(
            session,
            package=str(path),
            from_department=from_department,
            ward=ward,
            photos=package.files,
            locked=locked,
        )
        applied: list[Applied] = []
        if from_department:
            for checklist in document.checklists:
                writer.checklist(checklist)
            applied.extend(writer.campaign(campaign) for campaign in document.campaigns)
        for sheet in document.sheets:
            applied.append(
                _other_ward(sheet.uid, sheet.version, sheet.ward_code, ward) or writer.sheet(sheet)
            )
        for item in document.rectifications:
            applied.append(
                _other_ward(item.uid, item.version, item.ward_code, ward)
                or writer.rectification(item)
            )
        if from_department:
            # After the records: a ranking names the campaign's published state and results.
            applied.extend(writer.ranking(ranking) for ranking in document.rankings)
        return applied

    def _receipt(
        self, session: Session, outbox: _Outbox, imported: _Imported, folder: Path
    ) -> None:
        """The receipt of one applied package, for its sender, numbered as this PC's next
        package to that sender."""
        peer = imported.peer
        hospital = _hospital(session)
        identity = _identity(session)
        assert peer is not None and hospital is not None and identity is not None
        peer.last_sent += 1
        header = self._header(
            PackageKind.RECEIPT,
            hospital,
            identity.pc_id,
            imported.header.ward_code,
            peer.last_sent,
        )
        document = receipt_document(imported.header, imported.applied, self._now())
        department = identity.role == "department"
        path = folder / _package_name(
            "receipt-department" if department else "receipt",
            imported.header.ward_code or "all",
            peer.pc_id if department else identity.pc_id,
            header.sequence,
        )
        session.flush()
        outbox.stage(path, header, {RECEIPT_DOCUMENT: to_plain(document)}, {}, self._key(identity))

    def _key(self, identity: IdentityRow | None) -> SigningKey:
        """This PC's signing key. The department's is made at its first enrolment (no
        identity yet) and only then: a key made anew later would not be the one every ward
        PC checks the department's packages with. A ward PC's came in its setup package."""
        if identity is None:
            key = load_or_create_signing_key(self._keys, DEPARTMENT_KEY)
        else:
            name = DEPARTMENT_KEY if identity.role == "department" else _ward_key(identity.pc_id)
            found = find_signing_key(self._keys, name)
            if found is None:
                copy = self._keys_backup()
                raise NursingQCError(
                    MSG_KEY_MISSING,
                    file=str(key_path(self._keys, name)),
                    copy=str(copy / key_path(self._keys, name).name) if copy else "",
                )
            key = found
        self._back_up_keys()
        return key

    def _keys_backup(self) -> Path | None:
        """Where the database's backups keep a copy of each key (None: a server database,
        which has no backups folder)."""
        path = self._db.path
        return backup_dir_of(path) / KEYS_BACKUP if path is not None else None

    def _back_up_keys(self) -> None:
        """A copy of each key beside the database's backups (docs/decisions.md, exchange
        keys); a copy that cannot be written is logged and the exchange goes on, as a daily
        backup that fails does not stop the day's work."""
        copy = self._keys_backup()
        if copy is None:
            return
        try:
            backup_keys(self._keys, copy.parent)
        except OSError:
            log.warning("signing keys not copied to %s", copy, exc_info=True)


def _require_ward_actor(actor: Actor, ward: Ward) -> None:
    """On a ward PC the ward's head nurse exchanges packages (the department's accounts are
    not there)."""
    if actor.role is not Role.HEAD_NURSE or actor.ward_id != ward.id:
        raise PermissionDenied(MSG_OWN_WARD_ONLY, ward=ward.code)


def _setup_actor() -> Actor:
    return Actor(None, SETUP_USERNAME, SETUP_USERNAME, Role.ADMIN)


def _ward_key(pc_id: str) -> str:
    return f"ward-{pc_id}"


def _package_name(kind: str, ward: str, ward_pc: str, sequence: int) -> str:
    """What makes a package unique in a shared folder: its kind, its ward, the ward PC it is
    from or for (a PC enrolled after an earlier one of the ward numbers from 1 again) and
    its number from that sender."""
    return f"{kind}-{_file_part(ward)}-{ward_pc[:8]}-{sequence:04d}{PACKAGE_SUFFIX}"


def _published_campaigns(session: Session) -> frozenset[str]:
    campaigns = session.scalars(select(Campaign).options(selectinload(Campaign.phases)))
    return frozenset(
        campaign.uid
        for campaign in campaigns
        if any(p.kind is PhaseKind.SUMMARY and is_published(p.state) for p in campaign.phases)
    )


def _message(error: NursingQCError) -> Message:
    return Message(error.template, dict(error.params))


def _digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def _check_order(path: Path, header: PackageHeader, peer: ExchangePeer, digest: str) -> None:
    """rules §14: a package older than the last one imported from its sender is refused; the
    last one again is imported again (and changes nothing); a newer one moves the mark."""
    sender = header.sender_id if header.sender_id == DEPARTMENT_PC else header.ward_code
    if header.sequence < peer.last_received:
        raise ExchangeRefused(
            MSG_OLDER_PACKAGE,
            file=str(path),
            sequence=header.sequence,
            sender=sender,
            last=peer.last_received,
        )
    if header.sequence == peer.last_received and digest != peer.received_digest:
        raise ExchangeRefused(
            MSG_REUSED_SEQUENCE, file=str(path), sequence=header.sequence, sender=sender
        )
    peer.last_received = header.sequence
    peer.received_digest = digest


def _enclosed_department_key(document: object) -> bytes | None:
    key = document.get("department_public_key") if isinstance(document, dict) else None
    try:
        return bytes.fromhex(key) if isinstance(key, str) else None
    except ValueError:
        return None


def _other_ward(uid: str, version: int, record_ward: str, ward: Ward) -> Applied | None:
    """A record of another ward than the package's is refused: a package is one ward's."""
    if record_ward == ward.code:
        return None
    reason = Message(MSG_OTHER_WARDS_RECORD, {"ward": record_ward, "package_ward": ward.code})
    what = Message(MSG_WHAT_RECORD, {"uid": uid})
    return Applied(uid, "record", version, what, Decision(RecordChange.REFUSED, reason))
