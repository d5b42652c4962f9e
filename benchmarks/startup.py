"""Start-up benchmark: the log-in dialog on screen, and the main window after Enter.

Each run is a fresh process on the realistic month (benchmarks/month.py, 300 wards by default):
``benchmarks/logging_in.py`` starts the ``nursingqc`` command's own path, and when the log-in
dialog first paints, types the user name and password as a person does and presses Enter. The
baseline is a bare PySide6 window in a fresh process, to its first paint. Bare, the department
(admin), bare, a head nurse: alternating, after a warm-up of each, medians.

Targets: the dialog on screen ≤ 1.5× the bare window (process start → first paint); the main
window painted ≤ 0.3 s after the Enter key, for the department and for a head nurse.

    .venv/bin/python benchmarks/startup.py [--runs 7] [--wards 300] [--program CHECKOUT]

``--program`` measures the program of another checkout (the one before a change, say) with
this benchmark.
"""

from __future__ import annotations

import argparse
import os
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from harness import Comparison, save
from month import ADMIN, PASSWORD, month_database

ROOT = Path(__file__).resolve().parent.parent
LOGGING_IN = Path(__file__).resolve().parent / "logging_in.py"
DIALOG_TARGET = 1.5
WINDOW_TARGET_S = 0.3
#: For the process to end once its window is closed.
EXIT_WAIT_S = 30

BARE = """
from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication, QMainWindow

class FirstPaint(QObject):
    def eventFilter(self, watched, event):
        if event.type() is QEvent.Type.Paint and watched is window:
            print("dialog", flush=True)
            QTimer.singleShot(0, window.close)
        return False

app = QApplication([])
watcher = FirstPaint()
app.installEventFilter(watcher)
window = QMainWindow()
window.resize(380, 220)
window.show()
app.exec()
"""


def child_environment(scratch: Path, program: Path) -> dict[str, str]:
    """Settings, logs and the window lock in a folder of their own: no user name remembered
    from the last run. Compiled bytecode, as an installed program has it (some machines set
    PYTHONDONTWRITEBYTECODE, which would recompile our modules on every start)."""
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "PYTHONPATH": str(program)}
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    for name in ("XDG_CONFIG_HOME", "XDG_DATA_HOME", "XDG_STATE_HOME", "XDG_CACHE_HOME"):
        env[name] = str(scratch / name.lower())
    env["TMPDIR"] = str(scratch)
    return env


def run(arguments: list[str], scratch: Path, program: Path) -> tuple[float, list[str], float]:
    """Seconds from the process's start to its ``dialog`` line, the fields of its ``window``
    line (empty for the bare window) and its peak resident memory in MB."""
    started = time.perf_counter()
    child = subprocess.Popen(
        [sys.executable, *arguments],
        stdout=subprocess.PIPE,
        text=True,
        env=child_environment(scratch, program),
    )
    assert child.stdout is not None
    dialog = child.stdout.readline()
    shown = time.perf_counter() - started
    window = child.stdout.readline()
    child.stdout.close()
    status, usage = ended(child)
    if not dialog.startswith("dialog") or status or (window and not window.startswith("window")):
        raise SystemExit(f"the child failed (status {status}): {dialog!r} {window!r}")
    return shown, window.split()[1:], usage.ru_maxrss / 1024


def ended(child: subprocess.Popen[str]) -> tuple[int, resource.struct_rusage]:
    """Its exit status and resource use, once it has ended by itself or has been ended: a
    program that does not end when its window closes (the version before the log-in came
    first) has been measured by then."""
    deadline = time.monotonic() + EXIT_WAIT_S
    while time.monotonic() < deadline:
        pid, status, usage = os.wait4(child.pid, os.WNOHANG)  # POSIX: this runs on Linux CI
        if pid:
            return status, usage
        time.sleep(0.05)
    child.kill()
    _, _, usage = os.wait4(child.pid, 0)
    return 0, usage


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=7)
    parser.add_argument("--wards", type=int, default=300)
    parser.add_argument("--program", type=Path, default=ROOT)
    args = parser.parse_args()
    program = args.program.resolve()
    month = month_database(args.wards)
    head_nurse = ("nk0001", PASSWORD)
    people = {"department (admin)": ADMIN, "head nurse": head_nurse}
    dialog = Comparison("log-in dialog on screen (process start -> first paint)")
    enter: dict[str, list[float]] = {who: [] for who in people}
    ready: dict[str, list[float]] = {who: [] for who in people}
    peaks = {"bare": 0.0, "nursingqc": 0.0}
    imported: dict[str, list[str]] = {}
    built: dict[str, int] = {}
    with tempfile.TemporaryDirectory() as folder:
        scratch = Path(folder)

        def bare() -> None:
            shown, _, peak = run(["-c", BARE], scratch, program)
            dialog.baseline.append(shown)
            peaks["bare"] = max(peaks["bare"], peak)

        def ours(who: str) -> None:
            shown, window, peak = run([str(LOGGING_IN), month.url, *people[who]], scratch, program)
            dialog.ours.append(shown)
            enter[who].append(float(window[0]))
            if window[1] != "-":
                ready[who].append(float(window[1]))
            peaks["nursingqc"] = max(peaks["nursingqc"], peak)
            built[who] = int(window[2])
            imported[who] = window[3:]

        run(["-c", BARE], scratch, program)  # warm-ups: the file cache, bytecode, the day's backup
        run([str(LOGGING_IN), month.url, *ADMIN], scratch, program)
        for _ in range(args.runs):
            for who in people:
                bare()
                ours(who)
    medians = {who: statistics.median(seconds) for who, seconds in enter.items()}
    save(
        "startup",
        {
            "month": month.describe(),
            "dialog": dialog,
            "enter_to_window_s": medians,
            "enter_to_window_runs": enter,
            "database_ready_after_dialog_s": {
                who: statistics.median(seconds) if seconds else None
                for who, seconds in ready.items()
            },
            "peak_mb": peaks,
            "pages_built_at_main_window": built,
            "documents_imported_at_main_window": imported,
        },
    )
    print(f"{month.describe()}; median of {args.runs * 2} runs (bare) and {args.runs} per person")
    print(dialog.line(DIALOG_TARGET))
    for who, seconds in medians.items():
        opened = statistics.median(ready[who]) if ready[who] else None
        behind = f"; database open {opened:.2f} s after the dialog" if opened else ""
        print(
            f"Enter -> main window painted, {who}: {seconds * 1000:.0f} ms "
            f"(target <= {WINDOW_TARGET_S * 1000:.0f} ms){behind}; {built[who]} page(s) built"
        )
    print(f"peak memory: bare {peaks['bare']:.0f} MB, NursingQC {peaks['nursingqc']:.0f} MB")
    modules = sorted({name.split(".")[0] for names in imported.values() for name in names})
    print(f"document modules imported when the main window paints: {modules or 'none'}")
    met = dialog.ratio <= DIALOG_TARGET and max(medians.values()) <= WINDOW_TARGET_S
    return 0 if met else 1


if __name__ == "__main__":
    sys.exit(main())
