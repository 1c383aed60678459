"""A journal as Markdown: one file per month, each entry a section, pictures beside it.

One file a month rather than one an entry: an encrypted archive derives a key for every
file it holds (PBKDF2, a thousand rounds fixed by WinZip AES), and ten years of entries as
single files made that key work cost more than the whole plain export. Earlier exports have
one file per entry; Toward's import reads only the JSON document, so both import alike.

An entry's details are written as JSON values in a list under its heading, so quotes,
colons and line breaks in a title or a tag never blur where one value ends.
"""

from __future__ import annotations

import json
from collections.abc import Mapping, Sequence
from typing import Any

from toward.core.journal.model import Mood

EXTENSIONS = {"image/png": ".png", "image/jpeg": ".jpg", "image/gif": ".gif", "image/webp": ".webp"}
# A month holding more text than this goes on in a second file, and so on, so an export
# holds no more than one such part in memory whatever a month holds.
PART_CHARS = 1_000_000
_JOURNALS = {"private": "Private journal", "shared": "Shared journal"}


def entry_stem(record: Mapping[str, Any]) -> str:
    """The start of an entry's picture names: its date and the start of its id.

    No title in a name: an encrypted zip does not encrypt its file names.
    """
    return f"{record['created_at'][:10]}-{record['id'][:12]}"


def picture_name(stem: str, number: int, mime: str) -> str:
    return f"{stem}-{number}{EXTENSIONS.get(mime, '.bin')}"


def month_of(record: Mapping[str, Any]) -> str:
    """The month (YYYY-MM, UTC, as stored) whose file holds the entry."""
    return str(record["created_at"][:7])


def month_file(month: str, part: int) -> str:
    """`2016-01.md`, then `2016-01-2.md` for a month's second part."""
    return f"{month}.md" if part == 1 else f"{month}-{part}.md"


def month_heading(space: str, month: str, part: int) -> str:
    more = f" (part {part})" if part > 1 else ""
    return f"# {_JOURNALS.get(space, 'Journal')}, {month}{more}\n"


def render_entry(
    record: Mapping[str, Any], author: str, pictures: Sequence[tuple[str, str]]
) -> str:
    """One entry's section of its month's file; `pictures` are (file name, caption)."""
    details: dict[str, Any] = {
        "date": record["created_at"],
        "space": record["space"],
        "author": author,
        "title": record["title"],
        "mood": record["mood"],
        "mood_word": Mood.label_of(record["mood"]),
        "trust_kinds": record["trust_kinds"],
        "tags": record["tags"],
        "id": record["id"],
    }
    heading = " ".join(record["title"].split()) or record["created_at"][:10]
    lines = ["", f"## {heading}", ""]
    lines += [
        f"- {name}: {json.dumps(value, ensure_ascii=False)}" for name, value in details.items()
    ]
    lines += ["", record["body"].rstrip("\n")]
    for file_name, caption in pictures:
        lines += ["", f"![{_caption(caption)}]({file_name})"]
    return "\n".join(lines) + "\n"


def _caption(text: str) -> str:
    return text.replace("[", "(").replace("]", ")").replace("\n", " ")
