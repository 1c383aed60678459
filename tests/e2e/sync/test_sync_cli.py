"""`toward sync …` as a script runs it: link, invite, join, now, status, and the lock."""

from __future__ import annotations

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
