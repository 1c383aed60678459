"""Render the application icon (resources/toward.svg) to the files each platform wants.

    python packaging/make_icons.py

Writes packaging/icons/hicolor/<N>x<N>/apps/org.toward.Toward.png for N in SIZES (the freedesktop
icon theme layout, also what the AppStream metainfo points to), packaging/icons/toward.ico
(Windows) and packaging/icons/toward.icns (macOS). Drawn by Qt's own SVG renderer, so the
pictures match the icon the running app draws; the .ico and .icns are put together by
Pillow (installed with reportlab) from those renderings.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

from PIL import Image
from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QGuiApplication, QImage, QPainter
from PySide6.QtSvg import QSvgRenderer

ROOT = Path(__file__).resolve().parent.parent
SOURCE = ROOT / "resources" / "toward.svg"
OUT = ROOT / "packaging" / "icons"
SIZES = (16, 24, 32, 48, 64, 128, 256, 512)
ICO_SIZES = (16, 24, 32, 48, 64, 128, 256)


def render(renderer: QSvgRenderer, size: int) -> QImage:
    image = QImage(size, size, QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    renderer.render(painter, QRectF(0, 0, size, size))
    painter.end()
    return image


def main() -> int:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    app = QGuiApplication(sys.argv[:1])  # noqa: F841 - QPainter on images needs one
    renderer = QSvgRenderer(str(SOURCE))
    if not renderer.isValid():
        print(f"cannot read {SOURCE}", file=sys.stderr)
        return 1
    pngs = {}
    for size in SIZES:
        path = OUT / "hicolor" / f"{size}x{size}" / "apps" / "org.toward.Toward.png"
        path.parent.mkdir(parents=True, exist_ok=True)
        if not render(renderer, size).save(str(path), "PNG"):
            print(f"cannot write {path}", file=sys.stderr)
            return 1
        pngs[size] = path
    # Each size rendered from the SVG, not scaled down from the largest.
    largest = Image.open(pngs[max(ICO_SIZES)])
    largest.save(
        OUT / "toward.ico",
        sizes=[(s, s) for s in ICO_SIZES],
        append_images=[Image.open(pngs[s]) for s in ICO_SIZES],
    )
    Image.open(pngs[512]).save(
        OUT / "toward.icns", append_images=[Image.open(pngs[s]) for s in (16, 32, 64, 128, 256)]
    )
    print(f"wrote {len(pngs)} PNGs, toward.ico and toward.icns under {OUT}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
