"""A Qt signal for each change a session's partner makes, so views refresh themselves."""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal

from toward.session import Session


class Changes(QObject):
    """Relays a session's change notices (the features an action changed) as a Qt signal."""

    changed = Signal(object)  # frozenset[Change], once per action

    def __init__(self, session: Session, parent: QObject | None = None) -> None:
        super().__init__(parent)
        session.spaces.subscribe(self.changed.emit)
