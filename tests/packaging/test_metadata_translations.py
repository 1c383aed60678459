"""The menu entry's and the metainfo's words are in the catalogs, and their translations are
written back into valid files (packaging/metadata.py)."""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "packaging"))

import metadata  # noqa: E402 - packaging/ is not a package
import plurals  # noqa: E402


def test_every_word_of_the_two_files_is_in_the_catalogs():
    spanish = (ROOT / "resources" / "translations" / "toward_es.ts").read_text(encoding="utf-8")
    words = metadata.texts()
    assert "A private, encrypted companion for a couple working on trust" in words
    assert not [w for w in words if w.startswith("First release")], "release notes stay English"
    for word in words:
        assert f"<source>{plurals.escape(word)}</source>" in spanish, word


@pytest.fixture
def copies(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> tuple[Path, Path]:
    desktop = shutil.copy(metadata.DESKTOP, tmp_path / metadata.DESKTOP.name)
    metainfo = shutil.copy(metadata.METAINFO, tmp_path / metadata.METAINFO.name)
    monkeypatch.setattr(metadata, "DESKTOP", Path(desktop))
    monkeypatch.setattr(metadata, "METAINFO", Path(metainfo))
    return Path(desktop), Path(metainfo)


def test_translations_are_written_into_valid_files_and_replaced_on_the_next_release(
    copies: tuple[Path, Path],
):
    desktop, metainfo = copies
    english = metadata.texts()
    metadata.localize({"es": lambda text: "" if text.startswith("Today") else f"ES {text}"})
    metadata.localize({"es": lambda text: "" if text.startswith("Today") else f"ES {text}"})
    entry = desktop.read_text(encoding="utf-8")
    assert "Comment[es]=ES A private, encrypted companion" in entry
    assert entry.count("Comment[es]=") == 1, "an earlier release's line is replaced"
    info = metainfo.read_text(encoding="utf-8")
    assert '<summary xml:lang="es">ES A private' in info
    assert info.count('<summary xml:lang="es">') == 1
    assert '<li xml:lang="es">ES Today' not in info, "an unfinished translation is left out"
    assert metadata.texts() == english, "the translations are not taken for English words"
    for tool, *args in (
        ("desktop-file-validate", str(desktop)),
        ("appstreamcli", "validate", "--no-net", str(metainfo)),
    ):
        if shutil.which(tool) is None:
            continue
        result = subprocess.run([tool, *args], capture_output=True, text=True, check=False)
        assert result.returncode == 0, result.stdout + result.stderr
