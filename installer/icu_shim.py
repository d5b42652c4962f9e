"""Test only: a forwarding ``icuuc.dll`` so that the installed program starts under Wine 8.

Qt 6.7+ on Windows links Qt6Core.dll against Windows' own ICU (``icuuc.dll``, present since
Windows 10 1903), which Wine 8 lacks. This module reads which names the installed Qt DLLs import
from Windows' ICU DLLs, finds the same functions (with ICU's version suffix, ``ucnv_open_78``) in
the ICU DLLs of the icu4py win_amd64 wheel, and links a DLL of forwarders named like Windows' one
with MinGW's dlltool and ld. :func:`add_icu_shim` copies it and the real ICU DLLs beside
Qt6Core.dll of an *installed* program; :func:`remove_icu_shim` takes them away again. Never ship
any of it: a real Windows PC has its own ICU.

Standard library only: the PE import and export tables are read with :mod:`struct`.
"""

from __future__ import annotations

import re
import shutil
import struct
import subprocess
import sys
import zipfile
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path

#: The icu4py release whose win_amd64 wheel carries the ICU DLLs the shim forwards to.
ICU4PY_REQUIREMENT = "icu4py==1.2.0"
#: Windows' own ICU DLLs (Windows 10 1903+) that Wine 8 does not have.
WINDOWS_ICU_DLLS = ("icuuc.dll", "icuin.dll", "icu.dll")
DLLTOOL = "x86_64-w64-mingw32-dlltool"
LD = "x86_64-w64-mingw32-ld"

_PE32_MAGIC, _PE32_PLUS_MAGIC = 0x10B, 0x20B
_EXPORT_DIRECTORY, _IMPORT_DIRECTORY, _DELAY_IMPORT_DIRECTORY = 0, 1, 13


class PEError(ValueError):
    """Not a PE file, or one whose tables point outside it."""


@dataclass(frozen=True)
class _Section:
    virtual_address: int
    virtual_size: int
    raw_size: int
    raw_pointer: int


@dataclass
class PEFile:
    """The parts of a PE (Windows .exe/.dll) file's headers that the shim needs."""

    data: bytes
    machine: int
    is_64bit: bool
    directories: list[tuple[int, int]]
    sections: list[_Section] = field(default_factory=list)

    @classmethod
    def read(cls, path: Path) -> PEFile:
        return cls.parse(path.read_bytes())

    @classmethod
    def parse(cls, data: bytes) -> PEFile:
        if data[:2] != b"MZ" or len(data) < 0x40:
            raise PEError("no MZ header")
        (pe_offset,) = _unpack("<I", data, 0x3C)
        if data[pe_offset : pe_offset + 4] != b"PE\0\0":
            raise PEError("no PE signature")
        coff = pe_offset + 4
        machine, section_count, _, _, _, optional_size, _ = _unpack("<HHIIIHH", data, coff)
        optional = coff + 20
        (magic,) = _unpack("<H", data, optional)
        if magic == _PE32_PLUS_MAGIC:
            count_at, directories_at = optional + 108, optional + 112
        elif magic == _PE32_MAGIC:
            count_at, directories_at = optional + 92, optional + 96
        else:
            raise PEError(f"unknown optional header magic {magic:#x}")
        (directory_count,) = _unpack("<I", data, count_at)
        directories: list[tuple[int, int]] = []
        for index in range(min(directory_count, 16)):
            rva, size = _unpack("<II", data, directories_at + 8 * index)
            directories.append((rva, size))
        sections = []
        section_table = optional + optional_size
        for index in range(section_count):
            _, virtual_size, virtual_address, raw_size, raw_pointer = _unpack(
                "<8sIIII", data, section_table + 40 * index
            )
            sections.append(_Section(virtual_address, virtual_size, raw_size, raw_pointer))
        return cls(data, machine, magic == _PE32_PLUS_MAGIC, directories, sections)

    def offset(self, rva: int) -> int:
        for section in self.sections:
            size = max(section.virtual_size, section.raw_size)
            if section.virtual_address <= rva < section.virtual_address + size:
                return rva - section.virtual_address + section.raw_pointer
        raise PEError(f"RVA {rva:#x} is in no section")

    def string(self, rva: int) -> str:
        start = self.offset(rva)
        end = self.data.index(b"\0", start)
        return self.data[start:end].decode("ascii", "replace")

    def directory(self, index: int) -> tuple[int, int]:
        return self.directories[index] if index < len(self.directories) else (0, 0)

    def _thunk_names(self, table_rva: int) -> list[str]:
        """The names of an import name table (ordinal imports as ``#N``)."""
        size, fmt = (8, "<Q") if self.is_64bit else (4, "<I")
        ordinal_flag = 1 << (size * 8 - 1)
        names: list[str] = []
        at = self.offset(table_rva)
        while True:
            (thunk,) = _unpack(fmt, self.data, at)
            if thunk == 0:
                return names
            if thunk & ordinal_flag:
                names.append(f"#{thunk & 0xFFFF}")
            else:
                names.append(self.string((thunk & 0x7FFFFFFF) + 2))  # skip the 2-byte hint
            at += size

    def imports(self) -> dict[str, list[str]]:
        """DLL name (lower case) → the names imported from it, ordinary and delay-loaded."""
        result: dict[str, list[str]] = {}
        rva, _ = self.directory(_IMPORT_DIRECTORY)
        if rva:
            at = self.offset(rva)
            while True:
                original_thunk, _, _, name_rva, first_thunk = _unpack("<IIIII", self.data, at)
                if name_rva == 0:
                    break
                names = self._thunk_names(original_thunk or first_thunk)
                result.setdefault(self.string(name_rva).lower(), []).extend(names)
                at += 20
        rva, _ = self.directory(_DELAY_IMPORT_DIRECTORY)
        if rva:
            at = self.offset(rva)
            while True:
                attributes, name_rva, _, _, name_table, _, _, _ = _unpack(
                    "<IIIIIIII", self.data, at
                )
                if name_rva == 0:
                    break
                if attributes & 1:  # RVAs (every linker since VC 7); old VAs are not handled
                    names = self._thunk_names(name_table)
                    result.setdefault(self.string(name_rva).lower(), []).extend(names)
                at += 32
        return result

    def exports(self) -> list[str]:
        """The names this DLL exports."""
        rva, _ = self.directory(_EXPORT_DIRECTORY)
        if not rva:
            return []
        fields = _unpack("<IIHHIIIIIII", self.data, self.offset(rva))
        name_count, names_rva = fields[7], fields[9]
        if not name_count:
            return []
        name_pointers = _unpack(f"<{name_count}I", self.data, self.offset(names_rva))
        return [self.string(pointer) for pointer in name_pointers]


def _unpack(fmt: str, data: bytes, offset: int) -> tuple[int, ...]:
    try:
        return struct.unpack_from(fmt, data, offset)
    except struct.error as error:
        raise PEError(f"truncated at {offset:#x}: {error}") from error


# --- the shim --------------------------------------------------------------------------------


@dataclass
class Shim:
    """A built shim: the forwarding DLLs and the real ICU DLLs to put beside Qt6Core.dll."""

    files: list[Path]
    forwards: dict[str, dict[str, str]]  # shim DLL → {imported name: "module.exported_name"}

    def describe(self) -> str:
        parts = []
        for dll, names in self.forwards.items():
            targets = sorted({target.split(".", 1)[0] for target in names.values()})
            parts.append(f"{dll}: {len(names)} names → {', '.join(targets)}")
        return "; ".join(parts)


def icu_imports(folder: Path) -> dict[str, set[str]]:
    """Windows-ICU DLL → the names any DLL or .pyd in ``folder`` imports from it."""
    wanted: dict[str, set[str]] = {}
    for path in sorted(folder.iterdir()):
        if path.suffix.lower() not in (".dll", ".pyd") or not path.is_file():
            continue
        try:
            imports = PEFile.read(path).imports()
        except PEError:
            continue
        for dll, names in imports.items():
            if dll in WINDOWS_ICU_DLLS:
                wanted.setdefault(dll, set()).update(names)
    return wanted


def download_icu4py(cache: Path, run: Callable[..., subprocess.CompletedProcess[str]]) -> Path:
    """The icu4py win_amd64 wheel, from ``cache`` or downloaded into it with pip."""
    cache.mkdir(parents=True, exist_ok=True)
    name = ICU4PY_REQUIREMENT.split("==")[0]
    found = sorted(cache.glob(f"{name}-*-win_amd64.whl"))
    if found:
        return found[-1]
    run(
        [
            sys.executable,
            "-m",
            "pip",
            "download",
            "--no-deps",
            "--only-binary=:all:",
            "--platform",
            "win_amd64",
            "--python-version",
            "3.11",
            ICU4PY_REQUIREMENT,
            "-d",
            str(cache),
        ],
    )
    found = sorted(cache.glob(f"{name}-*-win_amd64.whl"))
    if not found:
        raise RuntimeError(f"pip download {ICU4PY_REQUIREMENT} left no win_amd64 wheel in {cache}")
    return found[-1]


def unpack_icu_dlls(wheel: Path, target: Path) -> list[Path]:
    """The DLLs in the wheel's ``icu4py.libs/`` (ICU and the C++ runtime they need)."""
    target.mkdir(parents=True, exist_ok=True)
    dlls = []
    with zipfile.ZipFile(wheel) as archive:
        for info in archive.infolist():
            member = Path(info.filename)
            if member.parent.name == "icu4py.libs" and member.suffix.lower() == ".dll":
                out = target / member.name
                out.write_bytes(archive.read(info))
                dlls.append(out)
    if not dlls:
        raise RuntimeError(f"{wheel.name} has no DLLs in icu4py.libs/")
    return dlls


def forwards_for(wanted: Iterable[str], icu_dlls: Iterable[Path]) -> dict[str, str]:
    """Imported name → ``module.exported_name`` in the real ICU DLLs (``ucnv_open`` →
    ``icuuc78-<hash>.ucnv_open_78``): ICU suffixes each exported name with its major version,
    which is also in the DLL's name. Raises if a name is in none of them."""
    exported: dict[str, str] = {}  # undecorated name → module.name
    for dll in sorted(icu_dlls):
        match = re.match(r"icu[a-z]+(\d+)", dll.name.lower())
        if not match:
            continue
        suffix = "_" + match.group(1)
        for name in PEFile.read(dll).exports():
            plain = name[: -len(suffix)] if name.endswith(suffix) else name
            exported.setdefault(plain, f"{dll.stem}.{name}")
    missing = sorted(name for name in wanted if name not in exported)
    if missing:
        raise RuntimeError(f"not exported by the icu4py DLLs: {', '.join(missing)}")
    return {name: exported[name] for name in sorted(wanted)}


def link_forwarder(
    dll_name: str,
    forwards: dict[str, str],
    folder: Path,
    run: Callable[..., subprocess.CompletedProcess[str]],
) -> Path:
    """A DLL named ``dll_name`` whose exports forward to ``forwards``' targets."""
    stem = Path(dll_name).stem
    definition = folder / f"{stem}.def"
    lines = [f"LIBRARY {dll_name}", "EXPORTS"]
    lines += [f"    {name}={target}" for name, target in forwards.items()]
    definition.write_text("\n".join(lines) + "\n", encoding="ascii")
    exports = folder / f"{stem}-exports.o"
    out = folder / dll_name
    run([DLLTOOL, "-d", str(definition), "-e", str(exports)], cwd=folder)
    run([LD, "--dll", "-e", "0", "-o", str(out), str(exports)], cwd=folder)
    return out


def build_icu_shim(
    qt_folder: Path, work: Path, run: Callable[..., subprocess.CompletedProcess[str]]
) -> Shim:
    """Reads what ``qt_folder``'s DLLs import from Windows' ICU and builds the shim in ``work``."""
    wanted = icu_imports(qt_folder)
    if not wanted:
        return Shim([], {})
    for tool in (DLLTOOL, LD):
        if shutil.which(tool) is None:
            raise RuntimeError(f"{tool} not found (Debian package binutils-mingw-w64-x86-64)")
    wheel = download_icu4py(work / "wheel", run)
    icu_dlls = unpack_icu_dlls(wheel, work / "icu4py.libs")
    forwards: dict[str, dict[str, str]] = {}
    files = list(icu_dlls)
    for dll_name, names in sorted(wanted.items()):
        forwards[dll_name] = forwards_for(names, icu_dlls)
        files.append(link_forwarder(dll_name, forwards[dll_name], work, run))
    # The forwarder must itself be a valid PE whose exports are exactly the names Qt wants.
    for path in files[len(icu_dlls) :]:
        exported = set(PEFile.read(path).exports())
        if not exported >= set(forwards[path.name]):
            raise RuntimeError(f"{path.name} lacks {sorted(set(forwards[path.name]) - exported)}")
    return Shim(files, forwards)


def add_icu_shim(shim: Shim, qt_folder: Path) -> list[Path]:
    """Copies the shim beside Qt6Core.dll; returns the files it put there."""
    placed = []
    for path in shim.files:
        target = qt_folder / path.name
        shutil.copyfile(path, target)
        placed.append(target)
    return placed


def remove_icu_shim(shim: Shim, qt_folder: Path) -> None:
    for path in shim.files:
        (qt_folder / path.name).unlink(missing_ok=True)


def _main() -> int:
    """``python installer/icu_shim.py QT_FOLDER WORK``: build the shim and say what it forwards."""

    def run(command: list[str], **kwargs: object) -> subprocess.CompletedProcess[str]:
        return subprocess.run(command, check=True, text=True, capture_output=True, **kwargs)  # type: ignore[call-overload, no-any-return]

    qt_folder, work = Path(sys.argv[1]), Path(sys.argv[2])
    shim = build_icu_shim(qt_folder, work, run)
    print(shim.describe() or "nothing in that folder imports Windows' ICU")
    for dll, names in shim.forwards.items():
        for name, target in names.items():
            print(f"  {dll}: {name} = {target}")
    return 0


if __name__ == "__main__":
    sys.exit(_main())
