"""How long Toward takes to start and to unlock, next to what it cannot do faster than.

    python tests/benchmarks/bench_startup.py [--runs N] [--platform offscreen|xcb|…]

Cold start: `python -m toward --data-dir X --verbose` until it logs "lock screen shown"
(once the lock screen's first paint has finished), against a bare PySide6 window started
the same way (a new Python process that imports PySide6, shows a QWidget and says so once
painted). Both are new processes each run; the operating
system's file cache is warm after the first run, as it is on a computer in daily use.

Unlock: `Household.unlock` at the default KDF cost (derive the key, unwrap two keys, open
and check two SQLCipher databases) against the bare Argon2id derivation at the same cost.

Not collected by pytest (the file name does not start with test_).
"""

from __future__ import annotations

import argparse
import os
import queue
import shutil
import signal
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from collections.abc import Callable, Sequence
from pathlib import Path

from toward import Household
from toward.session import Session
from toward.vault.kdf import DEFAULT_COST, FLOOR_COST, KdfParams, derive_key, normalize_password

PASSWORD = "benchmark-password"
LOCK_SCREEN_LINE = "lock screen shown"
BARE_WINDOW_LINE = "bare window shown"
TIMEOUT = 60.0

# Shown the same way run_app shows its window: create the app, show the window, and report
# once its first paint has finished (run_app logs its line the same way, from the lock
# screen's first paint), so both figures include drawing what is shown.
BARE_WINDOW = f"""
import signal, sys
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QWidget
app = QApplication(sys.argv[:1])
signal.signal(signal.SIGTERM, lambda *_: app.quit())
wake = QTimer(app)  # lets Python run the signal handler, as run_app does
wake.timeout.connect(lambda: None)
wake.start(250)
class Window(QWidget):
    painted = False
    def paintEvent(self, event):
        super().paintEvent(event)
        if not self.painted:
            self.painted = True
            QTimer.singleShot(0, lambda: print({BARE_WINDOW_LINE!r}, file=sys.stderr, flush=True))
window = Window()
window.setWindowTitle("bare")
window.resize(1180, 780)
window.show()
sys.exit(app.exec())
"""


def private_env(root: Path, platform: str) -> dict[str, str]:
    """The environment for a started app: its own HOME and XDG folders under `root`."""
    env = dict(os.environ)
    for name in ("home", "data", "config", "cache"):
        (root / name).mkdir()
    env.update(
        QT_QPA_PLATFORM=platform,
        HOME=str(root / "home"),
        XDG_DATA_HOME=str(root / "data"),
        XDG_CONFIG_HOME=str(root / "config"),
        XDG_CACHE_HOME=str(root / "cache"),
    )
    env.pop("TOWARD_DATA_DIR", None)
    # As installed (pip and the frozen app ship compiled bytecode): the warm-up run writes
    # __pycache__ so that the timed runs do not compile the sources again.
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    return env


def time_until_line(command: Sequence[str], line: str, env: dict[str, str]) -> float:
    """Seconds from starting `command` to `line` appearing on its stderr; then stop it."""
    lines: queue.Queue[str | None] = queue.Queue()
    start = time.perf_counter()
    process = subprocess.Popen(
        command,
        stdin=subprocess.DEVNULL,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
        text=True,
        env=env,
    )

    def read() -> None:
        assert process.stderr is not None
        for text in process.stderr:
            lines.put(text)
        lines.put(None)

    threading.Thread(target=read, daemon=True).start()
    seen: list[str] = []
    try:
        while True:
            text = lines.get(timeout=TIMEOUT)
            if text is None:
                raise RuntimeError(f"{command} exited before {line!r}:\n{''.join(seen)}")
            seen.append(text)
            if line in text:
                elapsed = time.perf_counter() - start
                break
        stop(process)
    finally:
        if process.poll() is None:
            process.kill()
            process.wait()
    return elapsed


def stop(process: subprocess.Popen[str]) -> None:
    """Ask the process to quit (SIGTERM), again each half second, for at most TIMEOUT.

    Repeated so that a build of the app that loses an early signal cannot hang the run.
    """
    deadline = time.monotonic() + TIMEOUT
    while time.monotonic() < deadline:
        process.send_signal(signal.SIGTERM)
        try:
            process.wait(timeout=0.5)
            return
        except subprocess.TimeoutExpired:
            continue


def timed(action: Callable[[], object]) -> float:
    start = time.perf_counter()
    action()
    return time.perf_counter() - start


def startup(runs: int, env: dict[str, str], folder: Path) -> tuple[list[float], list[float]]:
    """Cold-start times of the bare window and of Toward's lock screen, runs interleaved."""
    toward = [sys.executable, "-m", "toward", "--data-dir", str(folder), "--verbose"]
    bare = [sys.executable, "-c", BARE_WINDOW]
    time_until_line(bare, BARE_WINDOW_LINE, env)  # warm the file cache for both
    time_until_line(toward, LOCK_SCREEN_LINE, env)
    bare_times, toward_times = [], []
    for _ in range(runs):
        bare_times.append(time_until_line(bare, BARE_WINDOW_LINE, env))
        toward_times.append(time_until_line(toward, LOCK_SCREEN_LINE, env))
    return bare_times, toward_times


def unlock(runs: int, folder: Path) -> tuple[list[float], list[float]]:
    """Household.unlock at the default cost, and the bare KDF at the same cost."""
    household = Household.create(folder, kdf_cost=DEFAULT_COST)
    household.add_partner("Bench", PASSWORD)
    params = KdfParams.fresh(DEFAULT_COST)
    secret = normalize_password(PASSWORD)
    kdf_times, unlock_times = [], []
    for _ in range(runs):
        kdf_times.append(timed(lambda: derive_key(secret, params)))
        start = time.perf_counter()
        session = Session.start(household.unlock("Bench", PASSWORD))
        unlock_times.append(time.perf_counter() - start)
        session.lock()
    return kdf_times, unlock_times


def row(label: str, times: Sequence[float]) -> str:
    median = statistics.median(times)
    return f"{label:<44}{median:>9.3f} s{min(times):>9.3f} s{max(times):>9.3f} s"


def ratio(label: str, numerator: Sequence[float], denominator: Sequence[float]) -> str:
    value = statistics.median(numerator) / statistics.median(denominator)
    return f"{label:<44}{value:>9.2f} ×"


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=7, help="runs of each (default 7)")
    parser.add_argument(
        "--platform",
        default=os.environ.get("QT_QPA_PLATFORM", "offscreen"),
        help="Qt platform plugin (default: $QT_QPA_PLATFORM, else offscreen)",
    )
    args = parser.parse_args(argv)
    root = Path(tempfile.mkdtemp(prefix="toward-bench-"))
    try:
        env = private_env(root, args.platform)
        started = root / "start"
        household = Household.create(started, kdf_cost=FLOOR_COST)
        household.add_partner("Bench", PASSWORD)
        bare, toward = startup(args.runs, env, started)
        kdf, unlocked = unlock(args.runs, root / "unlock")
    finally:
        shutil.rmtree(root, ignore_errors=True)

    cost = DEFAULT_COST
    print(f"Toward benchmark: median of {args.runs} runs, Qt platform {args.platform}")
    print(f"{'':<44}{'median':>11}{'min':>11}{'max':>11}")
    print(row("bare PySide6 window painted (new process)", bare))
    print(row("Toward lock screen painted (new process)", toward))
    print(ratio("  start-up ratio, Toward / bare window", toward, bare))
    kdf_label = f"bare Argon2id ({cost.memory_kib // 1024} MiB, t={cost.time_cost}, "
    kdf_label += f"p={cost.parallelism})"
    print(row(kdf_label, kdf))
    print(row("Household.unlock (KDF, unwrap, open two DBs)", unlocked))
    print(ratio("  unlock ratio, unlock / bare KDF", unlocked, kdf))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
