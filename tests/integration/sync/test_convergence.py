"""Random work on three computers, files delivered in random order and shape: all converge.

Maya's desk, Maya's laptop and Sam's laptop each have their own view of the sync folder; a
simulated sync engine delivers each file to each view in a random order, sometimes cut
short, under another file's name, as a conflict copy, or twice. Sam's laptop's clock runs
three days ahead. After every step the sealed and private rules hold on every computer;
at the end, once every file has arrived, the shared space is the same on all three and
Maya's private space the same on her two computers, with nothing refused.

The default run is short; TOWARD_SYNC_LONG=1 runs many more and longer sequences. The
figures (operations, computers, deliveries) are printed at the end of the run.
"""

from __future__ import annotations

import contextlib
import os
import shutil
from datetime import date, timedelta
from pathlib import Path
from typing import ClassVar

import pytest
from hypothesis import HealthCheck, settings
from hypothesis import strategies as st
from hypothesis.stateful import RuleBasedStateMachine, invariant, rule, run_state_machine_as_test

from tests.conftest import PASSWORDS, Couple
from tests.integration.sync.support import Computer
from toward import sync
from toward.core import clock
from toward.core.capture import TRAVELLERS
from toward.core.journal import EntryFields
from toward.core.ledger import DraftFields, Money, ResponseKind
from toward.core.repairs import Step, Topic
from toward.core.spaces import NotAllowed, RecordNotFound, Space
from toward.sync.local import read_link, write_link
from toward.vault.errors import KnownError
from toward.vault.oplog import OpRefused

LONG = bool(os.environ.get("TOWARD_SYNC_LONG"))
REFUSED_BY_THE_APP = (KnownError, NotAllowed, RecordNotFound, OpRefused)
NAMES = ("desk", "maya-laptop", "sam-laptop")
AHEAD_MS = int(timedelta(days=3).total_seconds() * 1000)
FIGURES = {"examples": 0, "operations": 0, "exchanges": 0, "deliveries": 0, "odd deliveries": 0}


def build_template(solo: Couple, root: Path) -> Path:
    """Three linked computers, each with its own view of the folder, all in step."""
    views = root / "views"
    desk = Computer("desk", solo.folder, "Maya", PASSWORDS["Maya"])
    sync.link(desk.folder, views / "desk", desk.session, device_name="Maya's desk")
    code = sync.invite(desk.session)
    shutil.copytree(views / "desk", views / "sam-laptop")
    sync.join_partner(views / "sam-laptop", root / "sam-laptop", code, "Sam", PASSWORDS["Sam"])
    _merge_views(views)
    desk.exchange()
    _merge_views(views)
    shutil.rmtree(views / "maya-laptop", ignore_errors=True)
    shutil.copytree(views / "desk", views / "maya-laptop")
    sync.join_own(views / "maya-laptop", root / "maya-laptop", "Maya", PASSWORDS["Maya"])
    desk.close()
    shutil.move(solo.folder, root / "desk")
    return root


def _merge_views(views: Path) -> None:
    for view in views.iterdir():
        for path in view.rglob("*"):
            if path.is_file() and "invites" not in path.parts:
                for other in views.iterdir():
                    target = other / path.relative_to(view)
                    if not target.exists():
                        target.parent.mkdir(parents=True, exist_ok=True)
                        shutil.copy2(path, target)


class ThreeComputers(RuleBasedStateMachine):
    template: ClassVar[Path]
    workdir: ClassVar[Path]
    runs: ClassVar[int] = 0

    def __init__(self) -> None:
        super().__init__()
        ThreeComputers.runs += 1
        FIGURES["examples"] += 1
        self.root = self.workdir / f"run-{self.runs}"
        shutil.copytree(self.template, self.root)
        self.computers: dict[str, Computer] = {}
        for name in NAMES:
            folder = self.root / name
            write_link(folder, self.root / "views" / name)
            partner = "Sam" if name.startswith("sam") else "Maya"
            self.computers[name] = Computer(name, folder, partner, PASSWORDS[partner])
        self.devices = {n: read_link(c.folder).device_id for n, c in self.computers.items()}
        self.truth: dict[str, bytes] = {}
        for name in NAMES:
            self._collect(name)

    # -- work on one computer ------------------------------------------------------------

    @rule(who=st.sampled_from(NAMES), shared=st.booleans(), text=st.text(max_size=12))
    def write_entry(self, who: str, shared: bool, text: str) -> None:
        space = Space.SHARED if shared else Space.PRIVATE
        session = self.computers[who].session
        self._do(lambda: session.journal.write(space, EntryFields(title="t", body=text or "b")))

    @rule(who=st.sampled_from(NAMES), pick=st.integers(0, 99), text=st.text(max_size=12))
    def edit_entry(self, who: str, pick: int, text: str) -> None:
        session = self.computers[who].session
        mine = self._own_entries(who)
        if mine:
            entry = mine[pick % len(mine)]
            self._do(lambda: session.journal.edit(entry, EntryFields(title="e", body=text)))

    @rule(who=st.sampled_from(NAMES), pick=st.integers(0, 99))
    def delete_entry(self, who: str, pick: int) -> None:
        session = self.computers[who].session
        mine = self._own_entries(who)
        if mine:
            self._do(lambda: session.journal.delete(mine[pick % len(mine)]))

    @rule(who=st.sampled_from(NAMES), pick=st.integers(0, 99))
    def share_entry(self, who: str, pick: int) -> None:
        session = self.computers[who].session
        private = [e for e in self._own_entries(who) if e.space is Space.PRIVATE]
        if private:
            self._do(lambda: session.journal.share(private[pick % len(private)]))

    @rule(who=st.sampled_from(NAMES), by_me=st.booleans())
    def log_bid(self, who: str, by_me: bool) -> None:
        session = self.computers[who].session
        self._do(lambda: session.bids.log(Space.SHARED, by_me=by_me, description="a bid"))

    @rule(who=st.sampled_from(NAMES))
    def disclose(self, who: str) -> None:
        session = self.computers[who].session
        fields = DraftFields(date(2026, 1, 2), Money.of("9.50", "USD"), payee="shop")
        self._do(lambda: session.ledger.disclose([session.ledger.add_draft(fields)]))

    @rule(who=st.sampled_from(NAMES), pick=st.integers(0, 99))
    def acknowledge(self, who: str, pick: int) -> None:
        session = self.computers[who].session
        rows = self._shared_ids(who, "ledger_lines", "disclosed_at IS NOT NULL", other=True)
        if rows:
            disclosure = session.ledger.get(rows[pick % len(rows)])
            self._do(lambda: session.ledger.respond(disclosure, ResponseKind.ACKNOWLEDGED))

    @rule(who=st.sampled_from(NAMES))
    def promise(self, who: str) -> None:
        session = self.computers[who].session
        other = self._other_partner(who)
        if other:
            self._do(lambda: session.promises.make("call mum", to_partner_id=other))

    @rule(who=st.sampled_from(NAMES), pick=st.integers(0, 99))
    def keep_promise(self, who: str, pick: int) -> None:
        session = self.computers[who].session
        rows = self._shared_ids(who, "promises", "status = 'open' AND to_id = ?", mine=True)
        if rows:
            promise = session.promises.get(rows[pick % len(rows)])
            self._do(lambda: session.promises.mark_kept(promise))

    @rule(who=st.sampled_from(NAMES))
    def start_repair(self, who: str) -> None:
        session = self.computers[who].session
        when = clock.now() + timedelta(hours=2)
        self._do(lambda: session.repairs.start("The dinner", Topic.ARGUMENT, when))

    @rule(who=st.sampled_from(NAMES), pick=st.integers(0, 99))
    def accept_repair(self, who: str, pick: int) -> None:
        session = self.computers[who].session
        rows = self._shared_ids(who, "repairs", "agreed_at IS NULL", other=True)
        if rows:
            repair = session.repairs.get(rows[pick % len(rows)])
            self._do(lambda: session.repairs.accept_time(repair))

    @rule(who=st.sampled_from(NAMES), pick=st.integers(0, 99), text=st.text(max_size=12))
    def submit_answer(self, who: str, pick: int, text: str) -> None:
        session = self.computers[who].session
        rows = self._shared_ids(who, "repairs", "agreed_at IS NOT NULL")
        if rows:
            repair = session.repairs.get(rows[pick % len(rows)])
            words = f"sealed {text}".strip()
            self._do(lambda: session.repairs.submit(repair, Step.FEELINGS, words))

    @rule(who=st.sampled_from(NAMES))
    def exchange_soon(self, who: str) -> None:
        self.exchange(who)

    @rule(who=st.sampled_from(NAMES))
    def exchange(self, who: str) -> None:
        computer = self.computers[who]
        if who == "sam-laptop":  # its clock runs days ahead
            for space in (Space.SHARED, Space.PRIVATE):
                computer.session.spaces.conn(space).execute(
                    "UPDATE sync_outbox SET at_ms = at_ms + ?", (AHEAD_MS,)
                )
        computer.exchange()
        FIGURES["exchanges"] += 1
        self._collect(who)

    # -- the sync engine -----------------------------------------------------------------

    @rule(
        to=st.sampled_from(NAMES),
        pick=st.integers(0, 10_000),
        how=st.sampled_from(["whole", "whole", "whole", "cut", "renamed", "conflict", "twice"]),
        count=st.integers(1, 4),
    )
    def deliver(self, to: str, pick: int, how: str, count: int) -> None:
        for n in range(count):
            self._deliver_one(to, pick + n, how if n == 0 else "whole")

    def _deliver_one(self, to: str, pick: int, how: str) -> None:
        view = self.root / "views" / to
        waiting = sorted(p for p, data in self.truth.items() if _read(view / p) != data)
        if not waiting:
            return
        place = waiting[pick % len(waiting)]
        data, target = self.truth[place], view / place
        target.parent.mkdir(parents=True, exist_ok=True)
        FIGURES["deliveries"] += 1
        if how != "whole":
            FIGURES["odd deliveries"] += 1
        if how == "cut":
            target.write_bytes(data[: len(data) // 2])
        elif how == "renamed" and place.endswith(".op"):
            # Another file's bytes under this name, until the real one arrives.
            others = [p for p in self.truth if p.endswith(".op") and p != place]
            if others:
                target.write_bytes(self.truth[others[pick % len(others)]])
        elif how == "conflict":
            target.with_name(
                f"{target.stem}.sync-conflict-20260101-ABC{target.suffix}"
            ).write_bytes(data)
        else:
            target.write_bytes(data)
            if how == "twice":
                target.write_bytes(data)

    # -- rules that hold at every step ---------------------------------------------------

    @invariant()
    def sealed_answers_stay_sealed_until_both_submitted(self) -> None:
        for computer in self.computers.values():
            shared = computer.session.spaces.conn(Space.SHARED)
            early = shared.execute(
                "SELECT count(*) FROM repair_answers AS a WHERE (SELECT count(DISTINCT "
                "partner_id) FROM repair_marks AS m WHERE m.repair_id = a.repair_id AND "
                "m.step = a.step AND m.kind = 'submitted') < 2"
            ).fetchone()[0]
            assert early == 0, computer.name

    @invariant()
    def private_spaces_hold_their_owners_rows_only(self) -> None:
        for computer in self.computers.values():
            session = computer.session
            private = session.spaces.conn(Space.PRIVATE)
            for table in TRAVELLERS:
                if "author_id" in table.columns:
                    others = private.execute(
                        f"SELECT count(*) FROM {table.name} WHERE author_id != ?",
                        (session.partner.id,),
                    ).fetchone()[0]
                    assert others == 0, (computer.name, table.name)

    def teardown(self) -> None:
        try:
            for _round in range(3):
                for name in NAMES:
                    view = self.root / "views" / name
                    for place, data in self.truth.items():
                        (view / place).parent.mkdir(parents=True, exist_ok=True)
                        (view / place).write_bytes(data)
                for name in NAMES:
                    self.computers[name].exchange()
                    self._collect(name)
            shared = {n: _content(c, Space.SHARED) for n, c in self.computers.items()}
            assert shared["desk"] == shared["maya-laptop"] == shared["sam-laptop"]
            mine = {n: _content(self.computers[n], Space.PRIVATE) for n in NAMES[:2]}
            assert mine["desk"] == mine["maya-laptop"]
            for computer in self.computers.values():
                for space in (Space.SHARED, Space.PRIVATE):
                    conn = computer.session.spaces.conn(space)
                    refused = conn.execute("SELECT tbl, reason FROM sync_refused").fetchall()
                    assert [tuple(r) for r in refused] == [], computer.name
                    waiting = conn.execute("SELECT tbl, op FROM sync_waiting").fetchall()
                    assert [tuple(r) for r in waiting] == [], computer.name
        finally:
            for computer in self.computers.values():
                computer.close()
            shutil.rmtree(self.root, ignore_errors=True)

    # -- helpers ---------------------------------------------------------------------------

    def _do(self, action) -> None:
        FIGURES["operations"] += 1
        # The app may refuse it (already settled, not theirs), as a person would see.
        with contextlib.suppress(*REFUSED_BY_THE_APP):
            action()

    def _collect(self, who: str) -> None:
        """The files a computer wrote in its own view: what the engine carries to others."""
        view = self.root / "views" / who
        device = self.devices[who]
        for path in view.rglob("*"):
            if not path.is_file() or path.name.startswith("."):
                continue
            place = path.relative_to(view).as_posix()
            own = device in path.parts or path.name == f"{device}.dev"
            if own or place.startswith("keys/"):
                self.truth[place] = path.read_bytes()

    def _own_entries(self, who: str) -> list:
        session = self.computers[who].session
        found = []
        for space in (Space.PRIVATE, Space.SHARED):
            found += [
                e for e in session.journal.entries(space) if e.info.author_id == session.partner.id
            ]
        return found

    def _shared_ids(
        self, who: str, table: str, where: str, *, other: bool = False, mine: bool = False
    ) -> list[str]:
        session = self.computers[who].session
        conn = session.spaces.conn(Space.SHARED)
        params: tuple = (session.partner.id,) if mine else ()
        if other:
            where += " AND author_id != ?"
            params += (session.partner.id,)
        rows = conn.execute(f"SELECT id FROM {table} WHERE {where} ORDER BY id", params)
        return [row[0] for row in rows]

    def _other_partner(self, who: str) -> str | None:
        session = self.computers[who].session
        others = [p.id for p in session.household.partners if p.id != session.partner.id]
        return others[0] if others else None


def _read(path: Path) -> bytes | None:
    try:
        return path.read_bytes()
    except OSError:
        return None


def _content(computer: Computer, space: Space) -> dict[str, list[tuple]]:
    conn = computer.session.spaces.conn(space)
    return {
        table.name: sorted(
            tuple(row)
            for row in conn.execute(f"SELECT {', '.join(table.columns)} FROM {table.name}")
        )
        for table in TRAVELLERS
    }


def test_random_work_on_three_computers_converges(
    solo: Couple, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    ThreeComputers.template = build_template(solo, tmp_path / "t")
    ThreeComputers.workdir = tmp_path / "runs"
    for key in FIGURES:
        FIGURES[key] = 0
    run_state_machine_as_test(
        ThreeComputers,
        settings=settings(
            max_examples=200 if LONG else 12,
            stateful_step_count=80 if LONG else 35,
            deadline=None,
            database=None,
            suppress_health_check=list(HealthCheck),
        ),
    )
    figures = ", ".join(f"{n} {k}" for k, n in FIGURES.items())
    with capsys.disabled():
        print(f"\nsync convergence: 3 computers, {figures}")
    assert FIGURES["operations"] > 0 and FIGURES["deliveries"] > 0
