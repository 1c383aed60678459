"""No plaintext on disk: unique markers written through every path never reach a file.

Each writer puts a unique marker through one way of storing text (DESIGN §1: a private
entry is readable by its author alone, "not with file access ... not through a temp file").
The test then reads every byte of every file in the data folder and in the redirected
temp, home and XDG folders, while the sessions are open and again after locking, looking
for the marker as UTF-8 and UTF-16 in any letter case.

To cover a new feature, add a writer below:

    @writer()
    def bids(maya: Session, sam: Session, marker: str) -> None:
        maya.bids.log(..., note=marker)

`stored=False` marks a writer whose text must be gone even from the decrypted pages (it
deletes what it wrote); by default the marker must be found there, which proves the writer
really stored it and the file reader could have seen it.
"""

from __future__ import annotations

import base64
import os
import uuid
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from pathlib import Path

import pytest

from tests.conftest import PASSWORDS, Couple
from tests.integration.support import decrypted_pages
from toward.core.spaces import Space
from toward.household import SHARED_DB, private_db_name
from toward.session import Session
from toward.vault.recovery import normalize_recovery_code

Write = Callable[[Session, Session, str], None]
ENCODINGS = ("utf-8", "utf-16-le", "utf-16-be")


@dataclass(frozen=True)
class Writer:
    write: Write
    stored: bool

    @property
    def name(self) -> str:
        return self.write.__name__


WRITERS: list[Writer] = []


def writer(*, stored: bool = True) -> Callable[[Write], Write]:
    """Register a way of putting text into Toward."""

    def register(write: Write) -> Write:
        WRITERS.append(Writer(write, stored))
        return write

    return register


# -- the writers ---------------------------------------------------------------------------


@writer()
def private_entry(maya: Session, sam: Session, marker: str) -> None:
    maya.journal.write(
        Space.PRIVATE, title=f"title {marker}", body=f"body {marker}", tags=[f"tag {marker}"]
    )


@writer()
def private_tag_only(maya: Session, sam: Session, marker: str) -> None:
    maya.journal.write(Space.PRIVATE, title="no marker here", tags=[marker])


@writer()
def shared_entry_read_by_the_partner(maya: Session, sam: Session, marker: str) -> None:
    entry = sam.journal.write(Space.SHARED, title=f"to Maya {marker}", body=f"{marker} body")
    maya.journal.mark_read(maya.journal.get(Space.SHARED, entry.id))


@writer()
def edited_entry(maya: Session, sam: Session, marker: str) -> None:
    entry = maya.journal.write(Space.PRIVATE, title=f"draft {marker}", body=f"draft {marker}")
    maya.journal.edit(entry, title=f"final {marker}", body=f"final {marker}", tags=[marker])


@writer()
def shared_from_private(maya: Session, sam: Session, marker: str) -> None:
    entry = maya.journal.write(Space.PRIVATE, title=f"shared {marker}", body=f"{marker}")
    maya.journal.share(entry)
    sam.journal.mark_read(sam.journal.entries(Space.SHARED)[0])


@writer()
def partial_share(maya: Session, sam: Session, marker: str) -> None:
    entry = maya.journal.write(Space.PRIVATE, body=f"the part {marker}. the rest {marker}")
    maya.journal.share(entry, body=f"only the part {marker}")


@writer()
def share_then_unshare(maya: Session, sam: Session, marker: str) -> None:
    entry = maya.journal.write(Space.PRIVATE, title=f"second thoughts {marker}")
    copy = maya.journal.share(entry)
    sam.journal.mark_read(sam.journal.get(Space.SHARED, copy.id))
    maya.journal.unshare(entry)


@writer(stored=False)
def deleted_everywhere(maya: Session, sam: Session, marker: str) -> None:
    private = maya.journal.write(Space.PRIVATE, title=f"gone {marker}", body=marker * 30)
    maya.journal.delete(private)
    shared = sam.journal.write(Space.SHARED, title=f"gone {marker}", tags=[marker])
    sam.journal.delete(shared)
    given = maya.journal.write(Space.PRIVATE, title=f"given {marker}")
    maya.journal.delete(maya.journal.share(given))
    maya.journal.delete(maya.journal.get(Space.PRIVATE, given.id))


@writer()
def settings_value(maya: Session, sam: Session, marker: str) -> None:
    maya.settings.auto_lock_minutes = 15
    # No text setting exists yet: write through the settings table itself.
    maya.settings.set_text(f"note-{marker}", marker)


# -- the checker ---------------------------------------------------------------------------


def new_marker() -> str:
    return f"MARKER-{uuid.uuid4().hex}"


def needles(text: str) -> list[bytes]:
    return [text.lower().encode(encoding) for encoding in ENCODINGS]


def files_under(roots: Iterable[Path]) -> list[Path]:
    found = []
    for root in roots:
        for folder, _dirs, names in os.walk(root):
            found.extend(Path(folder) / name for name in names)
    return sorted(set(found))


def leaks(roots: Iterable[Path], texts: Iterable[str], raw: Iterable[bytes] = ()) -> list[str]:
    """Where any text (any case, UTF-8 or UTF-16) or raw byte string appears on disk."""
    texts, raw = list(texts), list(raw)
    problems = []
    for path in files_under(roots):
        data = path.read_bytes()
        lowered = data.lower()
        for text in texts:
            if text.lower() in str(path).lower():
                problems.append(f"{path}: in the file name: {text}")
            if any(needle in lowered for needle in needles(text)):
                problems.append(f"{path}: {text}")
        problems.extend(f"{path}: a raw secret" for secret in raw if secret in data)
    return problems


def secrets_of(couple: Couple, maya: Session, sam: Session) -> tuple[list[str], list[bytes]]:
    """Passwords, recovery codes and database keys: none of them may be on disk either."""
    codes = list(couple.recovery_codes.values())
    texts = [*PASSWORDS.values(), *codes]
    texts += [normalize_recovery_code(code).decode() for code in codes]
    keys = [s.key(name) for s in (maya, sam) for name in ("private", "shared")]
    texts += [key.hex() for key in keys] + [base64.b64encode(key).decode() for key in keys]
    return texts, keys


def checkpoint_and_decrypt(couple: Couple, maya: Session, sam: Session) -> bytes:
    """The decrypted pages of all three databases, in lower case."""
    pages = []
    for session, space, name in (
        (maya, Space.PRIVATE, private_db_name(maya.partner.id)),
        (sam, Space.PRIVATE, private_db_name(sam.partner.id)),
        (maya, Space.SHARED, SHARED_DB),
    ):
        session.spaces.conn(space).execute("PRAGMA wal_checkpoint(TRUNCATE)")
        pages.append(decrypted_pages(couple.folder / name, session.key(space.value)))
    return b"".join(pages).lower()


@pytest.fixture
def roots(couple: Couple, tmp_path: Path, private_dirs: Path) -> list[Path]:
    """The data folder and everything beside it, and the redirected TMPDIR/HOME/XDG."""
    assert couple.folder.is_relative_to(tmp_path)
    return [tmp_path, private_dirs]


# -- the tests -----------------------------------------------------------------------------


@pytest.mark.parametrize("entry", WRITERS, ids=lambda w: w.name)
def test_no_marker_reaches_any_file(couple: Couple, roots: list[Path], entry: Writer):
    maya, sam = couple.unlock("Maya"), couple.unlock("Sam")
    marker = new_marker()
    entry.write(maya, sam, marker)
    secret_texts, raw_keys = secrets_of(couple, maya, sam)

    assert leaks(roots, [marker, *secret_texts], raw_keys) == []
    found = marker.lower().encode() in checkpoint_and_decrypt(couple, maya, sam)
    assert found is entry.stored
    assert leaks(roots, [marker, *secret_texts], raw_keys) == []

    maya.lock()
    sam.lock()
    assert leaks(roots, [marker, *secret_texts], raw_keys) == []
    assert any(p.name == SHARED_DB for p in files_under(roots))


def test_every_writer_together_leaves_no_marker(couple: Couple, roots: list[Path]):
    maya, sam = couple.unlock("Maya"), couple.unlock("Sam")
    markers = []
    for entry in WRITERS:
        markers.append(new_marker())
        entry.write(maya, sam, markers[-1])
    secret_texts, raw_keys = secrets_of(couple, maya, sam)
    maya.lock()
    sam.lock()
    # Reopening runs migrations and the unlock bookkeeping over the same files.
    couple.unlock("Maya").lock()
    couple.unlock("Sam").lock()
    assert leaks(roots, [*markers, *secret_texts], raw_keys) == []


# -- the checker itself can fail -----------------------------------------------------------


@pytest.mark.parametrize("encoding", ENCODINGS)
def test_the_checker_finds_a_marker_written_in_plaintext(
    couple: Couple, roots: list[Path], private_dirs: Path, encoding: str
):
    marker = new_marker()
    assert leaks(roots, [marker]) == []
    (private_dirs / "tmp" / "leak.txt").write_bytes(
        f"some text around it {marker.lower()} and after".encode(encoding)
    )
    assert len(leaks(roots, [marker])) == 1


def test_the_checker_looks_in_the_data_folder_names_and_nested_folders(
    couple: Couple, roots: list[Path], private_dirs: Path
):
    marker, another, third = new_marker(), new_marker(), new_marker()
    (couple.folder / "export.md").write_text(f"# {another}")
    nested = private_dirs / "cache" / "toward" / "deep"
    nested.mkdir(parents=True)
    (nested / f"{marker}.tmp").write_bytes(b"")
    key = os.urandom(32)
    (private_dirs / "home" / "key.bin").write_bytes(b"prefix" + key)
    (private_dirs / "config" / "settings.ini").write_text(f"x={third.upper()}")
    found = leaks(roots, [marker, another, third], [key])
    assert len(found) == 4
    assert any("in the file name" in f for f in found)
