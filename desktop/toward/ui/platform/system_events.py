"""What the computer tells us that should lock Toward: the screen locked, the system sleeping.

Linux: over D-Bus, as the desktops announce it — `ActiveChanged(true)` from the
freedesktop, KDE and GNOME screen savers on the session bus, `Lock` on the login session
and `PrepareForSleep(true)` from systemd-logind on the system bus. With no bus (a bare
X session, a container) nothing is reported, quietly; the idle auto-lock still works.

Windows and macOS: not wired. Both report these moments only to native message loops
(WTS session notifications, NSWorkspace notifications) that this app does not reach
without a native helper. `reported()` says so, and Settings shows it.
"""

from __future__ import annotations

import logging
import sys
from types import ModuleType
from typing import TYPE_CHECKING

from PySide6.QtCore import SLOT, QObject, Signal, Slot

from toward.core.i18n import translate

if TYPE_CHECKING:
    from PySide6.QtDBus import QDBusConnection

log = logging.getLogger("toward.ui")

SCREEN_LOCK, SUSPEND = "screen lock", "suspend"

# (path, interface) of the screen savers that announce ActiveChanged(bool).
_SCREEN_SAVERS = (
    ("/org/freedesktop/ScreenSaver", "org.freedesktop.ScreenSaver"),
    ("/ScreenSaver", "org.freedesktop.ScreenSaver"),
    ("/org/gnome/ScreenSaver", "org.gnome.ScreenSaver"),
)
_LOGIN = "org.freedesktop.login1"


def _dbus_module() -> ModuleType | None:
    if not sys.platform.startswith("linux"):
        return None
    try:
        from PySide6 import QtDBus
    except ImportError:
        return None
    return QtDBus


class SystemEvents(QObject):
    """Emits `screen_locked` and `suspending` when the platform says so (see module doc).

    The buses can be given (tests use a private bus); by default the session and system
    buses. Any sender is believed: a forged signal can only lock the app, never open it.
    """

    screen_locked = Signal()
    suspending = Signal()

    def __init__(
        self,
        session_bus: QDBusConnection | None = None,
        system_bus: QDBusConnection | None = None,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._reported: set[str] = set()
        dbus = _dbus_module()
        if dbus is None:
            return
        session = session_bus or dbus.QDBusConnection.sessionBus()
        system = system_bus or dbus.QDBusConnection.systemBus()
        # The ignores: PySide6 takes a SLOT() signature here; its stubs list only callables.
        if session.isConnected():
            linked = [
                session.connect(  # type: ignore[call-overload]
                    "", path, interface, "ActiveChanged", self, SLOT("_screen_saver(bool)")
                )
                for path, interface in _SCREEN_SAVERS
            ]
            if any(linked):
                self._reported.add(SCREEN_LOCK)
        if system.isConnected():
            manager = ("/org/freedesktop/login1", f"{_LOGIN}.Manager")
            sleep = SLOT("_sleep(bool)")
            if system.connect("", *manager, "PrepareForSleep", self, sleep):  # type: ignore[call-overload]
                self._reported.add(SUSPEND)
            # `loginctl lock-session` and desktops that lock through logind.
            lock = SLOT("_lock()")
            if system.connect("", "", f"{_LOGIN}.Session", "Lock", self, lock):  # type: ignore[call-overload]
                self._reported.add(SCREEN_LOCK)
        log.info("system events reported: %s", ", ".join(sorted(self._reported)) or "none")

    def reported(self) -> frozenset[str]:
        """Which of SCREEN_LOCK and SUSPEND this computer reports to Toward."""
        return frozenset(self._reported)

    @Slot(bool)
    def _screen_saver(self, active: bool) -> None:
        if active:
            self.screen_locked.emit()

    @Slot()
    def _lock(self) -> None:
        self.screen_locked.emit()

    @Slot(bool)
    def _sleep(self, starting: bool) -> None:
        if starting:
            self.suspending.emit()


def platform_limits() -> str:
    """In words, what this platform lets Toward notice (for Settings)."""
    if sys.platform.startswith("linux"):
        return translate(
            "ui.platform.system_events",
            "Toward notices the screen locking or the computer going to sleep when your "
            "desktop announces it, as KDE, GNOME and most others do.",
        )
    return translate(
        "ui.platform.system_events",
        "On this system Toward can't yet notice the screen locking or the computer going "
        "to sleep; the lock after a few minutes without use still applies.",
    )
