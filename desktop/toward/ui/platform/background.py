"""Running slow work (key derivation, opening databases) off the UI thread."""

from __future__ import annotations

import itertools
from collections.abc import Callable
from typing import Any

import shiboken6
from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal, Slot


class _Dispatcher(QObject):
    """Lives on the UI thread; jobs hand results to it by token.

    One long-lived object rather than one per job: a per-job QObject ends up in reference
    cycles that Python's collector may free on a worker thread, which Qt forbids.
    """

    finished = Signal(int, bool, object)

    def __init__(self) -> None:
        super().__init__()
        self.callbacks: dict[int, _Callbacks] = {}
        self.finished.connect(self._deliver)

    @Slot(int, bool, object)
    def _deliver(self, token: int, ok: bool, value: object) -> None:
        # Imported here: the lock screen runs work in the background before any session.
        from toward.session import Session, SessionLocked

        on_done, on_error, owner = self.callbacks.pop(token)
        if owner is not None and not shiboken6.isValid(owner):
            # The widget that asked is gone (the app locked meanwhile): a session opened
            # for it would stay open with nobody to use or lock it.
            if ok:
                for item in value if isinstance(value, tuple) else (value,):
                    if isinstance(item, Session):
                        item.lock()
            return
        if ok:
            on_done(value)
        elif isinstance(value, SessionLocked):
            return  # locked while it ran: the lock screen is all there is to show
        else:
            on_error(value)  # type: ignore[arg-type]


class _Job(QRunnable):
    def __init__(self, work: Callable[[], Any], token: int, dispatcher: _Dispatcher) -> None:
        super().__init__()
        self._work = work
        self._token = token
        self._dispatcher = dispatcher

    def run(self) -> None:
        try:
            result = self._work()
        except Exception as exc:  # handed to the UI thread, which decides what it means
            self._dispatcher.finished.emit(self._token, False, exc)
        else:
            self._dispatcher.finished.emit(self._token, True, result)
        self._work = None  # type: ignore[assignment]


_Callbacks = tuple[Callable[[Any], None], Callable[[Exception], None], QObject | None]
_dispatcher: _Dispatcher | None = None
_tokens = itertools.count(1)


def run_in_background(
    work: Callable[[], Any],
    on_done: Callable[[Any], None],
    on_error: Callable[[Exception], None],
    *,
    owner: QObject | None = None,
) -> None:
    """Run `work` on the thread pool; call `on_done` or `on_error` back on the UI thread.

    Call it from the UI thread; `work` must not touch widgets. Nothing is called back when
    `owner` was destroyed meanwhile, or when the work failed because the session locked.
    """
    global _dispatcher
    if _dispatcher is None:
        _dispatcher = _Dispatcher()
    token = next(_tokens)
    _dispatcher.callbacks[token] = (on_done, on_error, owner)
    QThreadPool.globalInstance().start(_Job(work, token, _dispatcher))


def wait_for_background(timeout_ms: int = 30_000) -> bool:
    """Wait for every background job (used when quitting)."""
    return QThreadPool.globalInstance().waitForDone(timeout_ms)
