"""Where a pseudo-locale plugs into the layout test: strings lengthened as a translation
would, before the checks run.

Until the app's strings go through a translation function, `no_change` is used; then a
pseudo-locale that lengthens each string by about half (see `longer`) replaces it, and
the same scenes are checked with longer words everywhere.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import QWidget

Lengthen = Callable[[QWidget], None]


def no_change(_window: QWidget) -> None:
    """The app's own words, as they are."""


def longer(text: str) -> str:
    """`text` about half as long again, as German or Finnish often is: 'Save' → '[Saaveě]'."""
    if not text:
        return text
    grown = "".join(ch + ch if ch.lower() in "aeiou" else ch for ch in text)
    return f"[{grown}]"
