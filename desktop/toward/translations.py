"""Qt's catalogs installed behind `core.i18n.translate` (issue 21).

Catalogs are compiled `.qm` files in `toward.resources/translations`. English has one too:
it holds only the singular forms of plural messages, because the source text of a
`%n` message is its English plural.
"""

from __future__ import annotations

from importlib import resources
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator
from PySide6.QtGui import QGuiApplication

from toward.core import formatting, i18n

SOURCE_LANGUAGE = "en"
_installed: list[QTranslator] = []
# Qt's own words (a file dialog's buttons, a context menu's "Copy"), from the catalogs
# PySide6 ships; installed on the application while one runs.
_qt_own: list[QTranslator] = []


def catalog_folder() -> str:
    """Where the compiled catalogs are (a real folder in editable and normal installs)."""
    return str(resources.files("toward.resources") / "translations")


def available_languages() -> list[str]:
    """Language codes with a compiled catalog, English first."""
    codes = sorted(
        entry.name.removeprefix("toward_").removesuffix(".qm")
        for entry in Path(catalog_folder()).iterdir()
        if entry.name.startswith("toward_") and entry.name.endswith(".qm")
    )
    return [SOURCE_LANGUAGE] + [code for code in codes if code != SOURCE_LANGUAGE]


def language_name(code: str) -> str:
    """A language named in itself, as a person looks for it in a list: "Español", "Deutsch"."""
    from babel import Locale  # only Settings asks

    name = Locale.parse(code).get_language_name(code) or code
    return name[:1].upper() + name[1:]


def system_language() -> str:
    """The system's language if Toward speaks it, else English."""
    for name in QLocale.system().uiLanguages():
        code = name.replace("-", "_").split("_")[0].lower()
        if code in available_languages():
            return code
    return SOURCE_LANGUAGE


def use_language(code: str | None = None) -> str:
    """Translate every later `translate` call into `code` (None: the system's language).

    The catalogs are asked directly, so this works before any QApplication exists (the
    command line, the tests). Dates and money follow (`core.formatting`): the system's own
    locale when following the system ("en_US", "de_AT"), else the language's usual one.
    Returns the code in use.
    """
    chosen = code or system_language()
    if chosen not in available_languages():
        chosen = SOURCE_LANGUAGE
    system = QLocale.system().name()
    following_system = code is None and system.split("_")[0] == chosen
    formatting.use_locale(system if following_system else chosen)
    _installed.clear()
    for name in dict.fromkeys((chosen, SOURCE_LANGUAGE)):
        translator = QTranslator()
        if translator.load(f"toward_{name}", catalog_folder()):
            _installed.append(translator)
    i18n.install(_from_catalogs)
    _install_qt_own(chosen)
    return chosen


def _install_qt_own(code: str) -> None:
    """Qt's own words and the layout direction follow, once an application runs."""
    app = QCoreApplication.instance()
    if app is None:
        return
    for translator in _qt_own:
        app.removeTranslator(translator)
    _qt_own.clear()
    if code != SOURCE_LANGUAGE:
        folder = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
        translator = QTranslator(app)
        if translator.load(f"qtbase_{code}", folder):
            app.installTranslator(translator)
            _qt_own.append(translator)
    # Only when it changes: Qt's enums are set up on first use, which the lock screen's
    # first paint does not wait for (tests/e2e/test_quick_start.py).
    if isinstance(app, QGuiApplication) and app.isRightToLeft() != formatting.is_right_to_left():
        from PySide6.QtCore import Qt

        right_to_left = formatting.is_right_to_left()
        app.setLayoutDirection(
            Qt.LayoutDirection.RightToLeft if right_to_left else Qt.LayoutDirection.LeftToRight
        )


def _from_catalogs(context: str, text: str, disambiguation: str | None, n: int) -> str:
    for translator in _installed:
        found = translator.translate(context, text, disambiguation, n)
        if found:
            return i18n.with_count(found, n)
    return i18n.with_count(text, n)
