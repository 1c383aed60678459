"""Day One's JSON export: a zip with Journal.json (or one JSON file per journal) and photos.

Each entry has `uuid`, `creationDate` (UTC, ISO 8601), `text` (Markdown), `tags`,
`starred` and `photos` (`identifier`, `md5`, `type`); a photo is the file
`photos/<md5>.<type>` in the zip, and the text marks where it stood with
`![](dayone-moment://<identifier>)`. Those marks are taken out of the text; the pictures
are attached to the entry in their order.
"""

from __future__ import annotations

import json
import re
from collections.abc import Callable, Mapping
from datetime import UTC, datetime
from typing import Any

from toward.core.formatting import format_date_time
from toward.core.i18n import translate
from toward.opendata.imports.journal_entries import IncomingEntry, IncomingPicture
from toward.opendata.imports.plan import ImportRefused, Skipped

SOURCE = "Day One"
STARRED_TAG = "starred"
_MOMENT = re.compile(r"!\[[^\]]*\]\(dayone-moment:/*[^)]*\)")

ReadPhoto = Callable[[str], "bytes | None"]  # 'photos/<md5>.<type>' → bytes, None if absent


def is_dayone(document: object) -> bool:
    entries = document.get("entries") if isinstance(document, dict) else None
    return (
        isinstance(entries, list)
        and bool(entries)
        and isinstance(entries[0], dict)
        and ("creationDate" in entries[0] or "uuid" in entries[0])
    )


def read_entries(
    document: Mapping[str, Any], read_photo: ReadPhoto, journal: str = ""
) -> tuple[list[IncomingEntry], list[Skipped], list[Skipped]]:
    """The entries of one Day One journal document, and what was left out and why."""
    entries = document.get("entries")
    if not isinstance(entries, list):
        raise ImportRefused(
            translate("opendata.imports.dayone", "This Day One file has no list of entries.")
        )
    found: list[IncomingEntry] = []
    skipped: list[Skipped] = []
    notes: list[Skipped] = []
    for number, raw in enumerate(entries, start=1):
        if journal:
            where = translate("opendata.imports.dayone", "{journal}, entry {number}").format(
                journal=journal, number=number
            )
        else:
            where = translate("opendata.imports.dayone", "entry {number}").format(number=number)
        if not isinstance(raw, dict):
            skipped.append(
                Skipped(
                    where,
                    translate("opendata.imports.dayone", "is not an entry (not a JSON object)"),
                )
            )
            continue
        written_at = _moment(raw.get("creationDate"))
        if written_at is None:
            skipped.append(
                Skipped(where, translate("opendata.imports.dayone", "its date could not be read"))
            )
            continue
        where = translate("opendata.imports.dayone", "{entry} ({when})").format(
            entry=where, when=format_date_time(written_at, "medium")
        )
        text = raw.get("text", "")
        tags = raw.get("tags", [])
        photos = raw.get("photos") or []
        shape = _shape_problem(text, tags, photos)
        if shape is not None:
            raise ImportRefused(
                translate(
                    "opendata.imports.dayone",
                    "Day One, {entry}: {problem}, not as Day One writes it; nothing was imported.",
                ).format(entry=where, problem=shape)
            )
        tags = [t for t in tags if isinstance(t, str)]
        if raw.get("starred") is True:
            tags.append(STARRED_TAG)
        pictures = []
        for photo in photos:
            picture = _picture(photo, read_photo)
            if isinstance(picture, str):
                notes.append(Skipped(where, picture))
            else:
                pictures.append(picture)
        title, body = _title_and_body(_MOMENT.sub("", text))
        found.append(IncomingEntry(where, written_at, title, body, tuple(tags), tuple(pictures)))
    return found, skipped, notes


def _shape_problem(text: object, tags: object, photos: object) -> str | None:
    """Which field of an entry is not the type Day One gives it, if any."""
    if not isinstance(text, str):
        return translate("opendata.imports.dayone", "its text is not text")
    if not isinstance(tags, list):
        return translate("opendata.imports.dayone", "its tags are not a list")
    if not isinstance(photos, list):
        return translate("opendata.imports.dayone", "its photos are not a list")
    for number, photo in enumerate(photos, start=1):
        if not isinstance(photo, dict):
            return translate(
                "opendata.imports.dayone", "its photo {number} is not a JSON object"
            ).format(number=number)
        for field in ("identifier", "md5", "type"):
            if field in photo and not isinstance(photo[field], str | None):
                return translate(
                    "opendata.imports.dayone", "its photo {number}'s {field} is not text"
                ).format(number=number, field=field)
    return None


def _picture(photo: dict[str, Any], read_photo: ReadPhoto) -> IncomingPicture | str:
    if not isinstance(photo.get("md5"), str):
        return translate("opendata.imports.dayone", "a photo without its md5 name was left out")
    kind = photo.get("type") or "jpeg"
    name = f"photos/{photo['md5']}.{kind}"
    if not re.fullmatch(r"photos/[A-Za-z0-9]+\.[A-Za-z0-9]+", name):
        return translate(
            "opendata.imports.dayone", "the photo {name} has a name Toward does not read; left out"
        ).format(name=repr(photo["md5"]))
    data = read_photo(name)
    if data is None:
        return translate(
            "opendata.imports.dayone", "the photo {name} is not in the export; left out"
        ).format(name=name)
    return IncomingPicture(photo.get("identifier") or photo["md5"], data)  # both text: checked


def _moment(value: object) -> datetime | None:
    if not isinstance(value, str):
        return None
    try:
        moment = datetime.fromisoformat(value.replace("Z", "+00:00"))
        if moment.tzinfo is None:
            return None
        moment.astimezone(UTC), moment.astimezone()  # at the ends of time: out of range
    except (ValueError, OverflowError):
        return None
    return moment


def _title_and_body(text: str) -> tuple[str, str]:
    """Day One keeps the title as the text's first line, often as a '# ' heading."""
    text = re.sub(r"\n{3,}", "\n\n", text).strip("\n")
    first, _, rest = text.partition("\n")
    if first.startswith("# ") and len(first) <= 200:
        return first[2:].strip(), rest.strip("\n")
    return "", text


def parse(data: bytes, what: str) -> object:
    try:
        return json.loads(data.decode("utf-8-sig"))
    except (UnicodeDecodeError, ValueError) as exc:  # JSONDecodeError is a ValueError
        unreadable = translate(
            "opendata.imports.dayone", "{file} is not readable JSON ({problem})."
        )
        raise ImportRefused(unreadable.format(file=what, problem=exc)) from exc
    except RecursionError as exc:
        deep = translate(
            "opendata.imports.dayone", "{file} is nested too deeply to be a journal export."
        )
        raise ImportRefused(deep.format(file=what)) from exc
