"""A strip of picture thumbnails, and a window to see one at full size."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QSize, Qt, Signal
from PySide6.QtGui import QImage, QPixmap
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QLabel,
    QScrollArea,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from toward.core.i18n import translate
from toward.core.journal import JournalImage
from toward.ui.kit.widgets import clear_layout

THUMB = 96


def pixmap_from(data: bytes) -> QPixmap | None:
    image = QImage()
    if not image.loadFromData(data):
        return None
    return QPixmap.fromImage(image)


class PictureStrip(QWidget):
    """Thumbnails in a row; a click opens the picture, a right-click offers to remove it."""

    opened = Signal(object)
    remove_requested = Signal(object)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._row = QHBoxLayout(self)
        self._row.setContentsMargins(0, 0, 0, 0)
        self._row.setSpacing(8)
        self.thumbnails: list[QToolButton] = []
        self.removable = False

    def show_images(self, images: Sequence[JournalImage], *, removable: bool) -> None:
        clear_layout(self._row)
        self.thumbnails = []
        self.removable = removable
        for image in images:
            pixmap = pixmap_from(image.data)
            thumb = QToolButton()
            thumb.setAutoRaise(True)
            thumb.setIconSize(QSize(THUMB, THUMB))
            thumb.setFixedSize(THUMB + 8, THUMB + 8)
            thumb.setToolTip(image.name or translate("ui.kit.pictures", "Picture"))
            thumb.setAccessibleName(
                translate("ui.kit.pictures", "Picture {name}").format(name=image.name)
                if image.name
                else translate("ui.kit.pictures", "Picture")
            )
            if pixmap is not None:
                thumb.setIcon(
                    pixmap.scaled(
                        THUMB,
                        THUMB,
                        Qt.AspectRatioMode.KeepAspectRatio,
                        Qt.TransformationMode.SmoothTransformation,
                    )
                )
            else:
                thumb.setText("?")
            thumb.clicked.connect(lambda _=False, i=image: self.opened.emit(i))
            if removable:
                thumb.setContextMenuPolicy(Qt.ContextMenuPolicy.ActionsContextMenu)
                from PySide6.QtGui import QAction

                remove = QAction(translate("ui.kit.pictures", "Remove picture"), thumb)
                remove.triggered.connect(lambda _=False, i=image: self.remove_requested.emit(i))
                thumb.addAction(remove)
            self._row.addWidget(thumb)
            self.thumbnails.append(thumb)
        self._row.addStretch(1)
        self.setVisible(bool(images))


class PictureViewer(QDialog):
    """One picture at full size, scrollable when larger than the window."""

    def __init__(self, image: JournalImage, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle("Toward")
        self.resize(900, 700)
        layout = QVBoxLayout(self)
        area = QScrollArea()
        area.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.label = QLabel()
        self.label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        pixmap = pixmap_from(image.data)
        if pixmap is None:
            self.label.setText(translate("ui.kit.pictures", "This picture cannot be shown."))
        else:
            self.label.setPixmap(pixmap)
        self.label.setAccessibleName(image.name or translate("ui.kit.pictures", "Picture"))
        area.setWidget(self.label)
        layout.addWidget(area)
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
