"""A restore killed at any moment, or stopped by a full disk, leaves the old or the new data.

Real processes: ``nursingqc restore`` runs in a child that is killed with SIGKILL at stages it
reaches (the rollback journal appearing beside the database) and at moments spread over a whole
restore; then the program starts on the file as a user's next start would.
"""

from __future__ import annotations

import hashlib
import os
import shutil
import signal
import sqlite3
import subprocess
import sys
import time
import uuid
from collections.abc import Iterator
from contextlib import closing
from pathlib import Path

import pytest

from nursingqc.domain.errors import DatabaseError
from nursingqc.i18n import error_text
from nursingqc.services.container import open_services
from nursingqc.services.maintenance import restore_database
from nursingqc.storage.db import MSG_DISK_FULL, read_only_connection
from tests.database_files import with_a_month_of_audit_entries
from tests.helpers import ROOT

pytestmark = pytest.mark.sqlite_only

HOSPITAL = "滨江市第一人民医院"

#: Restores argv[2] into the database argv[1], saying when it starts; the imports restore needs
#: are made first, so that the moments measured from "restoring" fall inside the restore itself.
RESTORE = """
import sys
from pathlib import Path
import alembic.script
from nursingqc.services.maintenance import restore_database
print("restoring", flush=True)
restore_database(sys.argv[1], Path(sys.argv[2]))
"""


def hospital_database(path: Path, entries: int) -> Path:
    """One hospital's database after its first start, with a month of audit entries."""
    path.parent.mkdir(parents=True, exist_ok=True)
    services = open_services(f"sqlite:///{path}")
    services.accounts.first_run(HOSPITAL, "admin", "护理部 王主任", "secret123")
    services.close()
    return with_a_month_of_audit_entries(path, entries)


def contents(path: Path) -> str:
    """A digest of every row of every table, as a program opening the file reads them."""
    digest = hashlib.sha256()
    with closing(read_only_connection(path)) as connection:
        tables = [
            row[0]
            for row in connection.execute(
                "SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name"
            )
        ]
        for table in tables:
            for row in connection.execute(f'SELECT * FROM "{table}" ORDER BY rowid'):
                digest.update(repr((table, row)).encode())
    return digest.hexdigest()


def started(path: Path) -> str:
    """The program starts on ``path`` (the start-up check passes), then what it holds."""
    open_services(f"sqlite:///{path}").close()
    return contents(path)


def _restoring(database: Path, backup: Path) -> subprocess.Popen[str]:
    child = subprocess.Popen(
        [sys.executable, "-c", RESTORE, f"sqlite:///{database}", str(backup)],
        cwd=ROOT,
        stdout=subprocess.PIPE,
        text=True,
    )
    assert child.stdout is not None and child.stdout.readline().strip() == "restoring"
    return child


def restore_timed(database: Path, backup: Path) -> float:
    """How long a whole restore takes in a child, from its start to the child's end."""
    child = _restoring(database, backup)
    began = time.monotonic()
    assert child.wait(60) == 0
    return time.monotonic() - began


def restore_killed(database: Path, backup: Path, delay: float, at_journal: bool) -> bool:
    """Runs a restore and kills it ``delay`` seconds after it starts, or after the rollback
    journal appears beside ``database``; True when the kill left that journal behind."""
    journal = database.with_name(database.name + "-journal")
    child = _restoring(database, backup)
    try:
        if at_journal:
            deadline = time.monotonic() + 30
            while not journal.exists() and child.poll() is None and time.monotonic() < deadline:
                pass
        time.sleep(delay)
    finally:
        child.send_signal(signal.SIGKILL)
        child.wait(30)
    return journal.exists()


def test_a_restore_killed_at_any_moment_leaves_the_old_or_the_new_data(tmp_path: Path) -> None:
    pristine = hospital_database(tmp_path / "old" / "hospital.sqlite3", entries=4000)
    # larger than SQLite's page cache, so pages reach the file before the copy commits
    backup = hospital_database(tmp_path / "new" / "七月备份.sqlite3", entries=9000)
    old, new = started(pristine), started(backup)
    assert old != new
    folder = tmp_path / "data"
    database = folder / "hospital.sqlite3"

    def fresh_old_database() -> None:
        shutil.rmtree(folder, ignore_errors=True)
        folder.mkdir()
        shutil.copyfile(pristine, database)

    fresh_old_database()
    whole = restore_timed(database, backup)
    assert started(database) == new

    moments = [(delay, True) for delay in (0, 0.002, 0.01, 0.03, 0.1)]
    moments += [(whole * step / 6, False) for step in range(8)]
    outcomes = []
    hot_journals = 0
    for delay, at_journal in moments:
        fresh_old_database()
        hot_journals += restore_killed(database, backup, delay, at_journal)
        found = started(database)
        stage = "the journal appeared" if at_journal else "it started"
        assert found in (old, new), f"killed {delay:.3f} s after {stage}"
        outcomes.append("new" if found == new else "old")
    assert hot_journals, "no kill landed while the copy was being written"
    assert set(outcomes) == {"old", "new"}, outcomes


@pytest.fixture
def small_disk(tmp_path: Path) -> Iterator[Path]:
    """A 3 MB file system of its own, like a nearly full disk; skipped where mounting is not
    permitted (not root, a container without the capability, Windows)."""
    folder = tmp_path / "小磁盘"
    folder.mkdir()
    if os.name == "nt" or shutil.which("mount") is None:
        pytest.skip("mounting a small file system needs Linux's mount")
    mounted = subprocess.run(
        ["mount", "-t", "tmpfs", "-o", "size=3m", f"nursingqc-{uuid.uuid4().hex[:8]}", folder],
        capture_output=True,
        text=True,
    )
    if mounted.returncode != 0:
        pytest.skip(f"cannot mount a small file system here: {mounted.stderr.strip()}")
    try:
        yield folder
    finally:
        subprocess.run(["umount", "-l", folder], check=False)


def test_a_restore_onto_a_full_disk_says_so_and_leaves_the_old_data(
    small_disk: Path, tmp_path: Path, chinese: None
) -> None:
    database = hospital_database(small_disk / "hospital.sqlite3", entries=800)
    old = started(database)
    backup = hospital_database(tmp_path / "new" / "七月备份.sqlite3", entries=9000)
    assert backup.stat().st_size > shutil.disk_usage(small_disk).free

    with pytest.raises(DatabaseError) as refused:
        restore_database(f"sqlite:///{database}", backup)
    assert refused.value.template == MSG_DISK_FULL
    assert error_text(refused.value).startswith(f"{database} 所在的磁盘已满，未能保存任何内容。")
    assert not database.with_name(database.name + "-journal").exists()
    assert started(database) == old


def test_a_backup_a_killed_program_left_half_written_restores_its_last_committed_data(
    tmp_path: Path,
) -> None:
    """The backup chosen may itself be a file a killed program left half-written: it is read as
    SQLite rolls it back, never as the torn pages."""
    database = hospital_database(tmp_path / "data" / "hospital.sqlite3", entries=10)
    backup = hospital_database(tmp_path / "new" / "七月备份.sqlite3", entries=3000)
    expected = contents(backup)
    with closing(sqlite3.connect(backup, isolation_level=None)) as connection:
        connection.execute("PRAGMA journal_mode=DELETE")
    script = (
        "import sqlite3, sys\n"
        "c = sqlite3.connect(sys.argv[1], isolation_level=None)\n"
        "c.execute('PRAGMA cache_size=5')\n"
        "c.execute('BEGIN')\n"
        "c.execute(\"UPDATE audit_log SET reason = '半途' || reason\")\n"
        "print('half written', flush=True)\n"
        "input()\n"
    )
    writer = subprocess.Popen(
        [sys.executable, "-c", script, str(backup)],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
    )
    try:
        assert writer.stdout is not None and writer.stdout.readline().strip() == "half written"
    finally:
        writer.send_signal(signal.SIGKILL)
        writer.wait(10)
    restore_database(f"sqlite:///{database}", backup)
    assert started(database) == expected
