"""The exchange packages' signing keys: made once in the data folder, readable by this account
only, never replaced, shared by processes that make one at the same moment."""

from __future__ import annotations

import os
import stat
import subprocess
import sys
from pathlib import Path

import pytest

from nursingqc.domain.errors import NursingQCError
from nursingqc.storage.exchange_keys import (
    MSG_KEY_DAMAGED,
    MSG_KEY_UNREADABLE,
    key_path,
    load_or_create_signing_key,
    new_signing_key,
    signing_key_from_bytes,
    store_signing_key,
    verify,
)

MANIFEST = b'{"format":"nursingqc-exchange-package","header":{"ward_code":"NK01"}}'


def test_a_key_is_made_once_and_found_again(tmp_path: Path) -> None:
    folder = tmp_path / "NursingQC" / "keys"

    made = load_or_create_signing_key(folder, "hospital")
    found = load_or_create_signing_key(folder, "hospital")

    assert found.public_bytes() == made.public_bytes()
    assert len(made.public_bytes()) == 32
    assert [path.name for path in folder.iterdir()] == ["hospital.key"]


@pytest.mark.skipif(os.name != "posix", reason="Windows has no mode bits; see decisions.md")
def test_a_key_file_is_readable_by_this_account_only(tmp_path: Path) -> None:
    load_or_create_signing_key(tmp_path, "ward-pc")

    assert stat.S_IMODE(key_path(tmp_path, "ward-pc").stat().st_mode) == 0o600


def test_a_signature_verifies_with_its_public_key_only(tmp_path: Path) -> None:
    key = load_or_create_signing_key(tmp_path, "hospital")
    signature = key.sign(MANIFEST)

    assert verify(key.public_bytes(), MANIFEST, signature)
    assert not verify(key.public_bytes(), MANIFEST.replace(b"NK01", b"WK02"), signature)
    assert not verify(new_signing_key().public_bytes(), MANIFEST, signature)
    assert not verify(key.public_bytes()[:31], MANIFEST, signature)
    assert not verify(key.public_bytes(), MANIFEST, signature[:63])
    assert not verify(b"\xff" * 32, MANIFEST, signature)


def test_a_ward_pcs_key_travels_as_raw_bytes_and_is_kept(tmp_path: Path) -> None:
    """The department makes the ward PC's key; its setup package carries the raw private key,
    which the ward PC stores; importing the same setup package again keeps the first."""
    made = new_signing_key()
    arrived = signing_key_from_bytes(made.private_bytes())

    stored = store_signing_key(tmp_path, "ward-pc", arrived)
    again = store_signing_key(tmp_path, "ward-pc", new_signing_key())

    assert stored.public_bytes() == made.public_bytes()
    assert again.public_bytes() == made.public_bytes()
    assert load_or_create_signing_key(tmp_path, "ward-pc").public_bytes() == made.public_bytes()
    with pytest.raises(ValueError, match="32 bytes"):
        signing_key_from_bytes(made.private_bytes()[:16])


def test_a_damaged_key_file_is_refused_and_never_replaced(tmp_path: Path) -> None:
    path = key_path(tmp_path, "hospital")
    path.write_bytes(b"-----BEGIN PRIVATE KEY-----\nnot a key\n-----END PRIVATE KEY-----\n")
    before = path.read_bytes()

    with pytest.raises(NursingQCError) as refused:
        load_or_create_signing_key(tmp_path, "hospital")

    assert refused.value.template == MSG_KEY_DAMAGED
    assert refused.value.params["file"] == str(path)
    assert path.read_bytes() == before


def test_a_key_of_another_kind_is_refused(tmp_path: Path) -> None:
    from cryptography.hazmat.primitives import serialization
    from cryptography.hazmat.primitives.asymmetric.ec import SECP256R1, generate_private_key

    other = generate_private_key(SECP256R1()).private_bytes(
        serialization.Encoding.PEM,
        serialization.PrivateFormat.PKCS8,
        serialization.NoEncryption(),
    )
    key_path(tmp_path, "hospital").write_bytes(other)

    with pytest.raises(NursingQCError) as refused:
        load_or_create_signing_key(tmp_path, "hospital")

    assert refused.value.template == MSG_KEY_DAMAGED


def test_a_folder_that_cannot_be_made_is_told(tmp_path: Path) -> None:
    blocked = tmp_path / "a file"
    blocked.write_text("", encoding="utf-8")

    with pytest.raises(NursingQCError) as refused:
        load_or_create_signing_key(blocked / "keys", "hospital")

    assert refused.value.template == MSG_KEY_UNREADABLE
    assert blocked.read_text(encoding="utf-8") == ""


@pytest.mark.parametrize("name", ["../hospital", "C:", "Hospital", "", "a/b", "a.key"])
def test_key_names_never_reach_another_folder(tmp_path: Path, name: str) -> None:
    with pytest.raises(ValueError, match="key name"):
        load_or_create_signing_key(tmp_path, name)


MAKER = """
import sys, time
from pathlib import Path
from nursingqc.storage.exchange_keys import load_or_create_signing_key
start = float(sys.argv[2])
while time.time() < start:
    pass
print(load_or_create_signing_key(Path(sys.argv[1]), "hospital").public_bytes().hex())
"""


def test_processes_making_the_key_at_once_all_get_the_same_one(tmp_path: Path) -> None:
    import time

    start = str(time.time() + 1.5)  # all four are past their imports by then
    makers = [
        subprocess.Popen(
            [sys.executable, "-c", MAKER, str(tmp_path), start], stdout=subprocess.PIPE, text=True
        )
        for _ in range(4)
    ]
    keys = {maker.communicate(timeout=60)[0].strip() for maker in makers}

    assert all(maker.returncode == 0 for maker in makers)
    assert len(keys) == 1
    assert (
        bytes.fromhex(keys.pop()) == load_or_create_signing_key(tmp_path, "hospital").public_bytes()
    )
    assert [path.name for path in tmp_path.iterdir()] == ["hospital.key"]
