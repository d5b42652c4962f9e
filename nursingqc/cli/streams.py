"""The encoding of the command's output, chosen once so that Chinese text never turns into ``?``.

On Windows, Python writes to a console window in UTF-16 through the console's own API, whatever
the code page: those streams are left as they are. A pipe or a redirected file, though, gets the
ANSI code page: cp936 on a Chinese Windows, cp1252 on an English one (and under Wine), where every
Chinese character of a ward's name or a reason becomes ``?`` and is lost for good. Piped or
redirected output on Windows is therefore always UTF-8: the script a hospital's IT runs after
installing (``nursingqc --selftest > result.txt``, a scheduled ``nursingqc check``) reads one known
encoding on every PC, whatever its language settings, and nothing is lost. ``PYTHONIOENCODING``
still wins: whoever sets it has said what they want (``gbk`` for an old tool that expects it).

Elsewhere the locale's encoding is kept (UTF-8 on every current Linux and macOS). In every case a
character the encoding cannot hold is replaced rather than raised: printing a result must never
fail after the work it reports has been done. ``pythonw.exe`` (the Windows launcher without a
console) gives no streams at all (``None``); there is nothing to configure then.
"""

from __future__ import annotations

import os
import sys
from collections.abc import Mapping
from typing import TextIO

ENCODING_VARIABLE = "PYTHONIOENCODING"


def configure_output(
    stream: TextIO | None, platform: str = sys.platform, environ: Mapping[str, str] = os.environ
) -> None:
    """Sets ``stream``'s encoding and error handling as the module's docstring explains."""
    reconfigure = getattr(stream, "reconfigure", None)
    if stream is None or reconfigure is None:
        return
    chosen = environ.get(ENCODING_VARIABLE, "")
    try:
        if platform == "win32" and not chosen and not stream.isatty():
            reconfigure(encoding="utf-8", errors="replace")
        elif ":" not in chosen:  # "gbk:strict" names its own error handling
            reconfigure(errors="replace")
    except (ValueError, OSError):
        pass  # a closed or broken stream: whatever is printed to it is lost anyway
