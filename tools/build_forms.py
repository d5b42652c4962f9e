"""Compiles forms/*.ui into nursingqc/ui/forms/ui_*.py with pyside6-uic (run after editing a form).

``--check`` compiles into a temporary folder and fails when a committed module is out of date.

uic imports some thirty Qt names into every form whatever it uses; each name a module imports is
a type PySide6 makes on first use, and the ``Qt`` namespace alone takes about 20 ms. The log-in
dialog paints before most of them are needed (issue 14), so each form imports only the names it
uses.
"""

from __future__ import annotations

import argparse
import filecmp
import re
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
FORMS = ROOT / "forms"
TARGET = ROOT / "nursingqc" / "ui" / "forms"


def uic() -> str:
    found = shutil.which("pyside6-uic", path=str(Path(sys.executable).parent)) or shutil.which(
        "pyside6-uic"
    )
    if not found:
        raise SystemExit("pyside6-uic not found; install the dev dependencies")
    return found


#: uic's imports: ``from PySide6.QtX import (A, B,\n    C)``, one statement per module.
QT_IMPORT = re.compile(r"^from (PySide6\.\w+) import \(([^)]*)\)\n", re.MULTILINE)


def used_imports_only(source: str) -> str:
    """``source`` with each Qt import cut to the names the code below the imports uses."""
    imports = list(QT_IMPORT.finditer(source))
    if not imports:
        return source
    body = source[imports[-1].end() :]
    used = set(re.findall(r"\b\w+\b", body))
    lines = []
    for statement in imports:
        names = [n for n in re.split(r"[\s,]+", statement.group(2)) if n and n in used]
        if names:
            lines.append(f"from {statement.group(1)} import {', '.join(names)}\n")
    return source[: imports[0].start()] + "".join(lines) + body


def compile_forms(target: Path) -> list[Path]:
    target.mkdir(parents=True, exist_ok=True)
    outputs = []
    for form in sorted(FORMS.glob("*.ui")):
        output = target / f"ui_{form.stem}.py"
        subprocess.run([uic(), "-g", "python", str(form), "-o", str(output)], check=True)
        output.write_text(used_imports_only(output.read_text(encoding="utf-8")), encoding="utf-8")
        outputs.append(output)
    (target / "__init__.py").write_text(
        '"""Generated from forms/*.ui by tools/build_forms.py — do not edit."""\n', encoding="utf-8"
    )
    return outputs


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--check", action="store_true")
    args = parser.parse_args()
    if not args.check:
        compile_forms(TARGET)
        return 0
    with tempfile.TemporaryDirectory() as scratch:
        fresh = compile_forms(Path(scratch))
        stale = [f.name for f in fresh if not filecmp.cmp(f, TARGET / f.name, shallow=False)]
    if stale:
        print("out of date, run tools/build_forms.py:", ", ".join(stale))
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
