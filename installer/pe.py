"""What a Windows program or DLL is, imports and exports, as MinGW's objdump reads it.

The build follows Qt's DLLs through their import tables (which ones the program needs) and the
Wine check forwards Qt's imports of Windows' ICU to the ICU of a wheel; both read the tables here.
objdump comes with Debian's ``binutils-mingw-w64-x86-64``, which the ICU shim's linker needs too.
"""

from __future__ import annotations

import re
import subprocess
from pathlib import Path

OBJDUMP = "x86_64-w64-mingw32-objdump"

_IMPORTED = re.compile(r"^\s+[0-9a-f]+\s+\d+\s+(\S+)", re.MULTILINE)
_EXPORTED = re.compile(r"^\s+\[\s*\d+\]\s+(\S+)", re.MULTILINE)


def _objdump(option: str, path: Path) -> str:
    return subprocess.run(
        [OBJDUMP, option, str(path)], capture_output=True, text=True, check=True
    ).stdout


def imports(path: Path) -> dict[str, list[str]]:
    """DLL name (lower case) → the names ``path`` imports from it."""
    result: dict[str, list[str]] = {}
    for block in _objdump("-p", path).split("\tDLL Name: ")[1:]:
        name, _, rest = block.partition("\n")
        table = rest.split("\n\n", 1)[0]
        result.setdefault(name.strip().lower(), []).extend(_IMPORTED.findall(table))
    return result


def exports(path: Path) -> list[str]:
    """The names ``path`` exports."""
    dump = _objdump("-p", path)
    _, found, table = dump.partition("[Ordinal/Name Pointer] Table")
    return _EXPORTED.findall(table.split("\n\n", 1)[0]) if found else []


def is_32bit(path: Path) -> bool:
    return "file format pei-i386" in _objdump("-f", path)
