"""Updates resources/translations/*.ts from the sources (pyside6-lupdate) and compiles .qm files.

python tools/translations.py           extract new strings, then compile
python tools/translations.py --check   fail if a string is missing or untranslated
"""

from __future__ import annotations

import argparse
import shutil
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
TRANSLATIONS = ROOT / "resources" / "translations"
LANGUAGES = ["zh_CN"]


def tool(name: str) -> str:
    found = shutil.which(name, path=str(Path(sys.executable).parent)) or shutil.which(name)
    if not found:
        raise SystemExit(f"{name} not found; install the dev dependencies")
    return found


def sources() -> list[str]:
    files = sorted(ROOT.glob("nursingqc/**/*.py")) + sorted(ROOT.glob("forms/*.ui"))
    return [str(path) for path in files if "ui/forms" not in path.as_posix()]


def lupdate(ts_file: Path) -> None:
    subprocess.run(
        [
            tool("pyside6-lupdate"),
            *sources(),
            "-no-obsolete",
            "-locations",
            "none",
            "-ts",
            str(ts_file),
        ],
        check=True,
        capture_output=True,
    )


def lrelease(ts_file: Path) -> None:
    subprocess.run(
        [tool("pyside6-lrelease"), str(ts_file), "-qm", str(ts_file.with_suffix(".qm"))],
        check=True,
        capture_output=True,
    )


def messages(ts_file: Path) -> dict[tuple[str, str], str | None]:
    """(context, source) → translation, None where it is missing or unfinished."""
    result: dict[tuple[str, str], str | None] = {}
    for context in ET.parse(ts_file).getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            translation = message.find("translation")
            done = translation is not None and translation.get("type") is None and translation.text
            result[(name, message.findtext("source") or "")] = (
                translation.text if done and translation is not None else None
            )
    return result


def check() -> list[str]:
    problems = []
    for language in LANGUAGES:
        ts_file = TRANSLATIONS / f"nursingqc_{language}.ts"
        with tempfile.TemporaryDirectory() as scratch:
            fresh = Path(scratch) / ts_file.name
            shutil.copy(ts_file, fresh)
            lupdate(fresh)
            current = messages(fresh)
        committed = messages(ts_file)
        problems += [
            f"{language}: new string not in {ts_file.name}: {key}"
            for key in current
            if key not in committed
        ]
        problems += [
            f"{language}: untranslated: {key}"
            for key, text in current.items()
            if key in committed and text is None
        ]
    return problems


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--check", action="store_true")
    args = parser.parse_args()
    if args.check:
        problems = check()
        print("\n".join(problems))
        return 1 if problems else 0
    for language in LANGUAGES:
        ts_file = TRANSLATIONS / f"nursingqc_{language}.ts"
        lupdate(ts_file)
        lrelease(ts_file)
    return 0


if __name__ == "__main__":
    sys.exit(main())
