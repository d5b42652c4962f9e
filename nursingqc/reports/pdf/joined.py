"""Joining PDFs that reportlab wrote into one, object by object, without holding them.

A document of thousands of pages (every ward's notices) is laid out a few parts at a time, each
into a PDF of its own (``layout.write_parts``); this writes their pages, in order, as one PDF.
pypdfium2 could import them, but it keeps every imported page in memory until it saves: 35 MB
per 300 wards' notices, past 400 MB for 3,000. Here each source is read whole (a chunk: a few
megabytes), its objects are copied out with new numbers as they are read, and only their
offsets and the page numbers stay until the end.

It reads only what reportlab writes: one cross-reference table, a flat page tree, no object
streams, every object ``N 0 obj … endobj`` at the offset the table gives, each stream's length
given directly. Anything else is
refused with a ``ValueError`` rather than joined wrongly.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from pathlib import Path
from typing import IO

_REFERENCE = re.compile(rb"(\d+) 0 R")
_TRAILER = re.compile(rb"trailer\s*<<(.*?)>>\s*startxref", re.DOTALL)
_XREF = re.compile(rb"\nxref\n0 (\d+)\n")
#: Where a stream's data begins: nothing after it is renumbered (it is data, not references).
_STREAM = re.compile(rb">>\s*stream\r?\n")
_LENGTH = re.compile(rb"/Length (\d+)\b")


def _number(dictionary: bytes, key: bytes) -> int:
    found = re.search(rb"/" + key + rb" (\d+) 0 R", dictionary)
    if found is None:
        raise ValueError(f"no /{key.decode()} reference")
    return int(found.group(1))


class _Source:
    """One PDF reportlab wrote: its objects by number, its pages in order."""

    def __init__(self, data: bytes) -> None:
        self.data = data
        trailer = _TRAILER.search(data, data.rindex(b"trailer"))
        xref = _XREF.search(data, data.rindex(b"\nxref\n") - 1)
        if trailer is None or xref is None:
            raise ValueError("not a PDF as reportlab writes them")
        self.trailer = trailer.group(1)
        count = int(xref.group(1))
        entries = data[xref.end() : xref.end() + 20 * count]
        self.offsets = {
            number: int(entries[20 * number : 20 * number + 10])
            for number in range(1, count)
            if entries[20 * number + 17 : 20 * number + 18] == b"n"
        }
        catalog = self.body(_number(self.trailer, b"Root"))
        self.pages_root = _number(catalog, b"Pages")
        kids = re.search(rb"/Kids\s*\[([^\]]*)\]", self.body(self.pages_root))
        if kids is None:
            raise ValueError("no page list")
        self.pages = [int(number) for number in _REFERENCE.findall(kids.group(1))]
        # The catalog, the page tree and what only the catalog names (outlines) are made anew.
        self.left_out = {_number(self.trailer, b"Root"), self.pages_root}
        self.left_out |= {int(n) for n in _REFERENCE.findall(catalog)}
        self.left_out.add(_number(self.trailer, b"Info"))

    def body(self, number: int) -> bytes:
        """What lies between ``N 0 obj`` and ``endobj``; a stream's data, binary, is skipped by
        its ``/Length`` (it may hold the bytes "endobj")."""
        start = self.data.index(b"obj", self.offsets[number]) + 3
        end = self.data.index(b"endobj", start)
        stream = _STREAM.search(self.data, start, end)
        if stream is not None:
            length = _LENGTH.search(self.data, start, stream.start() + 2)
            if length is None:
                raise ValueError(f"object {number}: a stream without a direct /Length")
            end = self.data.index(b"endobj", stream.end() + int(length.group(1)))
        return self.data[start:end]


def join_pdfs(sources: Sequence[Path], out: IO[bytes]) -> None:
    """The pages of ``sources`` (reportlab's PDFs), in order, as one PDF written to ``out``,
    with the first source's document information (title, author) and file identifier."""
    offsets: list[int] = []  # of objects 1, 2, …
    pages: list[int] = []
    written = 0

    def write(data: bytes) -> None:
        nonlocal written
        out.write(data)
        written += len(data)

    def write_object(body: bytes) -> int:
        offsets.append(written)
        write(b"%d 0 obj" % len(offsets) + body + b"endobj\n")
        return len(offsets)

    first = _Source(Path(sources[0]).read_bytes())
    write(first.data[: first.offsets[min(first.offsets)]])  # the header and its binary marker
    write_object(b"\n<< /Pages 2 0 R /Type /Catalog >>\n")
    offsets.append(-1)  # 2: the page tree, written last when every page is known
    info = write_object(first.body(_number(first.trailer, b"Info")))
    identifier = re.search(rb"/ID\s*(\[[^\]]*\])", first.trailer)
    for path in sources:
        source = first if path == sources[0] else _Source(Path(path).read_bytes())
        kept = [n for n in sorted(source.offsets) if n not in source.left_out]
        numbers = {old: len(offsets) + 1 + index for index, old in enumerate(kept)}
        numbers[source.pages_root] = 2

        def renumbered(found: re.Match[bytes], numbers: dict[int, int] = numbers) -> bytes:
            return b"%d 0 R" % numbers[int(found.group(1))]

        for old in kept:
            body = source.body(old)
            stream = _STREAM.search(body)
            head, data = (body[: stream.end()], body[stream.end() :]) if stream else (body, b"")
            write_object(_REFERENCE.sub(renumbered, head) + data)
        pages += [numbers[page] for page in source.pages]
    kids = b" ".join(b"%d 0 R" % page for page in pages)
    offsets[1] = written
    write(b"2 0 obj\n<< /Count %d /Kids [ %s ] /Type /Pages >>\nendobj\n" % (len(pages), kids))
    xref = written
    write(b"xref\n0 %d\n0000000000 65535 f \n" % (len(offsets) + 1))
    write(b"".join(b"%010d 00000 n \n" % offset for offset in offsets))
    trailer = b"/ID %s\n" % identifier.group(1) if identifier else b""
    trailer += b"/Info %d 0 R\n/Root 1 0 R\n/Size %d\n" % (info, len(offsets) + 1)
    write(b"trailer\n<<\n%s>>\nstartxref\n%d\n%%%%EOF\n" % (trailer, xref))
