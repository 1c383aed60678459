"""Changes across the two files, stopped between them: any half state reveals less, and
the next unlock finishes it (DESIGN §3). The crash test (reliability/) does the same with
real SIGKILLs; these name each case of issue 16.
"""

from __future__ import annotations

import os
from datetime import date

import pytest
import sqlcipher3

from tests.conftest import PASSWORDS, Couple
from toward.core.journal import EntryFields
from toward.core.ledger import DraftFields, Money
from toward.core.ledger.operations import CORRECT, keep_withheld
from toward.core.spaces import Space
from toward.household import SHARED_DB, Household, private_db_name
from toward.opendata import rows as portable
from toward.opendata.kinds import JOURNAL_ENTRIES
from toward.session import Session
from toward.vault.kdf import FLOOR_COST
from toward.vault.oplog import OpRefused


class Stopped(Exception):
    """Stands for the app dying at that step."""


def stop_at(session: Session, step: str) -> None:
    def on_step(name: str, op: object) -> None:
        if name == step:
            raise Stopped

    session.spaces.ops.on_step = on_step


def partner_can_read(sam: Session, copy_id: str) -> bool:
    return any(e.id == copy_id for e in sam.journal.entries(Space.SHARED))


@pytest.mark.parametrize("step", ["recorded", "applied"])
def test_an_unshare_stopped_between_the_files_never_leaves_the_partner_reading(
    couple: Couple, maya: Session, sam: Session, step: str
):
    entry = maya.journal.write(Space.PRIVATE, EntryFields(title="second thoughts"))
    copy = maya.journal.share(entry)
    stop_at(maya, step)
    with pytest.raises(Stopped):
        maya.journal.unshare(entry)
    maya.lock()
    readable = partner_can_read(sam, copy.id)
    author = couple.unlock("Maya")
    # Whatever the stop left, the partner reads only what the author's view calls shared;
    # the unlock above finished the unshare.
    assert not (readable and step == "applied")
    assert author.journal.get(Space.PRIVATE, entry.id).info.shared_id is None
    assert not partner_can_read(sam, copy.id)
    author.lock()


def test_a_share_stopped_between_the_files_is_delayed_never_shown_unknown(
    couple: Couple, maya: Session, sam: Session
):
    entry = maya.journal.write(Space.PRIVATE, EntryFields(title="for you", body="soon"))
    stop_at(maya, "recorded")
    with pytest.raises(Stopped):
        maya.journal.share(entry)
    shared_id = maya.journal.get(Space.PRIVATE, entry.id).info.shared_id
    assert shared_id is not None and not partner_can_read(sam, shared_id)
    maya.lock()
    couple.unlock("Maya").lock()
    assert sam.journal.get(Space.SHARED, shared_id).body == "soon"


@pytest.mark.parametrize("step", ["recorded", "applied"])
def test_a_correction_stopped_between_the_files_keeps_its_private_why(
    couple: Couple, maya: Session, sam: Session, step: str
):
    fields = DraftFields(occurred_on=date(2026, 3, 1), money=Money.from_minor(1250, "EUR"))
    (disclosure,) = maya.ledger.disclose([maya.ledger.add_draft(fields)])
    fix = DraftFields(
        occurred_on=date(2026, 3, 1),
        money=Money.from_minor(2150, "EUR"),
        why="only mine to know",
        keep_why_private=True,
    )
    stop_at(maya, step)
    with pytest.raises(Stopped):
        maya.ledger.correct(disclosure, fix, "digits swapped")
    maya.lock()
    maya = couple.unlock("Maya")
    (current,) = maya.ledger.disclosures()
    assert current.corrects_id == disclosure.id
    assert current.withheld_why == "only mine to know"
    assert sam.ledger.get(current.id).why == ""
    maya.lock()


def test_a_correction_refused_when_applied_takes_its_private_why_back(maya: Session, sam: Session):
    fields = DraftFields(occurred_on=date(2026, 3, 1), money=Money.from_minor(1250, "EUR"))
    (disclosure,) = maya.ledger.disclose([maya.ledger.add_draft(fields)])
    fix = DraftFields(
        occurred_on=date(2026, 3, 1),
        money=Money.from_minor(1, "EUR"),
        why="w",
        keep_why_private=True,
    )
    maya.ledger.correct(disclosure, fix, "first")
    new_id = "c" * 32
    line = _line(maya, disclosure.id) | {"id": new_id}
    with pytest.raises(OpRefused, match="corrected in the meantime"):
        # As a second computer holding the old disclosure would send it.
        maya.spaces.ops.run(
            CORRECT, {"line": line}, along=lambda conn: keep_withheld({new_id: "w2"}, conn)
        )
    withheld = maya.spaces.conn(Space.PRIVATE).execute("SELECT why FROM ledger_withheld")
    assert [r[0] for r in withheld] == ["w"]


def _line(session: Session, line_id: str) -> dict:
    row = (
        session.spaces.conn(Space.SHARED)
        .execute("SELECT * FROM ledger_lines WHERE id = ?", (line_id,))
        .fetchone()
    )
    values = {k: row[k] for k in row.keys()}  # noqa: SIM118
    return values | {"corrects_id": line_id, "superseded_by": None, "origin_id": None}


def test_deleting_a_shared_original_stopped_between_the_files_is_finished(
    couple: Couple, maya: Session, sam: Session
):
    entry = maya.journal.write(Space.PRIVATE, EntryFields(title="given"))
    copy = maya.journal.share(entry)
    stop_at(maya, "recorded")
    with pytest.raises(Stopped):
        maya.journal.delete(entry)
    maya.lock()
    couple.unlock("Maya").lock()
    assert sam.journal.get(Space.SHARED, copy.id).info.origin_id is None


def test_an_import_refused_by_the_shared_space_writes_nothing_in_either(
    maya: Session, sam: Session
):
    taken = sam.journal.write(Space.SHARED, EntryFields(title="already here"))
    table = JOURNAL_ENTRIES.table

    def row(record_id: str) -> dict:
        stamp = "2026-01-01T00:00:00.000000+00:00"
        values = dict.fromkeys(table.columns)
        return values | {
            "id": record_id,
            "author_id": maya.partner.id,
            "created_at": stamp,
            "updated_at": stamp,
            "title": "imported",
            "trust_kinds": "",
            "tags": "",
        }

    batches = [
        portable.RowBatch(table, Space.PRIVATE, [row("p" * 32)]),
        portable.RowBatch(table, Space.SHARED, [row(taken.id)]),
    ]
    with pytest.raises(sqlcipher3.IntegrityError):
        portable.write_batches(maya.spaces, batches)
    assert maya.journal.count(Space.PRIVATE) == 0
    assert maya.spaces.ops.pending() == []


def test_a_shared_database_left_keyless_by_an_interrupted_setup_is_not_adopted(tmp_path):
    folder = tmp_path / "household"
    Household.create(folder, kdf_cost=FLOOR_COST)
    # What an older version left when killed after making shared.db but before saving
    # the keystore: a database whose key died with the process, and a half-made private one.
    (folder / SHARED_DB).write_bytes(os.urandom(8192))
    (folder / (private_db_name("f" * 32) + ".new")).write_bytes(os.urandom(4096))
    household = Household.open_or_create(folder, kdf_cost=FLOOR_COST)
    household.add_partner("Maya", PASSWORDS["Maya"])
    Session.start(household.unlock("Maya", PASSWORDS["Maya"])).lock()
    assert sorted(p.name for p in folder.glob("*.new")) == []
    assert len(list(folder.glob(f"{SHARED_DB}.keyless-*"))) == 1
