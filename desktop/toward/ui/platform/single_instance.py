"""One running Toward per data folder.

The first start holds a `QLockFile` in the data folder (so it also guards a folder shared
between OS accounts or computers) and listens on a local socket named after the folder.
A second start finds the lock taken, asks the first over the socket to bring its window
forward and exits. If nothing answers (the first runs under another OS account, or on
another computer sharing the folder), it says that the household is open elsewhere.
A lock left by a crashed Toward on this computer is noticed (its process is gone) and
taken over; one left by another computer can't be checked, so the message says how to
clear it.
"""

from __future__ import annotations

import logging
import time
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QLockFile, QObject, QSysInfo, Signal

from toward.core.i18n import translate

if TYPE_CHECKING:
    # QtNetwork loads after the lock screen shows (`listen`), or in a second start only.
    from PySide6.QtNetwork import QLocalServer, QLocalSocket

log = logging.getLogger("toward.ui")

LOCK_NAME = "toward.lock"
_SHOW, _SHOWN = b"show\n", b"shown\n"
ANSWER_WAIT_MS = 3000
LISTEN_GRACE_S = 1.5  # how long after taking the lock a first start may not yet listen


def server_name(folder: Path) -> str:
    """The local socket's name: the same for every start on this folder, and no path in it."""
    import hashlib  # not at start-up: OpenSSL takes a few milliseconds to load

    digest = hashlib.sha256(str(folder.expanduser().resolve()).encode("utf-8")).hexdigest()
    return f"toward-{digest[:24]}"


class SingleInstance(QObject):
    """`claim()` the folder; while held, `show_requested` fires when a second start asks."""

    show_requested = Signal()

    def __init__(self, folder: Path, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.folder = folder
        self._lock: QLockFile | None = None
        self._server: QLocalServer | None = None

    def claim(self) -> bool:
        """True when this process may open the folder (it then holds it until `release`)."""
        try:
            self.folder.mkdir(parents=True, exist_ok=True, mode=0o700)
        except OSError as exc:
            log.warning("no single-instance lock (%s); opening anyway", exc)
            return True
        lock = QLockFile(str(self.folder / LOCK_NAME))
        lock.setStaleLockTime(0)  # held for hours: only a dead owner makes it stale
        if not lock.tryLock(0):
            if lock.error() == QLockFile.LockError.LockFailedError:
                return False
            # A read-only folder, say: the lock can't be written, the household still opens.
            log.warning("no single-instance lock in %s; opening anyway", self.folder)
            return True
        self._lock = lock
        return True

    def ask_first_to_show(self) -> bool:
        """Ask the running Toward to bring its window forward; True if it answered."""
        from PySide6.QtNetwork import QLocalSocket

        # The first start listens once its lock screen shows, a moment after taking the
        # lock: keep trying for a little while before concluding nobody here answers.
        socket = QLocalSocket()
        deadline = time.monotonic() + LISTEN_GRACE_S
        while True:
            socket.connectToServer(server_name(self.folder))
            if socket.waitForConnected(ANSWER_WAIT_MS):
                break
            if time.monotonic() > deadline:
                return False
            time.sleep(0.05)
        socket.write(_SHOW)
        socket.flush()
        answered = False
        while socket.waitForReadyRead(ANSWER_WAIT_MS):
            if bytes(socket.readAll().data()).startswith(_SHOWN):
                answered = True
                break
        socket.abort()
        return answered

    def elsewhere_message(self) -> str:
        """What to tell the person when the running Toward can't be reached."""
        info = QLockFile(str(self.folder / LOCK_NAME)).getLockInfo()
        host = info[1] if isinstance(info, tuple) and len(info) > 1 else ""
        if not host or host == QSysInfo.machineHostName():
            return translate(
                "ui.platform.single_instance",
                "This household is already open in another Toward on this computer, perhaps "
                "under another account. Close it there first, then start Toward again here.",
            )
        return translate(
            "ui.platform.single_instance",
            "This household is already open on the computer “{host}”. Close Toward there "
            "first, then start it again here. If that computer was switched off without "
            "closing Toward, delete the file {file} in {folder} and start again.",
        ).format(host=host, file=LOCK_NAME, folder=self.folder)

    def release(self) -> None:
        if self._server is not None:
            self._server.close()
            self._server = None
        if self._lock is not None:
            self._lock.unlock()
            self._lock = None

    def listen(self) -> None:
        """Answer second starts (call once the window shows; the lock is already held)."""
        from PySide6.QtNetwork import QLocalServer

        if self._lock is None or self._server is not None:
            return
        name = server_name(self.folder)
        server = QLocalServer(self)
        server.setSocketOptions(QLocalServer.SocketOption.UserAccessOption)
        QLocalServer.removeServer(name)  # a socket left by a crashed start (we hold the lock)
        if not server.listen(name):
            log.warning("a second start can't bring this window forward: %s", server.errorString())
            return
        server.newConnection.connect(self._answer)
        self._server = server

    def _answer(self) -> None:
        assert self._server is not None
        while (socket := self._server.nextPendingConnection()) is not None:
            socket.readyRead.connect(lambda s=socket: self._read(s))
            socket.disconnected.connect(socket.deleteLater)

    def _read(self, socket: QLocalSocket) -> None:
        if bytes(socket.readAll().data()).startswith(_SHOW):
            log.info("a second start asked for the window")
            self.show_requested.emit()
            socket.write(_SHOWN)
            socket.flush()
            socket.disconnectFromServer()
