"""A rectification item's photo evidence as thumbnails; a photo opens large when activated.

The strip reads each photo through the loader it is given, so it needs no service of its own.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6.QtCore import Qt
from PySide6.QtGui import QIcon, QPixmap
from PySide6.QtWidgets import (
    QDialog,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from nursingqc.domain.errors import NursingQCError
from nursingqc.services.rectification import PhotoInfo
from nursingqc.ui.errors import show_error

THUMBNAIL = 120
PHOTO_ID_ROLE = Qt.ItemDataRole.UserRole

#: Reads a stored photo's JPEG bytes by its id.
PhotoLoader = Callable[[int], bytes]


class PhotoStrip(QListWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._load: PhotoLoader | None = None
        self._photos: dict[int, PhotoInfo] = {}
        self.photo_viewer: QDialog | None = None
        self.itemActivated.connect(self._show_photo)

    def set_loader(self, load: PhotoLoader) -> None:
        self._load = load

    def show_photos(self, photos: Sequence[PhotoInfo]) -> bool:
        """The photos' thumbnails (a removed one greyed, marked and with its reason); False (and
        a message) when one could not be read."""
        self.clear()
        self._photos = {info.id: info for info in photos}
        assert self._load is not None
        for info in photos:
            try:
                data = self._load(info.id)
            except NursingQCError as error:
                show_error(self, error)
                return False
            pixmap = QPixmap()
            pixmap.loadFromData(data, "JPEG")
            thumbnail = pixmap.scaled(
                THUMBNAIL,
                THUMBNAIL,
                Qt.AspectRatioMode.KeepAspectRatio,
                Qt.TransformationMode.SmoothTransformation,
            )
            tooltip = self.tr("{file}, added by {name} at {when}").format(
                file=info.file_name,
                name=info.added_by,
                when=f"{info.added_at.astimezone():%Y-%m-%d %H:%M}",
            )
            caption = info.file_name
            icon = QIcon(thumbnail)
            if info.removed_at is not None:
                caption = self.tr("{file} (removed)").format(file=info.file_name)
                tooltip += "\n" + self.tr("Removed by {name} at {when}: {reason}").format(
                    name=info.removed_by,
                    when=f"{info.removed_at.astimezone():%Y-%m-%d %H:%M}",
                    reason=info.removed_reason,
                )
                icon = QIcon(icon.pixmap(THUMBNAIL, QIcon.Mode.Disabled))
            entry = QListWidgetItem(icon, caption)
            entry.setData(PHOTO_ID_ROLE, info.id)
            entry.setToolTip(tooltip)
            self.addItem(entry)
        return True

    def chosen_photo(self) -> PhotoInfo | None:
        entry = self.currentItem()
        return None if entry is None else self._photos.get(entry.data(PHOTO_ID_ROLE))

    def _show_photo(self, entry: QListWidgetItem) -> None:
        """The photo large, as big as the screen allows; Esc closes it."""
        assert self._load is not None
        try:
            data = self._load(entry.data(PHOTO_ID_ROLE))
        except NursingQCError as error:
            show_error(self, error)
            return
        pixmap = QPixmap()
        pixmap.loadFromData(data, "JPEG")
        screen = self.screen().availableGeometry()
        fitted = pixmap.scaled(
            min(pixmap.width(), screen.width() - 80),
            min(pixmap.height(), screen.height() - 120),
            Qt.AspectRatioMode.KeepAspectRatio,
            Qt.TransformationMode.SmoothTransformation,
        )
        dialog = QDialog(self)
        dialog.setWindowTitle(entry.text())
        layout = QVBoxLayout(dialog)
        scroll = QScrollArea(dialog)
        label = QLabel(scroll)
        label.setPixmap(fitted)
        scroll.setWidget(label)
        scroll.setAlignment(Qt.AlignmentFlag.AlignCenter)
        layout.addWidget(scroll)
        dialog.resize(fitted.width() + 40, fitted.height() + 40)
        self.photo_viewer = dialog
        dialog.exec()
