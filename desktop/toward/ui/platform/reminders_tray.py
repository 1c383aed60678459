"""A tray icon that shows the reminders a partner switched on, while the app runs."""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import QObject, QTimer, Signal
from PySide6.QtWidgets import QSystemTrayIcon

from toward.core.i18n import translate
from toward.core.reminders import REMINDER_TEXT, ReminderKind, ReminderPlan
from toward.ui.kit import theme

CHECK_EVERY_MS = 30_000


class Reminders(QObject):
    """Checks the plan every half minute; emits `shown(kind)` and shows a neutral message.

    The plan is kept in memory only (it holds times, no content), so reminders go on while
    the app is locked. The message names no person and no topic.
    """

    shown = Signal(object)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.plan = ReminderPlan(check_in=None)
        self.last_shown: dict[ReminderKind, datetime] = {}
        self.tray: QSystemTrayIcon | None = None
        self._timer = QTimer(self)
        self._timer.setInterval(CHECK_EVERY_MS)
        self._timer.timeout.connect(self.check)

    def set_plan(self, plan: ReminderPlan, now: datetime | None = None) -> None:
        """Follow a new plan; reminders whose time already passed today are not shown late."""
        moment = now or datetime.now().astimezone()
        self.plan = plan
        for kind in plan.due(moment, {}):
            self.last_shown.setdefault(kind, moment)
        active = plan.check_in is not None
        if active and self.tray is None and QSystemTrayIcon.isSystemTrayAvailable():
            self.tray = QSystemTrayIcon(theme.icon("heart", theme.colour("accent"), 32), self)
            self.tray.setToolTip("Toward")
        if self.tray is not None:
            self.tray.setVisible(active)
        if active:
            self._timer.start()
        else:
            self._timer.stop()

    def check(self, now: datetime | None = None) -> list[ReminderKind]:
        moment = now or datetime.now().astimezone()
        due = self.plan.due(moment, self.last_shown)
        for kind in due:
            self.last_shown[kind] = moment
            if self.tray is not None:
                self.tray.showMessage("Toward", translate("core.reminders", REMINDER_TEXT[kind]))
            self.shown.emit(kind)
        return due
