"""When the computers exchange: at unlock, every minute, when the folder changes, at lock.

Never while locked: the timer and the folder watcher stop before the sessions lock. An
exchange runs on the UI thread, the thread every save runs on: the session's connections
are shared, and an exchange on another thread could interleave with a save inside one
SQLite transaction (a half-applied exchange committed by the save, or the save rolled back
by the exchange). One thread makes that impossible without a lock; an exchange of a week's
changes takes a fraction of a second. The long first snapshot stays in the background: at join
no session is open yet; at link a modal progress dialog stops saves and no exchange starts.
Pages hear of applied changes through the sessions' change notices (core/changes.py).
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from pathlib import Path

import shiboken6
from PySide6.QtCore import QFileSystemWatcher, QObject, QTimer, Signal

from toward import sync
from toward.core.changes import Change
from toward.session import Session
from toward.sync import ExchangeReport, NotLinked, SyncStatus
from toward.ui.platform.background import wait_for_background
from toward.vault.errors import KnownError

log = logging.getLogger("toward.ui.sync")

EVERY_MS = 60_000
# A sync service writes a batch of files one by one: one exchange after it settles.
SETTLE_MS = 2_000


_links_running = 0  # links in the background, writing through the session's connections


def hold_while_linking(linking: bool) -> None:
    """No exchange starts while a link runs (it exchanges itself when done)."""
    global _links_running
    _links_running = max(0, _links_running + (1 if linking else -1))


class Exchanges(QObject):
    """Runs exchanges for the unlocked sessions and says where things stand after each."""

    status_changed = Signal(object)  # SyncStatus of the first session, or None
    exchanged = Signal(object)  # the ExchangeReports of the last exchange

    def __init__(self, sessions: Callable[[], list[Session]], parent: QObject | None = None):
        super().__init__(parent)
        self._sessions = sessions
        self.status: SyncStatus | None = None
        self.running = False
        self._again = False
        self._unlocked = False
        self.timer = QTimer(self)
        self.timer.setInterval(EVERY_MS)
        self.timer.timeout.connect(self.exchange_now)
        self.settle = QTimer(self)
        self.settle.setSingleShot(True)
        self.settle.setInterval(SETTLE_MS)
        self.settle.timeout.connect(self.exchange_now)
        self.watcher: QFileSystemWatcher | None = None

    def start(self) -> None:
        """At unlock: exchange now, then every minute and when the folder changes."""
        self._unlocked = True
        self.running = False
        self.timer.start()
        self.exchange_now()

    def exchange_now(self) -> None:
        if not self._unlocked or _links_running:
            return  # a link's first snapshot is writing: the next minute's exchange follows it
        if self.running:
            self._again = True
            return
        sessions = list(self._sessions())
        if not sessions:
            return
        self.running = True  # an announcement below may ask for another: it runs after
        try:
            reports = _exchange_all(sessions)
        except Exception as exc:  # a missing folder or a damaged file: said, tried again later
            self._failed(exc)
            return
        self._done(reports)

    def at_lock(self) -> None:
        """A last exchange before the sessions lock, on this thread: nothing after it."""
        self._unlocked = False
        self.timer.stop()
        self.settle.stop()
        self._unwatch()
        global _links_running
        wait_for_background()  # a link's first snapshot writes through the same connections
        _links_running = 0  # done now, even one whose page is gone and cannot say so
        for session in self._sessions():
            try:
                sync.exchange(session)
            except NotLinked:
                pass
            except Exception as exc:  # locking must never fail for the sake of an exchange
                log.info("exchange at lock not done: %s", exc)
        self.status = None
        self.status_changed.emit(None)

    # -- results -------------------------------------------------------------------------

    def _done(self, reports: list[tuple[Session, ExchangeReport | None]]) -> None:
        self.running = False
        if not self._unlocked:
            return
        for session, report in reports:
            if report is not None and (report.applied or report.published):
                _announce_all(session)
        self.exchanged.emit([report for _, report in reports])
        self._say_status()
        if self._again:
            self._again = False
            self.exchange_now()

    def _failed(self, exc: Exception) -> None:
        self.running = False
        log.info("exchange not done: %s", exc)
        if self._unlocked:
            self._say_status()

    def _say_status(self) -> None:
        sessions = self._sessions()
        if not sessions or sessions[0].locked:
            return
        try:
            self.status = sync.status(sessions[0])
        except KnownError as exc:
            log.info("sync status not read: %s", exc)
            return
        self._watch(self.status.folder, self.status.private_folder)
        self.status_changed.emit(self.status)

    def _watch(self, folder: Path | None, private: Path | None = None) -> None:
        if folder is None or not folder.is_dir():
            self._unwatch()
            return
        if self.watcher is None or not shiboken6.isValid(self.watcher):
            self.watcher = QFileSystemWatcher(self)
            self.watcher.directoryChanged.connect(lambda _path: self.settle.start())
        # The folders and theirs (one per space and computer): new files land there. A
        # private folder of one's own carries one's other computers' private changes.
        wanted: set[str] = set()
        for root in (folder, private):
            if root is not None and root.is_dir():
                wanted |= {str(root)} | {str(p) for p in root.rglob("*") if p.is_dir()}
        missing = sorted(wanted - set(self.watcher.directories()))
        if missing:
            self.watcher.addPaths(missing)

    def _unwatch(self) -> None:
        if self.watcher is not None and shiboken6.isValid(self.watcher):
            self.watcher.deleteLater()
        self.watcher = None


def _exchange_all(sessions: list[Session]) -> list[tuple[Session, ExchangeReport | None]]:
    """One exchange per unlocked partner (together mode: each one's private space too)."""
    reports: list[tuple[Session, ExchangeReport | None]] = []
    for session in sessions:
        try:
            reports.append((session, sync.exchange(session)))
        except NotLinked:
            reports.append((session, None))
    return reports


def _announce_all(session: Session) -> None:
    """Changes from another computer may touch any feature: every page hears of them once."""
    with session.spaces.one_notice():
        for change in Change:
            session.spaces.announce(change)
