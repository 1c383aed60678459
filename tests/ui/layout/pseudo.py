"""A pseudo-locale for the layout test: every translated string longer, as German or
Finnish often is, with accents (taller glyphs), and `%n`, `{placeholders}` and tags kept.

`pseudo_translate` is installed through `core.i18n.install`, before the view is built, so
the pages are laid out with the longer words from the start (test_layout.py runs it).
`lengthen_texts` rewrites what a window shows after the fact (`LAYOUT_PSEUDO=1`): a preview
for text that does not go through `translate` yet.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from PySide6.QtWidgets import QAbstractButton, QLabel, QLineEdit, QWidget

Lengthen = Callable[[QWidget], None]
VOWEL = re.compile(r"([aeiouAEIOU])")
DONE = "pseudoLocale"  # a dynamic property: a widget's text is lengthened once


ACCENTED = str.maketrans("aeiouyAEIOUYcnsz", "áéîöüýÅÉÎÖÜÝçñšž")
# What a translation keeps as it is: placeholders, plural counts, tags and entities.
KEPT = re.compile(r"(\{[^{}]*\}|%n|<[^>]+>|&\w+;)")


def pseudo(text: str) -> str:
    """'Save {name}' → '[Šáávéé {name}]': about 40% longer, accented, placeholders kept."""
    if not text.strip():
        return text
    parts = KEPT.split(text)
    for index in range(0, len(parts), 2):  # the even parts are words, the odd ones kept
        parts[index] = VOWEL.sub(r"\1\1", parts[index]).translate(ACCENTED)
    return "[" + "".join(parts) + "]"


def pseudo_translate(context: str, text: str, disambiguation: str | None, n: int) -> str:
    """A `core.i18n` translator that answers every string in the pseudo-locale."""
    longer_text = pseudo(text)
    return longer_text.replace("%n", str(n)) if n >= 0 else longer_text


def no_change(_window: QWidget) -> None:
    """The app's own words, as they are."""


def longer(text: str) -> str:
    """`text` about half as long again, as German or Finnish often is: 'Save' → '[Saavee]'."""
    return "[" + VOWEL.sub(r"\1\1", text) + "]" if text.strip() else text


def lengthen_texts(window: QWidget) -> None:
    """Rewrite every plain label, button and placeholder in `window` with `longer`."""
    for widget in window.findChildren(QWidget):
        if widget.property(DONE):
            continue
        widget.setProperty(DONE, True)
        plain_label = isinstance(widget, QLabel) and "<" not in widget.text()
        if plain_label or isinstance(widget, QAbstractButton):
            widget.setText(longer(widget.text()))
        elif isinstance(widget, QLineEdit):
            widget.setPlaceholderText(longer(widget.placeholderText()))
