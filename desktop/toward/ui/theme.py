"""Colours, type sizes and icons: one style sheet filled from a light or a dark palette."""

from __future__ import annotations

from importlib import resources

from PySide6.QtCore import QByteArray, QSize, Qt
from PySide6.QtGui import QColor, QIcon, QPainter, QPalette, QPixmap
from PySide6.QtSvg import QSvgRenderer
from PySide6.QtWidgets import QApplication

LIGHT = {
    "bg": "#faf7f2",
    "sidebar": "#f2ece4",
    "surface": "#ffffff",
    "input_bg": "#ffffff",
    "text": "#2b2622",
    "muted": "#6f665e",
    "border": "#e6ddd2",
    "border_strong": "#cfc3b5",
    "hover": "#efe7dc",
    "pressed": "#e5dace",
    "accent": "#2f6f68",
    "accent_hover": "#275f59",
    "accent_soft": "#dcebe8",
    "accent_disabled": "#9dbcb8",
    "on_accent": "#ffffff",
    "focus": "#2f6f68",
    "focus_on_accent": "#16302d",
    "danger": "#a5362a",
    "notice_bg": "#fbf1dc",
    "notice_border": "#ecd3a1",
}

DARK = {
    "bg": "#1e1b19",
    "sidebar": "#262220",
    "surface": "#2b2725",
    "input_bg": "#24201e",
    "text": "#eee7df",
    "muted": "#b0a59a",
    "border": "#3a3431",
    "border_strong": "#514944",
    "hover": "#342e2b",
    "pressed": "#3d3632",
    "accent": "#6fb8ae",
    "accent_hover": "#84c6bd",
    "accent_soft": "#2c4542",
    "accent_disabled": "#3f5e5a",
    "on_accent": "#10201e",
    "focus": "#8fd0c6",
    "focus_on_accent": "#eee7df",
    "danger": "#f08a7c",
    "notice_bg": "#3a3122",
    "notice_border": "#5c4c2e",
}

SIZES = {"font_size": 11, "font_heading": 13, "font_title": 16, "font_display": 24}


def is_dark(app: QApplication) -> bool:
    scheme = app.styleHints().colorScheme()
    if scheme == Qt.ColorScheme.Dark:
        return True
    if scheme == Qt.ColorScheme.Light:
        return False
    return app.palette().color(QPalette.ColorRole.Window).lightness() < 128


def palette_values(dark: bool) -> dict[str, str]:
    return DARK if dark else LIGHT


def style_sheet(dark: bool) -> str:
    """The style sheet with this scheme's colours and the type sizes filled in."""
    text = resources.files("toward.resources").joinpath("style.qss").read_text("utf-8")
    values = {**palette_values(dark), **{k: str(v) for k, v in SIZES.items()}}
    for name, value in values.items():
        text = text.replace("{{" + name + "}}", value)
    return text


def apply_theme(app: QApplication) -> None:
    """Style the whole app, and follow the OS when it switches between light and dark."""
    app.setStyle("Fusion")
    _apply(app)
    app.styleHints().colorSchemeChanged.connect(lambda _scheme: _apply(app))


def _apply(app: QApplication) -> None:
    dark = is_dark(app)
    values = palette_values(dark)
    palette = app.palette()
    for role, key in (
        (QPalette.ColorRole.Window, "bg"),
        (QPalette.ColorRole.Base, "input_bg"),
        (QPalette.ColorRole.Text, "text"),
        (QPalette.ColorRole.WindowText, "text"),
        (QPalette.ColorRole.ButtonText, "text"),
        (QPalette.ColorRole.Button, "surface"),
        (QPalette.ColorRole.Highlight, "accent"),
        (QPalette.ColorRole.HighlightedText, "on_accent"),
        (QPalette.ColorRole.PlaceholderText, "muted"),
    ):
        palette.setColor(role, QColor(values[key]))
    app.setPalette(palette)
    app.setStyleSheet(style_sheet(dark))
    _icon_cache.clear()


def colour(name: str) -> QColor:
    """A named colour of the current scheme."""
    app = QApplication.instance()
    dark = isinstance(app, QApplication) and is_dark(app)
    return QColor(palette_values(dark)[name])


_icon_cache: dict[tuple[str, str, int], QIcon] = {}


def icon(name: str, tint: str | QColor | None = None, size: int = 24) -> QIcon:
    """An icon from resources/icons, drawn in `tint` (the text colour by default)."""
    colour_text = QColor(tint).name() if tint is not None else colour("text").name()
    key = (name, colour_text, size)
    if key not in _icon_cache:
        svg = resources.files("toward.resources").joinpath(f"icons/{name}.svg").read_text("utf-8")
        renderer = QSvgRenderer(QByteArray(svg.replace("currentColor", colour_text).encode()))
        result = QIcon()
        for scale in (1, 2):
            pixmap = QPixmap(QSize(size * scale, size * scale))
            pixmap.fill(Qt.GlobalColor.transparent)
            painter = QPainter(pixmap)
            renderer.render(painter)
            painter.end()
            pixmap.setDevicePixelRatio(scale)
            result.addPixmap(pixmap)
        _icon_cache[key] = result
    return _icon_cache[key]


def app_icon() -> QIcon:
    """Toward's application icon (resources/toward.svg), for the window and the task bar."""
    svg = resources.files("toward.resources").joinpath("toward.svg").read_bytes()
    renderer = QSvgRenderer(QByteArray(svg))
    result = QIcon()
    for size in (16, 32, 64, 128, 256):
        pixmap = QPixmap(size, size)
        pixmap.fill(Qt.GlobalColor.transparent)
        painter = QPainter(pixmap)
        renderer.render(painter)
        painter.end()
        result.addPixmap(pixmap)
    return result


def tint(partner_colour: str, alpha: float = 0.10) -> QColor:
    """A faint wash of a partner's colour over the surface, for their private items."""
    base, over = colour("surface"), QColor(partner_colour)
    mix = [
        round(b * (1 - alpha) + o * alpha)
        for b, o in zip(base.getRgb()[:3], over.getRgb()[:3], strict=True)
    ]
    return QColor(*mix)


def dot_icon(partner_colour: str, size: int = 14) -> QIcon:
    """A filled circle in a partner's colour, to stand beside their name."""
    result = QIcon()
    for scale in (1, 2):
        pixmap = QPixmap(size * scale, size * scale)
        pixmap.fill(Qt.GlobalColor.transparent)
        painter = QPainter(pixmap)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setBrush(QColor(partner_colour))
        painter.setPen(Qt.PenStyle.NoPen)
        painter.drawEllipse(0, 0, size * scale, size * scale)
        painter.end()
        pixmap.setDevicePixelRatio(scale)
        result.addPixmap(pixmap)
    return result
