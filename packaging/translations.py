"""Refresh and compile Toward's catalogs (README: "Adding a language").

    python packaging/translations.py update    # lupdate: new source strings into every .ts
    python packaging/translations.py release   # lrelease: compile every .ts into its .qm
    python packaging/translations.py check     # exit 1 if a .ts or .qm is out of date
    python packaging/translations.py english "%n entries" "%n entry"   # an English singular

The English catalog holds plural messages only: a `%n` message's source text is its
English plural, and English needs its singular too (`english`, or by hand). lupdate does
not see plurals in Python by itself: packaging/plurals.py restores them after each update.
"""

from __future__ import annotations

import filecmp
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

import metadata  # packaging/metadata.py and plurals.py, beside this script
import plurals

ROOT = Path(__file__).resolve().parents[1]
SOURCES = ROOT / "desktop" / "toward"
CATALOGS = ROOT / "resources" / "translations"
TOOLS = Path(sys.executable).parent


def _tool(name: str) -> str:
    local = TOOLS / name
    return str(local) if local.exists() else name


def source_files() -> list[str]:
    return sorted(str(path) for path in SOURCES.rglob("*.py"))


def catalogs() -> list[Path]:
    return sorted(CATALOGS.glob("toward_*.ts"))


def update(folder: Path = CATALOGS) -> None:
    sources = source_files()
    keys = plurals.plural_keys(sources)
    lupdate = _tool("pyside6-lupdate")
    with tempfile.TemporaryDirectory() as scratch:
        # The desktop entry's and the metainfo's words, as calls lupdate extracts.
        words = [*sources, str(metadata.words_module(Path(scratch)))]

        def run_lupdate(catalog: Path) -> None:
            subprocess.run(
                [lupdate, "-locations", "none", "-no-obsolete", *words, "-ts", str(catalog)],
                check=True,
                capture_output=True,
            )

        for catalog in sorted(folder.glob("toward_*.ts")):
            plurals.update_catalog(catalog, keys, lupdate, run_lupdate)


def release(folder: Path = CATALOGS) -> None:
    for catalog in sorted(folder.glob("toward_*.ts")):
        subprocess.run(
            [
                _tool("pyside6-lrelease"),
                "-silent",
                str(catalog),
                "-qm",
                str(catalog.with_suffix(".qm")),
            ],
            check=True,
        )
    if folder == CATALOGS:
        localize_metadata()


def localize_metadata() -> None:
    """The finished translations of the desktop entry and metainfo, written into them."""
    from PySide6.QtCore import QTranslator

    languages = {}
    for catalog in catalogs():
        code = catalog.stem.removeprefix("toward_")
        translator = QTranslator()
        if code != "en" and translator.load(str(catalog.with_suffix(".qm"))):
            languages[code] = lambda text, t=translator: t.translate(metadata.CONTEXT, text) or ""
    metadata.localize(languages)


def out_of_date() -> list[str]:
    """Catalogs that `update` or `release` would change."""
    with tempfile.TemporaryDirectory() as scratch:
        copy = Path(scratch)
        for catalog in catalogs():
            shutil.copy(catalog, copy / catalog.name)
        update(copy)
        release(copy)
        stale = []
        for catalog in catalogs():
            for suffix in (".ts", ".qm"):
                ours = catalog.with_suffix(suffix)
                fresh = copy / ours.name
                if not ours.exists() or not filecmp.cmp(ours, fresh, shallow=False):
                    stale.append(ours.name)
        return stale


def main(argv: list[str]) -> int:
    command = argv[1] if len(argv) > 1 else "update"
    if command == "update":
        update()
        release()
    elif command == "release":
        release()
    elif command == "check":
        stale = out_of_date()
        for name in stale:
            print(f"out of date: {name} (run: python packaging/translations.py update)")
        missing = plurals.missing_english(CATALOGS / "toward_en.ts")
        for message in missing:
            print(f"no English singular: {message} (run: translations.py english ...)")
        return 1 if stale or missing else 0
    elif command == "english" and len(argv) == 4:
        if not plurals.set_english(CATALOGS / "toward_en.ts", argv[2], argv[3]):
            print(f"no plural message {argv[2]!r} in toward_en.ts (run update first)")
            return 1
        release()
    else:
        print(__doc__)
        return 2
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
