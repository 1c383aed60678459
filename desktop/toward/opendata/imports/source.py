"""Which kind of file was chosen, and its import plan: Toward export, Day One or jrnl.

Accepted: a Toward export (its folder, its toward-export.json, or its zip, encrypted or
not), a Day One export (its zip, or a Journal.json with a photos folder beside it) and a
jrnl JSON export. Anything else is refused with a message saying what would work.
"""

from __future__ import annotations

import zipfile
from collections.abc import Callable
from pathlib import Path

from toward.opendata.export import DOCUMENT_NAME
from toward.opendata.imports import dayone, jrnl, toward_json
from toward.opendata.imports.journal_entries import IncomingEntry, plan_entries
from toward.opendata.imports.plan import ImportPlan, ImportRefused, NeedsPassword, Skipped
from toward.session import Session

WHAT_WORKS = (
    "Toward can bring in a Toward export (its folder, toward-export.json or zip), a Day One "
    "export (its zip or Journal.json) or a jrnl export (jrnl --export json)."
)
MAX_JSON_BYTES = 1024 * 1024 * 1024
# What a zip may unpack to: a larger one is far more than any journal (or a zip bomb).
MAX_MEMBER_BYTES = MAX_JSON_BYTES
MAX_UNPACKED_BYTES = 2 * 1024 * 1024 * 1024


def read_import(session: Session, path: Path, password: str | None = None) -> ImportPlan:
    """Read `path` and check it against this partner's household; writes nothing."""
    path = path.expanduser()
    if path.is_dir():
        path = path / DOCUMENT_NAME
        if not path.is_file():
            raise ImportRefused(f"This folder holds no Toward export. {WHAT_WORKS}")
    if not path.is_file():
        raise ImportRefused(f"There is no file {path}.")
    if zipfile.is_zipfile(path):
        return _from_zip(session, path, password)
    data = _read(path)
    if path.suffix.lower() == ".zip" or data.startswith(b"PK"):
        raise ImportRefused(f"{path.name} is a damaged zip file. {WHAT_WORKS}")
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
    raise ImportRefused(f"{name} is not a file Toward can import. {WHAT_WORKS}")


def _from_zip(session: Session, path: Path, password: str | None) -> ImportPlan:
    try:
        import pyzipper  # here, not at the top: heavy, and only a zip needs it

        archive = pyzipper.AESZipFile(path)
    except (zipfile.BadZipFile, OSError) as exc:
        raise ImportRefused(f"{path.name} is a damaged zip file ({exc}).") from exc
    with archive:
        if password:
            archive.setpassword(password.encode("utf-8"))
        names = set(archive.namelist())
        _check_sizes(archive, path.name)

        def read(name: str) -> bytes | None:
            if name not in names:
                return None
            try:
                with archive.open(name) as member:  # reads stop at the size it declares
                    data = member.read(MAX_MEMBER_BYTES + 1)
                if len(data) > MAX_MEMBER_BYTES:
                    raise ImportRefused(_too_large(name, path.name))
                return data
            except RuntimeError as exc:  # pyzipper: encrypted, no or a wrong password
                if password:
                    raise NeedsPassword("That password does not open this archive.") from exc
                raise NeedsPassword("This archive is protected by a password.") from exc
            except (zipfile.BadZipFile, OSError, EOFError, ValueError) as exc:
                raise ImportRefused(f"{name} in {path.name} is damaged ({exc}).") from exc

        document_name = DOCUMENT_NAME
        if document_name in names:
            document = dayone.parse(read(document_name) or b"", document_name)
            return _plan(session, document, read, path.name)
        journals = sorted(n for n in names if "/" not in n and n.lower().endswith(".json"))
        if not journals:
            raise ImportRefused(f"{path.name} holds no journal. {WHAT_WORKS}")
        entries: list[IncomingEntry] = []
        skipped: list[Skipped] = []
        notes: list[Skipped] = []
        for name in journals:
            document = dayone.parse(read(name) or b"", name)
            if not dayone.is_dayone(document):
                raise ImportRefused(f"{name} in {path.name} is not a Day One journal.")
            label = name[:-5] if len(journals) > 1 else ""
            found, left_out, remarks = dayone.read_entries(document, read, label)  # type: ignore[arg-type]
            entries += found
            skipped += left_out
            notes += remarks
        return plan_entries(session, dayone.SOURCE, entries, skipped, notes)


def _check_sizes(archive: zipfile.ZipFile, zip_name: str) -> None:
    """Refuse a zip whose members say they unpack to more than a journal could hold."""
    total = 0
    for member in archive.infolist():
        if member.file_size > MAX_MEMBER_BYTES:
            raise ImportRefused(_too_large(member.filename, zip_name))
        total += member.file_size
    if total > MAX_UNPACKED_BYTES:
        raise ImportRefused(
            f"{zip_name} would unpack to more than {MAX_UNPACKED_BYTES // 1024**3} GB, far "
            "more than a journal export holds; nothing was imported."
        )


def _too_large(name: str, zip_name: str) -> str:
    return (
        f"{name} in {zip_name} would unpack to more than {MAX_MEMBER_BYTES // 1024**3} GB, "
        "far more than a journal export holds; nothing was imported."
    )


def _read(path: Path) -> bytes:
    try:
        if path.stat().st_size > MAX_JSON_BYTES:
            raise ImportRefused(f"{path.name} is too large to be a journal export.")
        return path.read_bytes()
    except OSError as exc:
        raise ImportRefused(f"{path.name} cannot be read ({exc.strerror or exc}).") from exc


def _read_beside(folder: Path, name: str) -> bytes | None:
    """A file named inside the export, never one outside its folder."""
    target = (folder / name).resolve()
    if not target.is_relative_to(folder.resolve()) or not target.is_file():
        return None
    return target.read_bytes()
