"""The command line: options, data folder choice, passwords from stdin, starting the app."""

from __future__ import annotations

import io
import signal
import sys
import types
from pathlib import Path

import pytest

from toward import Household, __version__
from toward.cli import main as cli
from toward.vault.kdf import FLOOR_COST


class FakeApp:
    """Stands in for toward.ui.app, recording how run_app was called."""

    def __init__(self, result: int = 0, error: BaseException | None = None) -> None:
        self.calls: list[tuple[Path, dict[str, str] | None]] = []
        self.result = result
        self.error = error
        self.seen_files: list[str] = []

    def run_app(self, data_dir: Path, *, demo_passwords: dict[str, str] | None = None) -> int:
        self.calls.append((data_dir, demo_passwords))
        self.seen_files = sorted(p.name for p in data_dir.iterdir()) if data_dir.exists() else []
        if self.error is not None:
            raise self.error
        return self.result


@pytest.fixture
def fake_app(monkeypatch):
    app = FakeApp()
    module = types.ModuleType("toward.ui.app")
    module.run_app = app.run_app  # type: ignore[attr-defined]
    monkeypatch.setitem(sys.modules, "toward.ui.app", module)
    return app


class FakeTty(io.StringIO):
    def isatty(self) -> bool:
        return True


def test_version(capsys):
    with pytest.raises(SystemExit) as exit_info:
        cli.main(["--version"])
    assert exit_info.value.code == 0
    assert capsys.readouterr().out.strip() == f"Toward {__version__}"


def test_starts_the_app_on_the_given_folder(fake_app, tmp_path):
    assert cli.main(["--data-dir", str(tmp_path / "h")]) == 0
    assert fake_app.calls == [(tmp_path / "h", None)]


def test_app_exit_code_is_passed_on(fake_app, tmp_path):
    fake_app.result = 3
    assert cli.main(["--data-dir", str(tmp_path)]) == 3


def test_data_dir_from_environment(fake_app, tmp_path, monkeypatch):
    monkeypatch.setenv("TOWARD_DATA_DIR", str(tmp_path / "from-env"))
    cli.main([])
    assert fake_app.calls[0][0] == tmp_path / "from-env"


def test_option_beats_environment(tmp_path, monkeypatch):
    monkeypatch.setenv("TOWARD_DATA_DIR", str(tmp_path / "env"))
    assert cli.data_dir(str(tmp_path / "opt")) == tmp_path / "opt"


def test_default_is_the_platform_app_data_folder(private_dirs):
    # conftest points XDG_DATA_HOME at a private folder; Qt follows it on Linux.
    folder = cli.data_dir(None)
    assert folder.name == "Toward"
    if sys.platform.startswith("linux"):
        assert folder == private_dirs / "data" / "Toward"
    assert not folder.exists(), "asking for the folder must not create it"


def test_platform_folder_leaves_qt_names_as_they_were():
    from PySide6.QtCore import QCoreApplication

    QCoreApplication.setApplicationName("Before")
    try:
        cli.platform_data_dir()
        assert QCoreApplication.applicationName() == "Before"
    finally:
        QCoreApplication.setApplicationName("")


@pytest.mark.parametrize(
    "argv",
    [
        ["--data-dir", "X", "doctor"],
        ["doctor", "--data-dir", "X"],
    ],
)
def test_data_dir_before_or_after_the_subcommand(argv):
    args = cli.build_parser().parse_args(argv)
    assert args.command == "doctor"
    assert args.data_dir == "X"


def test_subcommand_without_data_dir_keeps_the_default():
    args = cli.build_parser().parse_args(["doctor"])
    assert args.data_dir is None
    assert args.verbose is False


def test_verbose_after_subcommand():
    assert cli.build_parser().parse_args(["doctor", "--verbose"]).verbose is True


def test_no_password_option_exists(capsys):
    with pytest.raises(SystemExit) as exit_info:
        cli.main(["doctor", "--password", "secret"])
    assert exit_info.value.code == 2


def test_demo_refuses_a_data_dir(capsys):
    with pytest.raises(SystemExit) as exit_info:
        cli.main(["--demo", "--data-dir", "X"])
    assert exit_info.value.code == 2
    assert "--demo" in capsys.readouterr().err


def test_password_from_piped_stdin_is_one_line():
    stdin = io.StringIO("first line pass  \r\nsecond\n")
    assert cli.read_password("Password: ", stdin) == "first line pass  "


def test_empty_stdin_gives_no_password():
    assert cli.read_password("Password: ", io.StringIO("")) is None
    assert cli.read_password("Password: ", io.StringIO("\n")) is None


def test_password_on_a_terminal_is_prompted_without_echo(monkeypatch):
    asked = []
    monkeypatch.setattr(cli.getpass, "getpass", lambda prompt: asked.append(prompt) or "typed")
    assert cli.read_password("Maya's password: ", FakeTty()) == "typed"
    assert asked == ["Maya's password: "]


def test_choice_is_asked_only_on_a_terminal(monkeypatch):
    assert cli.ask_choice("Who?", ["Maya", "Sam"], io.StringIO("Sam\n")) is None
    monkeypatch.setattr("builtins.input", lambda prompt: " Sam ")
    assert cli.ask_choice("Who?", ["Maya", "Sam"], FakeTty()) == "Sam"


def test_known_error_is_a_message_not_a_traceback(fake_app, tmp_path, capsys):
    from toward import HouseholdCorrupted

    fake_app.error = HouseholdCorrupted("The household file is damaged.")
    assert cli.main(["--data-dir", str(tmp_path)]) == 1
    err = capsys.readouterr().err
    assert "toward: The household file is damaged." in err
    assert "Traceback" not in err


def test_a_known_error_is_said_in_the_language_the_command_speaks(fake_app, tmp_path, capsys):
    from toward.translations import use_language
    from toward.vault.errors import QT_TRANSLATE_NOOP, HouseholdBusy

    fake_app.error = HouseholdBusy(
        QT_TRANSLATE_NOOP("vault.errors", "{folder} is open read-only: nothing can be changed."),
        folder=tmp_path,
    )
    use_language("es")
    try:
        assert cli.main(["--data-dir", str(tmp_path)]) == 1
        expected = cli.translate(
            "vault.errors", "{folder} is open read-only: nothing can be changed."
        ).format(folder=tmp_path)
    finally:
        use_language("en")
    assert expected != f"{tmp_path} is open read-only: nothing can be changed."
    assert f"toward: {expected}" in capsys.readouterr().err


def test_demo_runs_the_app_with_the_passwords_and_cleans_up(fake_app, capsys):
    assert cli.main(["--demo"]) == 0
    ((folder, passwords),) = fake_app.calls
    assert set(passwords) == {"Maya", "Sam"}
    assert "household.json" in fake_app.seen_files
    assert f"Demo household in {folder} (removed on exit)" in capsys.readouterr().err
    assert folder.name.startswith("toward-demo-")
    assert not folder.exists()


def test_demo_folder_is_removed_when_the_app_raises(fake_app):
    fake_app.error = RuntimeError("the UI broke")
    with pytest.raises(RuntimeError):
        cli.main(["--demo"])
    ((folder, _),) = fake_app.calls
    assert not folder.exists()


def test_sigterm_while_the_demo_is_built_still_removes_it(fake_app, monkeypatch):
    made: list[Path] = []

    def create_then_get_terminated(folder: Path) -> dict[str, str]:
        made.append(folder)
        Household.create(folder, kdf_cost=FLOOR_COST)
        signal.raise_signal(signal.SIGTERM)
        raise AssertionError("SIGTERM should have ended the demo")

    monkeypatch.setattr("toward.cli.demo.create_demo_household", create_then_get_terminated)
    before = signal.getsignal(signal.SIGTERM)
    with pytest.raises(SystemExit) as exit_info:
        cli.main(["--demo"])
    assert exit_info.value.code == 128 + signal.SIGTERM
    assert not made[0].exists()
    assert fake_app.calls == []
    assert signal.getsignal(signal.SIGTERM) == before
