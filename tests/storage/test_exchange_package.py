"""The exchange package's file (issue 16 item 4): what is written is read back whole, and every bad
or hostile package is refused with its own message, reading nothing to disk and changing nothing."""

from __future__ import annotations

import hashlib
import io
import json
import os
import random
import struct
import subprocess
import sys
import textwrap
import time
import tracemalloc
import zipfile
from collections.abc import Callable
from dataclasses import replace
from datetime import datetime, timedelta, timezone
from pathlib import Path

import openpyxl
import pytest
from PIL import Image

from nursingqc.domain.exchange import (
    DEPARTMENT_PC,
    FORMAT_VERSION,
    ExchangeRefused,
    PackageHeader,
    PackageKind,
)
from nursingqc.storage import exchange_package as ep
from nursingqc.storage.exchange_keys import SigningKey, new_signing_key

BEIJING = timezone(timedelta(hours=8))
HOSPITAL = "0b6f6f8e-3f0a-4c39-9d55-1e1c2f1a9a01"
WARD_PC = "5d7e2a40-9b1c-4f7e-8a3d-6c2b1e0f9a77"
#: 原因分析 at the 2,000-character limit of rules §9, as a head nurse writes it.
LONG_CAUSE = ("护士交接班时未逐项核对患者皮肤情况，夜班人力不足，翻身记录补记。" * 70)[:2000]


def _jpeg(colour: str, size: tuple[int, int] = (320, 240)) -> bytes:
    buffer = io.BytesIO()
    Image.new("RGB", size, colour).save(buffer, "JPEG", quality=80)
    return buffer.getvalue()


def _png(colour: str) -> bytes:
    buffer = io.BytesIO()
    Image.new("RGB", (64, 48), colour).save(buffer, "PNG")
    return buffer.getvalue()


def _photo_name(data: bytes, extension: str = "jpg") -> str:
    return f"photos/{hashlib.sha256(data).hexdigest()}.{extension}"


def _header(**changes: object) -> PackageHeader:
    header = PackageHeader(
        format_version=FORMAT_VERSION,
        kind=PackageKind.WARD_UP,
        hospital_id=HOSPITAL,
        sender_id=WARD_PC,
        ward_code="NK01",
        sequence=7,
        created_at=datetime(2026, 7, 20, 16, 45, 12, tzinfo=BEIJING),
    )
    return replace(header, **changes)  # type: ignore[arg-type]


def _records(wards: int = 1) -> dict[str, object]:
    answers = [
        {
            "id": f"4c1d{index:04d}-0000-4000-8000-00000000{index:04d}",
            "version": 3,
            "ward": f"NK{ward:02d}",
            "cause": LONG_CAUSE,
            "measure": "每班交接时床旁查看皮肤并签名；护士长每日抽查三名患者。",
            "owner": "王丽华",
            "done_on": "2026-07-18",
        }
        for ward in range(1, wards + 1)
        for index in range(40)
    ]
    return {"schema": 1, "rectification_answers": answers}


@pytest.fixture
def key() -> SigningKey:
    return new_signing_key()


@pytest.fixture
def photos() -> dict[str, bytes]:
    colours = ["red", "blue", "green", "white", "black", "yellow", "purple", "orange"]
    pictures = {_photo_name(data := _jpeg(colour)): data for colour in colours}
    teal = _png("teal")
    pictures[_photo_name(teal, "png")] = teal
    return pictures


@pytest.fixture
def package(tmp_path: Path, key: SigningKey, photos: dict[str, bytes]) -> Path:
    """A month's up-package of a ward: 40 answers at the length limit and nine photos."""
    path = tmp_path / "ward-up-NK01-7.nqcpkg"
    documents = {"records.json": _records(), "receipt.json": {"applied": [], "refused": []}}
    ep.write_package(path, _header(), documents, photos, key)
    return path


def _trusting(key: SigningKey) -> Callable[[PackageHeader], bytes | None]:
    return lambda header: key.public_bytes() if header.sender_id == WARD_PC else None


# -- what is written is read back ------------------------------------------------------------------


def test_a_package_is_read_back_with_its_header_documents_and_photos(
    package: Path, key: SigningKey, photos: dict[str, bytes]
) -> None:
    read = ep.read_package(package, _trusting(key))

    assert read.header == _header()
    assert read.documents == {
        "records.json": _records(),
        "receipt.json": {"applied": [], "refused": []},
    }
    assert read.files == photos
    with zipfile.ZipFile(package) as archive:
        names = archive.namelist()
    assert names[:2] == ["manifest.json", "manifest.sig"]
    assert sorted(names[2:]) == sorted(["records.json", "receipt.json", *photos])


def test_the_manifest_lists_every_entry_with_its_hash_and_size(package: Path) -> None:
    with zipfile.ZipFile(package) as archive:
        manifest = json.loads(archive.read("manifest.json"))
        contents = {name: archive.read(name) for name in archive.namelist()}

    assert manifest["format"] == "nursingqc-exchange-package"
    assert manifest["format_version"] == FORMAT_VERSION
    assert manifest["header"] == {
        "kind": "ward-up",
        "hospital_id": HOSPITAL,
        "sender_id": WARD_PC,
        "ward_code": "NK01",
        "sequence": 7,
        "created_at": "2026-07-20T16:45:12+08:00",
    }
    listed = {entry["name"]: entry for entry in manifest["entries"]}
    assert set(listed) == set(contents) - {"manifest.json", "manifest.sig"}
    for name, entry in listed.items():
        assert entry["sha256"] == hashlib.sha256(contents[name]).hexdigest()
        assert entry["size"] == len(contents[name])
    assert len(contents["manifest.sig"]) == 64


def test_the_header_is_previewed_before_any_key_is_known(package: Path) -> None:
    assert ep.preview_header(package) == _header()


def test_a_department_package_for_no_ward_and_without_photos_reads_back(
    tmp_path: Path, key: SigningKey
) -> None:
    path = tmp_path / "receipt.nqcpkg"
    header = _header(kind=PackageKind.RECEIPT, sender_id=DEPARTMENT_PC, ward_code=None, sequence=1)
    ep.write_package(path, header, {"receipt.json": {"wards": ["NK01", "WK02"]}}, {}, key)

    read = ep.read_package(path, lambda _header: key.public_bytes())

    assert read.header == header
    assert read.files == {}


@pytest.mark.parametrize(
    ("documents", "files"),
    [
        ({"../records.json": {}}, {}),
        ({"Records.JSON": {}}, {}),
        ({}, {"photos/not-a-hash.jpg": b"\xff\xd8\xff"}),
        ({}, {_photo_name(b"other bytes"): b"\xff\xd8\xff"}),
    ],
)
def test_the_writer_refuses_names_the_reader_would_refuse(
    tmp_path: Path, key: SigningKey, documents: dict[str, object], files: dict[str, bytes]
) -> None:
    with pytest.raises(ValueError, match="named"):
        ep.write_package(tmp_path / "p.nqcpkg", _header(), documents, files, key)

    assert list(tmp_path.iterdir()) == []


def test_a_folder_that_cannot_be_written_gets_a_message_and_keeps_nothing(
    tmp_path: Path, key: SigningKey
) -> None:
    missing = tmp_path / "U盘" / "交换包" / "p.nqcpkg"

    with pytest.raises(ExchangeRefused) as refused:
        ep.write_package(missing, _header(), {"records.json": _records()}, {}, key)

    assert refused.value.template == ep.MSG_WRITE_FAILED
    assert refused.value.params["file"] == str(missing)
    assert list(tmp_path.iterdir()) == []


def test_a_failed_write_leaves_the_old_package_and_no_temporary_file(
    package: Path, key: SigningKey, monkeypatch: pytest.MonkeyPatch
) -> None:
    before = package.read_bytes()

    def full_disk(self: zipfile.ZipFile, *args: object, **kwargs: object) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(zipfile.ZipFile, "writestr", full_disk)
    with pytest.raises(ExchangeRefused) as refused:
        ep.write_package(package, _header(sequence=8), {"records.json": {}}, {}, key)

    assert refused.value.template == ep.MSG_WRITE_FAILED
    assert package.read_bytes() == before
    assert [path.name for path in package.parent.iterdir()] == [package.name]


def test_a_package_never_replaces_a_file_of_its_name(
    package: Path, key: SigningKey, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Another PC's package nobody has imported yet may lie there under the same name."""
    before = package.read_bytes()
    second = ep.write_package(package, _header(sequence=8), {"records.json": {}}, {}, key)
    assert second == package.with_name(package.stem + "-2.nqcpkg")
    assert package.read_bytes() == before
    assert ep.preview_header(second).sequence == 8

    # A USB stick's FAT has no hard links: a rename checked first does the same.
    def no_links(source: Path, target: Path) -> None:
        raise OSError(1, "Operation not permitted")

    monkeypatch.setattr(os, "link", no_links)
    third = ep.write_package(package, _header(sequence=9), {"records.json": {}}, {}, key)
    assert third.name == package.stem + "-3.nqcpkg"
    assert (package.read_bytes(), ep.preview_header(second).sequence) == (before, 8)
    assert sorted(p.name for p in package.parent.iterdir()) == sorted(
        [package.name, second.name, third.name]
    )


def test_a_staged_package_is_seen_only_once_published(tmp_path: Path, key: SigningKey) -> None:
    target = tmp_path / "receipt-NK01-0a1b2c3d-0004.nqcpkg"
    staged = ep.stage_package(target, _header(), {"records.json": _records()}, {}, key)
    assert [p for p in tmp_path.glob(f"*{ep.PACKAGE_SUFFIX}")] == []
    ep.discard_package(staged)
    assert list(tmp_path.iterdir()) == []
    staged = ep.stage_package(target, _header(), {"records.json": _records()}, {}, key)
    assert ep.publish_package(staged) == target
    assert list(tmp_path.iterdir()) == [target]


WRITER = textwrap.dedent(
    """
    import sys
    import uuid
    from datetime import datetime
    from pathlib import Path
    from nursingqc.domain.exchange import PackageHeader, PackageKind
    from nursingqc.storage.exchange_keys import new_signing_key
    from nursingqc.storage.exchange_package import write_package

    folder, count = Path(sys.argv[1]), int(sys.argv[2])
    key = new_signing_key()
    answers = [{"id": str(uuid.uuid4()), "cause": f"第{n}床翻身记录补记"} for n in range(3000)]
    records = {"records.json": {"answers": answers}}
    for sequence in range(1, count + 1):
        header = PackageHeader(1, PackageKind.WARD_UP, "h", "pc", "NK01", sequence, datetime.now())
        write_package(folder / f"ward-up-{sequence}.nqcpkg", header, records, {}, key)
    """
)


def test_a_shared_folder_shows_only_whole_packages_while_a_writer_writes(tmp_path: Path) -> None:
    """A reader scanning the folder while another process writes never finds a package that
    is not whole."""
    writer = subprocess.Popen([sys.executable, "-c", WRITER, str(tmp_path), "25"])
    seen: set[str] = set()
    reads = 0
    try:
        while writer.poll() is None or reads == 0:
            for path in tmp_path.glob(f"*{ep.PACKAGE_SUFFIX}"):
                assert ep.preview_header(path).ward_code == "NK01"
                seen.add(path.name)
                reads += 1
    finally:
        assert writer.wait(timeout=60) == 0
    assert len(seen) == 25
    assert reads > 25


# -- refused -------------------------------------------------------------------------------------


def _entries(path: Path) -> list[tuple[zipfile.ZipInfo, bytes]]:
    with zipfile.ZipFile(path) as archive:
        return [(info, archive.read(info)) for info in archive.infolist()]


def _rezip(path: Path, entries: list[tuple[zipfile.ZipInfo | str, bytes]]) -> None:
    path.unlink()
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
        for info, data in entries:
            archive.writestr(info, data)


def _tamper(
    path: Path,
    key: SigningKey | None,
    *,
    manifest: Callable[[dict[str, object]], None] | None = None,
    entries: Callable[[list[tuple[zipfile.ZipInfo | str, bytes]]], None] | None = None,
    raw_manifest: bytes | None = None,
) -> None:
    """Rewrites the package: its manifest changed by ``manifest`` (and signed anew by ``key``,
    as a sender's own program gone wrong would), its other entries changed by ``entries``."""
    old = _entries(path)
    content = json.loads(old[0][1])
    if manifest is not None:
        manifest(content)
    manifest_data = raw_manifest or json.dumps(content).encode()
    if manifest is None and raw_manifest is None:
        manifest_data = old[0][1]
    signature = key.sign(manifest_data) if key is not None else old[1][1]
    rest: list[tuple[zipfile.ZipInfo | str, bytes]] = [(info, data) for info, data in old[2:]]
    if entries is not None:
        entries(rest)
    _rezip(path, [("manifest.json", manifest_data), ("manifest.sig", signature), *rest])


def _add_listed(name: str, data: bytes) -> Callable[[dict[str, object]], None]:
    """A hostile entry, listed in the manifest with its true hash: only its name is wrong."""

    def add(content: dict[str, object]) -> None:
        entries = content["entries"]
        assert isinstance(entries, list)
        entries.append(
            {"name": name, "sha256": hashlib.sha256(data).hexdigest(), "size": len(data)}
        )

    return add


def _entry(name: str, attributes: int | None = None) -> zipfile.ZipInfo:
    info = zipfile.ZipInfo(name)
    if attributes is not None:
        info.external_attr = attributes << 16
    return info


def _refusal(
    path: Path, key: SigningKey, limits: ep.PackageLimits = ep.DEFAULT_LIMITS
) -> ExchangeRefused:
    """Reads ``path`` expecting a refusal; nothing in its folder changes meanwhile."""
    folder = path.parent
    before = {p.name: p.read_bytes() for p in folder.iterdir() if p.is_file()}
    with pytest.raises(ExchangeRefused) as refused:
        ep.read_package(path, _trusting(key), limits)
    assert {p.name: p.read_bytes() for p in folder.iterdir() if p.is_file()} == before
    assert refused.value.params["file"] == str(path)
    return refused.value


HOSTILE_NAMES = [
    ("../../Windows/System32/evil.dll", 0o100644, ep.MSG_NAME_PARENT),
    ("photos/../../records.json", 0o100644, ep.MSG_NAME_PARENT),
    ("/etc/cron.d/evil", 0o100644, ep.MSG_NAME_ABSOLUTE),
    ("..\\..\\startup\\evil.bat", 0o100644, ep.MSG_NAME_BACKSLASH),
    ("photos\\evil.jpg", 0o100644, ep.MSG_NAME_BACKSLASH),
    ("C:/Users/Public/evil.json", 0o100644, ep.MSG_NAME_DRIVE),
    ("C:evil.json", 0o100644, ep.MSG_NAME_DRIVE),
    ("records-link.json", 0o120777, ep.MSG_SYMLINK),
    ("photos/", 0o040755, ep.MSG_UNEXPECTED_ENTRY),
    ("readme.txt", 0o100644, ep.MSG_UNEXPECTED_ENTRY),
    ("photos/setup.exe", 0o100644, ep.MSG_UNEXPECTED_ENTRY),
]


@pytest.mark.parametrize(("name", "attributes", "template"), HOSTILE_NAMES)
def test_entries_with_hostile_names_or_links_are_refused(
    package: Path, key: SigningKey, name: str, attributes: int, template: str
) -> None:
    _tamper(
        package,
        key,
        manifest=_add_listed(name, b"evil"),
        entries=lambda rest: rest.append((_entry(name, attributes), b"evil")),
    )

    refused = _refusal(package, key)

    assert refused.template == template
    assert refused.params["entry"] == name
    with pytest.raises(ExchangeRefused, match="package"):
        ep.preview_header(package)  # the same checks before any key is looked up


def test_a_name_twice_is_refused(package: Path, key: SigningKey) -> None:
    with pytest.warns(UserWarning, match="Duplicate name"):  # zipfile writes it all the same
        _tamper(package, key, entries=lambda rest: rest.append(("records.json", b'{"x": 1}')))

    refused = _refusal(package, key)

    assert (refused.template, refused.params["entry"]) == (ep.MSG_DUPLICATE_ENTRY, "records.json")


def test_encrypted_or_strangely_compressed_entries_are_refused(
    package: Path, key: SigningKey
) -> None:
    def bzip2(rest: list[tuple[zipfile.ZipInfo | str, bytes]]) -> None:
        info = rest[0][0]
        assert isinstance(info, zipfile.ZipInfo)
        info.compress_type = zipfile.ZIP_BZIP2

    _tamper(package, None, entries=bzip2)

    assert _refusal(package, key).template == ep.MSG_UNEXPECTED_ENTRY


def test_random_bytes_an_empty_file_and_a_folder_are_not_packages(
    tmp_path: Path, key: SigningKey
) -> None:
    noise = tmp_path / "noise.nqcpkg"
    noise.write_bytes(random.Random(16).randbytes(100_000))
    empty = tmp_path / "empty.nqcpkg"
    empty.write_bytes(b"")
    folder = tmp_path / "folder.nqcpkg"
    folder.mkdir()

    for path in (noise, empty, folder):
        with pytest.raises(ExchangeRefused) as refused:
            ep.read_package(path, _trusting(key))
        assert refused.value.template == ep.MSG_NOT_A_PACKAGE


def test_a_workbook_and_another_programs_zip_are_not_packages(
    tmp_path: Path, key: SigningKey
) -> None:
    workbook = tmp_path / "评分表.xlsx"
    book = openpyxl.Workbook()
    book.active.append(["病区", "得分"])
    book.save(workbook)
    extension = tmp_path / "extension.zip"
    with zipfile.ZipFile(extension, "w") as archive:
        archive.writestr("manifest.json", json.dumps({"manifest_version": 3, "name": "x"}))

    assert _refusal(workbook, key).template == ep.MSG_NOT_A_PACKAGE
    assert _refusal(extension, key).template == ep.MSG_NOT_A_PACKAGE


@pytest.mark.parametrize("keep", [0.5, 0.98])
def test_a_package_cut_short_is_damaged(package: Path, key: SigningKey, keep: float) -> None:
    data = package.read_bytes()
    package.write_bytes(data[: int(len(data) * keep)])

    assert _refusal(package, key).template == ep.MSG_PACKAGE_DAMAGED


def test_a_byte_changed_in_transit_is_damaged(package: Path, key: SigningKey) -> None:
    data = bytearray(package.read_bytes())
    with zipfile.ZipFile(package) as archive:
        info = archive.getinfo("records.json")
    middle = info.header_offset + 30 + len("records.json") + info.compress_size // 2
    data[middle] ^= 0xFF
    package.write_bytes(bytes(data))

    assert _refusal(package, key).template == ep.MSG_PACKAGE_DAMAGED


def test_a_missing_package_is_named(tmp_path: Path, key: SigningKey) -> None:
    with pytest.raises(ExchangeRefused) as refused:
        ep.read_package(tmp_path / "gone.nqcpkg", _trusting(key))

    assert refused.value.template == ep.MSG_PACKAGE_MISSING


def test_a_package_without_signature_is_refused(package: Path, key: SigningKey) -> None:
    old = _entries(package)
    _rezip(package, [(old[0][0], old[0][1]), *[(info, data) for info, data in old[2:]]])

    assert _refusal(package, key).template == ep.MSG_SIGNATURE_MISSING


def test_a_package_signed_by_another_key_is_refused(package: Path, key: SigningKey) -> None:
    _tamper(package, new_signing_key(), manifest=lambda content: None)

    refused = _refusal(package, key)

    assert (refused.template, refused.params["sender"]) == (ep.MSG_SIGNATURE_WRONG, WARD_PC)


@pytest.mark.parametrize("signature", [b"", b"\x00" * 64, b"\x01" * 63, b"x" * 1000])
def test_a_garbled_signature_is_wrong(package: Path, key: SigningKey, signature: bytes) -> None:
    old = _entries(package)
    _rezip(package, [old[0], ("manifest.sig", signature), *old[2:]])

    assert _refusal(package, key).template == ep.MSG_SIGNATURE_WRONG


def test_a_package_of_an_unknown_sender_is_refused(package: Path, key: SigningKey) -> None:
    with pytest.raises(ExchangeRefused) as refused:
        ep.read_package(package, lambda header: None)

    assert refused.value.template == ep.MSG_UNKNOWN_SENDER
    assert refused.value.params["sender"] == WARD_PC


def test_a_manifest_changed_without_the_key_is_refused(package: Path, key: SigningKey) -> None:
    """Someone with the USB stick raises the sequence or names another ward: the signature no
    longer matches."""

    def other_ward(content: dict[str, object]) -> None:
        header = content["header"]
        assert isinstance(header, dict)
        header["ward_code"] = "WK02"

    old_signature = _entries(package)[1][1]
    _tamper(package, None, manifest=other_ward)

    assert _entries(package)[1][1] == old_signature
    assert _refusal(package, key).template == ep.MSG_SIGNATURE_WRONG


def test_a_record_changed_after_signing_is_refused(package: Path, key: SigningKey) -> None:
    def changed(rest: list[tuple[zipfile.ZipInfo | str, bytes]]) -> None:
        index = next(i for i, (info, _) in enumerate(rest) if _name(info) == "records.json")
        records = json.loads(rest[index][1])
        records["rectification_answers"][0]["done_on"] = "2026-07-01"
        rest[index] = ("records.json", json.dumps(records).encode())

    _tamper(package, None, entries=changed)

    refused = _refusal(package, key)

    assert (refused.template, refused.params["entry"]) == (ep.MSG_HASH_MISMATCH, "records.json")


def test_a_photo_swapped_for_another_is_refused(
    package: Path, key: SigningKey, photos: dict[str, bytes]
) -> None:
    swapped = sorted(photos)[0]

    def swap(rest: list[tuple[zipfile.ZipInfo | str, bytes]]) -> None:
        index = next(i for i, (info, _) in enumerate(rest) if _name(info) == swapped)
        rest[index] = (swapped, _jpeg("pink"))

    _tamper(package, None, entries=swap)

    refused = _refusal(package, key)

    assert (refused.template, refused.params["entry"]) == (ep.MSG_HASH_MISMATCH, swapped)


def _name(info: zipfile.ZipInfo | str) -> str:
    return info if isinstance(info, str) else info.filename


def test_an_entry_the_manifest_omits_is_refused(package: Path, key: SigningKey) -> None:
    def omit(content: dict[str, object]) -> None:
        entries = content["entries"]
        assert isinstance(entries, list)
        content["entries"] = [entry for entry in entries if entry["name"] != "receipt.json"]

    _tamper(package, key, manifest=omit)

    refused = _refusal(package, key)

    assert (refused.template, refused.params["entry"]) == (
        ep.MSG_ENTRY_NOT_IN_MANIFEST,
        "receipt.json",
    )


def test_an_entry_the_manifest_adds_is_refused(package: Path, key: SigningKey) -> None:
    ghost = _photo_name(b"ghost")
    _tamper(package, key, manifest=_add_listed(ghost, b"ghost"))

    refused = _refusal(package, key)

    assert (refused.template, refused.params["entry"]) == (ep.MSG_ENTRY_MISSING, ghost)


def _photo_package(tmp_path: Path, key: SigningKey, name: str, data: bytes) -> Path:
    """A package whose photo entry holds ``data`` under ``name``, listed and signed correctly."""
    path = tmp_path / "photo.nqcpkg"
    ep.write_package(path, _header(), {"records.json": _records()}, {}, key)
    _tamper(
        path,
        key,
        manifest=_add_listed(name, data),
        entries=lambda rest: rest.append((name, data)),
    )
    return path


@pytest.mark.parametrize(
    ("data", "extension"),
    [
        (b"MZ\x90\x00 this is a Windows program, not a photo" * 100, "jpg"),
        (b"\xff\xd8\xff\xe0" + b"\x00" * 400, "jpg"),  # a JPEG's first bytes, then nothing
        (b"\x89PNG\r\n\x1a\n" + os.urandom(600), "png"),  # a PNG's signature, then noise
        (_png("red"), "jpg"),  # a PNG named as a JPEG
    ],
)
def test_photos_that_are_not_pictures_are_refused(
    tmp_path: Path, key: SigningKey, data: bytes, extension: str
) -> None:
    name = _photo_name(data, extension)
    path = _photo_package(tmp_path, key, name, data)

    refused = _refusal(path, key)

    assert (refused.template, refused.params["entry"]) == (ep.MSG_NOT_A_PICTURE, name)


def test_a_package_of_a_newer_format_asks_for_an_update(tmp_path: Path, key: SigningKey) -> None:
    path = tmp_path / "newer.nqcpkg"
    newer = _header(format_version=FORMAT_VERSION + 1)
    ep.write_package(path, newer, {"records.json": _records()}, {}, key)

    refused = _refusal(path, key)

    assert refused.template == ep.MSG_NEWER_FORMAT
    assert (refused.params["version"], refused.params["supported"]) == (2, FORMAT_VERSION)


def _set(path: str, value: object) -> Callable[[dict[str, object]], None]:
    def change(content: dict[str, object]) -> None:
        target: dict[str, object] = content
        *parents, last = path.split(".")
        for parent in parents:
            child = target[parent]
            assert isinstance(child, dict)
            target = child
        if value is KeyError:
            del target[last]
        else:
            target[last] = value

    return change


@pytest.mark.parametrize(
    ("change", "field"),
    [
        (_set("format_version", "1"), "format_version"),
        (_set("format_version", 0), "format_version"),
        (_set("format_version", True), "format_version"),
        (_set("header.kind", "ward-download"), "header.kind"),
        (_set("header.sequence", "8"), "header.sequence"),
        (_set("header.sequence", 0), "header.sequence"),
        (_set("header.sequence", 2.5), "header.sequence"),
        (_set("header.created_at", "yesterday"), "header.created_at"),
        (_set("header.hospital_id", ""), "header.hospital_id"),
        (_set("header.sender_id", "x" * 101), "header.sender_id"),
        (_set("header.ward_code", 12), "header.ward_code"),
        (_set("header.sequence", KeyError), "header.sequence"),
        (_set("header.printer", "HP"), "header.printer"),
        (_set("header", ["ward-up"]), "header"),
        (_set("entries", {"records.json": "..."}), "entries"),
        (_set("comment", "extra"), "comment"),
    ],
)
def test_a_manifest_of_the_wrong_shape_is_refused(
    package: Path,
    key: SigningKey,
    change: Callable[[dict[str, object]], None],
    field: str,
) -> None:
    _tamper(package, key, manifest=change)

    refused = _refusal(package, key)

    assert (refused.template, refused.params["field"]) == (ep.MSG_MANIFEST_INVALID, field)


@pytest.mark.parametrize(
    ("change", "field"),
    [
        ("sha256", "entries[0].sha256"),
        ("size", "entries[0].size"),
        ("name", "entries[0].name"),
    ],
)
def test_a_manifest_entry_of_the_wrong_shape_is_refused(
    package: Path, key: SigningKey, change: str, field: str
) -> None:
    bad = {"sha256": "ABC" * 21 + "D", "size": -1, "name": "manifest.sig"}

    def spoil(content: dict[str, object]) -> None:
        entries = content["entries"]
        assert isinstance(entries, list)
        entries[0][change] = bad[change]

    _tamper(package, key, manifest=spoil)

    refused = _refusal(package, key)

    assert (refused.template, refused.params["field"]) == (ep.MSG_MANIFEST_INVALID, field)


@pytest.mark.parametrize(
    "manifest",
    [
        b'{"format": "nursingqc-exchange-package", "format_version": 1, ',
        b'{"format": "nursingqc-exchange-package", "format": "other"}',
        b'{"format": "nursingqc-exchange-package", "format_version": NaN}',
        b"\xff\xfe{}",
        b"[" * 100_000 + b"]" * 100_000,
    ],
)
def test_a_manifest_that_is_not_valid_json_is_refused(
    package: Path, key: SigningKey, manifest: bytes
) -> None:
    _tamper(package, key, raw_manifest=manifest)

    refused = _refusal(package, key)

    assert (refused.template, refused.params["field"]) == (ep.MSG_MANIFEST_INVALID, "JSON")


@pytest.mark.parametrize(
    "document",
    [b'{"schema": 1, "schema": 2}', b'{"score": Infinity}', b"{'cause': 1}", b"[" * 200_000],
)
def test_a_document_that_is_not_valid_json_is_refused(
    tmp_path: Path, key: SigningKey, document: bytes
) -> None:
    path = tmp_path / "json.nqcpkg"
    ep.write_package(path, _header(), {"records.json": {}}, {}, key)

    def listed(content: dict[str, object]) -> None:
        content["entries"] = [
            {
                "name": "records.json",
                "sha256": hashlib.sha256(document).hexdigest(),
                "size": len(document),
            }
        ]

    _tamper(
        path,
        key,
        manifest=listed,
        entries=lambda rest: rest.__setitem__(0, ("records.json", document)),
    )

    refused = _refusal(path, key)

    assert (refused.template, refused.params["entry"]) == (ep.MSG_DOCUMENT_INVALID, "records.json")


# -- zip bombs -----------------------------------------------------------------------------------


def _bomb(path: Path, key: SigningKey, megabytes: int) -> None:
    """A package signed by its trusted sender whose records.json is ``megabytes`` MB of one
    repeated record: deflate packs it about a thousand times smaller."""
    record = json.dumps({"cause": "未翻身", "owner": "王"}, ensure_ascii=False) + ","
    data = ("[" + record * (megabytes * 1024 * 1024 // len(record.encode())) + "{}]").encode()
    ep.write_package(path, _header(), {"records.json": {}}, {}, key)

    def listed(content: dict[str, object]) -> None:
        content["entries"] = [
            {"name": "records.json", "sha256": hashlib.sha256(data).hexdigest(), "size": len(data)}
        ]

    _tamper(
        path, key, manifest=listed, entries=lambda rest: rest.__setitem__(0, ("records.json", data))
    )


def test_a_highly_compressed_entry_is_refused_as_a_zip_bomb(
    tmp_path: Path, key: SigningKey
) -> None:
    path = tmp_path / "bomb.nqcpkg"
    _bomb(path, key, 20)
    with zipfile.ZipFile(path) as archive:
        info = archive.getinfo("records.json")
    assert info.file_size > 20_000_000
    assert info.file_size / info.compress_size > 200

    refused = _refusal(path, key)

    assert (refused.template, refused.params["entry"]) == (ep.MSG_RATIO_TOO_HIGH, "records.json")


def _lie_about_size(path: Path, name: str, size: int) -> None:
    """Writes ``size`` as ``name``'s uncompressed size in both its local and central headers."""
    data = bytearray(path.read_bytes())
    with zipfile.ZipFile(path) as archive:
        info = archive.getinfo(name)
    struct.pack_into("<I", data, info.header_offset + 22, size)
    central = data.find(b"PK\x01\x02")
    while central >= 0:
        length = struct.unpack_from("<H", data, central + 28)[0]
        if bytes(data[central + 46 : central + 46 + length]) == name.encode():
            struct.pack_into("<I", data, central + 24, size)
            break
        central = data.find(b"PK\x01\x02", central + 4)
    path.write_bytes(bytes(data))


def test_an_entry_whose_header_says_it_is_small_stops_at_that_size(
    tmp_path: Path, key: SigningKey
) -> None:
    """The headers claim 100 KB; the data inflates to 20 MB. Reading stops at the claim (and the
    CRC then fails), and memory never holds the 20 MB."""
    path = tmp_path / "liar.nqcpkg"
    _bomb(path, key, 20)
    _lie_about_size(path, "records.json", 100_000)

    tracemalloc.start()
    try:
        refused = _refusal(path, key)
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()

    assert refused.template == ep.MSG_PACKAGE_DAMAGED
    assert peak < 8 * 1024 * 1024


def test_an_entry_whose_header_says_it_is_huge_is_refused_before_reading(
    package: Path, key: SigningKey
) -> None:
    _lie_about_size(package, "records.json", 3_000_000_000)

    refused = _refusal(package, key)

    assert (refused.template, refused.params["entry"]) == (ep.MSG_ENTRY_TOO_BIG, "records.json")


def test_the_stream_is_counted_as_it_inflates(package: Path) -> None:
    """Whatever a zip's directory says, the bytes that come out are counted: past the entry's
    limit or the ratio to its packed size, reading stops."""
    with zipfile.ZipFile(package) as archive:
        opened = ep._OpenPackage(ep._Refusals(package), archive, ep.DEFAULT_LIMITS)
        endless = io.BytesIO(b"\x00" * (3 * 1024 * 1024))
        with pytest.raises(ExchangeRefused) as ratio:
            opened._stream("records.json", endless, 64 * 1024 * 1024, compressed=3_000)
        with pytest.raises(ExchangeRefused) as size:
            opened._stream("records.json", io.BytesIO(b"1" * 300_000), 200_000, compressed=300_000)

    assert ratio.value.template == ep.MSG_RATIO_TOO_HIGH
    assert size.value.template == ep.MSG_ENTRY_TOO_BIG


def test_too_many_entries_are_refused_before_the_directory_is_read(
    tmp_path: Path, key: SigningKey
) -> None:
    pictures = {_photo_name(data := _png(f"#{i:06x}"), "png"): data for i in range(30)}
    path = tmp_path / "many.nqcpkg"
    ep.write_package(path, _header(), {"records.json": {}}, pictures, key)
    limits = ep.PackageLimits(max_entries=20)

    refused = _refusal(path, key, limits)

    assert (refused.template, refused.params["count"]) == (ep.MSG_TOO_MANY_ENTRIES, 33)


def test_a_package_that_unpacks_to_more_than_the_total_is_refused(
    package: Path, key: SigningKey
) -> None:
    limits = ep.PackageLimits(max_total_bytes=100_000)

    assert _refusal(package, key, limits).template == ep.MSG_TOTAL_TOO_BIG


def test_a_package_file_larger_than_any_package_is_refused_unopened(
    package: Path, key: SigningKey
) -> None:
    limits = ep.PackageLimits(max_file_bytes=10_000)

    assert _refusal(package, key, limits).template == ep.MSG_PACKAGE_TOO_BIG


def test_a_callers_own_error_while_reading_is_not_taken_for_a_damaged_package(
    package: Path,
) -> None:
    """The sender's key comes from the caller (the database): its mistake stays its own."""

    def broken_lookup(header: PackageHeader) -> bytes | None:
        raise ValueError("the caller's own bug")

    with pytest.raises(ValueError, match="the caller's own bug"):
        ep.read_package(package, broken_lookup)


def test_partial_files_a_dead_writer_left_are_removed_young_ones_kept(
    tmp_path: Path, key: SigningKey
) -> None:
    """A program killed between writing and COMMIT leaves a hidden partial package; the next
    package written into that folder removes it once it is surely nobody's any more."""
    dead = tmp_path / ".receipt-department-NK01-0a1b2c3d-0005.nqcpkg.4f3e2d1c0b0a.partial"
    writing = tmp_path / ".ward-up-WK01-9e8d7c6b-0002.nqcpkg.0a0b0c0d0e0f.partial"
    other = tmp_path / ".科室备忘.partial"
    for path in (dead, writing, other):
        path.write_bytes(b"PK\x03\x04")
    hours_ago = time.time() - ep.STALE_PARTIAL_SECONDS - 60
    os.utime(dead, (hours_ago, hours_ago))
    os.utime(other, (hours_ago, hours_ago))
    written = ep.write_package(tmp_path / "p.nqcpkg", _header(), {"records.json": {}}, {}, key)
    assert sorted(tmp_path.iterdir()) == sorted([written, writing, other])
