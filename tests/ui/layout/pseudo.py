"""Where a pseudo-locale plugs into the layout test: strings lengthened as a translation
would, before the checks run.

Until the app's strings go through a translation function, `no_change` is what the test
uses, and `lengthen_texts` can stand in for a pseudo-locale by rewriting what each window
shows (`LAYOUT_PSEUDO=1` in the environment turns it on). Once the strings are translated,
a pseudo translation built from `longer` is installed before the view is built instead,
and the same scenes are checked with longer words everywhere.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from PySide6.QtWidgets import QAbstractButton, QLabel, QLineEdit, QWidget

Lengthen = Callable[[QWidget], None]
VOWEL = re.compile(r"([aeiouAEIOU])")
DONE = "pseudoLocale"  # a dynamic property: a widget's text is lengthened once


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
