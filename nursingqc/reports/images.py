"""整改照片: a picture file the user picked, checked and scaled down to a JPEG for the database.

Phones write 10–50 MB photos; the database keeps at most 1600 px on the long side as a JPEG of a
few hundred KB, so that a backup holds the evidence without growing out of hand. A file is refused
before anything is decoded when it is too big, and a picture whose header claims too many pixels
(a decompression bomb: a tiny file that unpacks to gigabytes) is refused before its pixels are read.
"""

from __future__ import annotations

from dataclasses import dataclass
from io import BytesIO
from pathlib import Path

from PIL import Image, ImageOps, UnidentifiedImageError

from nursingqc.domain.errors import QT_TRANSLATE_NOOP, ValidationError

MAX_FILE_BYTES = 30 * 1024 * 1024
#: A 50-megapixel phone camera is the biggest a ward will use; decoding that takes ≈ 150 MB.
MAX_PIXELS = 60_000_000
LONG_SIDE = 1600
JPEG_QUALITY = 85
#: As the file dialog offers them (Pillow's JPEG reader also opens phones' multi-picture .jpg).
FORMATS = ("JPEG", "PNG")

MSG_PICTURE_MISSING = QT_TRANSLATE_NOOP(
    "Errors", "The picture {file} cannot be found. Check the folder and choose it again."
)
MSG_PICTURE_FILE_TOO_BIG = QT_TRANSLATE_NOOP(
    "Errors",
    "The file {file} is {size} MB; a picture may have at most {limit} MB. "
    "Choose a smaller photo, or take it again at a lower resolution.",
)
MSG_NOT_A_PICTURE = QT_TRANSLATE_NOOP(
    "Errors",
    "The file {file} is not a JPEG or PNG picture, or it is damaged. "
    "Open it in a picture viewer to check, or choose another file.",
)
MSG_TOO_MANY_PIXELS = QT_TRANSLATE_NOOP(
    "Errors",
    "The picture {file} has more than {limit} million pixels, too many to open safely. "
    "Take the photo at a lower resolution, or choose another file.",
)


@dataclass(frozen=True)
class ScaledImage:
    jpeg: bytes
    width: int
    height: int


def scaled_jpeg(path: Path) -> ScaledImage:
    """The picture at ``path`` turned upright (EXIF orientation), at most ``LONG_SIDE`` px on its
    long side, as an RGB JPEG; a ``ValidationError`` saying what is wrong with a bad file."""
    name = path.name
    try:
        size = path.stat().st_size
    except FileNotFoundError:
        raise ValidationError(MSG_PICTURE_MISSING, file=name) from None
    except OSError:
        raise ValidationError(MSG_NOT_A_PICTURE, file=name) from None
    if not path.is_file():
        raise ValidationError(MSG_PICTURE_MISSING, file=name)
    if size > MAX_FILE_BYTES:
        raise ValidationError(
            MSG_PICTURE_FILE_TOO_BIG,
            file=name,
            size=f"{size / 1024 / 1024:.1f}",
            limit=MAX_FILE_BYTES // 1024 // 1024,
        )
    try:
        with Image.open(path, formats=FORMATS) as image:
            width, height = image.size
            if width * height > MAX_PIXELS:
                raise ValidationError(MSG_TOO_MANY_PIXELS, file=name, limit=MAX_PIXELS // 1_000_000)
            target = _fitted(width, height)
            # A JPEG decodes at 1/2, 1/4 or 1/8 scale directly: a big photo loads much faster.
            image.draft("RGB", target)
            upright = ImageOps.exif_transpose(image)
            picture = _rgb(upright)
    except Image.DecompressionBombError:
        # Pillow's own guard, for a header far beyond ours that it refuses on opening.
        raise ValidationError(
            MSG_TOO_MANY_PIXELS, file=name, limit=MAX_PIXELS // 1_000_000
        ) from None
    except FileNotFoundError:
        raise ValidationError(MSG_PICTURE_MISSING, file=name) from None
    except (UnidentifiedImageError, OSError, SyntaxError, ValueError, EOFError):
        # A text file named .jpg, a truncated download, a damaged card: all end here.
        raise ValidationError(MSG_NOT_A_PICTURE, file=name) from None
    picture.thumbnail((LONG_SIDE, LONG_SIDE), Image.Resampling.LANCZOS)
    out = BytesIO()
    picture.save(out, "JPEG", quality=JPEG_QUALITY, optimize=True)
    return ScaledImage(out.getvalue(), picture.width, picture.height)


def _fitted(width: int, height: int) -> tuple[int, int]:
    scale = min(1.0, LONG_SIDE / max(width, height, 1))
    return max(1, round(width * scale)), max(1, round(height * scale))


def _rgb(image: Image.Image) -> Image.Image:
    """Decoded fully (a truncated file fails here) and flattened onto white: JPEG has no alpha."""
    image.load()
    if image.mode in ("RGBA", "LA") or (image.mode == "P" and "transparency" in image.info):
        rgba = image.convert("RGBA")
        flat = Image.new("RGB", rgba.size, "white")
        flat.paste(rgba, mask=rgba.getchannel("A"))
        return flat
    return image.convert("RGB")
