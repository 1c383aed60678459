"""An exchange never interleaves with a save: both land whole (real SQLCipher files)."""

from __future__ import annotations

import threading
from pathlib import Path

import pytest
import shiboken6
from pytestqt.qtbot import QtBot

from tests.conftest import Couple
from tests.integration.sync.support import partners_apart
from tests.ui.helpers import flush_deletes
from toward.core.journal import EntryFields
from toward.core.spaces import Space
from toward.sync import applying
from toward.ui.sync.exchanges import Exchanges


def test_a_save_while_an_exchange_runs_keeps_both(
    solo: Couple, tmp_path: Path, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
):
    maya, sam, _folder = partners_apart(solo, tmp_path)
    try:
        sam.session.journal.write(Space.SHARED, EntryFields(title="from sam", body="yes"))
        sam.exchange()
        # Hold the exchange inside its transaction until the save below has run. Only an
        # exchange off the UI thread can be held there while the UI thread saves.
        mid_way, saved = threading.Event(), threading.Event()
        apply_op = applying._apply_op

        def held(*args, **kwargs):
            result = apply_op(*args, **kwargs)
            if threading.current_thread() is not threading.main_thread():
                mid_way.set()
                saved.wait(5)
            return result

        monkeypatch.setattr(applying, "_apply_op", held)
        exchanges = Exchanges(lambda: [maya.session])
        exchanges.start()
        mid_way.wait(5)
        try:
            maya.session.journal.write(Space.SHARED, EntryFields(title="from maya", body="dinner?"))
        finally:
            saved.set()
        qtbot.waitUntil(lambda: not exchanges.running, timeout=20_000)
        exchanges.at_lock()
        flush_deletes()
        shiboken6.delete(exchanges)  # here, on the UI thread, with its timers
        monkeypatch.undo()
        maya.close()
        titles = sorted(e.title for e in maya.session.journal.entries(Space.SHARED))
        assert titles == ["from maya", "from sam"]
    finally:
        maya.close()
        sam.close()
