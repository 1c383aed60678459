"""The first window waits for nothing it does not need (see bench_startup.py for the times).

`python -m toward` is run in a new process whose "lock screen shown" log (written once the
lock screen's first paint has finished) is caught, to look at what had been loaded by then.
"""

from __future__ import annotations

import json
import subprocess
import sys

from tests.conftest import make_couple
from tests.e2e.conftest import TIMEOUT, toward_env

# Run as `python -m toward` runs, with a logging handler that notes the state at that line.
PROBE = """
import gc, json, logging, sys
from toward.__main__ import main

seen = {}

class Probe(logging.Handler):
    def emit(self, record):
        if record.getMessage() != "lock screen shown":
            return
        from PySide6 import QtCore
        from PySide6.QtWidgets import QApplication

        seen["qt_namespace_set_up"] = "Qt" in vars(QtCore)
        seen["gc_paused"] = not gc.isenabled()
        seen["loaded"] = sorted(sys.modules)
        QtCore.QTimer.singleShot(0, QApplication.quit)

logging.getLogger("toward.ui").addHandler(Probe())
sys.argv = ["toward", "--data-dir", sys.argv[1], "--verbose"]
code = main()
seen["gc_after"] = gc.isenabled()
seen["frozen"] = gc.get_freeze_count()
print(json.dumps(seen))
sys.exit(code)
"""

# What unlocking, the pages, D-Bus and the second-start socket need: after the first paint.
NOT_BEFORE_THE_LOCK_SCREEN = (
    "toward.session",
    "toward.vault.database",
    "sqlcipher3",
    "argon2",
    "cryptography",
    "keyring",
    "toward.ui.main_view",
    "PySide6.QtNetwork",
    "PySide6.QtDBus",
    "PySide6.QtCharts",
    "hashlib",
)


def test_the_lock_screen_is_drawn_before_the_rest_loads(tmp_path):
    folder = make_couple(tmp_path / "household").folder
    result = subprocess.run(
        [sys.executable, "-c", PROBE, str(folder)],
        capture_output=True,
        text=True,
        timeout=TIMEOUT,
        env=toward_env(),
        check=False,
    )
    assert result.returncode == 0, result.stderr
    seen = json.loads(result.stdout.strip().splitlines()[-1])

    # PySide6 builds ~90 enums on first use of its Qt namespace (~20 ms on Python 3.11).
    assert not seen["qt_namespace_set_up"]
    assert seen["gc_paused"]
    early = [name for name in NOT_BEFORE_THE_LOCK_SCREEN if name in seen["loaded"]]
    assert early == []
    assert seen["gc_after"], "the garbage collector must be back on once the window is painted"
    assert seen["frozen"] > 10_000, "what start-up made is frozen out of later collections"
