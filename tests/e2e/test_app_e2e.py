"""`toward` and `toward --demo` started as a person starts them, then stopped by a signal."""

from __future__ import annotations

import signal

from tests.conftest import make_couple
from tests.e2e.conftest import demo_folder, run_toward, toward_env
from toward import __version__


def test_version():
    result = run_toward(["--version"])
    assert result.returncode == 0
    assert result.stdout.strip() == f"Toward {__version__}"


def test_help_lists_the_commands():
    result = run_toward(["--help"])
    assert result.returncode == 0
    for option in ("--data-dir", "--demo", "--verbose", "doctor"):
        assert option in result.stdout


def test_demo_shows_the_lock_screen_and_is_removed_on_sigterm(start_toward):
    app = start_toward(["--demo", "--verbose"])
    folder = demo_folder(app.wait_for("Demo household in "))
    app.wait_for("lock screen shown")
    assert (folder / "household.json").exists()
    assert (folder / "shared.db").exists()

    app.process.send_signal(signal.SIGTERM)
    assert app.finish() == 0, app.stderr()
    assert not folder.exists()
    assert "Traceback" not in app.stderr()


def test_demo_is_removed_on_ctrl_c(start_toward):
    app = start_toward(["--demo", "--verbose"])
    folder = demo_folder(app.wait_for("Demo household in "))
    app.wait_for("lock screen shown")
    app.process.send_signal(signal.SIGINT)
    assert app.finish() == 0, app.stderr()
    assert not folder.exists()


def test_app_opens_the_household_named_by_the_environment(start_toward, tmp_path):
    couple = make_couple(tmp_path / "household")
    app = start_toward(["--verbose"], env=toward_env(TOWARD_DATA_DIR=str(couple.folder)))
    app.wait_for("lock screen shown")
    app.process.send_signal(signal.SIGTERM)
    assert app.finish() == 0, app.stderr()
    assert "Traceback" not in app.stderr()
    assert sorted(p.name for p in couple.folder.glob("*.db")) == sorted(
        ["shared.db", *(f"private-{p.id}.db" for p in couple.household.partners)]
    )
