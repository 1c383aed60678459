"""What must hold after a crash inside a change across files (see crash_writer.py cross).

Three checks, each returning the problems it found (an empty list is healthy):
- `revealed_too_much`: the files as the crash left them, before anything is finished: no
  shared copy that its author's view does not know about, no sealed answer out early;
- `disagreements`: after unlock finished every pending operation: both files agree and
  pass both integrity checks;
- `missing`: every change the writer reported done is there and readable.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field

from tests.integration.reliability.crash_writer import PASSWORDS
from toward.core.spaces import Space
from toward.household import Household
from toward.session import Session
from toward.vault.database import Connection, integrity_problems

LINES_SQL = "SELECT id, origin_id, superseded_by FROM ledger_lines"


def revealed_too_much(household: Household, who: str) -> list[str]:
    """Shared copies whose original says otherwise, or answers out before both answered."""
    unlocked = household.unlock(who, PASSWORDS[who])  # spaces opened, nothing finished
    try:
        private = unlocked.spaces.conn(Space.PRIVATE)
        shared = unlocked.spaces.conn(Space.SHARED)
        problems = []
        for table in ("journal_entries", "repair_answers", "knowing_answers"):
            originals = dict(private.execute(f"SELECT id, shared_id FROM {table}").fetchall())
            copies = shared.execute(
                f"SELECT id, origin_id FROM {table} WHERE author_id = ? AND origin_id IS NOT NULL",
                (unlocked.partner.id,),
            )
            for copy_id, origin_id in copies:
                if origin_id in originals and originals[origin_id] != copy_id:
                    problems.append(f"{table} {copy_id} is shared; its original does not say so")
        marks = Counter(
            (r[0], r[1])
            for r in shared.execute(
                "SELECT repair_id, step FROM repair_marks WHERE kind = 'submitted'"
            )
        )
        for repair_id, step in shared.execute("SELECT repair_id, step FROM repair_answers"):
            if marks[(repair_id, step)] < 2:
                problems.append(f"an answer to {repair_id} is out before both submitted")
        answered = Counter(r[0] for r in shared.execute("SELECT round_id FROM knowing_marks"))
        for (round_id,) in shared.execute("SELECT round_id FROM knowing_answers"):
            if answered[round_id] < 2:
                problems.append(f"an answer to round {round_id} is out before both answered")
        return problems
    finally:
        unlocked.spaces.close()


def disagreements(session: Session) -> list[str]:
    """After unlock: nothing pending, both files agree, both integrity checks pass."""
    private = session.spaces.conn(Space.PRIVATE)
    shared = session.spaces.conn(Space.SHARED)
    me = session.partner.id
    problems = [f"private: {p}" for p in integrity_problems(private)]
    problems += [f"shared: {p}" for p in integrity_problems(shared)]
    pending = private.execute("SELECT count(*) FROM oplog WHERE state = 'pending'").fetchone()[0]
    if pending:
        problems.append(f"{pending} operations still pending after unlock")
    for table, content in (
        ("journal_entries", "title, body"),
        ("repair_answers", "body"),
        ("knowing_answers", "mine, guess"),
    ):
        copies = {
            r["id"]: r
            for r in shared.execute(
                f"SELECT id, origin_id, {content} FROM {table} WHERE author_id = ?", (me,)
            )
        }
        originals = {
            r["id"]: r for r in private.execute(f"SELECT id, shared_id, {content} FROM {table}")
        }
        for original in originals.values():
            copy = copies.get(original["shared_id"])
            if original["shared_id"] and (copy is None or copy["origin_id"] != original["id"]):
                problems.append(f"{table} {original['id']} says shared; no copy has it")
        for copy in copies.values():
            origin = copy["origin_id"]
            if origin and (origin not in originals or originals[origin]["shared_id"] != copy["id"]):
                problems.append(f"{table} copy {copy['id']} points at an original that disowns it")
    disclosed = {
        r[0]
        for r in shared.execute(
            "SELECT origin_id FROM ledger_lines WHERE author_id = ? AND origin_id IS NOT NULL",
            (me,),
        )
    }
    for (draft_id,) in private.execute("SELECT id FROM ledger_lines WHERE disclosed_at IS NULL"):
        if draft_id in disclosed:
            problems.append(f"draft {draft_id} is both a draft and disclosed")
    submitted = set(
        shared.execute(
            "SELECT repair_id, step FROM repair_marks WHERE partner_id = ? AND kind = 'submitted'",
            (me,),
        ).fetchall()
    )
    for row in private.execute(
        "SELECT repair_id, step FROM repair_answers WHERE submitted_at IS NOT NULL"
    ):
        if (row[0], row[1]) not in {tuple(s) for s in submitted}:
            problems.append(f"a submitted answer to {row[0]} has no mark")
    marked = {
        r[0]
        for r in shared.execute("SELECT round_id FROM knowing_marks WHERE partner_id = ?", (me,))
    }
    for (round_id,) in private.execute("SELECT round_id FROM knowing_answers"):
        if round_id not in marked:
            problems.append(f"an answer to round {round_id} has no mark")
    return problems


@dataclass
class Reported:
    """Every change a writer reported done, in order, by author."""

    lines: list[tuple[str, ...]] = field(default_factory=list)

    def add(self, output: str) -> int:
        added = 0
        # Only whole lines: one the kill cut short was not reported.
        for line in output.splitlines(keepends=True):
            if not line.endswith("\n"):
                break
            words = tuple(line.split())
            if len(words) >= 3 and words[0] in PASSWORDS:
                self.lines.append(words)
                added += 1
        return added


def missing(reported: Reported, session: Session) -> list[str]:
    """Reported changes by this session's partner (and shared facts) that are not there."""
    private = session.spaces.conn(Space.PRIVATE)
    shared = session.spaces.conn(Space.SHARED)
    me = session.partner.name
    entries = dict(private.execute("SELECT id, shared_id FROM journal_entries").fetchall())
    copies = dict(shared.execute("SELECT id, origin_id FROM journal_entries").fetchall())
    lines = {
        r[0]: r for r in _rows(shared, "SELECT id, origin_id, superseded_by FROM ledger_lines")
    }
    drafts = {r[0] for r in private.execute("SELECT id FROM ledger_lines")}
    withheld = {r[0] for r in private.execute("SELECT disclosure_id FROM ledger_withheld")}
    answers = Counter(r[0] for r in shared.execute("SELECT repair_id FROM repair_answers"))
    knowing = Counter(r[0] for r in shared.execute("SELECT round_id FROM knowing_answers"))
    problems = []
    expect_shared: dict[str, str | None] = {}  # private id -> its copy, or None once unshared
    for who, verb, *ids in reported.lines:
        mine = who == me
        if verb == "intend" and mine:
            expect_shared.pop(ids[0], None)  # the change that followed may have landed
        elif verb == "share" and mine:
            expect_shared[ids[0]] = ids[1]
        elif verb == "unshare" and mine:
            expect_shared[ids[0]] = None
        elif verb == "delete" and mine:
            expect_shared.pop(ids[0], None)
            if ids[0] in entries:
                problems.append(f"deleted entry {ids[0]} is back")
            if copies.get(ids[1], "gone") is not None:
                problems.append(f"the shared copy {ids[1]} of a deleted original is wrong")
        elif verb == "disclose":
            line = lines.get(ids[1])
            if line is None or line[1] != ids[0]:
                problems.append(f"disclosure {ids[1]} is lost")
            if mine and ids[0] in drafts:
                problems.append(f"draft {ids[0]} is still a draft")
            if mine and ids[2] == "1" and ids[1] not in withheld:
                problems.append(f"the private why of {ids[1]} is lost")
        elif verb == "correct":
            if ids[1] not in lines or lines.get(ids[0], (0, 0, None))[2] != ids[1]:
                problems.append(f"correction {ids[1]} is lost")
            if mine and ids[1] not in withheld:
                problems.append(f"the private why of correction {ids[1]} is lost")
        elif verb == "publish" and answers[ids[0]] != 2:
            problems.append(f"answers of {ids[0]}: {answers[ids[0]]} revealed, not 2")
        elif verb == "knowing" and knowing[ids[0]] != 2:
            problems.append(f"answers to round {ids[0]}: {knowing[ids[0]]} revealed, not 2")
        elif verb == "import":
            if mine and ids[0] not in entries:
                problems.append(f"imported private entry {ids[0]} is lost")
            if ids[1] not in copies:
                problems.append(f"imported shared entry {ids[1]} is lost")
    for private_id, shared_id in expect_shared.items():
        if entries.get(private_id) != shared_id or (shared_id and shared_id not in copies):
            problems.append(f"entry {private_id} should be shared as {shared_id}")
    return problems


def _rows(conn: Connection, sql: str) -> list[tuple]:
    return [tuple(r) for r in conn.execute(sql)]
