"""The open-format export: everything one partner can read, in files any tool can open.

What goes out is the partner's private space and the shared space, each record marked
with its space: one JSON document (`toward-export.json`, described by the bundled JSON
Schema), a Markdown file per month of journal entries with their pictures beside it, and
a CSV file for each record type that has one. The other partner's private space is never
open in this session, so nothing of it can be in an export.
"""

from __future__ import annotations

import csv
import hashlib
import io
import json
import re
import threading
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from importlib import resources
from pathlib import Path
from typing import Any

from toward import __version__
from toward.core import clock
from toward.core.bids import UNKNOWN_PARTNER
from toward.core.export_log import ExportKind
from toward.core.i18n import QT_TRANSLATE_NOOP, translate
from toward.core.spaces import Space
from toward.opendata import journal_markdown
from toward.opendata import rows as portable
from toward.opendata.archive import Member, Sink
from toward.opendata.kinds import RECORD_KINDS, RecordKind
from toward.session import Session
from toward.vault.errors import KnownError

FORMAT = "toward-export"
VERSION = 1
DOCUMENT_NAME = "toward-export.json"
SCHEMA_NAME = f"toward-export-{VERSION}.schema.json"
# Shown before an unencrypted export: translate("opendata.export", UNENCRYPTED_WARNING) where shown.
UNENCRYPTED_WARNING = QT_TRANSLATE_NOOP(
    "opendata.export",
    "An export is not encrypted: anyone who can open the folder can read everything in "
    "it, including your private entries. Keep it somewhere only you can reach, or choose "
    "a password-protected archive instead.",
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

    Everything streams: records are read from the database one at a time and written as
    they are read, so memory stays small whatever the household's size. The export is
    noted in the shared export history (who, when, which record types, whether
    password-protected; never the content), so it is never secret from the partner.
    """
    counts: dict[str, int] = {}
    try:
        sink.write_all(_members(session, counts, _Steps(session, progress, cancel)))
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


class _Steps:
    """Progress over every record read (journal entries twice: files, then the document)."""

    def __init__(
        self, session: Session, progress: Progress | None, cancel: threading.Event | None
    ) -> None:
        spaces = session.spaces
        self.total = sum(
            portable.count_rows(spaces, s, k.table) * (2 if k.files else 1)
            for k in RECORD_KINDS
            for s in SPACES
        )
        self.done = 0
        self._progress, self._cancel = progress, cancel

    def step(self) -> None:
        if self._cancel is not None and self._cancel.is_set():
            raise ExportCancelled(
                translate("opendata.export", "The export was cancelled; nothing was written.")
            )
        self.done += 1
        if self._progress is not None and (self.done % 25 == 0 or self.done == self.total):
            self._progress(self.done, self.total)

    def finished(self) -> None:
        if self._progress is not None:
            self._progress(self.total, self.total)


def _members(session: Session, counts: dict[str, int], steps: _Steps) -> Iterator[Member]:
    """Every file of the export, in order, each as a stream of chunks."""
    names = {p.id: p.name for p in session.household.partners}
    pictures: dict[str, list[dict[str, Any]]] = {}  # entry id → its pictures' descriptions
    for kind in RECORD_KINDS:
        if kind.files is not None:
            for space in SPACES:
                yield from _entry_files(session, kind, space, names, pictures, steps)
    yield DOCUMENT_NAME, _document(session, pictures, counts, steps)
    for kind in RECORD_KINDS:
        if kind.csv_columns:
            yield kind.csv_name, _csv(session, kind, names)
    yield SCHEMA_NAME, [schema_text().encode("utf-8")]
    yield "README.txt", [_readme(session.partner.name).encode("utf-8")]
    steps.finished()


def _entry_files(
    session: Session,
    kind: RecordKind,
    space: Space,
    names: dict[str, str],
    pictures: dict[str, list[dict[str, Any]]],
    steps: _Steps,
) -> Iterator[Member]:
    """Each entry's pictures, and a Markdown file per month of entries (rows come oldest
    first); the pictures' descriptions kept for the JSON."""
    assert kind.files is not None
    folder = f"{kind.folder}/{space.value}"
    sections: list[str] = []
    month, part, size = "", 0, 0
    for row in portable.read_rows(session.spaces, space, kind.table):
        steps.step()
        record = _record(kind, space, row)
        this_month = journal_markdown.month_of(record)
        if sections and (this_month != month or size >= journal_markdown.PART_CHARS):
            yield f"{folder}/{journal_markdown.month_file(month, part)}", _utf8(sections)
            sections, size = [], 0
        if not sections:  # a new file: a month's first, or its next part
            part = part + 1 if this_month == month else 1
            month = this_month
            sections.append(journal_markdown.month_heading(space.value, month, part))
        stem = journal_markdown.entry_stem(record)
        files: list[dict[str, Any]] = []
        children = portable.read_children(session.spaces, space, kind.files, row["id"])
        for number, child in enumerate(children, start=1):
            data = bytes(child.pop("data"))
            file_name = journal_markdown.picture_name(stem, number, child["mime"])
            yield f"{folder}/{file_name}", [data]
            child |= {
                "file": f"{folder}/{file_name}",
                "sha256": hashlib.sha256(data).hexdigest(),
                "size": len(data),
            }
            files.append(child)
        pictures[row["id"]] = files
        shown = [(f["file"].rsplit("/", 1)[1], f["name"]) for f in files]
        author = names.get(record["author_id"], "")
        sections.append(journal_markdown.render_entry(record, author, shown))
        size += len(sections[-1])
    if sections:
        yield f"{folder}/{journal_markdown.month_file(month, part)}", _utf8(sections)


def _utf8(texts: list[str]) -> list[bytes]:
    return ["".join(texts).encode("utf-8")]


def _document(
    session: Session,
    pictures: dict[str, list[dict[str, Any]]],
    counts: dict[str, int],
    steps: _Steps,
) -> Iterator[bytes]:
    """The JSON document, one record per line, written as the records are read."""
    head = {
        "format": FORMAT,
        "version": VERSION,
        "app_version": __version__,
        "exported_at": clock.to_text(clock.now()),
        "exported_by": session.partner.id,
        "household_id": session.household.id,
        "partners": [
            {"id": p.id, "name": p.name, "colour": p.colour} for p in session.household.partners
        ],
    }
    out = _Chunks()
    out.add(json.dumps(head, ensure_ascii=False, indent=1)[:-2] + ',\n "records": {')
    for number, kind in enumerate(RECORD_KINDS):
        out.add(("," if number else "") + f"\n  {json.dumps(kind.key)}: [")
        count = 0
        for space in SPACES:
            for row in portable.read_rows(session.spaces, space, kind.table):
                steps.step()
                record = _record(kind, space, row)
                if kind.files is not None:
                    record[kind.files_key] = pictures.get(row["id"], [])
                out.add(("," if count else "") + "\n   " + json.dumps(record, ensure_ascii=False))
                count += 1
                if out.full():
                    yield out.take()
        out.add("\n  ]")
        counts[kind.key] = count
    out.add("\n }\n}")
    yield out.take()


def _record(kind: RecordKind, space: Space, row: dict[str, Any]) -> dict[str, Any]:
    record: dict[str, Any] = {"space": space.value}
    for name in kind.table.columns:
        value = row[name]
        record[name] = [v for v in value.split(",") if v] if name in kind.lists else value
    return record


class _Chunks:
    """Text gathered into chunks of about 256 KB, for a stream of bytes."""

    SIZE = 256 * 1024

    def __init__(self) -> None:
        self._parts: list[str] = []
        self._size = 0

    def add(self, text: str) -> None:
        self._parts.append(text)
        self._size += len(text)

    def full(self) -> bool:
        return self._size >= self.SIZE

    def take(self) -> bytes:
        data = "".join(self._parts).encode("utf-8")
        self._parts, self._size = [], 0
        return data


def _csv(session: Session, kind: RecordKind, names: dict[str, str]) -> Iterator[bytes]:
    """One kind's CSV file, streamed; the BOM tells spreadsheets it is UTF-8."""
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\r\n")
    writer.writerow(["space", "id", "author", "created_at", *kind.csv_columns])
    yield b"\xef\xbb\xbf"
    for space in SPACES:
        for row in portable.read_rows(session.spaces, space, kind.table):
            cells = [space.value, row["id"], names.get(row["author_id"], ""), row["created_at"]]
            for name in kind.csv_columns:
                value = row[name]
                if name in kind.people:
                    value = _person(value, names)
                cells.append(_cell(value))
            writer.writerow(cells)
            if buffer.tell() >= _Chunks.SIZE:
                yield buffer.getvalue().encode("utf-8")
                buffer.seek(0)
                buffer.truncate()
    yield buffer.getvalue().encode("utf-8")


def _person(partner_id: str, names: dict[str, str]) -> str:
    if partner_id == UNKNOWN_PARTNER:
        return "partner"
    return names.get(partner_id, partner_id)


_NUMBER = re.compile(r"[+-]?\d+(\.\d+)?")
# What a spreadsheet may read as the start of a formula or a command: the OWASP list, a
# line break, and the full-width forms some spreadsheets also accept.
_FORMULA_START = frozenset("=+-@\t\r\n\uff1d\uff0b\uff0d\uff20")


def _cell(value: object) -> str:
    """A CSV cell that never starts a formula (a leading apostrophe keeps it text)."""
    if value is None:
        return ""
    text = ",".join(value) if isinstance(value, list) else str(value)
    # A number (an amount of -3500) is no formula and stays a number. Leading spaces are
    # looked past: some spreadsheets trim them before reading a formula.
    first = text.lstrip(" ")[:1]
    if first in _FORMULA_START and not _NUMBER.fullmatch(text):
        return "'" + text
    return text


def _readme(name: str) -> str:
    # The README is read by people; the file names in it and the format stay as they are.
    lines = [
        translate("opendata.export", "Toward export for {partner}").format(partner=name),
        "",
        translate(
            "opendata.export",
            "{document}: everything, as one JSON document (described by {schema}).",
        ).format(document=DOCUMENT_NAME, schema=SCHEMA_NAME),
        translate(
            "opendata.export",
            "journal/private and journal/shared: a Markdown file per month of entries, "
            "pictures beside it.",
        ),
        translate("opendata.export", "*.csv: tables for spreadsheets."),
        translate(
            "opendata.export",
            "Each record says whether it was in your private space or the shared one.",
        ),
        "",
        translate(
            "opendata.export",
            "These files are not encrypted: anyone who can open them can read everything in "
            "them, your private entries included. Keep them where only you can reach them.",
        ),
    ]
    return "\n".join(lines) + "\n"
