"""Two computers kept in step by two real Syncthing daemons, through the command line.

Each "computer" has its own data folder and its own Syncthing daemon (on 127.0.0.1), and
its Toward points at that daemon's copy of the sync folder, exactly as on two machines:
the only way anything gets from one to the other is Syncthing carrying files. A household
is linked, the other computer joins (Sam's with a one-time code, Maya's laptop with her
password), both write, `toward sync now` runs on each, and then both households, opened
with the Python API, must show the same content - and no file anywhere may hold a word of
it, a password or the code.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date
from pathlib import Path

import pytest

from tests.conftest import PASSWORDS, Couple, copy_couple
from tests.e2e.conftest import run_toward
from tests.integration.test_no_plaintext import leaks, new_marker
from tests.support.syncthing import Cluster, folder_files, syncthing_cluster
from toward import Household, Session
from toward.core.bids import Answer
from toward.core.journal import EntryFields
from toward.core.ledger import DraftFields, Money, ResponseKind
from toward.core.spaces import Space

SAMS_NEW_PASSWORD = "sam-own-laptop-lantern"


@pytest.fixture
def syncthing(tmp_path: Path) -> Iterator[Cluster]:
    with syncthing_cluster(tmp_path / "syncthing", ("first", "second")) as cluster:
        yield cluster


def toward_ok(args: list[str], *stdin_lines: str) -> str:
    """Run `toward ARGS` with one line of stdin per value; its output, or fail with why."""
    result = run_toward(args, stdin="".join(f"{line}\n" for line in stdin_lines))
    assert result.returncode == 0, f"toward {' '.join(args)}:\n{result.stdout}{result.stderr}"
    assert "Traceback" not in result.stderr
    return result.stdout


@dataclass(frozen=True)
class Computer:
    """A partner at one computer: the data folder there, their password there, and the
    folder that computer's Syncthing keeps in step."""

    partner: str
    data_dir: Path
    password: str
    sync_folder: Path

    def toward(self, action: str, *args: str, stdin: tuple[str, ...] = ()) -> str:
        command = ["sync", action, *args, "--data-dir", str(self.data_dir)]
        return toward_ok(command, *(stdin or (self.password,)))

    def sync_now(self) -> str:
        return self.toward("now", "--partner", self.partner)

    def unlock(self) -> Session:
        return Session.start(Household.open(self.data_dir).unlock(self.partner, self.password))

    def shared_content(self) -> dict[str, list[tuple[object, ...]]]:
        session = self.unlock()
        try:
            return shared_content(session)
        finally:
            session.lock()


def exchange(syncthing: Cluster, first: Computer, second: Computer) -> list[int]:
    """`toward sync now` on `first`, on `second`, on `first` again, Syncthing carrying the
    files in between: afterwards each has applied everything the other wrote before.
    Returns how many changes each of the three said it applied."""
    applied = []
    for computer in (first, second, first):
        said = re.search(r"applied\D*(\d+)", computer.sync_now(), re.IGNORECASE)
        assert said, "toward sync now did not say what it applied"
        applied.append(int(said.group(1)))
        syncthing.wait_in_sync()
    return applied


def shared_content(session: Session) -> dict[str, list[tuple[object, ...]]]:
    """The shared space as plain values, the same whichever partner reads it."""
    promises = [*session.promises.open_promises(), *session.promises.settled()]
    return {
        "journal": sorted(
            (entry.id, entry.author_id, entry.title, entry.body)
            for entry in session.journal.entries(Space.SHARED)
        ),
        "bids": sorted(
            (bid.id, bid.bidder_id, bid.description, bid.answer.value, bid.late_note)
            for bid in session.bids.recent(Space.SHARED)
        ),
        "ledger": sorted(
            (
                line.id,
                line.author_id,
                line.payee,
                str(line.money),
                tuple((r.author_id, r.kind.value, r.text) for r in line.responses),
            )
            for line in session.ledger.disclosures()
        ),
        "promises": sorted(
            (promise.id, promise.promiser_id, promise.to_id, promise.what, promise.status.value)
            for promise in promises
        ),
    }


def write_own_things(session: Session, partner_id: str, marker: str) -> None:
    """A shared journal entry, a bid, a disclosed purchase and a promise to the partner."""
    session.journal.write(Space.SHARED, EntryFields(title=f"title {marker}", body=marker))
    session.bids.log(Space.SHARED, by_me=True, description=f"bid {marker}", answer=Answer.MISSED)
    draft = session.ledger.add_draft(
        DraftFields(
            date(2026, 1, 2),
            Money.of("23.40", "EUR"),
            account="card",
            payee=f"payee {marker}",
            category="books",
            why=f"why {marker}",
        )
    )
    session.ledger.disclose([draft])
    session.promises.make(f"promise {marker}", to_partner_id=partner_id)


def test_two_computers_converge_through_syncthing(
    solo_template: Couple, syncthing: Cluster, tmp_path: Path, private_dirs: Path
):
    maya_home = copy_couple(solo_template, tmp_path / "maya").folder
    mayas = Computer("Maya", maya_home, PASSWORDS["Maya"], syncthing["first"].folder)
    sams = Computer("Sam", tmp_path / "sam", SAMS_NEW_PASSWORD, syncthing["second"].folder)
    markers = {name: new_marker() for name in ("maya", "sam", "maya-reply", "sam-reply")}

    # Maya links her household and invites Sam; Syncthing carries the folder to Sam.
    mayas.toward("link", str(mayas.sync_folder), "--partner", "Maya")
    code = mayas.toward("invite", "--partner", "Maya").strip().splitlines()[-1]
    syncthing.wait_in_sync()
    assert (sams.sync_folder / "toward-sync.json").is_file()

    # On his own computer Sam joins with the code and a new password of his own; Maya's
    # computer learns of him at its next exchange.
    joined = sams.toward(
        "join", str(sams.sync_folder), "--name", "Sam", stdin=(code, sams.password)
    )
    assert "Sam joined the household" in joined
    syncthing.wait_in_sync()
    mayas.sync_now()
    maya_id = Household.open(mayas.data_dir).partner("Maya").id
    sam_id = Household.open(mayas.data_dir).partner("Sam").id
    assert Household.open(sams.data_dir).partner("Maya").id == maya_id

    # Both write while their computers cannot reach each other, and send; nothing arrives.
    with syncthing.apart():
        maya = mayas.unlock()
        write_own_things(maya, sam_id, markers["maya"])
        maya.lock()
        mayas.sync_now()
        sam = sams.unlock()
        write_own_things(sam, maya_id, markers["sam"])
        sam.lock()
        sams.sync_now()
        assert folder_files(mayas.sync_folder) != folder_files(sams.sync_folder)
        assert [entry[1] for entry in mayas.shared_content()["journal"]] == [maya_id]
    # Together again, Syncthing carries what each sent; each then applies the other's.
    syncthing.wait_in_sync()
    applied = exchange(syncthing, mayas, sams)
    assert applied[0] > 0 and applied[1] > 0

    # Each answers the other's records: Sam keeps Maya's promise and asks about her
    # purchase; Maya turns toward Sam's bid late. Then another exchange.
    sam = sams.unlock()
    (her_promise,) = [p for p in sam.promises.open_promises() if p.promiser_id == maya_id]
    sam.promises.mark_kept(her_promise, f"kept {markers['sam-reply']}")
    (her_purchase,) = [d for d in sam.ledger.disclosures() if d.author_id == maya_id]
    sam.ledger.respond(her_purchase, ResponseKind.QUESTION, f"asked {markers['sam-reply']}")
    sam.lock()
    maya = mayas.unlock()
    (his_bid,) = [b for b in maya.bids.recent(Space.SHARED) if b.bidder_id == sam_id]
    maya.bids.turn_toward_late(his_bid, f"late {markers['maya-reply']}")
    maya.lock()
    exchange(syncthing, sams, mayas)

    on_mayas, on_sams = mayas.shared_content(), sams.shared_content()
    assert on_mayas == on_sams
    assert {kind: len(records) for kind, records in on_mayas.items()} == {
        "journal": 2,
        "bids": 2,
        "ledger": 2,
        "promises": 2,
    }
    (kept,) = [p for p in on_mayas["promises"] if p[1] == maya_id]
    assert kept[-1] == "kept"
    (asked,) = [line for line in on_mayas["ledger"] if line[1] == maya_id]
    assert asked[-1] == ((sam_id, "question", f"asked {markers['sam-reply']}"),)
    (turned,) = [bid for bid in on_mayas["bids"] if bid[1] == sam_id]
    assert turned[-1] == f"late {markers['maya-reply']}"

    # Nothing anyone wrote, no password and not the code is readable in any file: the
    # sync folders, Syncthing's homes, either data folder or the redirected HOME and TMPDIR.
    assert folder_files(mayas.sync_folder) == folder_files(sams.sync_folder)
    secrets = [*markers.values(), PASSWORDS["Maya"], PASSWORDS["Sam"], SAMS_NEW_PASSWORD, code]
    assert leaks([tmp_path, private_dirs], secrets) == []


def test_my_own_laptop_carries_my_private_space_both_ways(
    couple_template: Couple, syncthing: Cluster, tmp_path: Path, private_dirs: Path
):
    home_dir = copy_couple(couple_template, tmp_path / "home").folder
    home = Computer("Maya", home_dir, PASSWORDS["Maya"], syncthing["first"].folder)
    laptop = Computer("Maya", tmp_path / "laptop", PASSWORDS["Maya"], syncthing["second"].folder)
    markers = {name: new_marker() for name in ("home", "laptop", "sams")}

    # What the household already holds travels when it is linked: Maya's private and
    # shared entries, and Sam's private entry, which never leaves in a readable form.
    maya = home.unlock()
    maya.journal.write(Space.PRIVATE, EntryFields(title=f"private {markers['home']}"))
    maya.journal.write(Space.SHARED, EntryFields(title=f"shared {markers['home']}"))
    maya.lock()
    sam = Session.start(Household.open(home_dir).unlock("Sam", PASSWORDS["Sam"]))
    sam.journal.write(Space.PRIVATE, EntryFields(title=f"Sam's own {markers['sams']}"))
    sam.lock()
    home.toward("link", str(home.sync_folder), "--partner", "Maya")
    syncthing.wait_in_sync()

    # Maya joins from her laptop with her own password, and writes there too.
    joined = laptop.toward("join", str(laptop.sync_folder), "--name", "Maya")
    assert "Maya joined the household" in joined
    maya = laptop.unlock()
    maya.journal.write(Space.PRIVATE, EntryFields(title=f"private {markers['laptop']}"))
    maya.journal.write(Space.SHARED, EntryFields(title=f"shared {markers['laptop']}"))
    maya.lock()
    laptop.sync_now()
    syncthing.wait_in_sync()
    home.sync_now()
    syncthing.wait_in_sync()

    on_home, on_laptop = journal_titles(home), journal_titles(laptop)
    assert on_home == on_laptop
    assert on_home == {
        Space.PRIVATE: sorted(f"private {markers[where]}" for where in ("home", "laptop")),
        Space.SHARED: sorted(f"shared {markers[where]}" for where in ("home", "laptop")),
    }
    secrets = [*markers.values(), *PASSWORDS.values()]
    assert leaks([tmp_path, private_dirs], secrets) == []


def journal_titles(computer: Computer) -> dict[Space, list[str]]:
    session = computer.unlock()
    try:
        return {
            space: sorted(entry.title for entry in session.journal.entries(space))
            for space in (Space.PRIVATE, Space.SHARED)
        }
    finally:
        session.lock()
