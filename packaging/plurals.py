"""Plural (`%n`) messages in the catalogs, which pyside6-lupdate does not find by itself.

lupdate's Python parser takes a simple name as the fourth argument of `translate` for an
old "encoding" argument, so `translate("ui.bids.page", "%n bids", None, count)` is
extracted as an ordinary message, and an update turns the numerus forms translators wrote
into one plain translation. So after lupdate has merged, this module:

- finds the plural calls in the source itself (`ast`: a `translate` call with a count),
- gives each such message its numerus forms back (as they were before the update, or
  empty ones, as many as the language has),
- keeps only the plural messages in the English catalog (its source text is the plural;
  the singular is the one English translation Toward needs).

The catalogs' text keeps lupdate's own layout, so Qt Linguist and lupdate read them as ever.
"""

from __future__ import annotations

import ast
import html
import re
import subprocess
import tempfile
from collections.abc import Callable, Iterable
from functools import cache
from pathlib import Path

Key = tuple[str, str, str]  # context, source, disambiguation

MESSAGE = re.compile(r"    <message( numerus=\"yes\")?>\n.*?    </message>\n", re.S)
CONTEXT = re.compile(r"<context>\n    <name>(.*?)</name>\n(.*?)</context>\n", re.S)
TRANSLATION = re.compile(r"        <translation.*?(?:/>|</translation>)\n", re.S)


def plural_keys(files: Iterable[str]) -> set[Key]:
    """(context, source, disambiguation) of every `translate(..., n)` call with literals,
    and of every `QT_TRANSLATE_NOOP` marking a `%n` message (a known error's, counted when
    it is shown)."""
    keys: set[Key] = set()
    for file in files:
        for node in ast.walk(ast.parse(Path(file).read_text(encoding="utf-8"))):
            if not isinstance(node, ast.Call):
                continue
            texts = [_literal(arg) for arg in node.args[:3]] + [None] * 3
            if _named(node.func, "translate"):
                counted = len(node.args) >= 4 or any(k.arg == "n" for k in node.keywords)
            elif _named(node.func, "QT_TRANSLATE_NOOP"):  # an error message's count: n=
                counted = "%n" in (texts[1] or "")
            else:
                continue
            if counted and texts[0] is not None and texts[1] is not None:
                keys.add((texts[0], texts[1], texts[2] or ""))
    return keys


def _named(func: ast.expr, name: str) -> bool:
    return (isinstance(func, ast.Name) and func.id == name) or (
        isinstance(func, ast.Attribute) and func.attr == name
    )


def _literal(node: ast.expr) -> str | None:
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        return node.value
    return None


def translations_of(text: str) -> dict[Key, str]:
    """Each numerus message's <translation> block, by key, as it stands in a catalog."""
    found = {}
    for context, body in CONTEXT.findall(text):
        for message in MESSAGE.finditer(body):
            block = TRANSLATION.search(message.group(0))
            if message.group(1) and block:
                found[_key(context, message.group(0))] = block.group(0)
    return found


def restore(text: str, keys: set[Key], kept: dict[Key, str], forms: int, *, only: bool) -> str:
    """`text` (lupdate's output) with every message in `keys` numerus again.

    `kept` holds the translations the catalog had before the update; `only` drops every
    other message (the English catalog). A plural call lupdate could not read at all (a
    count such as `counts.away`) is added to its context here.
    """
    seen: set[Key] = set()

    def numerus(key: Key, block: str) -> str:
        seen.add(key)
        translation = kept.get(key) or _empty(forms)
        block = block.replace("    <message>\n", '    <message numerus="yes">\n', 1)
        return TRANSLATION.sub(lambda _m: translation, block, count=1)

    def context(match: re.Match[str]) -> str:
        name = match.group(1)

        def message(found: re.Match[str]) -> str:
            key = _key(name, found.group(0))
            if key in keys:
                return numerus(key, found.group(0))
            return "" if only else found.group(0)

        body = MESSAGE.sub(message, match.group(2))
        return f"<context>\n    <name>{name}</name>\n{body}</context>\n" if body.strip() else ""

    text = CONTEXT.sub(context, text)
    missing: dict[str, str] = {}
    for key in sorted(keys - seen):
        block = f"    <message>\n        <source>{escape(key[1])}</source>\n"
        if key[2]:
            block += f"        <comment>{escape(key[2])}</comment>\n"
        block += "        <translation></translation>\n    </message>\n"
        missing[key[0]] = missing.get(key[0], "") + numerus(key, block)
    return _add(text, missing)


def _add(text: str, messages: dict[str, str]) -> str:
    """`messages` (by context) added at the end of their contexts, new ones in name order."""
    contexts = {html.unescape(m.group(1)): m for m in CONTEXT.finditer(text)}
    for name, blocks in messages.items():
        if name in contexts:
            end = contexts[name].end() - len("</context>\n")
            text = text[:end] + blocks + text[end:]
        else:
            later = [m for n, m in contexts.items() if n > name]
            at = min((m.start() for m in later), default=text.rindex("</TS>"))
            new = f"<context>\n    <name>{escape(name)}</name>\n{blocks}</context>\n"
            text = text[:at] + new + text[at:]
        contexts = {html.unescape(m.group(1)): m for m in CONTEXT.finditer(text)}
    return text


def escape(text: str) -> str:
    """As lupdate writes text: the five XML entities, apostrophes and quotes included."""
    return html.escape(text, quote=True).replace("&#x27;", "&apos;")


def _key(context: str, message: str) -> Key:
    def field(tag: str) -> str:
        found = re.search(rf"<{tag}>(.*?)</{tag}>", message, re.S)
        return html.unescape(found.group(1)) if found else ""

    return html.unescape(context), field("source"), field("comment")


def _empty(forms: int) -> str:
    lines = "".join("            <numerusform></numerusform>\n" for _ in range(forms))
    return f'        <translation type="unfinished">\n{lines}        </translation>\n'


@cache
def form_count(language: str, lupdate: str) -> int:
    """How many plural forms Qt gives `language` (English 2, Polish 3, Arabic 6)."""
    with tempfile.TemporaryDirectory() as scratch:
        source = Path(scratch) / "count.py"
        source.write_text('translate("c", "%n", None, 1)\n', encoding="utf-8")
        catalog = Path(scratch) / "count.ts"
        catalog.write_text(
            f'<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n'
            f'<TS version="2.1" language="{language}">\n</TS>\n',
            encoding="utf-8",
        )
        subprocess.run([lupdate, str(source), "-ts", str(catalog)], check=True, capture_output=True)
        return catalog.read_text(encoding="utf-8").count("<numerusform>")


def language_of(text: str) -> str:
    found = re.search(r'<TS version="[^"]*" language="([^"]+)"', text)
    return found.group(1) if found else "en"


def update_catalog(
    catalog: Path, keys: set[Key], lupdate: str, run_lupdate: Callable[[Path], None]
) -> None:
    """lupdate `catalog`, then give its plural messages their numerus forms back."""
    before = catalog.read_text(encoding="utf-8")
    kept = translations_of(before)
    run_lupdate(catalog)
    after = catalog.read_text(encoding="utf-8")
    forms = form_count(language_of(after), lupdate)
    english = catalog.stem.endswith("_en")
    catalog.write_text(restore(after, keys, kept, forms, only=english), encoding="utf-8")


def missing_english(catalog: Path) -> list[str]:
    """Plural messages of the English catalog whose singular is not written yet."""
    text = catalog.read_text(encoding="utf-8")
    missing = []
    for context, body in CONTEXT.findall(text):
        for message in MESSAGE.finditer(body):
            forms = re.findall(r"<numerusform>(.*?)</numerusform>", message.group(0), re.S)
            if not forms or not all(forms):
                missing.append(f"{html.unescape(context)}: {_key(context, message.group(0))[1]}")
    return missing


def set_english(catalog: Path, source: str, singular: str) -> bool:
    """Write the English forms of the plural message `source`: `singular`, then `source`."""
    text = catalog.read_text(encoding="utf-8")
    for context, body in CONTEXT.findall(text):
        for message in MESSAGE.finditer(body):
            block = message.group(0)
            if _key(context, block)[1] != source:
                continue
            forms = "".join(
                f"            <numerusform>{html.escape(form, quote=False)}</numerusform>\n"
                for form in (singular, source)
            )
            translation = f"        <translation>\n{forms}        </translation>\n"
            fixed = TRANSLATION.sub(lambda _m, t=translation: t, block, count=1)
            catalog.write_text(text.replace(block, fixed, 1), encoding="utf-8")
            return True
    return False
