"""A plural message written the documented way is extracted with its plural forms."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from toward.core.i18n import PLURAL, translate

LUPDATE = Path(sys.executable).parent / "pyside6-lupdate"


def test_the_documented_plural_call_is_extracted_as_a_plural(tmp_path: Path) -> None:
    source = tmp_path / "page.py"
    source.write_text(
        "from toward.core.i18n import PLURAL, translate\n"
        "def shown(entries):\n"
        '    return translate("ui.page", "%n entries", None, PLURAL, len(entries))\n'
    )
    catalog = tmp_path / "toward_de.ts"
    subprocess.run(
        [str(LUPDATE), "-locations", "none", str(source), "-ts", str(catalog)],
        check=True,
        capture_output=True,
    )
    text = catalog.read_text()
    assert "<source>%n entries</source>" in text
    assert '<message numerus="yes">' in text


def test_the_count_after_plural_fills_the_message() -> None:
    assert translate("tests.plurals", "%n entries", None, PLURAL, 3) == "3 entries"
