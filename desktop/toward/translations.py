"""Qt's catalogs installed behind `core.i18n.translate` (issue 21).

Catalogs are compiled `.qm` files in `toward.resources/translations`. English has one too:
it holds only the singular forms of plural messages, because the source text of a
`%n` message is its English plural.
"""

from __future__ import annotations

from importlib import resources

from PySide6.QtCore import QLocale, QTranslator

from toward.core import formatting, i18n

SOURCE_LANGUAGE = "en"
_installed: list[QTranslator] = []


def catalog_folder() -> str:
    """Where the compiled catalogs are (a real folder in editable and normal installs)."""
    return str(resources.files("toward.resources") / "translations")


def available_languages() -> list[str]:
    """Language codes with a compiled catalog, English first."""
    folder = resources.files("toward.resources") / "translations"
    codes = sorted(
        entry.name.removeprefix("toward_").removesuffix(".qm")
        for entry in folder.iterdir()
        if entry.name.startswith("toward_") and entry.name.endswith(".qm")
    )
    return [SOURCE_LANGUAGE] + [code for code in codes if code != SOURCE_LANGUAGE]


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
    return chosen


def _from_catalogs(context: str, text: str, disambiguation: str | None, n: int) -> str:
    for translator in _installed:
        found = translator.translate(context, text, disambiguation, n)
        if found:
            return found.replace("%n", str(n)) if n >= 0 else found
    return text.replace("%n", str(n)) if n >= 0 else text
