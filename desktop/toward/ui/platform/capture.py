"""Keeping Toward's windows out of screenshots, screen recordings and screen sharing.

Windows 10 2004 and later: `SetWindowDisplayAffinity(WDA_EXCLUDEFROMCAPTURE)` (older
Windows: `WDA_MONITOR`, which shows the window black instead). macOS: the window's
`sharingType` set to none (honoured by screenshots and most capture apps; newer macOS
capture APIs may ignore it). Linux: neither X11 nor Wayland lets an app refuse capture,
so nothing is done there and Settings says so. Reached through ctypes, no extra package.
"""

from __future__ import annotations

import ctypes
import logging
import sys

from PySide6.QtCore import QCoreApplication, QEvent, QObject
from PySide6.QtWidgets import QWidget

from toward.core.i18n import translate

log = logging.getLogger("toward.ui")

WDA_MONITOR = 0x01
WDA_EXCLUDEFROMCAPTURE = 0x11
NS_WINDOW_SHARING_NONE = 0


def capture_blocking_possible() -> bool:
    """Whether this platform lets Toward keep its windows out of screen captures."""
    return sys.platform in ("win32", "darwin")


def capture_note() -> str:
    """In words, for Settings: whether screenshots of Toward are blocked here."""
    if sys.platform == "win32":
        return translate(
            "ui.platform.capture",
            "Toward's windows are kept out of screenshots, recordings and screen sharing.",
        )
    if sys.platform == "darwin":
        return translate(
            "ui.platform.capture",
            "Toward asks macOS to keep its windows out of screenshots and screen sharing; "
            "some newer recording apps may not honour it.",
        )
    return translate(
        "ui.platform.capture",
        "On Linux an app can't stop screenshots or screen recording of its window, so "
        "Toward can't either. Lock Toward before sharing your screen.",
    )


def block_capture(window: QWidget) -> bool:
    """Ask the platform to leave `window` out of captures; False where it can't be done."""
    try:
        if sys.platform == "win32":
            return _block_on_windows(int(window.winId()))
        if sys.platform == "darwin":
            return _block_on_macos(int(window.winId()))
    except (OSError, AttributeError, ValueError) as exc:  # an old or unusual system
        log.warning("screen capture could not be blocked: %s", exc)
    return False


def _block_on_windows(hwnd: int) -> bool:
    user32 = ctypes.windll.user32  # type: ignore[attr-defined]
    user32.SetWindowDisplayAffinity.argtypes = (ctypes.c_void_p, ctypes.c_uint32)
    user32.SetWindowDisplayAffinity.restype = ctypes.c_int
    if user32.SetWindowDisplayAffinity(hwnd, WDA_EXCLUDEFROMCAPTURE):
        return True
    return bool(user32.SetWindowDisplayAffinity(hwnd, WDA_MONITOR))


def _block_on_macos(view: int) -> bool:
    import ctypes.util

    # Qt's winId() on macOS is the NSView; its window is [view window].
    objc = ctypes.CDLL(ctypes.util.find_library("objc") or "libobjc.dylib")
    objc.sel_registerName.restype = ctypes.c_void_p
    objc.sel_registerName.argtypes = (ctypes.c_char_p,)
    send = ctypes.cast(objc.objc_msgSend, ctypes.c_void_p).value
    assert send is not None
    get_window = ctypes.CFUNCTYPE(ctypes.c_void_p, ctypes.c_void_p, ctypes.c_void_p)(send)
    set_sharing = ctypes.CFUNCTYPE(None, ctypes.c_void_p, ctypes.c_void_p, ctypes.c_ulong)(send)
    ns_window = get_window(view, objc.sel_registerName(b"window"))
    if not ns_window:
        return False
    set_sharing(ns_window, objc.sel_registerName(b"setSharingType:"), NS_WINDOW_SHARING_NONE)
    return True


class CaptureBlocker(QObject):
    """Installed on the application: every window (dialogs too) is blocked as it is shown."""

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Show and isinstance(watched, QWidget) and watched.isWindow():
            block_capture(watched)
        return False


def install_capture_blocker(app: QCoreApplication, parent: QObject) -> CaptureBlocker | None:
    """Block capture of every window from its first show, where the platform allows it.

    Not installed elsewhere: a Python event filter makes PySide6 wrap every object that
    gets an event, which cost a fifth of the start-up time on Linux, for nothing.
    """
    if not capture_blocking_possible():
        return None
    blocker = CaptureBlocker(parent)
    app.installEventFilter(blocker)
    return blocker
