"""Test only: a forwarding ``icuuc.dll`` so that the installed program starts under Wine 8.

Qt 6.7+ on Windows links Qt6Core.dll against Windows' own ICU (``icuuc.dll``, present since
Windows 10 1903), which Wine 8 lacks. This module reads which names the installed Qt DLLs import
from Windows' ICU DLLs, finds the same functions (with ICU's version suffix, ``ucnv_open_78``) in
the ICU DLLs of the icu4py win_amd64 wheel, and links a DLL of forwarders named like Windows' one
with MinGW's dlltool and ld. :func:`add_icu_shim` copies it and the real ICU DLLs beside
Qt6Core.dll of an *installed* program; :func:`remove_icu_shim` takes them away again. Never ship
any of it: a real Windows PC has its own ICU.

Standard library only; the import and export tables are read by MinGW's objdump (``pe.py``).
"""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
import zipfile
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from pathlib import Path

import pe

#: The icu4py release whose win_amd64 wheel carries the ICU DLLs the shim forwards to.
ICU4PY_REQUIREMENT = "icu4py==1.2.0"
#: Windows' own ICU DLLs (Windows 10 1903+) that Wine 8 does not have.
WINDOWS_ICU_DLLS = ("icuuc.dll", "icuin.dll", "icu.dll")
DLLTOOL = "x86_64-w64-mingw32-dlltool"
LD = "x86_64-w64-mingw32-ld"

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
            imports = pe.imports(path)
        except subprocess.CalledProcessError:
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
        for name in pe.exports(dll):
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
        exported = set(pe.exports(path))
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
