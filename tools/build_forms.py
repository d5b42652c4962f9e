"""Compiles forms/*.ui into nursingqc/ui/forms/ui_*.py with pyside6-uic (run after editing a form).

``--check`` compiles into a temporary folder and fails when a committed module is out of date.
"""

from __future__ import annotations

import argparse
import filecmp
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


def compile_forms(target: Path) -> list[Path]:
    target.mkdir(parents=True, exist_ok=True)
    outputs = []
    for form in sorted(FORMS.glob("*.ui")):
        output = target / f"ui_{form.stem}.py"
        subprocess.run([uic(), "-g", "python", str(form), "-o", str(output)], check=True)
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
