"""The open-format export: everything one partner can read, in files any tool can open.

What goes out is the partner's private space and the shared space, each record marked
with its space: one JSON document (`toward-export.json`, described by the bundled JSON
Schema), a Markdown file per journal entry with its pictures beside it, and a CSV file for
each record type that has one. The other partner's private space is never open in this
session, so nothing of it can be in an export.
"""

from __future__ import annotations

import csv
import hashlib
import io
import json
import re
import threading
from collections.abc import Callable
from dataclasses import dataclass, field
from importlib import resources
from pathlib import Path
from typing import Any

from toward import __version__
from toward.core import clock
from toward.core.bids import UNKNOWN_PARTNER
from toward.core.export_log import ExportKind
from toward.core.spaces import Space
from toward.opendata import journal_markdown
from toward.opendata import rows as portable
from toward.opendata.archive import Sink
from toward.opendata.kinds import RECORD_KINDS, RecordKind
from toward.session import Session
from toward.vault.errors import KnownError

FORMAT = "toward-export"
VERSION = 1
DOCUMENT_NAME = "toward-export.json"
SCHEMA_NAME = f"toward-export-{VERSION}.schema.json"
UNENCRYPTED_WARNING = (
    "An export is not encrypted: anyone who can open the folder can read everything in "
    "it, including your private entries. Keep it somewhere only you can reach, or choose "
    "a password-protected archive instead."
)
SPACES = (Space.PRIVATE, Space.SHARED)

Progress = Callable[[int, int], None]


class ExportCancelled(KnownError):
    """The person stopped the export; nothing was kept."""


@dataclass(frozen=True)
class ExportSummary:
    path: Path
    counts: dict[str, int] = field(default_factory=dict)  # per record kind key

    @property
    def total(self) -> int:
        return sum(self.counts.values())


def schema_text() -> str:
    """The JSON Schema of this version of the document, as shipped with Toward."""
    return (
        resources.files("toward.resources")
        .joinpath(f"schema/toward-export-{VERSION}.json")
        .read_text("utf-8")
    )


def export_data(
    session: Session,
    sink: Sink,
    *,
    progress: Progress | None = None,
    cancel: threading.Event | None = None,
) -> ExportSummary:
    """Write the export into `sink`; on failure or cancellation nothing is left behind.

    The export is noted in the shared export history (who, when, which record types,
    whether password-protected; never the content), so it is never secret from the
    partner.
    """
    try:
        counts = _write_everything(session, sink, progress, cancel)
        path = sink.finish()
    except BaseException:
        sink.abandon()
        raise
    session.exports.record(
        ExportKind.DATA_EXPORT,
        file_format="zip" if sink.encrypted else "folder",
        sections=[key for key, n in counts.items() if n],
        protected=sink.encrypted,
    )
    return ExportSummary(path, counts)


def _write_everything(
    session: Session, sink: Sink, progress: Progress | None, cancel: threading.Event | None
) -> dict[str, int]:
    spaces = session.spaces
    names = {p.id: p.name for p in session.household.partners}
    total = sum(portable.count_rows(spaces, s, k.table) for k in RECORD_KINDS for s in SPACES)
    done = 0
    records: dict[str, list[dict[str, Any]]] = {}
    for kind in RECORD_KINDS:
        records[kind.key] = []
        for space in SPACES:
            for row in portable.read_rows(spaces, space, kind.table):
                if cancel is not None and cancel.is_set():
                    raise ExportCancelled("The export was cancelled; nothing was written.")
                records[kind.key].append(_record(session, kind, space, row, sink, names))
                done += 1
                if progress is not None and (done % 25 == 0 or done == total):
                    progress(done, total)
        if kind.csv_columns:
            sink.write(kind.csv_name, _csv(kind, records[kind.key], names))
    document = {
        "format": FORMAT,
        "version": VERSION,
        "app_version": __version__,
        "exported_at": clock.to_text(clock.now()),
        "exported_by": session.partner.id,
        "household_id": session.household.id,
        "partners": [
            {"id": p.id, "name": p.name, "colour": p.colour} for p in session.household.partners
        ],
        "records": records,
    }
    sink.write(DOCUMENT_NAME, json.dumps(document, ensure_ascii=False, indent=1).encode("utf-8"))
    sink.write(SCHEMA_NAME, schema_text().encode("utf-8"))
    sink.write("README.txt", _readme(session.partner.name).encode("utf-8"))
    if progress is not None:
        progress(total, total)
    return {key: len(items) for key, items in records.items()}


def _record(
    session: Session,
    kind: RecordKind,
    space: Space,
    row: dict[str, Any],
    sink: Sink,
    names: dict[str, str],
) -> dict[str, Any]:
    record: dict[str, Any] = {"space": space.value}
    for name in kind.table.columns:
        value = row[name]
        record[name] = [v for v in value.split(",") if v] if name in kind.lists else value
    if kind.files is None:
        return record
    stem = journal_markdown.entry_stem(record)
    folder = f"{kind.folder}/{space.value}"
    files: list[dict[str, Any]] = []
    for number, child in enumerate(
        portable.read_children(session.spaces, space, kind.files, row["id"]), start=1
    ):
        data = bytes(child.pop("data"))
        file_name = journal_markdown.picture_name(stem, number, child["mime"])
        sink.write(f"{folder}/{file_name}", data)
        child |= {
            "file": f"{folder}/{file_name}",
            "sha256": hashlib.sha256(data).hexdigest(),
            "size": len(data),
        }
        files.append(child)
    record[kind.files_key] = files
    pictures = [(f["file"].rsplit("/", 1)[1], f["name"]) for f in files]
    author = names.get(record["author_id"], "")
    markdown = journal_markdown.render_entry(record, author, pictures)
    sink.write(f"{folder}/{stem}.md", markdown.encode("utf-8"))
    return record


def _csv(kind: RecordKind, records: list[dict[str, Any]], names: dict[str, str]) -> bytes:
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\r\n")
    header = ["space", "id", "author", "created_at", *kind.csv_columns]
    writer.writerow(header)
    for record in records:
        cells = [record["space"], record["id"], names.get(record["author_id"], "")]
        cells.append(record["created_at"])
        for name in kind.csv_columns:
            value = record[name]
            if name in kind.people:
                value = _person(value, names)
            cells.append(_cell(value))
        writer.writerow(cells)
    return buffer.getvalue().encode("utf-8-sig")  # the BOM tells spreadsheets it is UTF-8


def _person(partner_id: str, names: dict[str, str]) -> str:
    if partner_id == UNKNOWN_PARTNER:
        return "partner"
    return names.get(partner_id, partner_id)


_NUMBER = re.compile(r"[+-]?\d+(\.\d+)?")


def _cell(value: object) -> str:
    if value is None:
        return ""
    text = ",".join(value) if isinstance(value, list) else str(value)
    # A spreadsheet runs a cell that starts like a formula; a leading apostrophe stops it.
    # A number (an amount of -3500) is no formula and stays a number.
    if text[:1] in ("=", "+", "-", "@", "\t", "\r") and not _NUMBER.fullmatch(text):
        return "'" + text
    return text


def _readme(name: str) -> str:
    lines = [
        f"Toward export for {name}",
        "",
        f"{DOCUMENT_NAME}: everything, as one JSON document (described by {SCHEMA_NAME}).",
        "journal/private and journal/shared: one Markdown file per entry, pictures beside it.",
        "*.csv: tables for spreadsheets.",
        "Each record says whether it was in your private space or the shared one.",
        "",
        "These files are not encrypted: anyone who can open them can read everything in",
        "them, your private entries included. Keep them where only you can reach them.",
    ]
    return "\n".join(lines) + "\n"
