"""整改照片: a picked file becomes an upright, scaled-down JPEG, or a clear reason why not."""

from __future__ import annotations

from io import BytesIO
from pathlib import Path

import pytest
from PIL import Image

from nursingqc.domain.errors import ValidationError
from nursingqc.i18n import error_text
from nursingqc.reports import images
from nursingqc.reports.images import (
    MSG_NOT_A_PICTURE,
    MSG_PICTURE_FILE_TOO_BIG,
    MSG_PICTURE_MISSING,
    MSG_TOO_MANY_PIXELS,
    scaled_jpeg,
)
from tests.pictures import photo, png_header


def refused(path: Path) -> ValidationError:
    with pytest.raises(ValidationError) as caught:
        scaled_jpeg(path)
    return caught.value


def rgb(picture: Image.Image, x: int, y: int) -> tuple[int, ...]:
    pixel = picture.getpixel((x, y))
    assert isinstance(pixel, tuple), f"{picture.mode} has no colour channels"
    return pixel


def test_a_big_photo_is_scaled_to_1600_on_its_long_side_as_rgb_jpeg(tmp_path: Path) -> None:
    scaled = scaled_jpeg(photo(tmp_path / "大图.jpg", (4000, 3000)))
    assert (scaled.width, scaled.height) == (1600, 1200)
    stored = Image.open(BytesIO(scaled.jpeg))
    assert (stored.format, stored.mode, stored.size) == ("JPEG", "RGB", (1600, 1200))
    assert len(scaled.jpeg) < 300_000


def test_a_small_picture_keeps_its_size(tmp_path: Path) -> None:
    scaled = scaled_jpeg(photo(tmp_path / "small.jpg", (640, 480)))
    assert (scaled.width, scaled.height) == (640, 480)


def test_the_exif_orientation_is_honoured(tmp_path: Path) -> None:
    # Orientation 6: the camera was held upright; the stored pixels lie on their side.
    scaled = scaled_jpeg(photo(tmp_path / "phone.jpg", (2000, 1000), orientation=6))
    assert (scaled.width, scaled.height) == (800, 1600)
    upright = Image.open(BytesIO(scaled.jpeg)).convert("RGB")
    # Turned clockwise, the left (red) half of the stored pixels becomes the top half.
    red, _, blue = rgb(upright, 400, 200)
    assert red > 200 and blue < 60
    red, _, blue = rgb(upright, 400, 1400)
    assert blue > 200 and red < 60


def test_a_png_with_transparency_is_flattened_onto_white(tmp_path: Path) -> None:
    path = tmp_path / "scan.png"
    Image.new("RGBA", (100, 50), (0, 0, 0, 0)).save(path)
    scaled = scaled_jpeg(path)
    picture = Image.open(BytesIO(scaled.jpeg))
    assert picture.mode == "RGB" and min(rgb(picture, 50, 25)) > 245


def test_a_missing_file_is_named(tmp_path: Path) -> None:
    error = refused(tmp_path / "不见了.jpg")
    assert (error.template, error.params) == (MSG_PICTURE_MISSING, {"file": "不见了.jpg"})


def test_a_text_file_named_jpg_is_not_a_picture(tmp_path: Path, chinese: None) -> None:
    path = tmp_path / "病历.jpg"
    path.write_text("这不是图片", encoding="utf-8")
    error = refused(path)
    assert (error.template, error.params) == (MSG_NOT_A_PICTURE, {"file": "病历.jpg"})
    assert error_text(error).startswith("文件“病历.jpg”不是 JPEG 或 PNG 图片")


def test_a_truncated_jpeg_is_not_a_picture(tmp_path: Path) -> None:
    whole = photo(tmp_path / "whole.jpg", (1200, 900)).read_bytes()
    path = tmp_path / "cut.jpg"
    path.write_bytes(whole[: len(whole) // 2])
    assert refused(path).template == MSG_NOT_A_PICTURE


@pytest.mark.parametrize(
    ("width", "height"),
    [(8000, 8000), (40_000, 40_000)],  # above our limit; far above Pillow's own bomb guard
)
def test_a_picture_with_too_many_pixels_is_refused_before_decoding(
    tmp_path: Path, width: int, height: int
) -> None:
    error = refused(png_header(tmp_path / "bomb.png", width, height))
    assert (error.template, error.params) == (
        MSG_TOO_MANY_PIXELS,
        {"file": "bomb.png", "limit": 60},
    )


def test_a_file_over_the_size_limit_is_refused_unread(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(images, "MAX_FILE_BYTES", 1024 * 1024)
    path = tmp_path / "raw.jpg"
    path.write_bytes(b"\0" * (1024 * 1024 + 200_000))
    error = refused(path)
    assert (error.template, error.params) == (
        MSG_PICTURE_FILE_TOO_BIG,
        {"file": "raw.jpg", "size": "1.2", "limit": 1},
    )
