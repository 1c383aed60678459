"""A journal entry as a Markdown file with YAML front matter, its pictures beside it.

Values in the front matter are written as JSON scalars and lists, which YAML reads as
they are (JSON is YAML's flow style), so quotes, colons and line breaks in a title or a
tag never break the file.
"""

from __future__ import annotations

import json
from collections.abc import Mapping, Sequence
from typing import Any

from toward.core.journal.model import Mood

EXTENSIONS = {"image/png": ".png", "image/jpeg": ".jpg", "image/gif": ".gif", "image/webp": ".webp"}


def entry_stem(record: Mapping[str, Any]) -> str:
    """The file name (without extension) of an entry: its date and the start of its id.

    No title in the name: an encrypted zip does not encrypt its file names.
    """
    return f"{record['created_at'][:10]}-{record['id'][:12]}"


def picture_name(stem: str, number: int, mime: str) -> str:
    return f"{stem}-{number}{EXTENSIONS.get(mime, '.bin')}"


def render_entry(
    record: Mapping[str, Any], author: str, pictures: Sequence[tuple[str, str]]
) -> str:
    """The Markdown file of one exported entry; `pictures` are (file name, caption)."""
    front: dict[str, Any] = {
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
    lines = ["---"]
    lines += [f"{name}: {json.dumps(value, ensure_ascii=False)}" for name, value in front.items()]
    lines += ["---", ""]
    if record["title"]:
        lines += [f"# {record['title']}", ""]
    lines.append(record["body"].rstrip("\n"))
    for file_name, caption in pictures:
        lines += ["", f"![{_caption(caption)}]({file_name})"]
    return "\n".join(lines) + "\n"


def _caption(text: str) -> str:
    return text.replace("[", "(").replace("]", ")").replace("\n", " ")
