"""Which kind of file was chosen, and its import plan: Toward export, Day One or jrnl.

Accepted: a Toward export (its folder, its toward-export.json, or its zip, encrypted or
not), a Day One export (its zip, or a Journal.json with a photos folder beside it) and a
jrnl JSON export. Anything else is refused with a message saying what would work.
"""

from __future__ import annotations

import zipfile
from collections.abc import Callable
from pathlib import Path

from toward.core.i18n import QT_TRANSLATE_NOOP, translate
from toward.opendata.export import DOCUMENT_NAME
from toward.opendata.imports import dayone, jrnl, toward_json
from toward.opendata.imports.journal_entries import IncomingEntry, plan_entries
from toward.opendata.imports.plan import ImportPlan, ImportRefused, Skipped
from toward.opendata.imports.zip_input import MAX_DOCUMENT_BYTES, MAX_PICTURE_BYTES, ZipInput
from toward.session import Session

WHAT_WORKS = QT_TRANSLATE_NOOP(
    "opendata.imports.source",
    "Toward can bring in a Toward export (its folder, toward-export.json or zip), a Day One "
    "export (its zip or Journal.json) or a jrnl export (jrnl --export json).",
)


def _refused(problem: str, **names: object) -> ImportRefused:
    """`problem` (already in the reader's words) with what does work after it."""
    return ImportRefused(
        problem.format(**names) + " " + translate("opendata.imports.source", WHAT_WORKS)
    )


MAX_JSON_BYTES = MAX_DOCUMENT_BYTES  # a document beside its pictures, as in a zip


def read_import(session: Session, path: Path, password: str | None = None) -> ImportPlan:
    """Read `path` and check it against this partner's household; writes nothing."""
    path = path.expanduser()
    if path.is_dir():
        path = path / DOCUMENT_NAME
        if not path.is_file():
            raise _refused(
                translate("opendata.imports.source", "This folder holds no Toward export.")
            )
    if not path.is_file():
        raise ImportRefused(
            translate("opendata.imports.source", "There is no file {path}.").format(path=path)
        )
    if zipfile.is_zipfile(path):
        return _from_zip(session, path, password)
    data = _read(path)
    if path.suffix.lower() == ".zip" or data.startswith(b"PK"):
        raise _refused(
            translate("opendata.imports.source", "{file} is a damaged zip file."), file=path.name
        )
    document = dayone.parse(data, path.name)
    folder = path.parent
    return _plan(session, document, lambda name: _read_beside(folder, name), path.name)


def _plan(
    session: Session, document: object, read: Callable[[str], bytes | None], name: str
) -> ImportPlan:
    if toward_json.is_toward(document):
        return toward_json.plan_toward(session, document, read)
    if dayone.is_dayone(document):
        entries, skipped, notes = dayone.read_entries(document, read)  # type: ignore[arg-type]
        return plan_entries(session, dayone.SOURCE, entries, skipped, notes)
    if jrnl.is_jrnl(document):
        entries_j, skipped_j = jrnl.read_entries(document)  # type: ignore[arg-type]
        return plan_entries(session, jrnl.SOURCE, entries_j, skipped_j)
    raise _refused(
        translate("opendata.imports.source", "{file} is not a file Toward can import."), file=name
    )


def _from_zip(session: Session, path: Path, password: str | None) -> ImportPlan:
    with ZipInput(path, password) as archive:
        names = archive.names
        if DOCUMENT_NAME in names:
            document = dayone.parse(archive.read_document(DOCUMENT_NAME) or b"", DOCUMENT_NAME)
            return _plan(session, document, archive.read_picture, path.name)
        journals = sorted(n for n in names if "/" not in n and n.lower().endswith(".json"))
        if not journals:
            raise _refused(
                translate("opendata.imports.source", "{file} holds no journal."), file=path.name
            )
        entries: list[IncomingEntry] = []
        skipped: list[Skipped] = []
        notes: list[Skipped] = []
        for name in journals:
            document = dayone.parse(archive.read_document(name) or b"", name)
            if not dayone.is_dayone(document):
                raise ImportRefused(
                    translate(
                        "opendata.imports.source", "{member} in {file} is not a Day One journal."
                    ).format(member=name, file=path.name)
                )
            label = name[:-5] if len(journals) > 1 else ""
            found, left_out, remarks = dayone.read_entries(document, archive.read_picture, label)  # type: ignore[arg-type]
            entries += found
            skipped += left_out
            notes += remarks
        return plan_entries(session, dayone.SOURCE, entries, skipped, notes)


def _read(path: Path) -> bytes:
    try:
        if path.stat().st_size > MAX_JSON_BYTES:
            raise ImportRefused(
                translate(
                    "opendata.imports.source", "{file} is too large to be a journal export."
                ).format(file=path.name)
            )
        return path.read_bytes()
    except OSError as exc:
        unreadable = translate("opendata.imports.source", "{file} cannot be read ({problem}).")
        raise ImportRefused(unreadable.format(file=path.name, problem=exc.strerror or exc)) from exc


def _read_beside(folder: Path, name: str) -> bytes | None:
    """A file named inside the export, never one outside its folder."""
    target = (folder / name).resolve()
    if not target.is_relative_to(folder.resolve()) or not target.is_file():
        return None
    with target.open("rb") as file:  # a picture past the journal's cap is only told apart
        return file.read(MAX_PICTURE_BYTES + 1)
