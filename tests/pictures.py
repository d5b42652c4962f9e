"""Picture files as a camera takes them, and as an attacker crafts them."""

from __future__ import annotations

import struct
import zlib
from pathlib import Path

from PIL import Image

ORIENTATION = 0x0112


def photo(path: Path, size: tuple[int, int], orientation: int | None = None) -> Path:
    """A camera-like JPEG: left half red, right half blue, with an EXIF orientation if given."""
    picture = Image.new("RGB", size, "blue")
    picture.paste("red", (0, 0, size[0] // 2, size[1]))
    exif = Image.Exif()
    if orientation is not None:
        exif[ORIENTATION] = orientation
    picture.save(path, "JPEG", quality=95, exif=exif.tobytes())
    return path


def png_header(path: Path, width: int, height: int) -> Path:
    """A PNG that claims ``width`` × ``height`` pixels but holds almost no data, as a bomb does."""

    def chunk(kind: bytes, data: bytes) -> bytes:
        crc = struct.pack(">I", zlib.crc32(kind + data))
        return struct.pack(">I", len(data)) + kind + data + crc

    header = struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0)
    body = chunk(b"IHDR", header) + chunk(b"IDAT", zlib.compress(b"\0" * 64)) + chunk(b"IEND", b"")
    path.write_bytes(b"\x89PNG\r\n\x1a\n" + body)
    return path
