"""The running app is hardened: no core dumps (checked from outside, on Linux)."""

from __future__ import annotations

import signal
import sys
from pathlib import Path

import pytest

from tests.conftest import make_couple


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="/proc is Linux's")
def test_the_running_app_can_leave_no_core_dump(start_toward, tmp_path: Path):
    couple = make_couple(tmp_path / "household")
    app = start_toward(["--verbose", "--data-dir", str(couple.folder)])
    app.wait_for("lock screen shown")

    limits = Path(f"/proc/{app.process.pid}/limits").read_text("utf-8")

    core = next(line for line in limits.splitlines() if line.startswith("Max core file size"))
    assert core.split()[4:6] == ["0", "0"], core
    app.process.send_signal(signal.SIGTERM)
    assert app.finish() == 0, app.stderr()
