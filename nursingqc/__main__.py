"""`python -m nursingqc` is the same as the `nursingqc` command.

The Windows shortcuts start it with pythonw.exe, which has no console: an error before the
program's own error handling is in place (a damaged install whose Qt cannot load, say) would
end the process without a word. This last guard writes the details to a file and says where in a
Windows message box. Its text is fixed and bilingual, not translated: the translations need the
very Qt that may have failed to load.
"""

import sys
import tempfile
import traceback
from pathlib import Path

from nursingqc.cli import EXIT_UNEXPECTED

FAILED_TO_START = (
    "NursingQC 无法启动，可能是安装已损坏：请重新运行安装程序，或把下面的文件交给信息科。\n"
    "NursingQC could not start; the installation may be damaged. Run the installer again, or "
    "give IT this file:\n{path}"
)


def report_failed_start() -> Path:
    """The traceback in a file of the temporary folder, shown by name in a message box."""
    report = Path(tempfile.gettempdir()) / "NursingQC-start-error.txt"
    report.write_text(traceback.format_exc(), encoding="utf-8")
    if sys.platform == "win32":
        import ctypes

        ctypes.windll.user32.MessageBoxW(
            None, FAILED_TO_START.format(path=report), "NursingQC", 0x10
        )
    return report


def start() -> int:
    try:
        from nursingqc.cli.main import main
    except Exception:
        if sys.stderr is not None:
            raise
        report_failed_start()
        return EXIT_UNEXPECTED
    return main()


if __name__ == "__main__":
    sys.exit(start())
