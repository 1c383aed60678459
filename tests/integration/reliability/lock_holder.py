"""A second process for the two-process tests: holds a lock, or changes a password.

    python lock_holder.py app FOLDER          hold toward.lock as the app does (QLockFile)
    python lock_holder.py keystore FOLDER     hold the keystore's lock
    python lock_holder.py password FOLDER NAME OLD NEW GO
        unlock NAME, wait until the file GO exists, then change the password
    python lock_holder.py failures FOLDER PARTNER_ID COUNT GO
        wait until the file GO exists, then count COUNT wrong passwords for PARTNER_ID

The holders print "held" and keep the lock until their standard input closes, so they
stop by themselves when the test ends. The password changer prints "changed" or the
error; the failure counter "counted".
"""

from __future__ import annotations

import sys
import time
from pathlib import Path


def main() -> None:
    what, folder = sys.argv[1], Path(sys.argv[2])
    if what == "app":
        from PySide6.QtCore import QLockFile

        lock = QLockFile(str(folder / "toward.lock"))
        lock.setStaleLockTime(0)
        if not lock.tryLock(0):
            print("busy", flush=True)
            return
        print("held", flush=True)
        sys.stdin.read()
        lock.unlock()
    elif what == "keystore":
        from toward.vault.locks import keystore_lock

        with keystore_lock(folder):
            print("held", flush=True)
            sys.stdin.read()
    elif what == "password":
        from toward import Household, KnownError
        from toward.session import Session

        name, old, new, go = sys.argv[3:7]
        session = Session.start(Household.open(folder).unlock(name, old))
        print("ready", flush=True)
        while not Path(go).exists():
            time.sleep(0.001)
        try:
            session.change_password(old, new)
        except KnownError as exc:
            print(f"refused: {exc}", flush=True)
        else:
            print("changed", flush=True)
        session.lock()
    elif what == "failures":
        from toward.vault.throttle import AttemptLog

        partner_id, count, go = sys.argv[3], int(sys.argv[4]), Path(sys.argv[5])
        attempts = AttemptLog(folder)
        print("ready", flush=True)
        while not go.exists():
            time.sleep(0.001)
        for _ in range(count):
            attempts.record_failure(partner_id)
        print("counted", flush=True)


if __name__ == "__main__":
    main()
