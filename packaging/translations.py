"""Refresh and compile Toward's catalogs (README: "Adding a language").

    python packaging/translations.py update    # lupdate: new source strings into every .ts
    python packaging/translations.py release   # lrelease: compile every .ts into its .qm
    python packaging/translations.py check     # exit 1 if a .ts or .qm is out of date

The English catalog holds plural messages only (`-pluralonly`): a `%n` message's source
text is its English plural, and English needs its singular too.
"""

from __future__ import annotations

import filecmp
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

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
    for catalog in sorted(folder.glob("toward_*.ts")):
        extra = ["-pluralonly"] if catalog.stem == "toward_en" else []
        subprocess.run(
            [
                _tool("pyside6-lupdate"),
                *extra,
                "-locations",
                "none",
                "-no-obsolete",
                *source_files(),
                "-ts",
                str(catalog),
            ],
            check=True,
            capture_output=True,
        )


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
        return 1 if stale else 0
    else:
        print(__doc__)
        return 2
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
