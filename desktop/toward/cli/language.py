"""The command line's language: the system's, then the partner's once they are unlocked.

toward.translations needs Qt's libraries; where one is missing, the command line still
works, in English, rather than failing before it could say anything.
"""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING

if TYPE_CHECKING:  # the session (and all of core) loads only with a command that opens one
    from toward.session import Session

log = logging.getLogger("toward.cli.language")


def use_language_of(session: Session | None = None) -> None:
    """Speak `session`'s partner's chosen language, or the system's (no session, no choice)."""
    try:
        from toward.translations import use_language
    except ImportError:  # a Qt library missing on this system: the words stay English
        log.info("No catalogs: a Qt library could not be loaded", exc_info=True)
        return
    use_language(session.settings.language if session is not None else None)
