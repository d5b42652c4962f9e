"""Start-up benchmark: process start → main window shown, NursingQC against a bare PySide6 window.

Both run offscreen in fresh processes, alternating, several times; the report gives the medians,
the ratio (target ≤ 2×) and each process's peak memory. NursingQC opens a 300-ward demo hospital
and logs in as the nursing department, whose home page counts every ward's sheets.

    .venv/bin/python benchmarks/startup.py [--runs 7] [--wards 300]
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

OUT = Path(__file__).resolve().parent / "out"

BARE = """
from PySide6.QtWidgets import QApplication, QMainWindow
app = QApplication([])
window = QMainWindow()
window.resize(1366, 728)
window.show()
app.processEvents()
print("shown", flush=True)
"""

FIRST_WINDOW = """
import nursingqc.cli.main  # what the nursingqc command loads before it opens the program
from nursingqc.ui.app import create_application, show_splash
app = create_application("zh_CN")
show_splash(app)
print("shown", flush=True)
"""

NURSINGQC = """
import sys
from PySide6.QtWidgets import QApplication
from nursingqc.services.container import open_services
from nursingqc.ui.app import create_application
from nursingqc.ui.main_window import MainWindow
app = create_application("zh_CN")
services = open_services(sys.argv[1])
window = MainWindow(services, services.accounts.login("admin", "admin1234"))
window.resize(1366, 728)
window.show()
app.processEvents()
print("shown", flush=True)
"""


def measure(code: str, *args: str) -> tuple[float, float]:
    """Seconds until the child prints "shown", and its peak resident memory in MB."""
    # Compiled bytecode, as in an installed program: the warm-up run writes it (some machines set
    # PYTHONDONTWRITEBYTECODE, which would recompile our modules on every start).
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    started = time.perf_counter()
    child = subprocess.Popen(
        [sys.executable, "-c", code, *args], stdout=subprocess.PIPE, text=True, env=env
    )
    assert child.stdout is not None
    line = child.stdout.readline()
    elapsed = time.perf_counter() - started
    if line.strip() != "shown":
        raise SystemExit(f"the child did not show its window: {line!r}")
    child.stdout.close()
    _, status, usage = os.wait4(child.pid, 0)  # POSIX: this benchmark runs on Linux CI
    if status:
        raise SystemExit(f"the child failed with status {status}")
    return elapsed, usage.ru_maxrss / 1024


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=7)
    parser.add_argument("--wards", type=int, default=300)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as scratch:
        url = f"sqlite:///{Path(scratch) / 'bench.sqlite3'}"
        setup_started = time.perf_counter()
        subprocess.run(
            [sys.executable, "-m", "nursingqc", "--db", url, "demo", "--wards", str(args.wards)],
            check=True,
            stdout=subprocess.DEVNULL,
        )
        setup = time.perf_counter() - setup_started
        measure(BARE)  # warm the file cache and write bytecode for each
        measure(FIRST_WINDOW)
        measure(NURSINGQC, url)
        bare, first, ours = [], [], []
        for _ in range(args.runs):
            bare.append(measure(BARE))
            first.append(measure(FIRST_WINDOW))
            ours.append(measure(NURSINGQC, url))
    result = {
        "wards": args.wards,
        "runs": args.runs,
        "demo_setup_s": round(setup, 2),
        "bare_pyside6_s": round(statistics.median(t for t, _ in bare), 3),
        "nursingqc_s": round(statistics.median(t for t, _ in ours), 3),
        "first_window_s": round(statistics.median(t for t, _ in first), 3),
        "bare_peak_mb": round(max(m for _, m in bare), 1),
        "nursingqc_peak_mb": round(max(m for _, m in ours), 1),
    }
    result["ratio"] = round(result["nursingqc_s"] / result["bare_pyside6_s"], 2)
    result["first_window_ratio"] = round(result["first_window_s"] / result["bare_pyside6_s"], 2)
    OUT.mkdir(exist_ok=True)
    (OUT / "startup.json").write_text(json.dumps(result, indent=2), encoding="utf-8")
    print(f"start → main window shown, median of {args.runs} runs ({args.wards}-ward database)")
    for label, seconds, memory in (
        ("bare PySide6 window", result["bare_pyside6_s"], result["bare_peak_mb"]),
        ("NursingQC", result["nursingqc_s"], result["nursingqc_peak_mb"]),
    ):
        print(f"  {label:<20}: {seconds:.3f} s, peak {memory} MB")
    print(f"  {'ratio':<20}: {result['ratio']}×  (target ≤ 2×)")
    print(
        f"  {'first window':<20}: {result['first_window_s']:.3f} s "
        f"({result['first_window_ratio']}×): the splash the user sees while the database opens"
    )
    return 0 if result["ratio"] <= 2 else 1


if __name__ == "__main__":
    sys.exit(main())
