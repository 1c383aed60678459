"""Fixtures for every suite: offscreen Qt, a private temp and data folder, a memory keyring,
and households copied from templates made once per run."""

from __future__ import annotations

import os
import shutil
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

# Before anything imports Qt: no display is needed or used.
os.environ["QT_QPA_PLATFORM"] = "offscreen"
os.environ.setdefault("QT_LOGGING_RULES", "qt.qpa.*=false")
# The system's language as Qt sees it (uiLanguages): a partner who follows the system
# reads English, dates as en_GB writes them, in the tests too, whatever the machine says.
os.environ["LANGUAGE"] = "en_GB"

import keyring
import pytest
from keyring.backends import fail

from tests.support.memory_keyring import MemoryKeyring
from toward import Household, Session
from toward.translations import use_language
from toward.vault.kdf import FLOOR_COST

# Every test reads English words, whatever the machine's language.
use_language("en")

PASSWORDS = {"Maya": "maya-correct-horse", "Sam": "sam-battery-staple"}


@pytest.fixture(autouse=True)
def memory_keyring(request: pytest.FixtureRequest) -> Iterator[MemoryKeyring | None]:
    """Replace the OS keyring; tests marked no_keyring get the 'no backend' keyring."""
    previous = keyring.get_keyring()
    if request.node.get_closest_marker("no_keyring"):
        keyring.set_keyring(fail.Keyring())
        yield None
    else:
        backend = MemoryKeyring()
        keyring.set_keyring(backend)
        yield backend
    keyring.set_keyring(previous)


@pytest.fixture(autouse=True)
def private_dirs(tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch) -> Path:
    """Point TMPDIR, HOME and the XDG folders at a fresh folder, so leaks are findable."""
    root = tmp_path_factory.mktemp("env")
    for name in ("tmp", "home", "data", "config", "cache", "runtime"):
        (root / name).mkdir(mode=0o700)
    monkeypatch.setenv("TMPDIR", str(root / "tmp"))
    monkeypatch.setenv("HOME", str(root / "home"))
    monkeypatch.setenv("XDG_DATA_HOME", str(root / "data"))
    monkeypatch.setenv("XDG_CONFIG_HOME", str(root / "config"))
    monkeypatch.setenv("XDG_CACHE_HOME", str(root / "cache"))
    monkeypatch.setenv("XDG_RUNTIME_DIR", str(root / "runtime"))
    monkeypatch.delenv("TOWARD_DATA_DIR", raising=False)
    import tempfile

    monkeypatch.setattr(tempfile, "tempdir", str(root / "tmp"))
    return root


@dataclass
class Couple:
    """A household of two with both partners' details, for tests."""

    household: Household
    folder: Path
    recovery_codes: dict[str, str]

    def unlock(self, name: str) -> Session:
        return Session.start(self.household.unlock(name, PASSWORDS[name]))


def make_couple(folder: Path, *, second: bool = True) -> Couple:
    """A household at the floor KDF cost (fast), Maya first, Sam sponsored by her."""
    household = Household.create(folder, kdf_cost=FLOOR_COST)
    codes = {"Maya": household.add_partner("Maya", PASSWORDS["Maya"]).recovery_code}
    if second:
        maya = Session.start(household.unlock("Maya", PASSWORDS["Maya"]))
        codes["Sam"] = maya.add_partner("Sam", PASSWORDS["Sam"]).recovery_code
        maya.lock()
    return Couple(household, folder, codes)


def copy_couple(template: Couple, folder: Path) -> Couple:
    """A household at `folder` copied from `template`: the same partners, keys and codes."""
    shutil.copytree(template.folder, folder)
    return Couple(Household.open(folder), folder, dict(template.recovery_codes))


def _template(factory: pytest.TempPathFactory, *, second: bool) -> Couple:
    # Made before any test's own keyring exists: given one too, so the OS keyring is never
    # touched.
    previous = keyring.get_keyring()
    keyring.set_keyring(MemoryKeyring())
    try:
        return make_couple(factory.mktemp("template") / "household", second=second)
    finally:
        keyring.set_keyring(previous)


@pytest.fixture(scope="session")
def couple_template(tmp_path_factory: pytest.TempPathFactory) -> Couple:
    """Maya and Sam, made once: each test gets a copy (the KDF and the schemas are slow)."""
    return _template(tmp_path_factory, second=True)


@pytest.fixture(scope="session")
def solo_template(tmp_path_factory: pytest.TempPathFactory) -> Couple:
    """Maya alone, made once."""
    return _template(tmp_path_factory, second=False)


@pytest.fixture
def data_dir(tmp_path: Path) -> Path:
    return tmp_path / "household"


@pytest.fixture
def couple(couple_template: Couple, data_dir: Path) -> Couple:
    """A fresh folder holding Maya and Sam."""
    return copy_couple(couple_template, data_dir)


@pytest.fixture
def solo(solo_template: Couple, tmp_path: Path) -> Couple:
    """A fresh folder holding Maya, whose partner has not joined yet."""
    return copy_couple(solo_template, tmp_path / "solo")


@pytest.fixture
def maya(couple: Couple) -> Iterator[Session]:
    session = couple.unlock("Maya")
    yield session
    session.lock()


@pytest.fixture
def sam(couple: Couple) -> Iterator[Session]:
    session = couple.unlock("Sam")
    yield session
    session.lock()
