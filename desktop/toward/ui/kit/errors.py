"""Turning exceptions into words: a known error is a message, anything else is a bug."""

from __future__ import annotations

import logging
from collections.abc import Callable
from types import TracebackType
from typing import TYPE_CHECKING

import toward
from toward import KnownError
from toward.core.i18n import in_words, translate
from toward.ui.kit import dialogs

if TYPE_CHECKING:
    from PySide6.QtWidgets import QWidget

log = logging.getLogger("toward.ui")


def describe(exc: BaseException) -> str:
    """The message to show for `exc`, in the person's language; unexpected errors are
    logged with their traceback."""
    if isinstance(exc, KnownError):
        return in_words(exc)
    known = _known_database_error(exc)
    if known is not None:
        return in_words(known)
    log.error("Unexpected error", exc_info=exc)
    return translate(
        "ui.kit.errors",
        "Something went wrong inside Toward. Nothing you wrote was lost. "
        "Please report this problem ({kind}).",
    ).format(kind=type(exc).__name__)


def _known_database_error(exc: BaseException) -> Exception | None:
    # Asked for only here, on the way to a message: toward.DatabaseError loads SQLCipher,
    # which the lock screen does not wait for.
    if not isinstance(exc, toward.DatabaseError):
        return None
    return toward.known_database_error(exc)


def show_error(parent: QWidget | None, title: str, exc: BaseException) -> None:
    dialogs.tell(parent, title, describe(exc))


ExceptHook = Callable[[type[BaseException], BaseException, TracebackType | None], object]


def known_errors_shown(window: Callable[[], QWidget | None], fallback: ExceptHook) -> ExceptHook:
    """An excepthook for errors no handler caught (a slot changing a setting on a full disk
    or in a read-only household): a known error is told in words; anything else goes on to
    `fallback`.
    """

    def hook(kind: type[BaseException], exc: BaseException, trace: TracebackType | None) -> None:
        if isinstance(exc, KnownError) or _known_database_error(exc) is not None:
            dialogs.tell(window(), "Toward", describe(exc))  # the app's name
            return
        fallback(kind, exc, trace)

    return hook
