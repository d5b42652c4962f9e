"""Writing a finished document to the user's file or to a stream, whole or not at all."""

from __future__ import annotations

import contextlib
import os
import tempfile
from pathlib import Path
from typing import IO

from nursingqc.domain.errors import QT_TRANSLATE_NOOP, ValidationError

#: Where a document goes: a file the user chose, or a stream (a preview, a test).
Output = Path | IO[bytes]

MSG_CANNOT_WRITE = QT_TRANSLATE_NOOP(
    "Errors",
    "The file {file} cannot be written ({detail}). If it is open in another program, close it "
    "there, or choose another folder, and try again.",
)


def write_file(data: bytes, out: Output) -> None:
    """A finished document's bytes (PDF, xlsx) to ``out``; a path is replaced whole or left as
    it was, and a failure is a :class:`ValidationError` saying what to do."""
    if not isinstance(out, Path):
        out.write(data)
        return
    # A temporary file beside the target, then a rename: a reader never sees half a file, and a
    # failure leaves the previous file as it was.
    temporary: Path | None = None
    try:
        handle, name = tempfile.mkstemp(prefix=".nursingqc-", suffix=out.suffix, dir=out.parent)
        temporary = Path(name)
        with os.fdopen(handle, "wb") as file:
            file.write(data)
        temporary.replace(out)
    except OSError as error:
        if temporary is not None:
            with contextlib.suppress(OSError):
                temporary.unlink()
        raise ValidationError(
            MSG_CANNOT_WRITE, file=str(out), detail=error.strerror or type(error).__name__
        ) from error
