"""Writing a finished document to the user's file or to a stream, whole or not at all."""

from __future__ import annotations

import contextlib
import os
import tempfile
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import IO, Protocol, TypeVar

from nursingqc.domain.errors import QT_TRANSLATE_NOOP, ValidationError

#: Where a document goes: a file the user chose, or a stream (a preview, a test).
Output = Path | IO[bytes]

T_co = TypeVar("T_co", covariant=True)


class Streamed(Protocol[T_co]):
    """A document's rows or parts whose number is known before they are read: a list, or a
    service's rows read from the database while the document is written (the 明细 rows, the
    notices), which may be read only once."""

    def __len__(self) -> int: ...

    def __iter__(self) -> Iterator[T_co]: ...


MSG_CANNOT_WRITE = QT_TRANSLATE_NOOP(
    "Errors",
    "The file {file} cannot be written ({detail}). If it is open in another program, close it "
    "there, or choose another folder, and try again.",
)


def write_file(data: bytes, out: Output) -> None:
    """A finished document's bytes (PDF, xlsx) to ``out``; a path is replaced whole or left as
    it was, and a failure is a :class:`ValidationError` saying what to do."""
    write_streamed(lambda file: file.write(data), out)


def write_streamed(write: Callable[[IO[bytes]], object], out: Output) -> None:
    """A document that ``write`` writes piece by piece into the file it is given (a large
    workbook or PDF, never whole in memory), to ``out`` as :func:`write_file` does: a path is
    replaced only when ``write`` returns, and left as it was when it raises."""
    if not isinstance(out, Path):
        write(out)
        return
    # A temporary file beside the target, then a rename: a reader never sees half a file, and a
    # failure leaves the previous file as it was.
    temporary: Path | None = None
    try:
        handle, name = tempfile.mkstemp(prefix=".nursingqc-", suffix=out.suffix, dir=out.parent)
        temporary = Path(name)
        with os.fdopen(handle, "wb") as file:
            write(file)
        temporary.replace(out)
    except BaseException as error:
        if temporary is not None:
            with contextlib.suppress(OSError):
                temporary.unlink()
        if isinstance(error, OSError):
            raise ValidationError(
                MSG_CANNOT_WRITE, file=str(out), detail=error.strerror or type(error).__name__
            ) from error
        raise
