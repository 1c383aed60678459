"""The check before Qt starts: missing window-system libraries named, with the install command."""

from __future__ import annotations

import sys
import types
from pathlib import Path

import pytest

from toward.cli import main as cli
from toward.cli import qt_platform
from toward.cli.qt_platform import check_platform, install_command, not_found_in

pytestmark = pytest.mark.skipif(not sys.platform.startswith("linux"), reason="Linux only")

LDD = """\
\tlinux-vdso.so.1 (0x00007f0d037aa000)
\tlibxcb-cursor.so.0 => /lib/x86_64-linux-gnu/libxcb-cursor.so.0 (0x00007f0d035f2000)
\tlibxcb-icccm.so.4 => not found
\tlibxcb-keysyms.so.1 => not found
\tlibxcb-icccm.so.4 => not found
"""


def fake_system(missing: dict[str, list[str]]):
    return lambda plugin: missing.get(plugin, [])


def os_release(tmp_path: Path, text: str) -> Path:
    path = tmp_path / "os-release"
    path.write_text(text)
    return path


def test_ldd_output_gives_the_missing_sonames_once():
    assert not_found_in(LDD) == ["libxcb-icccm.so.4", "libxcb-keysyms.so.1"]


@pytest.mark.parametrize(
    ("release", "command"),
    [
        ('ID=ubuntu\nID_LIKE="debian"\n', "sudo apt install libxcb-icccm4 libxcb-keysyms1"),
        ("ID=debian\n", "sudo apt install libxcb-icccm4 libxcb-keysyms1"),
        ('ID="fedora"\n', "sudo dnf install xcb-util-wm xcb-util-keysyms"),
        ("ID=arch\n", "sudo pacman -S xcb-util-wm xcb-util-keysyms"),
        ('ID="opensuse-tumbleweed"\nID_LIKE="opensuse suse"\n', "sudo zypper install "),
    ],
)
def test_missing_libraries_are_named_with_the_command_for_this_system(tmp_path, release, command):
    result = check_platform(
        {"DISPLAY": ":0"},
        missing_for=fake_system({"xcb": ["libxcb-icccm.so.4", "libxcb-keysyms.so.1"]}),
        os_release=os_release(tmp_path, release),
    )
    assert result.platform is None
    assert result.message is not None
    assert command in result.message
    assert "libxcb-icccm.so.4" in result.message
    assert "\n" not in result.message  # one paragraph
    # Not the library Qt's own abort names when these two are missing.
    assert "libxcb-cursor" not in result.message


def test_an_unknown_system_gets_the_library_names(tmp_path):
    result = check_platform(
        {},
        missing_for=fake_system({"xcb": ["libxcb-keysyms.so.1", "libfoo.so.3"]}),
        os_release=os_release(tmp_path, "ID=gentoo\n"),
    )
    assert result.message is not None
    assert "libfoo.so.3" in result.message and "libxcb-keysyms.so.1" in result.message


def test_a_sharing_package_is_named_once():
    assert install_command(["libxcb-shm.so.0", "libxcb-xkb.so.1"], "fedora") == (
        "sudo dnf install libxcb"
    )


def test_nothing_missing_means_go_ahead():
    assert check_platform({}, missing_for=fake_system({})).message is None


def test_a_platform_chosen_on_purpose_is_left_alone():
    never = fake_system({"xcb": ["libxcb-icccm.so.4"]})
    assert check_platform({"QT_QPA_PLATFORM": "offscreen"}, missing_for=never).message is None


def test_a_wayland_session_uses_wayland_when_xcb_cannot_load():
    missing = fake_system({"xcb": ["libxcb-icccm.so.4"]})
    result = check_platform({"WAYLAND_DISPLAY": "wayland-0"}, missing_for=missing)
    assert result.platform == "wayland" and result.message is None


def test_a_wayland_session_missing_wayland_libraries_too_is_told(tmp_path):
    missing = fake_system({"xcb": ["libxcb-icccm.so.4"], "wayland": ["libwayland-cursor.so.0"]})
    result = check_platform(
        {"XDG_SESSION_TYPE": "wayland"},
        missing_for=missing,
        os_release=os_release(tmp_path, "ID=debian\n"),
    )
    assert result.message is not None and "libxcb-icccm4" in result.message


def test_the_real_plugin_is_found():
    assert qt_platform.plugin_path("xcb") is not None


def test_the_demo_stops_cleanly_before_making_its_household(monkeypatch, capsys, tmp_path):
    started: list[Path] = []
    module = types.ModuleType("toward.ui.app")
    module.run_app = lambda folder, **_: started.append(folder) or 0  # type: ignore[attr-defined]
    monkeypatch.setitem(sys.modules, "toward.ui.app", module)
    monkeypatch.delenv("QT_QPA_PLATFORM")
    monkeypatch.delenv("WAYLAND_DISPLAY", raising=False)
    monkeypatch.setattr(
        qt_platform, "missing_libraries", fake_system({"xcb": ["libxcb-keysyms.so.1"]})
    )
    import tempfile

    before = set(Path(tempfile.gettempdir()).iterdir())
    assert cli.main(["--demo"]) == cli.EXIT_PROBLEM
    assert started == []
    assert set(Path(tempfile.gettempdir()).iterdir()) == before
    err = capsys.readouterr().err
    assert "libxcb-keysyms.so.1" in err and "install" in err
