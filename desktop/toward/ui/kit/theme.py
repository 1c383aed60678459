"""Colours, type sizes and icons: one style sheet filled from a light or a dark palette."""

from __future__ import annotations

from PySide6.QtCore import QByteArray, QEvent, QObject, QSize
from PySide6.QtGui import QColor, QIcon, QPainter, QPalette, QPixmap
from PySide6.QtSvg import QSvgRenderer
from PySide6.QtWidgets import QApplication

from toward.resources import resource_path

# Given on QApplication's command line by run_app: cheaper than setStyle(), whose returned
# QStyle makes PySide6 set up that class's dozen enums before the first window can show.
STYLE_ARGUMENTS = ["-style", "Fusion"]
TRANSPARENT = QColor(0, 0, 0, 0)

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
    "indicator_border": "#a89a8a",
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
    "accent_soft": "#273f3b",
    "accent_disabled": "#3f5e5a",
    "on_accent": "#10201e",
    "focus": "#8fd0c6",
    "focus_on_accent": "#eee7df",
    "danger": "#f08a7c",
    "notice_bg": "#3a3122",
    "notice_border": "#5c4c2e",
    "indicator_border": "#8a7f76",
}

# Type sizes in points for a desktop whose text is REFERENCE_POINTS; a larger system text
# size scales them all (type_sizes), so Toward follows the person's setting.
SIZES = {"font_size": 11, "font_heading": 13, "font_title": 16, "font_display": 24}
REFERENCE_POINTS = 10.0


def is_dark(app: QApplication) -> bool:
    """Whether the OS asks for dark colours: its colour scheme, else its palette's lightness."""
    from PySide6.QtCore import Qt  # not at import: see apply_theme

    scheme = app.styleHints().colorScheme()
    if scheme == Qt.ColorScheme.Dark:
        return True
    if scheme == Qt.ColorScheme.Light:
        return False
    return _palette_is_dark(app)


def _palette_is_dark(app: QApplication) -> bool:
    return app.palette().color(QPalette.ColorRole.Window).lightness() < 128


def palette_values(dark: bool) -> dict[str, str]:
    return DARK if dark else LIGHT


def type_sizes(system_points: float) -> dict[str, float]:
    """SIZES for a system whose text is `system_points` large: scaled up with it (200% text
    doubles them), never below them (the app reads comfortably on a small default)."""
    scale = max(system_points / REFERENCE_POINTS, 1.0) if system_points > 0 else 1.0
    return {name: round(points * scale, 1) for name, points in SIZES.items()}


def text_scale() -> float:
    """How much larger than usual the system's text is (1.0 at REFERENCE_POINTS or less)."""
    app = QApplication.instance()
    points = app.font().pointSizeF() if isinstance(app, QApplication) else REFERENCE_POINTS
    return max(points / REFERENCE_POINTS, 1.0) if points > 0 else 1.0


def scaled(pixels: int) -> int:
    """A width made for the usual text size, grown with the system's text (200%: doubled)."""
    return round(pixels * text_scale())


def style_sheet(dark: bool, system_points: float = REFERENCE_POINTS) -> str:
    """The style sheet with this scheme's colours and the system's type sizes filled in."""
    text = resource_path("style.qss").read_text("utf-8")
    values = {
        **palette_values(dark),
        **{k: f"{v:g}" for k, v in type_sizes(system_points).items()},
        **_qss_images(dark),
    }
    for name, value in values.items():
        text = text.replace("{{" + name + "}}", value)
    return text


def _qss_images(dark: bool) -> dict[str, str]:
    """Arrows and the check mark, drawn in this scheme's colours (a style sheet that styles
    an input must also give its arrows, or none are drawn)."""
    scheme = "dark" if dark else "light"
    return {
        f"image_{name.replace('-', '_')}": resource_path(
            "icons", f"qss-{name}-{scheme}.svg"
        ).as_posix()
        for name in ("arrow-down", "arrow-up", "check")
    }


def apply_theme(app: QApplication, *, start_up: bool = False) -> None:
    """Style the whole app, and follow the OS when it switches between light and dark.

    `start_up`: the first window is waiting (run_app). Fusion was then chosen on the command
    line (STYLE_ARGUMENTS), and the caller calls `follow_system_look` once that window is
    drawn: reading the OS's scheme makes PySide6 build every enum of its Qt namespace,
    about 20 ms on Python 3.11. Until then the palette's lightness stands in; the two agree
    on most desktops, and where they don't the colours switch as the window appears.
    """
    if start_up:
        _apply(app, _palette_is_dark(app))
        return
    app.setStyle("Fusion")
    _apply(app, is_dark(app))
    follow_system_look(app)


def follow_system_look(app: QApplication) -> None:
    """Use the OS's light or dark scheme now and whenever it changes, and its text size
    whenever that changes (the system's font, or the application's, set while running)."""
    _follow_scheme(app)
    app.styleHints().colorSchemeChanged.connect(lambda _scheme: _follow_scheme(app))
    if app.findChild(_FontWatcher) is None:  # once per application, however often applied
        app.installEventFilter(_FontWatcher(app))


class _FontWatcher(QObject):
    """Fills the style sheet's type sizes again when the application's font changes, so
    every page grows (or shrinks) its text and lays itself out again without a restart."""

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (
            event.type() == QEvent.Type.ApplicationFontChange
            and isinstance(watched, QApplication)
            and watched.styleSheet() == _current_sheet["text"]  # still Toward's own look
        ):
            _apply(watched, _current["dark"])
        return False


def _follow_scheme(app: QApplication) -> None:
    dark = is_dark(app)
    if dark != _current["dark"]:
        _apply(app, dark)


_current = {"dark": False}
_current_sheet = {"text": ""}  # the style sheet Toward set last, with its type sizes


def _apply(app: QApplication, dark: bool) -> None:
    _current["dark"] = dark
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
    _current_sheet["text"] = style_sheet(dark, app.font().pointSizeF())
    app.setStyleSheet(_current_sheet["text"])
    _icon_cache.clear()


def colour(name: str) -> QColor:
    """A named colour of the current scheme."""
    return QColor(palette_values(_current["dark"])[name])


_icon_cache: dict[tuple[str, str, int], QIcon] = {}


def icon(name: str, tint: str | QColor | None = None, size: int = 24) -> QIcon:
    """An icon from resources/icons, drawn in `tint` (the text colour by default)."""
    colour_text = _colour_name(tint if tint is not None else colour("text"))
    key = (name, colour_text, size)
    if key not in _icon_cache:
        svg = resource_path("icons", f"{name}.svg").read_text("utf-8")
        _icon_cache[key] = _sharp_icon(svg.replace("currentColor", colour_text), size)
    return _icon_cache[key]


def app_icon() -> QIcon:
    """Toward's application icon (resources/toward.svg), for the window and the task bar."""
    renderer = QSvgRenderer(QByteArray(resource_path("toward.svg").read_bytes()))
    result = QIcon()
    for size in (16, 32, 64, 128, 256):
        result.addPixmap(_render(renderer, size))
    return result


def tint(partner_colour: str, alpha: float = 0.10) -> QColor:
    """A faint wash of a partner's colour over the surface, for their private items."""
    base, over = colour("surface"), QColor(partner_colour)
    mix = [
        round(b * (1 - alpha) + o * alpha)
        for b, o in zip(
            (base.red(), base.green(), base.blue()),
            (over.red(), over.green(), over.blue()),
            strict=True,
        )
    ]
    return QColor(*mix)


def dot_icon(partner_colour: str, size: int = 14) -> QIcon:
    """A filled circle in a partner's colour, to stand beside their name."""
    # Drawn from SVG like the other icons: QPainter's brush overloads would make PySide6 set
    # up its Qt namespace while the lock screen is built (see apply_theme).
    circle = f'<circle cx="1" cy="1" r="1" fill="{_colour_name(partner_colour)}"/>'
    return _sharp_icon(f'<svg xmlns="{SVG_NAMESPACE}" viewBox="0 0 2 2">{circle}</svg>', size)


SVG_NAMESPACE = "http://www.w3.org/2000/svg"


def _colour_name(value: str | QColor) -> str:
    # QColor(QColor) would look at the Qt.GlobalColor overload, setting up the Qt namespace.
    return value.name() if isinstance(value, QColor) else QColor(value).name()


def _sharp_icon(svg: str, size: int) -> QIcon:
    """`svg` at `size` pixels, and at twice that for high-density screens."""
    renderer = QSvgRenderer(QByteArray(svg.encode()))
    result = QIcon()
    for scale in (1, 2):
        pixmap = _render(renderer, size * scale)
        pixmap.setDevicePixelRatio(scale)
        result.addPixmap(pixmap)
    return result


def _render(renderer: QSvgRenderer, pixels: int) -> QPixmap:
    pixmap = QPixmap(QSize(pixels, pixels))
    pixmap.fill(TRANSPARENT)
    painter = QPainter(pixmap)
    renderer.render(painter)
    painter.end()
    return pixmap
