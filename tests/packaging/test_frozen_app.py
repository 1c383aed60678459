"""The frozen one-folder app (packaging/toward.spec), built and run as a person would.

Slow (a PyInstaller build, about half a minute here) and needs the `package` extra, so it
runs only when asked:

    TOWARD_TEST_FROZEN=1 .venv/bin/pytest tests/packaging -q -p no:cacheprovider

It builds with packaging/build.sh (which ends with the frozen `toward selftest`), then
checks the two launchers once more from here: the console one's selftest, and the
windowed one starting on a household, showing its lock screen and quitting cleanly.
"""

from __future__ import annotations

import os
import signal
import subprocess
import sys
from pathlib import Path

import pytest

from tests.conftest import make_couple
from tests.e2e.conftest import toward_env

ROOT = Path(__file__).resolve().parents[2]
FOLDER = ROOT / "dist" / "toward"
TIMEOUT = 600

pytestmark = pytest.mark.skipif(
    os.environ.get("TOWARD_TEST_FROZEN") != "1",
    reason="builds the frozen app; run with TOWARD_TEST_FROZEN=1",
)


@pytest.fixture(scope="module")
def built() -> Path:
    env = {**os.environ, "PYTHON": sys.executable}
    result = subprocess.run(
        [str(ROOT / "packaging" / "build.sh")],
        capture_output=True,
        text=True,
        timeout=TIMEOUT,
        env=env,
        check=False,
    )
    assert result.returncode == 0, result.stdout[-4000:] + result.stderr[-4000:]
    assert "selftest passed" in result.stdout
    return FOLDER


def test_console_launcher_selftest(built: Path):
    result = subprocess.run(
        [str(built / "toward"), "selftest"],
        capture_output=True,
        text=True,
        timeout=120,
        env=toward_env(),
        check=False,
    )
    assert result.returncode == 0, result.stdout + result.stderr
    assert "ok   unlocked through the lock screen" in result.stdout


def test_windowed_launcher_shows_the_lock_screen_and_quits_cleanly(built: Path, tmp_path: Path):
    couple = make_couple(tmp_path / "household")
    with subprocess.Popen(
        [str(built / "Toward"), "--data-dir", str(couple.folder), "--verbose"],
        stdin=subprocess.DEVNULL,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
        text=True,
        env=toward_env(),
    ) as process:
        assert process.stderr is not None
        seen = []
        for line in process.stderr:
            seen.append(line)
            if "lock screen shown" in line:
                break
        else:
            pytest.fail("the frozen app exited before its lock screen:\n" + "".join(seen))
        process.send_signal(signal.SIGTERM)
        seen.append(process.stderr.read())
        assert process.wait(timeout=60) == 0, "".join(seen)
    assert "Traceback" not in "".join(seen)


def test_the_folder_holds_the_data_files(built: Path):
    resources = built / "_internal" / "toward" / "resources"
    assert (resources / "style.qss").is_file()
    assert (resources / "toward.svg").is_file()
    assert len(list((resources / "prompts").glob("*.json"))) >= 4
    assert list((resources / "fonts").glob("*.ttf"))  # embedded in therapy summaries
    assert list((resources / "schema").glob("toward-export-*.json"))  # the data export's
    assert list(built.glob("_internal/sqlcipher3/_sqlite3*.so"))
