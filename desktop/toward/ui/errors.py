"""Turning exceptions into words: a known error is a message, anything else is a bug."""

from __future__ import annotations

import logging

from PySide6.QtWidgets import QMessageBox, QWidget

from toward.vault.database import DatabaseError, known_database_error
from toward.vault.errors import KnownError

log = logging.getLogger("toward.ui")


def describe(exc: BaseException) -> str:
    """The message to show for `exc`; unexpected errors are logged with their traceback."""
    if isinstance(exc, KnownError):
        return str(exc)
    if isinstance(exc, DatabaseError):
        known = known_database_error(exc)
        if known is not None:
            return str(known)
    log.error("Unexpected error", exc_info=exc)
    return (
        "Something went wrong inside Toward. Nothing you wrote was lost. "
        f"Please report this problem ({type(exc).__name__})."
    )


def show_error(parent: QWidget | None, title: str, exc: BaseException) -> None:
    QMessageBox.warning(parent, title, describe(exc))
