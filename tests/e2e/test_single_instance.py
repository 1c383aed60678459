"""One running Toward per data folder, checked with real processes."""

from __future__ import annotations

import signal
import subprocess
import sys
from pathlib import Path

from tests.conftest import make_couple
from tests.e2e.conftest import TIMEOUT, demo_folder, toward_env
from toward.ui.platform.single_instance import LOCK_NAME


def test_a_second_start_brings_the_first_window_forward(start_toward, tmp_path: Path):
    couple = make_couple(tmp_path / "household")
    first = start_toward(["--verbose", "--data-dir", str(couple.folder)])
    first.wait_for("lock screen shown")

    second = start_toward(["--verbose", "--data-dir", str(couple.folder)])
    assert second.finish() == 0, second.stderr()
    assert "already open for this household" in second.stderr()
    assert "lock screen shown" not in second.stderr()
    first.wait_for("window brought forward")

    first.process.send_signal(signal.SIGTERM)
    assert first.finish() == 0, first.stderr()
    assert not (couple.folder / LOCK_NAME).exists(), "the lock is given back on exit"


def test_after_a_crash_the_next_start_opens(start_toward, tmp_path: Path):
    couple = make_couple(tmp_path / "household")
    crashed = start_toward(["--verbose", "--data-dir", str(couple.folder)])
    crashed.wait_for("lock screen shown")
    crashed.process.kill()  # no chance to remove its lock file or socket
    crashed.process.wait()
    assert (couple.folder / LOCK_NAME).exists()

    again = start_toward(["--verbose", "--data-dir", str(couple.folder)])
    again.wait_for("lock screen shown")
    # …and it answers a third start itself: the crashed one's socket was replaced.
    third = start_toward(["--verbose", "--data-dir", str(couple.folder)])
    assert third.finish() == 0, third.stderr()
    again.wait_for("window brought forward")


def hold_lock_elsewhere(folder: Path, host: str) -> None:
    """A lock file as another computer sharing the folder leaves it (its process unknown)."""
    (folder / LOCK_NAME).write_text(f"4242\ntoward\n{host}\n\n\n", "utf-8")


def test_open_on_another_computer_is_said_plainly(start_toward, tmp_path: Path):
    couple = make_couple(tmp_path / "household")
    hold_lock_elsewhere(couple.folder, "kitchen-laptop")

    second = start_toward(["--verbose", "--data-dir", str(couple.folder)])
    second.wait_for("problem shown")
    said = second.stderr()
    assert "already open on the computer “kitchen-laptop”" in said
    assert f"delete the file {LOCK_NAME}" in said
    second.process.send_signal(signal.SIGTERM)
    assert second.finish() == 1
    assert (couple.folder / LOCK_NAME).exists(), "someone else's lock is never removed"
    assert "Traceback" not in second.stderr()


def test_open_under_another_account_here_is_said_plainly(start_toward, tmp_path: Path):
    # Another OS account: same computer, its process alive, its socket out of our reach
    # (here: a process that holds the lock and listens nowhere).
    couple = make_couple(tmp_path / "household")
    holder = subprocess.Popen(
        [
            sys.executable,
            "-c",
            "import sys; from PySide6.QtCore import QLockFile;"
            f"lock = QLockFile({str(couple.folder / LOCK_NAME)!r}); lock.setStaleLockTime(0);"
            "print(lock.tryLock(0), flush=True); sys.stdin.read()",
        ],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
        env=toward_env(),
    )
    try:
        assert holder.stdout is not None and holder.stdout.readline().strip() == "True"
        second = start_toward(["--verbose", "--data-dir", str(couple.folder)])
        second.wait_for("problem shown")
        said = second.stderr()
        assert "already open in another Toward on this computer" in said
        assert "delete the file" not in said  # the holder is alive: nothing to clear by hand
        second.process.send_signal(signal.SIGTERM)
        assert second.finish() == 1
    finally:
        assert holder.stdin is not None
        holder.stdin.close()
        holder.wait(timeout=TIMEOUT)
        assert holder.stdout is not None
        holder.stdout.close()


def test_two_demos_run_side_by_side(start_toward):
    first = start_toward(["--demo", "--verbose"])
    second = start_toward(["--demo", "--verbose"])
    folders = {demo_folder(app.wait_for("Demo household in ")) for app in (first, second)}
    for app in (first, second):
        app.wait_for("lock screen shown")
    assert len(folders) == 2
    for app in (first, second):
        app.process.send_signal(signal.SIGTERM)
        assert app.finish() == 0, app.stderr()
