"""A writer process for the crash tests: writes and prints each change once it returned.

    python crash_writer.py records FOLDER NAME PASSWORD
    python crash_writer.py cross FOLDER KILL_AT_STEP
    python crash_writer.py setup FOLDER KILL_AT_STEP

Prints "ready", then one line per change after it returned, until it is killed.

- records: plain writes in one file each: "<table> <space> <id>".
- cross: both partners unlocked together make every kind of change across the two files
  in turn (share, unshare, delete a shared original, disclose, correct, submit and publish
  sealed repair answers and knowing-round answers, import into both spaces); `CROSS_LINES`
  shows what each prints.
- setup: a new household, its first partner, the second, then password changes.

With KILL_AT_STEP = N > 0 the writer SIGKILLs itself at the Nth step: in cross, the Nth
commit of the operation log (recorded, applied, done, over all operations); in setup, the
Nth file step of the household (a database made, the keystore saved, a name settled).
"""

from __future__ import annotations

import itertools
import os
import signal
import sys
import uuid
from datetime import date, timedelta
from pathlib import Path

from toward.core import clock
from toward.core.journal import EntryFields
from toward.core.ledger import DraftFields, Money
from toward.core.repairs import Step, Topic
from toward.core.spaces import Space
from toward.core.talks.knowing import Round
from toward.household import Household
from toward.opendata import rows as portable
from toward.opendata.kinds import JOURNAL_ENTRIES
from toward.session import Session
from toward.vault.kdf import FLOOR_COST

PASSWORDS = {"Maya": "maya-correct-horse", "Sam": "sam-battery-staple"}  # as in the tests
NEW_PASSWORDS = {"Maya": "maya-secret-NEW", "Sam": "sam-secret-NEW"}
# What cross prints, each line starting with the author's name.
CROSS_LINES = (
    "NAME intend PRIVATE_ID  (before an unshare or delete, which may or may not land)",
    "NAME share PRIVATE_ID SHARED_ID",
    "NAME unshare PRIVATE_ID",
    "NAME delete PRIVATE_ID SHARED_ID",
    "NAME disclose DRAFT_ID DISCLOSURE_ID WITHHELD(0|1)",
    "NAME correct ORIGINAL_ID NEW_ID",
    "Maya publish REPAIR_ID",
    "Maya knowing ROUND_ID",
    "NAME import PRIVATE_ID SHARED_ID",
)


class KillAt:
    """Counts steps and SIGKILLs this process at step `at` (never, when 0)."""

    def __init__(self, at: int) -> None:
        self.at = at
        self.count = 0

    def __call__(self, *_args: object) -> None:
        self.count += 1
        if self.count == self.at:
            os.kill(os.getpid(), signal.SIGKILL)


def say(*words: object) -> None:
    # One write per line: print() writes each word apart, so a SIGKILL from outside could
    # leave half a line. A pipe takes a write this short whole.
    os.write(sys.stdout.fileno(), (" ".join(map(str, words)) + "\n").encode())


def records(folder: str, name: str, password: str) -> None:
    session = Session.start(Household.open(folder).unlock(name, password))
    say("ready")
    for n in itertools.count():
        space = Space.PRIVATE if n % 3 else Space.SHARED
        if n % 2:
            fields = EntryFields(title=f"entry {n}", body="words " * (n % 200))
            entry = session.journal.write(space, fields)
            say(f"journal_entries {space} {entry.id}")
        else:
            bid = session.bids.log(space, by_me=True, description=f"bid {n}")
            say(f"bids {space} {bid.id}")


def cross(folder: str, kill_at: int) -> None:
    household = Household.open(folder)
    maya = Session.start(household.unlock("Maya", PASSWORDS["Maya"]))
    sam = Session.start(household.unlock("Sam", PASSWORDS["Sam"]))
    kill = KillAt(kill_at)
    for session in (maya, sam):
        session.spaces.ops.on_step = kill
    say("ready")
    for n in itertools.count():
        author = maya if n % 2 == 0 else sam
        entry = author.journal.write(
            Space.PRIVATE, EntryFields(title=f"entry {n}", body=f"words {n}")
        )
        copy = author.journal.share(entry)
        say(author.partner.name, "share", entry.id, copy.id)
        if n % 3 != 2:
            say(author.partner.name, "intend", entry.id)  # its sharing may change from here
        if n % 3 == 0:
            author.journal.unshare(entry)
            say(author.partner.name, "unshare", entry.id)
        elif n % 3 == 1:
            author.journal.delete(entry)
            say(author.partner.name, "delete", entry.id, copy.id)
        fields = DraftFields(
            occurred_on=date.today() - timedelta(days=n % 20),
            money=Money.from_minor(100 + n, "EUR"),
            payee=f"shop {n}",
            why=f"because {n}",
            keep_why_private=n % 2 == 0,
        )
        draft = author.ledger.add_draft(fields)
        (disclosure,) = author.ledger.disclose([draft])
        say(author.partner.name, "disclose", draft.id, disclosure.id, int(fields.keep_why_private))
        if n % 2 == 1:
            fix = DraftFields(
                occurred_on=fields.occurred_on,
                money=Money.from_minor(200 + n, "EUR"),
                why=f"corrected {n}",
                keep_why_private=True,
            )
            corrected = author.ledger.correct(disclosure, fix, "the amount was wrong")
            say(author.partner.name, "correct", disclosure.id, corrected.id)
        if n % 4 == 0:
            repair = maya.repairs.start(f"talk {n}", Topic.ARGUMENT, clock.now() + timedelta(1))
            repair = sam.repairs.accept_time(repair)
            maya.repairs.submit(repair, Step.FEELINGS, f"maya feels {n}")
            sam.repairs.submit(repair, Step.FEELINGS, f"sam feels {n}")
            maya.repairs.publish_ready()
            say("Maya", "publish", repair.id)
            round_ = knowing_round(maya, sam, n)
            say("Maya", "knowing", round_.id)
        if n % 3 == 2:
            private_id, shared_id = import_both(author, n)
            say(author.partner.name, "import", private_id, shared_id)


def knowing_round(maya: Session, sam: Session, n: int) -> Round:
    """Both answer a round (the one a kill left open, or a new one); both go out."""
    open_rounds = [r for r in maya.knowing.rounds(limit=1) if len(r.answered_by) < 2]
    round_ = open_rounds[0] if open_rounds else maya.knowing.start()
    for session in (maya, sam):
        if session.knowing.mine(round_) is None:
            name = session.partner.name.lower()
            session.knowing.answer(round_, f"{name} answers {n}", f"{name} guesses {n}")
    maya.knowing.publish_ready()
    sam.knowing.publish_ready()
    return round_


def import_both(session: Session, n: int) -> tuple[str, str]:
    """Import one private and one shared journal entry in one batch, as an import does."""
    table = JOURNAL_ENTRIES.table
    stamp = clock.to_text(clock.now())
    ids = uuid.uuid4().hex, uuid.uuid4().hex
    batches = []
    for space, record_id in zip((Space.PRIVATE, Space.SHARED), ids, strict=True):
        row = dict.fromkeys(table.columns)
        row |= {
            "id": record_id,
            "author_id": session.partner.id,
            "created_at": stamp,
            "updated_at": stamp,
            "title": f"imported {n} {space}",
            "body": f"imported words {n}",
            "trust_kinds": "",
            "tags": "",
        }
        batches.append(portable.RowBatch(table, space, [row]))
    portable.write_batches(session.spaces, batches)
    return ids


def setup(folder: str, kill_at: int) -> None:
    kill = KillAt(kill_at)
    # Each file step of the household: a database made, the keystore saved, a name settled.
    for name in ("_open", "_save", "_settle_new_databases"):
        original = getattr(Household, name, None)
        if original is None:
            continue

        def stepped(self: Household, *args: object, _original=original, **kwargs: object):
            kill()
            result = _original(self, *args, **kwargs)
            kill()
            return result

        setattr(Household, name, stepped)
    household = Household.open_or_create(folder, kdf_cost=FLOOR_COST)
    say("ready")
    if not household.partners:
        household.add_partner("Maya", PASSWORDS["Maya"])
    say("partner Maya")
    maya = Session.start(household.unlock("Maya", PASSWORDS["Maya"]))
    if len(household.partners) < 2:
        maya.add_partner("Sam", PASSWORDS["Sam"])
    say("partner Sam")
    maya.change_password(PASSWORDS["Maya"], NEW_PASSWORDS["Maya"])
    say("password Maya")
    maya.lock()


def main() -> None:
    mode, folder, *rest = sys.argv[1:]
    if mode == "records":
        records(folder, *rest)
    elif mode == "cross":
        cross(folder, int(rest[0]))
    elif mode == "setup":
        assert Path(folder).parent.exists()
        setup(folder, int(rest[0]))
    else:
        raise SystemExit(f"unknown mode {mode}")


if __name__ == "__main__":
    main()
