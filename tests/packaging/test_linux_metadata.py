"""The Linux desktop entry, AppStream metainfo and icons under packaging/ are valid and agree.

The validators are Debian's desktop-file-utils and appstream; without them those two
tests are skipped (apt-get install desktop-file-utils appstream). The metainfo is checked
with --no-net: its screenshot URLs name where packaging/screenshots/ is to be published.
"""

from __future__ import annotations

import shutil
import subprocess
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from PySide6.QtGui import QImage

ROOT = Path(__file__).resolve().parents[2]
LINUX = ROOT / "packaging" / "linux"
APP_ID = "org.toward.Toward"
DESKTOP = LINUX / f"{APP_ID}.desktop"
METAINFO = LINUX / f"{APP_ID}.metainfo.xml"


def run(*command: str) -> subprocess.CompletedProcess[str]:
    if shutil.which(command[0]) is None:
        pytest.skip(f"{command[0]} is not installed")
    return subprocess.run(command, capture_output=True, text=True, timeout=60, check=False)


def test_desktop_file_validates():
    result = run("desktop-file-validate", str(DESKTOP))
    assert result.returncode == 0, result.stdout + result.stderr
    assert "error" not in result.stdout.lower()


def test_metainfo_validates():
    result = run("appstreamcli", "validate", "--no-net", str(METAINFO))
    assert result.returncode == 0, result.stdout + result.stderr


def test_the_entries_name_the_same_app_icon_and_screenshots():
    entry = dict(line.split("=", 1) for line in DESKTOP.read_text().splitlines() if "=" in line)
    assert entry["Icon"] == APP_ID
    component = ET.parse(METAINFO).getroot()
    assert component.findtext("id") == APP_ID
    assert component.findtext("launchable") == DESKTOP.name
    assert component.findtext("provides/binary") == entry["Exec"]
    for image in component.iter("image"):
        shot = ROOT / "packaging" / "screenshots" / Path(str(image.text)).name
        picture = QImage(str(shot))
        assert not picture.isNull(), shot
        assert (picture.width(), picture.height()) == (
            int(image.get("width")),
            int(image.get("height")),
        )


@pytest.mark.parametrize("size", [16, 24, 32, 48, 64, 128, 256, 512])
def test_an_icon_for_each_size(size):
    path = ROOT / "packaging" / "icons" / "hicolor" / f"{size}x{size}" / "apps" / f"{APP_ID}.png"
    picture = QImage(str(path))
    assert (picture.width(), picture.height()) == (size, size)
    assert picture.pixelColor(size // 2, size // 2).alpha() == 255, "the icon is drawn, not empty"


def test_the_screenshots_show_the_lock_screen_and_every_section():
    from toward.ui.sections import default_sections

    component = ET.parse(METAINFO).getroot()
    shown = {Path(str(image.text)).stem for image in component.iter("image")}
    assert shown == {"lock-screen"} | {section.key for section in default_sections()}
    on_disk = {path.stem for path in (ROOT / "packaging" / "screenshots").glob("*.png")}
    assert on_disk == shown, "a screenshot no longer listed, or one missing"
