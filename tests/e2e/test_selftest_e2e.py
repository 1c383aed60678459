"""`toward selftest`: the build check the frozen app runs (see packaging/), run from source."""

from __future__ import annotations

import tempfile
from pathlib import Path

from tests.e2e.conftest import run_toward


def test_selftest_passes_and_leaves_nothing_behind():
    before = set(Path(tempfile.gettempdir()).glob("toward-selftest-*"))
    result = run_toward(["selftest"])
    assert result.returncode == 0, result.stdout + result.stderr
    assert "ok   unlocked through the lock screen" in result.stdout
    assert "ok   opened the Journal page" in result.stdout
    assert result.stdout.rstrip().splitlines()[-1].startswith("selftest passed in")
    assert "FAIL" not in result.stdout
    assert set(Path(tempfile.gettempdir()).glob("toward-selftest-*")) == before


def test_selftest_is_not_offered_in_the_help():
    result = run_toward(["--help"])
    assert result.returncode == 0
    assert "doctor" in result.stdout
    assert "selftest" not in result.stdout
