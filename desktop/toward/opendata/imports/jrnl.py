"""jrnl's JSON export (`jrnl --export json`).

{"tags": {"@work": 2}, "entries": [{"date": "2024-03-12", "time": "21:40",
"title": "…", "body": "…", "tags": ["@work"], "starred": false}]}. Dates and times are the
writer's local time, read here in this computer's time zone. jrnl's '@' tag marks are
dropped; a starred entry gets the tag "starred".
"""

from __future__ import annotations

from collections.abc import Mapping
from datetime import UTC, datetime
from typing import Any

from toward.core.formatting import format_date_time
from toward.core.i18n import translate
from toward.core.journal.model import MAX_TITLE
from toward.opendata.imports.journal_entries import IncomingEntry
from toward.opendata.imports.plan import ImportRefused, Skipped

SOURCE = "jrnl"
STARRED_TAG = "starred"


def is_jrnl(document: object) -> bool:
    if not isinstance(document, dict) or not isinstance(document.get("entries"), list):
        return False
    entries = document["entries"]
    if not entries:
        return isinstance(document.get("tags"), dict)
    return isinstance(entries[0], dict) and "date" in entries[0] and "body" in entries[0]


def read_entries(document: Mapping[str, Any]) -> tuple[list[IncomingEntry], list[Skipped]]:
    """The entries of a jrnl export, and what was left out and why."""
    entries = document.get("entries")
    if not isinstance(entries, list):
        raise ImportRefused(
            translate("opendata.imports.jrnl", "This jrnl file has no list of entries.")
        )
    found: list[IncomingEntry] = []
    skipped: list[Skipped] = []
    for number, raw in enumerate(entries, start=1):
        where = translate("opendata.imports.jrnl", "entry {number}").format(number=number)
        if not isinstance(raw, dict):
            skipped.append(
                Skipped(
                    where, translate("opendata.imports.jrnl", "is not an entry (not a JSON object)")
                )
            )
            continue
        written_at = _moment(raw.get("date"), raw.get("time", "00:00"))
        if written_at is None:
            skipped.append(
                Skipped(
                    where, translate("opendata.imports.jrnl", "its date or time could not be read")
                )
            )
            continue
        where = translate("opendata.imports.jrnl", "{entry} ({when})").format(
            entry=where, when=format_date_time(written_at, "medium")
        )
        title, body, tags = raw.get("title", ""), raw.get("body", ""), raw.get("tags", [])
        if not isinstance(title, str) or not isinstance(body, str) or not isinstance(tags, list):
            skipped.append(
                Skipped(
                    where,
                    translate(
                        "opendata.imports.jrnl", "its title, text or tags are not in jrnl's format"
                    ),
                )
            )
            continue
        if len(title) > MAX_TITLE:  # jrnl's title is a first sentence; keep all of it
            title, body = "", f"{title} {body}".strip()
        clean = [t.lstrip("@") for t in tags if isinstance(t, str) and t.lstrip("@")]
        if raw.get("starred") is True:
            clean.append(STARRED_TAG)
        found.append(
            IncomingEntry(where, written_at, title.strip(), body.strip("\n"), tuple(clean))
        )
    return found, skipped


def _moment(day: object, at: object) -> datetime | None:
    if not isinstance(day, str) or not isinstance(at, str):
        return None
    try:
        naive = datetime.strptime(f"{day} {at}", "%Y-%m-%d %H:%M")
        moment = naive.astimezone()  # a naive time is read as this computer's local time
        moment.astimezone(UTC)  # at the ends of time: out of range
    except (ValueError, OverflowError):
        return None
    return moment
