"""The base of every section's page: it refreshes itself when what it shows changes."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from typing import TYPE_CHECKING, ClassVar

from PySide6.QtWidgets import QWidget

from toward.core.changes import Change

if TYPE_CHECKING:
    from toward.session import Session
    from toward.ui.main_view import MainView


class Page(QWidget):
    """A section's page, following the features it shows.

    A page names those features in `shows`, calls `follow` with the partners whose
    changes it shows, and reads its data again in `refresh`. An action is announced
    once, however many writes it took, so it refreshes a page once.
    """

    shows: ClassVar[frozenset[Change]] = frozenset()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("Page")
        self._holding = 0
        self._stale = False

    def follow(self, view: MainView, *sessions: Session) -> None:
        """Hear what these partners change (both, in together mode, for a page showing both)."""
        for session in sessions:
            view.changes_for(session).changed.connect(self._heard)

    def refresh(self) -> None:
        """Read again everything the page shows."""

    def on_change(self, changes: frozenset[Change]) -> None:
        """Some of the features the page shows changed (only those are named)."""
        self.request_refresh()

    def request_refresh(self) -> None:
        """Refresh now, or once at the end of a `one_refresh` block."""
        if self._holding:
            self._stale = True
        else:
            self.refresh()

    @contextmanager
    def one_refresh(self) -> Iterator[None]:
        """Refresh once, at the end, for every change and request made inside."""
        self._holding += 1
        try:
            yield
        finally:
            self._holding -= 1
            if not self._holding and self._stale:
                self._stale = False
                self.refresh()

    def _heard(self, changes: frozenset[Change]) -> None:
        shown = changes & self.shows
        if shown:
            self.on_change(shown)
