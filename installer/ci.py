"""The Windows lane of ``dev.py test``: builds the wheel and the installer, then proves both.

1. the installer (installer/build.py), which builds the program's wheel on the way;
2. that wheel, installed plainly (not editable) with its ``postgresql`` extra into a fresh venv,
   runs ``demo`` and ``check`` with the resources it carries;
3. the installer, under Wine and Xvfb (installer/wine_check.py).

Prints one line a step and exits 0 when every step passed; a machine where Wine cannot be
installed skips step 3 with a line saying so.
"""

from __future__ import annotations

import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import build
import wine_check


def check_wheel(wheel: Path, folder: Path) -> bool:
    venv = folder / "venv"
    python = venv / ("Scripts/python.exe" if os.name == "nt" else "bin/python")
    nursingqc = venv / ("Scripts/nursingqc.exe" if os.name == "nt" else "bin/nursingqc")
    database = folder / "wheel-demo.sqlite3"
    commands = [
        [sys.executable, "-m", "venv", str(venv)],
        [
            str(python),
            "-m",
            "pip",
            "install",
            "-q",
            "--disable-pip-version-check",
            "-c",
            str(build.ROOT / "constraints.txt"),
            f"nursingqc[postgresql] @ {wheel.as_uri()}",
        ],
        [str(nursingqc), "--db", str(database), "demo", "--wards", "4"],
        [str(nursingqc), "--db", str(database), "check"],
        # The installed package, not this checkout, must have answered.
        [
            str(python),
            "-c",
            "import nursingqc.paths as p, sys; r = p.resources_dir(); print(r); "
            "sys.exit(0 if 'site-packages' in str(r) and (r / 'checklists').is_dir() else 1)",
        ],
    ]
    environment = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    for command in commands:
        result = subprocess.run(
            command, cwd=folder, env=environment, capture_output=True, text=True
        )
        if result.returncode != 0:
            print(f"FAILED: {' '.join(command[-3:])}\n{result.stdout}{result.stderr}")
            return False
    print(f"   a plain install ran demo and check; resources: {result.stdout.strip()}")
    return True


def main() -> int:
    started = time.monotonic()
    setup = build.build(prepare=False)
    wheel = next((build.WORK / "wheels").glob("nursingqc-*.whl"))
    with tempfile.TemporaryDirectory(prefix="nursingqc-ci-") as temporary:
        build.step(f"{wheel.name}: a plain install")
        passed = check_wheel(wheel, Path(temporary))
        build.step(f"{setup.name}: under Wine")
        if wine_check.main(setup, build.ROOT / "build" / "wine-check") != 0:
            passed = False
    print(f"Windows lane {'passed' if passed else 'FAILED'} in {time.monotonic() - started:.0f} s")
    return 0 if passed else 1


if __name__ == "__main__":
    sys.exit(main())
