"""`toward sync …` as a script runs it: link, invite, join, now, status, and the lock."""

from __future__ import annotations

import json
from datetime import datetime, timedelta
from pathlib import Path

from tests.conftest import PASSWORDS, make_couple
from tests.e2e.conftest import run_toward
from toward.core.journal import EntryFields
from toward.core.spaces import Space
from toward.household import Household
from toward.session import Session
from toward.vault.locks import hold_folder


def sync(data: Path, *args: str, stdin: str) -> str:
    done = run_toward(["sync", *args, "--data-dir", str(data)], stdin=stdin)
    assert done.returncode == 0, done.stdout + done.stderr
    return done.stdout


def linked_with_a_private_entry(home: Path, folder: Path) -> str:
    """Maya's household made in `home`, linked to `folder`, with one private entry; her id."""
    make_couple(home, second=False)
    sync(home, "link", str(folder), "--partner", "Maya", stdin=PASSWORDS["Maya"] + "\n")
    session = Session.start(Household.open(home).unlock("Maya", PASSWORDS["Maya"]))
    session.journal.write(Space.PRIVATE, EntryFields(title="only mine"))
    maya_id = session.partner.id
    session.lock()
    return maya_id


def test_two_partners_link_invite_join_and_exchange(tmp_path: Path):
    home = make_couple(tmp_path / "home", second=False).folder
    folder = tmp_path / "sync"
    maya = PASSWORDS["Maya"] + "\n"
    assert "Linked" in sync(home, "link", str(folder), "--partner", "Maya", stdin=maya)
    code = sync(home, "invite", "--partner", "Maya", stdin=maya).splitlines()[-1]
    assert len(code.replace("-", "")) == 24
    joined = sync(
        tmp_path / "sam",
        "join",
        str(folder),
        "--name",
        "Sam",
        stdin=f"{code}\n{PASSWORDS['Sam']}\n",
    )
    assert "Sam joined" in joined and "recovery code" in joined

    session = Session.start(Household.open(tmp_path / "sam").unlock("Sam", PASSWORDS["Sam"]))
    session.journal.write(Space.SHARED, EntryFields(title="from the laptop"))
    session.lock()
    assert "Changes sent: 1." in sync(
        tmp_path / "sam", "now", "--partner", "Sam", stdin=PASSWORDS["Sam"] + "\n"
    )
    out = sync(home, "now", "--partner", "Maya", stdin=maya)
    assert "Changes applied from other computers: 1." in out
    status = sync(home, "status", "--partner", "Maya", stdin=maya)
    assert "up to date" in status

    # One's own other computer: the name is known, so the line is the password.
    own = sync(tmp_path / "laptop", "join", str(folder), "--name", "Maya", stdin=maya)
    assert "Maya joined" in own and "recovery code" not in own


def test_a_writing_sync_command_waits_for_a_running_toward(tmp_path: Path):
    home = make_couple(tmp_path / "home", second=False).folder
    with hold_folder(home):
        done = run_toward(
            ["sync", "link", str(tmp_path / "sync"), "--partner", "Maya", "--data-dir", str(home)],
            stdin=PASSWORDS["Maya"] + "\n",
        )
    assert done.returncode == 1 and "busy" in done.stderr
    assert not (tmp_path / "sync").exists()


def test_a_wrong_code_is_said_in_words(tmp_path: Path):
    home = make_couple(tmp_path / "home", second=False).folder
    folder = tmp_path / "sync"
    sync(home, "link", str(folder), "--partner", "Maya", stdin=PASSWORDS["Maya"] + "\n")
    done = run_toward(
        ["sync", "join", str(folder), "--name", "Sam", "--data-dir", str(tmp_path / "sam")],
        stdin="ABCD-EFGH-JKMN-PQRS-TVWX-YZ01\nsam-password-long\n",
    )
    assert done.returncode == 1
    assert "does not open an invitation" in done.stderr and "Traceback" not in done.stderr
    assert not (tmp_path / "sam").exists()


def test_a_private_folder_on_the_command_line_and_at_join(tmp_path: Path):
    home, folder, mine = tmp_path / "home", tmp_path / "sync", tmp_path / "maya-only"
    maya = PASSWORDS["Maya"] + "\n"
    maya_id = linked_with_a_private_entry(home, folder)
    sync(home, "now", "--partner", "Maya", stdin=maya)
    assert any((folder / "private" / maya_id).rglob("*.op"))
    out = sync(home, "link-private", str(mine), "--partner", "Maya", stdin=maya)
    assert "private changes now travel through" in out
    assert not any((folder / "private" / maya_id).rglob("*.op"))
    assert "private changes travel through" in sync(home, "status", "--partner", "Maya", stdin=maya)

    laptop = tmp_path / "laptop"
    own = sync(
        laptop, "join", str(folder), "--name", "Maya", "--private-folder", str(mine), stdin=maya
    )
    assert "Maya joined" in own
    session = Session.start(Household.open(laptop).unlock("Maya", PASSWORDS["Maya"]))
    assert [e.title for e in session.journal.entries(Space.PRIVATE)] == ["only mine"]
    session.lock()


def test_a_file_that_stays_unreadable_fails_now_and_doctor_in_words(tmp_path: Path):
    home = make_couple(tmp_path / "home", second=False).folder
    folder = tmp_path / "sync"
    maya = PASSWORDS["Maya"] + "\n"
    sync(home, "link", str(folder), "--partner", "Maya", stdin=maya)
    laptop = tmp_path / "laptop"
    sync(laptop, "join", str(folder), "--name", "Maya", "--device-name", "Laptop", stdin=maya)
    session = Session.start(Household.open(laptop).unlock("Maya", PASSWORDS["Maya"]))
    session.journal.write(Space.SHARED, EntryFields(title="from the laptop"))
    session.lock()
    sync(laptop, "now", "--partner", "Maya", stdin=maya)
    newest = max(folder.glob("shared/*/*.op"), key=lambda p: p.stat().st_mtime_ns)
    newest.write_bytes(newest.read_bytes()[:-4] + b"bad!")
    assert "cannot be read yet" in sync(home, "now", "--partner", "Maya", stdin=maya)
    # Ten minutes on, unchanged: the note's start moved back as the clock would have.
    session = Session.start(Household.open(home).unlock("Maya", PASSWORDS["Maya"]))
    conn = session.spaces.conn(Space.SHARED)
    (key, value) = conn.execute(
        "SELECT key, value FROM sync_state WHERE key LIKE 'unreadable/%'"
    ).fetchone()
    noted = json.loads(value)
    noted["since"] = (datetime.fromisoformat(noted["since"]) - timedelta(minutes=11)).isoformat()
    conn.execute("UPDATE sync_state SET value = ? WHERE key = ?", (json.dumps(noted), key))
    session.lock()

    done = run_toward(["sync", "now", "--partner", "Maya", "--data-dir", str(home)], stdin=maya)
    assert done.returncode == 1, done.stdout + done.stderr
    assert "Problem: A change file from Laptop stays unreadable" in done.stdout
    assert "no errors for this folder" in done.stdout and "Traceback" not in done.stderr
    status = run_toward(
        ["sync", "status", "--partner", "Maya", "--data-dir", str(home)], stdin=maya
    )
    assert (
        status.returncode == 1 and "Laptop: a change file stays unreadable since" in status.stdout
    )
    doctor = run_toward(["doctor", "--partner", "Maya", "--data-dir", str(home)], stdin=maya)
    assert doctor.returncode == 1
    assert "A change file from Laptop stays unreadable since" in doctor.stdout


def test_stopping_a_private_folder_on_the_command_line(tmp_path: Path):
    home, folder, mine = tmp_path / "home", tmp_path / "sync", tmp_path / "maya-only"
    maya = PASSWORDS["Maya"] + "\n"
    maya_id = linked_with_a_private_entry(home, folder)
    sync(home, "link-private", str(mine), "--partner", "Maya", stdin=maya)
    assert not any((folder / "private" / maya_id).rglob("*.op"))

    out = sync(home, "unlink-private", "--partner", "Maya", stdin=maya)
    assert "travel through the sync folder again" in out
    assert str(mine.resolve()) in out  # where the other computers should stop too
    assert any((folder / "private" / maya_id).rglob("*.op"))
    assert not any(mine.rglob("*.op"))
    status = sync(home, "status", "--partner", "Maya", stdin=maya)
    assert "private changes travel through" not in status

    again = run_toward(
        ["sync", "unlink-private", "--partner", "Maya", "--data-dir", str(home)], stdin=maya
    )
    assert again.returncode != 0
    assert "already travel through the sync folder" in again.stderr
