"""Fixtures for the sync suites: computers that share a folder, closed after each test."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.conftest import Couple
from tests.integration.sync.support import Computer, own_computers, partners_apart


@pytest.fixture
def apart(solo: Couple, tmp_path: Path) -> Iterator[tuple[Computer, Computer, Path]]:
    """Maya's and Sam's own computers, one household, one sync folder."""
    maya, sam, folder = partners_apart(solo, tmp_path)
    yield maya, sam, folder
    maya.close()
    sam.close()


@pytest.fixture
def own(couple: Couple, tmp_path: Path) -> Iterator[tuple[list[Computer], Path]]:
    """The shared home computer and Maya's laptop."""
    computers, folder = own_computers(couple, tmp_path)
    yield computers, folder
    for computer in computers:
        computer.close()
