"""网络共享上的数据库: whether a database file lies on a network drive, where SQLite is unsafe.

SQLite's locking relies on the file system; SMB and NFS implement it loosely or not at all, so two
PCs writing one file on a share can damage it (sqlite.org/useovernet.html). Hospitals try it
because it looks like the easy way to share one database: the program warns at every start and
names the safe ways (a PostgreSQL server, or each PC its own database and exchange packages).
The detection is plain text work on what the operating system reports (``/proc/self/mounts``,
Windows' drive type), so it is tested with made-up mount tables and paths on any system.
"""

from __future__ import annotations

import logging
import ntpath
import sys
from collections.abc import Callable
from pathlib import Path, PurePosixPath

from nursingqc.domain.errors import QT_TRANSLATE_NOOP, Message
from nursingqc.storage.db import sqlite_path

MSG_DATABASE_ON_NETWORK_SHARE = QT_TRANSLATE_NOOP(
    "Errors",
    "The database {path} is on a network drive ({share}). SQLite files on a shared folder can be "
    "damaged when several PCs write to them, and work is lost. Keep the database on this PC's own "
    "disk; to work together, use a PostgreSQL server (--db postgresql+psycopg://...) or each PC "
    "its own database with exchange packages (nursingqc exchange).",
)

#: File system types of Linux mounts that live on another machine (``man 5 fstab``; FUSE
#: mounts are named ``fuse.<program>``).
NETWORK_FILESYSTEMS = frozenset(
    {
        "nfs",
        "nfs4",
        "cifs",
        "smb3",
        "smbfs",
        "ncpfs",
        "afs",
        "ceph",
        "glusterfs",
        "lustre",
        "gpfs",
        "davfs",
        "fuse.sshfs",
        "fuse.glusterfs",
        "fuse.cephfs",
        "fuse.rclone",
        "fuse.s3fs",
        "fuse.davfs2",
        "fuse.smbnetfs",
    }
)
#: ``GetDriveTypeW``'s answer for a mapped network drive.
DRIVE_REMOTE = 4
_LINUX_MOUNTS = Path("/proc/self/mounts")

log = logging.getLogger(__name__)


def network_share_warning(url: str) -> Message | None:
    """The start-up warning for a SQLite database ``url`` on a network drive; None otherwise
    (a local file, a server database, or a system whose mounts this cannot tell)."""
    path = sqlite_path(url)
    if path is None:
        return None
    share = network_location(path)
    if share is None:
        return None
    log.warning("database %s is on a network drive (%s)", path, share)
    return Message(MSG_DATABASE_ON_NETWORK_SHARE, {"path": str(path), "share": share})


def network_location(path: Path) -> str | None:
    """What network share holds ``path`` (a UNC name, a mapped drive, a mount's file system
    type), or None when it is on a local disk or it cannot be told."""
    if sys.platform == "win32":
        return windows_network_location(str(path.absolute()), _windows_drive_type)
    if sys.platform.startswith("linux"):
        try:
            mounts = _LINUX_MOUNTS.read_text(encoding="utf-8", errors="replace")
        except OSError:
            return None
        return linux_network_location(path.resolve(), mounts)
    return None


def windows_network_location(path: str, drive_type: Callable[[str], int]) -> str | None:
    """``\\\\server\\share\\…`` (also as ``//server/share`` or ``\\\\?\\UNC\\…``), or a drive
    letter ``drive_type`` (``GetDriveTypeW``) calls remote; the long-path and device prefixes
    ``\\\\?\\`` and ``\\\\.\\`` in front of a drive letter are local forms of that drive."""
    normal = path.replace("/", "\\")
    upper = normal.upper()
    if upper.startswith("\\\\?\\UNC\\"):
        return "\\\\" + normal[len("\\\\?\\UNC\\") :].split("\\")[0]
    if upper.startswith(("\\\\?\\", "\\\\.\\")):
        normal = normal[4:]
    elif normal.startswith("\\\\"):
        return "\\\\" + normal[2:].split("\\")[0]
    drive, _ = ntpath.splitdrive(normal)
    if len(drive) == 2 and drive[1] == ":" and drive_type(drive + "\\") == DRIVE_REMOTE:
        return drive
    return None


def linux_network_location(path: PurePosixPath | Path, mounts: str) -> str | None:
    """The file system type of the mount holding ``path`` (the longest mount point above it in
    ``/proc/self/mounts``' text) when it is a network file system; None otherwise."""
    best: tuple[int, str] | None = None
    target = PurePosixPath(path)
    for line in mounts.splitlines():
        fields = line.split()
        if len(fields) < 3:
            continue
        mount_point = PurePosixPath(_unescape(fields[1]))
        if target == mount_point or mount_point in target.parents:
            depth = len(mount_point.parts)
            if best is None or depth >= best[0]:
                best = (depth, fields[2])
    if best is None or best[1] not in NETWORK_FILESYSTEMS:
        return None
    return best[1]


def _unescape(field: str) -> str:
    """/proc/mounts writes space, tab, newline, backslash in a path as \\040 \\011 \\012 \\134."""
    for escaped, character in (("\\040", " "), ("\\011", "\t"), ("\\012", "\n"), ("\\134", "\\")):
        field = field.replace(escaped, character)
    return field


def _windows_drive_type(root: str) -> int:
    import ctypes

    kernel32 = ctypes.windll.kernel32  # type: ignore[attr-defined]
    result: int = kernel32.GetDriveTypeW(ctypes.c_wchar_p(root))
    return result
