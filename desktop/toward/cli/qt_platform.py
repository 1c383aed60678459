"""Before Qt starts on Linux: are the system libraries its window platform needs there?

Qt's `xcb` plugin aborts the process when a library it links to is missing, naming a
library that is often not the missing one. So, before PySide6.QtGui is imported, the
plugin's libraries are looked up here; when some are missing, a Wayland session uses Qt's
Wayland platform instead, and otherwise the person is told which packages to install.
Nothing here imports QtGui or QtWidgets.
"""

from __future__ import annotations

import logging
import os
import shutil
import subprocess
import sys
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass
from pathlib import Path

from toward.core.i18n import translate

log = logging.getLogger("toward.cli.qt_platform")

# The systems named in README, each with its install command.
DEBIAN, FEDORA, ARCH, OPENSUSE = "debian", "fedora", "arch", "opensuse"
INSTALL_COMMANDS = {
    DEBIAN: "sudo apt install",
    FEDORA: "sudo dnf install",
    ARCH: "sudo pacman -S",
    OPENSUSE: "sudo zypper install",
}
SYSTEM_NAMES = {
    DEBIAN: "Debian or Ubuntu",
    FEDORA: "Fedora",
    ARCH: "Arch",
    OPENSUSE: "openSUSE",
}

# soname -> (Debian/Ubuntu, Fedora, Arch, openSUSE) package: what the xcb and Wayland
# plugins link to beyond the C and C++ runtimes.
PACKAGES: dict[str, tuple[str, str, str, str]] = {
    "libxcb-cursor.so.0": (
        "libxcb-cursor0",
        "xcb-util-cursor",
        "xcb-util-cursor",
        "libxcb-cursor0",
    ),
    "libxcb-icccm.so.4": ("libxcb-icccm4", "xcb-util-wm", "xcb-util-wm", "libxcb-icccm4"),
    "libxcb-keysyms.so.1": (
        "libxcb-keysyms1",
        "xcb-util-keysyms",
        "xcb-util-keysyms",
        "libxcb-keysyms1",
    ),
    "libxcb-image.so.0": ("libxcb-image0", "xcb-util-image", "xcb-util-image", "libxcb-image0"),
    "libxcb-util.so.1": ("libxcb-util1", "xcb-util", "xcb-util", "libxcb-util1"),
    "libxcb-render-util.so.0": (
        "libxcb-render-util0",
        "xcb-util-renderutil",
        "xcb-util-renderutil",
        "libxcb-render-util0",
    ),
    "libxkbcommon-x11.so.0": (
        "libxkbcommon-x11-0",
        "libxkbcommon-x11",
        "libxkbcommon-x11",
        "libxkbcommon-x11-0",
    ),
    "libxkbcommon.so.0": ("libxkbcommon0", "libxkbcommon", "libxkbcommon", "libxkbcommon0"),
    "libxcb.so.1": ("libxcb1", "libxcb", "libxcb", "libxcb1"),
    "libxcb-randr.so.0": ("libxcb-randr0", "libxcb", "libxcb", "libxcb-randr0"),
    "libxcb-shm.so.0": ("libxcb-shm0", "libxcb", "libxcb", "libxcb-shm0"),
    "libxcb-sync.so.1": ("libxcb-sync1", "libxcb", "libxcb", "libxcb-sync1"),
    "libxcb-xfixes.so.0": ("libxcb-xfixes0", "libxcb", "libxcb", "libxcb-xfixes0"),
    "libxcb-render.so.0": ("libxcb-render0", "libxcb", "libxcb", "libxcb-render0"),
    "libxcb-shape.so.0": ("libxcb-shape0", "libxcb", "libxcb", "libxcb-shape0"),
    "libxcb-xkb.so.1": ("libxcb-xkb1", "libxcb", "libxcb", "libxcb-xkb1"),
    "libX11-xcb.so.1": ("libx11-xcb1", "libX11-xcb", "libx11", "libX11-xcb1"),
    "libX11.so.6": ("libx11-6", "libX11", "libx11", "libX11-6"),
    "libGL.so.1": ("libgl1", "libglvnd-glx", "libglvnd", "libGL1"),
    "libEGL.so.1": ("libegl1", "libglvnd-egl", "libglvnd", "libEGL1"),
    "libfontconfig.so.1": ("libfontconfig1", "fontconfig", "fontconfig", "libfontconfig1"),
    "libfreetype.so.6": ("libfreetype6", "freetype", "freetype2", "libfreetype6"),
    "libdbus-1.so.3": ("libdbus-1-3", "dbus-libs", "dbus", "libdbus-1-3"),
    "libglib-2.0.so.0": ("libglib2.0-0", "glib2", "glib2", "libglib-2_0-0"),
    "libgthread-2.0.so.0": ("libglib2.0-0", "glib2", "glib2", "libgthread-2_0-0"),
    "libwayland-client.so.0": (
        "libwayland-client0",
        "libwayland-client",
        "wayland",
        "libwayland-client0",
    ),
    "libwayland-cursor.so.0": (
        "libwayland-cursor0",
        "libwayland-cursor",
        "wayland",
        "libwayland-cursor0",
    ),
    "libwayland-egl.so.1": ("libwayland-egl1", "libwayland-egl", "wayland", "libwayland-egl1"),
}
_COLUMN = {DEBIAN: 0, FEDORA: 1, ARCH: 2, OPENSUSE: 3}

# What a person who runs `toward` needs for the app's window, Debian names: README's
# Set-up line and the frozen app's bundle (packaging/toward.spec) follow this list.
XCB_UTIL_SONAMES = (
    "libxcb-cursor.so.0",
    "libxcb-icccm.so.4",
    "libxcb-keysyms.so.1",
    "libxcb-image.so.0",
    "libxcb-util.so.1",
    "libxcb-render-util.so.0",
    "libxkbcommon-x11.so.0",
)


@dataclass(frozen=True)
class PlatformCheck:
    """The outcome: go ahead (perhaps on another platform), or stop with `message`."""

    platform: str | None = None  # set QT_QPA_PLATFORM to this before Qt loads
    message: str | None = None  # say this and exit instead of starting Qt


def check_platform(
    env: Mapping[str, str] | None = None,
    *,
    missing_for: Callable[[str], list[str]] | None = None,
    os_release: Path = Path("/etc/os-release"),
) -> PlatformCheck:
    """Whether Qt can show a window here; `missing_for(plugin)` lists a plugin's absent sonames."""
    env = os.environ if env is None else env
    requested = env.get("QT_QPA_PLATFORM", "")
    if not sys.platform.startswith("linux") or requested not in ("", "xcb"):
        return PlatformCheck()  # not Linux, or a platform chosen on purpose (offscreen, …)
    missing_for = missing_for or missing_libraries
    missing = missing_for("xcb")
    if not missing:
        return PlatformCheck()
    wayland = env.get("WAYLAND_DISPLAY") or env.get("XDG_SESSION_TYPE") == "wayland"
    if wayland and not requested and not missing_for("wayland"):
        log.info("Qt's xcb libraries are missing (%s): using Wayland", ", ".join(missing))
        return PlatformCheck(platform="wayland")
    return PlatformCheck(message=install_advice(missing, system_family(os_release)))


def install_advice(missing: Iterable[str], family: str | None) -> str:
    """One paragraph: which libraries are missing and the command that installs them."""
    sonames = sorted(set(missing))
    files = ", ".join(sonames)
    opening = translate(
        "cli.qt_platform",
        "Toward can't open its window: the system libraries Qt needs to draw on this "
        "desktop are not all installed (missing: {files}).",
    ).format(files=files)
    if family is None:
        advice = translate(
            "cli.qt_platform",
            "Install the packages that provide them with your system's package manager (on "
            "Debian or Ubuntu: `{command}`), then start Toward again. Nothing was opened or "
            "changed.",
        ).format(command=install_command(sonames, DEBIAN))
    else:
        advice = translate(
            "cli.qt_platform",
            "On {system}, install them with `{command}`, then start Toward again. Nothing was "
            "opened or changed.",
        ).format(system=SYSTEM_NAMES[family], command=install_command(sonames, family))
    return f"{opening} {advice}"


def install_command(sonames: Iterable[str], family: str) -> str:
    """The install command for `sonames` on `family`; an unknown soname is named as is."""
    packages: list[str] = []
    for soname in sonames:
        row = PACKAGES.get(soname)
        name = row[_COLUMN[family]] if row else soname
        if name not in packages:
            packages.append(name)
    return f"{INSTALL_COMMANDS[family]} {' '.join(packages)}"


def system_family(os_release: Path = Path("/etc/os-release")) -> str | None:
    """Which of the four named systems this is (ID and ID_LIKE in os-release), or None."""
    try:
        text = os_release.read_text(encoding="utf-8")
    except OSError:
        return None
    names: list[str] = []
    for line in text.splitlines():
        key, _, value = line.partition("=")
        if key in ("ID", "ID_LIKE"):
            names += value.strip().strip("\"'").lower().split()
    for name in names:
        if name in ("debian", "ubuntu"):
            return DEBIAN
        if name in ("fedora", "rhel", "centos"):
            return FEDORA
        if name in ("arch", "manjaro", "endeavouros"):
            return ARCH
        if name.startswith(("opensuse", "suse", "sles")):
            return OPENSUSE
    return None


def missing_libraries(plugin: str) -> list[str]:
    """The sonames Qt's `plugin` platform (xcb, wayland) links to that cannot be loaded."""
    path = plugin_path(plugin)
    if path is None:
        return []  # an unusual build: let Qt speak for itself
    ldd = shutil.which("ldd")
    if ldd is not None:
        try:
            listing = subprocess.run(
                [ldd, str(path)], capture_output=True, text=True, timeout=20, check=False
            ).stdout
        except (OSError, subprocess.TimeoutExpired):
            listing = None
        if listing is not None:
            return not_found_in(listing)
    return [name for name in XCB_UTIL_SONAMES if not _loadable(name)] if plugin == "xcb" else []


def not_found_in(ldd_output: str) -> list[str]:
    """The sonames `ldd` reported as "not found", each once, in order."""
    missing: list[str] = []
    for line in ldd_output.splitlines():
        name, arrow, where = line.strip().partition(" => ")
        if arrow and where.strip() == "not found" and name not in missing:
            missing.append(name)
    return missing


def plugin_path(plugin: str) -> Path | None:
    """PySide6's plugins/platforms/libq<plugin>.so, found without loading Qt's GUI."""
    import PySide6  # the package only: its __init__ sets up paths, not QtGui

    base = Path(PySide6.__file__).parent
    for folder in (base / "Qt" / "plugins", base / "plugins"):
        candidate = folder / "platforms" / f"libq{plugin}.so"
        if candidate.is_file():
            return candidate
    return None


def _loadable(soname: str) -> bool:
    import ctypes

    try:
        ctypes.CDLL(soname)
    except OSError:
        return False
    return True


def prepare_platform() -> str | None:
    """Run the check for real: set the platform if needed; the message to stop with, if any."""
    result = check_platform()
    if result.platform is not None:
        os.environ["QT_QPA_PLATFORM"] = result.platform
    return result.message
