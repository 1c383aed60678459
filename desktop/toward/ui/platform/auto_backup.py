"""Daily backups while the app is open: each unlocked partner's plan, checked hourly.

Its own module, kept light: the controller makes one before the lock screen shows, and the
backup machinery (SQLCipher with it) loads only when a backup is due.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QTimer, Signal

from toward.core import clock
from toward.ui.kit.errors import describe
from toward.ui.platform.background import run_in_background

if TYPE_CHECKING:
    from toward.backup import BackupPlan, BackupReport
    from toward.session import Session

log = logging.getLogger("toward.ui")

CHECK_EVERY_MS = 60 * 60 * 1000  # an app left open for days still backs up each day


class AutoBackup(QObject):
    """Runs each open partner's daily backup off the UI thread, at unlock and every hour."""

    finished = Signal(str)  # a short line for the log and tests: what happened

    def __init__(
        self, sessions: Callable[[], list[Session]], parent: QObject | None = None
    ) -> None:
        super().__init__(parent)
        self._sessions = sessions
        self._running: set[Path] = set()
        self._timer = QTimer(self)
        self._timer.setInterval(CHECK_EVERY_MS)
        self._timer.timeout.connect(self.check)
        self._timer.start()

    def check(self, today: date | None = None) -> None:
        """Start every due daily backup of the open sessions (never two into one folder)."""
        from toward.backup import backup_due, load_backup_plan

        day = today or clock.today()
        for session in self._sessions():
            if session.locked:
                continue
            plan = load_backup_plan(session.settings)
            if plan.folder is None or plan.folder in self._running:
                continue
            if not backup_due(plan, session.household.id, day):
                continue
            self._start(session, plan, day)

    def _start(self, session: Session, plan: BackupPlan, day: date) -> None:
        from toward.backup import run_rolling_backup, session_keys

        assert plan.folder is not None
        folder, keys = session.household.folder, session_keys(self._sessions())
        self._running.add(plan.folder)

        def done(report: BackupReport | None) -> None:
            self._running.discard(plan.folder)
            line = f"daily backup made: {report.path.name}" if report else "daily backup not due"
            log.info(line)
            self.finished.emit(line)

        def failed(exc: Exception) -> None:
            self._running.discard(plan.folder)
            line = f"daily backup failed: {describe(exc)}"
            log.warning(line)
            self.finished.emit(line)

        run_in_background(
            lambda: run_rolling_backup(folder, plan, today=day, keys=keys),
            done,
            failed,
            owner=self,
        )
