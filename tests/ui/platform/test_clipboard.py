"""The clipboard guard: hints on every copy, cleared after a while, only when still ours."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import QMimeData
from PySide6.QtGui import QGuiApplication
from pytestqt.qtbot import QtBot

from toward.ui.platform.clipboard import CLEAR_AFTER_MS, HINTS, ClipboardGuard, hinted


@pytest.fixture
def guard() -> Iterator[ClipboardGuard]:
    guard = ClipboardGuard(clear_after_ms=200)
    yield guard
    guard.clear()
    guard.deleteLater()


def test_every_hint_is_there_with_its_value() -> None:
    mime = hinted("a sentence")
    assert mime.text() == "a sentence"
    assert mime.data("x-kde-passwordManagerHint").data() == b"secret"
    windows = {name.split('"')[1]: mime.data(name).data() for name in HINTS if "windows" in name}
    assert windows == {
        "ExcludeClipboardContentFromMonitorProcessing": b"\0\0\0\0",
        "CanIncludeInClipboardHistory": b"\0\0\0\0",
        "CanUploadToCloudClipboard": b"\0\0\0\0",
    }
    assert mime.hasFormat("org.nspasteboard.ConcealedType")


def test_the_default_delay_is_short() -> None:
    assert 10_000 <= CLEAR_AFTER_MS <= 90_000


def test_copied_text_is_cleared_after_the_delay(qtbot: QtBot, guard: ClipboardGuard) -> None:
    guard.copy_text("a line from a journal")
    clipboard = QGuiApplication.clipboard()
    assert clipboard.text() == "a line from a journal"
    assert guard.holds_ours()

    qtbot.waitUntil(lambda: clipboard.text() == "")
    assert not guard.holds_ours()


def test_something_copied_elsewhere_since_is_left_alone(guard: ClipboardGuard) -> None:
    guard.copy_text("ours")
    theirs = QMimeData()
    theirs.setText("a password from a password manager")
    theirs.setData("x-kde-passwordManagerHint", b"secret")  # already hinted: not rewrapped
    QGuiApplication.clipboard().setMimeData(theirs)

    guard.clear()

    assert QGuiApplication.clipboard().text() == "a password from a password manager"


def test_a_plain_copy_made_by_a_widget_is_rewrapped(guard: ClipboardGuard) -> None:
    QGuiApplication.clipboard().setText("selected with the mouse and copied")

    mime = QGuiApplication.clipboard().mimeData()
    assert mime.text() == "selected with the mouse and copied"
    assert mime.data("x-kde-passwordManagerHint").data() == b"secret"
    assert guard.remaining_ms() > 0


def test_odd_unicode_survives_the_round_trip(guard: ClipboardGuard) -> None:
    text = "Léa 💛 \u200d 日本語 \U0001f469\u200d\U0001f469"
    guard.copy_text(text)
    assert QGuiApplication.clipboard().text() == text
    assert guard.holds_ours()
