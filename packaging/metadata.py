"""The menu entry and the AppStream metainfo in every language Toward speaks.

Their English words are read from the files themselves (packaging/linux/) and go into the
catalogs under the context "packaging.metadata", beside the app's words, so translators
fill them in the same place. `localize()` (run by `translations.py release`) writes every
finished translation back into the files: `Comment[es]=…` lines in the desktop entry,
`xml:lang="es"` twins of each element in the metainfo. The app's own name stays Toward.
"""

from __future__ import annotations

import html
import re
from collections.abc import Callable
from pathlib import Path

LINUX = Path(__file__).resolve().parent / "linux"
DESKTOP = LINUX / "org.toward.Toward.desktop"
METAINFO = LINUX / "org.toward.Toward.metainfo.xml"
CONTEXT = "packaging.metadata"
DESKTOP_KEYS = ("GenericName", "Comment", "Keywords")
# Elements of the metainfo people read in a software centre; release notes stay English.
METAINFO_ELEMENT = re.compile(
    r"^(?P<indent>[ \t]*)<(?P<tag>summary|p|li|caption)>(?P<text>.*?)</(?P=tag)>\n",
    re.S | re.M,
)
Lookup = Callable[[str], str]


def _spaces(text: str) -> str:
    return " ".join(text.split())


def _in_release_notes(text: str, at: int) -> bool:
    return text.rfind("<releases>", 0, at) > text.rfind("</releases>", 0, at)


def texts() -> list[str]:
    """Every English text of the two files a translator translates, in file order."""
    found = []
    for line in DESKTOP.read_text(encoding="utf-8").splitlines():
        key, _, value = line.partition("=")
        if key in DESKTOP_KEYS:
            found.append(value)
    metainfo = METAINFO.read_text(encoding="utf-8")
    for match in METAINFO_ELEMENT.finditer(metainfo):
        if not _in_release_notes(metainfo, match.start()) and "xml:lang" not in match.group(0):
            found.append(html.unescape(_spaces(match.group("text"))))
    return list(dict.fromkeys(found))


def localize(languages: dict[str, Lookup]) -> None:
    """Write each language's finished translations into the two files (`lookup` gives ""
    for a text not translated yet); what was there from an earlier release is replaced."""
    _localize_desktop(languages)
    _localize_metainfo(languages)


def _localize_desktop(languages: dict[str, Lookup]) -> None:
    lines = []
    for line in DESKTOP.read_text(encoding="utf-8").splitlines():
        key, _, value = line.partition("=")
        if re.fullmatch(r"\w+\[[\w@]+\]", key):
            continue  # a translation from an earlier release
        lines.append(line)
        if key in DESKTOP_KEYS:
            for code, lookup in sorted(languages.items()):
                if translated := lookup(value):
                    if key == "Keywords" and not translated.endswith(";"):
                        translated += ";"
                    lines.append(f"{key}[{code}]={translated}")
    DESKTOP.write_text("\n".join(lines) + "\n", encoding="utf-8")


def _localize_metainfo(languages: dict[str, Lookup]) -> None:
    text = METAINFO.read_text(encoding="utf-8")
    text = re.sub(r'^[ \t]*<(\w+) xml:lang="[^"]+">.*?</\1>\n', "", text, flags=re.S | re.M)

    def twins(match: re.Match[str]) -> str:
        if _in_release_notes(text, match.start()):
            return match.group(0)
        english = html.unescape(_spaces(match.group("text")))
        indent, tag = match.group("indent"), match.group("tag")
        added = [
            f'{indent}<{tag} xml:lang="{code}">{html.escape(translated, quote=False)}</{tag}>\n'
            for code, lookup in sorted(languages.items())
            if (translated := lookup(english))
        ]
        return match.group(0) + "".join(added)

    METAINFO.write_text(METAINFO_ELEMENT.sub(twins, text), encoding="utf-8")


def words_module(folder: Path) -> Path:
    """A Python file of `QT_TRANSLATE_NOOP` calls for lupdate: the files' texts to extract."""
    calls = "".join(f"QT_TRANSLATE_NOOP({CONTEXT!r}, {text!r})\n" for text in texts())
    path = folder / "packaging_metadata.py"
    path.write_text(calls, encoding="utf-8")
    return path
