"""Every translate() call with literal words reaches the catalogs.

pyside6-lupdate reads Python with a small tokenizer of its own: a call it cannot follow
(the count written as `len(x)` or `self.n`, a keyword argument) is skipped without a word,
and the catalog check, which compares lupdate's output with itself, cannot notice. This
reads the calls with Python's own parser and looks for each message in a catalog.
"""

from __future__ import annotations

import ast
import subprocess
import sys
import xml.etree.ElementTree as ElementTree
from pathlib import Path

ROOT = Path(__file__).resolve().parents[3]
SOURCES = ROOT / "desktop" / "toward"
CATALOG = ROOT / "resources" / "translations" / "toward_es.ts"  # every message, unlike en
NAMES = ("translate", "QT_TRANSLATE_NOOP")

Key = tuple[str, str, str]  # context, source text, disambiguation


def _literal(node: ast.expr | None) -> str | None:
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        return node.value
    return None


def calls_in(source: str) -> list[tuple[int, Key]]:
    """(line, key) of each translate/QT_TRANSLATE_NOOP call whose context and text are literal."""
    found = []
    for node in ast.walk(ast.parse(source)):
        if not isinstance(node, ast.Call):
            continue
        func = node.func
        name = func.id if isinstance(func, ast.Name) else getattr(func, "attr", None)
        if name not in NAMES or len(node.args) < 2:
            continue
        context, text = _literal(node.args[0]), _literal(node.args[1])
        if context is None or text is None:
            continue  # a deferred word: translated where its literal is marked
        comment = _literal(node.args[2]) if len(node.args) > 2 else None
        found.append((node.lineno, (context, text, comment or "")))
    return found


def catalog_keys(path: Path) -> set[Key]:
    keys = set()
    for context in ElementTree.parse(path).getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            keys.add((name, message.findtext("source") or "", message.findtext("comment") or ""))
    return keys


def test_every_literal_translate_call_is_in_the_catalogs() -> None:
    known = catalog_keys(CATALOG)
    missing = [
        f"{path.relative_to(ROOT)}:{line}: {key[1]!r}"
        for path in sorted(SOURCES.rglob("*.py"))
        for line, key in calls_in(path.read_text(encoding="utf-8"))
        if key not in known
    ]
    assert not missing, "lupdate skipped these calls:\n" + "\n".join(missing)


def test_a_call_lupdate_skips_is_one_this_finds(tmp_path: Path) -> None:
    source = tmp_path / "page.py"
    source.write_text(
        'translate("ui.page", "%n entries", None, count)\n'
        'translate("ui.page", "%n pictures", None, len(pictures))\n'
    )
    catalog = tmp_path / "toward_es.ts"
    lupdate = Path(sys.executable).parent / "pyside6-lupdate"
    subprocess.run(
        [str(lupdate), str(source), "-ts", str(catalog)], check=True, capture_output=True
    )
    extracted = catalog_keys(catalog)
    found = [key for _line, key in calls_in(source.read_text())]
    assert [key for key in found if key not in extracted] == [("ui.page", "%n pictures", "")]
