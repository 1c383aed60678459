"""Running `python -m toward` as a subprocess, offscreen, with bounded waits."""

from __future__ import annotations

import os
import queue
import subprocess
import sys
import threading
import time
from collections.abc import Iterator, Sequence
from pathlib import Path

import pytest

TIMEOUT = 60.0


def toward_env(**extra: str) -> dict[str, str]:
    """The test's environment (private HOME, TMPDIR, XDG folders), offscreen Qt."""
    env = dict(os.environ)
    env["QT_QPA_PLATFORM"] = "offscreen"
    env["PYTHONUNBUFFERED"] = "1"
    env.pop("TOWARD_DATA_DIR", None)
    env.update(extra)
    return env


def run_toward(
    args: Sequence[str], *, stdin: str | None = None, env: dict[str, str] | None = None
) -> subprocess.CompletedProcess[str]:
    """Run `python -m toward ARGS` to the end; stdin is closed (empty) unless given."""
    return subprocess.run(
        [sys.executable, "-m", "toward", *args],
        input=stdin if stdin is not None else "",
        capture_output=True,
        text=True,
        timeout=TIMEOUT,
        env=env or toward_env(),
        check=False,
    )


class RunningApp:
    """A started `python -m toward`, its stderr read line by line in the background."""

    def __init__(self, args: Sequence[str], env: dict[str, str] | None = None) -> None:
        self.process = subprocess.Popen(
            [sys.executable, "-m", "toward", *args],
            stdin=subprocess.DEVNULL,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
            env=env or toward_env(),
        )
        self.lines: list[str] = []
        self._queue: queue.Queue[str | None] = queue.Queue()
        threading.Thread(target=self._read, daemon=True).start()

    def _read(self) -> None:
        assert self.process.stderr is not None
        for line in self.process.stderr:
            self._queue.put(line.rstrip("\n"))
        self._queue.put(None)

    def wait_for(self, text: str, timeout: float = TIMEOUT) -> str:
        """The first stderr line containing `text`; fails after `timeout` or at exit."""
        for line in self.lines:
            if text in line:
                return line
        deadline = time.monotonic() + timeout
        while (left := deadline - time.monotonic()) > 0:
            try:
                line = self._queue.get(timeout=left)
            except queue.Empty:
                break
            if line is None:
                pytest.fail(f"toward exited before {text!r}:\n" + self.stderr())
            self.lines.append(line)
            if text in line:
                return line
        pytest.fail(f"no {text!r} within {timeout} s:\n" + self.stderr())

    def finish(self, timeout: float = TIMEOUT) -> int:
        """Wait for the exit and collect the rest of stderr; returns the exit code."""
        code = self.process.wait(timeout=timeout)
        while (line := self._queue.get(timeout=timeout)) is not None:
            self.lines.append(line)
        return code

    def stderr(self) -> str:
        return "\n".join(self.lines)

    def kill(self) -> None:
        if self.process.poll() is None:
            self.process.kill()
            self.process.wait()
        for stream in (self.process.stdout, self.process.stderr):
            if stream is not None:
                stream.close()


@pytest.fixture
def start_toward() -> Iterator[type[RunningApp]]:
    """Start toward processes that are always ended when the test is over."""
    started: list[RunningApp] = []

    class Tracked(RunningApp):
        def __init__(self, args: Sequence[str], env: dict[str, str] | None = None) -> None:
            super().__init__(args, env)
            started.append(self)

    yield Tracked
    for app in started:
        app.kill()


def demo_folder(line: str) -> Path:
    """The folder named in 'Demo household in PATH (removed on exit)'."""
    prefix, suffix = "Demo household in ", " (removed on exit)"
    start = line.index(prefix) + len(prefix)
    return Path(line[start : line.rindex(suffix)])
