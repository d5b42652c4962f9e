"""A database on a network drive is told at start (issue 16 item 5): UNC paths and mapped drives
on Windows, NFS/SMB/SSHFS mounts on Linux, told from made-up mount tables and drive types."""

from __future__ import annotations

import sys
from pathlib import Path, PurePosixPath

import pytest

from nursingqc.storage import network_share
from nursingqc.storage.network_share import (
    DRIVE_REMOTE,
    MSG_DATABASE_ON_NETWORK_SHARE,
    linux_network_location,
    network_share_warning,
    windows_network_location,
)

#: A ward PC's /proc/self/mounts: a local root and home, a hospital share, a mount point with a
#: space, and a local disk mounted inside the share.
MOUNTS = """\
/dev/sda2 / ext4 rw,relatime 0 0
proc /proc proc rw,nosuid,nodev,noexec,relatime 0 0
tmpfs /tmp tmpfs rw,nosuid,nodev 0 0
/dev/sda3 /home ext4 rw,relatime 0 0
//fileserver/护理部 /mnt/护理部 cifs rw,relatime,vers=3.1.1,username=nurse 0 0
fileserver:/export/qc /srv/qc nfs4 rw,relatime,vers=4.2 0 0
nurse@host:/data /home/nurse/remote\\040data fuse.sshfs rw,nosuid,nodev 0 0
/dev/sdb1 /mnt/护理部/local ext4 rw,relatime 0 0
"""

LOCAL = {"C:\\": 3, "D:\\": 3, "Z:\\": DRIVE_REMOTE, "E:\\": 2}


@pytest.mark.parametrize(
    ("path", "share"),
    [
        ("/mnt/护理部/nursingqc.sqlite3", "cifs"),
        ("/srv/qc/db/h.sqlite3", "nfs4"),
        ("/srv/qc", "nfs4"),
        ("/home/nurse/remote data/h.sqlite3", "fuse.sshfs"),
        ("/home/nurse/.local/share/NursingQC/nursingqc.sqlite3", None),
        ("/mnt/护理部/local/h.sqlite3", None),  # a local disk mounted inside the share
        ("/srv/qcx/h.sqlite3", None),  # a name that only begins like the share's
        ("/tmp/h.sqlite3", None),
    ],
)
def test_a_linux_mount_of_a_network_file_system_is_told(path: str, share: str | None) -> None:
    assert linux_network_location(PurePosixPath(path), MOUNTS) == share


def test_the_last_mount_on_a_mount_point_counts() -> None:
    mounts = MOUNTS + "//other/share /srv/qc smb3 rw 0 0\n"

    assert linux_network_location(PurePosixPath("/srv/qc/h.sqlite3"), mounts) == "smb3"
    assert linux_network_location(PurePosixPath("/srv/qc/h.sqlite3"), "garbage\n\n") is None


@pytest.mark.parametrize(
    ("path", "share"),
    [
        ("\\\\fileserver\\护理部\\nursingqc.sqlite3", "\\\\fileserver"),
        ("//fileserver/qc/h.sqlite3", "\\\\fileserver"),
        ("\\\\?\\UNC\\fileserver\\qc\\h.sqlite3", "\\\\fileserver"),
        ("Z:\\护理部\\h.sqlite3", "Z:"),
        ("z:/h.sqlite3", "z:"),
        ("\\\\?\\Z:\\h.sqlite3", "Z:"),
        ("C:\\ProgramData\\NursingQC\\nursingqc.sqlite3", None),
        ("\\\\?\\C:\\very\\long\\path\\h.sqlite3", None),
        ("E:\\U盘\\h.sqlite3", None),  # a USB stick: removable, not remote
    ],
)
def test_a_windows_unc_path_or_mapped_drive_is_told(path: str, share: str | None) -> None:
    assert windows_network_location(path, lambda root: LOCAL[root.upper()]) == share


def test_the_warning_names_the_database_the_share_and_the_safe_ways(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    database = tmp_path / "nursingqc.sqlite3"
    monkeypatch.setattr(network_share, "network_location", lambda path: "cifs")

    warning = network_share_warning(f"sqlite:///{database}")

    assert warning is not None
    assert warning.template == MSG_DATABASE_ON_NETWORK_SHARE
    assert warning.params == {"path": str(database), "share": "cifs"}
    assert "PostgreSQL" in str(warning)
    assert "exchange packages" in str(warning)


def test_a_server_database_or_a_local_file_gets_no_warning(tmp_path: Path) -> None:
    assert network_share_warning("postgresql+psycopg://qc@db.hospital/qc") is None
    assert network_share_warning("sqlite://") is None
    assert network_share_warning(f"sqlite:///{tmp_path / 'h.sqlite3'}") is None


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="reads /proc/self/mounts")
def test_this_machines_own_mounts_are_read(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    mounts = tmp_path / "mounts"
    mounts.write_text(f"/dev/sda1 / ext4 rw 0 0\nserver:/x {tmp_path} nfs rw 0 0\n", "utf-8")
    monkeypatch.setattr(network_share, "_LINUX_MOUNTS", mounts)

    assert network_share.network_location(tmp_path / "h.sqlite3") == "nfs"
    monkeypatch.setattr(network_share, "_LINUX_MOUNTS", tmp_path / "gone")
    assert network_share.network_location(tmp_path / "h.sqlite3") is None
