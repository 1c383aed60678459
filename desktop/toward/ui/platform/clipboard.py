"""Text copied out of Toward: kept out of clipboard managers and history, and soon cleared.

Every copy in the app goes through `ClipboardGuard`: explicit copy actions call
`copy_text`, and whatever a text field, label or browser puts on the clipboard by itself
(Ctrl+C, its context menu, a mouse selection on X11) is noticed and replaced at once by
the same text carrying the hints below, then cleared after `CLEAR_AFTER_MS` if it is
still ours. On lock, whatever text of ours is still there is cleared too.

The hints, per platform:
- Linux (KDE Klipper, and managers that follow it): `x-kde-passwordManagerHint: secret`.
- Windows: `ExcludeClipboardContentFromMonitorProcessing`, and
  `CanIncludeInClipboardHistory` / `CanUploadToCloudClipboard` set to 0 (Win+V history
  and cloud sync), set through Qt's raw Windows-format mime names.
- macOS: `org.nspasteboard.ConcealedType`. Honest limit: Qt exports a mime type it has no
  converter for under its own `com.trolltech.anymime.` name, so without a native
  converter (which PySide6 cannot register) macOS clipboard managers may not see it.
Clipboard managers that ignore these hints are not stopped by them; clearing is the
second line of defence.
"""

from __future__ import annotations

from PySide6.QtCore import QMimeData, QObject, QTimer
from PySide6.QtGui import QClipboard, QGuiApplication

CLEAR_AFTER_MS = 45_000
_DWORD_ZERO = b"\x00\x00\x00\x00"


def _windows(name: str) -> str:
    return f'application/x-qt-windows-mime;value="{name}"'


HINTS: dict[str, bytes] = {
    "x-kde-passwordManagerHint": b"secret",
    _windows("ExcludeClipboardContentFromMonitorProcessing"): _DWORD_ZERO,
    _windows("CanIncludeInClipboardHistory"): _DWORD_ZERO,
    _windows("CanUploadToCloudClipboard"): _DWORD_ZERO,
    "org.nspasteboard.ConcealedType": b"",
}


def hinted(text: str) -> QMimeData:
    """Plain text (no HTML: it carries nothing more worth sharing) with every hint."""
    mime = QMimeData()
    mime.setText(text)
    for name, value in HINTS.items():
        mime.setData(name, value)
    return mime


def _digest(text: str) -> bytes:
    # What was copied is remembered only as a hash, to recognise it later.
    import hashlib  # not at start-up: OpenSSL takes a few milliseconds to load

    return hashlib.sha256(text.encode("utf-8", "surrogatepass")).digest()


class ClipboardGuard(QObject):
    """Puts hints on every text the app copies and clears it after a while, or on `clear`."""

    def __init__(
        self,
        clipboard: QClipboard | None = None,
        *,
        clear_after_ms: int = CLEAR_AFTER_MS,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._clipboard = clipboard or QGuiApplication.clipboard()
        self._modes = [QClipboard.Mode.Clipboard]
        if self._clipboard.supportsSelection():
            self._modes.append(QClipboard.Mode.Selection)
        self._ours: dict[QClipboard.Mode, bytes] = {}
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(clear_after_ms)
        self._timer.timeout.connect(self.clear)
        self._clipboard.changed.connect(self._changed)

    def copy_text(self, text: str) -> None:
        """Copy `text` for the user to paste elsewhere, with hints, cleared after a while."""
        self._put(text, QClipboard.Mode.Clipboard)

    def holds_ours(self, mode: QClipboard.Mode = QClipboard.Mode.Clipboard) -> bool:
        mime = self._clipboard.mimeData(mode)
        digest = self._ours.get(mode)
        return digest is not None and mime is not None and _digest(mime.text()) == digest

    def clear(self) -> None:
        """Empty the clipboard (and X11 selection) if it still holds text copied from here."""
        self._timer.stop()
        for mode in list(self._ours):
            if self.holds_ours(mode):
                self._clipboard.clear(mode)
        self._ours.clear()

    def remaining_ms(self) -> int:
        return self._timer.remainingTime() if self._timer.isActive() else -1

    def _put(self, text: str, mode: QClipboard.Mode) -> None:
        self._ours[mode] = _digest(text)
        self._clipboard.setMimeData(hinted(text), mode)
        self._timer.start()

    def _changed(self, mode: QClipboard.Mode) -> None:
        # Only what this process put there is ours to rewrap; another app's copy is not.
        if mode not in self._modes or not self._owned(mode):
            return
        mime = self._clipboard.mimeData(mode)
        if mime is None or not mime.hasText() or mime.hasFormat("x-kde-passwordManagerHint"):
            return
        # Qt widgets copied on their own (Ctrl+C, context menu, X11 selection): rewrap.
        self._put(mime.text(), mode)

    def _owned(self, mode: QClipboard.Mode) -> bool:
        if mode == QClipboard.Mode.Selection:
            return self._clipboard.ownsSelection()
        owns = self._clipboard.ownsClipboard()
        # Platforms without ownership tracking (offscreen, some Wayland setups) always say
        # False; there the clipboard only changes under our eyes through this process.
        return owns or QGuiApplication.platformName() in ("offscreen", "minimal")
