"""Plural messages keep their numerus forms through a catalog update (packaging/plurals.py)."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[3]
sys.path.insert(0, str(ROOT / "packaging"))

import plurals  # noqa: E402 - packaging/ is not a package

LUPDATE = str(Path(sys.executable).parent / "pyside6-lupdate")
SOURCE = """
from toward.core.i18n import translate

def words(count, counts):
    return (
        translate("ui.fruit", "%n apples", None, count),
        translate("ui.fruit", "%n pears", None, counts.pears),
        translate("ui.fruit", "A basket"),
    )
"""
SPANISH = """<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es">
<context>
    <name>ui.fruit</name>
    <message numerus="yes">
        <source>%n apples</source>
        <translation>
            <numerusform>%n manzana</numerusform>
            <numerusform>%n manzanas</numerusform>
        </translation>
    </message>
</context>
</TS>
"""
EMPTY_ENGLISH = """<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
</TS>
"""


def update(folder: Path) -> None:
    sources = [str(folder / "fruit.py")]
    keys = plurals.plural_keys(sources)

    def run(catalog: Path) -> None:
        subprocess.run(
            [LUPDATE, "-locations", "none", "-no-obsolete", *sources, "-ts", str(catalog)],
            check=True,
            capture_output=True,
        )

    for catalog in sorted(folder.glob("toward_*.ts")):
        plurals.update_catalog(catalog, keys, LUPDATE, run)


def test_plural_messages_keep_their_forms_and_english_keeps_only_them(tmp_path: Path):
    (tmp_path / "fruit.py").write_text(SOURCE, encoding="utf-8")
    spanish, english = tmp_path / "toward_es.ts", tmp_path / "toward_en.ts"
    spanish.write_text(SPANISH, encoding="utf-8")
    english.write_text(EMPTY_ENGLISH, encoding="utf-8")
    update(tmp_path)
    text = spanish.read_text(encoding="utf-8")
    assert "<numerusform>%n manzana</numerusform>" in text, "the translator's forms kept"
    assert "<source>%n pears</source>" in text, "a count lupdate cannot read is added"
    assert text.count('numerus="yes"') == 2 and "<source>A basket</source>" in text
    assert "A basket" not in english.read_text(encoding="utf-8")
    assert sorted(m.split(": ")[1] for m in plurals.missing_english(english)) == [
        "%n apples",
        "%n pears",
    ]
    assert plurals.set_english(english, "%n apples", "%n apple")
    assert plurals.set_english(english, "%n pears", "%n pear")
    assert plurals.missing_english(english) == []
    update(tmp_path)
    assert plurals.missing_english(english) == [], "an update keeps the English singulars"
    assert "<numerusform>%n manzana</numerusform>" in spanish.read_text(encoding="utf-8")
