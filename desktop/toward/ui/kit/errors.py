"""Turning exceptions into words: a known error is a message, anything else is a bug."""

from __future__ import annotations

import logging
from collections.abc import Callable
from types import TracebackType
from typing import TYPE_CHECKING

import toward
from toward import KnownError
from toward.core.formatting import upper_first
from toward.core.i18n import translate
from toward.ui.kit import dialogs
from toward.vault.errors import ERRORS_CONTEXT

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


def in_words(exc: Exception) -> str:
    """A known error's message translated (vault/errors.py): its English if not marked."""
    if not isinstance(exc, KnownError) or not exc.template:
        return str(exc)
    fields = exc.fields
    count = fields.get("n")
    words = translate(ERRORS_CONTEXT, exc.template, None, count if isinstance(count, int) else -1)
    if not fields:
        return words
    # A translation may start with a field's name ("{what}: …"); a sentence starts with a
    # capital. Names of people, files and folders ({name}, {value}) stay as they are.
    said = words.format(**fields)
    return upper_first(said) if words.startswith("{what}") else said


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
