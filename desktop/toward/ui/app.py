"""The application: one window that moves between setup, the lock screen and the unlocked view."""

from __future__ import annotations

import gc
import importlib
import logging
import signal
import sys
import threading
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING

import shiboken6
from PySide6 import QtCore  # not `Qt` itself before the lock screen shows: see theme
from PySide6.QtCore import QObject, QTimer
from PySide6.QtGui import QWindow
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QHBoxLayout,
    QVBoxLayout,
    QWidget,
)

from toward import HouseholdNotFound, KnownError, __version__
from toward.core.i18n import QT_TRANSLATE_NOOP, translate
from toward.household import Household, orphaned_databases
from toward.translations import use_language
from toward.ui.kit import theme
from toward.ui.kit.errors import describe, known_errors_shown
from toward.ui.kit.widgets import Card, button, text_label
from toward.ui.lock_screen import LockScreen
from toward.ui.platform.auto_backup import AutoBackup
from toward.ui.platform.background import wait_for_background
from toward.ui.platform.capture import install_capture_blocker
from toward.ui.platform.clipboard import ClipboardGuard
from toward.ui.platform.idle import IdleWatcher
from toward.ui.platform.quick_exit import QuickExitKey
from toward.ui.platform.reminders_tray import Reminders
from toward.ui.platform.single_instance import SingleInstance
from toward.ui.platform.system_events import SystemEvents
from toward.ui.shell import WINDOW_TITLE, LockKey, Shell
from toward.vault.device import DeviceSecrets
from toward.vault.kdf import DEFAULT_COST, KdfCost

if TYPE_CHECKING:
    # The unlocked view loads after the lock screen shows (see _prewarm).
    from toward.backup import RestoredInPlace
    from toward.session import Session
    from toward.ui.main_view import MainView, Section
    from toward.ui.sync.exchanges import Exchanges

log = logging.getLogger("toward.ui")

MISSING_KEYSTORE = QT_TRANSLATE_NOOP(
    "ui.app",
    "The household file (household.json) is missing. It holds the keys to the databases "
    "in this folder, so they cannot be opened without it. Restore from a backup, or put "
    "household.json back if you have a copy.",
)


class AppController(QObject):
    """Moves the window between setup, lock screen and the unlocked view; locks on request."""

    def __init__(
        self,
        folder: Path,
        *,
        demo_passwords: dict[str, str] | None = None,
        kdf_cost: KdfCost = DEFAULT_COST,
        sections: Sequence[Section] | None = None,
        system_events: SystemEvents | None = None,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.folder = folder
        self.demo_passwords = demo_passwords
        self.kdf_cost = kdf_cost
        self._sections = list(sections) if sections is not None else None
        self.window = Shell()
        self.household: Household | None = None
        self.view: MainView | None = None
        self.exchanges: Exchanges | None = None  # made at the first unlock
        self.reminders = Reminders(self)
        self.idle = IdleWatcher(self)
        self.idle.idle.connect(self.lock)
        self.auto_backup = AutoBackup(lambda: self.view.sessions if self.view else [], self)
        self.lock_key = LockKey(self)
        self.lock_key.pressed.connect(self.lock)
        self.quick_exit_key = QuickExitKey(self)
        self.quick_exit_key.pressed.connect(self.quick_exit)
        # Installed at once, unlike the input watchers (see _watch_input): it must see the
        # window's first show.
        app = QApplication.instance()
        self.capture_blocker = install_capture_blocker(app, self) if app is not None else None
        self.watching_input = False
        self.clipboard = ClipboardGuard(parent=self)
        self.system_events: SystemEvents | None = None
        if system_events is not None:
            self._hear(system_events)
        else:  # connecting to the session and system buses need not delay the first paint
            self.window.first_painted.connect(lambda: self._hear(SystemEvents(parent=self)))
        self.window.minimised.connect(lambda: self._lock_if("lock_on_minimise"))

    def _hear(self, events: SystemEvents) -> None:
        self.system_events = events
        events.screen_locked.connect(lambda: self._lock_if("lock_on_screen_lock"))
        events.suspending.connect(lambda: self._lock_if("lock_on_suspend"))

    # -- moves -------------------------------------------------------------------------

    def start(self) -> None:
        try:
            self.household = Household.open(self.folder)
        except HouseholdNotFound:
            if orphaned_databases(self.folder):
                self.show_problem(translate("ui.app", MISSING_KEYSTORE))
            else:
                self.show_setup()
        except KnownError as exc:
            self.show_problem(describe(exc))
        else:
            if self.household.partners:
                self.show_lock_screen()
            else:
                self.show_setup()  # setup was interrupted before the first partner was added

    def show_setup(self) -> None:
        from toward.ui.setup_wizard import SetupWizard  # first run only

        wizard = SetupWizard(self.folder, kdf_cost=self.kdf_cost)
        wizard.finished.connect(self._setup_finished)
        wizard.restore_requested.connect(self.restore_from_backup)
        wizard.join_requested.connect(self.show_join)
        self.window.show_content(wizard)
        log.info("setup shown")

    def show_join(self) -> None:
        """First run on a second computer: the household comes from its sync folder."""
        from toward.ui.sync.join_page import JoinPage

        page = JoinPage(self.folder)
        page.joined.connect(lambda household, session: self._setup_finished(household, [session]))
        page.back.connect(self.show_setup)
        self.window.show_content(page)
        log.info("join shown")

    def _setup_finished(self, household: Household, sessions: list[Session]) -> None:
        """Straight into the new spaces: nobody types the password just chosen again."""
        self.household = household
        if not sessions:
            self.show_lock_screen()
            return
        self._unlocked(sessions[0])
        assert self.view is not None
        for joined in sessions[1:]:  # both set up at the keyboard: together, the second shown
            self.view.add_session(joined)
        self._restart_idle()

    def show_lock_screen(self) -> None:
        assert self.household is not None
        screen = LockScreen(self.household, demo_passwords=self.demo_passwords)
        screen.unlocked.connect(self._unlocked)
        screen.restore_requested.connect(self.restore_from_backup)
        screen.read_only_requested.connect(self.open_read_only)
        screen.shown.connect(self._lock_screen_shown)
        self.window.show_content(screen)
        screen.password.setFocus()

    def _lock_screen_shown(self) -> None:
        # Logged once painted, from inside the event loop: whoever waits for it sees the
        # screen and can already signal us.
        log.info("lock screen shown")
        self._watch_input()
        QTimer.singleShot(PREWARM_AFTER_MS, _prewarm)

    def _watch_input(self) -> None:
        """Start watching keys and the mouse: Ctrl+L, quick exit and the idle lock.

        Only once the lock screen shows: none of it matters before anyone has unlocked.
        The watchers sit on each window (the main one and every dialog, as it gets the
        focus), not on the application: a Python filter there is called for every event of
        every widget, which made building a page up to twice as slow.
        """
        app = QApplication.instance()
        if not isinstance(app, QApplication) or self.watching_input:
            return
        app.focusWindowChanged.connect(self._watch_window)
        app.focusObjectChanged.connect(self._watch_focus)  # popups too (a list's drop-down)
        self._watch_window(self.window.windowHandle())
        self._watch_window(app.focusWindow())
        self.watching_input = True

    def _watch_focus(self, focus: QObject | None) -> None:
        if isinstance(focus, QWidget) and shiboken6.isValid(focus):
            self._watch_window(focus.window().windowHandle())

    def _watch_window(self, window: QWindow | None) -> None:
        # Key presses go to the focused window, so each window is watched from its first
        # focus; installing the same filter again only moves it to the front. A closed
        # drop-down's or file dialog's window is gone by the time its focus moves on.
        if window is not None and shiboken6.isValid(window):
            for watcher in (self.idle, self.lock_key, self.quick_exit_key):
                window.installEventFilter(watcher)

    def show_problem(self, message: str, *, advice: str | None = None) -> None:
        page = QWidget()
        page.setObjectName("LockScreen")
        column = QVBoxLayout(page)
        column.addStretch(1)
        card = Card()
        card.setMaximumWidth(520)
        card.body.addWidget(
            text_label(translate("ui.app", "Toward can't open this household"), "Title")
        )
        card.body.addWidget(text_label(message))
        card.body.addWidget(
            text_label(
                advice
                or translate(
                    "ui.app",
                    "Nothing in {folder} has been changed or deleted. Run `toward doctor` for "
                    "a full report.",
                ).format(folder=self.folder),
                "Muted",
            )
        )
        row = QHBoxLayout()
        self.problem_restore_button = button(translate("ui.app", "Restore from a backup…"))
        self.problem_restore_button.clicked.connect(self.restore_from_backup)
        row.addWidget(self.problem_restore_button)
        row.addStretch(1)
        quit_button = button(translate("ui.app", "Quit"), primary=True)
        quit_button.clicked.connect(QApplication.quit)
        row.addWidget(quit_button)
        card.body.addLayout(row)
        column.addWidget(card, 0, QtCore.Qt.AlignmentFlag.AlignHCenter)
        column.addStretch(2)
        self.window.show_content(page)
        log.info("problem shown: %s", message)

    def restore_from_backup(self) -> None:
        """Put a backup in the damaged household's place (the damaged one is kept aside)."""
        from toward.ui.settings.restore import RestoreDialog

        dialog = RestoreDialog(self.folder, self.window)
        dialog.restored.connect(self._restored)
        dialog.open()

    def _restored(self, result: RestoredInPlace) -> None:
        household = Household.open(self.folder, kdf_cost=self.kdf_cost)
        made = result.restored.manifest.created_at
        if result.kept_aside:
            household.notice = translate(
                "ui.app",
                "Restored from the backup made {made}. What was there before is kept in {kept}.",
            ).format(made=made, kept=result.kept_aside)
        else:
            household.notice = translate("ui.app", "Restored from the backup made {made}.").format(
                made=made
            )
        self.household = household
        self.show_lock_screen()
        log.info("restored from a backup")

    def open_read_only(self) -> None:
        """Open a household whose folder cannot be written to, for reading only."""
        household = Household.open(self.folder, kdf_cost=self.kdf_cost, read_only=True)
        household.notice = translate(
            "ui.app",
            "Read-only: Toward cannot write to this folder, so you can read everything but "
            "nothing can be changed or added. Make a backup, or move the folder somewhere "
            "writable.",
        )
        self.household = household
        self.show_lock_screen()
        log.info("opened read-only")

    @property
    def sections(self) -> list[Section]:
        if self._sections is None:
            from toward.ui.sections import default_sections

            self._sections = default_sections()
        return self._sections

    def _unlocked(self, session: Session) -> None:
        from toward.core.reminders import load_plan
        from toward.ui.main_view import MainView

        view = MainView([session], self.sections)
        view.lock_requested.connect(self.lock)
        view.quick_exit_requested.connect(self.quick_exit)
        view.join_requested.connect(self.join)
        view.auto_lock_changed.connect(self._restart_idle)
        view.reminders_changed.connect(
            lambda: self.reminders.set_plan(load_plan(view.active.settings))
        )
        self.view = view
        self.reminders.set_plan(load_plan(session.settings))
        self.window.show_content(view)
        view.current_page().setFocus()
        self._watch_input()
        self._restart_idle()
        self.auto_backup.check()
        self._exchange_from_now(view)
        log.info("unlocked")

    def _exchange_from_now(self, view: MainView) -> None:
        """Toward on two computers: the sidebar's status line, and exchanges while unlocked."""
        from toward.ui.sync import status_line
        from toward.ui.sync.exchanges import Exchanges

        if self.exchanges is None:
            self.exchanges = Exchanges(lambda: self.view.sessions if self.view else [], self)
        status_line.install(view, self.exchanges)
        self.exchanges.start()

    def _restart_idle(self) -> None:
        if self.view is None:
            return
        delays = [s.settings.auto_lock_minutes for s in self.view.sessions]
        active = [d for d in delays if d > 0]
        self.idle.start(min(active) if active else 0)

    def lock(self) -> None:
        """Lock every open session and show the lock screen; content widgets are destroyed."""
        if self.view is None:
            return
        self.view.closing_pages.emit()
        if self.exchanges is not None:
            self.exchanges.at_lock()
        for session in self.view.sessions:
            session.lock()
        self.view = None
        self.idle.stop()
        for dialog in self.window.findChildren(QDialog):
            dialog.reject()
            dialog.deleteLater()
        self.clipboard.clear()
        use_language()  # the lock screen speaks the system's language, not the last partner's
        self.show_lock_screen()
        log.info("locked")

    def quick_exit(self) -> None:
        """Lock everything at once and get the window out of sight (ui/platform/quick_exit.py)."""
        self.lock()
        self.window.showMinimized()
        log.info("quick exit")

    def _lock_if(self, setting: str) -> None:
        """Lock for a platform event if any partner who is in wants it (the safer choice)."""
        if self.view is not None and any(getattr(s.settings, setting) for s in self.view.sessions):
            log.info("locking: %s", setting)
            self.lock()

    def join(self) -> None:
        """Together mode: the other partner unlocks into this window."""
        if self.view is None or self.household is None:
            return
        dialog = QDialog(self.window)
        dialog.setWindowTitle(WINDOW_TITLE)
        dialog.setModal(True)
        dialog.setAttribute(QtCore.Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.resize(520, 460)
        here = {s.partner.id for s in self.view.sessions}
        joining = next((p.name for p in self.household.partners if p.id not in here), "")
        # Heard with the window's title, which says only 'Toward': what the window is for.
        dialog.setAccessibleDescription(
            translate("ui.app", "{name} unlocks too, for time together").format(name=joining)
        )
        screen = LockScreen(self.household, exclude=here, parent=dialog)
        layout = QVBoxLayout(dialog)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(screen)

        def joined(session: Session) -> None:
            dialog.accept()
            if self.view is None:
                session.lock()
                return
            self.view.add_session(session)
            self._restart_idle()

        screen.unlocked.connect(joined)
        self.join_dialog = dialog
        dialog.open()

    def shutdown(self) -> None:
        """Close everything cleanly (databases checkpointed and closed)."""
        wait_for_background()
        self.clipboard.clear()
        if self.view is not None:
            self.view.closing_pages.emit()
            if self.exchanges is not None:
                self.exchanges.at_lock()
            for session in self.view.sessions:
                session.lock()
            self.view = None


def run_app(
    data_dir: Path,
    *,
    demo_passwords: dict[str, str] | None = None,
    argv: Sequence[str] | None = None,
) -> int:
    """Start the desktop app on `data_dir`; returns the exit code."""
    existing = QApplication.instance()
    app = existing or QApplication([*(argv or sys.argv[:1]), *theme.STYLE_ARGUMENTS])
    assert isinstance(app, QApplication)
    # No organisation name: Qt's app-data folder is then …/Toward, as the CLI computes it.
    app.setApplicationName("Toward")
    app.setApplicationVersion(__version__)
    app.setDesktopFileName("org.toward.Toward")  # packaging/linux/org.toward.Toward.desktop
    use_language()  # the system's, until a partner who chose another unlocks
    theme.apply_theme(app, start_up=existing is None)
    instance = SingleInstance(data_dir)
    if not instance.claim():
        if instance.ask_first_to_show():
            print(
                translate(
                    "ui.app",
                    "Toward is already open for this household; its window was brought forward.",
                ),
                file=sys.stderr,
            )
            return 0
        return _open_elsewhere(app, data_dir, instance.elsewhere_message())
    controller = AppController(data_dir, demo_passwords=demo_passwords)
    instance.show_requested.connect(controller.window.bring_forward)
    sys.excepthook = known_errors_shown(lambda: controller.window, sys.excepthook)
    _quit_on_signals(app)
    controller.window.first_painted.connect(settle_memory)
    controller.window.first_painted.connect(instance.listen)
    if existing is None:
        controller.window.first_painted.connect(lambda: theme.follow_system_look(app))
    controller.window.show()
    controller.start()
    try:
        return app.exec()
    finally:
        controller.shutdown()
        instance.release()


def settle_memory() -> None:
    """Once the first window is painted: the garbage collector back on (see toward.__main__),
    minus what start-up made to last.

    Everything alive by then (modules, classes, PySide6's types and enums) stays for the whole
    run, so it is frozen out of collections: a full collection then looks at what pages and
    records made since, and no longer pauses building a page for tens of milliseconds.
    """
    gc.freeze()
    gc.enable()


def _open_elsewhere(app: QApplication, data_dir: Path, message: str) -> int:
    """Say so in a window (the app was perhaps started from a menu) and on stderr."""
    print(f"toward: {message}", file=sys.stderr)
    gc.enable()
    _quit_on_signals(app)
    controller = AppController(data_dir)
    controller.show_problem(
        message, advice=translate("ui.app", "Nothing here has been opened or changed.")
    )
    controller.window.show()
    app.exec()
    return 1


# After the lock screen's first paint: soon, yet far shorter than anyone takes to type a
# password.
PREWARM_AFTER_MS = 100

# What unlocking needs beyond the lock screen: imported when a session starts, not at
# start-up (the lock screen shows sooner), and ahead of time by `_prewarm`.
UNLOCK_MODULES = (
    "toward.session",
    "toward.vault.database",
    "toward.vault.migrations",
    "argon2.low_level",
    "cryptography.hazmat.primitives.ciphers.aead",
)


def _prewarm() -> None:
    """Import what unlocking and the pages need while a password is typed.

    Modules without Qt load on a thread; those with Qt load here on the UI thread, one per
    turn of the event loop: setting up a PySide6 module beside a running event loop crashed
    the frozen app now and then.
    """

    def load() -> None:
        for module in UNLOCK_MODULES:
            importlib.import_module(module)
        # keyring finds its backend (over D-Bus on Linux) once per process: about half a
        # second that the settings page would otherwise spend right after unlocking.
        DeviceSecrets().available()

    threading.Thread(target=load, name="toward-prewarm", daemon=True).start()
    QTimer.singleShot(0, _preload_pages)


def _preload_pages() -> None:
    from toward.ui.sections import page_modules  # the main view, and the session with it

    for module in page_modules():
        QTimer.singleShot(0, lambda module=module: importlib.import_module(module))


def _quit_on_signals(app: QApplication) -> None:
    """Ctrl+C in a terminal, or SIGTERM, quits cleanly instead of killing mid-write."""
    for number in (signal.SIGINT, signal.SIGTERM):
        # Posted, not called: a quit() before the event loop runs would be lost.
        signal.signal(number, lambda *_: QTimer.singleShot(0, app.quit))
    # Python runs signal handlers only between bytecodes: wake it up now and then.
    timer = QTimer(app)
    timer.timeout.connect(lambda: None)
    timer.start(250)


__all__ = ["AppController", "Shell", "describe", "run_app"]
