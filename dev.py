"""Developer bootstrap — the README's two quick-start commands (standard library only).

    python3 dev.py demo    install what is needed, then open NursingQC on a demo hospital
    python3 dev.py test    install what is needed, then run every check and test

It makes ``.venv`` beside this file, installs the pinned versions of ``constraints.txt`` into it,
and on Debian/Ubuntu installs the system libraries Qt needs when they are missing (as root, or
with password-less sudo). Works on Windows too (``py dev.py demo``).
"""

from __future__ import annotations

import hashlib
import os
import shutil
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent
VENV = ROOT / ".venv"
DEMO_DB = ROOT / ".demo" / "nursingqc-demo.sqlite3"

# What Qt's widgets and its xcb/offscreen platforms load from the system (found with ldd).
QT_DEBIAN_PACKAGES = [
    "libgl1",
    "libegl1",
    "libglib2.0-0",
    "libfontconfig1",
    "libfreetype6",
    "libdbus-1-3",
    "libxkbcommon0",
    "libxkbcommon-x11-0",
    "libx11-xcb1",
    "libxcb-cursor0",
    "libxcb-icccm4",
    "libxcb-image0",
    "libxcb-keysyms1",
    "libxcb-randr0",
    "libxcb-render-util0",
    "libxcb-shape0",
    "libxcb-xkb1",
    "libxcb-xfixes0",
    "libxcb-sync1",
    "libwayland-client0",
]


#: The server the PostgreSQL run of the tests starts for itself (tests/postgres_server.py).
POSTGRESQL_DEBIAN_PACKAGES = ["postgresql"]
#: What runs on PostgreSQL too: every use case, the command line and the schema's migrations.
POSTGRESQL_TESTS = [
    "coverage",
    "run",
    "-p",
    "-m",
    "pytest",
    "-p",
    "no:cacheprovider",
    "--database",
    "postgresql",
    "tests/services",
    "tests/cli",
    "tests/storage",
]

#: The rules and the use cases: every line of them should be reached by a test.
COVERAGE_FLOOR_PACKAGES = "nursingqc/domain/*,nursingqc/services/*"


def run(command: list[str], **kwargs: object) -> None:
    print("+", " ".join(command), flush=True)
    subprocess.run(command, check=True, **kwargs)  # type: ignore[call-overload]


def missing_debian_packages(packages: list[str]) -> list[str]:
    missing = []
    for package in packages:
        status = subprocess.run(
            ["dpkg-query", "-W", "-f=${Status}", package], capture_output=True, text=True
        ).stdout
        if status != "install ok installed":
            missing.append(package)
    return missing


def ensure_debian_packages(packages: list[str]) -> bool:
    """Installs what is missing; False when something stays missing (not Debian, no root)."""
    if not sys.platform.startswith("linux") or not shutil.which("dpkg-query"):
        return False
    missing = missing_debian_packages(packages)
    if not missing:
        return True
    needs_i386 = any(package.endswith(":i386") for package in missing)
    if os.geteuid() == 0:
        prefix: list[str] = []
    elif shutil.which("sudo") and subprocess.run(["sudo", "-n", "true"]).returncode == 0:
        prefix = ["sudo", "-n"]
    else:
        architecture = (
            "  sudo dpkg --add-architecture i386 && sudo apt-get update\n" if needs_i386 else ""
        )
        print(
            "NursingQC needs these system packages; please install them:\n"
            f"{architecture}  sudo apt-get install {' '.join(missing)}",
            file=sys.stderr,
        )
        return False
    env = {**os.environ, "DEBIAN_FRONTEND": "noninteractive"}
    if needs_i386:
        run([*prefix, "dpkg", "--add-architecture", "i386"], env=env)
    run([*prefix, "apt-get", "update", "-qq"], env=env)
    install = [*prefix, "apt-get", "install", "-y", "-qq", "--no-install-recommends", *missing]
    if subprocess.run(install, env=env).returncode != 0:
        print(f"could not install: {' '.join(missing)}", file=sys.stderr)
        return False
    return not missing_debian_packages(packages)


def windows_debian_packages() -> tuple[list[str], list[str]]:
    """What builds the Windows installer, and what proves it under Wine and Xvfb (installer/)."""
    sys.path.insert(0, str(ROOT / "installer"))
    from build import BUILD_DEBIAN_PACKAGES
    from wine_check import WINE_DEBIAN_PACKAGES

    return BUILD_DEBIAN_PACKAGES, [
        p for p in WINE_DEBIAN_PACKAGES if p not in BUILD_DEBIAN_PACKAGES
    ]


def venv_python() -> Path:
    return VENV / ("Scripts/python.exe" if os.name == "nt" else "bin/python")


def venv_tool(name: str) -> str:
    return str(VENV / ("Scripts" if os.name == "nt" else "bin") / name)


def ensure_venv(extras: str) -> None:
    """Creates .venv and installs the pinned packages; skipped when nothing changed since."""
    if not venv_python().exists():
        run([sys.executable, "-m", "venv", str(VENV)])
    digest = hashlib.sha256()
    for name in ("pyproject.toml", "constraints.txt"):
        digest.update((ROOT / name).read_bytes())
    digest.update(extras.encode())
    stamp = VENV / f".installed-{extras or 'app'}"
    if stamp.exists() and stamp.read_text() == digest.hexdigest():
        return
    target = f".[{extras}]" if extras else "."
    run(
        [
            str(venv_python()),
            "-m",
            "pip",
            "install",
            "--disable-pip-version-check",
            "-q",
            "-c",
            "constraints.txt",
            "-e",
            target,
        ],
        cwd=ROOT,
    )
    stamp.write_text(digest.hexdigest())


def demo() -> int:
    ensure_debian_packages(QT_DEBIAN_PACKAGES)
    ensure_venv("")
    nursingqc = venv_tool("nursingqc")
    if not DEMO_DB.exists():
        DEMO_DB.parent.mkdir(exist_ok=True)
        run([nursingqc, "--db", str(DEMO_DB), "demo"])
    else:
        print(
            f"Demo hospital: {DEMO_DB} (delete it for a fresh one). "
            "Log in as admin / admin1234, or head nurse nk01 / demo1234."
        )
    return subprocess.run([nursingqc, "--db", str(DEMO_DB)]).returncode


def test() -> int:
    ensure_debian_packages(QT_DEBIAN_PACKAGES + POSTGRESQL_DEBIAN_PACKAGES)
    build_packages, wine_packages = windows_debian_packages()
    windows_tools = ensure_debian_packages(build_packages)
    # Where Wine cannot be installed, installer/wine_check.py says it skipped and why.
    ensure_debian_packages(wine_packages)
    ensure_venv("dev,postgresql")
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    for stale in ROOT.glob(".coverage*"):
        stale.unlink()
    failed = []
    for check in (
        ["ruff", "check", "."],
        ["ruff", "format", "--check", "."],
        ["mypy", "nursingqc", "tests"],
        ["lint-imports"],
    ):
        if run_tool(check, env):
            failed.append(check[0])
    # The services again on a throwaway PostgreSQL server, beside the main run: that one keeps
    # one core busy with Qt, this one mostly waits on the server and on its worker processes.
    # Debian's package provides the server here; elsewhere (Windows, macOS) it may be missing.
    from tests.postgres_server import server_binaries

    # The Windows build, proven under Wine, runs beside both: it waits on makensis, Wine and
    # the disk more than it computes, and takes longer than either suite.
    windows_log = ROOT / ".windows-check.log"
    windows_output = windows_log.open("w", encoding="utf-8")
    windows_lane = None
    if windows_tools:
        print("+ python installer/ci.py", f"> {windows_log.name}", flush=True)
        windows_lane = subprocess.Popen(
            [str(venv_python()), "installer/ci.py"],
            cwd=ROOT,
            env=dict(os.environ),  # Qt under Wine draws on Xvfb, not offscreen
            stdout=windows_output,
            stderr=subprocess.STDOUT,
        )
    else:
        print("SKIPPED: the Windows build and its checks (the build tools above are missing)")
    server_log = ROOT / ".pytest-postgresql.log"
    with server_log.open("w", encoding="utf-8") as output:
        on_server = None
        if server_binaries() is not None:
            print("+", " ".join(POSTGRESQL_TESTS), f"> {server_log.name}", flush=True)
            on_server = subprocess.Popen(
                [venv_tool("coverage"), *POSTGRESQL_TESTS[1:]],
                cwd=ROOT,
                env=env,
                stdout=output,
                stderr=subprocess.STDOUT,
            )
        else:
            print("PostgreSQL's server programs are not installed: the PostgreSQL run is skipped.")
        if run_tool(["coverage", "run", "-p", "-m", "pytest"], env):
            failed.append("pytest")
        server_failed = on_server.wait() if on_server is not None else 0
    print(server_log.read_text(encoding="utf-8"), flush=True)
    if server_failed:
        failed.append("pytest --database postgresql")
    if windows_lane is not None and windows_lane.wait():
        failed.append("installer/ci.py (the Windows build)")
    windows_output.close()
    print(windows_log.read_text(encoding="utf-8"), flush=True)
    for check in (
        ["coverage", "combine", "-q"],
        ["coverage", "report"],
        ["coverage", "report", f"--include={COVERAGE_FLOOR_PACKAGES}", "--fail-under=90"],
    ):
        if run_tool(check, env):
            failed.append(check[0])
    if failed:
        print("failed:", ", ".join(failed), file=sys.stderr)
        return 1
    return 0


def run_tool(command: list[str], env: dict[str, str]) -> int:
    print("+", " ".join(command), flush=True)
    return subprocess.run([venv_tool(command[0]), *command[1:]], cwd=ROOT, env=env).returncode


def main() -> int:
    commands = {"demo": demo, "test": test}
    if len(sys.argv) != 2 or sys.argv[1] not in commands:
        print(__doc__)
        return 2
    return commands[sys.argv[1]]()


if __name__ == "__main__":
    sys.exit(main())
