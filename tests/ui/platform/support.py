"""Helpers for the shared-computer safety tests: a private D-Bus, pressing Shift."""

from __future__ import annotations

import shutil
import subprocess
from collections.abc import Iterator
from contextlib import contextmanager

import pytest
from PySide6.QtCore import Qt
from PySide6.QtDBus import QDBusConnection, QDBusMessage
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot


class PrivateBus:
    """A dbus-daemon of our own, standing in for the session and the system bus."""

    def __init__(self, address: str) -> None:
        self.address = address
        self.names: list[str] = []
        self._sender: QDBusConnection | None = None

    def connection(self) -> QDBusConnection:
        self.names.append(f"toward-test-{id(self)}-{len(self.names)}")
        bus = QDBusConnection.connectToBus(self.address, self.names[-1])
        assert bus.isConnected()
        return bus

    def announce(self, path: str, interface: str, name: str, *args: object) -> None:
        """Send a signal as the desktop (or logind) would."""
        message = QDBusMessage.createSignal(path, interface, name)
        message.setArguments(list(args))
        if self._sender is None:
            self._sender = self.connection()  # one sender: its signals arrive in order
        assert self._sender.send(message)


@contextmanager
def private_bus() -> Iterator[PrivateBus]:
    daemon = shutil.which("dbus-daemon")
    if daemon is None:
        pytest.skip("dbus-daemon is not installed")
    process = subprocess.Popen(
        [daemon, "--session", "--nofork", "--nopidfile", "--print-address"],
        stdout=subprocess.PIPE,
        stderr=subprocess.DEVNULL,
        text=True,
    )
    try:
        assert process.stdout is not None
        bus = PrivateBus(process.stdout.readline().strip())
        yield bus
        for name in bus.names:
            QDBusConnection.disconnectFromBus(name)
    finally:
        process.terminate()
        process.wait()
        assert process.stdout is not None
        process.stdout.close()


def press_shift(qtbot: QtBot, times: int = 1) -> None:
    """Press Shift where the keyboard focus is, as a person does (through its window)."""
    for _ in range(times):
        press_key(qtbot, Qt.Key.Key_Shift)


def press_key(
    qtbot: QtBot,
    key: Qt.Key | str,
    modifier: Qt.KeyboardModifier = Qt.KeyboardModifier.NoModifier,
) -> None:
    """A key pressed by a person: delivered to the focused window, as the system does, so
    that whatever watches the windows sees it (a key sent straight to a widget skips them).
    """
    window = QApplication.focusWindow()
    assert window is not None
    qtbot.keyClick(window, key, modifier)
