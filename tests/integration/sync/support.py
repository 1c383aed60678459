"""Computers on one machine that share a sync folder: a data folder and a session each."""

from __future__ import annotations

import shutil
from dataclasses import dataclass, field
from pathlib import Path

from tests.conftest import PASSWORDS, Couple, copy_couple
from toward import sync
from toward.household import Household
from toward.session import Session
from toward.sync import ExchangeReport


@dataclass
class Computer:
    """One computer: its data folder, whose it is, and an unlocked session when open."""

    name: str
    folder: Path
    partner: str
    password: str
    _session: Session | None = field(default=None, repr=False)

    @property
    def session(self) -> Session:
        if self._session is None or self._session.locked:
            household = Household.open(self.folder)
            self._session = Session.start(household.unlock(self.partner, self.password))
        return self._session

    def exchange(self) -> ExchangeReport:
        return sync.exchange(self.session)

    def close(self) -> None:
        if self._session is not None:
            self._session.lock()
            self._session = None


def partners_apart(solo: Couple, root: Path) -> tuple[Computer, Computer, Path]:
    """Maya's computer linked to a folder, and Sam's, joined by invitation."""
    folder = root / "sync"
    maya = Computer("maya-desk", solo.folder, "Maya", PASSWORDS["Maya"])
    sync.link(maya.folder, folder, maya.session, device_name="Maya's desk")
    code = sync.invite(maya.session)
    sync.join_partner(folder, root / "sam", code, "Sam", PASSWORDS["Sam"], device_name="Sam's")
    sam = Computer("sam-laptop", root / "sam", "Sam", PASSWORDS["Sam"])
    maya.exchange()  # Maya's computer learns of Sam
    return maya, sam, folder


def own_computers(couple: Couple, root: Path, count: int = 2) -> tuple[list[Computer], Path]:
    """Maya and Sam's shared home computer linked, and Maya's other computers joined."""
    folder = root / "sync"
    home = Computer("home", couple.folder, "Maya", PASSWORDS["Maya"])
    sync.link(home.folder, folder, home.session, device_name="Home")
    computers = [home]
    for n in range(1, count):
        data = root / f"laptop-{n}"
        sync.join_own(folder, data, "Maya", PASSWORDS["Maya"], device_name=f"Laptop {n}")
        computers.append(Computer(f"laptop-{n}", data, "Maya", PASSWORDS["Maya"]))
    return computers, folder


def copy_of(template: Couple, folder: Path) -> Couple:
    if folder.exists():
        shutil.rmtree(folder)
    return copy_couple(template, folder)
