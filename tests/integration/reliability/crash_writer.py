"""A writer process for the crash test: writes records and prints each once it is committed.

    python crash_writer.py FOLDER NAME PASSWORD

Prints "ready", then one line "<table> <space> <id>" after each write's commit returned,
until it is killed.
"""

from __future__ import annotations

import itertools
import sys

from toward import Household
from toward.core.journal import EntryFields
from toward.core.spaces import Space
from toward.session import Session


def main() -> None:
    folder, name, password = sys.argv[1:4]
    session = Session.start(Household.open(folder).unlock(name, password))
    print("ready", flush=True)
    for n in itertools.count():
        space = Space.PRIVATE if n % 3 else Space.SHARED
        if n % 2:
            entry = session.journal.write(
                space, EntryFields(title=f"entry {n}", body="words " * (n % 200))
            )
            print(f"journal_entries {space} {entry.id}", flush=True)
        else:
            bid = session.bids.log(space, by_me=True, description=f"bid {n}")
            print(f"bids {space} {bid.id}", flush=True)


if __name__ == "__main__":
    main()
