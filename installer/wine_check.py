"""Proves the Windows installer under Wine and Xvfb: install, run, log in, upgrade, uninstall.

    python installer/wine_check.py dist/NursingQC-Setup-0.1.0.exe [--work build/wine-check]

One line a step with its time, a summary table at the end; exit 0 only when every step passed,
and 0 with a line ``SKIPPED: …`` on a machine without Wine or Xvfb (dev.py installs
``WINE_DEBIAN_PACKAGES``). Each run has a fresh Wine prefix in a temporary folder and its own Xvfb;
every command's output is kept in ``WORK/logs/``, the screenshot of the installed program's main
window in ``WORK/installed-main-window.png``.

What Wine 8 needs that a real Windows PC does not, and what this script therefore does:

- Qt 6.7+ imports Windows' own ICU (``icuuc.dll``), which Wine lacks: after installing, a
  forwarding DLL and the ICU DLLs of the icu4py wheel go beside Qt6Core.dll (``icu_shim.py``), and
  they are taken out again before uninstalling. They are never part of the installer.
- A Windows console program's standard streams must all be pipes (a file or /dev/null makes
  Python die in init_sys_streams, WinError 6); pythonw.exe too. Wine's helper processes inherit
  those pipes and may outlive the command, so the output is read by threads and the command is
  done when its process ends, not when its pipes close.
- Wine quotes every argument with a space when it builds the Windows command line, and NSIS
  takes ``/D=`` and ``_?=`` only unquoted, as the rest of the line: such an option is passed as
  several arguments split at its spaces, which Wine joins back with single spaces.

With NURSINGQC_WINE_KEEP_PREFIX=1 the prefix (the installed program, its data) stays for a look.
"""

from __future__ import annotations

import argparse
import contextlib
import os
import re
import select
import shutil
import struct
import subprocess
import sys
import tempfile
import threading
import time
import zipfile
import zlib
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import IO
from xml.etree import ElementTree

sys.path.insert(0, str(Path(__file__).resolve().parent))

import pe

import icu_shim  # beside this file; standard library only too

#: Debian's packages this check runs (dev.py installs them): Wine, with its 32-bit half for a
#: 32-bit NSIS installer and its own fonts for window frames; the virtual screen and keyboard;
#: xwd for the screenshot; pdfinfo for the documents; MinGW's dlltool and ld for the ICU shim;
#: the zh_CN locale, from which Wine makes a Chinese Windows (code page 936).
WINE_DEBIAN_PACKAGES = [
    "wine",
    "wine64",
    "wine32:i386",
    "fonts-wine",
    "xvfb",
    "xauth",
    "xdotool",
    "x11-apps",
    "poppler-utils",
    "binutils-mingw-w64-x86-64",
    "locales",
]

ROOT = Path(__file__).resolve().parent.parent
TRANSLATIONS = ROOT / "resources" / "translations" / "nursingqc_zh_CN.ts"

INSTALL_DIR = "C:\\Program Files\\护理 质控"
PYTHON = f"{INSTALL_DIR}\\python\\python.exe"
DATABASE = "C:\\数据 库\\医院.sqlite3"
EXPORTS = "C:\\导出 文件"
DATA_DIR = "C:\\ProgramData\\NursingQC"
#: Where step 6.5 moves the program (and 6.6 back to INSTALL_DIR).
MOVED_DIR = "C:\\NursingQC 迁移"
#: The installed build's own database in DATA_DIR, and its log in the account's local app data.
DEFAULT_DATABASE = "nursingqc.sqlite3"
LOG_FILE = "AppData/Local/NursingQC/Logs/nursingqc.log"
#: A Chinese Windows: Wine takes its locale (ANSI code page 936) from the Unix one.
CHINESE_LOCALE = "zh_CN.UTF-8"
#: The installer's exit code on a Windows older than 10 1809 (nursingqc.nsi).
EXIT_OLD_WINDOWS = 3
#: Its exit code when a silent run finds the program running (nothing changed).
EXIT_STILL_RUNNING = 4
#: Its exit code for a folder of other files that is not a NursingQC installation.
EXIT_FOREIGN_FOLDER = 6
SCREEN = "1366x768x24"
ADMIN, ADMIN_PASSWORD = "admin", "admin1234"

#: Generous: the first start of a program in a fresh prefix, on a loaded CI machine.
INSTALL_TIMEOUT = 900
COMMAND_TIMEOUT = 300
WINDOW_TIMEOUT = 180

#: Qt 6 runs on Windows 10 1809 and later.
MIN_WINDOWS_BUILD = 17763

#: A drawn window has antialiased text and icons; a blank or single-colour screen has a handful.
MIN_SCREENSHOT_COLOURS = 64


#: The prefix's settings (``reg add``): a crash ends the program instead of waiting for someone
#: to close winedbg's dialog; and Wine's own virtual desktop of the screen's size, where Wine
#: manages the windows as Windows does (frames, a maximized main window filling the screen) —
#: without it, on a bare Xvfb with no window manager, the maximized window stays at its normal
#: size and its right and bottom edges are cut off.
WINE_SETTINGS = [
    ("HKCU\\Software\\Wine\\WineDbg", "ShowCrashDialog", "REG_DWORD", "0"),
    ("HKCU\\Software\\Wine\\Explorer", "Desktop", "REG_SZ", "Default"),
    ("HKCU\\Software\\Wine\\Explorer\\Desktops", "Default", "REG_SZ", SCREEN.rsplit("x", 1)[0]),
]
#: Wine draws window captions with its own Tahoma, which has no Chinese: these fonts get the
#: program's CJK font linked behind them, as Chinese Windows links its own.
CAPTION_FONTS = ["Tahoma", "MS Shell Dlg", "MS Shell Dlg 2", "Segoe UI", "Microsoft Sans Serif"]
WINE_MARLETT = Path("/usr/share/wine/fonts/marlett.ttf")  # Debian's fonts-wine
FONT_LINK_KEY = "HKLM\\Software\\Microsoft\\Windows NT\\CurrentVersion\\FontLink\\SystemLink"


class StepFailed(Exception):
    """A step's check did not hold; the message says what was seen."""


# --- reporting ---------------------------------------------------------------------------------


@dataclass
class Step:
    number: str
    name: str
    ok: bool = True
    seconds: float = 0.0
    detail: str = ""
    notes: list[str] = field(default_factory=list)


class Report:
    """One printed line a step; the numbers for the summary table."""

    def __init__(self) -> None:
        self.steps: list[Step] = []
        self.numbers: dict[str, str] = {}
        self.started = time.monotonic()

    @contextlib.contextmanager
    def step(self, number: str, name: str) -> Iterator[Step]:
        step = Step(number, name)
        self.steps.append(step)
        started = time.monotonic()
        try:
            yield step
        except StepFailed as error:
            step.ok, step.detail = False, str(error)
        except Exception as error:  # a broken step must not hide the others' results
            step.ok, step.detail = False, f"{type(error).__name__}: {error}"
        finally:
            step.seconds = time.monotonic() - started
            status = "ok  " if step.ok else "FAIL"
            print(
                f"{status} {number:>4} {name:<44} {step.seconds:6.1f} s  {step.detail}", flush=True
            )
            for note in step.notes:
                print(f"{'':10}{note}", flush=True)

    def failed_step(self, number: str, name: str, why: str) -> None:
        with self.step(number, name):
            raise StepFailed(why)

    @property
    def passed(self) -> bool:
        return all(step.ok for step in self.steps)

    def summary(self) -> None:
        print("\nSummary")
        width = max(len(key) for key in self.numbers) if self.numbers else 10
        for key, value in self.numbers.items():
            print(f"  {key:<{width}}  {value}")
        failed = [f"{step.number} {step.name}" for step in self.steps if not step.ok]
        passed = len(self.steps) - len(failed)
        print(f"  {'steps':<{width}}  {passed} passed, {len(failed)} failed")
        for name in failed:
            print(f"  {'':<{width}}  FAILED: {name}")
        total = time.monotonic() - self.started
        print(f"  {'whole run':<{width}}  {total:.0f} s")


def megabytes(size: int) -> str:
    return f"{size / 1_000_000:.1f} MB"


def folder_size(folder: Path) -> tuple[int, int]:
    """Bytes and files under ``folder`` (the apparent size, as Windows' Explorer shows it)."""
    total = count = 0
    for path in folder.rglob("*"):
        if path.is_file() and not path.is_symlink():
            total += path.stat().st_size
            count += 1
    return total, count


# --- running things under Wine -----------------------------------------------------------------


@dataclass
class Run:
    label: str
    returncode: int | None  # None: timed out and killed
    stdout: str
    stderr: str
    seconds: float
    log: Path

    @property
    def ok(self) -> bool:
        return self.returncode == 0

    def tail(self, lines: int = 12) -> str:
        text = (self.stdout + "\n" + self.stderr).strip().splitlines()
        return "\n".join(text[-lines:])

    def why(self) -> str:
        if self.returncode is None:
            return f"timed out after {self.seconds:.0f} s (log: {self.log})"
        return f"exit code {self.returncode} (log: {self.log})"

    def required(self) -> Run:
        """This run when it succeeded; else StepFailed with why and the end of its output."""
        if not self.ok:
            raise StepFailed(f"{self.why()}\n{_indent(self.tail())}")
        return self


class _Drain:
    """Reads a pipe to its end in a thread: Wine's helper processes may hold it open long after
    the program itself has ended, so nobody should wait for that end."""

    def __init__(self, pipe: IO[bytes] | None) -> None:
        assert pipe is not None
        self._chunks: list[bytes] = []
        self._pipe = pipe
        self._thread = threading.Thread(target=self._read, daemon=True)
        self._thread.start()

    def _read(self) -> None:
        while chunk := self._pipe.read1(65536):  # type: ignore[attr-defined]
            self._chunks.append(chunk)

    def text(self, wait: float = 1.0) -> str:
        self._thread.join(wait)
        return b"".join(self._chunks).decode("utf-8", "replace")


class Wine:
    """One Wine prefix and the display its windows go to."""

    def __init__(self, prefix: Path, display: str, logs: Path) -> None:
        self.prefix = prefix
        self.display = display
        self.logs = logs
        self.loader = shutil.which("wine") or "wine"
        self.server = shutil.which("wineserver") or "wineserver"
        self._count = 0

    def environment(self, extra: dict[str, str] | None = None) -> dict[str, str]:
        env = {
            key: value
            for key, value in os.environ.items()
            # Nothing of this machine's Python, Qt or NursingQC settings may reach the program.
            if not key.startswith(("PYTHON", "QT_", "NURSINGQC_", "VIRTUAL_ENV", "WINE"))
        }
        env.update(
            WINEPREFIX=str(self.prefix),
            WINEDEBUG="-all",
            # No Mono or Gecko download dialogs in a fresh prefix, no menu entries or .desktop
            # files on this Linux machine for the installer's shortcuts.
            WINEDLLOVERRIDES="mscoree,mshtml=;winemenubuilder.exe=d",
            DISPLAY=self.display,
            # Wine reads the Unix arguments (Chinese folder names) in the locale's encoding.
            # No PYTHONIOENCODING: the program's own choice for piped output is under test.
            LANG="C.UTF-8",
            LC_ALL="C.UTF-8",
        )
        env.update(extra or {})
        return env

    def unix(self, windows_path: str) -> Path:
        """``C:\\a\\b`` → PREFIX/drive_c/a/b."""
        drive, _, rest = windows_path.partition(":\\")
        if drive.upper() != "C":
            raise ValueError(f"not on drive C: {windows_path}")
        return self.prefix / "drive_c" / Path(*rest.split("\\"))

    def _log_path(self, label: str) -> Path:
        self._count += 1
        safe = re.sub(r"[^\w.-]+", "-", label, flags=re.ASCII).strip("-")
        return self.logs / f"{self._count:02d}-{safe}.log"

    def popen(
        self, args: Sequence[str], *, cwd: Path | None = None, env: dict[str, str] | None = None
    ) -> tuple[subprocess.Popen[bytes], _Drain, _Drain]:
        process = subprocess.Popen(
            [self.loader, *args],
            cwd=cwd,
            env=self.environment(env),
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            start_new_session=True,
        )
        assert process.stdin is not None
        process.stdin.close()
        return process, _Drain(process.stdout), _Drain(process.stderr)

    def run(
        self,
        label: str,
        args: Sequence[str],
        *,
        timeout: float = COMMAND_TIMEOUT,
        cwd: Path | None = None,
        env: dict[str, str] | None = None,
    ) -> Run:
        """``wine ARGS`` with every standard stream a pipe; its output, exit code and time."""
        started = time.monotonic()
        process, out, err = self.popen(args, cwd=cwd, env=env)
        try:
            returncode: int | None = process.wait(timeout)
        except subprocess.TimeoutExpired:
            returncode = None
            process.kill()
            process.wait()
            self.kill()  # whatever it started (a message box nobody answers) goes too
        seconds = time.monotonic() - started
        result = Run(label, returncode, out.text(), err.text(), seconds, self._log_path(label))
        result.log.write_text(
            f"$ wine {' '.join(args)}\n# exit code {returncode}, {seconds:.1f} s\n"
            f"--- stdout\n{result.stdout}\n--- stderr\n{result.stderr}\n",
            encoding="utf-8",
        )
        return result

    def reg_add(self, key: str, value: str, kind: str, data: str) -> Run:
        label = f"reg-add-{value}"
        return self.run(label, ["reg", "add", key, "/v", value, "/t", kind, "/d", data, "/f"])

    def kill(self) -> None:
        """Ends every process of the prefix (and its wineserver)."""
        with contextlib.suppress(subprocess.TimeoutExpired):
            subprocess.run(
                [self.server, "-k"], env=self.environment(), capture_output=True, timeout=60
            )


def nsis_tail(option: str, value: str) -> list[str]:
    """``/D=C:\\Program Files\\x`` as Wine must be given it so that NSIS sees it unquoted."""
    return f"{option}{value}".split(" ")


# --- the virtual screen ------------------------------------------------------------------------


class Screen:
    """One Xvfb on a display number it picks itself (``-displayfd``)."""

    def __init__(self, log: Path) -> None:
        read_end, write_end = os.pipe()
        self._log = log.open("wb")
        self.process = subprocess.Popen(
            [
                "Xvfb",
                "-displayfd",
                str(write_end),
                "-screen",
                "0",
                SCREEN,
                "-nolisten",
                "tcp",
                "-noreset",
            ],
            pass_fds=(write_end,),
            stdin=subprocess.DEVNULL,
            stdout=self._log,
            stderr=subprocess.STDOUT,
            start_new_session=True,
        )
        os.close(write_end)
        number = b""
        deadline = time.monotonic() + 30
        while not number.endswith(b"\n") and time.monotonic() < deadline:
            ready, _, _ = select.select([read_end], [], [], 1)
            if ready:
                chunk = os.read(read_end, 16)
                if not chunk:
                    break
                number += chunk
        os.close(read_end)
        if not number.strip().isdigit():
            self.stop()
            raise StepFailed(f"Xvfb did not start (see {log})")
        self.display = f":{number.strip().decode()}"

    def stop(self) -> None:
        if self.process.poll() is None:
            self.process.terminate()
            try:
                self.process.wait(10)
            except subprocess.TimeoutExpired:
                self.process.kill()
        self._log.close()


def xdotool(display: str, *args: str, timeout: float = 30) -> str:
    result = subprocess.run(
        ["xdotool", *args],
        env={**os.environ, "DISPLAY": display},
        capture_output=True,
        text=True,
        timeout=timeout,
        check=False,
    )
    if result.returncode != 0:
        raise StepFailed(f"xdotool {' '.join(args)}: {result.stderr.strip() or result.returncode}")
    return result.stdout


def wait_for_window(display: str, title_pattern: str, timeout: float) -> str:
    """The id of the first visible window whose title matches (a regular expression)."""
    try:
        found = xdotool(
            display, "search", "--sync", "--onlyvisible", "--name", title_pattern, timeout=timeout
        )
    except subprocess.TimeoutExpired as error:
        raise StepFailed(f"no window titled /{title_pattern}/ within {timeout:.0f} s") from error
    return found.split()[0]


def window_title(display: str, window: str) -> str:
    return xdotool(display, "getwindowname", window).strip()


def window_size(display: str, window: str) -> tuple[int, int]:
    shell = xdotool(display, "getwindowgeometry", "--shell", window)
    values = dict(line.split("=", 1) for line in shell.split() if "=" in line)
    return int(values["WIDTH"]), int(values["HEIGHT"])


# --- screenshots: xwd's dump of the root window, written as PNG with zlib ----------------------


@dataclass
class Picture:
    width: int
    height: int
    rgb: bytes  # width * height * 3

    def colours(self) -> int:
        view = memoryview(self.rgb)
        return len({bytes(view[i : i + 3]) for i in range(0, len(view), 3)})

    def png(self) -> bytes:
        def chunk(kind: bytes, data: bytes) -> bytes:
            body = kind + data
            return struct.pack(">I", len(data)) + body + struct.pack(">I", zlib.crc32(body))

        stride = self.width * 3
        rows = b"".join(b"\0" + self.rgb[y * stride : (y + 1) * stride] for y in range(self.height))
        header = struct.pack(">IIBBBBB", self.width, self.height, 8, 2, 0, 0, 0)
        return (
            b"\x89PNG\r\n\x1a\n"
            + chunk(b"IHDR", header)
            + chunk(b"IDAT", zlib.compress(rows, 6))
            + chunk(b"IEND", b"")
        )


def parse_xwd(data: bytes) -> Picture:
    """A TrueColor ZPixmap of 24-bit colour from ``xwd`` (what Xvfb's 24-bit screen gives)."""
    fields = struct.unpack_from(">25I", data, 0)
    header_size, version, pixmap_format, depth, width, height = fields[:6]
    byte_order, bits_per_pixel, bytes_per_line = fields[7], fields[11], fields[12]
    masks, colour_count = fields[14:17], fields[19]
    # Xvfb's 24-bit screen packs 3 bytes a pixel into lines of 4 bytes a pixel: the lines'
    # ends are padding.
    pixel_bytes = bits_per_pixel // 8
    if version != 7 or pixmap_format != 2 or depth not in (24, 32) or pixel_bytes not in (3, 4):
        raise StepFailed(
            f"xwd gave an image this check cannot read ({depth}-bit, {bits_per_pixel} bpp)"
        )
    if masks != (0xFF0000, 0xFF00, 0xFF) or bytes_per_line < width * pixel_bytes:
        raise StepFailed(f"unexpected xwd layout: masks {masks}, {bytes_per_line} bytes a line")
    pixels = data[header_size + 12 * colour_count :]
    rgb = bytearray(width * height * 3)
    # Each pixel is 0x(00)RRGGBB, least significant byte first (byte_order 0) or last.
    if byte_order == 0:
        red, green, blue = 2, 1, 0
    else:
        red, green, blue = pixel_bytes - 3, pixel_bytes - 2, pixel_bytes - 1
    line = width * 3
    for y in range(height):
        row = pixels[y * bytes_per_line : y * bytes_per_line + width * pixel_bytes]
        out = y * line
        rgb[out : out + line : 3] = row[red::pixel_bytes]
        rgb[out + 1 : out + line : 3] = row[green::pixel_bytes]
        rgb[out + 2 : out + line : 3] = row[blue::pixel_bytes]
    return Picture(width, height, bytes(rgb))


def screenshot(display: str) -> Picture:
    result = subprocess.run(
        ["xwd", "-root", "-silent"],
        env={**os.environ, "DISPLAY": display},
        capture_output=True,
        timeout=60,
        check=False,
    )
    if result.returncode != 0:
        raise StepFailed(f"xwd: {result.stderr.decode(errors='replace').strip()}")
    return parse_xwd(result.stdout)


def settled_screenshot(display: str, timeout: float = 20) -> Picture:
    """A screenshot once two in a row, a second apart, are the same (the window has painted)."""
    deadline = time.monotonic() + timeout
    previous = screenshot(display)
    while time.monotonic() < deadline:
        time.sleep(1)
        current = screenshot(display)
        if current.rgb == previous.rgb:
            return current
        previous = current
    return previous


# --- what the program shows --------------------------------------------------------------------


def translated(source: str, fallback: str) -> str:
    """The Chinese of an English UI string, from the checkout's translations when it has them."""
    with contextlib.suppress(OSError, ElementTree.ParseError):
        for message in ElementTree.parse(TRANSLATIONS).iter("message"):
            if message.findtext("source") == source:
                text = message.findtext("translation")
                if text:
                    return text
    return fallback


def login_title() -> str:
    return translated("Log in — NursingQC", "登录 — 护理质控")


def main_window_title_pattern() -> str:
    title = translated("NursingQC — {hospital}", "护理质控 — {hospital}")
    before = title.split("{hospital}")[0]
    return "^" + re.escape(before)


def pdf_pages(path: Path) -> int:
    if not path.is_file():
        raise StepFailed(f"{path.name} was not written")
    if shutil.which("pdfinfo"):
        result = subprocess.run(["pdfinfo", str(path)], capture_output=True, text=True, check=False)
        match = re.search(r"^Pages:\s+(\d+)", result.stdout, re.MULTILINE)
        if result.returncode != 0 or not match:
            raise StepFailed(f"pdfinfo cannot read {path.name}: {result.stderr.strip()}")
        return int(match.group(1))
    data = path.read_bytes()  # no poppler-utils: a rougher look at the file
    if not data.startswith(b"%PDF-"):
        raise StepFailed(f"{path.name} is not a PDF")
    return len(re.findall(rb"/Type\s*/Page\b(?!s)", data))


def xlsx_sheets(path: Path) -> list[str]:
    if not path.is_file():
        raise StepFailed(f"{path.name} was not written")
    try:
        import openpyxl
    except ImportError:
        with zipfile.ZipFile(path) as archive:
            if "xl/workbook.xml" not in archive.namelist():
                raise StepFailed(f"{path.name} has no xl/workbook.xml") from None
            workbook = archive.read("xl/workbook.xml").decode("utf-8", "replace")
        return re.findall(r'<sheet [^>]*name="([^"]+)"', workbook)
    workbook = openpyxl.load_workbook(path, read_only=True)
    try:
        return list(workbook.sheetnames)
    finally:
        workbook.close()


def program_logs(prefix: Path) -> list[Path]:
    """The program's own log files under the prefix (``%LOCALAPPDATA%\\NursingQC``)."""
    return sorted(
        (prefix / "drive_c" / "users").glob("*/AppData/Local/NursingQC/**/*.log"),
        key=lambda path: path.stat().st_mtime,
    )


def log_tail(path: Path, lines: int = 15) -> list[str]:
    text = path.read_text(encoding="utf-8", errors="replace").splitlines()
    return text[-lines:]


def uninstall_entries(wine: Wine) -> list[str]:
    """Keys under HKLM\\…\\Uninstall (64-bit view) whose values name an uninstall.exe."""
    key = "HKLM\\Software\\Microsoft\\Windows\\CurrentVersion\\Uninstall"
    result = wine.run("reg-query-uninstall", ["reg", "query", key, "/s", "/reg:64"], timeout=120)
    entries = []
    for block in re.split(r"\r?\n(?=HKEY_)", result.stdout):
        head = block.splitlines()[0] if block.strip() else ""
        if "uninstall.exe" in block.lower() and "\\Uninstall\\" in head:
            entries.append(head.rsplit("\\", 1)[-1].strip())
    return entries


def shortcuts(wine: Wine) -> list[str]:
    """The program's .lnk files in the Start menus and on the desktops."""
    drive = wine.prefix / "drive_c"
    places = [
        drive / "ProgramData" / "Microsoft" / "Windows" / "Start Menu",
        *drive.glob("users/*/Desktop"),
        *drive.glob("users/*/AppData/Roaming/Microsoft/Windows/Start Menu"),
    ]
    found = []
    for place in places:
        for link in place.rglob("*.lnk"):
            if re.search(r"nursingqc|护理质控", link.name, re.IGNORECASE):
                found.append(str(link.relative_to(drive)))
    return sorted(found)


# --- the check ---------------------------------------------------------------------------------


class Check:
    def __init__(self, setup_exe: Path, work: Path) -> None:
        self.setup_exe = setup_exe
        self.work = work
        self.report = Report()
        self.logs = work / "logs"
        self.wine: Wine
        self.screen: Screen | None = None
        self.shim: icu_shim.Shim | None = None
        self.campaign_id = "1"
        self.campaign_name = ""

    # paths inside the prefix
    @property
    def instdir(self) -> Path:
        return self.wine.unix(INSTALL_DIR)

    @property
    def qt_folder(self) -> Path:
        return self.instdir / "lib" / "PySide6"

    def program(
        self,
        label: str,
        *args: str,
        timeout: float = COMMAND_TIMEOUT,
        env: dict[str, str] | None = None,
    ) -> Run:
        return self.wine.run(label, [PYTHON, "-m", "nursingqc", *args], timeout=timeout, env=env)

    def nursingqc(self, label: str, *args: str, env: dict[str, str] | None = None) -> Run:
        """``python.exe -m nursingqc --db DATABASE ARGS``; a failure's output goes in the note."""
        return self.program(label, "--db", DATABASE, *args, env=env).required()

    # --- 1 -----------------------------------------------------------------------------------
    def prepare(self) -> bool:
        """Steps 1 to 1.2; False when there is no Wine prefix to go on with."""
        with self.report.step("1", "fresh Wine prefix, Xvfb") as step:
            self.screen = Screen(self.logs / "xvfb.log")
            prefix = Path(tempfile.mkdtemp(prefix="nursingqc-wine-"))
            self.wine = Wine(prefix, self.screen.display, self.logs)
            boot = self.wine.run("wineboot", ["wineboot.exe", "--init"], timeout=COMMAND_TIMEOUT)
            if not boot.ok or not (prefix / "drive_c" / "windows").is_dir():
                raise StepFailed(f"wineboot --init: {boot.why()}")
            for key, value, kind, data in WINE_SETTINGS:
                self.wine.reg_add(key, value, kind, data)
            for folder in (DATABASE.rsplit("\\", 1)[0], EXPORTS):
                self.wine.unix(folder).mkdir(parents=True, exist_ok=True)
            step.detail = f"{prefix}, DISPLAY={self.screen.display}, {self.wine.loader}"
            self.report.numbers["new Wine prefix"] = f"{boot.seconds:.1f} s"
        if not self.report.steps[-1].ok:
            return False
        with self.report.step("1.1", "the installer refuses Windows 7") as step:
            # Wine 8 makes a new prefix Windows 7; Qt 6 needs Windows 10 1809 or later.
            result = self.wine.run(
                "setup-on-windows-7", self._setup_arguments(), timeout=INSTALL_TIMEOUT
            )
            if result.returncode != EXIT_OLD_WINDOWS:
                raise StepFailed(f"Setup.exe /S on Windows 7: {result.why()}")
            if self.instdir.exists():
                raise StepFailed(
                    f"it refused (exit code {result.returncode}) but left {INSTALL_DIR}"
                )
            step.detail = f"exit code {result.returncode}, nothing installed"
        with self.report.step("1.2", "Wine as Windows 10") as step:
            self.wine.run("winecfg-win10", ["winecfg", "/v", "win10"])
            version_key = "HKLM\\Software\\Microsoft\\Windows NT\\CurrentVersion"
            build = self.wine.run(
                "windows-build", ["reg", "query", version_key, "/v", "CurrentBuild"]
            )
            match = re.search(r"CurrentBuild\s+REG_SZ\s+(\d+)", build.stdout)
            if not match or int(match.group(1)) < MIN_WINDOWS_BUILD:
                raise StepFailed(f"Wine reports build {match.group(1) if match else '?'}")
            step.detail = f"Windows 10 build {match.group(1)}"
        if not self.report.steps[-1].ok:
            return False
        self.refuses_32bit_windows()
        self.refuses_a_foreign_folder()
        return True

    def refuses_a_foreign_folder(self) -> None:
        """Step 1.4: /D= naming a folder of other files (the install replaces python\\ whole)."""
        with self.report.step("1.4", "the installer refuses a folder of other files") as step:
            folder = "C:\\Apps"
            other = self.wine.unix(folder) / "python" / "other.txt"
            other.parent.mkdir(parents=True)
            other.write_text("not NursingQC's\n", encoding="utf-8")
            result = self.wine.run(
                "setup-into-a-foreign-folder",
                [str(self.setup_exe), "/S", *nsis_tail("/D=", folder)],
                timeout=INSTALL_TIMEOUT,
            )
            if result.returncode != EXIT_FOREIGN_FOLDER:
                raise StepFailed(f"Setup.exe /S /D={folder}: {result.why()}")
            if not other.is_file() or (other.parent.parent / "lib").exists():
                raise StepFailed(f"it refused, but changed {folder}")
            step.detail = f"exit code {result.returncode}, {folder}\\python\\other.txt untouched"

    def refuses_32bit_windows(self) -> None:
        """Step 1.3, in a prefix of its own: Wine as a 32-bit Windows 10."""
        assert self.screen is not None
        with self.report.step("1.3", "the installer refuses a 32-bit Windows 10") as step:
            prefix = Path(tempfile.mkdtemp(prefix="nursingqc-wine32-"))
            wine = Wine(prefix, self.screen.display, self.logs)
            win32 = {"WINEARCH": "win32"}
            try:
                wine.run("wineboot-win32", ["wineboot.exe", "--init"], env=win32)
                wine.run("winecfg-win10-win32", ["winecfg", "/v", "win10"], env=win32)
                if (prefix / "drive_c" / "windows" / "syswow64").exists():
                    raise StepFailed("WINEARCH=win32 made a 64-bit prefix")
                result = wine.run(
                    "setup-on-32-bit", self._setup_arguments(), timeout=INSTALL_TIMEOUT, env=win32
                )
                if result.returncode != EXIT_OLD_WINDOWS:
                    raise StepFailed(f"Setup.exe /S on a 32-bit Windows: {result.why()}")
                if wine.unix(INSTALL_DIR).exists():
                    raise StepFailed(f"it refused but left {INSTALL_DIR}")
                step.detail = f"exit code {result.returncode}, nothing installed"
            finally:
                wine.kill()
                shutil.rmtree(prefix, ignore_errors=True)

    def _setup_arguments(self) -> list[str]:
        return [str(self.setup_exe), "/S", *nsis_tail("/D=", INSTALL_DIR)]

    # --- 2 and 6 -----------------------------------------------------------------------------
    def install(self, number: str, name: str) -> Run | None:
        with self.report.step(number, name) as step:
            result = self.wine.run(name, self._setup_arguments(), timeout=INSTALL_TIMEOUT)
            if not result.ok:
                raise StepFailed(f"Setup.exe /S: {result.why()}")
            step.detail = f"{INSTALL_DIR} in {result.seconds:.1f} s"
            missing = [
                relative
                for relative in (
                    "python/python.exe",
                    "python/pythonw.exe",
                    "lib/PySide6/Qt6Core.dll",
                    "lib/nursingqc/__init__.py",
                    "nursingqc.cmd",
                    "uninstall.exe",
                )
                if not (self.instdir / relative).is_file()
            ]
            if missing:
                raise StepFailed(f"not in {INSTALL_DIR}: {', '.join(missing)}")
            return result
        return None

    def check_install_records(self, number: str) -> None:
        """What Windows sees of an installed program: its Uninstall entry and its shortcuts."""
        with self.report.step(number, "Uninstall entry and shortcuts") as step:
            entries = uninstall_entries(self.wine)
            links = shortcuts(self.wine)
            step.detail = f"Uninstall\\{', '.join(entries) or '?'}; {len(links)} shortcut(s)"
            step.notes.extend(links)
            if not entries:
                raise StepFailed("no Uninstall entry names an uninstall.exe (Apps & features)")

    # --- 3 -----------------------------------------------------------------------------------
    def add_shim(self, number: str) -> None:
        with self.report.step(number, "ICU shim for Wine (test only)") as step:
            if self.shim is None:
                self.shim = icu_shim.build_icu_shim(
                    self.qt_folder, self.work / "icu-shim", self._run_tool
                )
            placed = icu_shim.add_icu_shim(self.shim, self.qt_folder)
            step.detail = self.shim.describe() or "Qt imports no Windows ICU: nothing added"
            if not placed and self.shim.forwards:
                raise StepFailed("nothing copied")

    def link_caption_font(self, number: str) -> None:
        """The program's CJK font behind Wine's caption fonts (outside the install folder)."""
        with self.report.step(number, "CJK font for Wine's window captions") as step:
            font = next(
                (
                    path
                    for path in sorted((self.instdir / "lib").rglob("*.tt[cf]"))
                    if re.search(r"wqy|cjk|hei|song", path.name, re.IGNORECASE)
                ),
                None,
            )
            if font is None:
                step.detail = "the program carries no CJK font: captions may show boxes"
                return
            fonts = self.wine.unix("C:\\windows\\Fonts")
            shutil.copyfile(font, fonts / font.name)
            # The caption buttons' symbols; Debian's Wine does not find its own copy.
            if WINE_MARLETT.is_file():
                shutil.copyfile(WINE_MARLETT, fonts / WINE_MARLETT.name)
            for face in CAPTION_FONTS:
                self.wine.reg_add(FONT_LINK_KEY, face, "REG_MULTI_SZ", font.name)
            step.detail = f"{font.name} linked behind {', '.join(CAPTION_FONTS)}"

    def _run_tool(self, command: list[str], **kwargs: object) -> subprocess.CompletedProcess[str]:
        result = subprocess.run(command, capture_output=True, text=True, check=False, **kwargs)  # type: ignore[call-overload]
        if result.returncode != 0:
            raise StepFailed(f"{Path(command[0]).name}: {(result.stderr or result.stdout).strip()}")
        return result  # type: ignore[no-any-return]

    # --- 4 -----------------------------------------------------------------------------------
    def command_line(self) -> None:
        report = self.report
        for attempt, label in ((1, "first start"), (2, "second start")):
            with report.step(f"4.{attempt}", f"--selftest ({label})") as step:
                result = self.program(f"selftest-{attempt}", "--selftest")
                report.numbers[f"--selftest, {label}"] = f"{result.seconds:.1f} s"
                step.detail = f"{result.seconds:.1f} s"
                if result.returncode == 2:
                    raise StepFailed(
                        f"usage error: this build has no --selftest\n{_indent(result.tail(3))}"
                    )
                result.required()
                step.notes.extend(result.stdout.strip().splitlines()[-3:])

        with report.step("4.3", f"demo into {DATABASE}") as step:
            result = self.nursingqc("demo", "demo")
            report.numbers["demo"] = f"{result.seconds:.1f} s"
            match = re.search(
                r"(?:活动编号|Campaign id)[：:]\s*(\d+)\s*[（(]([^）)]*)", result.stdout
            )
            if match:
                self.campaign_id, self.campaign_name = match.group(1), match.group(2)
            if not self.wine.unix(DATABASE).is_file():
                raise StepFailed(f"no database file at {DATABASE}")
            lines = result.stdout.strip().splitlines()
            step.notes.extend(lines[:2])
            if "演示医院" not in result.stdout:
                raise StepFailed(f"no Chinese in the demo's output: {lines[:1]}")
            step.detail = f"campaign {self.campaign_id} ({self.campaign_name or '?'})"

        with report.step("4.4", "check (first)") as step:
            result = self.nursingqc("check-1", "check")
            report.numbers["check, first"] = f"{result.seconds:.1f} s"
            step.detail = self._check_lines(result)

        with report.step("4.5", "campaign list: Chinese intact") as step:
            result = self.nursingqc("campaign-list", "campaign", "list")
            step.detail = self._campaign_listed(result)

        exports = self.wine.unix(EXPORTS)
        campaign = ("--campaign", self.campaign_id)
        with report.step("4.6", "notices → PDF") as step:
            name = "整改通知单.pdf"
            self.nursingqc("notices", "notices", *campaign, "-o", f"{EXPORTS}\\{name}")
            pages = pdf_pages(exports / name)
            step.detail = f"{name}: {pages} page(s)"
            if pages < 1:
                raise StepFailed(step.detail)
        with report.step("4.7", "ranking → xlsx") as step:
            name = "排名.xlsx"
            self.nursingqc("ranking", "ranking", *campaign, "-o", f"{EXPORTS}\\{name}")
            step.detail = f"{name}: sheets {', '.join(xlsx_sheets(exports / name))}"
        with report.step("4.8", "summary → PDF and xlsx") as step:
            pdf, xlsx = "总结.pdf", "总结.xlsx"
            self.nursingqc(
                "summary",
                "summary",
                *campaign,
                "-o",
                f"{EXPORTS}\\{pdf}",
                "--xlsx",
                f"{EXPORTS}\\{xlsx}",
            )
            pages = pdf_pages(exports / pdf)
            sheets = xlsx_sheets(exports / xlsx)
            step.detail = f"{pdf}: {pages} page(s); {xlsx}: sheets {', '.join(sheets)}"
            if pages < 1:
                raise StepFailed(step.detail)
        with report.step("4.9", "nursingqc.cmd campaign list") as step:
            # The launcher IT and scripts use: cmd.exe in the install folder, the database by
            # NURSINGQC_DB (cmd /c takes no quoted arguments through Wine's own quoting).
            result = self.wine.run(
                "nursingqc.cmd",
                ["cmd", "/c", "nursingqc.cmd", "campaign", "list"],
                cwd=self.instdir,
                env={"NURSINGQC_DB": DATABASE},
            ).required()
            step.detail = self._campaign_listed(result)
        with report.step("4.10", f"without --db: the database in {DATA_DIR}") as step:
            # Every account of a ward PC opens this one; the log stays the account's own.
            self.program("default-demo", "demo", "--wards", "3").required()
            database = self.wine.unix(DATA_DIR) / DEFAULT_DATABASE
            logs = sorted((self.wine.prefix / "drive_c" / "users").glob(f"*/{LOG_FILE}"))
            if not database.is_file():
                raise StepFailed(f"no {DEFAULT_DATABASE} in {DATA_DIR}")
            if not logs:
                raise StepFailed(f"no log at %USERPROFILE%\\{LOG_FILE}")
            step.detail = (
                f"{DATA_DIR}\\{DEFAULT_DATABASE}; log {logs[0].relative_to(self.wine.prefix)}"
            )

    def chinese_code_page(self) -> None:
        """Step 5.6, after the window: a process under another locale makes Wine change the
        prefix's locale settings, after which it draws Chinese window captions as boxes."""
        report = self.report
        with report.step("5.6", "a Chinese Windows (code page 936): piped output is UTF-8") as step:
            chinese = {"LANG": CHINESE_LOCALE, "LC_ALL": CHINESE_LOCALE}
            if not self._has_locale(CHINESE_LOCALE):
                self._run_tool(["localedef", "-i", "zh_CN", "-f", "UTF-8", CHINESE_LOCALE])
            probe = self.wine.run(
                "code-page",
                [PYTHON, "-c", "import locale; print(locale.getencoding())"],
                env=chinese,
            )
            code_page = probe.stdout.strip()
            if code_page != "cp936":
                raise StepFailed(f"Wine's ANSI code page under {CHINESE_LOCALE} is {code_page!r}")
            result = self.nursingqc("campaign-list-zh", "campaign", "list", env=chinese)
            step.detail = f"{code_page}: {self._campaign_listed(result)}"

    @staticmethod
    def _has_locale(name: str) -> bool:
        listed = subprocess.run(["locale", "-a"], capture_output=True, text=True).stdout.split()
        return name.lower().replace("-", "") in {entry.lower().replace("-", "") for entry in listed}

    def _check_lines(self, result: Run) -> str:
        lines = [line for line in result.stdout.splitlines() if line.strip()]
        bad = [line for line in lines if line.startswith("✘")]
        if bad:
            raise StepFailed("; ".join(bad))
        return f"{len(lines)} line(s), all ✔, {result.seconds:.1f} s"

    def _campaign_listed(self, result: Run) -> str:
        lines = [line for line in result.stdout.splitlines() if line.strip()]
        ours = [line for line in lines if line.split("\t", 1)[0] == self.campaign_id]
        if not ours:
            raise StepFailed(f"campaign {self.campaign_id} not listed: {lines[:3]}")
        if self.campaign_name and self.campaign_name not in ours[0]:
            raise StepFailed(f"the name came through as {ours[0].split(chr(9))[1:2]}")
        if "?" in ours[0] or "\ufffd" in ours[0]:
            raise StepFailed(f"characters lost: {ours[0]}")
        return ours[0].split("\t")[1] if "\t" in ours[0] else ours[0]

    # --- 5 -----------------------------------------------------------------------------------
    def window(self) -> None:
        report = self.report
        missing = [tool for tool in ("xdotool", "xwd") if shutil.which(tool) is None]
        if missing:
            report.failed_step("5", "the window", f"not installed: {', '.join(missing)}")
            return
        assert self.screen is not None
        display = self.screen.display
        pythonw = f"{INSTALL_DIR}\\python\\pythonw.exe"
        process, out, err = self.wine.popen([pythonw, "-m", "nursingqc", "--db", DATABASE])
        started = time.monotonic()
        try:
            with report.step("5.1", "log-in window") as step:
                try:
                    login = wait_for_window(display, "^" + re.escape(login_title()), WINDOW_TIMEOUT)
                except StepFailed:
                    self._save_screenshot("installed-no-login.png", step)
                    raise
                seconds = time.monotonic() - started
                report.numbers["window start to log-in"] = f"{seconds:.1f} s"
                step.detail = f"“{window_title(display, login)}” after {seconds:.1f} s"
            if not report.steps[-1].ok:
                return
            with report.step("5.2", f"log in as {ADMIN}") as step:
                # Nothing gives a new window the keyboard on Xvfb: xdotool does; then the field's
                # mnemonic (用户名(&U)) picks the user name whether or not it is filled in.
                xdotool(display, "windowfocus", "--sync", login)
                xdotool(display, "key", "--clearmodifiers", "alt+u", "ctrl+a")
                xdotool(display, "type", "--delay", "40", ADMIN)
                xdotool(display, "key", "Tab")
                xdotool(display, "type", "--delay", "40", ADMIN_PASSWORD)
                typed = time.monotonic()
                xdotool(display, "key", "Return")
                try:
                    main = wait_for_window(display, main_window_title_pattern(), WINDOW_TIMEOUT)
                except StepFailed:
                    self._save_screenshot("installed-login-failed.png", step)
                    raise
                report.numbers["log-in to main window"] = f"{time.monotonic() - typed:.1f} s"
                width, height = window_size(display, main)
                step.detail = f"“{window_title(display, main)}” {width}×{height}"
                if width < 600 or height < 400:
                    raise StepFailed(f"the main window is only {width}×{height}")
            with report.step("5.3", "screenshot of the main window") as step:
                picture = self._save_screenshot("installed-main-window.png", step)
                if picture is None:
                    raise StepFailed("no screenshot")
                colours = picture.colours()
                step.detail = f"{picture.width}×{picture.height}, {colours} colours"
                if colours < MIN_SCREENSHOT_COLOURS:
                    raise StepFailed(f"{colours} colours: the screen looks blank")
            with report.step("5.4", "installing while it runs changes nothing") as step:
                marker = self.instdir / "lib" / "nursingqc" / "__init__.py"
                before = marker.stat().st_mtime_ns
                result = self.wine.run(
                    "setup-while-running", self._setup_arguments(), timeout=INSTALL_TIMEOUT
                )
                if result.returncode != EXIT_STILL_RUNNING:
                    raise StepFailed(f"Setup.exe /S while the program runs: {result.why()}")
                if not marker.is_file() or marker.stat().st_mtime_ns != before:
                    raise StepFailed("it refused, but replaced the program's files")
                if process.poll() is not None:
                    raise StepFailed(f"the program ended (exit code {process.returncode})")
                step.detail = f"exit code {result.returncode}, the program untouched and running"
        finally:
            with report.step("5.5", "close the program") as step:
                step.detail = self._close(process, display)
                stray = (out.text(0.5) + err.text(0.5)).strip()
                if stray:
                    step.notes.extend(stray.splitlines()[-5:])

    def _save_screenshot(self, name: str, step: Step) -> Picture | None:
        try:
            picture = settled_screenshot(self.screen.display if self.screen else "")
        except (StepFailed, OSError, subprocess.SubprocessError) as error:
            step.notes.append(f"no screenshot: {error}")
            return None
        path = self.work / name
        path.write_bytes(picture.png())
        step.notes.append(f"{path} ({picture.width}×{picture.height}, {picture.colours()} colours)")
        return picture

    def _close(self, process: subprocess.Popen[bytes], display: str) -> str:
        if process.poll() is not None:
            return f"it had already ended (exit code {process.returncode})"
        with contextlib.suppress(StepFailed, subprocess.TimeoutExpired):
            window = xdotool(
                display, "search", "--onlyvisible", "--name", main_window_title_pattern()
            ).split()[0]
            xdotool(display, "windowfocus", "--sync", window)
            xdotool(display, "key", "--clearmodifiers", "alt+F4")
            with contextlib.suppress(subprocess.TimeoutExpired):
                return f"closed by Alt+F4, exit code {process.wait(30)}"
        self.wine.kill()
        with contextlib.suppress(subprocess.TimeoutExpired):
            process.wait(30)
        if process.poll() is None:
            process.kill()
        return "Alt+F4 did not end it: ended by wineserver -k"

    # --- 6 -----------------------------------------------------------------------------------
    def upgrade(self) -> None:
        result = self.install("6.1", "upgrade: Setup.exe /S again")
        if result is None:
            return
        self.report.numbers["upgrade time"] = f"{result.seconds:.1f} s"
        self.add_shim("6.2")  # the upgrade replaced lib\ whole
        with self.report.step("6.3", "check (after the upgrade)") as step:
            result = self.nursingqc("check-2", "check")
            self.report.numbers["check, after upgrade"] = f"{result.seconds:.1f} s"
            step.detail = self._check_lines(result)
        with self.report.step("6.4", "the demo campaign survived") as step:
            result = self.nursingqc("campaign-list-2", "campaign", "list")
            step.detail = f"{self.campaign_id}: {self._campaign_listed(result)}"
        self.move(INSTALL_DIR, MOVED_DIR, "6.5")
        self.move(MOVED_DIR, INSTALL_DIR, "6.6")

    def move(self, old: str, folder: str, number: str) -> None:
        """Installing into another folder moves the program: one copy, one Uninstall entry."""
        with self.report.step(number, f"move: Setup.exe /S /D={folder}") as step:
            result = self.wine.run(
                f"move-{number}",
                [str(self.setup_exe), "/S", *nsis_tail("/D=", folder)],
                timeout=INSTALL_TIMEOUT,
            )
            if not result.ok:
                raise StepFailed(f"Setup.exe /S /D={folder}: {result.why()}")
            problems = []
            if not (self.wine.unix(folder) / "python" / "python.exe").is_file():
                problems.append(f"nothing installed in {folder}")
            if self.wine.unix(old).exists():
                problems.append(f"the old folder {old} is still there")
            location = self.install_location(folder)
            if location.lower() != folder.lower():
                problems.append(f"the Uninstall entry names {location!r}")
            if len(uninstall_entries(self.wine)) != 1 or len(shortcuts(self.wine)) != 2:
                problems.append("not one Uninstall entry and two shortcuts")
            if problems:
                raise StepFailed("; ".join(problems))
            step.detail = f"{old} → {folder} in {result.seconds:.1f} s, the old folder gone"

    def install_location(self, folder: str) -> str:
        """The Uninstall entry's folder, read by the installed Python (reg.exe would print it in
        Wine's ANSI code page, where Chinese is lost)."""
        code = (
            "import winreg; key = winreg.OpenKey(winreg.HKEY_LOCAL_MACHINE, "
            "r'Software\\Microsoft\\Windows\\CurrentVersion\\Uninstall\\NursingQC', 0, "
            "winreg.KEY_READ | winreg.KEY_WOW64_64KEY); "
            "print(winreg.QueryValueEx(key, 'InstallLocation')[0])"
        )
        python = f"{folder}\\python\\python.exe"
        result = self.wine.run("install-location", [python, "-X", "utf8", "-c", code])
        return result.stdout.strip()

    # --- 7 -----------------------------------------------------------------------------------
    def uninstall(self, number: str, remove_data: bool) -> None:
        name = "uninstall /S /REMOVEDATA" if remove_data else "uninstall /S (keeps the data)"
        data = self.wine.unix(DATA_DIR)
        database = self.wine.unix(DATABASE)
        with self.report.step(number, name) as step:
            if self.shim is not None:
                icu_shim.remove_icu_shim(self.shim, self.qt_folder)  # not the uninstaller's
            if not (data / DEFAULT_DATABASE).is_file():
                raise StepFailed(f"no {DEFAULT_DATABASE} in {DATA_DIR} to keep or remove")
            uninstaller = self.instdir / "uninstall.exe"
            options = ["/S", *(["/REMOVEDATA"] if remove_data else [])]
            # _?= runs it in place and to its end (NSIS otherwise copies itself to a temporary
            # file and returns at once); it then leaves itself and the folder behind.
            result = self.wine.run(
                name,
                [f"{INSTALL_DIR}\\uninstall.exe", *options, *nsis_tail("_?=", INSTALL_DIR)],
                timeout=INSTALL_TIMEOUT,
            )
            if not result.ok:
                raise StepFailed(f"uninstall.exe: {result.why()}")
            uninstaller.unlink(missing_ok=True)
            with contextlib.suppress(OSError):
                self.instdir.rmdir()
            step.detail = f"{result.seconds:.1f} s"
            self.report.numbers[f"uninstall{' /REMOVEDATA' if remove_data else ''}"] = (
                f"{result.seconds:.1f} s"
            )
            problems = []
            if self.instdir.exists():
                left = sorted(str(p.relative_to(self.instdir)) for p in self.instdir.rglob("*"))
                problems.append(f"{INSTALL_DIR} still holds {len(left)}: {', '.join(left[:8])}")
            if remove_data and data.exists():
                problems.append(f"{DATA_DIR} is still there")
            if not remove_data and not (data / DEFAULT_DATABASE).is_file():
                problems.append(f"{DATA_DIR}\\{DEFAULT_DATABASE} was removed without /REMOVEDATA")
            if not database.is_file():
                problems.append(f"{DATABASE} is gone")
            entries = uninstall_entries(self.wine)
            links = shortcuts(self.wine)
            if entries:
                problems.append(f"Uninstall entry left: {', '.join(entries)}")
            if links:
                problems.append(f"shortcuts left: {', '.join(links)}")
            kept = "removed" if remove_data else "kept"
            step.detail = (
                step.detail + f"; {INSTALL_DIR} gone, {DATA_DIR} {kept}, {DATABASE} still there"
            ).lstrip("; ")
            if problems:
                raise StepFailed("; ".join(problems))

    # --- the whole run -----------------------------------------------------------------------
    def run(self) -> int:
        self.logs.mkdir(parents=True, exist_ok=True)
        size = self.setup_exe.stat().st_size
        self.report.numbers["installer"] = f"{self.setup_exe.name}, {megabytes(size)}"
        try:
            self._steps()
        finally:
            self._cleanup()
        return self._finish()

    def _steps(self) -> None:
        if not self.prepare():
            return
        result = self.install("2", "install: Setup.exe /S /D=…")
        if result is None:
            return
        self.report.numbers["install time"] = f"{result.seconds:.1f} s"
        size, files = folder_size(self.instdir)
        self.report.numbers["installed size"] = f"{megabytes(size)} in {files} files"
        self.check_install_records("2.1")
        self.add_shim("3")
        self.link_caption_font("3.1")
        self.command_line()
        self.window()
        self.chinese_code_page()
        self.upgrade()
        self.uninstall("7.1", remove_data=False)
        # Again, to see /REMOVEDATA take the data folder (and nothing else) with it.
        if self.install("7.2", "install again") is not None:
            self.uninstall("7.3", remove_data=True)

    def _finish(self) -> int:
        if not self.report.passed:
            for log in sorted(self.logs.glob("program-*.log")):
                print(
                    f"\nThe end of the program's log ({log}):\n" + _indent("\n".join(log_tail(log)))
                )
        self.report.summary()
        passed = self.report.passed
        print("Wine check passed." if passed else "Wine check FAILED.")
        return 0 if passed else 1

    @property
    def wine_ready(self) -> bool:
        return hasattr(self, "wine")

    def _cleanup(self) -> None:
        if self.wine_ready:
            self.wine.kill()
            for log in program_logs(self.wine.prefix):
                with contextlib.suppress(OSError):
                    shutil.copyfile(log, self.logs / f"program-{log.name}")
        if self.screen is not None:
            self.screen.stop()
        if self.wine_ready and not os.environ.get("NURSINGQC_WINE_KEEP_PREFIX"):
            shutil.rmtree(self.wine.prefix, ignore_errors=True)


def _indent(text: str) -> str:
    return "\n".join("          " + line for line in text.splitlines())


def missing_tools() -> str | None:
    """Why this machine cannot run the check at all, or None."""
    if shutil.which("wine") is None or shutil.which("wineserver") is None:
        return "Wine is not installed (Debian packages: " + " ".join(WINE_DEBIAN_PACKAGES) + ")"
    if shutil.which("Xvfb") is None:
        return "Xvfb is not installed (Debian package xvfb)"
    return None


def main(setup_exe: Path, work: Path) -> int:
    """Runs every step; 0 when all passed (or when Wine or Xvfb is missing: skipped), else 1."""
    why = missing_tools()
    if why:
        print(f"SKIPPED: the installer check under Wine: {why}")
        return 0
    if not setup_exe.is_file():
        print(f"FAILED: no installer at {setup_exe}")
        return 1
    if (
        pe.is_32bit(setup_exe)
        and not Path("/usr/lib/wine/wine").exists()
        and not shutil.which("wine32")
    ):
        print(
            f"SKIPPED: the installer check under Wine: {setup_exe.name} is a 32-bit program and "
            "Wine's 32-bit half is not installed (Debian package wine32:i386)"
        )
        return 0
    shutil.rmtree(work, ignore_errors=True)  # this run's logs and screenshot, not an older one's
    work.mkdir(parents=True)
    print(f"Checking {setup_exe} under Wine; output in {work}", flush=True)
    return Check(setup_exe.resolve(), work.resolve()).run()


def _arguments(argv: Sequence[str] | None = None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("setup_exe", type=Path, help="dist/NursingQC-Setup-<version>.exe")
    parser.add_argument(
        "--work",
        type=Path,
        default=ROOT / "build" / "wine-check",
        help="logs and the screenshot (default: build/wine-check)",
    )
    return parser.parse_args(argv)


if __name__ == "__main__":
    arguments = _arguments()
    sys.exit(main(arguments.setup_exe, arguments.work))
